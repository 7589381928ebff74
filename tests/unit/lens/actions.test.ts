// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLensActions, type LensActionDeps } from '@/utils/lens/actions';
import { createUiController } from '@/utils/lens/ui-controller';

/** The lens's element with a control inside its shadow root, where the card's focus goes. */
function mountLens() {
  const host = document.createElement('interview-lens-ui');
  const shadow = host.attachShadow({ mode: 'open' });
  const card = document.createElement('button');
  shadow.append(card);
  document.body.append(host);
  return { host, shadow, card };
}

function actionsFor(mounted: ReturnType<typeof mountLens>) {
  const ui = createUiController(window, async () => ({ ok: true, message: '' }));
  const deps = {
    doc: document,
    ui,
    highlighter: { rangeOf: () => undefined },
    interview: { speakers: () => [] },
    mounted,
  } as unknown as LensActionDeps;
  return { ui, actions: createLensActions(deps) };
}

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('closing a card from the keyboard', () => {
  it('gives the focus back to the page once the card is gone', () => {
    vi.useFakeTimers();
    const mounted = mountLens();
    const { ui, actions } = actionsFor(mounted);
    ui.openCard('first', 10, 10);
    mounted.card.focus();
    expect(document.activeElement).toBe(mounted.host);
    actions.closeCard();
    vi.runAllTimers();
    expect(document.activeElement).not.toBe(mounted.host);
  });

  it('leaves the focus in the next card when the reader opens one at once', () => {
    vi.useFakeTimers();
    const mounted = mountLens();
    const { ui, actions } = actionsFor(mounted);
    ui.openCard('first', 10, 10);
    mounted.card.focus();
    actions.closeCard();
    // A click on the next highlight before the page has run its timers: that card focuses itself.
    ui.openCard('second', 40, 10);
    mounted.card.focus();
    vi.runAllTimers();
    expect(document.activeElement).toBe(mounted.host);
    expect(ui.openCardId()).toBe('second');
  });
});
