/**
 * Keyboard commands (rebindable in the browser's shortcut settings): step to the next or previous entity of the
 * active tab's article, and switch annotations on or off everywhere.
 */
import type { TabMessage } from '../messages';
import { browser } from '../platform/browser';
import { loadSettings, updateSettings } from '../platform/settings-store';

export const COMMANDS = {
  next: 'next-entity',
  previous: 'previous-entity',
  toggle: 'toggle-annotations',
} as const;

async function stepActiveTab(direction: 1 | -1): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (tab?.id === undefined) return;
  const message: TabMessage = { type: 'step', payload: { direction } };
  // A tab without our content script (a browser page) has nothing to step through.
  await browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
}

export async function runCommand(command: string): Promise<void> {
  if (command === COMMANDS.next) return stepActiveTab(1);
  if (command === COMMANDS.previous) return stepActiveTab(-1);
  if (command === COMMANDS.toggle) {
    const { enabled } = await loadSettings();
    await updateSettings({ enabled: !enabled });
  }
}

/** Registers the listener; called at the top level of the background so a command can wake it. */
export function listenForCommands(): void {
  browser.commands.onCommand.addListener((command: string) => void runCommand(command));
}
