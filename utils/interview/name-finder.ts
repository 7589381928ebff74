const LETTER = /\p{L}/u;

/** A name found in a text: it stands at [at, at + name.length). */
export interface NameHit {
  at: number;
  name: string;
}

/** ASCII letters by character code: most characters of most pages, tested without a regex. */
const ASCII_LETTER = new Uint8Array(128).map((_, code) => (/[A-Za-z]/.test(String.fromCharCode(code)) ? 1 : 0));

const isLetterAt = (text: string, at: number): boolean => {
  const code = text.charCodeAt(at); // NaN outside the text
  return code < 128 ? ASCII_LETTER[code] === 1 : code >= 128 && LETTER.test(text[at]!);
};

/**
 * What a name is filed under: its first run of letters ("Luca" for "Luca Antiga", "O" for
 * "O'Brien"), else its first character ("_" for "_dan"). Letters as the text is read: one UTF-16
 * unit at a time, as the lens has always told a word's edge.
 */
function leadOf(name: string): string {
  let end = 0;
  while (end < name.length && isLetterAt(name, end)) end++;
  return name.slice(0, end || 1);
}

/**
 * Names filed by their first word, so that one pass over a text finds all of them: a page may name
 * thousands of people, and a search per name would read the text once per name. A name counts
 * where no letter touches it on either side (whole words: "Ann" is not found in "Anne").
 */
export class NameFinder {
  /**
   * Names by their first word, then by their length: at a word, each length is one slice of the
   * text looked up, however many names share the word ("Maria …" ten thousand times).
   */
  private readonly byLead = new Map<string, Map<number, Set<string>>>();
  /** How many leads begin with each character code. */
  private readonly leadStarts = new Map<number, number>();
  /** How many names begin with something other than a letter ("_dan", "2Pac"): only they are looked for between words. */
  private unlettered = 0;

  constructor(names: Iterable<string> = []) {
    for (const name of names) this.add(name);
  }

  add(name: string): void {
    if (!name) return;
    const lead = leadOf(name);
    let lengths = this.byLead.get(lead);
    if (!lengths) {
      this.byLead.set(lead, (lengths = new Map()));
      this.countLead(lead, 1);
    }
    const names = lengths.get(name.length) ?? new Set();
    if (names.has(name)) return;
    lengths.set(name.length, names.add(name));
    if (!isLetterAt(name, 0)) this.unlettered++;
  }

  delete(name: string): void {
    const lead = leadOf(name);
    const lengths = this.byLead.get(lead);
    const names = lengths?.get(name.length);
    if (!lengths || !names?.delete(name)) return;
    if (!names.size) lengths.delete(name.length);
    if (!lengths.size) {
      this.byLead.delete(lead);
      this.countLead(lead, -1);
    }
    if (!isLetterAt(name, 0)) this.unlettered--;
  }

  private countLead(lead: string, change: number): void {
    const code = lead.charCodeAt(0);
    const count = (this.leadStarts.get(code) ?? 0) + change;
    if (count) this.leadStarts.set(code, count);
    else this.leadStarts.delete(code);
  }

  /**
   * Every whole-word place of every name that starts in [from, to) of `text` (a name may run past
   * `to`, so a text read in pieces loses nothing at the cuts), in text order.
   */
  find(text: string, from = 0, to = text.length): NameHit[] {
    const hits: NameHit[] = [];
    let k = from;
    while (k < to && isLetterAt(text, k - 1) && isLetterAt(text, k)) k++; // the tail of a word cut at `from`
    while (k < to) {
      if (!isLetterAt(text, k)) {
        if (this.unlettered && !isLetterAt(text, k - 1)) this.lookAt(text, k, text[k]!, hits);
        k++;
        continue;
      }
      let end = k + 1;
      while (end < text.length && isLetterAt(text, end)) end++;
      // Words no name begins with are passed over without being cut out of the text.
      if (this.leadStarts.has(text.charCodeAt(k))) this.lookAt(text, k, text.slice(k, end), hits);
      k = end;
    }
    return hits;
  }

  private lookAt(text: string, at: number, lead: string, hits: NameHit[]): void {
    for (const [length, names] of this.byLead.get(lead) ?? []) {
      const name = text.slice(at, at + length);
      if (names.has(name) && !isLetterAt(text, at + length)) hits.push({ at, name });
    }
  }
}
