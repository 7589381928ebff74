/**
 * Lets a click on the lens's UI act only when the reader meant it: a real click (not one a script
 * dispatched), on UI that has stayed put long enough to be read, and that nothing covers or fades.
 * A page can otherwise lay a "decoy" over the toolbar (a top-layer popover with
 * `pointer-events: none`, or `opacity` on an ancestor) and have the reader click through it.
 */

/** Long enough for a reader to see what appeared under the pointer; short enough not to notice. */
export const SETTLE_MS = 400;
/** A fade the page applies to our UI below this is treated as hiding it. */
const MIN_OPACITY = 0.9;

type Why = 'untrusted' | 'too-soon' | 'covered';

/** Why a click should not act, or null when it may. Keyboard activation (detail 0) needs no settling: it has no pointer to mislead. */
export function refusal(
  click: { isTrusted: boolean; detail: number; timeStamp: number },
  shownAt: number,
  visible: boolean,
): Why | null {
  if (!click.isTrusted) return 'untrusted';
  if (click.detail > 0 && click.timeStamp - shownAt < SETTLE_MS) return 'too-soon';
  return visible ? null : 'covered';
}

/** The opacity an element is drawn with: its own and its ancestors' multiplied (0 when hidden). */
export function drawnOpacity(element: Element, win: Window): number {
  let opacity = 1;
  for (let node: Element | null = element; node; node = node.parentElement) {
    const style = win.getComputedStyle(node);
    if (style.visibility === 'hidden' || style.display === 'none') return 0;
    const own = parseFloat(style.opacity);
    opacity *= Number.isNaN(own) ? 1 : own;
  }
  return opacity;
}

/** Whether an element of the page's top layer (an open popover or modal dialog) covers the point. */
export function topLayerCovers(doc: Document, host: Element, x: number, y: number): boolean {
  for (const layer of doc.querySelectorAll(':popover-open, dialog:modal')) {
    if (layer === host) continue;
    const box = layer.getBoundingClientRect();
    if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) return true;
  }
  return false;
}

/**
 * Whether the clicked UI was on show. A "hidden" verdict of the browser (IntersectionObserver v2,
 * undefined until it reports) refuses any click. A "visible" one does not settle a pointer click:
 * the browser's occlusion test skips layers that let clicks through (`pointer-events: none`), the
 * very decoy, so the page's own checks at the point (`pointerSeesUi`) still apply.
 */
export function wasOnShow(verdict: boolean | undefined, pointerSeesUi: (() => boolean) | null): boolean {
  if (verdict === false) return false;
  return pointerSeesUi ? pointerSeesUi() : true;
}

const hasVisibilityTracking = (win: Window & typeof globalThis) =>
  'isVisible' in (win.IntersectionObserverEntry?.prototype ?? {});

/**
 * Guards the clicks inside `container` (the lens's UI, in the closed shadow root `shadow` of
 * `host`); listening on the root, it runs before any listener inside it.
 * `shown()` is called whenever a panel appears or moves. Where the browser tracks visibility
 * (IntersectionObserver v2: it sees painted occlusion and opacity), a "hidden" verdict refuses;
 * pointer clicks are also checked against the host's opacity and the page's top layer at the point.
 */
export function guardClicks(
  win: Window & typeof globalThis,
  { host, shadow, container }: { host: Element; shadow: ShadowRoot; container: Element },
  signal: AbortSignal,
  onRefused: (why: Why) => void,
) {
  let shownAt = -Infinity;
  const seen = new WeakMap<Element, boolean>();
  let tracker: IntersectionObserver | null = null;
  if (hasVisibilityTracking(win)) {
    tracker = new win.IntersectionObserver(
      (entries) => {
        for (const entry of entries)
          seen.set(entry.target, (entry as IntersectionObserverEntry & { isVisible: boolean }).isVisible);
      },
      { threshold: [1], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
    );
    const watchPanels = new MutationObserver(() => {
      for (const panel of container.children) tracker!.observe(panel);
    });
    watchPanels.observe(container, { childList: true });
    signal.addEventListener('abort', () => {
      watchPanels.disconnect();
      tracker!.disconnect();
    });
  }

  const visible = (event: MouseEvent) => {
    const panel = [...container.children].find((child) => child.contains(event.target as Node));
    // Keyboard activation (detail 0) has no point for anything to cover.
    const pointerSeesUi =
      event.detail === 0
        ? null
        : () =>
            drawnOpacity(host, win) >= MIN_OPACITY && !topLayerCovers(win.document, host, event.clientX, event.clientY);
    return wasOnShow(panel && seen.get(panel), pointerSeesUi);
  };

  shadow.addEventListener(
    'click',
    (event) => {
      const why = refusal(event as MouseEvent, shownAt, visible(event as MouseEvent));
      if (!why) return;
      event.stopImmediatePropagation();
      event.preventDefault();
      onRefused(why);
    },
    { capture: true, signal },
  );
  return { shown: () => (shownAt = win.performance.now()) };
}
