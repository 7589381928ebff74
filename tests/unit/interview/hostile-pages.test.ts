import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import catalog from '@/utils/catalog/catalog.json';
import type { CatalogEntry } from '@/utils/catalog/schema';
import { analyzeInterview, type InterviewAnalysis } from '@/utils/interview/analyze';
import { detectInterview, type Detection } from '@/utils/interview/detect';
import { gatherSignals } from '@/utils/interview/signals';
import { toReport } from '@/utils/interview/report';
import { readInterview } from '@/utils/lens/interview-view';
import { deepDom, fiveMegabyteArticle, HOSTILE_PAGES, manyTextNodes, partsFor } from '../../fixtures/hostile/generated';
import { fixturePages, loadPage, type FixturePage } from './fixtures';

const HOSTILE = resolve(import.meta.dirname, '../../fixtures/hostile');
const entries = catalog as CatalogEntry[];
const reference = fixturePages().find((page) => page.name.endsWith('tns-why-pytorch-won.html'))!;

/** Every hostile page is an interview: the lens's full analysis must run on it. */
const asFixture = (name: string, html: string): FixturePage => ({
  name,
  file: resolve(HOSTILE, name),
  html,
  expected: { isInterview: true, format: 'narrative' },
});
const staticPage = (file: string) => asFixture(file, readFileSync(resolve(HOSTILE, file), 'utf8'));

interface Read {
  doc: Document;
  detection: Detection;
  analysis: InterviewAnalysis;
  ms: number;
}

/** Loads a page as the fixture tests do (happy-dom runs none of its scripts), then detects and analyses it. */
function read(page: FixturePage): Read {
  const doc = loadPage(page);
  const started = performance.now();
  const detection = detectInterview(gatherSignals(doc));
  const analysis = analyzeInterview(doc, entries, detection);
  return { doc, detection, analysis, ms: Math.round(performance.now() - started) };
}

const quotes = (analysis: InterviewAnalysis) => toReport(analysis).quotes.map((quote) => [quote.text, quote.speaker]);
const projects = (analysis: InterviewAnalysis) =>
  new Map(toReport(analysis).projects.map((project) => [project.name, project.mentions]));
/** The page text under each underline the lens would draw for a speaker (DOM text, invisible characters included). */
function underlinedAs(doc: Document, name: string): Array<string | undefined> {
  const view = readInterview(doc);
  return view
    .mentionSpans()
    .filter((span) => span.target.kind === 'speaker' && span.target.person.name === name)
    .map((span) => view.materialize(span)?.range.toString());
}

/** Reads a page before a group's tests (the test document holds one page at a time). */
function readBeforeAll(page: () => FixturePage): Read {
  const current = {} as Read;
  beforeAll(() => void Object.assign(current, read(page())));
  return current;
}

describe('every hostile page', () => {
  const statics = HOSTILE_PAGES.filter((page) => page.file);

  it('is listed for the end-to-end suite, with what it attacks and what must hold', () => {
    const files = readdirSync(HOSTILE).filter((file) => file.endsWith('.html'));
    expect(statics.map((page) => page.file).sort()).toEqual(files.sort());
    expect(statics.length).toBeGreaterThanOrEqual(7);
    for (const page of HOSTILE_PAGES) {
      expect(page.attacks.length, page.name).toBeGreaterThan(20);
      expect(page.expect.length, page.name).toBeGreaterThan(20);
      expect(Boolean(page.file) !== Boolean(page.build), `${page.name} has a file or a builder`).toBe(true);
    }
    expect(new Set(HOSTILE_PAGES.map((page) => page.name)).size).toBe(HOSTILE_PAGES.length);
  });

  for (const { file } of statics) {
    it(`${file}: is read as an interview without an exception, its quotes inside its text`, () => {
      const page = staticPage(file!);
      const { detection, analysis } = read(page);
      expect(detection.isInterview).toBe(page.expected.isInterview);
      expect(analysis.isInterview).toBe(page.expected.isInterview);
      expect(analysis.speakers.length).toBeGreaterThan(0);
      for (const quote of analysis.quotes) {
        expect(0 <= quote.start && quote.start < quote.end && quote.end <= analysis.index.text.length).toBe(true);
        if (quote.speaker) expect(analysis.speakers).toContain(quote.speaker);
      }
      // Loading a page never runs its scripts or handlers here; in a browser the lens must not either.
      expect((window as { __lensPwned?: unknown }).__lensPwned).toBeUndefined();
    });
  }
});

describe('markup-in-names.html', () => {
  const page = readBeforeAll(() => staticPage('markup-in-names.html'));

  it('keeps markup in roles and quotes as the characters the reader sees', () => {
    expect(page.analysis.speakers.map((speaker) => [speaker.name, speaker.roles])).toEqual([
      [
        'Dana Okafor',
        [
          'head of security at a model-serving startup',
          "head of security at <script>window['__lensPwned']='script'</script> Labs",
          'maintainer of vLLM',
        ],
      ],
      ['Ravi Menon', ['core developer of Ray']],
    ]);
    expect(quotes(page.analysis)).toEqual([
      [
        `People paste <img src=x onerror="window.__lensPwned='name'"> into prompts every single day, and the server has to carry it through as plain characters,`,
        'Dana Okafor',
      ],
      [
        'The moment something downstream renders it as markup, you have a bug in every product built on top.',
        'Dana Okafor',
      ],
      [
        `Our fuzzers send <script>window.__lensPwned='script'</script> to every endpoint we expose, on vLLM and on Ray Serve alike,`,
        'Dana Okafor',
      ],
      [
        'A task name is user input too. We had one called </script><script>alert(1)</script> in the dashboard for a week before anyone noticed,',
        'Ravi Menon',
      ],
      ['Escaping is not a feature you add at the end,', 'Dana Okafor'],
      ['It is the default, or it is missing.', 'Dana Okafor'],
    ]);
    // Nothing was interpreted: the only script is the page's JSON-LD, and no image exists.
    expect([
      page.doc.querySelectorAll('img').length,
      page.doc.querySelectorAll('script:not([type="application/ld+json"])').length,
    ]).toEqual([0, 0]);
  });

  it('ends a name where the markup glued to it begins, and still underlines it', () => {
    expect(underlinedAs(page.doc, 'Ravi Menon')).toEqual(['Ravi Menon', 'Ravi Menon']);
  });

  it('finds vLLM behind its javascript: link like any other mention', () => {
    expect(page.doc.querySelector('a[href^="javascript:"]')?.textContent).toBe('vLLM');
    expect(projects(page.analysis)).toEqual(
      new Map([
        ['vLLM', 3],
        ['Ray Serve', 1],
        ['Ray', 2],
        ['PyTorch', 1],
      ]),
    );
    const vllm = page.analysis.projects.find((project) => project.entry.name === 'vLLM')!;
    expect(vllm.mentions.map((mention) => page.analysis.index.text.slice(mention.start, mention.end))).toEqual([
      'vLLM',
      'vLLM',
      'vLLM',
    ]);
  });
});

describe('bidi-and-invisible.html', () => {
  const page = readBeforeAll(() => staticPage('bidi-and-invisible.html'));
  // Bidirectional controls are dropped from the text like other invisible characters (see utils/text).
  const fsiQuote =
    'Right-to-left is not a bug. The bug is when tools forget where the override ends, and then the next fifty words are backwards,';

  it('reads one speaker, Yara Khoury, through zero-width characters, soft hyphens and BOMs in her name', () => {
    expect(page.analysis.speakers.map((speaker) => [speaker.name, speaker.aliases, speaker.roles])).toEqual([
      ['Yara Khoury', ['Khoury', 'Yara'], ['co-founder and CTO of Sahel Labs', 'committer on Ray']],
    ]);
    // The underline covers the name as the page stores it, invisible characters and all (the last
    // full name ends at the isolate mark closing it).
    expect(underlinedAs(page.doc, 'Yara Khoury')).toEqual([
      'Ya\u200bra Kho\u00adury',
      'Khoury',
      'Kho\u200cury',
      'Kh\ufeffoury',
      'Yara Khoury\u2069',
      'Khoury',
    ]);
  });

  it('drops bidirectional overrides and invisible characters from quote text, and attributes every quote', () => {
    const found = quotes(page.analysis);
    expect(found.map(([text]) => text)).toEqual([
      // Soft hyphens and zero-width spaces are not text: the words join as the reader sees them.
      'Every scraper we ever wrote choked on softhyphens and zerowidth spaces before it choked on anything else,',
      'They are invisible to you and perfectly visible to the model.',
      // Without the override, the file name reads as what it is.
      'A file called invoicefdp.exe looks like a PDF to a person and like an executable to the machine, and the model has to know which one it is reading,',
      fsiQuote,
      'We normalise before we tokenize, but we never throw a character away without writing down where it was,',
    ]);
    expect(found.map(([, speaker]) => speaker)).toEqual(Array(5).fill('Yara Khoury'));
  });

  // Isolate marks (U+2066–U+2069), which platforms put around user-supplied names, once hid the
  // name after “said” from attribution.
  it('gives the quote “…,” said ⁨Yara Khoury⁩ (name in first-strong isolate marks) to her', () => {
    expect(quotes(page.analysis).find(([text]) => text === fsiQuote)?.[1]).toBe('Yara Khoury');
  });
});

describe('prototype-overrides.html', () => {
  const page = readBeforeAll(() => staticPage('prototype-overrides.html'));

  it('is analysed like any page: the sabotage script stays inert, and script text is not article text', () => {
    // In the browser the lens runs in an isolated world; here the page's script simply never runs.
    expect((window as { __prototypeOverrides?: string }).__prototypeOverrides).toBeUndefined();
    expect(page.doc.querySelector('head script')?.textContent).toContain("Object.defineProperty(CSS, 'highlights'");
    expect(page.analysis.speakers.map((speaker) => speaker.name)).toEqual(['Henrik Lund']);
    expect(quotes(page.analysis)).toEqual([
      [
        'The scheduler used to be the part nobody looked at. Now it decides whether a training run finishes on time or burns a week of GPUs,',
        'Henrik Lund',
      ],
      [
        'We broke placement groups more often than I like to admit. Every rewrite taught us that the simplest model of the cluster wins,',
        'Henrik Lund',
      ],
      [
        'Users do not want three projects that happen to work together on a good day. They want one stack with one set of guarantees,',
        'Henrik Lund',
      ],
      ['If that means Ray changes its APIs so that vLLM does not have to, we will do it,', 'Henrik Lund'],
    ]);
    expect([...projects(page.analysis).keys()].sort()).toEqual(['PyTorch', 'PyTorch Foundation', 'Ray', 'vLLM']);
  });
});

describe('strict-csp.html', () => {
  const page = readBeforeAll(() => staticPage('strict-csp.html'));

  it('is analysed in full under a policy that forbids every script, style and image', () => {
    expect(page.doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(
      "default-src 'none'; style-src 'none'; script-src 'none'; img-src 'none'",
    );
    expect(page.analysis.speakers.map((speaker) => [speaker.name, speaker.roles])).toEqual([
      ['Ines Moreau', ['founder of Loomwork', 'long-time contributor to SGLang']],
    ]);
    expect(quotes(page.analysis).map(([, speaker]) => speaker)).toEqual([
      'Ines Moreau',
      'Ines Moreau',
      'Ines Moreau',
      'Ines Moreau',
    ]);
    expect([...projects(page.analysis).keys()].sort()).toEqual(['PyTorch', 'SGLang', 'vLLM']);
  });
});

describe('iframes.html', () => {
  const page = readBeforeAll(() => staticPage('iframes.html'));

  it('reads the top document only: nothing from the same-origin or the sandboxed frame', () => {
    expect(page.doc.querySelectorAll('iframe[srcdoc]').length).toBe(2);
    expect(quotes(page.analysis)).toEqual([
      [
        'The shortage taught everyone to squeeze a cluster. Now that the hardware is back, the teams that learned to squeeze are twice as fast as the ones that did not,',
        'Malik Osei',
      ],
      [
        "DeepSpeed and PyTorch's own sharding do the same job in different ways, and we run both, because the models do not all want the same thing,",
        'Malik Osei',
      ],
      [
        'You can rent a thousand GPUs by lunchtime. You cannot hire someone who knows how to keep them busy by lunchtime,',
        'Malik Osei',
      ],
      ['If I could give one piece of advice, it would be to profile before you buy,', 'Malik Osei'],
    ]);
    // Ray and vLLM are named only inside the frames.
    expect([...projects(page.analysis).keys()].sort()).toEqual(['DeepSpeed', 'PyTorch']);
  });
});

describe('open-shadow-roots.html', () => {
  const page = staticPage('open-shadow-roots.html');

  it('reads the light-DOM article and leaves the text of open shadow roots alone', () => {
    const doc = loadPage(page);
    // What the page's inline script does in a browser (happy-dom runs no page scripts).
    for (const host of doc.querySelectorAll('quote-panel'))
      host.attachShadow({ mode: 'open' }).append(host.querySelector('template')!.content.cloneNode(true));
    expect(doc.querySelector('quote-panel')?.shadowRoot?.textContent).toContain('When torch.compile fails');

    const analysis = analyzeInterview(doc, entries);
    expect(analysis.isInterview).toBe(true);
    expect(quotes(analysis)).toEqual([
      [
        'Eager mode is the product. The compiler is a promise that you will not have to give it up to go fast,',
        'Chiara Bellini',
      ],
      [
        'I would make graph breaks loud from day one. Silent fallbacks hide the slow path for months,',
        'Chiara Bellini',
      ],
      [
        'And I would ask the Ray and vLLM people to the design reviews earlier, because they find the bugs in our assumptions first,',
        'Chiara Bellini',
      ],
    ]);
    // Ray is named in the light-DOM quote too (“the Ray and vLLM people”), listed with vLLM.
    expect([...projects(analysis).keys()].sort()).toEqual(['PyTorch', 'Ray', 'Triton', 'vLLM']);
  });
});

describe('thousands-of-quotes.html', () => {
  const page = readBeforeAll(() => staticPage('thousands-of-quotes.html'));
  beforeAll(() => console.log(`thousands-of-quotes.html: detection and analysis took ${page.ms} ms`));

  it('still finds and attributes the well-formed quotes before and after the noise', () => {
    const wellFormed = [
      'A queue is a promise about the future that you are allowed to break, as long as you break it early,',
      'Backpressure is just honesty. The server says it is full before it falls over,',
      'Even German marks, ‚nested‘ ones, should not confuse a parser,',
      'If the marks are wrong, the words are still right,',
      'Read the words.',
    ];
    expect(quotes(page.analysis).filter(([text]) => wellFormed.includes(text!))).toEqual(
      wellFormed.map((text) => [text, 'Sofia Lindqvist']),
    );
  });

  it('reads a quote reopened in 60 paragraphs as one quote, and keeps every quote within the page', () => {
    const found = quotes(page.analysis);
    const long = found.filter(([text]) => text!.startsWith('Part 1 of a quote'));
    expect(long).toHaveLength(1);
    expect(long[0]![0]).toContain('Part 60 of a quote');
    expect(found.length).toBeGreaterThanOrEqual(6);
    expect(found.length).toBeLessThanOrEqual(20);
    for (const quote of page.analysis.quotes)
      expect(quote.text.length).toBeLessThanOrEqual(page.analysis.index.text.length);
  });
});

describe('generated pages (smaller than the end-to-end ones: happy-dom is slow)', () => {
  const referenceQuotes = reference.expected.quotes!.map((quote) => [quote.text, quote.speaker]);

  it('deepDom(2000): finds the quote at the bottom of 2,000 nested divs, with its speaker', () => {
    const { doc, analysis } = read(asFixture('generated/deep-dom.html', deepDom(2000)));
    const buried = [...doc.querySelectorAll('.entry-content p')].find((p) =>
      p.textContent!.startsWith('“What I care about most'),
    )!;
    let depth = 0;
    for (let node = buried.parentElement; node && !node.classList.contains('entry-content'); node = node.parentElement)
      depth++;
    expect(depth).toBe(2000);
    expect(quotes(analysis)).toEqual(referenceQuotes);
  });

  it('manyTextNodes(10 000): reads words cut into spans as the reader sees them', () => {
    const { doc, analysis } = read(asFixture('generated/many-text-nodes.html', manyTextNodes(10_000)));
    expect(doc.querySelectorAll('.entry-content span').length).toBe(10_000);
    const parts = [...doc.querySelectorAll('.entry-content h2')].filter((heading) =>
      /^Part \d+ of the conversation$/.test(heading.textContent!),
    ).length;
    const whole = read(reference).analysis;
    expect(parts).toBeGreaterThan(1);
    expect(quotes(analysis)).toEqual(Array.from({ length: parts }, () => referenceQuotes).flat());
    expect(projects(analysis)).toEqual(
      new Map([...projects(whole)].map(([name, mentions]) => [name, mentions * parts])),
    );
  });

  it('fiveMegabyteArticle(): reads about 5 MB of interview, every quote to Luca Antiga', () => {
    const html = fiveMegabyteArticle();
    expect(html.length).toBeGreaterThanOrEqual(5_000_000);
    const { analysis, ms } = read(asFixture('generated/five-megabyte-article.html', html));
    console.log(`fiveMegabyteArticle(): ${html.length} characters, detection and analysis took ${ms} ms`);
    expect(analysis.quotes).toHaveLength(partsFor(5_000_000) * referenceQuotes.length);
    expect(new Set(analysis.quotes.map((quote) => quote.speaker?.name))).toEqual(new Set(['Luca Antiga']));
    expect(quotes(analysis).slice(-referenceQuotes.length)).toEqual(referenceQuotes);
  }, 60_000);

  it('builds the same page for the same arguments', () => {
    expect(deepDom(50)).toBe(deepDom(50));
    expect(manyTextNodes(300)).toBe(manyTextNodes(300));
    expect(fiveMegabyteArticle(100_000)).toBe(fiveMegabyteArticle(100_000));
  });
});
