import { useEffect, useRef } from 'react';
import { COLOURS, namedColour, swatchOf, type Colour } from '@/utils/paint/colours';
import type { ColourChoices } from '@/utils/lens/colour-choices';
import type { LensUiState } from '@/utils/lens/ui-state';

// Pressing a button must not clear the reader's selection before we read it.
const keepSelection = (event: React.MouseEvent) => event.preventDefault();

interface Props {
  at: NonNullable<LensUiState['toolbar']>;
  colours: ColourChoices;
  /** `byKeys`: the button was pressed from the keyboard (a click from the mouse has a click count). */
  onHighlight: (colour: Colour, byKeys: boolean) => void;
  onSpeaker: (name: string) => void;
  onClose: () => void;
}

/** "Highlight in green", or the reader's own name for the colour: "to quote (green)". */
const describe = (colour: Colour, labels: ColourChoices['colourLabels']) =>
  labels[colour] ? namedColour(colour, labels) : `Highlight in ${colour}`;

/** Arrow keys move between the toolbar's buttons; Escape puts it away. */
function moveWithKeys(event: React.KeyboardEvent<HTMLDivElement>, onClose: () => void) {
  if (event.key === 'Escape') {
    event.preventDefault();
    return onClose();
  }
  const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
  if (!step) return;
  event.preventDefault();
  const buttons = [...event.currentTarget.querySelectorAll('button')];
  const at = buttons.indexOf(event.target as HTMLButtonElement);
  buttons[(at + step + buttons.length) % buttons.length]?.focus();
}

export function SelectionToolbar({ at, colours, onHighlight, onSpeaker, onClose }: Props) {
  const { defaultColour, colourLabels } = colours;
  const { name, byKeys, focus } = at;
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focus > 0) first.current?.focus();
  }, [focus]);
  const highlight = (colour: Colour) => (event: React.MouseEvent) => onHighlight(colour, event.detail === 0);
  return (
    <div
      className="toolbar"
      role="toolbar"
      aria-label="Interview Lens"
      style={{ left: at.x, top: at.y }}
      onKeyDown={(event) => moveWithKeys(event, onClose)}
    >
      <button
        ref={first}
        type="button"
        className="primary"
        onMouseDown={keepSelection}
        title={describe(defaultColour, colourLabels)}
        onClick={highlight(defaultColour)}
      >
        Highlight
      </button>
      {COLOURS.filter((colour) => colour !== defaultColour).map((colour) => (
        <button
          key={colour}
          type="button"
          className="swatch"
          aria-label={describe(colour, colourLabels)}
          title={describe(colour, colourLabels)}
          style={{ background: swatchOf(colour) }}
          onMouseDown={keepSelection}
          onClick={highlight(colour)}
        />
      ))}
      {name && (
        <button
          type="button"
          aria-label={`${name} is a speaker`}
          title={`${name} is a speaker on this page`}
          onMouseDown={keepSelection}
          onClick={() => onSpeaker(name)}
        >
          Speaker
        </button>
      )}
      {byKeys && focus === 0 && (
        <span className="toolbar-hint" aria-hidden="true">
          Tab to reach
        </span>
      )}
    </div>
  );
}
