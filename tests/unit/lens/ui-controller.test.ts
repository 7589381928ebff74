// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createUiController } from '@/utils/lens/ui-controller';

describe('createUiController', () => {
  it('restarts the click settling time only when the toolbar appears or moves', () => {
    document.body.innerHTML = '<p id="p">They run PyTorch in production.</p>';
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('p')!);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    const placed = vi.fn();
    const ui = createUiController(window, async () => ({ ok: true, message: '' }), placed);
    ui.update();
    expect(ui.store.get().toolbar).not.toBeNull();
    ui.update(); // the mouseup of a click on the toolbar: same selection, same place
    expect(placed).toHaveBeenCalledTimes(1);
    ui.openCard('h1', 10, 10);
    expect(placed).toHaveBeenCalledTimes(2);
  });
});
