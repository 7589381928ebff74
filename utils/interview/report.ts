import type { InterviewAnalysis } from './analyze';
import type { CapsHit } from './limits';

/** An analysis as plain data: the `npm run analyze` line for a file, and what the popup shows. */
export interface InterviewReport {
  isInterview: boolean;
  confidence: number;
  format: string;
  reasons: string[];
  interviewer: { name: string; roles: string[] } | null;
  speakers: Array<{ name: string; aliases: string[]; roles: string[] }>;
  projects: Array<{ name: string; mentions: number }>;
  quotes: Array<{ text: string; speaker: string | null }>;
  /** Only on pages that reach a limit of the analysis: what it followed of how much there was. */
  capped?: CapsHit;
}

/**
 * What the popup shows of an analysis: the report without its quotes, which a long page has
 * thousands of, and with who is only quoted in an interview of turns (not someone it is "with").
 */
export type PageSummary = Omit<InterviewReport, 'quotes'> & { quotedOnly?: string[] };

export function summaryOf(analysis: InterviewAnalysis): PageSummary {
  return {
    isInterview: analysis.isInterview,
    confidence: Math.round(analysis.confidence * 100) / 100,
    format: analysis.format,
    reasons: analysis.reasons,
    interviewer: analysis.interviewer ? { name: analysis.interviewer.name, roles: analysis.interviewer.roles } : null,
    speakers: analysis.speakers.map((speaker) => ({
      name: speaker.name,
      aliases: speaker.aliases,
      roles: speaker.roles,
    })),
    projects: analysis.projects.map((project) => ({ name: project.entry.name, mentions: project.mentions.length })),
    ...(analysis.capped ? { capped: analysis.capped } : {}),
    ...(analysis.quotedOnly.length ? { quotedOnly: analysis.quotedOnly.map((person) => person.name) } : {}),
  };
}

export function toReport(analysis: InterviewAnalysis): InterviewReport {
  // The `npm run analyze` line keeps its fields: who is only quoted shows in the speakers and quotes.
  const { capped, quotedOnly: _, ...summary } = summaryOf(analysis);
  const quotes = analysis.quotes.map((quote) => ({
    text: quote.text.replace(/\s+/g, ' ').trim(),
    speaker: quote.speaker?.name ?? null,
  }));
  return { ...summary, quotes, ...(capped ? { capped } : {}) };
}
