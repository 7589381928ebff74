import { MAX_TAG } from '../messages/limits';

/** Tags from what the reader typed: comma-separated, trimmed, without empties or repeats. */
export function parseTags(typed: string): string[] {
  const tags = typed
    .split(/[,\n]/)
    .map((tag) => tag.trim().slice(0, MAX_TAG))
    .filter(Boolean);
  return [...new Set(tags)];
}
