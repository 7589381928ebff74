import ReactDOM from 'react-dom/client';
import { LensUi } from '@/components/lens/LensUi';
import { takeUi } from '@/utils/lens/ui-handoff';
import { defineContentScript } from 'wxt/utils/define-content-script';

// The lens's interface: React and the cards, injected by the background with lens.js, into the same
// isolated world. A file of its own, so the page's main thread compiles it in a task of its own.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  cssInjectionMode: 'manual',
  // WXT would post the extension's id to the page, and lets the page forge the event that stops us.
  noScriptStartedPostMessage: true,
  main() {
    takeUi(({ container, store, actions, colours, signal }) => {
      if (signal.aborted) return; // the lens went (the extension was updated) before this file came
      const root = ReactDOM.createRoot(container);
      root.render(<LensUi store={store} actions={actions} colours={colours} />);
      signal.addEventListener('abort', () => root.unmount());
    });
  },
});
