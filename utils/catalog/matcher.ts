import { finish, type Steps } from '../pace/steps';
import type { CatalogEntry } from './schema';

/** A mention of a catalog entry at [start, end) of a text. */
export interface Mention {
  entry: CatalogEntry;
  start: number;
  end: number;
}

// Words as names are written: "vLLM", "Node.js", "C++", "llama.cpp", "TensorRT-LLM"; "&" joins
// names such as "Weights & Biases". Apostrophes end a word, so "PyTorch’s" is PyTorch.
const WORD = String.raw`[\p{L}\p{N}]+(?:[.+#_-]+[\p{L}\p{N}]+)*[+#]*|&`;
const TOKEN = new RegExp(WORD, 'gu');
/** A character that would continue a word (so "PyTorch Foundations" is not "PyTorch Foundation"). */
const WORD_CHAR = /[\p{L}\p{N}]/u;
const tokenize = (text: string) => [...text.matchAll(TOKEN)].map((match) => match[0]);

/** ASCII letters and digits, by character code: a table read beats three comparisons per character. */
const ASCII_WORD = new Uint8Array(128);
for (let code = 0; code < 128; code++) ASCII_WORD[code] = /[A-Za-z0-9]/.test(String.fromCharCode(code)) ? 1 : 0;

/** Whether text[i] is a letter or digit (ASCII answered without building a string). */
function isWordAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return ASCII_WORD[code] === 1;
  // General punctuation (curly quotes, dashes: frequent in articles) holds no letter or digit.
  if (code >= 0x2000 && code <= 0x206f) return false;
  return WORD_CHAR.test(text[i]!);
}
/** . + # _ - join the parts of names such as "Node.js", "C++", "scikit-learn". */
const isJoiner = (code: number) => code === 46 || code === 43 || code === 35 || code === 95 || code === 45;
/**
 * A word's shape: its first and last characters and its length, hashed into a 16-bit slot. Most
 * words of an article share no slot with any name's first word, so they are never sliced.
 */
const SHAPE_SLOTS = 1 << 16;
const shapeOf = (first: number, last: number, length: number) => (first * 961 + last * 31 + length) & (SHAPE_SLOTS - 1);

/**
 * End of the word starting at `at` (as TOKEN reads words), or `at` when none starts there. Hand-written:
 * the matcher reads every word of long articles, and a regex match per word costs too much.
 */
function wordEnd(text: string, at: number): number {
  if (text.charCodeAt(at) === 38) return at + 1; // "&" as in "Weights & Biases"
  if (!isWordAt(text, at) || (at > 0 && isWordAt(text, at - 1))) return at;
  let end = at;
  for (;;) {
    while (end < text.length && isWordAt(text, end)) end++;
    let joiner = end;
    while (joiner < text.length && isJoiner(text.charCodeAt(joiner))) joiner++;
    if (joiner > end && joiner < text.length && isWordAt(text, joiner)) end = joiner;
    else break;
  }
  while (end < text.length && (text.charCodeAt(end) === 43 || text.charCodeAt(end) === 35)) end++; // + #
  return end;
}

const CONTEXT_WINDOW = 300;
/** A capital or a digit: a word written as a name ("iPhone", "Ray", "k3s"). */
const CAPITAL_OR_DIGIT = /[\p{Lu}\d]/u;

/** Normalised form of a link for "does the article link to this project?". */
const linkKey = (url: string) =>
  url
    .replace(/^https?:\/\/(www\.)?/, '')
    .replace(/\/+$/, '')
    .toLowerCase();

/**
 * Finds catalog entries in a text in one pass over its words: each word looks up the names that
 * begin with it (exact case), longest name first. Ambiguous names count only with one of their
 * context words nearby, or when the article links to the project. `match.steps` reads the text in
 * steps, for pages long enough to make one pass a long task.
 */
export function createMatcher(entries: readonly CatalogEntry[]) {
  const byFirstWord = new Map<string, Array<{ words: string[]; entry: CatalogEntry }>>();
  // Built when an ambiguous name is first met: most pages meet a handful of the catalog's entries.
  const contextOf = new Map<CatalogEntry, RegExp | null>();
  const contextPattern = (entry: CatalogEntry): RegExp | null => {
    let pattern = contextOf.get(entry);
    if (pattern === undefined) {
      // Plurals count too: "clusters" is a context word "cluster".
      const words = entry.context?.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      pattern = words?.length ? new RegExp(`\\b(?:${words.join('|')})(?:s|es)?\\b`) : null;
      contextOf.set(entry, pattern);
    }
    return pattern;
  };
  for (const entry of entries) {
    for (const name of [entry.name, ...entry.aliases]) {
      const words = tokenize(name);
      if (!words.length) continue;
      const list = byFirstWord.get(words[0]!) ?? [];
      list.push({ words, entry });
      byFirstWord.set(words[0]!, list);
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  const longestFirstWord = Math.max(0, ...[...byFirstWord.keys()].map((word) => word.length));
  /** Shapes of every name's first word: a cheap test before slicing a word. */
  const firstWordShapes = new Uint8Array(SHAPE_SLOTS);
  for (const word of byFirstWord.keys())
    firstWordShapes[shapeOf(word.charCodeAt(0), word.charCodeAt(word.length - 1), word.length)] = 1;
  const byLink = new Map<string, CatalogEntry[]>();
  for (const entry of entries) {
    for (const url of [entry.homepage, entry.repository]) {
      if (!url) continue;
      const key = linkKey(url);
      const list = byLink.get(key);
      if (list) list.push(entry);
      else byLink.set(key, [entry]);
    }
  }

  /** Entries whose homepage or repository the links point into (any path below it counts). */
  const linkedEntries = (links: readonly string[]) => {
    const found = new Set<CatalogEntry>();
    for (const link of new Set(links.map(linkKey))) {
      const parts = link.split('/');
      for (let n = 1; n <= parts.length; n++)
        for (const entry of byLink.get(parts.slice(0, n).join('/')) ?? []) found.add(entry);
    }
    return found;
  };

  function* steps(text: string, links: readonly string[] = []): Steps<Mention[]> {
    const linked = linkedEntries(links);
    const isLinked = (entry: CatalogEntry) => linked.has(entry);
    // Where a context word was last seen for each entry: later mentions near it need no new search.
    const seenContext = new Map<CatalogEntry, number>();
    const hasContext = (entry: CatalogEntry, start: number) => {
      const seen = seenContext.get(entry);
      if (seen !== undefined && Math.abs(start - seen) <= CONTEXT_WINDOW) return true;
      const from = Math.max(0, start - CONTEXT_WINDOW);
      // Only the window is lower-cased: the whole text at once is a long task on a huge page.
      const found = contextPattern(entry)?.exec(text.slice(from, start + CONTEXT_WINDOW).toLowerCase());
      if (found) seenContext.set(entry, from + found.index);
      return found != null;
    };
    /**
     * End offset of `words` when they follow each other from `start`, separated by spaces ("&" may
     * also stand without them: "AT&T", "W&B").
     */
    const matchAt = (words: string[], start: number): number => {
      let end = start + words[0]!.length;
      for (let k = 1; k < words.length; k++) {
        let at = end;
        while (text.charCodeAt(at) === 32) at++;
        const word = words[k]!;
        const joined = at > end || word === '&' || words[k - 1] === '&';
        if (!joined || !text.startsWith(word, at)) return -1;
        if (word !== '&' && (k < words.length - 1 ? isWordAt(text, at + word.length) : !endsName(at + word.length)))
          return -1;
        end = at + word.length;
      }
      return end;
    };
    /**
     * Whether a name's last word may end here: at a word's end, or before a plural or genitive "s"
     * ("des Chaos Computer Clubs"), unless a capital follows ("Google Meets EU" is a headline).
     */
    const endsName = (after: number) =>
      after >= text.length ||
      !isWordAt(text, after) ||
      (text.charCodeAt(after) === 115 &&
        (after + 1 >= text.length || !isWordAt(text, after + 1)) &&
        !/^\s*\p{Lu}/u.test(text.slice(after + 1, after + 4)));
    /**
     * The longest name that starts with the word at [at, end), if any: the word itself, the word
     * without a plural or genitive "s" ("iPhones"), or the part before a hyphen of a compound
     * ("YouTube-Video", "Kubernetes-native").
     */
    const nameAt = (at: number, end: number): { entry: CatalogEntry; nameEnd: number } | undefined => {
      const found = nameStartingWith(at, end, true);
      if (found) return found;
      // Only names written with a capital or digit inside ("iPhones", "GPUs"): "Canvas" is not two Canvas.
      if (end - at > 2 && text.charCodeAt(end - 1) === 115 && CAPITAL_OR_DIGIT.test(text.slice(at + 1, end - 1))) {
        const plural = nameStartingWith(at, end - 1, false);
        if (plural) return plural;
      }
      // Only as far as the longest first word of a name: a page may hold one endless compound.
      for (let hyphen = Math.min(end - 1, at + longestFirstWord); hyphen > at; hyphen--) {
        if (text.charCodeAt(hyphen) !== 45) continue;
        const part = nameStartingWith(at, hyphen, true, false);
        if (part) return part;
      }
      return undefined;
    };
    /**
     * The longest name whose first word is [at, stop). `longer`: names of several words too;
     * `ambiguous`: names that are also words ("Go-Live" and "Zoom-Objektiv" are not Go and Zoom).
     */
    const nameStartingWith = (at: number, stop: number, longer: boolean, ambiguous = true) => {
      if (firstWordShapes[shapeOf(text.charCodeAt(at), text.charCodeAt(stop - 1), stop - at)] !== 1) return undefined;
      for (const { words, entry } of byFirstWord.get(text.slice(at, stop)) ?? []) {
        if (!ambiguous && entry.ambiguous) continue;
        if (!longer && words.length > 1) continue; // a plural "s" ends a one-word name; longer names check their last word
        const nameEnd = matchAt(words, at);
        if (nameEnd >= 0) return { entry, nameEnd };
      }
      return undefined;
    };
    const mentions: Mention[] = [];
    /** Ambiguous names without context: they count when listed with another project ("Puppet and CoreOS"). */
    const pending: Mention[] = [];
    // One pass over the words; a word becomes a string only when some name could start with it.
    for (let at = 0, pauseAt = CHARS_PER_STEP; at < text.length; ) {
      if (at >= pauseAt) {
        pauseAt = at + CHARS_PER_STEP;
        yield;
      }
      const code = text.charCodeAt(at);
      // Spaces and punctuation, most of any text, are stepped over without a call.
      if (code < 128 && ASCII_WORD[code] === 0 && code !== 38) {
        at++;
        continue;
      }
      const end = wordEnd(text, at);
      if (end === at) {
        at++;
        continue;
      }
      const found = nameAt(at, end);
      if (found) {
        const { entry, nameEnd } = found;
        if (!entry.ambiguous || isLinked(entry) || hasContext(entry, at))
          mentions.push({ entry, start: at, end: nameEnd });
        // Written as a name (not "a kind of"), and not the start of a longer one ("Ray Kurzweil" is someone).
        else if (CAPITAL_OR_DIGIT.test(text.slice(at, nameEnd)) && !/^\s\p{Lu}/u.test(text.slice(nameEnd, nameEnd + 2)))
          pending.push({ entry, start: at, end: nameEnd });
      }
      // The longest name found here is the mention; go on after it, or after the whole compound it begins.
      at = found && found.nameEnd > end ? found.nameEnd : end;
    }
    return asShortForms(text, pending.length ? withListed(text, mentions, pending) : mentions);
  }
  return Object.assign((text: string, links: readonly string[] = []): Mention[] => finish(steps(text, links)), {
    steps,
  });
}

/** How many characters the matcher reads between pauses. */
const CHARS_PER_STEP = 4096;

/** What stands between two names of one list: "Puppet and CoreOS", "Eleventy or Astro", "Ray, Dask". */
const LIST_JOINER = /^\s*(?:,\s*(?:and|or|und|oder|et|ou)?|and|or|und|oder|et|ou|&|\/)\s*$/;

/** Confirms ambiguous mentions listed with another project's name, and merges them in text order. */
function withListed(text: string, mentions: Mention[], pending: readonly Mention[]): Mention[] {
  // In text order, a list's names are neighbours: each candidate is compared with the names beside it only.
  const all = [...mentions, ...pending].sort((a, b) => a.start - b.start);
  const waiting = new Set(pending);
  const listed = all.filter((candidate, k) => {
    if (!waiting.has(candidate)) return false;
    const before = all[k - 1];
    const after = all[k + 1];
    return (
      (before !== undefined && LIST_JOINER.test(text.slice(before.end, candidate.start))) ||
      (after !== undefined && LIST_JOINER.test(text.slice(candidate.end, after.start)))
    );
  });
  return listed.length ? [...mentions, ...listed].sort((a, b) => a.start - b.start) : mentions;
}

/**
 * A name said again in short: after "AWS Lambda", a bare "Lambda" is AWS Lambda, not the ambiguous
 * Lambda Labs. An ambiguous mention that ends a name mentioned before becomes that entry.
 */
function asShortForms(text: string, mentions: Mention[]): Mention[] {
  const endings = new Map<string, CatalogEntry>(); // the last words of each longer name said so far
  return mentions.map((mention) => {
    const said = text.slice(mention.start, mention.end);
    const longer = mention.entry.ambiguous ? endings.get(said) : undefined;
    const words = said.split(' ');
    for (let k = 1; k < words.length; k++) endings.set(words.slice(k).join(' '), mention.entry);
    return longer && longer !== mention.entry ? { ...mention, entry: longer } : mention;
  });
}
