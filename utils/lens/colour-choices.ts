import { DEFAULT_COLOUR, type Colour, type ColourLabels } from '../paint/colours';

/** The reader's colour settings as the lens uses them (set in the options page). */
export interface ColourChoices {
  defaultColour: Colour;
  colourLabels: ColourLabels;
}

export const FALLBACK_COLOURS: ColourChoices = { defaultColour: DEFAULT_COLOUR, colourLabels: {} };
