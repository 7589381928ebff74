import { COLOURS, swatchOf, type Colour } from '@/utils/paint/colours';

interface Props {
  value: Colour;
  onChange: (colour: Colour) => void;
}

/** The five highlight colours as toggle buttons; the current one is pressed. */
export function ColourChoice({ value, onChange }: Props) {
  return (
    <div className="colours" role="group" aria-label="Colour">
      {COLOURS.map((colour) => (
        <button
          key={colour}
          type="button"
          className="swatch"
          aria-label={colour}
          aria-pressed={colour === value}
          title={colour}
          style={{ background: swatchOf(colour) }}
          onClick={() => onChange(colour)}
        />
      ))}
    </div>
  );
}
