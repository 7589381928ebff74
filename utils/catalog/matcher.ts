import type { CatalogEntry } from './entry';

/** A mention of a catalog entry at [start, end) of a text. */
export interface Mention {
  entry: CatalogEntry;
  start: number;
  end: number;
}

// Words as names are written: "vLLM", "Node.js", "C++", "llama.cpp", "TensorRT-LLM"; "&" joins
// names such as "Weights & Biases". Apostrophes end a word, so "PyTorch’s" is PyTorch.
const TOKEN = /[\p{L}\p{N}]+(?:[.+#_-]+[\p{L}\p{N}]+)*[+#]*|&/gu;
const tokenize = (text: string) => [...text.matchAll(TOKEN)].map((match) => ({ word: match[0], start: match.index, end: match.index + match[0].length }));

const CONTEXT_WINDOW = 300;

/** Normalised form of a link for "does the article link to this project?". */
const linkKey = (url: string) => url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/+$/, '').toLowerCase();

/**
 * Finds catalog entries in a text in one pass over its words: each word looks up the names that
 * begin with it (exact case), longest name first. Ambiguous names count only with one of their
 * context words nearby, or when the article links to the project.
 */
export function createMatcher(entries: readonly CatalogEntry[]) {
  const byFirstWord = new Map<string, Array<{ words: string[]; entry: CatalogEntry }>>();
  for (const entry of entries) {
    for (const name of [entry.name, ...entry.aliases]) {
      const words = tokenize(name).map((token) => token.word);
      if (!words.length) continue;
      const list = byFirstWord.get(words[0]!) ?? [];
      list.push({ words, entry });
      byFirstWord.set(words[0]!, list);
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);

  return (text: string, links: readonly string[] = []): Mention[] => {
    const linked = links.map(linkKey);
    const isLinked = (entry: CatalogEntry) =>
      [entry.homepage, entry.repository].some((url) => url && linked.some((link) => link.startsWith(linkKey(url))));
    const lower = text.toLowerCase();
    const hasContext = (entry: CatalogEntry, start: number) => {
      const window = lower.slice(Math.max(0, start - CONTEXT_WINDOW), start + CONTEXT_WINDOW);
      return (entry.context ?? []).some((word) => new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(window));
    };
    const tokens = tokenize(text);
    const mentions: Mention[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const candidates = byFirstWord.get(tokens[i]!.word);
      if (!candidates) continue;
      // Every word in place, with only spaces between them (not "PyTorch. Foundation").
      const found = candidates.find(({ words }) =>
        words.every((word, k) => tokens[i + k]?.word === word && (k === 0 || /^ +$/.test(text.slice(tokens[i + k - 1]!.end, tokens[i + k]!.start)))),
      );
      if (!found) continue;
      const last = tokens[i + found.words.length - 1]!;
      if (!found.entry.ambiguous || isLinked(found.entry) || hasContext(found.entry, tokens[i]!.start)) {
        mentions.push({ entry: found.entry, start: tokens[i]!.start, end: last.end });
      }
      i += found.words.length - 1;
    }
    return mentions;
  };
}
