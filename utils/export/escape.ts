/**
 * Text to Markdown that Obsidian (and CommonMark) renders literally: saved quotes and notes must
 * never turn into links, tags, comments, block ids, HTML or lists.
 */

/** One line per line of text, whatever the page or the reader used to break lines. */
function textLines(text: string): string[] {
  return (
    text
      .replace(/\r\n?|[\u000b\u000c\u0085\u2028]/g, '\n')
      .replace(/\u2029/g, '\n\n')
      // Other control characters have no visible meaning and could corrupt the file.
      .replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g, '')
      .replace(/\t/g, ' ')
      .split('\n')
  );
}

export const collapseWhitespace = (text: string): string => text.replace(/\s+/g, ' ').trim();

const isAlphanumeric = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * Escapes one line. Markup characters get a backslash, except a few that are markup only in
 * company, so prose such as "C#", "50%", "a = b", "snake_case" or "R&D" stays readable: `_` inside a
 * word (CommonMark ignores it there), `#` after a letter or digit (neither tag nor heading), `%` and
 * `=` unless doubled (Obsidian comments and highlights), `&` unless it spells an entity.
 */
export function escapeInline(line: string): string {
  const escaped = line.replace(/[\\`*[\]<>|~^$#_%=]|&(?=#?[a-z0-9]+;)/gi, (c, at: number) => {
    const before = line[at - 1];
    if (c === '_' && isAlphanumeric(before) && isAlphanumeric(line[at + 1])) return c;
    if (c === '#' && isAlphanumeric(before)) return c;
    if (c === '%' && before !== '%') return c;
    // A lone `=` at the start of a line would underline the line above into a heading.
    if (c === '=' && before !== '=' && at > 0) return c;
    return `\\${c}`;
  });
  // List markers and setext underlines only count at the start of a line.
  return escaped.replace(/^([-+])|^(\d+)([.)])/, (_, bullet: string | undefined, digits: string, mark: string) =>
    bullet ? `\\${bullet}` : `${digits}\\${mark}`,
  );
}

/**
 * Obsidian's wikilinks (`[[Note]]`, `[[Note#Heading|shown]]`) and tags (`#topic`, `#area/sub`, at
 * the start of a line or after a space, not only digits), as a reader types them in a note.
 */
const LIVE_MARKUP = /(\[\[[^[\]\n<>]+\]\]|(?<=^|\s)#(?!\p{N}+(?![\p{L}\p{M}\p{N}_\-/]))[\p{L}\p{M}\p{N}_\-/]+)/u;

/** A line escaped except for the wikilinks and tags in it, which stay live. */
function escapeKeepingLinks(line: string): string {
  return line
    .split(LIVE_MARKUP)
    .map((part, k) => (k % 2 ? part : part && escapeInline(part)))
    .join('');
}

/**
 * Escaped lines of a multi-line text: leading spaces dropped (they would make code blocks),
 * trailing spaces dropped (hard breaks), runs of blank lines kept as one paragraph break.
 * `keepLinks`: the reader's `[[links]]` and `#tags` stay live (everything else is still escaped).
 */
export function escapeBlock(text: string, keepLinks = false): string[] {
  const lines: string[] = [];
  for (const raw of textLines(text)) {
    const line = raw.trim();
    if (line) lines.push(keepLinks ? escapeKeepingLinks(line) : escapeInline(line));
    else if (lines.length && lines[lines.length - 1] !== '') lines.push('');
  }
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

const percentEncoded = (c: string) => {
  const code = c.charCodeAt(0);
  return code < 0x80 ? `%${code.toString(16).toUpperCase().padStart(2, '0')}` : encodeURIComponent(c);
};

/**
 * An address safe inside `[text](<address>)`: characters that would end the link, or that some
 * Markdown readers stop at, are percent-encoded.
 */
export const linkAddress = (url: string): string => url.replace(/[\s<>()\\\u0000-\u001f\u007f]/g, percentEncoded);
