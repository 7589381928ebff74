import { COLOURS, swatchOf, type Colour } from '@/utils/paint/colours';

interface Props {
  value: Colour;
  onChange: (colour: Colour) => void;
  /** The reader's own names for colours ("disagree"), shown with the current one and on each button. */
  labels?: Partial<Record<Colour, string>>;
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
          aria-label={labels[colour] ? `${labels[colour]} (${colour})` : colour}
          aria-pressed={colour === value}
          title={labels[colour] ? `${labels[colour]} (${colour})` : colour}
          style={{ background: swatchOf(colour) }}
          onClick={() => onChange(colour)}
        />
      ))}
      {current && <span className="colour-name">{current}</span>}
    </div>
  );
}
