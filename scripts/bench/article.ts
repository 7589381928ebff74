/** A deterministic synthetic article: paragraphs of pseudo-words, so runs are comparable. */

/** mulberry32: a small seeded PRNG. */
export function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = 'ka lo mi ne ru sa ti vo pe da gu ri to ma ne li so fa ze bo'.split(' ');

/** Paragraph texts adding up to about `chars` characters. */
export function paragraphs(chars: number, random: () => number): string[] {
  const word = () =>
    Array.from({ length: 1 + Math.floor(random() * 4) }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join(
      '',
    );
  const out: string[] = [];
  let total = 0;
  while (total < chars) {
    const sentences = Array.from({ length: 3 + Math.floor(random() * 5) }, () => {
      const words = Array.from({ length: 8 + Math.floor(random() * 14) }, word);
      return `${words.join(' ')}.`.replace(/^./, (c) => c.toUpperCase());
    });
    const text = sentences.join(' ');
    out.push(text);
    total += text.length + 1;
  }
  return out;
}
