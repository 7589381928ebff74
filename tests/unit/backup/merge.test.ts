import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importBackup } from '@/utils/backup/import';
import { LensDatabase } from '@/utils/db/database';
import { DEFAULT_SETTINGS } from '@/utils/settings/schema';
import { readSettings, writeSettings } from '@/utils/settings/store';
import { article, backupText, catalogEntry, dump, highlight } from './fixtures';

let db: LensDatabase;
let dbCount = 0;

beforeEach(() => {
  db = new LensDatabase(`backup-merge-${++dbCount}`);
});
afterEach(async () => {
  await db.delete();
});

const URL_A = 'https://example.com/interview';

describe('merging a backup by id', () => {
  it('replaces only records the file has newer, keeps ties and older ones, adds the rest', async () => {
    await db.articles.add(article('a1', URL_A, 10, { title: 'Saved title' }));
    await db.highlights.bulkAdd([
      highlight('h-newer', 'a1', 10, { note: 'saved' }),
      highlight('h-older', 'a1', 10, { note: 'saved' }),
      highlight('h-tie', 'a1', 10, { note: 'saved' }),
    ]);
    const report = await importBackup(
      db,
      backupText({
        articles: [article('a1', URL_A, 20, { title: 'Newer title' })],
        highlights: [
          highlight('h-newer', 'a1', 20, { note: 'from file' }),
          highlight('h-older', 'a1', 5, { note: 'from file' }),
          highlight('h-tie', 'a1', 10, { note: 'from file' }),
          highlight('h-new', 'a1', 1, { note: 'from file' }),
        ],
      }),
      100,
    );
    expect(report).toMatchObject({
      added: 1,
      updated: 2,
      unchanged: 2,
      summary: '1 added, 2 updated, 2 unchanged',
      settingsChanged: false,
    });
    expect((await db.articles.get('a1'))?.title).toBe('Newer title');
    const notes = Object.fromEntries((await db.highlights.toArray()).map((h) => [h.id, h.note]));
    expect(notes).toEqual({ 'h-newer': 'from file', 'h-older': 'saved', 'h-tie': 'saved', 'h-new': 'from file' });
  });

  it('keeps a saved article that is newer than the file', async () => {
    await db.articles.add(article('a1', URL_A, 30, { title: 'Saved title' }));
    const report = await importBackup(
      db,
      backupText({ articles: [article('a1', URL_A, 20, { title: 'Old title' })] }),
      100,
    );
    expect(report.summary).toBe('0 added, 0 updated, 1 unchanged');
    expect((await db.articles.get('a1'))?.title).toBe('Saved title');
  });

  it('accepts highlights on an article that is saved but not in the file', async () => {
    await db.articles.add(article('a1', URL_A));
    const report = await importBackup(db, backupText({ highlights: [highlight('h1', 'a1')] }), 100);
    expect(report.summary).toBe('1 added, 0 updated, 0 unchanged');
    expect((await db.highlights.get('h1'))?.articleId).toBe('a1');
  });
});

describe('merging an article saved under another id', () => {
  it('merges a newer one into the saved article and moves its highlights there', async () => {
    await db.articles.add(
      article('saved', URL_A, 10, { urls: [URL_A, `${URL_A}?page=1`], firstSeenAt: 5, title: 'Saved title' }),
    );
    await db.highlights.add(highlight('h-saved', 'saved'));
    const report = await importBackup(
      db,
      backupText({
        articles: [
          article('other-device', URL_A, 20, {
            urls: [URL_A, `${URL_A}?page=2`],
            firstSeenAt: 8,
            title: 'Newer title',
          }),
        ],
        highlights: [highlight('h-file', 'other-device')],
      }),
      100,
    );
    expect(report.summary).toBe('1 added, 1 updated, 0 unchanged');
    expect(await db.articles.toArray()).toEqual([
      article('saved', URL_A, 20, {
        urls: [URL_A, `${URL_A}?page=1`, `${URL_A}?page=2`],
        firstSeenAt: 5,
        title: 'Newer title',
      }),
    ]);
    expect((await db.highlights.toArray()).map((h) => [h.id, h.articleId])).toEqual([
      ['h-file', 'saved'],
      ['h-saved', 'saved'],
    ]);
  });

  it('keeps the saved article when the file is older, still moving the highlights', async () => {
    const saved = article('saved', URL_A, 30, { title: 'Saved title' });
    await db.articles.add(saved);
    const report = await importBackup(
      db,
      backupText({
        articles: [article('other-device', URL_A, 20, { title: 'Old title' })],
        highlights: [highlight('h-file', 'other-device')],
      }),
      100,
    );
    expect(report.summary).toBe('1 added, 0 updated, 1 unchanged');
    expect(await db.articles.toArray()).toEqual([saved]);
    expect((await db.highlights.get('h-file'))?.articleId).toBe('saved');
  });
});

describe('addresses an article was reached at', () => {
  it('finds the saved article by any of its addresses, not only its canonical one', async () => {
    await db.articles.add(article('saved', URL_A, 30, { urls: [URL_A, `${URL_A}?page=1`] }));
    await importBackup(
      db,
      backupText({
        articles: [article('elsewhere', `${URL_A}?page=1`, 20)],
        highlights: [highlight('h-file', 'elsewhere')],
      }),
      100,
    );
    expect((await db.articles.toArray()).map((a) => a.id)).toEqual(['saved']);
    expect((await db.highlights.get('h-file'))?.articleId).toBe('saved');
  });

  it('keeps addresses learned since the backup when a newer copy of the same article arrives', async () => {
    await db.articles.add(article('a', URL_A, 10, { urls: [URL_A, `${URL_A}?amp=1`] }));
    await importBackup(db, backupText({ articles: [article('a', URL_A, 20, { title: 'Newer' })] }), 100);
    expect(await db.articles.get('a')).toMatchObject({ title: 'Newer', urls: [URL_A, `${URL_A}?amp=1`] });
  });
});

describe('merging catalog entries and settings', () => {
  it('adds new entries, replaces changed ones by name and leaves equal ones', async () => {
    await db.catalog.bulkAdd([catalogEntry('Quillmark'), catalogEntry('Ray')]);
    const report = await importBackup(
      db,
      backupText({
        catalog: [
          catalogEntry('Quillmark'),
          catalogEntry('Ray', 'Ray runs Python across a cluster.'),
          catalogEntry('Tern'),
        ],
      }),
      100,
    );
    expect(report.summary).toBe('1 added, 1 updated, 1 unchanged');
    expect((await db.catalog.get('Ray'))?.description).toBe('Ray runs Python across a cluster.');
    expect(await db.catalog.get('Tern')).toEqual(catalogEntry('Tern'));
  });

  it('restores the file’s settings where the reader has none of their own, and never over their choices', async () => {
    const restored = await importBackup(
      db,
      backupText({ settings: { ...DEFAULT_SETTINGS, defaultColour: 'purple' } }),
      100,
    );
    expect(restored).toMatchObject({ settingsChanged: true, summary: '0 added, 0 updated, 0 unchanged' });
    expect(await readSettings(db)).toEqual({ ...DEFAULT_SETTINGS, defaultColour: 'purple' });
    expect((await dump(db)).settings[0]!.updatedAt).toBe(100);

    // An older backup must not un-pause the extension or undo the reader's colour.
    await writeSettings(db, { paused: true }, 150);
    const rowBefore = await db.settings.toArray();
    const kept = await importBackup(db, backupText({ settings: DEFAULT_SETTINGS }), 200);
    expect(kept.settingsChanged).toBe(false);
    expect(await db.settings.toArray()).toEqual(rowBefore);
  });
});

describe('merging the reader’s verdicts on pages', () => {
  const verdict = (url: string, isInterview: boolean, updatedAt: number) => ({ url, isInterview, updatedAt });

  it('takes a verdict the file has newer or the reader has not, keeps a newer saved one, and reads files from before verdicts', async () => {
    await db.verdicts.bulkAdd([verdict('https://a.example/1', true, 50), verdict('https://a.example/2', true, 500)]);
    const report = await importBackup(
      db,
      backupText({
        verdicts: [
          verdict('https://a.example/1', false, 100),
          verdict('https://a.example/2', false, 100),
          verdict('https://a.example/3', false, 100),
        ],
      }),
      1000,
    );
    expect(report.summary).toBe('1 added, 1 updated, 1 unchanged');
    expect(await db.verdicts.toArray()).toEqual([
      verdict('https://a.example/1', false, 100),
      verdict('https://a.example/2', true, 500),
      verdict('https://a.example/3', false, 100),
    ]);
    expect((await importBackup(db, backupText(), 2000)).summary).toBe('0 added, 0 updated, 0 unchanged');
  });

  it('refuses a verdict that is not about a web page, and imports nothing', async () => {
    await expect(
      importBackup(
        db,
        backupText({ articles: [article('a1', URL_A, 5)], verdicts: [verdict('javascript:alert(1)', true, 1)] }),
        1,
      ),
    ).rejects.toThrow(/Page correction 1/);
    expect(await db.articles.count()).toBe(0);
  });
});
