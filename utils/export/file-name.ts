/**
 * Note file names from article titles: safe on Windows, macOS and Linux, linkable from Obsidian,
 * and stable across re-exports so a new export overwrites the notes of the last one.
 */

const MAX_GRAPHEMES = 80;
/** Room for " (NNN).md" within the 255-byte name limit of common file systems. */
const MAX_BYTES = 200;
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)$/i;

const encoder = new TextEncoder();
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * A file name stem, or '' when nothing usable is left. Characters file systems forbid, and `#^[]`
 * that Obsidian links cannot hold, become spaces, so "AC/DC" reads "AC DC" rather than "ACDC".
 */
export function fileStem(title: string): string {
  const cleaned = title
    .normalize('NFC')
    .replace(/[/\\:*?"<>|#^[\]\p{Cc}\p{Zl}\p{Zp}]/gu, ' ')
    // Direction overrides could make a name display differently from what it is.
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  let stem = '';
  let count = 0;
  let bytes = 0;
  for (const { segment } of graphemes.segment(cleaned)) {
    const size = encoder.encode(segment).length;
    if (count === MAX_GRAPHEMES || bytes + size > MAX_BYTES) {
      // A shortened title ends on a whole word, unless that would lose most of it.
      const lastSpace = stem.lastIndexOf(' ');
      if (segment !== ' ' && lastSpace > stem.length / 2) stem = stem.slice(0, lastSpace);
      break;
    }
    stem += segment;
    count++;
    bytes += size;
  }
  // Leading dots hide files; trailing dots and spaces are dropped by Windows.
  stem = stem.replace(/^[.\s]+|[.\s]+$/g, '');
  return WINDOWS_RESERVED.test(stem) ? `${stem}_` : stem;
}

/**
 * Unique `.md` names, one per stem in order, " (2)", " (3)"… added to repeats. Names are compared
 * without case, as macOS and Windows do.
 */
export function uniqueNames(stems: readonly string[]): string[] {
  const taken = new Set<string>();
  return stems.map((stem) => {
    let name = `${stem}.md`;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem} (${n}).md`;
    taken.add(name.toLowerCase());
    return name;
  });
}

/** The file name stem of an article's note: its title, else its site, else "Untitled". */
export const noteStem = (article: { title: string; site: string }): string =>
  fileStem(article.title) || fileStem(article.site) || 'Untitled';
