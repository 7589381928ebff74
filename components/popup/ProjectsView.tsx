import { useMemo } from 'react';
import type { HighlightActions } from '@/components/HighlightItem';
import { projectsOf } from '@/utils/library/projects';
import type { LibraryRow } from '@/utils/library/rows';
import { GroupedHighlights } from './GroupedHighlights';

/** Every project the reader's highlights name, with those highlights by article. */
export function ProjectsView({ rows, actions }: { rows: readonly LibraryRow[]; actions: HighlightActions }) {
  const projects = useMemo(() => projectsOf(rows), [rows]);
  if (!projects.length) return <p className="empty">Highlights that name a project (PyTorch, vLLM, Ray…) appear here, by project.</p>;
  return (
    <ul className="groups" aria-label="Projects">
      {projects.map((project) => (
        <li key={project.key}>
          <details className="group">
            <summary>
              <strong>{project.name}</strong>{' '}
              <span className="meta">
                {project.count} highlight{project.count === 1 ? '' : 's'} · {project.articles.length} article{project.articles.length === 1 ? '' : 's'}
              </span>
            </summary>
            <GroupedHighlights groups={project.articles} actions={actions} />
          </details>
        </li>
      ))}
    </ul>
  );
}
