import { hitTest } from './hit-test';
import type { MentionLayer } from './mention-layer';

const OPEN_DELAY_MS = 300;
const CLOSE_DELAY_MS = 250;

interface TooltipControl {
  openMention: (id: string, byFocus?: boolean) => void;
  closeMention: () => void;
}

/**
 * Opens a name's tooltip when the pointer rests on it (after an intent delay) or when a link that
 * is the name gets the keyboard focus; closes it on Escape or when the pointer moves away.
 */
export function watchMentionTooltips(doc: Document, signal: AbortSignal, layer: MentionLayer, ui: TooltipControl): void {
  if (!layer.total) return;
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
        if ((event.target as Element | null)?.tagName === 'INTERVIEW-LENS-UI') return; // over the tooltip itself
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
      if (target?.matches?.('a[href]')) layer.showAround(target);
      const mention = target?.matches?.('a[href]') ? mentions.find((candidate) => target.contains(candidate.range.commonAncestorContainer)) : undefined;
      if (mention) ui.openMention(mention.id, true);
      else ui.closeMention();
    },
    { signal },
  );
  signal.addEventListener('abort', () => clearTimeout(intent));
}
