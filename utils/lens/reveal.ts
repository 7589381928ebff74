/** Where a highlight's card opens: under the middle of its range's first line, if that is drawn. */
export function cardPoint(range: Range): { x: number; y: number } | null {
  const rect = range.getClientRects()[0];
  return rect ? { x: rect.left + rect.width / 2, y: rect.bottom } : null;
}

/**
 * Scrolls a range to the middle of the window, then calls `then`: at once if nothing moved, else
 * after the scroll this caused has been reported, since scrolling closes the lens's cards.
 */
export function scrollToReveal(win: Window, range: Range, then: () => void): void {
  const before = win.scrollY;
  // Instant even where the page asks for smooth scrolling: the card must not wait on an animation.
  range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
  if (win.scrollY === before) then();
  else win.addEventListener('scroll', () => win.requestAnimationFrame(then), { once: true, passive: true });
}
