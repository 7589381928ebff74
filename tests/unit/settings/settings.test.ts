import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LensDatabase } from '@/utils/db/database';
import { SETTINGS_ROW_ID } from '@/utils/settings/row';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/schema';
import { isSiteDisabled } from '@/utils/settings/sites';
import { readSettings, writeSettings } from '@/utils/settings/store';

let db: LensDatabase;
let dbCount = 0;

beforeEach(() => {
  db = new LensDatabase(`settings-${++dbCount}`);
});
afterEach(async () => {
  await db.delete();
});

describe('settings store', () => {
  it('gives a fresh install the documented defaults', async () => {
    const expected: Settings = {
      defaultColour: 'yellow',
      colourLabels: {},
      exportOptions: { blockIds: true, groupBySpeaker: false, liveLinks: false },
      disabledSites: [],
      paused: false,
      underlines: 'first',
    };
    expect(DEFAULT_SETTINGS).toEqual(expected);
    expect(await readSettings(db)).toEqual(expected);
  });

  it('saves a change as one row and keeps the other fields', async () => {
    await writeSettings(db, { paused: true }, 100);
    const saved = await writeSettings(
      db,
      { colourLabels: { green: ' agree ' }, disabledSites: [' News.Example.COM. '], paused: undefined },
      200,
    );
    expect(saved).toEqual({
      ...DEFAULT_SETTINGS,
      paused: true,
      colourLabels: { green: 'agree' },
      disabledSites: ['news.example.com'],
    });
    expect(await readSettings(db)).toEqual(saved);
    expect(await db.settings.toArray()).toEqual([{ id: SETTINGS_ROW_ID, value: saved, updatedAt: 200 }]);
  });

  it.each([
    [
      'a colour name over 40 characters',
      { colourLabels: { yellow: 'x'.repeat(41) } },
      'colourLabels.yellow: a colour name has at most 40 characters',
    ],
    [
      'an unknown colour',
      { defaultColour: 'orange' },
      'defaultColour: should be one of yellow, green, blue, pink, purple',
    ],
    [
      'a site that is not a host name',
      { disabledSites: ['example.com', 'https://x.com/page'] },
      'disabledSites #2: is not a host name (like example.com)',
    ],
    [
      'too many sites',
      { disabledSites: Array.from({ length: 501 }, (_, i) => `site${i}.com`) },
      'disabledSites: at most 500 sites',
    ],
    ['an unknown setting', { theme: 'dark' }, 'unknown field “theme”'],
    [
      'a wrong type',
      { exportOptions: { blockIds: 'yes', groupBySpeaker: false } },
      'exportOptions.blockIds: should be true or false',
    ],
  ])('rejects %s with a readable message and stores nothing', async (_, patch, problem) => {
    await writeSettings(db, { paused: true }, 1);
    const before = await db.settings.toArray();
    await expect(writeSettings(db, patch as Partial<Settings>, 2)).rejects.toThrow(`Settings not saved: ${problem}.`);
    expect(await db.settings.toArray()).toEqual(before);
  });

  it('reads a damaged row as defaults, keeping the fields that are still valid', async () => {
    const damaged = {
      defaultColour: 'orange',
      colourLabels: { pink: 'disagree' },
      exportOptions: { blockIds: false, groupBySpeaker: true },
      disabledSites: 'example.com',
      paused: true,
      removedLongAgo: 1,
    };
    await db.settings.put({ id: SETTINGS_ROW_ID, value: damaged as unknown as Settings, updatedAt: 1 });
    expect(await readSettings(db)).toEqual({
      ...DEFAULT_SETTINGS,
      colourLabels: { pink: 'disagree' },
      exportOptions: { blockIds: false, groupBySpeaker: true, liveLinks: false }, // a row from before the option gets its default
      paused: true,
    });
  });

  it.each([null, 'garbage', 42, []])('reads a row holding %j as the defaults', async (value) => {
    await db.settings.put({ id: SETTINGS_ROW_ID, value: value as unknown as Settings, updatedAt: 1 });
    expect(await readSettings(db)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('isSiteDisabled', () => {
  const settings = { disabledSites: ['example.com', 'blog.other.org'] };
  it.each([
    ['example.com', true],
    ['news.example.com', true],
    ['deep.news.example.com', true],
    ['NEWS.Example.com.', true],
    ['badexample.com', false],
    ['example.com.au', false],
    ['blog.other.org', true],
    ['other.org', false],
    ['www.other.org', false],
    ['', false],
  ])('%j → %s', (hostname, disabled) => {
    expect(isSiteDisabled(settings, hostname)).toBe(disabled);
  });

  it('disables nothing when no site is listed', () => {
    expect(isSiteDisabled(DEFAULT_SETTINGS, 'example.com')).toBe(false);
  });
});
