import { isInEditable } from '../text/elements';
import type { UiController } from './ui-controller';

/**
 * Tab after a selection reaches the toolbar (its hint says so), and Tab at a name takes the focus
 * into its tooltip when that has something to reach (`reachable`); elsewhere Tab is the page's.
 * Returns where the focus was when Tab took it into a tooltip (a link), to give it back on Escape.
 */
export function tabIntoLens(
  doc: Document,
  signal: AbortSignal,
  host: Element,
  ui: Pick<UiController, 'focusToolbar' | 'focusMention'>,
  reachable: (id: string) => boolean,
): () => HTMLElement | null {
  let tooltipFrom: HTMLElement | null = null;
  doc.addEventListener(
    'keydown',
    (event) => {
      const plain = !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey;
      const onPage = event.target !== host && !isInEditable(event.target as Node); // Tab inside the lens moves within it
      if (!event.isTrusted || event.key !== 'Tab' || !plain || !onPage) return;
      const from = doc.activeElement;
      if (ui.focusToolbar()) event.preventDefault();
      else if (ui.focusMention(reachable)) {
        event.preventDefault();
        tooltipFrom = from instanceof HTMLElement && from !== doc.body ? from : null;
      }
    },
    { signal, capture: true },
  );
  return () => tooltipFrom;
}
