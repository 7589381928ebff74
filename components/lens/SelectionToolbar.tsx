import { COLOURS, DEFAULT_COLOUR, swatchOf, type Colour } from '@/utils/paint/colours';

// Pressing a button must not clear the reader's selection before we read it.
const keepSelection = (event: React.MouseEvent) => event.preventDefault();

interface Props {
  at: { x: number; y: number };
  onHighlight: (colour: Colour) => void;
}

export function SelectionToolbar({ at, onHighlight }: Props) {
  return (
    <div className="toolbar" role="toolbar" aria-label="Interview Lens" style={{ left: at.x, top: at.y }}>
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
  );
}
