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
