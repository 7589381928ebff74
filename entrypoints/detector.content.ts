import { sendRequest } from '@/utils/messages/send';
import { watchSelections } from '@/utils/page/first-selection';
import { isLensLoaded } from '@/utils/page/lens-marker';
import { readPageFacts } from '@/utils/page/page-facts';

// Always on, so it stays tiny: no React, no Dexie, no zod. It tells the background about the
// page (which loads the lens if highlights exist) and asks for the lens when the reader selects.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    void sendRequest({ type: 'page:hello', page: readPageFacts(document) });
    watchSelections(document, ctx.signal, () => {
      if (!isLensLoaded()) void sendRequest({ type: 'lens:request' });
    });
  },
});
