import { useMemo } from 'react';
import type { HighlightActions } from '@/components/HighlightItem';
import type { LensDatabase } from '@/utils/db/database';
import type { ArticleRecord, HighlightRecord } from '@/utils/db/records';
import { sendRequest } from '@/utils/messages/send';
import { retryAnchoring } from '@/utils/popup/current-page';
import { openHighlight } from '@/utils/popup/open-highlight';
import type { Say } from './Notice';

// Markdown, zip and the settings' zod schemas: loaded at the first click, not with the first screen.
const exports = () => import('@/utils/popup/exports');

export interface PopupActions {
  /** What a listed highlight's buttons do. */
  actions: HighlightActions;
  exportArticle: (article: ArticleRecord, highlights: HighlightRecord[], how: 'download' | 'copy') => void;
  exportLibrary: () => void;
}

/**
 * What the popup's buttons do: edits, deletes (with Undo) and restores go to the background;
 * open, cite, copy and export act from the popup, and every outcome is said through `say`.
 */
export function usePopupActions(db: LensDatabase, address: string | null | undefined, say: Say): PopupActions {
  return useMemo(() => {
    const copy = (text: string, what: string) =>
      navigator.clipboard.writeText(text).then(
        () => say(`${what} copied.`),
        () => say('The browser did not allow copying.', 'error'),
      );

    const actions: HighlightActions = {
      update: (highlight, patch) =>
        sendRequest({ type: 'highlight:update', id: highlight.id, patch }).then((reply) => {
          if (!reply.ok) say(reply.error, 'error');
          return reply.ok;
        }),
      remove: (highlight) =>
        void sendRequest({ type: 'highlight:delete', id: highlight.id }).then((reply) => {
          if (!reply.ok) return say(reply.error, 'error');
          say(
            'Highlight deleted.',
            'info',
            () =>
              void sendRequest({ type: 'highlight:restore', highlight }).then((back) =>
                say(back.ok ? 'Highlight restored.' : back.error, back.ok ? 'info' : 'error'),
              ),
          );
        }),
      open: (highlight, article) => {
        if (article?.url) void openHighlight(article, highlight).then(() => window.close());
        else say('This highlight’s article is unknown, so it cannot be opened.', 'error');
      },
      cite: (highlight, article) => {
        if (article) void exports().then(({ citation }) => copy(citation(article, highlight), 'Citation'));
        else void copy(highlight.quote.exact, 'Quote');
      },
      retry: () => {
        if (address)
          void retryAnchoring(address).then((tabs) => !tabs && say('Open the article in a tab, then retry.', 'error'));
      },
    };

    const exportArticle: PopupActions['exportArticle'] = (article, highlights, how) =>
      void exports().then(async ({ articleNote, download }) => {
        const note = await articleNote(db, article, highlights);
        if (how === 'copy') void copy(note.text, 'Markdown');
        else download(note.name, note.text, 'text/markdown');
      });

    const exportLibrary = () => void exports().then(({ downloadLibraryNotes }) => downloadLibraryNotes(db));

    return { actions, exportArticle, exportLibrary };
  }, [db, address, say]);
}
