import { watchSelections } from '../page/first-selection';
import type { UiController } from './ui-controller';

/**
 * The toolbar follows the reader's selections and goes on Escape. One pending toolbar update at a
 * time, and Escape cancels it: an update still queued from the selection's own key release would
 * otherwise bring back the toolbar the reader just put away.
 */
export function toolbarFollowsSelection(
  doc: Document,
  signal: AbortSignal,
  ui: Pick<UiController, 'update' | 'hideIfUnselected' | 'closeToolbar'>,
): void {
  let pendingUpdate: ReturnType<typeof setTimeout> | undefined;
  watchSelections(doc, signal, (byKeys) => {
    clearTimeout(pendingUpdate);
    pendingUpdate = setTimeout(() => ui.update(byKeys), 0);
  });
  doc.addEventListener('selectionchange', ui.hideIfUnselected, { signal });
  doc.addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted || event.key !== 'Escape') return;
      clearTimeout(pendingUpdate);
      ui.closeToolbar();
    },
    { signal },
  );
}
