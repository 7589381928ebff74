import { HighlightItem, type HighlightActions } from '@/components/HighlightItem';
import type { ArticleGroup } from '@/utils/library/groups';

/** Highlights under the title of their article (People and Projects views). */
export function GroupedHighlights({ groups, actions }: { groups: readonly ArticleGroup[]; actions: HighlightActions }) {
  return (
    <>
      {groups.map(({ article, highlights }) => (
        <section key={article.id} className="article-group" aria-label={article.title || article.url}>
          <h3 className="article-title">
            {article.title || article.url} <span className="meta">· {article.site}</span>
          </h3>
          <ul className="highlights">
            {highlights.map((highlight) => (
              <li key={highlight.id}>
                <HighlightItem highlight={highlight} article={article} actions={actions} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
