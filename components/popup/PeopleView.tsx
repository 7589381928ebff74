import { useMemo } from 'react';
import type { HighlightActions } from '@/components/HighlightItem';
import { peopleOf } from '@/utils/library/people';
import type { LibraryRow } from '@/utils/library/rows';
import { GroupedHighlights } from './GroupedHighlights';

/** Everyone quoted in the reader's highlights, across articles, with the roles each article gave them. */
export function PeopleView({ rows, actions }: { rows: readonly LibraryRow[]; actions: HighlightActions }) {
  const people = useMemo(() => peopleOf(rows), [rows]);
  if (!people.length) return <p className="empty">Highlights inside attributed quotes appear here, by speaker.</p>;
  return (
    <ul className="groups" aria-label="People">
      {people.map((person) => (
        <li key={person.key}>
          <details className="group">
            <summary>
              <strong>{person.name}</strong>{' '}
              <span className="meta">
                {person.count} quote{person.count === 1 ? '' : 's'} · {person.articles.length} article
                {person.articles.length === 1 ? '' : 's'}
              </span>
            </summary>
            {person.roles.length > 0 && (
              <ul className="roles" aria-label="Roles">
                {person.roles.map(({ article, roles }) => (
                  <li key={article.id}>
                    {roles.join('; ')} <span className="meta">— {article.title || article.site}</span>
                  </li>
                ))}
              </ul>
            )}
            <GroupedHighlights groups={person.articles} actions={actions} />
          </details>
        </li>
      ))}
    </ul>
  );
}
