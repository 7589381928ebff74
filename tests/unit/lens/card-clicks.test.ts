// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { clickReachesCards } from '@/utils/lens/card-clicks';

describe('clickReachesCards', () => {
  it('lets only the reader’s own click, with nothing selected and not on a link, open or close a card', () => {
    document.body.innerHTML = '<p id="p">PyTorch was there. <a id="a" href="/more"><b id="b">Read more</b></a></p>';
    const [p, inLink] = [document.getElementById('p'), document.getElementById('b')];
    const collapsed = { isCollapsed: true } as Selection;
    expect(clickReachesCards({ isTrusted: true, target: p }, collapsed)).toBe(true);
    expect(clickReachesCards({ isTrusted: false, target: p }, collapsed)).toBe(false); // a page's script
    expect(clickReachesCards({ isTrusted: true, target: p }, { isCollapsed: false } as Selection)).toBe(false); // the end of a drag
    expect(clickReachesCards({ isTrusted: true, target: p }, null)).toBe(false);
    expect(clickReachesCards({ isTrusted: true, target: inLink }, collapsed)).toBe(false);
    expect(clickReachesCards({ isTrusted: true, target: document }, collapsed)).toBe(true); // not an element: no link to keep
  });
});
