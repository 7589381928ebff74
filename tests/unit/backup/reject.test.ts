import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackupError, MAX_BACKUP_HIGHLIGHTS, MAX_BACKUP_TEXT_LENGTH } from '@/utils/backup/format';
import { importBackup } from '@/utils/backup/import';
import { LensDatabase } from '@/utils/db/database';
import type { ArticleRecord, HighlightRecord } from '@/utils/db/records';
import { DEFAULT_SETTINGS } from '@/utils/settings/schema';
import { writeSettings } from '@/utils/settings/store';
import { article, backupText, catalogEntry, dump, highlight } from './fixtures';

let db: LensDatabase;
let dbCount = 0;
let before: Awaited<ReturnType<typeof dump>>;

const URL_A = 'https://example.com/a';
const URL_C = 'https://example.com/c';

beforeEach(async () => {
  db = new LensDatabase(`backup-reject-${++dbCount}`);
  await db.articles.bulkAdd([article('a1', URL_A), article('c1', URL_C)]);
  await db.highlights.add(highlight('h1', 'a1', 1, { note: 'saved note' }));
  await db.catalog.add(catalogEntry('Quillmark'));
  await writeSettings(db, { paused: true }, 1);
  before = await dump(db);
});
afterEach(async () => {
  await db.delete();
});

async function expectRejected(text: string, message: string): Promise<void> {
  const failure = await importBackup(db, text, 100).then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(failure).toBeInstanceOf(BackupError);
  expect((failure as BackupError).message).toBe(message);
  expect(await dump(db)).toEqual(before);
}

const twelveHighlights = (last: Partial<HighlightRecord>) =>
  Array.from({ length: 12 }, (_, i) => highlight(`n${i}`, 'a1', 1, i === 11 ? last : {}));

describe('rejected backups leave the database as it was', () => {
  it.each([
    ['not JSON', '{"format": "interview-lens-backup",', 'This is not an Interview Lens backup (the file is not JSON).'],
    ['JSON that is no object', '[1, 2, 3]', 'This is not an Interview Lens backup (the file holds no backup object).'],
    [
      'another format',
      backupText({ format: 'some-other-app' }),
      'This is not an Interview Lens backup (its format is "some-other-app").',
    ],
    ['no format name', JSON.stringify({ version: 1 }), 'This is not an Interview Lens backup (it names no format).'],
    [
      'a newer format version',
      backupText({ version: 3 }),
      'This backup was made by a newer version of Interview Lens (format version 3); this version reads version 1.',
    ],
    [
      'a nonsense version',
      backupText({ version: '1' }),
      'This backup has an unknown format version ("1"); this version of Interview Lens reads version 1.',
    ],
    [
      'no version',
      backupText({ version: undefined }),
      'This backup names no format version; this version of Interview Lens reads version 1.',
    ],
    [
      'a missing field',
      backupText({ highlights: [{ ...highlight('h2', 'a1'), quote: undefined }] }),
      'Highlight 1 is invalid: quote: missing.',
    ],
    ['a missing list', backupText({ catalog: undefined }), 'The backup is invalid: catalog: missing.'],
    [
      'an unknown key in a record',
      backupText({ highlights: [{ ...highlight('h2', 'a1'), color: 'red' }] }),
      'Highlight 1 is invalid: unknown field “color”.',
    ],
    ['an unknown key at the top', backupText({ comments: [] }), 'The backup is invalid: unknown field “comments”.'],
    [
      'an unknown key in the settings',
      backupText({ settings: { ...DEFAULT_SETTINGS, theme: 'dark' } }),
      'The settings are invalid: unknown field “theme”.',
    ],
    [
      'a note over the limit',
      backupText({ highlights: twelveHighlights({ note: 'x'.repeat(200_001) }) }),
      'Highlight 12 is invalid: note: a note has at most 200,000 characters.',
    ],
    [
      'a position that ends before it starts',
      backupText({
        highlights: [highlight('h2', 'a1', 1, { position: { type: 'TextPositionSelector', start: 9, end: 9 } })],
      }),
      'Highlight 1 is invalid: position: end must come after start.',
    ],
    [
      'a bad tag and an unknown colour',
      backupText({
        highlights: [
          highlight('h2', 'a1', 1, { tags: ['fine', 'a,b'], colour: 'orange' as HighlightRecord['colour'] }),
        ],
      }),
      'Highlight 1 is invalid: colour: should be one of yellow, green, blue, pink, purple. Highlight 1 is invalid: tags #2: a tag cannot hold commas or line breaks.',
    ],
    [
      'an article whose address is not among its addresses',
      backupText({ articles: [article('a9', 'https://example.com/9', 1, { urls: ['https://example.com/other'] })] }),
      'Article 1 is invalid: urls: its address must be among its addresses.',
    ],
    [
      'an address that is not a web address',
      backupText({
        articles: [
          article('a9', 'https://example.com/9', 1, { url: 'javascript:alert(1)', urls: ['javascript:alert(1)'] }),
        ],
      }),
      'Article 1 is invalid: url: should be a web address. Article 1 is invalid: urls #1: should be a web address.',
    ],
    [
      'an article without addresses',
      backupText({ articles: [article('a9', 'https://example.com/9', 1, { urls: [] })] }),
      'Article 1 is invalid: urls: cannot be empty. Article 1 is invalid: urls: its address must be among its addresses.',
    ],
    [
      'an empty list of other devices’ notes',
      backupText({ highlights: [highlight('h2', 'a1', 1, { alsoEdited: [] })] }),
      'Highlight 1 is invalid: alsoEdited: cannot be empty.',
    ],
    [
      'duplicate highlight ids',
      backupText({ highlights: [highlight('h7', 'a1'), highlight('h8', 'a1'), highlight('h7', 'a1')] }),
      'Highlight 3 has the same id as highlight 1 ("h7").',
    ],
    [
      'two articles at one address',
      backupText({ articles: [article('x1', 'https://example.com/x'), article('x2', 'https://example.com/x')] }),
      'Article 2 has the same address as article 1 ("https://example.com/x").',
    ],
    [
      'a highlight whose article exists nowhere',
      backupText({
        articles: [article('a2', 'https://example.com/2')],
        highlights: [highlight('h2', 'a2'), highlight('h3', 'nowhere')],
      }),
      'Highlight 2 belongs to an article that is neither in this backup nor saved here (article id “nowhere”).',
    ],
  ])('rejects %s', async (_, text, message) => {
    await expectRejected(text, message);
  });

  it('names the first three problems and counts the rest', async () => {
    const bad = Array.from({ length: 5 }, (_, i) => highlight(`b${i}`, 'a1', 1, { note: 7 as unknown as string }));
    await expectRejected(
      backupText({ highlights: bad }),
      'Highlight 1 is invalid: note: should be text. Highlight 2 is invalid: note: should be text. Highlight 3 is invalid: note: should be text. (2 more problems.)',
    );
  });

  it('rejects more highlights than the limit before reading them', async () => {
    const highlights = `[${Array(MAX_BACKUP_HIGHLIGHTS + 1)
      .fill('{}')
      .join(',')}]`;
    const text = backupText({ highlights: 'PLACEHOLDER' }).replace('"PLACEHOLDER"', highlights);
    await expectRejected(text, 'This backup holds 200,001 highlights; Interview Lens imports at most 200,000.');
  });

  it('rejects a file over 50 MB without parsing it', async () => {
    const text = backupText().padEnd(MAX_BACKUP_TEXT_LENGTH + 1, ' ');
    await expectRejected(text, 'This backup is larger than 50 MB, the most Interview Lens imports.');
  });

  it('rejects one note of 100,000 lines, and accepts 100,000 lines spread over ten notes', async () => {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `line ${i}`).join('\n');
    await expectRejected(
      backupText({ highlights: [highlight('long', 'a1', 1, { note: lines(100_000) })] }),
      'Highlight 1 is invalid: note: a note has at most 200,000 characters.',
    );

    const spread = Array.from({ length: 10 }, (_, i) => highlight(`lines${i}`, 'a1', 1, { note: lines(10_000) }));
    const report = await importBackup(db, JSON.stringify(JSON.parse(backupText({ highlights: spread })), null, 2), 100);
    expect(report.summary).toBe('10 added, 0 updated, 0 unchanged');
    const notes = (await db.highlights.where('id').startsWith('lines').toArray()).map((h) => h.note);
    expect(notes.reduce((total, note) => total + note.split('\n').length, 0)).toBe(100_000);
  });
});

describe('a failure during the import rolls everything back', () => {
  it('when an article would take the address of another saved article', async () => {
    // a1 moves to c1's address: not a same-address merge (a1 is saved under its own id), so it cannot be resolved.
    const text = backupText({
      catalog: [catalogEntry('Tern')],
      settings: { ...DEFAULT_SETTINGS, defaultColour: 'pink' },
      articles: [article('new', 'https://example.com/new'), article('a1', URL_C, 50)],
      highlights: [highlight('h-new', 'new')],
    });
    await expectRejected(
      text,
      `Nothing was imported: the article at ${URL_C} would have the same address as another saved article.`,
    );
  });

  it('when a write fails after others succeeded', async () => {
    const written: string[] = [];
    db.articles.hook('creating', (_key, record: ArticleRecord) => {
      written.push(record.id);
    });
    db.highlights.hook('creating', (_key, record: HighlightRecord) => {
      if (record.id === 'h-fails') throw new Error('The disk is full');
    });
    const text = backupText({
      catalog: [catalogEntry('Tern')],
      settings: { ...DEFAULT_SETTINGS, defaultColour: 'pink' },
      articles: [article('new', 'https://example.com/new')],
      highlights: [
        highlight('h-fine', 'new'),
        highlight('h-fails', 'new'),
        highlight('h1', 'a1', 50, { note: 'newer' }),
      ],
    });
    await expectRejected(text, 'Nothing was imported: The disk is full.');
    expect(written).toEqual(['new']);
  });
});
