import ReactDOM from 'react-dom/client';
import { LensUi, type LensUiActions } from '@/components/lens/LensUi';
import { lensCommands } from '@/utils/lens/commands';
import { createHighlighter, type Outcome } from '@/utils/lens/highlighter';
import { readInterviewInSlices } from '@/utils/lens/interview-view';
import { showMentionsInView } from '@/utils/lens/mention-layer';
import { mentionsAtDensity } from '@/utils/lens/mention-density';
import { tooltipHasControls, watchMentionTooltips } from '@/utils/lens/mention-tooltips';
import { createUiController } from '@/utils/lens/ui-controller';
import { watchPageChanges } from '@/utils/lens/watch-page';
import { answerCommands } from '@/utils/messages/answer-commands';
import { sendRequest } from '@/utils/messages/send';
import { watchSelections } from '@/utils/page/first-selection';
import { isInEditable } from '@/utils/text/elements';
import { claimLens } from '@/utils/page/lens-marker';
import { extensionLifetime, runtimeConnected } from '@/utils/page/lifetime';
import { watchAddress } from '@/utils/page/address-watch';
import { mountShadowHost } from '@/utils/lens/shadow-host';
import { guardClicks } from '@/utils/lens/click-guard';
import { FALLBACK_COLOURS, type ColourChoices } from '@/utils/lens/colour-choices';
import { canPaint, mentionHighlight } from '@/utils/paint/registry';
// Inlined into the shadow root, so no stylesheet has to be web-accessible (pages could probe for it).
import css from './style.css?inline';

const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'mousedown', 'mouseup', 'click', 'pointerdown', 'pointerup', 'input'];

const COVERED = 'Something on the page covers or hides the lens, so that click did nothing.';

// Injected by the background only where needed (saved highlights, or the reader selects text).
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  cssInjectionMode: 'manual',
  // WXT would post the extension's id to the page, and lets the page forge the event that stops us.
  noScriptStartedPostMessage: true,
  async main() {
    if (!claimLens()) return;
    const signal = extensionLifetime(runtimeConnected);
    const [own, chosen] = await Promise.all([sendRequest({ type: 'catalog:list' }), sendRequest({ type: 'lens:settings' })]);
    // One object, updated in place when the reader changes colours, so the toolbar's next render uses them.
    const colours: ColourChoices = chosen.ok ? { defaultColour: chosen.defaultColour, colourLabels: chosen.colourLabels } : { ...FALLBACK_COLOURS };
    const rereadColours = async () => {
      const reply = await sendRequest({ type: 'lens:settings' });
      if (reply.ok) Object.assign(colours, { defaultColour: reply.defaultColour, colourLabels: reply.colourLabels });
    };
    const corrections = chosen.ok ? { verdict: chosen.verdict, people: chosen.people } : undefined;
    const interview = await readInterviewInSlices(document, own.ok ? own.entries : [], corrections);
    // The reader's underline density applies from the next page load: names already shown stay.
    const density = chosen.ok ? chosen.underlines : 'first';
    const underlined = { ...interview, mentionSpans: () => mentionsAtDensity(interview.mentionSpans(), interview.blocks(), density) };
    const mentions = showMentionsInView(document, underlined, canPaint() ? mentionHighlight() : null, signal);
    const highlighter = createHighlighter(document, sendRequest, interview.attribution);
    let placed = () => {};
    /** Where the focus was when Tab took it into a name's tooltip (a link), to give it back on Escape. */
    let tooltipFrom: HTMLElement | null = null;
    const ui = createUiController(window, highlighter.highlightSelection, () => placed());
    const report = (outcome: Outcome) => ui.say(outcome.message, outcome.ok ? 'info' : 'error');

    /** Closes the card from the keyboard (Escape, ×): the caret goes back to the end of its highlight, where the reader was. */
    const backToHighlight = () => {
      const open = ui.openCardId();
      ui.closeCard();
      const range = open ? highlighter.rangeOf(open) : undefined;
      if (range) document.getSelection()?.collapse(range.endContainer, range.endOffset);
      // The page gets the focus back, once the card is gone (Firefox may leave it on the lens with the note frame).
      setTimeout(() => {
        if (document.activeElement !== mounted.host) return;
        (mounted.shadow.activeElement as HTMLElement | null)?.blur();
        mounted.host.blur();
      }, 0);
    };

    const actions: LensUiActions = {
      highlight: (colour, byKeys) => void ui.highlight(colour, byKeys),
      closeToolbar: () => {
        ui.closeToolbar();
        (document.activeElement as HTMLElement | null)?.blur(); // back to the page, the selection as it was
      },
      find: highlighter.get,
      speakers: interview.speakers,
      update: (id, patch) => void highlighter.update(id, patch).then(report),
      remove: (id) => {
        const deleted = highlighter.get(id);
        ui.closeCard();
        void highlighter.remove(id).then((outcome) => {
          if (!outcome.ok || !deleted) return report(outcome);
          ui.say(outcome.message, 'info', undefined, { label: 'Undo', run: () => void highlighter.restore(deleted).then(report) });
        });
      },
      copy: (id) => {
        const quote = highlighter.get(id)?.quote.exact ?? '';
        navigator.clipboard.writeText(quote).then(
          () => ui.say('Quote copied.', 'info'),
          () => ui.say('The browser did not allow copying here.', 'error'),
        );
      },
      markSpeaker: (name) => {
        ui.closeToolbar();
        void sendRequest({ type: 'page:correct', change: { kind: 'speaker', name } }).then((reply) =>
          ui.say(reply.ok ? `${name} is a speaker on this page. Reload it to see them underlined.` : reply.error, reply.ok ? 'info' : 'error'),
        );
      },
      closeCard: backToHighlight,
      runMessageAction: ui.runMessageAction,
      findMention: (id) => mentions.painted.find((mention) => mention.id === id),
      countFor: (mention) => interview.countFor(mention.target),
      leaveMention: () => {
        ui.closeMention();
        if (tooltipFrom) tooltips.refocus(tooltipFrom);
        else (document.activeElement as HTMLElement | null)?.blur(); // back to the page and its caret
      },
      nextQuote: (mention) => interview.nextQuoteAfter(mention)?.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' }),
    };

    const mounted = mountShadowHost(document, css, ISOLATED_EVENTS, signal);
    // Only a covered lens says why: a message would take the place of the toolbar the reader clicks again.
    placed = guardClicks(window, mounted, signal, (why) => why === 'covered' && ui.say(COVERED, 'error')).shown;
    const root = ReactDOM.createRoot(mounted.container);
    root.render(<LensUi store={ui.store} actions={actions} colours={colours} />);
    signal.addEventListener('abort', () => root.unmount());

    const listen = { signal };
    // One pending toolbar update at a time, and Escape cancels it: an update still queued from the
    // selection's own key release would otherwise bring back the toolbar the reader just put away.
    let pendingUpdate: ReturnType<typeof setTimeout> | undefined;
    watchSelections(document, signal, (byKeys) => {
      clearTimeout(pendingUpdate);
      pendingUpdate = setTimeout(() => ui.update(byKeys), 0);
    });
    document.addEventListener('selectionchange', ui.hideIfUnselected, listen);
    document.addEventListener(
      'keydown',
      (event) => {
        if (!event.isTrusted || event.key !== 'Escape') return;
        clearTimeout(pendingUpdate);
        ui.closeToolbar();
      },
      listen,
    );
    // Tab after a selection reaches the toolbar (its hint says so); elsewhere Tab is the page's.
    document.addEventListener(
      'keydown',
      (event) => {
        const plain = !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey;
        const onPage = event.target !== mounted.host && !isInEditable(event.target as Node); // Tab inside the lens moves within it
        if (!event.isTrusted || event.key !== 'Tab' || !plain || !onPage) return;
        const from = document.activeElement;
        if (ui.focusToolbar()) event.preventDefault();
        else if (ui.focusMention(reachable)) {
          event.preventDefault();
          tooltipFrom = from instanceof HTMLElement && from !== document.body ? from : null;
        }
      },
      { ...listen, capture: true },
    );
    window.addEventListener('scroll', () => (ui.closeHoverMention(), ui.isShown() && (ui.closeCard(), ui.update())), { ...listen, passive: true });
    // A click on painted text opens that highlight's card (links keep working as links).
    document.addEventListener(
      'click',
      (event) => {
        // A script's click on painted text must not open a card and pull the focus into it.
        if (!event.isTrusted || !document.getSelection()?.isCollapsed || (event.target as Element | null)?.closest?.('a[href]')) return;
        const id = highlighter.highlightAt(event.clientX, event.clientY);
        if (id) ui.openCard(id, event.clientX, event.clientY);
        else ui.closeCard();
      },
      listen,
    );
    const tooltips = watchMentionTooltips(document, signal, mentions, ui);
    function reachable(id: string) {
      const mention = mentions.painted.find((candidate) => candidate.id === id);
      return mention !== undefined && tooltipHasControls(mention.target, interview.countFor(mention.target).quotes);
    }
    watchPageChanges(document.body, signal, () => {
      if (highlighter.needsRepair()) void highlighter.reanchor();
    });
    watchAddress(window, signal, highlighter.shownFor, () => void highlighter.refresh());

    answerCommands(lensCommands({ win: window, highlighter, ui, defaultColour: () => colours.defaultColour, rereadColours, summary: interview.report, closeCard: backToHighlight }));

    await highlighter.refresh();
    ui.update(); // the reader may have selected the text that brought the lens here
  },
});
