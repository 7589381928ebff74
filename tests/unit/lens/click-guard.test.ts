// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { drawnOpacity, guardClicks, refusal, SETTLE_MS, wasOnShow } from '@/utils/lens/click-guard';
import { watchSelections } from '@/utils/page/first-selection';

const click = (overrides: Partial<{ isTrusted: boolean; detail: number; timeStamp: number }> = {}) => ({
  isTrusted: true,
  detail: 1,
  timeStamp: 10_000,
  ...overrides,
});

describe('refusal', () => {
  it('lets a real click on settled, visible UI act', () => {
    expect(refusal(click(), 10_000 - SETTLE_MS, true)).toBeNull();
  });

  it('refuses clicks dispatched by a script', () => {
    expect(refusal(click({ isTrusted: false }), 0, true)).toBe('untrusted');
  });

  it('refuses a pointer click that lands as the UI appears or moves', () => {
    expect(refusal(click(), 10_000 - SETTLE_MS + 1, true)).toBe('too-soon');
  });

  it('lets the keyboard press a button at once: no pointer was misled', () => {
    expect(refusal(click({ detail: 0 }), 10_000, true)).toBeNull();
  });

  it('refuses clicks on UI that is covered or faded, even from the keyboard', () => {
    expect(refusal(click(), 0, false)).toBe('covered');
    expect(refusal(click({ detail: 0 }), 0, false)).toBe('covered');
  });
});

describe('wasOnShow', () => {
  it('trusts a pointer click only when the page checks at its point agree, even after the browser said "visible"', () => {
    // The browser's occlusion test skips a see-through popover with pointer-events: none.
    expect(wasOnShow(true, () => false)).toBe(false);
    expect(wasOnShow(undefined, () => false)).toBe(false);
    expect(wasOnShow(true, () => true)).toBe(true);
  });

  it('refuses anything the browser saw hidden, keyboard included; the keyboard is otherwise trusted', () => {
    expect(wasOnShow(false, () => true)).toBe(false);
    expect(wasOnShow(false, null)).toBe(false);
    expect(wasOnShow(undefined, null)).toBe(true);
  });
});

describe('drawnOpacity', () => {
  it('multiplies the opacity of the element and every ancestor', () => {
    document.body.innerHTML = '<div style="opacity: 0.5"><span id="ui">x</span></div>';
    document.body.style.opacity = '0.02';
    expect(drawnOpacity(document.getElementById('ui')!, window)).toBeCloseTo(0.01);
    document.body.style.opacity = '';
  });

  it('is 0 when an ancestor hides the element', () => {
    document.body.innerHTML = '<div style="visibility: hidden"><span id="ui">x</span></div>';
    expect(drawnOpacity(document.getElementById('ui')!, window)).toBe(0);
  });
});

describe('guardClicks', () => {
  it('stops a script’s click before it reaches the UI', () => {
    document.body.innerHTML = '';
    const host = document.createElement('interview-lens-ui');
    const shadow = host.attachShadow({ mode: 'closed' });
    const container = document.createElement('div');
    const button = document.createElement('button');
    const pressed = vi.fn();
    button.addEventListener('click', pressed);
    container.append(button);
    shadow.append(container);
    document.body.append(host);
    const refused = vi.fn();
    const controller = new AbortController();
    guardClicks(window, { host, shadow, container }, controller.signal, refused);
    button.click(); // happy-dom, like a page script, makes untrusted events only
    expect(pressed).not.toHaveBeenCalled();
    expect(refused).toHaveBeenCalledWith('untrusted');
    controller.abort();
  });
});

describe('watchSelections', () => {
  it('ignores a selection made by script and announced with a synthetic mouseup', () => {
    document.body.innerHTML = '<p id="p">They run PyTorch in production.</p>';
    const onSelect = vi.fn();
    const controller = new AbortController();
    watchSelections(document, controller.signal, onSelect);
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('p')!);
    document.getSelection()!.addRange(range);
    document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    document.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true }));
    expect(onSelect).not.toHaveBeenCalled();
    controller.abort();
  });
});
