import { useSyncExternalStore } from 'react';
import type { HighlightRecord } from '@/utils/db/records';
import type { HighlightPatch, HighlightSpeaker } from '@/utils/messages/fields';
import type { LensUiState } from '@/utils/lens/ui-state';
import type { Store } from '@/utils/lens/ui-store';
import type { Colour } from '@/utils/paint/colours';
import type { PaintedMention } from '@/utils/lens/interview-view';
import { HighlightCard } from './HighlightCard';
import { MentionCard } from './MentionCard';
import { SelectionToolbar } from './SelectionToolbar';
import type { ColourChoices } from '@/utils/lens/colour-choices';

export interface LensUiActions {
  /** `byKeys`: chosen with the keyboard (the card opens next, for a note). */
  highlight: (colour: Colour, byKeys: boolean) => void;
  closeToolbar: () => void;
  find: (id: string) => HighlightRecord | undefined;
  /** The page's people, for the card's "Said by". */
  speakers: () => readonly HighlightSpeaker[];
  update: (id: string, patch: HighlightPatch) => void;
  remove: (id: string) => void;
  copy: (id: string) => void;
  /** "This is a speaker" on a selected name. */
  markSpeaker: (name: string) => void;
  closeCard: () => void;
  runMessageAction: () => void;
  findMention: (id: string) => PaintedMention | undefined;
  countFor: (mention: PaintedMention) => { quotes: number; mentions: number };
  nextQuote: (mention: PaintedMention) => void;
  /** Escape in a tooltip the reader tabbed into: it closes, the focus goes back where it was. */
  leaveMention: () => void;
}

/** Everything the lens draws on a page, inside its closed shadow root. */
export function LensUi({
  store,
  actions,
  colours,
}: {
  store: Store<LensUiState>;
  actions: LensUiActions;
  colours: ColourChoices;
}) {
  const { toolbar, message, card, mention } = useSyncExternalStore(store.subscribe, store.get);
  const highlight = card ? actions.find(card.id) : undefined;
  const explained = mention ? actions.findMention(mention.id) : undefined;
  return (
    <>
      {toolbar && (
        <SelectionToolbar
          at={toolbar}
          colours={colours}
          onHighlight={actions.highlight}
          onSpeaker={actions.markSpeaker}
          onClose={actions.closeToolbar}
        />
      )}
      {card && highlight && (
        <HighlightCard
          key={card.opened}
          highlight={highlight}
          at={card}
          speakers={actions.speakers()}
          colourLabels={colours.colourLabels}
          onUpdate={(patch) => actions.update(highlight.id, patch)}
          onDelete={() => actions.remove(highlight.id)}
          onCopy={() => actions.copy(highlight.id)}
          onClose={actions.closeCard}
        />
      )}
      {mention && explained && !card && (
        <MentionCard
          key={explained.id}
          target={explained.target}
          anchor={explained.range}
          quoteCount={actions.countFor(explained).quotes}
          mentionCount={actions.countFor(explained).mentions}
          onNextQuote={() => actions.nextQuote(explained)}
          byKeys={mention.byFocus}
          focusRequests={mention.focus}
          onLeave={actions.leaveMention}
        />
      )}
      {message && (
        <div className={`message ${message.tone}`} role="status" style={{ left: message.x, top: message.y }}>
          {message.text}
          {message.action && (
            // The card that had the focus is gone: the focus comes here, so Enter takes the step back.
            <button type="button" autoFocus onClick={actions.runMessageAction}>
              {message.action}
            </button>
          )}
        </div>
      )}
    </>
  );
}
