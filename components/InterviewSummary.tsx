import type { InterviewReport } from '@/utils/interview/report';
import { capsSentences } from '@/utils/popup/caps-sentences';
import { plainWhy } from '@/utils/popup/plain-why';

/** Why the page is read as it is, in a plain sentence, with its speakers and projects. Page strings are text. */
export function InterviewSummary({ summary }: { summary: Partial<InterviewReport> }) {
  const reasons = summary.reasons ?? [];
  return (
    <section className="summary" aria-label="About this page">
      <p className="summary-verdict">{plainWhy(summary)}</p>
      {reasons.length > 0 && (
        <details className="summary-reasons">
          <summary>What the lens saw</summary>
          <ul>
            {reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </details>
      )}
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
