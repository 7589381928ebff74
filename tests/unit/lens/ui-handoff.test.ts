import { afterEach, describe, expect, it, vi } from 'vitest';
import { offerUi, takeUi, type LensUiHandoff } from '@/utils/lens/ui-handoff';

const handoff = () => ({ container: document.createElement('div') }) as unknown as LensUiHandoff;

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('interview-lens.ui-handoff')];
});

describe('the lens hands its interface to the second file', () => {
  it('draws once when the lens comes first, as the background injects them', () => {
    const offered = handoff();
    offerUi(offered);
    const draw = vi.fn();
    takeUi(draw);
    expect(draw).toHaveBeenCalledExactlyOnceWith(offered);
  });

  it('draws once the lens offers, when the interface came first', () => {
    const draw = vi.fn();
    takeUi(draw);
    expect(draw).not.toHaveBeenCalled();
    offerUi(handoff());
    expect(draw).toHaveBeenCalledOnce();
  });

  it('a second injection of the interface draws nothing more', () => {
    offerUi(handoff());
    const first = vi.fn();
    const second = vi.fn();
    takeUi(first);
    takeUi(second);
    expect(first).toHaveBeenCalledOnce();
    expect(second).not.toHaveBeenCalled();
  });
});
