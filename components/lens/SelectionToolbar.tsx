import { COLOURS, namedColour, swatchOf, type Colour } from '@/utils/paint/colours';
import type { ColourChoices } from '@/utils/lens/colour-choices';

// Pressing a button must not clear the reader's selection before we read it.
const keepSelection = (event: React.MouseEvent) => event.preventDefault();

interface Props {
  at: { x: number; y: number };
  colours: ColourChoices;
  onHighlight: (colour: Colour) => void;
}

/** "Highlight in green", or the reader's own name for the colour: "to quote (green)". */
const describe = (colour: Colour, labels: ColourChoices['colourLabels']) => (labels[colour] ? namedColour(colour, labels) : `Highlight in ${colour}`);

export function SelectionToolbar({ at, colours, onHighlight }: Props) {
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
    </div>
  );
}
