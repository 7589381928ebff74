import { COLOURS, namedColour, swatchOf, type Colour } from '@/utils/paint/colours';
import type { ColourChoices } from '@/utils/lens/colour-choices';

// Pressing a button must not clear the reader's selection before we read it.
const keepSelection = (event: React.MouseEvent) => event.preventDefault();

interface Props {
  at: { x: number; y: number; name: string | null };
  colours: ColourChoices;
  onHighlight: (colour: Colour) => void;
  onSpeaker: (name: string) => void;
}

/** "Highlight in green", or the reader's own name for the colour: "to quote (green)". */
const describe = (colour: Colour, labels: ColourChoices['colourLabels']) => (labels[colour] ? namedColour(colour, labels) : `Highlight in ${colour}`);

export function SelectionToolbar({ at, colours, onHighlight, onSpeaker }: Props) {
  const { name } = at;
  const { defaultColour, colourLabels } = colours;
  return (
    <div className="toolbar" role="toolbar" aria-label="Interview Lens" style={{ left: at.x, top: at.y }}>
      <button type="button" className="primary" onMouseDown={keepSelection} title={describe(defaultColour, colourLabels)} onClick={() => onHighlight(defaultColour)}>
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
          onClick={() => onHighlight(colour)}
        />
      ))}
      {name && (
        <button type="button" aria-label={`${name} is a speaker`} title={`${name} is a speaker on this page`} onMouseDown={keepSelection} onClick={() => onSpeaker(name)}>
          Speaker
        </button>
      )}
    </div>
  );
}
