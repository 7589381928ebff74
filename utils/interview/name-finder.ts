const LETTER = /\p{L}/u;
const LETTER_RUNS = /\p{L}+/gu;
const LEADING_LETTERS = /^\p{L}+/u;

/** A name found in a text: it stands at [at, at + name.length). */
export interface NameHit {
  at: number;
  name: string;
}

/** What a name is filed under: its first run of letters ("Luca" for "Luca Antiga", "O" for "O'Brien"), else its first character ("_" for "_dan"). */
const leadOf = (name: string): string => name.match(LEADING_LETTERS)?.[0] ?? name[0]!;

const isLetterAt = (text: string, at: number): boolean => at >= 0 && at < text.length && LETTER.test(text[at]!);

/**
 * Names filed by their first word, so that one pass over a text finds all of them: a page may name
 * thousands of people, and a search per name would read the text once per name. A name counts
 * where no letter touches it on either side (whole words: "Ann" is not found in "Anne").
 */
export class NameFinder {
  private readonly byLead = new Map<string, Set<string>>();
  /** How many names begin with something other than a letter ("_dan", "2Pac"): only they are looked for between words. */
  private unlettered = 0;

  constructor(names: Iterable<string> = []) {
    for (const name of names) this.add(name);
  }

  add(name: string): void {
    if (!name) return;
    const lead = leadOf(name);
    const names = this.byLead.get(lead) ?? new Set();
    if (names.has(name)) return;
    names.add(name);
    this.byLead.set(lead, names);
    if (!LETTER.test(name[0]!)) this.unlettered++;
  }

  delete(name: string): void {
    const lead = leadOf(name);
    const names = this.byLead.get(lead);
    if (!names?.delete(name)) return;
    if (!names.size) this.byLead.delete(lead);
    if (!LETTER.test(name[0]!)) this.unlettered--;
  }

  /**
   * Every whole-word place of every name that starts in [from, to) of `text` (a name may run past
   * `to`, so a text read in pieces loses nothing at the cuts), in text order.
   */
  find(text: string, from = 0, to = text.length): NameHit[] {
    const hits: NameHit[] = [];
    const at = (start: number, lead: string) => {
      for (const name of this.byLead.get(lead) ?? []) {
        if (text.startsWith(name, start) && !isLetterAt(text, start + name.length)) hits.push({ at: start, name });
      }
    };
    let gapFrom = from;
    const gap = (end: number) => {
      if (!this.unlettered) return;
      for (let k = gapFrom; k < end; k++) if (!isLetterAt(text, k - 1)) at(k, text[k]!);
    };
    LETTER_RUNS.lastIndex = from;
    for (let run = LETTER_RUNS.exec(text); run && run.index < to; run = LETTER_RUNS.exec(text)) {
      gap(run.index);
      gapFrom = run.index + run[0].length;
      if (!isLetterAt(text, run.index - 1)) at(run.index, run[0]); // not the tail of a word cut at `from`
    }
    gap(Math.min(to, text.length));
    return hits;
  }
}
