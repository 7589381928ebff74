import { createLensActions } from '@/utils/lens/actions';
import { openCardsOnClick } from '@/utils/lens/card-clicks';
import { lensCommands } from '@/utils/lens/commands';
import { createHighlighter } from '@/utils/lens/highlighter';
import { readInterviewInSlices } from '@/utils/lens/interview-view';
import { showMentionsInView } from '@/utils/lens/mention-layer';
import { mentionsAtDensity } from '@/utils/lens/mention-density';
import { tooltipReachable, watchMentionTooltips } from '@/utils/lens/mention-tooltips';
import { readReaderChoices } from '@/utils/lens/reader-choices';
import { toolbarFollowsSelection } from '@/utils/lens/selection-toolbar';
import { tabIntoLens } from '@/utils/lens/tab-into-lens';
import { createUiController } from '@/utils/lens/ui-controller';
import { offerUi } from '@/utils/lens/ui-handoff';
import { watchPageChanges } from '@/utils/lens/watch-page';
import { answerCommands } from '@/utils/messages/answer-commands';
import { sendRequest } from '@/utils/messages/send';
import { claimLens } from '@/utils/page/lens-marker';
import { lastSelectionInput } from '@/utils/page/selection-input';
import { extensionLifetime, runtimeConnected } from '@/utils/page/lifetime';
import { watchAddress } from '@/utils/page/address-watch';
import { mountShadowHost } from '@/utils/lens/shadow-host';
import { guardClicks } from '@/utils/lens/click-guard';
import { canPaint, mentionHighlight } from '@/utils/paint/registry';
// Inlined into the shadow root, so no stylesheet has to be web-accessible (pages could probe for it).
import css from './style.css?inline';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { yieldToPage } from '@/utils/pace/yield-to-page';

const ISOLATED_EVENTS = [
  'keydown',
  'keyup',
  'keypress',
  'mousedown',
  'mouseup',
  'click',
  'pointerdown',
  'pointerup',
  'input',
];

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
    const choices = await readReaderChoices(sendRequest);
    const interview = await readInterviewInSlices(document, choices.entries, choices.corrections);
    const underlined = {
      ...interview,
      mentionSpans: () => mentionsAtDensity(interview.mentionSpans(), interview.blocks(), choices.density),
    };
    const mentions = showMentionsInView(document, underlined, canPaint() ? mentionHighlight() : null, signal);
    const highlighter = createHighlighter(document, sendRequest, interview.attribution);
    // The names go up in this task, the lens's own interface in the next: on a 1 MB page the two made one long task.
    await yieldToPage();
    let placed = () => {};
    const ui = createUiController(window, highlighter.highlightSelection, () => placed());

    const mounted = mountShadowHost(document, css, ISOLATED_EVENTS, signal);
    // Only a covered lens says why: a message would take the place of the toolbar the reader clicks again.
    placed = guardClicks(window, mounted, signal, (why) => why === 'covered' && ui.say(COVERED, 'error')).shown;

    toolbarFollowsSelection(document, signal, ui);
    const tooltipFrom = tabIntoLens(document, signal, mounted.host, ui, tooltipReachable(mentions, interview.countFor));
    const onScroll = () => {
      ui.closeHoverMention();
      if (!ui.isShown()) return;
      ui.closeCard();
      ui.update('same');
    };
    window.addEventListener('scroll', onScroll, { signal, passive: true });
    openCardsOnClick(document, signal, highlighter.highlightAt, ui);
    const tooltips = watchMentionTooltips(document, signal, mentions, ui);
    watchPageChanges(document.body, signal, () => {
      if (highlighter.needsRepair()) void highlighter.reanchor();
    });
    watchAddress(window, signal, highlighter.shownFor, () => void highlighter.refresh());

    const actions = createLensActions({
      doc: document,
      ui,
      highlighter,
      interview,
      mentions,
      mounted,
      refocus: tooltips.refocus,
      tooltipFrom,
      send: sendRequest,
    });
    // The background injects the interface (lens-ui.js) with this file; it draws into the shadow root.
    offerUi({ container: mounted.container, store: ui.store, actions, colours: choices.colours, signal });

    const { colours, rereadColours } = choices;
    answerCommands(
      lensCommands({
        win: window,
        highlighter,
        ui,
        defaultColour: () => colours.defaultColour,
        rereadColours,
        summary: interview.report,
        closeCard: actions.closeCard,
      }),
    );

    await highlighter.refresh();
    // The reader may have selected the text that brought the lens here, with the keyboard too.
    ui.update(lastSelectionInput());
  },
});
