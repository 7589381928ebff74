import type { LensUiActions } from '@/components/lens/LensUi';
import type { ColourChoices } from './colour-choices';
import type { LensUiState } from './ui-state';
import type { Store } from './ui-store';

/** What the lens hands its interface: where to draw, the state to draw, and what the controls do. */
export interface LensUiHandoff {
  container: HTMLElement;
  store: Store<LensUiState>;
  actions: LensUiActions;
  colours: ColourChoices;
  /** Aborts when the lens goes (the extension was updated or removed). */
  signal: AbortSignal;
}

/**
 * The lens and its interface (React and the cards) are two files, so the browser compiles them in
 * two tasks instead of one long one. The background injects both into the same isolated world,
 * whose global scope they share (the page cannot see it); whichever comes second completes the
 * handoff, and the interface is drawn once.
 */
const KEY = Symbol.for('interview-lens.ui-handoff');
type Slot = { offered?: LensUiHandoff; draw?: (handoff: LensUiHandoff) => void; drawn?: boolean };
type WithSlot = typeof globalThis & { [KEY]?: Slot };

const slot = (): Slot => {
  const scope = globalThis as WithSlot;
  scope[KEY] ??= {};
  return scope[KEY];
};

function complete(current: Slot) {
  if (current.drawn || !current.offered || !current.draw) return;
  current.drawn = true;
  current.draw(current.offered);
}

/** The lens: its interface may be drawn now. */
export function offerUi(handoff: LensUiHandoff): void {
  const current = slot();
  current.offered = handoff;
  complete(current);
}

/** The interface file: how to draw, once the lens offers (a second injection draws nothing). */
export function takeUi(draw: (handoff: LensUiHandoff) => void): void {
  const current = slot();
  current.draw ??= draw;
  complete(current);
}
