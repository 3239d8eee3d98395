/** Settings in storage.local: the one place that reads, writes and watches them. */
import { DEFAULT_SETTINGS, SETTINGS_KEY, parseSettings, type Settings } from '../settings';
import { browser } from './browser';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  const { settings, repaired } = parseSettings(stored[SETTINGS_KEY]);
  if (repaired)
    console.warn('Backstory: stored settings were damaged; the unreadable ones were reset to defaults.');
  return settings;
}

export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...change };
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Calls back with the new settings whenever any context changes them; returns the unsubscribe function. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[SETTINGS_KEY];
    if (area !== 'local' || !change) return;
    onChange(parseSettings(change.newValue ?? DEFAULT_SETTINGS).settings);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
