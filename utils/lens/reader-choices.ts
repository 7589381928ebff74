import type { SendRequest } from '../messages/send';
import { FALLBACK_COLOURS, type ColourChoices } from './colour-choices';

/**
 * What the lens asks the background for as it starts: the reader's own catalog entries, colours,
 * underline density, and corrections of this page. Without an answer it goes on with the defaults.
 */
export async function readReaderChoices(send: SendRequest) {
  const [own, chosen] = await Promise.all([send({ type: 'catalog:list' }), send({ type: 'lens:settings' })]);
  // One object, updated in place when the reader changes colours, so the toolbar's next render uses them.
  const colours: ColourChoices = chosen.ok
    ? { defaultColour: chosen.defaultColour, colourLabels: chosen.colourLabels }
    : { ...FALLBACK_COLOURS };
  return {
    entries: own.ok ? own.entries : [],
    colours,
    corrections: chosen.ok ? { verdict: chosen.verdict, people: chosen.people } : undefined,
    // The reader's underline density applies from the next page load: names already shown stay.
    density: chosen.ok ? chosen.underlines : 'first',
    async rereadColours(): Promise<void> {
      const reply = await send({ type: 'lens:settings' });
      if (reply.ok) Object.assign(colours, { defaultColour: reply.defaultColour, colourLabels: reply.colourLabels });
    },
  };
}
