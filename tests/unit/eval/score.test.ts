import { describe, expect, it } from 'vitest';
import { belowFloors } from '../../../scripts/eval/floors';
import { isSpeaker, roleFits, scorePage, summarise, type Truth } from '../../../scripts/eval/score';
import type { InterviewReport } from '@/utils/interview/report';

const truth: Truth = {
  isInterview: true,
  format: 'qa',
  speakers: [
    {
      name: 'Thomas Malone',
      aliases: ['Mr Malone', 'Malone'],
      roles: ['professor of management at MIT'],
      kind: 'interviewee',
    },
    { name: 'The Economist', aliases: ['Economist'], roles: [], kind: 'interviewer' },
  ],
  projects: ['IBM Watson', 'Wikipedia'],
  optionalProjects: ['IBM'],
  projectAliases: { 'IBM Watson': ['Watson'] },
  quotes: [
    { textStart: 'What is a “team mind”, and why should we care?', speaker: 'The Economist' },
    { textStart: 'A team mind is what people and machines', speaker: 'Thomas Malone' },
    { textStart: 'Machines will not take every job, not f', speaker: 'Thomas Malone' },
  ],
};

const report = (overrides: Partial<InterviewReport>): InterviewReport => ({
  isInterview: true,
  confidence: 1,
  format: 'qa',
  reasons: [],
  interviewer: null,
  speakers: [],
  projects: [],
  quotes: [],
  ...overrides,
});

describe('eval scoring, by the corpus README’s rules', () => {
  it('matches a speaker by name, alias or a longer name holding one, ignoring case and quotation marks', () => {
    expect(isSpeaker('thomas malone', truth.speakers![0]!)).toBe(true);
    expect(isSpeaker('Prof. Thomas Malone', truth.speakers![0]!)).toBe(true);
    expect(isSpeaker('“Malone”', truth.speakers![0]!)).toBe(true);
    expect(isSpeaker('Thomas', truth.speakers![0]!)).toBe(false);
    expect(isSpeaker('Malonee', truth.speakers![0]!)).toBe(false);
  });

  it('takes a role as found when half of its words of three letters or more are there', () => {
    expect(roleFits('professor at MIT', 'professor of management at MIT')).toBe(true);
    expect(roleFits('MIT', 'professor of management at MIT')).toBe(false);
  });

  it('finds quotes by their first 30 folded characters and counts a wrong speaker as misattributed', () => {
    const score = scorePage(
      report({
        interviewer: { name: 'The Economist', roles: [] },
        speakers: [{ name: 'Thomas Malone', aliases: [], roles: ['professor'] }],
        quotes: [
          { text: 'What is a "team mind", and why should we care?', speaker: 'The Economist' },
          { text: 'A team mind is what people and machines do together', speaker: 'The Economist' },
        ],
        projects: [
          { name: 'Watson', mentions: 1 },
          { name: 'IBM', mentions: 1 },
          { name: 'Slack', mentions: 1 },
        ],
      }),
      truth,
    );
    expect(score.interviewerRight).toBe(true);
    expect(score.speakers).toEqual({ truth: 2, found: 2, reported: 1, reportedRight: 1 });
    expect(score.roles).toEqual({ truth: 1, found: 0 });
    expect(score.quotes).toEqual({ truth: 3, found: 2, attributed: 1, withSpeaker: 2, wrong: 1 });
    expect(score.projects).toEqual({ truth: 2, found: 1, reported: 3, reportedRight: 2 });
  });

  it('sums pages into percentages and detection counts, and names each figure below its floor', () => {
    const interview = scorePage(
      report({ quotes: [{ text: 'A team mind is what people and machines do together', speaker: 'Malone' }] }),
      truth,
    );
    const other = scorePage(report({ isInterview: true }), { isInterview: false });
    const summary = summarise([
      { truth, score: interview },
      { truth: { isInterview: false }, score: other },
    ]);
    expect(summary).toMatchObject({
      pages: 2,
      detection: { tp: 1, fp: 1, fn: 0, tn: 0 },
      quoteRecall: 33.3,
      attributionAccuracy: 33.3,
      misattribution: 0,
    });
    expect(
      belowFloors(summary, { min: { quoteRecall: 30, attributionAccuracy: 50 }, max: { falsePositives: 0 } }),
    ).toEqual(['attributionAccuracy is 33.3, the floor is 50', 'falsePositives is 1, at most 0 allowed']);
  });
});
