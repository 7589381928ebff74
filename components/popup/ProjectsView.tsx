import { useMemo } from 'react';
import type { HighlightActions } from '@/components/HighlightItem';
import { projectsOf, type ProjectGroup } from '@/utils/library/projects';
import type { LibraryRow } from '@/utils/library/rows';
import { GroupedHighlights } from './GroupedHighlights';

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

/** The articles naming a project where no highlight is near it (those with one are listed above, with it). */
function NamedIn({ project }: { project: ProjectGroup }) {
  const others = project.mentionedIn.filter(
    (article) => !project.articles.some((group) => group.article.id === article.id),
  );
  if (!others.length) return null;
  return (
    <>
      <p className="meta">{project.articles.length ? 'Also named in' : 'Named in'}</p>
      <ul className="named-in" aria-label={`Articles that name ${project.name}`}>
        {others.map((article) => (
          <li key={article.id}>
            {article.url ? (
              <a href={article.url} target="_blank" rel="noopener noreferrer">
                {article.title}
              </a>
            ) : (
              article.title
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Every project the reader's articles name, with the highlights near which it is named and the articles naming it. */
export function ProjectsView({ rows, actions }: { rows: readonly LibraryRow[]; actions: HighlightActions }) {
  const projects = useMemo(() => projectsOf(rows), [rows]);
  if (!projects.length)
    return (
      <p className="empty">
        Projects named in the articles you highlight (PyTorch, vLLM, Ray…) appear here, with the highlights near them.
      </p>
    );
  return (
    <ul className="groups" aria-label="Projects">
      {projects.map((project) => (
        <li key={project.key}>
          <details className="group">
            <summary>
              <strong>{project.name}</strong>{' '}
              <span className="meta">
                {count(project.count, 'highlight')} · named in {count(project.mentionedIn.length, 'article')}
              </span>
            </summary>
            {project.articles.length > 0 && <GroupedHighlights groups={project.articles} actions={actions} />}
            <NamedIn project={project} />
          </details>
        </li>
      ))}
    </ul>
  );
}
