/** What the popup needs to know about the tab it was opened over: its id, hostname and entity count. */
import type { TabStatus } from '../messages';
import { browser, request } from '../platform/browser';

export interface ActiveTab extends TabStatus {
  tabId: number | null;
  windowId: number | undefined;
}

/** A keyboard command as the popup lists it; `shortcut` is '' when the reader has not set one. */
export interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

/**
 * The tab the popup is about: the active tab of its window. When the popup page is itself open in a tab (a
 * reader who pinned it, or a test), that tab is skipped for the window's most recently used other tab.
 */
async function targetTab() {
  const self = await browser.tabs.getCurrent().catch(() => undefined);
  if (self?.id === undefined) return (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  const others = (await browser.tabs.query({ currentWindow: true })).filter((tab) => tab.id !== self.id);
  others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return others[0];
}

export async function activeTab(): Promise<ActiveTab> {
  const tab = await targetTab();
  if (tab?.id === undefined) return { tabId: null, windowId: tab?.windowId, hostname: null, entities: null };
  const status = await request('getTabStatus', { tabId: tab.id });
  return { tabId: tab.id, windowId: tab.windowId, ...status };
}

/** The extension's keyboard commands (none when the manifest declares none or the API is missing). */
export async function shortcuts(): Promise<Shortcut[]> {
  const commands = (browser as { commands?: typeof browser.commands }).commands;
  if (!commands?.getAll) return [];
  const all = await commands.getAll();
  return all
    .filter((command) => command.name && command.name !== '_execute_action' && command.description)
    .map((command) => ({
      name: command.name!,
      description: command.description!,
      shortcut: command.shortcut ?? '',
    }));
}
