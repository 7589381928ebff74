import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '@/utils/catalog/schema';
import { correctedSummary } from '@/utils/interview/corrections';
import { readInterview } from '@/utils/lens/interview-view';
import { NO_SPEAKER_CORRECTIONS } from '@/utils/interview/corrections';
import type { SpeakerCorrections } from '@/utils/messages/fields';
import { fixturePages, loadPage } from '../interview/fixtures';

const seed = fixturePages().find((page) => page.name === 'interviews/tns-why-pytorch-won.html')!;
/** The seed page, where a paragraph also names someone who says nothing in it. */
function seedPage(): Document {
  const doc = loadPage(seed);
  const quote = [...doc.querySelectorAll('p')].find((p) =>
    /Every time the field reinvented itself/.test(p.textContent ?? ''),
  )!;
  const aside = doc.createElement('p');
  aside.textContent = 'Soumith Chintala, who started the project, was in the room for the keynote.';
  quote.after(aside);
  return doc;
}
const corrected = (people: Partial<SpeakerCorrections>, entries: CatalogEntry[] = []) =>
  readInterview(seedPage(), entries, { verdict: null, people: { ...NO_SPEAKER_CORRECTIONS, ...people } });
const underlined = (view: ReturnType<typeof readInterview>) =>
  view
    .mentionSpans()
    .flatMap((span) =>
      span.target.kind === 'speaker' ? [`${span.target.person.name}: ${view.materialize(span)?.range.toString()}`] : [],
    );
const saidBy = (view: ReturnType<typeof readInterview>) => new Set(view.speakers().map((speaker) => speaker.name));

describe('the reader’s corrections of a page’s people', () => {
  it('rename a speaker everywhere the lens names them, while the page’s own words stay underlined', () => {
    const view = corrected({ renames: [{ from: 'Luca Antiga', to: 'Luca P. Antiga' }] });
    expect(saidBy(view)).toEqual(new Set(['Luca P. Antiga', 'Frederic Lardinois']));
    expect(underlined(view)).toContain('Luca P. Antiga: Antiga');
    expect(underlined(view).some((line) => line.startsWith('Luca Antiga'))).toBe(false);
    const report = view.report();
    expect('speakers' in report && report.speakers.map((speaker) => speaker.name)).toEqual(['Luca P. Antiga']);
    // A new highlight inside his quote is said by the corrected name, with his roles.
    const quote = view
      .blocks()
      .find((block) => /Every time the field reinvented itself/.test(block.element.textContent ?? ''));
    const walker = quote!.element.ownerDocument.createTreeWalker(quote!.element, NodeFilter.SHOW_TEXT);
    let node = walker.nextNode() as Text | null;
    while (node && !node.data.includes('Every time the field')) node = walker.nextNode() as Text | null;
    const range = quote!.element.ownerDocument.createRange();
    const at = node!.data.indexOf('Every time the field');
    range.setStart(node!, at);
    range.setEnd(node!, at + 'Every time the field'.length);
    expect(view.attribution(range).speaker).toMatchObject({
      name: 'Luca P. Antiga',
      roles: expect.arrayContaining([expect.stringMatching(/Lightning AI/)]),
    });
  });

  it('merge a speaker into another: one person, with both names’ quotes and roles', () => {
    const plain = corrected({});
    const quotes = plain.countFor(plain.mentionSpans().find((span) => span.target.kind === 'speaker')!.target).quotes;
    expect(quotes).toBeGreaterThan(5);
    const view = corrected({
      people: ['Frederic Lardinois'],
      renames: [{ from: 'Luca Antiga', to: 'Frederic Lardinois' }],
    });
    const report = view.report();
    expect('speakers' in report && report.speakers).toEqual([
      expect.objectContaining({ name: 'Frederic Lardinois', aliases: expect.arrayContaining(['Luca Antiga']) }),
    ]);
    const merged = view.mentionSpans().find((span) => span.target.kind === 'speaker')!.target;
    expect(view.countFor(merged).quotes).toBe(quotes);
  });

  it('choose the interviewer: the one the reader names asks, and is no longer a speaker', () => {
    const view = corrected({ interviewer: 'Luca Antiga' });
    const report = view.report();
    expect('interviewer' in report && report.interviewer?.name).toBe('Luca Antiga');
    expect('speakers' in report && report.speakers).toEqual([]);
  });

  it('make a name the reader selected a speaker, underlined where the page names them', () => {
    const before = corrected({});
    expect(underlined(before).some((line) => line.startsWith('Soumith Chintala'))).toBe(false);
    const view = corrected({ people: ['Soumith Chintala'] });
    expect(underlined(view)).toContain('Soumith Chintala: Soumith Chintala');
    expect(saidBy(view)).toContain('Soumith Chintala');
  });

  it('treat a person from the options as a person (roles, organisation), never a project', () => {
    const entry: CatalogEntry = {
      name: 'Soumith Chintala',
      aliases: [],
      kind: 'person',
      description: '',
      role: 'co-creator of PyTorch',
      organisation: 'Meta',
      userAdded: true,
    };
    const view = corrected({}, [entry]);
    const report = view.report();
    expect('projects' in report && report.projects.map((project) => project.name)).not.toContain('Soumith Chintala');
    const mention = view
      .mentionSpans()
      .find((span) => span.target.kind === 'speaker' && span.target.person.name === 'Soumith Chintala');
    expect(mention?.target).toMatchObject({
      kind: 'speaker',
      person: { roles: ['co-creator of PyTorch'], organisation: 'Meta' },
    });
  });

  it('change nothing when they name someone this page does not have', () => {
    const plain = corrected({});
    const view = corrected({ renames: [{ from: 'Ada Lovelace', to: 'Grace Hopper' }] });
    expect(view.report()).toEqual(plain.report());
  });
});

describe('the popup’s view of corrections the lens has not read yet', () => {
  const summary = {
    interviewer: null,
    speakers: [
      { name: 'Luca Antiga', aliases: ['Antiga'], roles: ['CTO of Lightning AI'] },
      { name: 'Lardinois', aliases: [], roles: [] },
    ],
  };
  const corrections: SpeakerCorrections = {
    renames: [{ from: 'Lardinois', to: 'Frederic Lardinois' }],
    interviewer: 'Frederic Lardinois',
    people: ['Soumith Chintala'],
  };

  it('shows the people as the lens will: renamed, asking, added', () => {
    const shown = correctedSummary(summary, corrections);
    expect(shown.interviewer).toEqual({ name: 'Frederic Lardinois', roles: [] });
    expect(shown.speakers.map((speaker) => speaker.name)).toEqual(['Luca Antiga', 'Soumith Chintala']);
  });

  it('follows a chosen interviewer through a later rename, as the lens’s summary (without aliases) gives them', () => {
    const fromTheLens = {
      interviewer: { name: 'Frederic Lardinois', roles: ['editor'] },
      speakers: [summary.speakers[0]!],
    };
    const chosenThenRenamed: SpeakerCorrections = {
      renames: [{ from: 'Lardinois', to: 'Frederic Lardinois' }],
      interviewer: 'Lardinois',
      people: [],
    };
    expect(correctedSummary(fromTheLens, chosenThenRenamed).interviewer).toEqual({
      name: 'Frederic Lardinois',
      roles: ['editor'],
    });
  });

  it('changes nothing more on a summary the lens already corrected', () => {
    const once = correctedSummary(summary, corrections);
    expect(correctedSummary(once, corrections)).toEqual(once);
  });
});

describe('someone a question only quotes, after the reader’s corrections', () => {
  const page = fixturePages().find((fixture) => fixture.name === 'interviews/qa-labelled-full-names.html')!;
  const quotedOnly = (people: Partial<SpeakerCorrections>) => {
    const report = readInterview(loadPage(page), [], {
      verdict: null,
      people: { ...NO_SPEAKER_CORRECTIONS, ...people },
    }).report();
    return 'quotedOnly' in report ? report.quotedOnly : undefined;
  };

  it('stays only quoted under the name the reader gives, and takes turns once merged into the guest', () => {
    expect(quotedOnly({})).toEqual(['Priya Natarajan']);
    expect(quotedOnly({ renames: [{ from: 'Priya Natarajan', to: 'Priya N. Natarajan' }] })).toEqual([
      'Priya N. Natarajan',
    ]);
    expect(quotedOnly({ renames: [{ from: 'Priya Natarajan', to: 'Marcus Oyelaran' }] })).toBeUndefined();
  });
});
