import type { ArticleRecord, HighlightRecord } from '@/utils/db/records';

/** Hand-built library modelled on real interviews: three saved articles and one whose record is gone. */

const MINUTE = 60_000;

const article = (id: string, title: string, site: string, updatedAt: number): ArticleRecord => ({
  id,
  url: `https://example.org/${id}`,
  urls: [`https://example.org/${id}`],
  title,
  site,
  firstSeenAt: updatedAt - MINUTE,
  updatedAt,
});

export const pytorch = {
  ...article('tns-pytorch', 'Why PyTorch Won', 'The New Stack', 10 * MINUTE),
  author: 'Frederic Lardinois',
};
export const lightning = article(
  'podcast-lightning',
  'Training at scale with Lightning AI',
  'Open Source Sessions',
  30 * MINUTE,
);
export const museum = article('museum-archive', 'Archiving the web, one museum at a time', 'Café Digital', 5 * MINUTE);

type Extra = Partial<Omit<HighlightRecord, 'id' | 'articleId' | 'quote' | 'position'>>;

export function highlight(
  id: string,
  articleId: string,
  exact: string,
  start: number,
  extra: Extra = {},
): HighlightRecord {
  return {
    id,
    articleId,
    quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start, end: start + exact.length },
    colour: 'yellow',
    note: '',
    tags: [],
    anchorState: 'anchored',
    createdAt: 0,
    updatedAt: 0,
    ...extra,
  };
}

const LUCA_TNS = ['CTO of Lightning AI', 'head of the PyTorch Foundation’s Technical Advisory Council'];

export const highlights: HighlightRecord[] = [
  // "Why PyTorch Won": saved out of text order, to check the library puts them back in order.
  highlight(
    'tns-inference',
    pytorch.id,
    'vLLM and SGLang joining the foundation gives inference a neutral home next to PyTorch.',
    2400,
    {
      colour: 'green',
      tags: ['inference', 'foundation'],
      note: 'Compare with how Ray arrived',
      speaker: { name: 'Luca Antiga', roles: LUCA_TNS },
      projects: ['vLLM', 'SGLang', 'PyTorch'],
      createdAt: 12 * MINUTE,
    },
  ),
  highlight('tns-why', pytorch.id, 'Researchers picked PyTorch because it felt like writing ordinary Python.', 300, {
    tags: ['history'],
    note: 'Good opening line for the framework adoption talk',
    speaker: { name: 'Luca Antiga', roles: LUCA_TNS },
    projects: ['PyTorch'],
    createdAt: 11 * MINUTE,
  }),
  highlight('tns-jax', pytorch.id, 'Where does JAX fit, now that so much training runs on PyTorch?', 1200, {
    colour: 'blue',
    speaker: { name: 'Frederic Lardinois', roles: ['senior editor'] },
    projects: ['JAX', 'PyTorch'],
    createdAt: 13 * MINUTE,
  }),
  highlight(
    'tns-ray',
    pytorch.id,
    'Ray and DeepSpeed came in because distributed training needed a common place.',
    3100,
    {
      colour: 'green',
      tags: ['Inference'],
      speaker: { name: 'Luca Antiga', roles: LUCA_TNS },
      projects: ['Ray', 'DeepSpeed'],
      anchorState: 'orphaned',
      createdAt: 12 * MINUTE + 1,
    },
  ),

  // A second interview where the same person is spelled loosely and holds another role.
  highlight(
    'podcast-scale',
    lightning.id,
    'Most teams never need more than a handful of GPUs to fine-tune well.',
    800,
    {
      colour: 'pink',
      tags: ['training'],
      speaker: { name: 'luca  antiga', roles: ['co-founder of Lightning AI'] },
      projects: ['vllm'],
      createdAt: 31 * MINUTE,
    },
  ),
  highlight(
    'podcast-open',
    lightning.id,
    'Open governance is what keeps a framework alive after its first company.',
    1900,
    {
      tags: ['foundation'],
      speaker: { name: 'Dr. Luca Antiga', roles: ['Co-founder of  Lightning AI', 'CTO of Lightning AI'] },
      createdAt: 32 * MINUTE,
    },
  ),

  // A third interview with other people, with accents in names and notes.
  highlight('museum-links', museum.id, 'Every dead link is a small piece of public memory gone.', 500, {
    colour: 'purple',
    tags: ['archives'],
    note: 'Zoë makes the same point in her résumé of the project',
    speaker: { name: 'Zoë Brennan', roles: ['digital archivist'] },
    createdAt: 6 * MINUTE,
  }),
  highlight('museum-crawl', museum.id, 'We crawl the collection pages every night, slowly.', 900, {
    tags: ['archives', 'crawling'],
    speaker: { name: 'Sebastian Ortega', roles: ['engineer at the museum'] },
    createdAt: 7 * MINUTE,
  }),

  // Its article record was lost (deleted elsewhere, or a failed write): the quote must still show.
  highlight('lost-quote', 'deleted-article', 'Small models will run in every browser tab within two years.', 50, {
    note: 'Check this prediction next year',
    speaker: { name: 'Priya Raman', roles: ['researcher'] },
    createdAt: 8 * MINUTE,
  }),
];

export const articles = [pytorch, lightning, museum];
