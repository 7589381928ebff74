import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteEverything } from '@/utils/backup/delete-everything';
import { exportBackup } from '@/utils/backup/export';
import { importBackup } from '@/utils/backup/import';
import { upsertArticle } from '@/utils/db/articles';
import { LensDatabase } from '@/utils/db/database';
import { addHighlight, recordAnchorStates, updateHighlight } from '@/utils/db/highlights';
import { writeSettings } from '@/utils/settings/store';
import { correctSpeakers, writeVerdict } from '@/utils/db/page-corrections';
import { article, backupText, catalogEntry, dump, highlight } from './fixtures';

let db: LensDatabase;
let dbCount = 0;

beforeEach(() => {
  db = new LensDatabase(`backup-round-trip-${++dbCount}`);
});
afterEach(async () => {
  await db.delete();
});

const quote = (exact: string) => ({ type: 'TextQuoteSelector' as const, exact, prefix: 'said ', suffix: '.' });
const position = (start: number, end: number) => ({ type: 'TextPositionSelector' as const, start, end });

/** A reader's data made the way the extension makes it. */
async function seedLikeTheExtension() {
  const first = await upsertArticle(
    db,
    {
      url: 'https://thenewstack.io/why-pytorch-won',
      visited: 'https://thenewstack.io/why-pytorch-won?page=2',
      title: 'Why PyTorch Won',
      site: 'The New Stack',
      author: 'A. Writer',
      published: '2024-05-01',
    },
    1000,
  );
  const second = await upsertArticle(
    db,
    { url: 'https://example.com/q-and-a', visited: 'https://example.com/q-and-a', title: 'Q&A', site: 'example.com' },
    2000,
  );
  const noted = await addHighlight(
    db,
    {
      articleId: first.id,
      quote: quote('eager mode won'),
      position: position(100, 114),
      colour: 'blue',
      fragment: ':~:text=eager%20mode%20won',
      speaker: { name: 'Soumith Chintala', roles: ['co-creator of PyTorch'] },
      projects: ['PyTorch'],
    },
    3000,
  );
  await updateHighlight(db, noted.id, { note: 'first line\nsecond line', tags: ['ml', 'history'] }, 4000);
  await addHighlight(
    db,
    { articleId: first.id, quote: quote('researchers'), position: position(200, 211), colour: 'yellow' },
    5000,
  );
  const orphan = await addHighlight(
    db,
    { articleId: second.id, quote: quote('gone now'), position: position(5, 13), colour: 'pink' },
    6000,
  );
  await recordAnchorStates(db, second.id, [{ id: orphan.id, state: 'orphaned' }], 7000);
  await db.catalog.bulkPut([
    catalogEntry('Quillmark'),
    { ...catalogEntry('Ray'), ambiguous: true, context: ['cluster', 'distributed'] },
  ]);
  await writeSettings(
    db,
    { defaultColour: 'green', colourLabels: { pink: 'disagree' }, disabledSites: ['news.example.org'] },
    8000,
  );
  await writeVerdict(db, 'https://example.com/q-and-a', false, 8500);
  await correctSpeakers(
    db,
    'https://thenewstack.io/why-pytorch-won',
    { kind: 'rename', from: 'PyTorch Won', to: 'Luca Antiga' },
    8600,
  );
  await correctSpeakers(
    db,
    'https://thenewstack.io/why-pytorch-won',
    { kind: 'interviewer', name: 'Frederic Lardinois' },
    8700,
  );
}

describe('backup round trip', () => {
  it('restores identical records after deleting everything', async () => {
    await seedLikeTheExtension();
    const before = await dump(db);
    const text = await exportBackup(db, Date.UTC(2025, 0, 2));
    expect(JSON.parse(text)).toMatchObject({
      format: 'interview-lens-backup',
      version: 1,
      exportedAt: '2025-01-02T00:00:00.000Z',
    });

    await deleteEverything(db);
    expect(await dump(db)).toEqual({ articles: [], highlights: [], catalog: [], settings: [], verdicts: [] });

    const report = await importBackup(db, text, 9000);
    expect(report).toMatchObject({
      added: 9,
      updated: 0,
      unchanged: 0,
      settingsChanged: true,
      summary: '9 added, 0 updated, 0 unchanged',
    });
    const after = await dump(db);
    expect(after.articles).toEqual(before.articles);
    expect(after.highlights).toEqual(before.highlights);
    expect(after.catalog).toEqual(before.catalog);
    expect(after.verdicts).toEqual([
      { url: 'https://example.com/q-and-a', isInterview: false, updatedAt: 8500 },
      {
        url: 'https://thenewstack.io/why-pytorch-won',
        renames: [{ from: 'PyTorch Won', to: 'Luca Antiga' }],
        interviewer: 'Frederic Lardinois',
        updatedAt: 8700,
      },
    ]);
    expect(after.settings.map((row) => row.value)).toEqual(before.settings.map((row) => row.value));
  });

  it('reads the other device’s note of a backup from a build that kept one as a list of one', async () => {
    const other = { note: 'from the laptop', updatedAt: 3 };
    const text = backupText({
      articles: [article('a1', 'https://example.com/1')],
      highlights: [{ ...highlight('h1', 'a1', 4, { note: 'from the desktop' }), alsoEdited: other }],
    });
    await importBackup(db, text, 9000);
    expect((await db.highlights.get('h1'))?.alsoEdited).toEqual([other]);
  });

  it('reports everything unchanged when the same backup is imported again', async () => {
    await seedLikeTheExtension();
    const text = await exportBackup(db, 0);
    const before = await dump(db);
    const report = await importBackup(db, text, 9000);
    expect(report).toMatchObject({ summary: '0 added, 0 updated, 9 unchanged', settingsChanged: false });
    expect(await dump(db)).toEqual(before);
  });

  it('imports 10,000 highlights on 1,000 articles in one go, and backs them up again identically', async () => {
    const articles = Array.from({ length: 1000 }, (_, i) => article(`a${i}`, `https://example.com/interview/${i}`, 5));
    const highlights = Array.from({ length: 10_000 }, (_, i) =>
      highlight(`h${i}`, `a${i % 1000}`, 5, { note: `note ${i}`, tags: ['bulk'] }),
    );
    const source = new LensDatabase(`backup-round-trip-source-${dbCount}`);
    await source.articles.bulkAdd(articles);
    await source.highlights.bulkAdd(highlights);
    const text = await exportBackup(source, 0);
    await source.delete();

    const started = performance.now();
    const report = await importBackup(db, text, 1);
    console.log(
      `imported 1,000 articles and 10,000 highlights (${(text.length / 1024 / 1024).toFixed(1)} MB) in ${Math.round(performance.now() - started)} ms`,
    );
    expect(report.summary).toBe('11,000 added, 0 updated, 0 unchanged');
    expect(await db.articles.count()).toBe(1000);
    expect(await db.highlights.count()).toBe(10_000);
    expect(await db.highlights.get('h9999')).toEqual(highlights[9999]);
    expect(await exportBackup(db, 0)).toBe(text);
  });
});

describe('deleteEverything', () => {
  it('empties every table the reader owns', async () => {
    await seedLikeTheExtension();
    await deleteEverything(db);
    expect(await dump(db)).toEqual({ articles: [], highlights: [], catalog: [], settings: [], verdicts: [] });
  });
});
