import { useSyncExternalStore } from 'react';
import { COLOURS, DEFAULT_COLOUR, swatchOf, type Colour } from '@/utils/paint/colours';
import type { Store } from '@/utils/lens/ui-store';
import type { ToolbarState } from '@/utils/lens/toolbar-state';

interface Props {
  store: Store<ToolbarState>;
  onHighlight: (colour: Colour) => void;
}

// Pressing a button must not clear the reader's selection before we read it.
const keepSelection = (event: React.MouseEvent) => event.preventDefault();

export function SelectionToolbar({ store, onHighlight }: Props) {
  const { toolbar, message } = useSyncExternalStore(store.subscribe, store.get);
  return (
    <>
      {toolbar && (
        <div className="toolbar" role="toolbar" aria-label="Interview Lens" style={{ left: toolbar.x, top: toolbar.y }}>
          <button type="button" className="primary" onMouseDown={keepSelection} onClick={() => onHighlight(DEFAULT_COLOUR)}>
            Highlight
          </button>
          {COLOURS.filter((colour) => colour !== DEFAULT_COLOUR).map((colour) => (
            <button
              key={colour}
              type="button"
              className="swatch"
              aria-label={`Highlight in ${colour}`}
              title={`Highlight in ${colour}`}
              style={{ background: swatchOf(colour) }}
              onMouseDown={keepSelection}
              onClick={() => onHighlight(colour)}
            />
          ))}
        </div>
      )}
      {message && (
        <div className={`message ${message.tone}`} role="status" style={{ left: message.x, top: message.y }}>
          {message.text}
        </div>
      )}
    </>
  );
}
