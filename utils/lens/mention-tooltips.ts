import { hitTest } from './hit-test';
import type { MentionTarget } from './interview-view';
import { UI_TAG } from './shadow-host';
import { isInEditable } from '../text/elements';
import type { MentionLayer } from './mention-layer';

const OPEN_DELAY_MS = 300;
/** The lens's own element on the page (its shadow host), as events from inside it are seen here. */
const LENS_TAG = UI_TAG.toUpperCase();
const CLOSE_DELAY_MS = 250;

interface TooltipControl {
  openMention: (id: string, byFocus?: boolean) => void;
  closeMention: () => void;
}

/**
 * Opens a name's tooltip when the pointer rests on it (after an intent delay), when a link that is
 * the name gets the keyboard focus, or when the caret (caret browsing) enters the name; closes it
 * on Escape or when the pointer or caret moves away. `refocus` gives the focus back to an element
 * without opening its tooltip again (the reader just closed it).
 */
/** Whether a name's tooltip holds something to reach by keyboard: "Next quote", or a project's links. */
export const tooltipHasControls = (target: MentionTarget, quotes: number): boolean =>
  target.kind === 'speaker' ? quotes > 0 : Boolean(target.entry.homepage || target.entry.repository);

/** Whether the tooltip of the shown name `id` has something to reach (Tab goes into it only then). */
export const tooltipReachable =
  (layer: Pick<MentionLayer, 'painted'>, countFor: (target: MentionTarget) => { quotes: number }) =>
  (id: string): boolean => {
    const mention = layer.painted.find((candidate) => candidate.id === id);
    return mention !== undefined && tooltipHasControls(mention.target, countFor(mention.target).quotes);
  };

export function watchMentionTooltips(
  doc: Document,
  signal: AbortSignal,
  layer: MentionLayer,
  ui: TooltipControl,
): { refocus: (element: HTMLElement) => void } {
  let returning = false;
  const refocus = (element: HTMLElement) => {
    returning = true;
    element.focus();
    returning = false;
  };
  if (!layer.total) return { refocus };
  const mentions = layer.painted;
  let hovered: string | null = null;
  let intent: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  const view = doc.defaultView!;
  doc.addEventListener(
    'mousemove',
    (event) => {
      if (frame) return;
      frame = view.requestAnimationFrame(() => {
        frame = 0;
        if ((event.target as Element | null)?.tagName === LENS_TAG) return; // over the tooltip itself
        const id = hitTest(doc, mentions, event.clientX, event.clientY);
        if (id === hovered) return;
        hovered = id;
        clearTimeout(intent);
        intent = setTimeout(() => (id ? ui.openMention(id) : ui.closeMention()), id ? OPEN_DELAY_MS : CLOSE_DELAY_MS);
      });
    },
    { passive: true, signal },
  );
  doc.addEventListener('keydown', (event) => event.key === 'Escape' && ui.closeMention(), { signal });
  // The focus stays where the reader put it; the tooltip only shows beside it.
  doc.addEventListener(
    'focusin',
    (event) => {
      const target = event.target as Element | null;
      // Into the lens itself (Tab into the tooltip): the tooltip stays.
      if (returning || target?.tagName === LENS_TAG) return;
      if (target?.matches?.('a[href]')) layer.showAround(target);
      const mention = target?.matches?.('a[href]')
        ? mentions.find((candidate) => target.contains(candidate.range.commonAncestorContainer))
        : undefined;
      if (mention) ui.openMention(mention.id, true);
      else ui.closeMention();
    },
    { signal },
  );
  // The caret of a keyboard reader inside a name shows its tooltip, as a focused link does; a
  // click's caret does not (the pointer has its own way), nor typing in an editor.
  let atCaret: string | null = null;
  let byKeys = false;
  doc.addEventListener('keydown', (event) => (byKeys = event.isTrusted), { capture: true, passive: true, signal });
  doc.addEventListener('pointerdown', () => (byKeys = false), { capture: true, passive: true, signal });
  doc.addEventListener(
    'selectionchange',
    () => {
      // The focus moving into the lens (Tab into the tooltip) moves the selection too: not the caret's doing.
      if (doc.activeElement?.tagName === LENS_TAG) return;
      const selection = doc.getSelection();
      if (!byKeys || !selection?.isCollapsed || !selection.anchorNode || isInEditable(selection.anchorNode)) return;
      const { anchorNode, anchorOffset } = selection;
      const mention = mentions.find((candidate) => candidate.range.isPointInRange(anchorNode, anchorOffset));
      if (mention) ui.openMention(mention.id, true);
      else if (atCaret) ui.closeMention();
      atCaret = mention?.id ?? null;
    },
    { signal },
  );
  signal.addEventListener('abort', () => clearTimeout(intent));
  return { refocus };
}
