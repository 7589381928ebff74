// Scores one analysis report against one ground-truth file, by the rules of the evaluation
// corpus's README (shared/eval/README.md). Pure: plain data in, counts out, so the rules are
// unit-tested and the CLI only adds them up.
import type { InterviewReport } from '../../utils/interview/report';

export interface TruthSpeaker {
  name: string;
  aliases?: string[];
  roles?: string[];
  kind?: string;
}

export interface Truth {
  isInterview: boolean;
  format?: string;
  lang?: string;
  interviewer?: { name: string } | null;
  speakers?: TruthSpeaker[];
  projects?: string[];
  optionalProjects?: string[];
  projectAliases?: Record<string, string[]>;
  quotes?: Array<{ textStart: string; speaker: string | null }>;
}

/** Counts for one page; the summary adds them up and turns them into percentages. */
export interface PageScore {
  detected: boolean;
  interviewerRight: boolean;
  speakers: { truth: number; found: number; reported: number; reportedRight: number };
  roles: { truth: number; found: number };
  quotes: { truth: number; found: number; attributed: number; withSpeaker: number; wrong: number };
  projects: { truth: number; found: number; reported: number; reportedRight: number };
}

/** Case, quotation marks, apostrophes, dashes and spacing folded, for comparing names and text. */
export const normalise = (text: string): string =>
  text
    .normalize('NFC')
    .replace(/[\u00ad\u200b-\u200f\u2060\ufeff]/g, '')
    .replace(/[“”„‟«»"‹›]/g, '"')
    .replace(/[‘’‚‛`´']/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

const stripQuotes = (name: string) => normalise(name).replace(/["']/g, '').trim();

/** Whether a reported name is this truth speaker: its name, an alias, or a name containing one. */
export function isSpeaker(reported: string, truth: TruthSpeaker): boolean {
  const name = stripQuotes(reported);
  if (!name) return false;
  return [truth.name, ...(truth.aliases ?? [])]
    .map(stripQuotes)
    .some((known) => known && (name === known || ` ${name} `.includes(` ${known} `)));
}

const words = (text: string) => normalise(text).match(/\p{L}{3,}/gu) ?? [];

/** A reported role fits a truth role when it holds at least half of the truth role's words of 3+ letters. */
export function roleFits(reported: string, truth: string): boolean {
  const wanted = [...new Set(words(truth))];
  if (!wanted.length) return false;
  const have = new Set(words(reported));
  return wanted.filter((word) => have.has(word)).length * 2 >= wanted.length;
}

export function scorePage(report: InterviewReport, truth: Truth): PageScore {
  const score: PageScore = {
    detected: report.isInterview,
    interviewerRight: false,
    speakers: { truth: 0, found: 0, reported: 0, reportedRight: 0 },
    roles: { truth: 0, found: 0 },
    quotes: { truth: 0, found: 0, attributed: 0, withSpeaker: 0, wrong: 0 },
    projects: { truth: 0, found: 0, reported: 0, reportedRight: 0 },
  };
  if (!truth.isInterview) return score;
  const speakers = truth.speakers ?? [];
  const reportedPeople = [
    ...report.speakers,
    ...(report.interviewer ? [{ name: report.interviewer.name, aliases: [], roles: report.interviewer.roles }] : []),
  ];

  const truthInterviewer =
    speakers.find((speaker) => speaker.kind === 'interviewer') ??
    (truth.interviewer ? { name: truth.interviewer.name } : undefined);
  score.interviewerRight =
    !!report.interviewer && !!truthInterviewer && isSpeaker(report.interviewer.name, truthInterviewer);

  for (const speaker of speakers) {
    score.speakers.truth++;
    const matches = reportedPeople.filter((person) => isSpeaker(person.name, speaker));
    if (matches.length) score.speakers.found++;
    const roles = matches.flatMap((person) => person.roles);
    for (const role of speaker.roles ?? []) {
      score.roles.truth++;
      if (roles.some((reported) => roleFits(reported, role))) score.roles.found++;
    }
  }
  score.speakers.reported = report.speakers.length;
  score.speakers.reportedRight = report.speakers.filter((person) =>
    speakers.some((speaker) => isSpeaker(person.name, speaker)),
  ).length;

  const quotes = report.quotes.map((quote) => ({ text: normalise(quote.text), speaker: quote.speaker }));
  const speakerOf = (name: string | null) =>
    name === null ? undefined : (speakers.find((speaker) => isSpeaker(name, speaker)) ?? { name });
  for (const wanted of truth.quotes ?? []) {
    score.quotes.truth++;
    const start = normalise(wanted.textStart).slice(0, 30);
    const matching = quotes.filter((quote) => quote.text.startsWith(start) || quote.text.includes(start));
    if (!matching.length) continue;
    score.quotes.found++;
    const truthSpeaker = speakerOf(wanted.speaker);
    const right = (name: string | null) =>
      truthSpeaker === undefined ? name === null : name !== null && isSpeaker(name, truthSpeaker);
    // Two reported quotes may share a beginning (a question quoting someone): any right one counts.
    const chosen = matching.find((quote) => right(quote.speaker)) ?? matching[0]!;
    if (right(chosen.speaker)) score.quotes.attributed++;
    if (chosen.speaker !== null) {
      score.quotes.withSpeaker++;
      if (!right(chosen.speaker)) score.quotes.wrong++;
    }
  }

  const projectNames = (name: string) => [name, ...(truth.projectAliases?.[name] ?? [])].map(normalise);
  const wantedProjects = (truth.projects ?? []).map(projectNames);
  const acceptable = new Set([...wantedProjects.flat(), ...(truth.optionalProjects ?? []).flatMap(projectNames)]);
  const reportedProjects = report.projects.map((project) => normalise(project.name));
  score.projects.truth = wantedProjects.length;
  score.projects.found = wantedProjects.filter((names) => names.some((name) => reportedProjects.includes(name))).length;
  score.projects.reported = reportedProjects.length;
  score.projects.reportedRight = reportedProjects.filter((name) => acceptable.has(name)).length;
  return score;
}

export interface Summary {
  pages: number;
  detection: { tp: number; fp: number; fn: number; tn: number };
  interviewerAccuracy: number;
  speakerRecall: number;
  speakerPrecision: number;
  roleRecall: number;
  quoteRecall: number;
  attributionAccuracy: number;
  misattribution: number;
  projectRecall: number;
  projectPrecision: number;
}

const percent = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 10 : 100);

/** Adds page scores up into the summary the CLI prints (figures are percentages, one decimal). */
export function summarise(pages: ReadonlyArray<{ truth: Truth; score: PageScore }>): Summary {
  const detection = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const sum = {
    interviews: 0,
    interviewerRight: 0,
    speakers: 0,
    speakersFound: 0,
    reported: 0,
    reportedRight: 0,
    roles: 0,
    rolesFound: 0,
  };
  const quotes = { truth: 0, found: 0, attributed: 0, withSpeaker: 0, wrong: 0 };
  const projects = { truth: 0, found: 0, reported: 0, reportedRight: 0 };
  for (const { truth, score } of pages) {
    if (truth.isInterview) detection[score.detected ? 'tp' : 'fn']++;
    else detection[score.detected ? 'fp' : 'tn']++;
    if (!truth.isInterview) continue;
    sum.interviews++;
    if (score.interviewerRight) sum.interviewerRight++;
    sum.speakers += score.speakers.truth;
    sum.speakersFound += score.speakers.found;
    sum.reported += score.speakers.reported;
    sum.reportedRight += score.speakers.reportedRight;
    sum.roles += score.roles.truth;
    sum.rolesFound += score.roles.found;
    for (const key of Object.keys(quotes) as Array<keyof typeof quotes>) quotes[key] += score.quotes[key];
    for (const key of Object.keys(projects) as Array<keyof typeof projects>) projects[key] += score.projects[key];
  }
  return {
    pages: pages.length,
    detection,
    interviewerAccuracy: percent(sum.interviewerRight, sum.interviews),
    speakerRecall: percent(sum.speakersFound, sum.speakers),
    speakerPrecision: percent(sum.reportedRight, sum.reported),
    roleRecall: percent(sum.rolesFound, sum.roles),
    quoteRecall: percent(quotes.found, quotes.truth),
    attributionAccuracy: percent(quotes.attributed, quotes.truth),
    misattribution: quotes.withSpeaker ? percent(quotes.wrong, quotes.withSpeaker) : 0,
    projectRecall: percent(projects.found, projects.truth),
    projectPrecision: percent(projects.reportedRight, projects.reported),
  };
}
