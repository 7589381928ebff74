import { describe, expect, it } from 'vitest';
import { readReaderChoices } from '@/utils/lens/reader-choices';
import type { ReplyTo, Request, RequestType } from '@/utils/messages/protocol';
import type { SendRequest } from '@/utils/messages/send';

const PEOPLE = { renames: [], interviewer: 'Frederic Lardinois', people: [] };

/** A background that answers the lens's start-up questions from `settings`, or refuses them all. */
function background(settings: { defaultColour: 'green' | 'pink' } | null): SendRequest {
  return async <T extends RequestType>(request: Extract<Request, { type: T }>) => {
    if (!settings) return { ok: false, error: 'Interview Lens did not answer.' };
    const replies: Partial<Record<RequestType, unknown>> = {
      'catalog:list': { ok: true, entries: [{ name: 'vLLM', kind: 'project', aliases: [], userAdded: true }] },
      'lens:settings': {
        ok: true,
        defaultColour: settings.defaultColour,
        colourLabels: { pink: 'disagree' },
        underlines: 'all',
        verdict: true,
        people: PEOPLE,
      },
    };
    return replies[request.type] as ReplyTo<T>;
  };
}

describe('readReaderChoices', () => {
  it('takes the reader’s entries, colours, underlines and corrections of the page, and rereads the colours in place', async () => {
    const settings = { defaultColour: 'green' as 'green' | 'pink' };
    const choices = await readReaderChoices(background(settings));
    expect(choices).toMatchObject({
      entries: [{ name: 'vLLM' }],
      density: 'all',
      corrections: { verdict: true, people: PEOPLE },
    });
    const colours = choices.colours;
    expect(colours).toEqual({ defaultColour: 'green', colourLabels: { pink: 'disagree' } });
    settings.defaultColour = 'pink';
    await choices.rereadColours();
    expect(colours).toBe(choices.colours); // the toolbar holds this very object
    expect(colours.defaultColour).toBe('pink');
  });

  it('goes on with the defaults when the background does not answer', async () => {
    const choices = await readReaderChoices(background(null));
    expect(choices).toMatchObject({
      entries: [],
      density: 'first',
      corrections: undefined,
      colours: { defaultColour: 'yellow', colourLabels: {} },
    });
  });
});
