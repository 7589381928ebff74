import type { TextPositionSelector, TextQuoteSelector } from '../anchoring/selectors';
import type { ArticleRecord, HighlightRecord } from '../db/records';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'commenting' | 'tagging';
  format?: 'text/plain';
}

/** One highlight as a W3C Web Annotation (https://www.w3.org/TR/annotation-model/), a JSON-LD document of its own. */
export interface WebAnnotation {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'Annotation';
  created: string;
  modified: string;
  motivation: 'highlighting' | 'commenting';
  body?: TextualBody[];
  target: { source: string; selector: [TextQuoteSelector, TextPositionSelector] };
}

function toAnnotation(highlight: HighlightRecord, source: string): WebAnnotation {
  const { quote, position, note, tags } = highlight;
  const hasNote = note.trim() !== '';
  const body: TextualBody[] = [
    ...(hasNote
      ? [{ type: 'TextualBody' as const, value: note, format: 'text/plain' as const, purpose: 'commenting' as const }]
      : []),
    ...tags.map((tag) => ({ type: 'TextualBody' as const, value: tag, purpose: 'tagging' as const })),
  ];
  return {
    '@context': ANNOTATION_CONTEXT,
    id: `urn:uuid:${highlight.id}`,
    type: 'Annotation',
    created: new Date(highlight.createdAt).toISOString(),
    modified: new Date(highlight.updatedAt).toISOString(),
    motivation: hasNote ? 'commenting' : 'highlighting',
    ...(body.length > 0 ? { body } : {}),
    target: {
      source,
      // The quote with its context is what other tools re-anchor by; the offsets count characters
      // of our normalised page text, so they are a hint for them rather than an exact position.
      selector: [
        { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
        { type: 'TextPositionSelector', start: position.start, end: position.end },
      ],
    },
  };
}

/**
 * Highlights as W3C Web Annotations, one self-contained JSON-LD annotation per highlight (an array
 * needs no collection IRI, which the model requires of an AnnotationCollection). Highlights whose
 * article is not among `articles` have no page to point at and are left out.
 */
export function toWebAnnotations(
  articles: readonly ArticleRecord[],
  highlights: readonly HighlightRecord[],
): WebAnnotation[] {
  const addressOf = new Map(articles.map((article) => [article.id, article.url]));
  return highlights.flatMap((highlight) => {
    const source = addressOf.get(highlight.articleId);
    return source === undefined ? [] : [toAnnotation(highlight, source)];
  });
}
