import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HighlightRecord } from '@/utils/db/records';
import { blockIds } from '@/utils/export/block-id';
import { escapeInline } from '@/utils/export/escape';
import { articleMarkdown, libraryMarkdownFiles, type MarkdownOptions } from '@/utils/export/markdown';
import {
  article,
  highlight,
  HOSTILE_NOTE,
  hostileArticle,
  hostileHighlights,
  pytorchArticle,
  pytorchHighlights,
  SAVED_AT,
} from './records';

const golden = (name: string) => readFileSync(resolve(import.meta.dirname, '../../fixtures/export', name), 'utf8');
const FLAT: MarkdownOptions = { blockIds: true, groupBySpeaker: false };
const GROUPED: MarkdownOptions = { blockIds: false, groupBySpeaker: true };

/** What a CommonMark reader shows for backslash-escaped text: the escaped punctuation itself. */
const rendered = (markdown: string) => markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');
const blockIdsOf = (note: string) => [...note.matchAll(/^\^(hl-[0-9a-z]{6})$/gm)].map((match) => match[1]);

describe('articleMarkdown', () => {
  it('writes the reference interview as the note we want in Obsidian', () => {
    expect(articleMarkdown(pytorchArticle, pytorchHighlights, FLAT)).toBe(golden('why-pytorch-won.md'));
  });

  it('groups highlights under their speakers, unattributed last', () => {
    const note = articleMarkdown(pytorchArticle, pytorchHighlights, GROUPED);
    expect(note).toBe(golden('why-pytorch-won-by-speaker.md'));
    expect([...note.matchAll(/^## (.*)$/gm)].map((match) => match[1])).toEqual([
      'Luca Antiga',
      'Frederic Lardinois',
      'Unattributed',
    ]);
  });

  it('lists highlights in page order, whatever order they were saved or stored in', () => {
    const quotes = (note: string) => [...note.matchAll(/^> ([^—].*)$/gm)].map((match) => match[1]);
    const expected = [...pytorchHighlights]
      .sort((a, b) => a.position.start - b.position.start)
      .map((h) => h.quote.exact);
    expect(quotes(articleMarkdown(pytorchArticle, pytorchHighlights, FLAT))).toEqual(expected);
    expect(quotes(articleMarkdown(pytorchArticle, [...pytorchHighlights].reverse(), FLAT))).toEqual(expected);
  });

  it('says the reader’s name for a highlight’s colour, as text, and nothing for unnamed colours', () => {
    const colours = new Set(pytorchHighlights.map((h) => h.colour));
    const [named] = [...colours];
    const note = articleMarkdown(pytorchArticle, pytorchHighlights, {
      ...FLAT,
      colourLabels: { [named!]: 'to *quote* [[later]]' },
    });
    const expected = pytorchHighlights.filter((h) => h.colour === named).length;
    expect(note.match(/^Colour: /gm)).toHaveLength(expected);
    expect(rendered(note)).toContain('Colour: to *quote* [[later]]');
    expect(note).not.toContain('Colour: to *quote*');
    expect(articleMarkdown(pytorchArticle, pytorchHighlights, FLAT)).not.toContain('Colour:');
  });

  it('keeps a note’s [[links]] and #tags live when the reader asks, and only the note’s', () => {
    const noted = pytorchHighlights.map((h, k) =>
      k === 0 ? { ...h, note: 'See [[Lightning AI]] #followup and *this*' } : h,
    );
    const live = articleMarkdown(pytorchArticle, noted, { ...FLAT, liveLinks: true });
    expect(live).toContain(`See [[Lightning AI]] #followup${escapeInline(' and *this*')}`);
    expect(articleMarkdown(pytorchArticle, noted, FLAT)).toContain(
      escapeInline('See [[Lightning AI]] #followup and *this*'),
    );
    // The page's words stay escaped whatever the option: a quote is not the reader's markup.
    expect(
      articleMarkdown(pytorchArticle, [{ ...noted[0]!, quote: { ...noted[0]!.quote, exact: 'A [[trap]]' } }], {
        ...FLAT,
        liveLinks: true,
      }),
    ).toContain(`> ${escapeInline('A [[trap]]')}`);
  });

  it('keeps orphaned highlights, marked as not found', () => {
    const note = articleMarkdown(pytorchArticle, pytorchHighlights, FLAT);
    expect(note).toContain('> JAX is great engineering, and having a strong alternative keeps everyone honest.');
    expect(note.match(/not found on the page when last checked/g)).toHaveLength(1);
  });

  it('gives each highlight the same block id on every export, even as highlights come and go', () => {
    const first = blockIdsOf(articleMarkdown(pytorchArticle, pytorchHighlights, FLAT));
    expect(first).toHaveLength(pytorchHighlights.length);
    expect(new Set(first).size).toBe(first.length);
    expect(articleMarkdown(pytorchArticle, pytorchHighlights, FLAT)).toBe(
      articleMarkdown(pytorchArticle, pytorchHighlights, FLAT),
    );

    const added = highlight({
      id: 'c2a4e0d1-7b61-4f0a-8d2e-5a9b3c1d0099',
      articleId: pytorchArticle.id,
      exact: 'New first quote.',
      start: 0,
    });
    const withNew = blockIdsOf(articleMarkdown(pytorchArticle, [...pytorchHighlights.slice(1), added].reverse(), FLAT));
    // The new highlight comes first on the page; the one left out (fourth on the page) is gone; the rest keep their ids.
    expect(withNew.slice(1)).toEqual(first.filter((_, k) => k !== 3));
    expect(blockIdsOf(articleMarkdown(pytorchArticle, pytorchHighlights, GROUPED))).toEqual([]);
  });

  it('gives two highlights whose ids hash alike different block ids, the older keeping its own', () => {
    const seen = new Map<string, string>();
    let pair: [string, string] | undefined;
    for (let k = 0; !pair && k < 1_000_000; k++) {
      const id = `h${k}`;
      const blockId = blockIds([highlight({ id, articleId: 'a', exact: 'x', start: 0 })]).get(id)!;
      const earlier = seen.get(blockId);
      if (earlier) pair = [earlier, id];
      else seen.set(blockId, id);
    }
    if (!pair) throw new Error('no two ids with the same hash found');
    const older = highlight({ id: pair[1], articleId: 'a', exact: 'older', start: 5, createdAt: 1 });
    const newer = highlight({ id: pair[0], articleId: 'a', exact: 'newer', start: 0, createdAt: 2 });
    const [newerId, olderId] = blockIdsOf(articleMarkdown(pytorchArticle, [older, newer], FLAT));
    expect(olderId).toBe(blockIdsOf(articleMarkdown(pytorchArticle, [older], FLAT))[0]);
    expect(newerId).not.toBe(olderId);
  });

  it('renders hostile text literally: no HTML, links, tags, comments, highlights or block ids', () => {
    const note = articleMarkdown(hostileArticle, hostileHighlights, FLAT);
    expect(note).toBe(golden('hostile.md'));
    // Our own link addresses and orphan mark aside, no markup character may stand unescaped.
    const body = note
      .slice(note.indexOf('\n---\n') + 5)
      .replace(/\]\(<[^<>\s]+>\)/g, '](address)')
      .replace('*(not found on the page when last checked)*', '');
    const bare = (pattern: string) => new RegExp(String.raw`(?<!\\)(?:\\\\)*(?:${pattern})`, 'm');
    expect(body).not.toMatch(bare('<'));
    expect(body).not.toMatch(bare(String.raw`\[(?!Open in context\]|\\- The)`));
    expect(body).not.toMatch(bare('[*`|$~]'));
    expect(body).not.toMatch(bare(String.raw`\^(?!hl-[0-9a-z]{6}$)`));
    expect(body).not.toMatch(/%%|==/);
    expect(body).not.toMatch(/(?:^|\s)#(?!\s|(?:tag-with-spaces|C|nested\/tag|_2024|עברית)(?:\s|$))/m);
    expect(body).not.toMatch(/^(?: {4}|[-+] |\d+\. )|\r|\u2028|\u2029/m);
  });

  it('keeps every character of a note, line by line, once the escapes are read', () => {
    const note = articleMarkdown(hostileArticle, hostileHighlights.slice(0, 1), FLAT);
    const lines = rendered(note.slice(note.indexOf('\\<script'), note.indexOf('\n\n#tag-with-spaces'))).split('\n');
    const original = HOSTILE_NOTE.split(/\r\n|\r|\n|\u2028/)
      .flatMap((line) => line.split('\u2029'))
      .map((line) => line.trim());
    expect(lines.filter(Boolean)).toEqual(original.filter(Boolean));
  });

  it('exports a 1 MB note of markup whole, with every line still escaped', () => {
    const line = '*x* [[y]] <b>z</b> %%c%% ==h== #t ^i 🚀 עברית\u2028';
    const note = line.repeat(Math.ceil(1_000_000 / line.length));
    const started = performance.now();
    const markdown = articleMarkdown(pytorchArticle, [{ ...pytorchHighlights[0]!, note }], FLAT);
    console.log(`1 MB note exported in ${Math.round(performance.now() - started)} ms`);
    const lines = markdown.split('\n').filter((text) => text.startsWith('\\*x\\*'));
    expect(lines).toHaveLength(note.split('\u2028').length - 1);
    expect(new Set(lines)).toEqual(
      new Set(['\\*x\\* \\[\\[y\\]\\] \\<b\\>z\\</b\\> %\\%c%\\% =\\=h=\\= \\#t \\^i 🚀 עברית']),
    );
  });

  it('writes just the heading and source for an article without highlights', () => {
    const note = articleMarkdown(pytorchArticle, [], GROUPED);
    expect(note.slice(note.indexOf('\n---\n') + 5)).toBe(
      '\n# Why PyTorch Won\n\nSource: [The New Stack](<https://thenewstack.io/why-pytorch-won/>)\n',
    );
  });
});

describe('libraryMarkdownFiles', () => {
  const entry = (id: string, title: string, firstSeenAt: number, site = 'The New Stack') => ({
    article: article({ id, url: `https://example.org/${id}`, title, site, firstSeenAt }),
    highlights: [] as HighlightRecord[],
  });

  it('names one note per article after its title, with the note as text', () => {
    const entries = [{ article: pytorchArticle, highlights: pytorchHighlights }, entry('b', 'Inside vLLM', SAVED_AT)];
    expect(libraryMarkdownFiles(entries, FLAT)).toEqual([
      { name: 'Why PyTorch Won.md', text: golden('why-pytorch-won.md') },
      { name: 'Inside vLLM.md', text: articleMarkdown(entries[1]!.article, [], FLAT) },
    ]);
  });

  it('makes names safe and unique, the oldest article keeping the plain name on every export', () => {
    const entries = [
      entry('new', 'Why PyTorch Won', 3),
      entry('old', 'why pytorch won', 1),
      entry('mid', 'Why PyTorch Won', 2),
      entry('bad', 'A/B: "tests" <now>? | *yes* #1 [[x]] ^y\u0000\u202e', 4),
      entry('empty', '  ', 5),
      entry('nothing', '???', 6, ''),
      entry('dots', '...hidden.', 7),
      entry('device', 'CON', 8),
      entry('long', `${'Long title '.repeat(20)}end`, 9),
      entry('emoji', '👩🏽‍💻'.repeat(100), 10),
    ];
    const names = libraryMarkdownFiles(entries, FLAT).map((file) => file.name);
    expect(names).toEqual([
      'Why PyTorch Won (3).md',
      'why pytorch won.md',
      'Why PyTorch Won (2).md',
      'A B tests now yes 1 x y.md',
      'The New Stack.md',
      'Untitled.md',
      'hidden.md',
      'CON_.md',
      `${'Long title '.repeat(6)}Long title.md`,
      `${'👩🏽‍💻'.repeat(13)}.md`,
    ]);
    const reordered = libraryMarkdownFiles([...entries].reverse(), FLAT).map((file) => file.name);
    expect(reordered).toEqual([...names].reverse());
    for (const name of names) {
      expect(name).not.toMatch(/[/\\:*?"<>|#^[\]\u0000-\u001f\u202e]/);
      expect(new TextEncoder().encode(name).length).toBeLessThan(255);
    }
  });
});
