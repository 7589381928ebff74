import type { CommandTable } from '../messages/answer-commands';
import type { CommandReply, CommandType } from '../messages/protocol';
import type { Colour } from '../paint/colours';
import type { Highlighter } from './highlighter';
import { cardPoint, scrollToReveal } from './reveal';
import type { UiController } from './ui-controller';

/** The commands the lens answers (the detector answers the rest). */
export type LensCommandType = Exclude<CommandType, 'page:signals'>;

export interface LensCommandDeps {
  win: Window;
  highlighter: Pick<Highlighter, 'highlightAtCaret' | 'refresh' | 'rangeOf'>;
  ui: Pick<UiController, 'openCard' | 'highlight'>;
  /** Read when the command comes: the reader may have changed it since the page loaded. */
  defaultColour: () => Colour;
  rereadColours: () => Promise<void>;
  summary: () => CommandReply<'lens:summary'>;
  /** Closes the open card and puts the caret back at its highlight. */
  closeCard: () => void;
}

export function lensCommands({
  win,
  highlighter,
  ui,
  defaultColour,
  rereadColours,
  summary,
  closeCard,
}: LensCommandDeps): CommandTable<LensCommandType> {
  return {
    'lens:ping': () => ({ alive: true }),
    'lens:highlight-selection': () => {
      // With the caret inside a highlight (keyboard reading), the shortcut opens its card instead.
      const atCaret = highlighter.highlightAtCaret();
      if (atCaret) ui.openCard(atCaret.id, atCaret.x, atCaret.y);
      else void ui.highlight(defaultColour());
    },
    'lens:refresh': () => void Promise.all([highlighter.refresh(), rereadColours()]),
    // The popup's "Open": brings the highlight into view and opens its card.
    'lens:reveal': (command) => {
      const id = String(command.id);
      const range = highlighter.rangeOf(id);
      if (range) {
        scrollToReveal(win, range, () => {
          const point = cardPoint(range);
          if (point) ui.openCard(id, point.x, point.y);
        });
      }
      return { revealed: range !== undefined };
    },
    'lens:summary': summary,
    'lens:close-card': () => {
      closeCard();
    },
  };
}
