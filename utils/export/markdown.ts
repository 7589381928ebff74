/**
 * Saved articles and highlights as Obsidian notes: one note per article, with properties (YAML
 * front matter), the quotes in the order they appear on the page, notes, tags and block ids.
 */
import { inDocumentOrder } from '../db/document-order';
import type { ArticleRecord, HighlightRecord } from '../db/records';
import { blockIds } from './block-id';
import { calendarDay, utcDay } from './dates';
import { collapseWhitespace, escapeBlock, escapeInline, linkAddress } from './escape';
import { noteStem, uniqueNames } from './file-name';
import { obsidianTags } from './obsidian-tag';
import { frontMatter, type FrontMatterValue } from './yaml';
import type { ColourLabels } from '../paint/colours';
import type { Settings } from '../settings/schema';

export interface MarkdownOptions {
  blockIds: boolean;
  groupBySpeaker: boolean;
  /** Notes keep their `[[links]]` and `#tags` live instead of escaped. */
  liveLinks?: boolean;
  /** The reader's names for colours: a highlight in a named colour says it ("Colour: disagree"). */
  colourLabels?: ColourLabels;
}

/** The export options as the reader set them. */
export const markdownOptions = (settings: Pick<Settings, 'exportOptions' | 'colourLabels'>): MarkdownOptions => ({
  ...settings.exportOptions,
  colourLabels: settings.colourLabels,
});

const UNATTRIBUTED = 'Unattributed';
const ORPHANED = '*(not found on the page when last checked)*';

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const noteTitle = (article: ArticleRecord) =>
  collapseWhitespace(article.title) || collapseWhitespace(article.site) || 'Untitled';
const speakerName = (highlight: HighlightRecord) => collapseWhitespace(highlight.speaker?.name ?? '');
const distinct = (values: string[]) => [...new Set(values.filter(Boolean))];

function properties(article: ArticleRecord, ordered: readonly HighlightRecord[]): string {
  // A plain date is written as a date; any other form is kept exactly as the page gave it.
  const published: FrontMatterValue | undefined =
    article.published && /^\d{4}-\d{2}-\d{2}$/.test(article.published) && calendarDay(article.published)
      ? { date: article.published }
      : article.published || undefined;
  return frontMatter([
    ['title', noteTitle(article)],
    ['source', article.url],
    ['site', article.site || undefined],
    ['author', article.author || undefined],
    ['speakers', distinct(ordered.map(speakerName))],
    ['projects', distinct(ordered.flatMap((highlight) => highlight.projects ?? []).map(collapseWhitespace))],
    ['published', published],
    // The day the article was first saved: fixed, so a re-export leaves the property unchanged.
    ['created', { date: utcDay(article.firstSeenAt) }],
    ['tags', obsidianTags(ordered.flatMap((highlight) => highlight.tags))],
  ]);
}

/** The blocks of one highlight: quote (with its speaker), block id, link, note, tags. */
function highlightBlocks(
  article: ArticleRecord,
  highlight: HighlightRecord,
  blockId: string | undefined,
  options: MarkdownOptions,
): string[] {
  const quote = escapeBlock(highlight.quote.exact).map((line) => (line ? `> ${line}` : '>'));
  const name = speakerName(highlight);
  if (name) {
    const who = [name, ...(highlight.speaker?.roles ?? []).map(collapseWhitespace).filter(Boolean)].join(', ');
    quote.push('>', `> — ${escapeInline(who)}`);
  }
  const blocks = [quote.length ? quote.join('\n') : '>'];
  // Obsidian wants a quote's block id on a line of its own, with blank lines around it.
  if (blockId) blocks.push(`^${blockId}`);
  const label = options.colourLabels?.[highlight.colour];
  if (label) blocks.push(`Colour: ${escapeInline(collapseWhitespace(label))}`);
  const context = [
    highlight.fragment && `[Open in context](<${linkAddress(`${article.url}#${highlight.fragment}`)}>)`,
    highlight.anchorState === 'orphaned' && ORPHANED,
  ].filter(Boolean);
  if (context.length) blocks.push(context.join(' '));
  const note = escapeBlock(highlight.note, options.liveLinks);
  if (note.length) blocks.push(note.join('\n'));
  const tags = obsidianTags(highlight.tags);
  if (tags.length) blocks.push(tags.map((tag) => `#${tag}`).join(' '));
  return blocks;
}

/** Highlights under one heading per speaker, speakers in order of first quote, unattributed last. */
function bySpeaker(ordered: readonly HighlightRecord[]): Array<[heading: string, highlights: HighlightRecord[]]> {
  const groups = new Map<string, HighlightRecord[]>();
  const unattributed: HighlightRecord[] = [];
  for (const highlight of ordered) {
    const name = speakerName(highlight);
    const group = name ? groups.get(name) : unattributed;
    if (group) group.push(highlight);
    else groups.set(name, [highlight]);
  }
  const sections = [...groups];
  if (unattributed.length) sections.push([UNATTRIBUTED, unattributed]);
  return sections;
}

/** One Obsidian note for an article and its highlights. */
export function articleMarkdown(
  article: ArticleRecord,
  highlights: readonly HighlightRecord[],
  options: MarkdownOptions,
): string {
  const ordered = [...highlights].sort(inDocumentOrder);
  const ids = options.blockIds ? blockIds(ordered) : undefined;
  const blocksOf = (highlight: HighlightRecord) => highlightBlocks(article, highlight, ids?.get(highlight.id), options);
  const source = escapeInline(collapseWhitespace(article.site) || article.url);
  const blocks = [
    properties(article, ordered),
    `# ${escapeInline(noteTitle(article))}`,
    `Source: [${source}](<${linkAddress(article.url)}>)`,
  ];
  if (options.groupBySpeaker) {
    for (const [heading, group] of bySpeaker(ordered))
      blocks.push(`## ${escapeInline(heading)}`, ...group.flatMap(blocksOf));
  } else {
    blocks.push(...ordered.flatMap(blocksOf));
  }
  return `${blocks.join('\n\n')}\n`;
}

/**
 * One note per article, named after its title. Names are handed out oldest article first, so
 * the same article gets the same name on every export and re-exports overwrite instead of piling up.
 */
export function libraryMarkdownFiles(
  entries: ReadonlyArray<{ article: ArticleRecord; highlights: HighlightRecord[] }>,
  options: MarkdownOptions,
): Array<{ name: string; text: string }> {
  const oldestFirst = (a: ArticleRecord, b: ArticleRecord) => a.firstSeenAt - b.firstSeenAt || byText(a.id, b.id);
  const claimOrder = entries
    .map((_, index) => index)
    .sort((a, b) => oldestFirst(entries[a]!.article, entries[b]!.article));
  const stems = claimOrder.map((index) => noteStem(entries[index]!.article));
  const names = new Array<string>(entries.length);
  uniqueNames(stems).forEach((name, k) => {
    names[claimOrder[k]!] = name;
  });
  return entries.map(({ article, highlights }, index) => ({
    name: names[index]!,
    text: articleMarkdown(article, highlights, options),
  }));
}
