import ReactDOM from 'react-dom/client';
import { SelectionToolbar } from '@/components/lens/SelectionToolbar';
import { createHighlighter } from '@/utils/lens/highlighter';
import { createToolbarController } from '@/utils/lens/toolbar-controller';
import type { LensCommand } from '@/utils/messages/protocol';
import { watchSelections } from '@/utils/page/first-selection';
import { claimLens } from '@/utils/page/lens-marker';
import { DEFAULT_COLOUR } from '@/utils/paint/colours';
// Inlined into the shadow root, so no stylesheet has to be web-accessible (pages could probe for it).
import css from './style.css?inline';

// Injected by the background only where needed (saved highlights, or the reader selects text).
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  cssInjectionMode: 'manual',
  async main(ctx) {
    if (!claimLens()) return;
    const highlighter = createHighlighter(document);
    const toolbar = createToolbarController(window, highlighter.highlightSelection);

    const ui = await createShadowRootUi(ctx, {
      name: 'interview-lens-toolbar',
      position: 'inline',
      anchor: 'body',
      mode: 'closed',
      css,
      isolateEvents: ['keydown', 'keyup', 'keypress', 'mousedown', 'mouseup', 'click', 'pointerdown', 'pointerup'],
      onMount(container) {
        const root = ReactDOM.createRoot(container);
        root.render(<SelectionToolbar store={toolbar.store} onHighlight={(colour) => void toolbar.highlight(colour)} />);
        return root;
      },
      onRemove: (root) => root?.unmount(),
    });
    ui.mount();

    const listen = { signal: ctx.signal };
    watchSelections(document, ctx.signal, () => setTimeout(toolbar.update, 0));
    document.addEventListener('selectionchange', toolbar.hideIfUnselected, listen);
    window.addEventListener('scroll', () => toolbar.isShown() && toolbar.update(), { ...listen, passive: true });

    browser.runtime.onMessage.addListener((message: LensCommand, _sender, sendResponse) => {
      if (message?.type === 'lens:ping') sendResponse({ alive: true });
      else if (message?.type === 'lens:highlight-selection') void toolbar.highlight(DEFAULT_COLOUR);
      else if (message?.type === 'lens:refresh') void highlighter.refresh();
    });

    await highlighter.refresh();
    toolbar.update(); // the reader may have selected the text that brought the lens here
  },
});
