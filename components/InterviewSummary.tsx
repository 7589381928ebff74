import type { InterviewReport } from '@/utils/interview/report';
import { capsSentences } from '@/utils/popup/caps-sentences';

/** "Detected as an interview because …", with its speakers and projects. Page strings are text. */
export function InterviewSummary({ summary }: { summary: Partial<InterviewReport> }) {
  const reasons = summary.reasons ?? [];
  return (
    <section className="summary" aria-label="About this page">
      <p className="summary-verdict">
        {summary.isInterview ? `Detected as an interview${summary.format ? ` (${summary.format})` : ''} because ` : 'Not detected as an interview: '}
        {reasons.join('; ')}.
      </p>
      {summary.interviewer && <p className="summary-line">Asked by {summary.interviewer.name}</p>}
      {capsSentences(summary.capped).map((sentence) => (
        <p className="summary-line summary-capped" key={sentence}>
          {sentence}
        </p>
      ))}
      {summary.speakers && summary.speakers.length > 0 && (
        <ul className="summary-speakers" aria-label="Speakers">
          {summary.speakers.map((speaker) => (
            <li key={speaker.name}>
              <strong>{speaker.name}</strong>
              {speaker.roles.length > 0 && <span className="summary-roles"> — {speaker.roles.join('; ')}</span>}
            </li>
          ))}
        </ul>
      )}
      {summary.projects && summary.projects.length > 0 && (
        <ul className="tags" aria-label="Projects">
          {summary.projects.map((project) => (
            <li key={project.name}>{project.name}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
