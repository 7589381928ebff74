import { firstAbove } from '@/utils/text/first-above';
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';

interface Props<T> {
  items: readonly T[];
  keyOf: (item: T) => string;
  render: (item: T) => ReactNode;
  /** Height assumed for an item not measured yet. */
  estimate: number;
  label: string;
  className?: string;
}

/** Items drawn beyond the visible ones on each side, so fast scrolling shows no gap. */
const OVERSCAN_PX = 400;

/**
 * A scrolling list that renders only the items in and near view. Items differ in height (quotes
 * and notes vary), so each drawn item is measured and the rest use the estimate until seen. With
 * ten thousand highlights, drawing them all would take seconds; this draws about a screenful.
 */
export function VirtualList<T>({ items, keyOf, render, estimate, label, className }: Props<T>) {
  const scroller = useRef<HTMLDivElement>(null);
  const heights = useRef(new Map<string, number>());
  const [viewport, setViewport] = useState({ top: 0, height: 600 });
  const [measured, setMeasured] = useState(0); // bumped when a height changes, to re-lay out

  // offsets[k] = where item k starts; offsets[items.length] = the total height.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `measured` stands for the heights map, which changes in place
  const offsets = useMemo(() => {
    const result = new Float64Array(items.length + 1);
    for (let k = 0; k < items.length; k++)
      result[k + 1] = result[k]! + (heights.current.get(keyOf(items[k]!)) ?? estimate);
    return result;
  }, [items, keyOf, estimate, measured]);

  const first = Math.max(0, firstAbove(offsets, viewport.top - OVERSCAN_PX) - 1);
  const last = Math.min(items.length, firstAbove(offsets, viewport.top + viewport.height + OVERSCAN_PX));

  const record = useCallback((key: string, height: number) => {
    if (height > 0 && Math.abs((heights.current.get(key) ?? -1) - height) > 0.5) {
      heights.current.set(key, height);
      setMeasured((count) => count + 1);
    }
  }, []);

  // Drawn items are watched, not only measured once: one that grows (opened for editing, a long
  // note) pushes the next ones down instead of covering them. The list's own box is watched too.
  const resizes = useRef<ResizeObserver | null>(null);
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const update = () => setViewport({ top: element.scrollTop, height: element.clientHeight });
    update();
    element.addEventListener('scroll', update, { passive: true });
    const observer = new ResizeObserver((entries) => {
      for (const entry of entries) {
        if (entry.target === element) update();
        else record((entry.target as HTMLElement).dataset.key!, entry.target.getBoundingClientRect().height);
      }
    });
    observer.observe(element);
    // Items drawn before this effect ran (the first screen: children attach first) are watched too.
    for (const node of mounted.current) observer.observe(node);
    resizes.current = observer;
    return () => {
      element.removeEventListener('scroll', update);
      observer.disconnect();
    };
  }, [record]);

  // One ref callback per item, kept: a new one each render would make React detach and attach it
  // again, measuring every drawn item (a forced layout) whenever the list changes.
  const refs = useRef(new Map<string, (node: HTMLLIElement) => () => void>());
  const mounted = useRef(new Set<HTMLLIElement>());
  const measure = useCallback(
    (key: string) => {
      let ref = refs.current.get(key);
      if (!ref) {
        ref = (node: HTMLLIElement) => {
          record(key, node.getBoundingClientRect().height);
          mounted.current.add(node);
          resizes.current?.observe(node);
          return () => {
            // React 19 calls this when the item scrolls away.
            resizes.current?.unobserve(node);
            mounted.current.delete(node);
            refs.current.delete(key);
          };
        };
        refs.current.set(key, ref);
      }
      return ref;
    },
    [record],
  );

  return (
    <div ref={scroller} className={`virtual-list ${className ?? ''}`}>
      <ul
        aria-label={label}
        style={{ position: 'relative', height: offsets[items.length], margin: 0, padding: 0, listStyle: 'none' }}
      >
        {items.slice(first, last).map((item, k) => {
          const key = keyOf(item);
          return (
            <li
              key={key}
              ref={measure(key)}
              data-key={key}
              style={{ position: 'absolute', top: offsets[first + k], left: 0, right: 0 }}
            >
              {render(item)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
