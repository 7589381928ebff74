import { beforeEach, describe, expect, it, vi } from 'vitest';
import { registerHighlightTriggers, type TriggerApis } from '@/utils/background/highlight-triggers';
import { HIGHLIGHT_COMMAND, HIGHLIGHT_MENU_ID } from '@/utils/triggers/ids';

/** A browser event the test can fire, awaiting what the listeners return. */
function fakeEvent<Args extends unknown[]>() {
  const listeners: Array<(...args: Args) => unknown> = [];
  return {
    addListener: (listener: (...args: Args) => unknown) => void listeners.push(listener),
    fire: (...args: Args) => Promise.all(listeners.map((listener) => listener(...args))),
  };
}

let injectLens: ReturnType<typeof vi.fn<(tabId: number) => Promise<void>>>;
let tellTab: ReturnType<typeof vi.fn<(tabId: number, command: unknown) => Promise<void>>>;
let events: {
  installed: ReturnType<typeof fakeEvent<[]>>;
  clicked: ReturnType<typeof fakeEvent<[{ menuItemId: string }, { id?: number } | undefined]>>;
  command: ReturnType<typeof fakeEvent<[string, { id?: number } | undefined]>>;
};
let create: ReturnType<typeof vi.fn>;

beforeEach(() => {
  injectLens = vi.fn(async () => {});
  tellTab = vi.fn(async () => {});
  events = { installed: fakeEvent(), clicked: fakeEvent(), command: fakeEvent() };
  create = vi.fn();
  const apis = {
    runtime: { onInstalled: events.installed },
    contextMenus: { create, onClicked: events.clicked },
    commands: { onCommand: events.command },
    tabs: { query: async () => [{ id: 42 }] },
  } as unknown as TriggerApis;
  registerHighlightTriggers(injectLens, tellTab, apis);
});

describe('highlight shortcut and context menu', () => {
  it('adds a menu item shown only on selected text', async () => {
    await events.installed.fire();
    expect(create).toHaveBeenCalledWith(expect.objectContaining({ id: HIGHLIGHT_MENU_ID, contexts: ['selection'] }));
  });

  it('the shortcut loads the lens into the tab, then asks it to highlight the selection', async () => {
    await events.command.fire(HIGHLIGHT_COMMAND, { id: 5 });
    expect(injectLens).toHaveBeenCalledWith(5);
    expect(tellTab).toHaveBeenCalledWith(5, { type: 'lens:highlight-selection' });
  });

  it('the shortcut falls back to the active tab when the browser names none', async () => {
    await events.command.fire(HIGHLIGHT_COMMAND, undefined);
    expect(tellTab).toHaveBeenCalledWith(42, { type: 'lens:highlight-selection' });
  });

  it('the menu item does the same for the tab it was used in', async () => {
    await events.clicked.fire({ menuItemId: HIGHLIGHT_MENU_ID }, { id: 6 });
    await vi.waitFor(() => expect(tellTab).toHaveBeenCalledWith(6, { type: 'lens:highlight-selection' }));
  });

  it('ignores other commands, and pages the lens may not enter', async () => {
    await events.command.fire('_execute_action', { id: 5 });
    injectLens.mockRejectedValueOnce(new Error('Cannot access a chrome:// URL'));
    await events.command.fire(HIGHLIGHT_COMMAND, { id: 9 });
    expect(tellTab).not.toHaveBeenCalled();
  });
});
