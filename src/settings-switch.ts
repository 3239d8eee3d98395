/**
 * The on/off rule of the settings, apart from their schema: the page's boot script reads it from storage on every
 * page, and must not carry the validator (valibot) there.
 */

/** Where the settings are stored (storage.local). */
export const SETTINGS_KEY = 'settings';

/** Whether annotations are on for `hostname`: switched on, and not switched off for that site. */
export function switchedOnFor(
  settings: { enabled: boolean; disabledSites: readonly string[] },
  hostname: string,
): boolean {
  return settings.enabled && !settings.disabledSites.includes(hostname);
}

/**
 * The switch as stored, read without the schema: what the boot script decides by. A value it cannot read counts as
 * on (the article script reads the settings whole, repairs them and says so).
 */
export function storedSwitch(stored: unknown): { enabled: boolean; disabledSites: readonly string[] } {
  const record = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const sites = Array.isArray(record['disabledSites']) ? record['disabledSites'] : [];
  return {
    enabled: record['enabled'] !== false,
    disabledSites: sites.filter((site): site is string => typeof site === 'string'),
  };
}

/** The packs switched off, as stored, read without the schema (strings only); empty when unreadable. */
export function storedDisabledPacks(stored: unknown): string[] {
  const record = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const packs = Array.isArray(record['disabledPacks']) ? record['disabledPacks'] : [];
  return packs.filter((pack): pack is string => typeof pack === 'string');
}
