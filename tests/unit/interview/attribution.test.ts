import { describe, expect, it } from 'vitest';
import { reportOf } from './report-of';

/** A panel write-up by its moderator, who signs it. */
const PANEL = `<head><title>What I heard moderating the compiler panel</title>
  <meta name="author" content="Nora Castellanos"></head><body><article>
  <p>The panel brought together Lucía Benítez, a compiler engineer at Aster Silicon, and Farid Nassar, a principal engineer at Corvid AI.</p>
  <p>I opened with the obvious question. “Is CUDA still the moat, or just the default?” I asked.</p>
  <p>“It is both, and that is the problem,” Nassar said.</p>
  <p>When I asked whether Triton delivered on portability, Benítez gave the longest answer of the day.</p>
  <p>“Mostly, with an asterisk. The language is portable. The performance is not, not automatically.”</p>
  <p>The room got its turn near the end. One audience member asked, “Why should I learn CUDA at all?”</p>
  <p>“Because someone has to write the kernels,” Nassar said.</p>
</article></body>`;

describe('who said a quote in a narrative write-up', () => {
  const said = () => reportOf(PANEL).quotes.map((quote) => [quote.text.slice(0, 24), quote.speaker]);

  it('gives “…?” I asked to the writer the byline names', () => {
    expect(said()[0]).toEqual(['Is CUDA still the moat, ', 'Nora Castellanos']);
  });

  it('gives a quote that opens a paragraph to the one person the sentence before names', () => {
    expect(said()[2]).toEqual(['Mostly, with an asterisk', 'Lucía Benítez']);
  });

  it('gives a question from someone unnamed in the audience to nobody, not to the last speaker', () => {
    expect(said().slice(3)).toEqual([
      ['Why should I learn CUDA ', null],
      ['Because someone has to w', 'Farid Nassar'],
    ]);
  });
});

describe('a pull quote before the body', () => {
  it('is dropped when only the sentence before it gave it a speaker and the body quotes it in full', () => {
    const report = reportOf(`<body><article>
      <p>Our guest this week is Jana Roth, a platform engineer at Kiebitz Labs.</p>
      <p>“We ship every week, whatever happens.”</p>
      <p>“We ship every week, whatever happens. Nobody waits for a release train,” Roth said.</p>
    </article></body>`);
    expect(report.quotes.map((quote) => [quote.text.slice(0, 20), quote.speaker])).toEqual([
      ['We ship every week, ', 'Jana Roth'],
    ]);
  });
});

describe('a pronoun after a newly named person', () => {
  it('skips the person whose own appositive uses that pronoun for someone else', () => {
    const report = reportOf(`<body><article>
      <p>When I met her in Lisbon, Inês Calado, the creator of Quillstone, had just shipped version 2.</p>
      <p>The first version was built with Pavel Orlov, a backend engineer she had met in Porto. “Pavel wrote the parts that are correct,” she says.</p>
    </article></body>`);
    expect(report.quotes.map((quote) => quote.speaker)).toEqual(['Inês Calado']);
  });
});

describe('readings that must not overreach', () => {
  const speakers = (html: string) => reportOf(html).quotes.map((quote) => quote.speaker);

  it('does not give a quote to the person the sentence before names when its own words name another speaker', () => {
    expect(
      speakers(`<body><article><p>Prosecutors charged John Harlow, a senior engineer at the plant.</p>
        <p>“We are heartbroken and will cooperate fully,” the company said in a statement.</p></article></body>`),
    ).toEqual([null]);
  });

  it('gives the writer only their own question, not a quote a named speaker leads into', () => {
    expect(
      speakers(`<head><meta name="author" content="Sam Reyes"></head><body><article>
        <p>Linda Price said: “This is a dark day for the city.” I asked whether the plant would reopen.</p>
      </article></body>`),
    ).toEqual(['Linda Price']);
  });

  it('keeps a pronoun with the person whose own clause it is in (“a manager who says she…”)', () => {
    expect(
      speakers(`<body><article><p>Mayor Linda Price visited the plant on Monday.</p>
        <p>Maria Lopez, a shift manager who says she has worked there for years, was at the gate. “We knew the risks,” she said.</p>
      </article></body>`),
    ).toEqual(['Maria Lopez']);
  });
});
