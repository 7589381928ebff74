import { useSyncExternalStore } from 'react';
import type { HighlightRecord } from '@/utils/db/records';
import type { HighlightPatch } from '@/utils/messages/protocol';
import type { LensUiState } from '@/utils/lens/ui-state';
import type { Store } from '@/utils/lens/ui-store';
import type { Colour } from '@/utils/paint/colours';
import { HighlightCard } from './HighlightCard';
import { SelectionToolbar } from './SelectionToolbar';

export interface LensUiActions {
  highlight: (colour: Colour) => void;
  find: (id: string) => HighlightRecord | undefined;
  update: (id: string, patch: HighlightPatch) => void;
  remove: (id: string) => void;
  copy: (id: string) => void;
  closeCard: () => void;
}

/** Everything the lens draws on a page, inside its closed shadow root. */
export function LensUi({ store, actions }: { store: Store<LensUiState>; actions: LensUiActions }) {
  const { toolbar, message, card } = useSyncExternalStore(store.subscribe, store.get);
  const highlight = card ? actions.find(card.id) : undefined;
  return (
    <>
      {toolbar && <SelectionToolbar at={toolbar} onHighlight={actions.highlight} />}
      {card && highlight && (
        <HighlightCard
          key={card.opened}
          highlight={highlight}
          at={card}
          onUpdate={(patch) => actions.update(highlight.id, patch)}
          onDelete={() => actions.remove(highlight.id)}
          onCopy={() => actions.copy(highlight.id)}
          onClose={actions.closeCard}
        />
      )}
      {message && (
        <div className={`message ${message.tone}`} role="status" style={{ left: message.x, top: message.y }}>
          {message.text}
        </div>
      )}
    </>
  );
}
