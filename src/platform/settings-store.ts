/** Settings in storage.local: the one place that reads, writes and watches them. */
import {
  DEFAULT_SETTINGS,
  SETTINGS_KEY,
  parseSettings,
  type DamagedSetting,
  type Settings,
} from '../settings';

/** A record of the repaired-settings flag as this version writes it (older versions wrote `true`). */
function isDamagedSetting(value: unknown): value is DamagedSetting {
  return typeof (value as DamagedSetting | null)?.field === 'string';
}
import { browser } from './browser';

/**
 * Set when stored settings had to be repaired and the reader has not been told yet: the list of what was dropped
 * or reset (settings.ts `damaged`). The options page shows a notice naming them and clears it, so the notice
 * appears once whichever part of the extension found the damage.
 */
export const SETTINGS_REPAIRED_KEY = 'settingsRepaired';

/** Thrown by updateSettings when the stored settings belong to a newer version of the extension. */
export class NewerSettingsError extends Error {
  constructor() {
    super('The settings were saved by a newer version of Backstory; this version does not change them.');
    this.name = 'NewerSettingsError';
  }
}

interface ReadSettings {
  settings: Settings;
  /** What was found damaged since the reader was last told (empty: nothing). */
  damaged: DamagedSetting[];
  newer: boolean;
}

/**
 * Reads the settings; damaged entries are dropped and damaged fields reset, written back and flagged for the
 * options page's notice. Settings of a newer version are read as far as they can be and never written.
 */
async function read(prefetched?: Record<string, unknown>): Promise<ReadSettings> {
  const stored = prefetched ?? (await browser.storage.local.get([SETTINGS_KEY, SETTINGS_REPAIRED_KEY]));
  const { settings, damaged, newer } = parseSettings(stored[SETTINGS_KEY]);
  const told = stored[SETTINGS_REPAIRED_KEY];
  const earlier = Array.isArray(told) ? told.filter(isDamagedSetting) : [];
  if (damaged.length > 0 && !newer) {
    console.warn('Backstory: damaged settings were repaired:', damaged);
    const all = [...earlier, ...damaged];
    await browser.storage.local.set({ [SETTINGS_KEY]: settings, [SETTINGS_REPAIRED_KEY]: all });
    return { settings, damaged: all, newer };
  }
  // `true` is how versions before per-entry repair flagged it.
  return { settings, damaged: told === true ? [{ field: 'settings' }] : earlier, newer };
}

/** The settings; `prefetched`: storage values already read in this context (the boot script's), read again if absent. */
export async function loadSettings(prefetched?: Record<string, unknown>): Promise<Settings> {
  return (await read(prefetched)).settings;
}

/**
 * The settings and whether they were found damaged since the reader was last told (for a one-time notice).
 * Telling is this call's job: the flag is cleared, so the next call says `repaired: false`.
 */
export async function loadSettingsWithStatus(): Promise<{
  settings: Settings;
  repaired: boolean;
  damaged: DamagedSetting[];
  newer: boolean;
}> {
  const { settings, damaged, newer } = await read();
  if (damaged.length > 0) await browser.storage.local.remove(SETTINGS_REPAIRED_KEY);
  return { settings, repaired: damaged.length > 0, damaged, newer };
}

/** Updates of this context, one after another, so two quick changes cannot read the same old settings. */
let updates: Promise<unknown> = Promise.resolve();

/** Merges `change` into the stored settings and saves them; returns the settings as saved. */
export function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const run = updates.then(async () => {
    const { settings, newer } = await read();
    if (newer) throw new NewerSettingsError();
    const next = { ...settings, ...change };
    await browser.storage.local.set({ [SETTINGS_KEY]: next });
    return next;
  });
  updates = run.catch(() => undefined);
  return run;
}

/** Replaces every setting with its default (the version included); never a newer version's settings. */
export async function resetSettings(): Promise<Settings> {
  if ((await read()).newer) throw new NewerSettingsError();
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
