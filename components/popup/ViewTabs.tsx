import { useRef, type KeyboardEvent } from 'react';

export const VIEWS = [
  ['page', 'This page'],
  ['library', 'Library'],
  ['people', 'People'],
  ['projects', 'Projects'],
] as const;
export type View = (typeof VIEWS)[number][0];

export const isView = (value: string | null): value is View => VIEWS.some(([id]) => id === value);

/** The popup's views as a tab list: arrow keys, Home and End move between them (WAI-ARIA tabs). */
export function ViewTabs({ view, onChange }: { view: View; onChange: (view: View) => void }) {
  const list = useRef<HTMLDivElement>(null);
  const move = (event: KeyboardEvent) => {
    const at = VIEWS.findIndex(([id]) => id === view);
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: VIEWS.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = VIEWS[(next + VIEWS.length) % VIEWS.length]![0];
    onChange(target);
    list.current?.querySelector<HTMLElement>(`#tab-${target}`)?.focus();
  };
  return (
    <div ref={list} className="view-tabs" role="tablist" aria-label="Views" onKeyDown={move}>
      {VIEWS.map(([id, label]) => (
        <button
          key={id}
          id={`tab-${id}`}
          type="button"
          role="tab"
          aria-selected={id === view}
          // Only the chosen view's panel exists.
          {...(id === view ? { 'aria-controls': `panel-${id}` } : {})}
          tabIndex={id === view ? 0 : -1}
          onClick={() => onChange(id)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
