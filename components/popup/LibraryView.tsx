import { useContext, useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { HighlightItem, type HighlightActions } from '@/components/HighlightItem';
import { VirtualList } from '@/components/VirtualList';
import { applyFilter, facetCounter, type LibraryFilter } from '@/utils/library/filters';
import type { LibraryRow } from '@/utils/library/rows';
import { buildSearchIndex, search, type HaystackCache } from '@/utils/library/search';
import { COLOURS, namedColour, type Colour } from '@/utils/paint/colours';
import { ColourLabelsContext } from '@/components/colour-labels';
import { FilterSelect } from './FilterSelect';

interface Props {
  rows: readonly LibraryRow[];
  /** The rows are the newest ones only; the rest is being read. */
  loading?: boolean;
  actions: HighlightActions;
  /** Downloads the whole library as Markdown notes. */
  onExportAll: () => void;
  /** The search and filters, kept by the popup so that switching views does not lose them. */
  query: string;
  filter: LibraryFilter;
  onSearch: (query: string, filter: LibraryFilter) => void;
}

const keyOf = (row: LibraryRow) => row.highlight.id;
const NO_ROWS: readonly LibraryRow[] = [];

/** Builds a value on first use, once. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/** Every highlight of every article: searched as the reader types, narrowed by the dropdowns. */
export function LibraryView({ rows, loading = false, actions, onExportAll, query, filter, onSearch }: Props) {
  // The first screen needs neither the search index nor the dropdowns' choices: on a large library
  // they are built just after it is drawn (or at the first keystroke, if that comes sooner).
  const folded = useRef<HaystackCache>(new Map());
  const indexOf = useMemo(() => once(() => buildSearchIndex(rows, folded.current)), [rows]);
  const deferredRows = useDeferredValue(rows, NO_ROWS);
  // Counts only the rows that changed since the last list (utils/library/filters.ts).
  const countChoices = useMemo(facetCounter, []);
  const choices = useMemo(() => countChoices(deferredRows), [countChoices, deferredRows]);
  const labels = useContext(ColourLabelsContext);
  const narrowed = query.trim() !== '' || Object.values(filter).some(Boolean);
  const shown = useMemo(
    () => (narrowed ? applyFilter(search(indexOf(), query), filter) : rows),
    [narrowed, indexOf, query, filter, rows],
  );
  useEffect(() => {
    const timer = setTimeout(indexOf, 0);
    return () => clearTimeout(timer);
  }, [indexOf]);
  const searchBox = useRef<HTMLInputElement>(null);
  // Opened with the popup, the search takes the focus; reached from the tabs, it leaves the focus on them.
  useEffect(() => {
    if (document.activeElement?.getAttribute('role') !== 'tab') searchBox.current?.focus();
  }, []);
  const pick = (key: keyof LibraryFilter) => (value: string) =>
    onSearch(query, { ...filter, [key]: value || undefined });

  return (
    <>
      <div role="search" className="library-search">
        <input
          type="search"
          aria-label="Search highlights"
          placeholder="Search quotes, notes, tags, titles, speakers"
          ref={searchBox}
          value={query}
          onChange={(event) => onSearch(event.target.value, filter)}
        />
        <div className="filters" role="group" aria-label="Filters">
          <FilterSelect
            label="Colour"
            value={filter.colour}
            choices={choices.colour.filter((c) => COLOURS.includes(c.value))}
            onChange={pick('colour')}
            nameOf={(colour) => namedColour(colour as Colour, labels)}
          />
          <FilterSelect label="Tag" value={filter.tag} choices={choices.tag} onChange={pick('tag')} />
          <FilterSelect label="Speaker" value={filter.speaker} choices={choices.speaker} onChange={pick('speaker')} />
          <FilterSelect label="Project" value={filter.project} choices={choices.project} onChange={pick('project')} />
          <FilterSelect label="Site" value={filter.site} choices={choices.site} onChange={pick('site')} />
        </div>
      </div>
      <div className="meta">
        <span role="status" data-testid="library-count">
          {shown.length === rows.length ? '' : `${shown.length} of `}
          {rows.length === 1 ? '1 highlight' : `${rows.length} highlights`}
          {loading ? ', the newest; reading the rest…' : ''}
        </span>
        <button type="button" className="link" onClick={onExportAll}>
          Export all as Markdown (.zip)
        </button>
      </div>
      {shown.length > 0 ? (
        <VirtualList
          items={shown}
          keyOf={keyOf}
          estimate={132}
          label="Highlights in your library"
          className="library-list"
          render={(row) => (
            <HighlightItem
              highlight={row.highlight}
              article={row.articleMissing ? undefined : row.article}
              showArticle
              actions={actions}
            />
          )}
        />
      ) : (
        <p className="empty">{rows.length ? 'No highlight matches.' : 'No highlights yet.'}</p>
      )}
    </>
  );
}
