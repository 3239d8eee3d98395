/**
 * The reader's settings, typed from their defaults. Whatever is in storage passes through parseSettings, so a
 * corrupt or older object falls back to the defaults field by field, keeping what can be kept.
 */
import * as v from 'valibot';

export const SETTINGS_KEY = 'settings';

export const DEFAULT_SETTINGS = {
  /** Annotations on or off everywhere. */
  enabled: true,
};

export type Settings = typeof DEFAULT_SETTINGS;

const SettingsSchema = v.object({
  enabled: v.fallback(v.boolean(), DEFAULT_SETTINGS.enabled),
});

/** Reads a stored value into valid settings; `repaired` says whether anything had to be replaced. */
export function parseSettings(stored: unknown): { settings: Settings; repaired: boolean } {
  if (stored === undefined) return { settings: { ...DEFAULT_SETTINGS }, repaired: false };
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) {
    return { settings: { ...DEFAULT_SETTINGS }, repaired: true };
  }
  const settings = v.parse(SettingsSchema, stored);
  const repaired = (Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]).some(
    (key) => key in stored && (stored as Record<string, unknown>)[key] !== settings[key],
  );
  return { settings, repaired };
}
