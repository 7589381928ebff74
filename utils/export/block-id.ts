/**
 * Obsidian block ids (`^hl-xxxxxx`) for highlights, derived from the highlight id alone so every
 * export gives a highlight the same id and links into the note keep working after a re-export.
 */
import type { HighlightRecord } from '../db/records';

const ID_SPACE = 36 ** 6;

/** 32-bit FNV-1a, then a final mix so ids that differ only at the end still spread over all bits. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const hashId = (key: string) => `hl-${(hash(key) % ID_SPACE).toString(36).padStart(6, '0')}`;

/**
 * Block id of each highlight of one note. Two highlights rarely hash alike; when they do, the older
 * one keeps the plain id and the newer is rehashed, so existing links stay put.
 */
export function blockIds(highlights: readonly HighlightRecord[]): Map<string, string> {
  const byAge = [...highlights].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const taken = new Set<string>();
  const ids = new Map<string, string>();
  for (const highlight of byAge) {
    let id = hashId(highlight.id);
    for (let attempt = 1; taken.has(id); attempt++) id = hashId(`${highlight.id}#${attempt}`);
    taken.add(id);
    ids.set(highlight.id, id);
  }
  return ids;
}
