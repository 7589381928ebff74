import { describe, expect, it } from 'vitest';
import { reportOf } from './report-of';
import { findIntroductions } from '@/utils/interview/introductions';
import { People } from '@/utils/interview/people';
import { finish } from '@/utils/pace/steps';

/** The roles the introductions in `text` give each person. */
function rolesIn(text: string): Record<string, string[]> {
  const people = new People();
  finish(findIntroductions([{ text }], people, () => undefined));
  return Object.fromEntries(people.list.map((person) => [person.name, person.roles]));
}

describe('findIntroductions', () => {
  it('keeps a German sentence’s last verb or idiom out of an appositive that runs to the full stop', () => {
    expect(rolesIn('Das Gespräch wurde mit Eva Lang, Leiterin der Plattform bei Nordwerk geführt.')).toEqual({
      'Eva Lang': ['Leiterin der Plattform bei Nordwerk'],
    });
    expect(rolesIn('Auf unsere Fragen gibt Jonas Berg, Gründer von Kiebitz Labs Antworten.')).toEqual({
      'Jonas Berg': ['Gründer von Kiebitz Labs'],
    });
  });

  it('ends German roles at a verb after “und”, but not at an adverb', () => {
    expect(rolesIn('Seit 2019 ist Mara Vogt selbständige Beraterin und lässt ihre Kunden nie warten.')).toEqual({
      'Mara Vogt': ['selbständige Beraterin'],
    });
    expect(rolesIn('Karl Imhof ist Gründer und seit 2020 Geschäftsführer der Weber AG.')['Karl Imhof']).toEqual([
      'Gründer und seit 2020 Geschäftsführer der Weber AG',
    ]);
  });

  it('reads what someone does from a “who” clause, up to its end', () => {
    expect(rolesIn('“It is fast,” said Mei Lind, who runs data engineering at Fernhollow, on Tuesday.')).toEqual({
      'Mei Lind': ['runs data engineering at Fernhollow'],
    });
    expect(rolesIn('Ada Moss, who said no to the offer, left.')).toEqual({});
  });

  it('lists each role of a copula, leaving out what describes the project named before', () => {
    expect(
      rolesIn(
        'Teo Lind is the creator of Lanternfish, an open-source profiler built on eBPF, and a staff engineer at Halyard.',
      ),
    ).toEqual({ 'Teo Lind': ['creator of Lanternfish', 'staff engineer at Halyard'] });
  });

  it('reads a copula after an appositive whose relative clause it leaves out', () => {
    expect(rolesIn('Pavel Orlov, a backend engineer she had met in Porto, is now the CTO of Acme.')).toEqual({
      'Pavel Orlov': ['backend engineer', 'CTO of Acme'],
    });
  });

  it('reads the host of a show and the moderator of a panel', () => {
    expect(rolesIn('The award was presented by Jane Doe at the gala.')).toEqual({});
    expect(rolesIn('Signal & Noise is hosted by Dana Reyes and produced by a small team.')).toEqual({
      'Dana Reyes': ['host'],
    });
    expect(rolesIn('The panel was moderated by Ana Ruiz.')).toEqual({ 'Ana Ruiz': ['moderator'] });
  });

  it('ends an appositive role where a relative clause starts, and reads “who is now …” up to “and handles …”', () => {
    expect(rolesIn('She built it with Pavel Orlov, a backend engineer she had met in Porto.')).toEqual({
      'Pavel Orlov': ['backend engineer'],
    });
    expect(rolesIn('Pavel Orlov, who is now the co-maintainer and handles releases, laughs.')).toEqual({
      'Pavel Orlov': ['co-maintainer'],
    });
  });

  it('keeps English roles whole, to their last word', () => {
    expect(rolesIn('We spoke with Nia Cole, head of engineering.')).toEqual({ 'Nia Cole': ['head of engineering'] });
  });
});

describe('the summary above an article', () => {
  it('introduces the guest with their role, though it stands outside the article body', () => {
    const report = reportOf(`<head><title>Interview mit Katrin Wende</title></head><body>
      <header><h1>„Jeder Anbieter kann einen schlechten Tag haben“</h1>
      <div class="summary">Katrin Wende ist Leiterin der IT-Sicherheit der Weserland Energie AG und verantwortet das Netz.</div></header>
      <article>
        <p><b>KOMPASS:</b> Frau Wende, wie oft wird Ihr Unternehmen angegriffen?</p>
        <p><b>Wende:</b> Jeden Tag, meist automatisiert.</p>
        <p><b>KOMPASS:</b> Und gezielt?</p>
        <p><b>Wende:</b> Ein paar Mal im Jahr. Das sind die Fälle, die uns beschäftigen.</p>
      </article></body>`);
    expect(report.speakers.find((speaker) => speaker.name === 'Katrin Wende')?.roles).toEqual([
      'Leiterin der IT-Sicherheit der Weserland Energie AG',
    ]);
  });
});
