/**
 * A saved tag as an Obsidian tag. Obsidian tags hold letters, digits, `_`, `-` and `/` (nesting),
 * no spaces, and at least one character that is not a digit.
 */
export function obsidianTag(tag: string): string | undefined {
  const cleaned = tag
    .normalize('NFC')
    .trim()
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{M}\p{N}_\-/]/gu, '')
    .replace(/-{2,}/g, '-')
    .replace(/\/{2,}/g, '/')
    .replace(/^[-/]+|[-/]+$/g, '');
  if (!cleaned) return undefined;
  // "2024" is not a tag to Obsidian; "_2024" is, and still sorts and reads as the year.
  return /^\p{N}+$/u.test(cleaned) ? `_${cleaned}` : cleaned;
}

/** Distinct Obsidian tags of several saved tags, in first-seen order. */
export const obsidianTags = (tags: Iterable<string>): string[] => {
  const out = new Set<string>();
  for (const tag of tags) {
    const converted = obsidianTag(tag);
    if (converted) out.add(converted);
  }
  return [...out];
};
