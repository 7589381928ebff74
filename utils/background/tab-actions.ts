import type { LensCommand } from '../messages/protocol';

/** Sends a command to the lens in one tab; a tab without a lens simply does not answer. */
export async function tellTab(tabId: number, command: LensCommand): Promise<void> {
  try {
    await browser.tabs.sendMessage(tabId, command);
  } catch {
    // No lens in that tab (or a page the extension cannot reach): nothing to update.
  }
}

/** Tells every open tab's lens to repaint from the database. */
export async function tellAllTabs(command: LensCommand): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : tellTab(tab.id, command))));
}
