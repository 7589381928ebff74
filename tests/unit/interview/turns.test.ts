import { describe, expect, it } from 'vitest';
import { reportOf } from './report-of';

describe('questions set apart in bold', () => {
  it('keep a lead-in that looks like a label (“Zum Schluss:”) as part of the question, whose answer follows', () => {
    const report = reportOf(`<head><title>Kiebitz-Gründer Jonas Berg im Interview</title></head><body><article>
      <p>Im Interview spricht Jonas Berg, Gründer von Kiebitz Labs, über Rechenzentren.</p>
      <p><strong>Herr Berg, was macht Kiebitz Labs?</strong></p>
      <p>Wir betreiben Clouds für den Mittelstand, in eigenen Rechenzentren.</p>
      <p><strong>Warum nicht bei den großen Anbietern?</strong></p>
      <p>Weil unsere Kunden wissen wollen, wo ihre Daten liegen.</p>
      <p><strong>Technisch gefragt: Warum OpenStack? Viele halten es für veraltet.</strong></p>
      <p>Das höre ich oft. Es ist ausgereift, und das zählt für uns.</p>
      <p><strong>Zum Schluss: Welches Buch sollte man gelesen haben?</strong></p>
      <p>Ein Buch über Betrieb, nicht über Architektur.</p>
    </article></body>`);
    expect(report.quotes.slice(-4).map((quote) => [quote.text, quote.speaker])).toEqual([
      ['Technisch gefragt: Warum OpenStack? Viele halten es für veraltet.', null],
      ['Das höre ich oft. Es ist ausgereift, und das zählt für uns.', 'Jonas Berg'],
      ['Zum Schluss: Welches Buch sollte man gelesen haben?', null],
      ['Ein Buch über Betrieb, nicht über Architektur.', 'Jonas Berg'],
    ]);
  });
});

describe('questions set as headings', () => {
  it('take a heading that asks without a question mark, and not a pull quote or an embedded README', () => {
    const report =
      reportOf(`<head><title>Dev chat: Sunniva Dahl</title><meta name="author" content="Kwame Asante"></head><body><article>
      <p>I talked with Sunniva Dahl, the creator of Brisk, over a video call.</p>
      <div class="ltag-github-readme-tag"><h3>Why another router?</h3><p>Most routers are written for one runtime.</p></div>
      <h3>How did Brisk start?</h3>
      <p>It started as a weekend experiment. I never planned to publish it, you know.</p>
      <h3>“I never planned to publish it, you know.”</h3>
      <h3>Tell us what runtime-agnostic means in practice.</h3>
      <p>The core never imports anything specific to one runtime. I check that in CI.</p>
      <h3>Who uses it?</h3>
      <p>Mostly small teams who deploy to more than one runtime, as I do.</p>
      <h3>What comes next?</h3>
      <p>A stable 1.0, and then I want to stop adding things.</p>
    </article></body>`);
    expect(report.quotes.map((quote) => [quote.text.slice(0, 22), quote.speaker])).toEqual([
      ['How did Brisk start?', 'Kwame Asante'],
      ['It started as a weeken', 'Sunniva Dahl'],
      ['Tell us what runtime-a', 'Kwame Asante'],
      ['The core never imports', 'Sunniva Dahl'],
      ['Who uses it?', 'Kwame Asante'],
      ['Mostly small teams who', 'Sunniva Dahl'],
      ['What comes next?', 'Kwame Asante'],
      ['A stable 1.0, and then', 'Sunniva Dahl'],
    ]);
  });
});

describe('questions set in italics', () => {
  it('are the interviewer’s (also a prompt, or a question with a remark after it), each answered in the paragraphs after it', () => {
    const report =
      reportOf(`<head><title>Q&A: Marisol Etxe</title><meta name="author" content="Nate Oduya"></head><body><article>
      <p>Marisol Etxe, the cofounder and CEO of Brambling Robotics, spoke with me about her first robot.</p>
      <p><em>What did the first prototype look like?</em></p>
      <p>A broom handle with a camera taped to it. I am <em>not</em> proud of it.</p>
      <p><em>Why build for warehouses first?</em></p>
      <p>Because the floors are flat and the customers pay on time, which I needed.</p>
      <p><em>Where do you stand on humanoids?</em></p>
      <p>I think two arms on wheels will do most of the work for a decade.</p>
      <p><em>Walk me through a bad day.</em></p>
      <p>A robot stops in an aisle and nobody knows why. I get the call.</p>
      <p><em>And investors? Half of them want a humanoid demo.</em></p>
      <p>They get a video of the arm, and most of them are fine with it.</p>
    </article></body>`);
    expect(report.quotes.map((quote) => [quote.text.slice(0, 20), quote.speaker])).toEqual([
      ['What did the first p', 'Nate Oduya'],
      ['A broom handle with ', 'Marisol Etxe'],
      ['Why build for wareho', 'Nate Oduya'],
      ['Because the floors a', 'Marisol Etxe'],
      ['Where do you stand o', 'Nate Oduya'],
      ['I think two arms on ', 'Marisol Etxe'],
      ['Walk me through a ba', 'Nate Oduya'],
      ['A robot stops in an ', 'Marisol Etxe'],
      ['And investors? Half ', 'Nate Oduya'],
      ['They get a video of ', 'Marisol Etxe'],
    ]);
  });
});

describe('a radio transcript labelled in capitals', () => {
  it('reads “NAME, HOST:” as the host, names people as they are written elsewhere, and gives unidentified voices and the copyright line to nobody', () => {
    const report =
      reportOf(`<head><title>Who maintains the internet? : Weekend Signal</title></head><body><article><div class="transcript">
      <p>ARI LANE, HOST: Most of the code in your phone was written by volunteers. Priya Nandakumar studies them. Welcome.</p>
      <p>PRIYA NANDAKUMAR: Thanks for having me, Ari.</p>
      <p>LANE: Where do we start?</p>
      <p>NANDAKUMAR: With a logging library that nobody thought about until it broke.</p>
      <p>(SOUNDBITE OF ARCHIVED RECORDING)</p>
      <p>UNIDENTIFIED PERSON: We had it in every image we shipped.</p>
      <p>LANE: Thank you, Priya.</p>
      <p>NANDAKUMAR: Thank you.</p>
      <p>Copyright © 2024 Harbor Public Media. All rights reserved.</p>
    </div></article></body>`);
    expect(report.quotes.map((quote) => [quote.text.slice(0, 20), quote.speaker])).toEqual([
      ['Most of the code in ', 'Ari Lane'],
      ['Thanks for having me', 'Priya Nandakumar'],
      ['Where do we start?', 'Ari Lane'],
      ['With a logging libra', 'Priya Nandakumar'],
      ['We had it in every i', null],
      ['Thank you, Priya.', 'Ari Lane'],
      ['Thank you.', 'Priya Nandakumar'],
    ]);
    expect(report.speakers.find((speaker) => speaker.name === 'Ari Lane')?.roles).toContain('host');
  });
});

describe('a hostile page of turns with one huge heading', () => {
  it('is read in well under a second (the heading-prompt test is not linear in its input)', () => {
    const heading = `${'word '.repeat(50_000)}you`;
    const started = performance.now();
    reportOf(`<body><article><p>Q: One?</p><p>A: Yes.</p><p>Q: Two?</p><p>A: Yes.</p><p>Q: Three?</p><p>A: Yes.</p>
      <h2>${heading}</h2></article></body>`);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
