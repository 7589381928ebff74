// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createUiController } from '@/utils/lens/ui-controller';

/** A paragraph of page text, selected. */
function selectParagraph() {
  document.body.innerHTML = '<p id="p">They run PyTorch in production.</p>';
  const range = document.createRange();
  range.selectNodeContents(document.getElementById('p')!);
  document.getSelection()!.removeAllRanges();
  document.getSelection()!.addRange(range);
}

describe('createUiController', () => {
  it('restarts the click settling time only when the toolbar appears or moves', () => {
    selectParagraph();
    const placed = vi.fn();
    const ui = createUiController(window, async () => ({ ok: true, message: '' }), placed);
    ui.update();
    expect(ui.store.get().toolbar).not.toBeNull();
    ui.update(); // the mouseup of a click on the toolbar: same selection, same place
    expect(placed).toHaveBeenCalledTimes(1);
    ui.openCard('h1', 10, 10);
    expect(placed).toHaveBeenCalledTimes(2);
  });

  it('lets Tab into the toolbar after a keyboard selection, also once Shift is released, and not after a mouse one', () => {
    selectParagraph();
    const ui = createUiController(window, async () => ({ ok: true, message: '' }));
    ui.update('keys');
    ui.update('same');
    expect(ui.focusToolbar()).toBe(true);
    ui.update('mouse');
    ui.update('same');
    expect(ui.focusToolbar()).toBe(false);
  });
});
