import { COLOURS, namedColour, swatchOf, type Colour, type ColourLabels } from '@/utils/paint/colours';

interface Props {
  value: Colour;
  onChange: (colour: Colour) => void;
  /** The reader's own names for colours ("disagree"), shown with the current one and on each button. */
  labels?: ColourLabels;
}

/** The five highlight colours as toggle buttons; the current one is pressed, and named when the reader named it. */
export function ColourChoice({ value, onChange, labels = {} }: Props) {
  const current = labels[value];
  return (
    <div className="colours" role="group" aria-label="Colour">
      {COLOURS.map((colour) => (
        <button
          key={colour}
          type="button"
          className="swatch"
          aria-label={namedColour(colour, labels)}
          aria-pressed={colour === value}
          title={namedColour(colour, labels)}
          style={{ background: swatchOf(colour) }}
          onClick={() => onChange(colour)}
        />
      ))}
      {current && <span className="colour-name">{current}</span>}
    </div>
  );
}
