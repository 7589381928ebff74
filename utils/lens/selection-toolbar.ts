import { type SelectionInput, watchSelections } from '../page/first-selection';
import type { UiController } from './ui-controller';

/**
 * One pending toolbar update at a time, the latest selection's. A modifier's release replaces a
 * pending update without changing how its selection was made: released at once after Shift+arrows
 * (before the last arrow's update ran), Shift must not turn a keyboard selection into a mouse one,
 * or Tab would no longer reach the toolbar.
 */
export function queueToolbarUpdates(update: (how: SelectionInput) => void) {
  let pending: { timer: ReturnType<typeof setTimeout>; how: SelectionInput } | null = null;
  const cancel = () => {
    if (pending) clearTimeout(pending.timer);
    pending = null;
  };
  return {
    selected(input: SelectionInput) {
      const how = input === 'same' && pending ? pending.how : input;
      cancel();
      pending = {
        how,
        timer: setTimeout(() => {
          pending = null;
          update(how);
        }, 0),
      };
    },
    cancel,
  };
}

/**
 * The toolbar follows the reader's selections and goes on Escape, which also cancels a pending
 * update: one still queued from the selection's own key release would otherwise bring back the
 * toolbar the reader just put away.
 */
export function toolbarFollowsSelection(
  doc: Document,
  signal: AbortSignal,
  ui: Pick<UiController, 'update' | 'hideIfUnselected' | 'closeToolbar'>,
): void {
  const updates = queueToolbarUpdates(ui.update);
  watchSelections(doc, signal, updates.selected);
  signal.addEventListener('abort', updates.cancel);
  doc.addEventListener('selectionchange', ui.hideIfUnselected, { signal });
  doc.addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted || event.key !== 'Escape') return;
      updates.cancel();
      ui.closeToolbar();
    },
    { signal },
  );
}
