import { describe, expect, it } from 'vitest';
import { escapeBlock, escapeInline, linkAddress } from '@/utils/export/escape';
import { obsidianTag } from '@/utils/export/obsidian-tag';

describe('escapeInline', () => {
  it('leaves everyday prose readable', () => {
    const prose = [
      'C# and F# run on .NET',
      '50% faster, a = b',
      'torch_compile and snake_case',
      'R&D at AT&T',
      'Emoji 🚀 עברית العربية',
    ];
    for (const line of prose) expect(escapeInline(line)).toBe(line);
  });

  it('escapes what Markdown or Obsidian would turn into markup', () => {
    expect(escapeInline('[[Note]] ![[embed]] #tag ^block %%comment%% ==mark== ~~gone~~')).toBe(
      '\\[\\[Note\\]\\] !\\[\\[embed\\]\\] \\#tag \\^block %\\%comment%\\% =\\=mark=\\= \\~\\~gone\\~\\~',
    );
    expect(escapeInline('<script>alert(1)</script> &lt;b&gt; *em* _em_ `code` $math$ | a \\')).toBe(
      '\\<script\\>alert(1)\\</script\\> \\&lt;b\\&gt; \\*em\\* \\_em\\_ \\`code\\` \\$math\\$ \\| a \\\\',
    );
  });

  it('escapes list, quote, heading and underline markers at the start of a line only', () => {
    expect(['- a', '+ b', '12. c', '3) d', '> e', '# f', '=', '---', 'x - y'].map(escapeInline)).toEqual([
      '\\- a',
      '\\+ b',
      '12\\. c',
      '3\\) d',
      '\\> e',
      '\\# f',
      '\\=',
      '\\---',
      'x - y',
    ]);
  });
});

describe('escapeBlock', () => {
  it('keeps lines, turns every kind of line break into one and blank runs into one paragraph break', () => {
    const text = '\n  one\r\ntwo\rthree\u2028four\u2029five\n\n\n\n    six   \n\n';
    expect(escapeBlock(text)).toEqual(['one', 'two', 'three', 'four', '', 'five', '', 'six']);
  });
});

describe('escapeBlock keeping links', () => {
  it('keeps the reader’s [[links]] and #tags live and escapes everything else', () => {
    expect(escapeBlock('See [[PyTorch Foundation|the foundation]] #todo #area/ml-infra', true)).toEqual([
      'See [[PyTorch Foundation|the foundation]] #todo #area/ml-infra',
    ]);
    expect(escapeBlock('#first then *stars* and <b>bold</b> %%hidden%%', true)).toEqual([
      `#first${escapeInline(' then *stars* and <b>bold</b> %%hidden%%')}`,
    ]);
    // An embed the reader typed is a link too.
    expect(escapeBlock('![[diagram.png]]', true)).toEqual(['![[diagram.png]]']);
  });

  it('leaves what is not a link or a tag escaped: C#, #2024, a link with markup', () => {
    expect(escapeBlock('C# is not a tag, nor is #2024', true)).toEqual(['C# is not a tag, nor is \\#2024']);
    expect(escapeBlock('[[<script>x</script>]]', true)).toEqual([escapeInline('[[<script>x</script>]]')]);
  });

  it('changes nothing unless asked', () => {
    expect(escapeBlock('[[Note]] #todo')).toEqual([escapeInline('[[Note]] #todo')]);
  });
});

describe('linkAddress', () => {
  it('encodes what would end or break a Markdown link', () => {
    expect(linkAddress('https://example.org/a b/(c)<d>\\e\n#:~:text=x')).toBe(
      'https://example.org/a%20b/%28c%29%3Cd%3E%5Ce%0A#:~:text=x',
    );
  });
});

describe('obsidianTag', () => {
  it('makes tags Obsidian accepts', () => {
    expect(obsidianTag('developer experience')).toBe('developer-experience');
    expect(obsidianTag('  open  source - ML ')).toBe('open-source-ML');
    expect(obsidianTag('nested//tag/')).toBe('nested/tag');
    expect(obsidianTag('C++')).toBe('C');
    expect(obsidianTag('2024')).toBe('_2024');
    expect(obsidianTag('עברית ועוד')).toBe('עברית-ועוד');
    expect(obsidianTag('<b>!</b>')).toBe('b/b');
    expect(obsidianTag('!!!')).toBeUndefined();
  });
});
