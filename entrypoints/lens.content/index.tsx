import ReactDOM from 'react-dom/client';
import { SelectionToolbar } from '@/components/lens/SelectionToolbar';
import { createHighlighter } from '@/utils/lens/highlighter';
import { HIDDEN, placeNear, type ToolbarState } from '@/utils/lens/toolbar-state';
import { createStore } from '@/utils/lens/ui-store';
import type { LensCommand } from '@/utils/messages/protocol';
import { hasTextSelection, watchSelections } from '@/utils/page/first-selection';
import { claimLens } from '@/utils/page/lens-marker';
import type { Colour } from '@/utils/paint/colours';
import { DEFAULT_COLOUR } from '@/utils/paint/colours';
// Inlined into the shadow root, so no stylesheet has to be web-accessible (pages could probe for it).
import css from './style.css?inline';

const MESSAGE_MS = 3500;

// Injected by the background only where needed (saved highlights, or the reader selects text).
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  cssInjectionMode: 'manual',
  async main(ctx) {
    if (!claimLens()) return;
    const highlighter = createHighlighter(document);
    const store = createStore<ToolbarState>(HIDDEN);
    let messageTimer: ReturnType<typeof setTimeout> | undefined;

    const selectionRect = () => {
      const selection = document.getSelection();
      return selection && selection.rangeCount > 0 ? selection.getRangeAt(0).getBoundingClientRect() : null;
    };

    const showToolbar = () => {
      const rect = hasTextSelection(document) ? selectionRect() : null;
      store.set({ ...store.get(), toolbar: rect ? placeNear(rect, window.innerWidth) : null });
    };

    // Messages appear where the reader is looking: at the selection, else at the top centre.
    const messageSpot = () => {
      const rect = selectionRect();
      return rect && rect.width > 0 ? placeNear(rect, window.innerWidth) : { x: window.innerWidth / 2, y: 16 };
    };

    const say = (text: string, tone: 'info' | 'error', at = messageSpot()) => {
      store.set({ toolbar: null, message: { text, tone, ...at } });
      clearTimeout(messageTimer);
      messageTimer = setTimeout(() => store.set({ ...store.get(), message: null }), MESSAGE_MS);
    };

    const highlight = async (colour: Colour) => {
      const at = messageSpot(); // before saving clears the selection
      const outcome = await highlighter.highlightSelection(colour);
      say(outcome.message, outcome.ok ? 'info' : 'error', at);
    };

    const ui = await createShadowRootUi(ctx, {
      name: 'interview-lens-toolbar',
      position: 'inline',
      anchor: 'body',
      mode: 'closed',
      css,
      isolateEvents: ['keydown', 'keyup', 'keypress', 'mousedown', 'mouseup', 'click', 'pointerdown', 'pointerup'],
      onMount(container) {
        const root = ReactDOM.createRoot(container);
        root.render(<SelectionToolbar store={store} onHighlight={(colour) => void highlight(colour)} />);
        return root;
      },
      onRemove: (root) => root?.unmount(),
    });
    ui.mount();

    watchSelections(document, ctx.signal, () => setTimeout(showToolbar, 0));
    document.addEventListener(
      'selectionchange',
      () => {
        if (store.get().toolbar && !hasTextSelection(document)) store.set({ ...store.get(), toolbar: null });
      },
      { signal: ctx.signal },
    );
    window.addEventListener('scroll', () => store.get().toolbar && showToolbar(), { passive: true, signal: ctx.signal });

    browser.runtime.onMessage.addListener((message: LensCommand, _sender, sendResponse) => {
      if (message?.type === 'lens:ping') sendResponse({ alive: true });
      else if (message?.type === 'lens:highlight-selection') void highlight(DEFAULT_COLOUR);
      else if (message?.type === 'lens:refresh') void highlighter.refresh();
    });

    await highlighter.refresh();
    showToolbar(); // the reader may have selected the text that brought the lens here
  },
});
