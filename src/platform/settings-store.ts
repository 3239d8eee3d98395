/** Settings in storage.local: the one place that reads, writes and watches them. */
import { DEFAULT_SETTINGS, SETTINGS_KEY, parseSettings, type Settings } from '../settings';
import { browser } from './browser';

/**
 * Set when stored settings had to be repaired and the reader has not been told yet; the options page shows a
 * notice and clears it, so the notice appears once whichever part of the extension found the damage.
 */
export const SETTINGS_REPAIRED_KEY = 'settingsRepaired';

/**
 * Reads the settings; damaged ones are repaired (unreadable fields back to their defaults), written back and
 * flagged for the options page's notice.
 */
async function read(
  prefetched?: Record<string, unknown>,
): Promise<{ settings: Settings; repaired: boolean; flagged: boolean }> {
  const stored = prefetched ?? (await browser.storage.local.get([SETTINGS_KEY, SETTINGS_REPAIRED_KEY]));
  const { settings, repaired } = parseSettings(stored[SETTINGS_KEY]);
  if (repaired) {
    console.warn('Backstory: stored settings were damaged; the unreadable ones were reset to defaults.');
    await browser.storage.local.set({ [SETTINGS_KEY]: settings, [SETTINGS_REPAIRED_KEY]: true });
  }
  return { settings, repaired, flagged: repaired || stored[SETTINGS_REPAIRED_KEY] === true };
}

/** The settings; `prefetched`: storage values already read in this context (the boot script's), read again if absent. */
export async function loadSettings(prefetched?: Record<string, unknown>): Promise<Settings> {
  return (await read(prefetched)).settings;
}

/**
 * The settings and whether they were found damaged since the reader was last told (for a one-time notice).
 * Telling is this call's job: the flag is cleared, so the next call says `repaired: false`.
 */
export async function loadSettingsWithStatus(): Promise<{ settings: Settings; repaired: boolean }> {
  const { settings, flagged } = await read();
  if (flagged) await browser.storage.local.remove(SETTINGS_REPAIRED_KEY);
  return { settings, repaired: flagged };
}

/** Updates of this context, one after another, so two quick changes cannot read the same old settings. */
let updates: Promise<unknown> = Promise.resolve();

/** Merges `change` into the stored settings and saves them; returns the settings as saved. */
export function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const run = updates.then(async () => {
    const next = { ...(await loadSettings()), ...change };
    await browser.storage.local.set({ [SETTINGS_KEY]: next });
    return next;
  });
  updates = run.catch(() => undefined);
  return run;
}

/** Replaces every setting with its default (the version included). */
export async function resetSettings(): Promise<Settings> {
  const next = structuredClone(DEFAULT_SETTINGS);
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
