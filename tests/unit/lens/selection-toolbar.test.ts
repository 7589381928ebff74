import { afterEach, describe, expect, it, vi } from 'vitest';
import { queueToolbarUpdates } from '@/utils/lens/selection-toolbar';
import { lastSelectionInput, rememberSelectionInput } from '@/utils/page/selection-input';

describe('queueToolbarUpdates', () => {
  afterEach(() => vi.useRealTimers());

  it('keeps a keyboard selection one when Shift is released before its update ran', () => {
    vi.useFakeTimers();
    const update = vi.fn();
    const updates = queueToolbarUpdates(update);
    updates.selected('keys'); // the last Shift+arrow
    updates.selected('same'); // Shift released at once
    vi.runAllTimers();
    expect(update.mock.calls).toEqual([['keys']]);
  });

  it('runs only the latest selection, and nothing once cancelled (Escape)', () => {
    vi.useFakeTimers();
    const update = vi.fn();
    const updates = queueToolbarUpdates(update);
    updates.selected('keys');
    updates.selected('mouse');
    updates.selected('same');
    vi.runAllTimers();
    expect(update.mock.calls).toEqual([['mouse']]);
    updates.selected('keys');
    updates.cancel();
    vi.runAllTimers();
    expect(update).toHaveBeenCalledTimes(1);
  });

  it('passes a lone modifier release on as such: the selection it ends was made before', () => {
    vi.useFakeTimers();
    const update = vi.fn();
    queueToolbarUpdates(update).selected('same');
    vi.runAllTimers();
    expect(update.mock.calls).toEqual([['same']]);
  });
});

describe('the selection input kept for a lens that loads later', () => {
  it('is the latest mouse or keyboard selection; a modifier release keeps it', () => {
    rememberSelectionInput('keys');
    rememberSelectionInput('same'); // Shift let go before the lens came
    expect(lastSelectionInput()).toBe('keys');
    rememberSelectionInput('mouse');
    expect(lastSelectionInput()).toBe('mouse');
  });
});
