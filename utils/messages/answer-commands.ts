import type { CommandReply, CommandType, LensCommand } from './protocol';
import { browser } from 'wxt/browser';

export type CommandOf<K extends CommandType> = Extract<LensCommand, { type: K }>;

/** A content script's commands: one handler a type, answering with that command's own reply. */
export type CommandTable<K extends CommandType> = { [P in K]: (command: CommandOf<P>) => CommandReply<P> };

const handles = <K extends CommandType>(
  table: CommandTable<K>,
  command: LensCommand | undefined,
): command is CommandOf<K> => command != null && Object.hasOwn(table, command.type);

/** Runs the table's handler for a command; undefined for a command not in the table, or one with no reply. */
export function runCommand<K extends CommandType>(
  table: CommandTable<K>,
  command: LensCommand | undefined,
): CommandReply<K> | undefined {
  if (!handles(table, command)) return undefined;
  // `handles` checked the type is a key of the table; TypeScript cannot follow a command's type to its entry.
  return table[command.type as K](command);
}

/**
 * Answers the commands of `table` sent to this content script. Others are left unanswered for the
 * tab's other content script: the detector and the lens share a tab and hear the same messages.
 */
export function answerCommands<K extends CommandType>(table: CommandTable<K>): void {
  browser.runtime.onMessage.addListener((message: LensCommand | undefined, _sender, sendResponse) => {
    const reply = runCommand(table, message);
    if (reply !== undefined) sendResponse(reply);
  });
}
