import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import type { Harness, Tab } from './harness';
import {
  toolbarClosed,
  highlightSelectionWithToolbar,
  inPage,
  pageDatabases,
  readPainted,
  selectPhrase,
  waitForColour,
  waitForPainted,
  waitUntil,
} from './page-actions';
import {
  captureDownloads,
  clickButton,
  dataSummary as summary,
  deleteEverything,
  downloadText,
  importFile,
} from './downloads';
import { GOLDEN_DIR, screenshotPath } from './paths';
import { originOn, VICTIM_HOST } from './local-hosts';

const ARTICLE = 'interviews/tns-why-pytorch-won.html';
const QUOTE = 'So if you’re talking to a chatbot today, there’s a good chance PyTorch is running';
const OTHER_QUOTE = 'They run PyTorch in production';
const NOTE = 'Competition inside one foundation: *healthy*, or [[politics]]?';
const COLOUR_NAME = 'to quote';
/** What the article says Luca Antiga is, as the lens reads it (tests/fixtures/pages/interviews/tns-why-pytorch-won.expected.json). */
const ROLE =
  'head of the Technical Advisory Council for the PyTorch Foundation; CTO of end-to-end AI platform Lightning AI';

/** The exported note with what changes from run to run masked: the local server, today, block ids. */
const masked = (markdown: string, origin: string) =>
  markdown
    .replaceAll(origin, 'http://fixtures.test')
    .replace(/^created: \d{4}-\d{2}-\d{2}$/m, 'created: DATE')
    .replace(/\^hl-[a-z0-9]{6}/g, '^hl-ID');

/** The backup without its own time stamp, for comparing two backups of the same data. */
const contentOf = (backup: string) => {
  const { exportedAt: _, ...content } = JSON.parse(backup) as Record<string, unknown>;
  return content;
};

/** Page-side: each person the popup's People view lists: the line shown for them, their roles by article, their quotes. */
const peopleListed = () =>
  [...document.querySelectorAll('ul.groups[aria-label="People"] > li')].map((person) => ({
    name: person.querySelector('summary strong')?.textContent ?? '',
    summary: person.querySelector('summary')?.textContent ?? '',
    roles: [...person.querySelectorAll('ul.roles > li')].map((role) => role.textContent ?? ''),
    quotes: [...person.querySelectorAll('article.highlight .quote')].map((quote) => quote.textContent ?? ''),
  }));

/** Shows one of the library's grouped views (People, Projects) with its first group open, as a reader looks at it. */
async function openView(library: Tab, view: 'People' | 'Projects', browserName: Harness['browser']): Promise<void> {
  await inPage(library, clickButton, view);
  await waitUntil(
    library,
    (name: string) => document.querySelector(`ul.groups[aria-label="${name}"] details.group`) !== null,
    view,
    (shown) => shown,
    `the ${view} view`,
  );
  await inPage(library, () => document.querySelector('details.group')?.setAttribute('open', ''), undefined);
  await library.screenshot({ path: screenshotPath(`${browserName}-popup-${view.toLowerCase()}.png`) });
}

async function openLibrary(harness: Harness, articleUrl: string): Promise<Tab> {
  const popup = await harness.openExtensionPage(`popup.html?page=${encodeURIComponent(articleUrl)}&view=library`);
  await popup.bringToFront();
  await waitUntil(
    popup,
    () => document.querySelector('[data-testid="library-count"]')?.textContent ?? '',
    undefined,
    (text) => /\d+ highlights?$/.test(text),
    'the library',
  );
  return popup;
}

/**
 * Highlight → find it by search in the library → its Markdown equals the golden file → back up →
 * delete everything → import → everything is back, identical, and painted again on the page.
 */
export async function libraryRoundTrip(harness: Harness): Promise<void> {
  const articleUrl = `${harness.origin}/${ARTICLE}?case=library`;
  // The reader's default colour (options page) is what the toolbar's Highlight button uses.
  const settings = await harness.openExtensionPage('options.html');
  await settings.bringToFront();
  await waitUntil(
    settings,
    () => document.querySelector('.colours button[aria-label="green"]') !== null,
    undefined,
    (ready) => ready,
    'the colour settings',
  );
  await inPage(
    settings,
    () => (document.querySelector('.colours button[aria-label="green"]') as HTMLButtonElement).click(),
    undefined,
  );
  await waitUntil(
    settings,
    () => document.querySelector('.colours button[aria-pressed="true"]')?.getAttribute('aria-label'),
    undefined,
    (colour) => colour === 'green',
    'green to be the default',
  );
  // Green gets the reader's own name, which the library and the export say.
  await inPage(
    settings,
    () => (document.querySelector('input[placeholder="green"]') as HTMLInputElement).focus(),
    undefined,
  );
  await settings.keyboard.type(COLOUR_NAME);
  await settings.keyboard.press('Tab');
  await waitUntil(
    settings,
    () => document.querySelector('.colours button[aria-pressed="true"]')?.getAttribute('aria-label'),
    undefined,
    (label) => label === `${COLOUR_NAME} (green)`,
    'the name on the green button',
  );

  const page = await harness.newTab();
  await page.goto(articleUrl);
  await page.bringToFront();
  // Two highlights, so the search has something to leave out even when this scenario runs alone.
  for (const phrase of [OTHER_QUOTE, QUOTE]) {
    await selectPhrase(page, phrase);
    await highlightSelectionWithToolbar(page);
    await waitForColour(page, phrase, 'green');
    // The next selection gets its own toolbar only once this one's is gone.
    await toolbarClosed(page);
  }

  // Search finds it among everything the other scenarios saved, and the note is edited in place.
  const library = await openLibrary(harness, articleUrl);
  await inPage(library, () => (document.querySelector('input[type="search"]') as HTMLInputElement).focus(), undefined);
  await library.keyboard.type('chatbot today');
  const found = await waitUntil(
    library,
    () => ({
      count: document.querySelector('[data-testid="library-count"]')?.textContent ?? '',
      items: [...document.querySelectorAll('article.highlight')].map((item) => item.textContent ?? ''),
    }),
    undefined,
    (state) => state.items.length === 1 && state.count.startsWith('1 of '),
    'the search to narrow the library to the new highlight',
  );
  expect(found.items[0]).toContain(QUOTE);
  expect(found.items[0]).toContain('— Luca Antiga');
  expect(found.items[0]).toContain(COLOUR_NAME);
  // A screen reader hears which highlight each button acts on.
  const names = await inPage(
    library,
    () =>
      [...document.querySelectorAll('article.highlight .actions button')].map((button) =>
        button.getAttribute('aria-label'),
      ),
    undefined,
  );
  expect(names).toEqual(
    ['Open', 'Edit', 'Cite', 'Delete'].map(
      (action) => `${action} highlight: So if you’re talking to a chatbot today,…`,
    ),
  );
  const colourFilter = await inPage(
    library,
    () =>
      [...document.querySelectorAll('select[aria-label="Colour"] option')].map((option) => option.textContent ?? ''),
    undefined,
  );
  expect(colourFilter.some((option) => option.startsWith(`${COLOUR_NAME} (green) (`))).toBe(true);
  await inPage(library, clickButton, 'Edit');
  await waitUntil(
    library,
    () => document.activeElement?.tagName ?? '',
    undefined,
    (tag) => tag === 'TEXTAREA',
    'the note field',
  );
  await library.keyboard.type(NOTE);
  await library.keyboard.press('Tab');
  await library.keyboard.type('foundation, inference engines');
  await inPage(library, clickButton, 'Save');
  await waitUntil(
    library,
    () => document.querySelector('article.highlight .note')?.textContent ?? '',
    undefined,
    (note) => note === NOTE,
    'the saved note',
  );
  await library.screenshot({ path: screenshotPath(`${harness.browser}-popup-library.png`) });
  // The People view: the interview's speaker, with the role this article gives him, and the quotes of his just highlighted.
  await openView(library, 'People', harness.browser);
  const people = await inPage(library, peopleListed, undefined);
  const luca = people.find((person) => person.name === 'Luca Antiga');
  // Other scenarios of the run may have filled the library too: this article's part of it.
  expect(luca?.summary).toMatch(/^Luca Antiga \d+ quotes? · \d+ articles?$/);
  expect(luca?.roles).toContain(`${ROLE} — Why PyTorch Won`);
  expect(luca?.quotes).toEqual(expect.arrayContaining([QUOTE, OTHER_QUOTE]));
  // The Projects view: both quotes name PyTorch; their paragraph also names vLLM and SGLang, and the article names Ray too.
  await openView(library, 'Projects', harness.browser);
  const projects = await inPage(
    library,
    () =>
      [...document.querySelectorAll('ul.groups[aria-label="Projects"] details.group summary')].map(
        (summary) => summary.textContent ?? '',
      ),
    undefined,
  );
  expect(projects).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^vLLM [2-9]\d* highlights · named in \d+ articles?$/),
      expect.stringMatching(/^Ray \d+ highlights? · named in [1-9]/),
    ]),
  );
  const namingRay = await inPage(
    library,
    () => document.querySelector('ul.named-in[aria-label="Articles that name Ray"]')?.textContent ?? '',
    undefined,
  );
  expect(namingRay).toContain('Why PyTorch Won');

  // "Open" takes the reader to the highlight in the article's tab, with its card open.
  await inPage(page, () => window.scrollTo(0, document.body.scrollHeight), undefined);
  await inPage(library, clickButton, 'Library');
  await waitUntil(
    library,
    () => document.querySelectorAll('article.highlight').length,
    undefined,
    (count) => count === 1,
    'the library again',
  );
  await inPage(library, clickButton, 'Open');
  await waitUntil(
    page,
    (quote: string) => {
      const range = [...(CSS.highlights.get('interview-lens-green') ?? [])].find(
        (candidate) => (candidate as Range).toString() === quote,
      ) as Range | undefined;
      const rect = range?.getBoundingClientRect();
      return (
        rect !== undefined &&
        rect.top >= 0 &&
        rect.bottom <= innerHeight &&
        document.activeElement?.tagName === 'INTERVIEW-LENS-UI'
      );
    },
    QUOTE,
    (shown) => shown,
    'the highlight scrolled into view with its card',
  );

  // The article's Markdown, as the reader downloads it from the popup.
  const popup = await harness.openExtensionPage(`popup.html?page=${encodeURIComponent(articleUrl)}`);
  await waitUntil(
    popup,
    () => document.querySelector('article.highlight') !== null,
    undefined,
    (shown) => shown,
    'the page view',
  );
  await inPage(popup, captureDownloads, undefined);
  const markdown = await downloadText(popup, 'Download Markdown');
  expect(masked(markdown, harness.origin)).toBe(readFileSync(`${GOLDEN_DIR}/library-export.md`, 'utf8'));

  // Back up, delete everything, import: the same records come back.
  const options = await harness.openExtensionPage('options.html');
  await options.bringToFront();
  const before = await waitUntil(
    options,
    summary,
    undefined,
    (text) => /^\d+ highlights/.test(text),
    'the options page',
  );
  await inPage(options, captureDownloads, undefined);
  const backup = await downloadText(options, 'Back up (JSON)');
  expect(
    (JSON.parse(backup) as { highlights: Array<{ note: string }> }).highlights.map((highlight) => highlight.note),
  ).toContain(NOTE);

  await deleteEverything(options);
  await waitUntil(page, readPainted, undefined, (texts) => texts.length === 0, 'the page to drop its highlights');

  const report = await importFile(options, backup, 'backup.json');
  expect(report).toMatch(/^Imported backup\.json: \d+ added, 0 updated, 0 unchanged/);
  expect(
    await waitUntil(
      options,
      summary,
      undefined,
      (text) => !text.startsWith('0 highlights'),
      'the counts after the import',
    ),
  ).toBe(before);
  expect(contentOf(await downloadText(options, 'Back up (JSON)'))).toEqual(contentOf(backup));
  await options.screenshot({ path: screenshotPath(`${harness.browser}-options.png`) });
  await waitForPainted(page, QUOTE);
  // Through all of it, the article's site got nothing stored by the extension.
  expect(
    await inPage(
      page,
      () => ({ local: localStorage.length, session: sessionStorage.length, cookies: document.cookie }),
      undefined,
    ),
  ).toEqual({ local: 0, session: 0, cookies: '' });
  expect(await pageDatabases(page)).toEqual([]);

  // Extension pages reach nothing but a sync server (their CSP allows https, and plain http only
  // on this machine): the article's site, over http under its own name, is out of reach.
  const reach = (url: string) =>
    fetch(url).then(
      () => 'reached',
      () => 'blocked',
    );
  expect(await inPage(options, reach, articleUrl.replace(harness.origin, originOn(VICTIM_HOST, harness.origin)))).toBe(
    'blocked',
  );

  // A broken file is refused with a reason, and changes nothing.
  const refused = await importFile(options, '{"format":"interview-lens-backup","version":99}', 'future.json');
  expect(refused).toContain('newer version');
  expect(await inPage(options, summary, undefined)).toBe(before);
}
