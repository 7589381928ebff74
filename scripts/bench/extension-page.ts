// Runs in the seed-like page (bundled by esbuild): a backup file holding highlights of this very
// page, their selectors built by the extension's own text index, as the lens builds them from a selection.
import { describeOffsets } from '../../utils/anchoring/describe';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../../utils/backup/format';
import type { ArticleRecord, HighlightRecord } from '../../utils/db/records';
import { readPageFacts } from '../../utils/page/page-facts';
import { COLOURS } from '../../utils/paint/colours';
import { DEFAULT_SETTINGS } from '../../utils/settings/schema';
import { buildTextIndex } from '../../utils/text/text-index';
import { normalizePageUrl } from '../../utils/url/normalize';
import { seeded } from './article';

/** `count` highlights of a few words each, spread over the page's paragraphs (several per paragraph, overlapping). */
function backupOfHighlights(count: number, seed: number): string {
  const random = seeded(seed);
  const now = Date.now();
  const facts = readPageFacts(document);
  const address = normalizePageUrl(location.href, facts.canonical)!;
  const article: ArticleRecord = {
    id: crypto.randomUUID(),
    url: address.url,
    urls: [...new Set([address.url, address.visited])],
    title: facts.title || address.url,
    site: facts.site ?? location.hostname,
    ...(facts.author ? { author: facts.author } : {}),
    ...(facts.published ? { published: facts.published } : {}),
    firstSeenAt: now,
    updatedAt: now,
  };

  const index = buildTextIndex(document.body);
  const paragraphs = index.blocks().filter((block) => block.element.tagName === 'P');
  const highlights = Array.from({ length: count }, (_, k): HighlightRecord => {
    const paragraph = paragraphs[k % paragraphs.length]!;
    const words = [...index.text.slice(paragraph.start, paragraph.end).matchAll(/\S+/g)];
    const first = Math.floor(random() * Math.max(1, words.length - 4));
    const last = Math.min(words.length - 1, first + 2 + Math.floor(random() * 10));
    const end = paragraph.start + words[last]!.index + words[last]![0].length;
    const selectors = describeOffsets(index, paragraph.start + words[first]!.index, end)!;
    return {
      id: crypto.randomUUID(),
      articleId: article.id,
      ...selectors,
      colour: COLOURS[k % COLOURS.length]!,
      note: '',
      tags: [],
      createdAt: now,
      updatedAt: now,
    };
  });

  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    articles: [article],
    highlights,
    catalog: [],
    settings: DEFAULT_SETTINGS,
  };
  return JSON.stringify(backup);
}

(window as unknown as { backupOfHighlights: typeof backupOfHighlights }).backupOfHighlights = backupOfHighlights;
