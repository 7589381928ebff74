import type { UiController } from './ui-controller';

/**
 * Whether a click may open or close a highlight's card: the reader's own (a script's click must not
 * pull the focus into a card), with no text selected, and not on a link (links keep working as links).
 */
export function clickReachesCards(
  click: Pick<MouseEvent, 'isTrusted' | 'target'>,
  selection: Selection | null,
): boolean {
  return click.isTrusted && selection?.isCollapsed === true && !(click.target as Element | null)?.closest?.('a[href]');
}

/** A click on painted text opens that highlight's card; a click elsewhere closes the open one. */
export function openCardsOnClick(
  doc: Document,
  signal: AbortSignal,
  highlightAt: (x: number, y: number) => string | null,
  ui: Pick<UiController, 'openCard' | 'closeCard'>,
): void {
  doc.addEventListener(
    'click',
    (event) => {
      if (!clickReachesCards(event, doc.getSelection())) return;
      const id = highlightAt(event.clientX, event.clientY);
      if (id) ui.openCard(id, event.clientX, event.clientY);
      else ui.closeCard();
    },
    { signal },
  );
}
