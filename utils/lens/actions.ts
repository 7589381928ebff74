import type { HighlightPatch } from '../messages/fields';
import type { SendRequest } from '../messages/send';
import type { Colour } from '../paint/colours';
import type { Highlighter, Outcome } from './highlighter';
import type { InterviewView, PaintedMention } from './interview-view';
import type { MentionLayer } from './mention-layer';
import type { UiController } from './ui-controller';

export interface LensActionDeps {
  doc: Document;
  ui: UiController;
  highlighter: Highlighter;
  interview: Pick<InterviewView, 'speakers' | 'countFor' | 'nextQuoteAfter'>;
  mentions: Pick<MentionLayer, 'painted'>;
  /** The lens's element on the page, and its shadow root. */
  mounted: { host: HTMLElement; shadow: ShadowRoot };
  /** Gives the focus back to a link without opening its tooltip again. */
  refocus: (element: HTMLElement) => void;
  /** Where the focus was when Tab took it into a name's tooltip. */
  tooltipFrom: () => HTMLElement | null;
  send: SendRequest;
}

/** What the lens's toolbar, cards and tooltips do when the reader uses them (the LensUi's actions). */
export function createLensActions({
  doc,
  ui,
  highlighter,
  interview,
  mentions,
  mounted,
  refocus,
  tooltipFrom,
  send,
}: LensActionDeps) {
  const report = (outcome: Outcome) => ui.say(outcome.message, outcome.ok ? 'info' : 'error');
  /** The page gets the focus back: blurring the lens's own element leaves it to the page. */
  const blurLens = () => (doc.activeElement as HTMLElement | null)?.blur();

  /** Closes the card from the keyboard (Escape, ×): the caret goes back to the end of its highlight, where the reader was. */
  const closeCard = () => {
    const open = ui.openCardId();
    ui.closeCard();
    const range = open ? highlighter.rangeOf(open) : undefined;
    if (range) doc.getSelection()?.collapse(range.endContainer, range.endOffset);
    // Once the card is gone (Firefox may leave the focus on the lens with the note frame); not if
    // another card has opened meanwhile, as a quick click on the next highlight does: it keeps its focus.
    setTimeout(() => {
      if (ui.openCardId() !== null || doc.activeElement !== mounted.host) return;
      (mounted.shadow.activeElement as HTMLElement | null)?.blur();
      mounted.host.blur();
    }, 0);
  };

  return {
    highlight: (colour: Colour, byKeys: boolean) => void ui.highlight(colour, byKeys),
    closeToolbar: () => {
      ui.closeToolbar();
      blurLens(); // back to the page, the selection as it was
    },
    find: highlighter.get,
    speakers: interview.speakers,
    update: (id: string, patch: HighlightPatch) => void highlighter.update(id, patch).then(report),
    remove: (id: string) => {
      const deleted = highlighter.get(id);
      ui.closeCard();
      void highlighter.remove(id).then((outcome) => {
        if (!outcome.ok || !deleted) return report(outcome);
        ui.say(outcome.message, 'info', undefined, {
          label: 'Undo',
          run: () => void highlighter.restore(deleted).then(report),
        });
      });
    },
    copy: (id: string) => {
      const quote = highlighter.get(id)?.quote.exact ?? '';
      navigator.clipboard.writeText(quote).then(
        () => ui.say('Quote copied.', 'info'),
        () => ui.say('The browser did not allow copying here.', 'error'),
      );
    },
    markSpeaker: (name: string) => {
      ui.closeToolbar();
      void send({ type: 'page:correct', change: { kind: 'speaker', name } }).then((reply) =>
        ui.say(
          reply.ok ? `${name} is a speaker on this page. Reload it to see them underlined.` : reply.error,
          reply.ok ? 'info' : 'error',
        ),
      );
    },
    closeCard,
    runMessageAction: ui.runMessageAction,
    findMention: (id: string) => mentions.painted.find((mention) => mention.id === id),
    countFor: (mention: PaintedMention) => interview.countFor(mention.target),
    leaveMention: () => {
      ui.closeMention();
      const from = tooltipFrom();
      if (from) refocus(from);
      else blurLens(); // back to the page and its caret
    },
    nextQuote: (mention: PaintedMention) =>
      interview
        .nextQuoteAfter(mention)
        ?.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' }),
  };
}
