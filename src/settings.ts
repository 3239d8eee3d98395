/**
 * The reader's settings, typed from their defaults. Whatever is in storage passes through parseSettings: older
 * versions are migrated in order, and a corrupt object falls back to the defaults field by field, keeping what
 * can be kept, and says so.
 */
import * as v from 'valibot';
import { ENTITY_TYPES, LANGUAGES, type EntityType } from './core/kb/schema';

import { SETTINGS_KEY, switchedOnFor } from './settings-switch';

export { SETTINGS_KEY };
export const SETTINGS_VERSION = 4;

/** A term the reader asked not to highlight: everywhere, or only on one site. */
export interface HiddenTerm {
  entityId: string;
  /** The words as the article wrote them, shown in the options list. */
  text: string;
  /** Hostname, or null for every site. */
  site: string | null;
}

/** A term the reader relinked with "Not this": on a page, these words mean `to` where the data chose `from`. */
export interface ChosenMeaning {
  /** The words as the article wrote them; matched without regard to case or soft hyphens. */
  text: string;
  /** The entity the data linked the words to, which the reader rejected. */
  from: string;
  /** The entity the reader chose instead (one of the mention's alternatives). */
  to: string;
  /** The chosen entity's name as the reader saw it, shown in the options list. */
  label: string;
  /** Hostname, or null for every site. */
  site: string | null;
}

export const DEFAULT_SETTINGS = {
  version: SETTINGS_VERSION,
  /** Annotations on or off everywhere. */
  enabled: true,
  /** Hostnames where annotations are off although they are on everywhere else. */
  disabledSites: [] as string[],
  highlightStyle: 'underline' as 'underline' | 'background' | 'hover-only',
  /** Which entity types get highlighted. */
  entityTypes: Object.fromEntries(ENTITY_TYPES.map((type) => [type, true])) as Record<EntityType, boolean>,
  /** Highlight only the first mention of each entity (calm), or every mention. */
  mentions: 'first' as 'first' | 'every',
  /** Highlight demonyms and adjectives (Syrische, syrien) as well as names. */
  showDemonyms: false,
  /**
   * Language of the explanations: the interface's (one language per screen: the card's labels, facts and names
   * speak the reader's language), the article's own (for language learners), or a fixed one.
   */
  explanationLanguage: 'interface' as 'interface' | 'article' | (typeof LANGUAGES)[number],
  theme: 'system' as 'system' | 'light' | 'dark',
  hiddenTerms: [] as HiddenTerm[],
  /** Terms the reader relinked to another entity the same words can mean. */
  chosenMeanings: [] as ChosenMeaning[],
  /** Ids of packs switched off. */
  disabledPacks: [] as string[],
};

export type Settings = typeof DEFAULT_SETTINGS;

const D = DEFAULT_SETTINGS;

const HiddenTermSchema = v.object({ entityId: v.string(), text: v.string(), site: v.nullable(v.string()) });
const ChosenMeaningSchema = v.object({
  text: v.string(),
  from: v.string(),
  to: v.string(),
  label: v.string(),
  site: v.nullable(v.string()),
});

/**
 * The settings that are lists of the reader's own entries: repaired entry by entry (issue #22: one malformed hidden
 * term wiped every hidden term), each damaged entry named by what can still be read of it.
 */
const LIST_ENTRIES: Partial<Record<keyof Settings, v.GenericSchema>> = {
  disabledSites: v.string(),
  hiddenTerms: HiddenTermSchema,
  chosenMeanings: ChosenMeaningSchema,
  disabledPacks: v.string(),
};

const SettingsSchema = v.object({
  version: v.fallback(v.number(), D.version),
  enabled: v.fallback(v.boolean(), D.enabled),
  disabledSites: v.fallback(v.array(v.string()), D.disabledSites),
  highlightStyle: v.fallback(v.picklist(['underline', 'background', 'hover-only']), D.highlightStyle),
  entityTypes: v.fallback(
    v.object(Object.fromEntries(ENTITY_TYPES.map((type) => [type, v.fallback(v.boolean(), true)]))),
    D.entityTypes,
  ),
  mentions: v.fallback(v.picklist(['first', 'every']), D.mentions),
  showDemonyms: v.fallback(v.boolean(), D.showDemonyms),
  explanationLanguage: v.fallback(v.picklist(['interface', 'article', ...LANGUAGES]), D.explanationLanguage),
  theme: v.fallback(v.picklist(['system', 'light', 'dark']), D.theme),
  hiddenTerms: v.fallback(v.array(HiddenTermSchema), D.hiddenTerms),
  chosenMeanings: v.fallback(v.array(ChosenMeaningSchema), D.chosenMeanings),
  disabledPacks: v.fallback(v.array(v.string()), D.disabledPacks),
});

type Stored = Record<string, unknown>;

/** Deep equality that ignores the order of object keys (Chromium's storage hands objects back sorted). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return (
    keysA.length === keysB.length && keysA.every((key) => sameValue((a as Stored)[key], (b as Stored)[key]))
  );
}

/**
 * Ordered migrations: MIGRATIONS[n] turns a version-n object into version n+1. Version 1 (the first release)
 * had no version field and only `enabled`.
 */
const MIGRATIONS: Record<number, (old: Stored) => Stored> = {
  1: (old) => ({ ...old, version: 2 }),
  // Version 3 adds the reader's chosen meanings ("Not this" → "Did you mean"); nobody has chosen any yet.
  2: (old) => ({ ...old, chosenMeanings: [], version: 3 }),
  // Version 4 explains in the interface's language by default. "article" was the only default before, never a
  // choice a reader could tell from it, so it moves to the new default; a fixed language stays.
  3: (old) => ({
    ...old,
    ...(old.explanationLanguage === 'article' ? { explanationLanguage: 'interface' } : {}),
    version: 4,
  }),
};

function migrate(stored: Stored): Stored {
  let current = stored;
  let version = typeof current.version === 'number' ? current.version : 1;
  while (version < SETTINGS_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) break;
    current = step(current);
    version++;
  }
  return current;
}

/**
 * A setting that was found damaged: the field, and for an entry of a list, what it still says about itself (its
 * text or name) or else its position (1-based). `field` is `settings` when the whole object was unreadable.
 */
export interface DamagedSetting {
  field: string;
  name?: string;
  position?: number;
}

export interface ParsedSettings {
  settings: Settings;
  /** Whether anything had to be replaced or dropped. */
  repaired: boolean;
  /** What was dropped or reset, for the reader. */
  damaged: DamagedSetting[];
  /**
   * Saved by a newer version of the extension (a higher `version`): read as far as this version understands it,
   * but never written back or overwritten, so the newer version finds its settings intact.
   */
  newer: boolean;
}

/** What a damaged list entry still says about itself, for the notice: its text or name, else its position. */
function describeEntry(field: string, entry: unknown, index: number): DamagedSetting {
  const record = entry as Record<string, unknown> | null;
  const named = [record?.text, record?.label, record?.entityId, entry].find(
    (value) => typeof value === 'string' && value.length > 0,
  ) as string | undefined;
  return named ? { field, name: named.slice(0, 60) } : { field, position: index + 1 };
}

/** Reads a stored value into valid settings, keeping every valid entry and naming what had to go. */
export function parseSettings(stored: unknown): ParsedSettings {
  if (stored === undefined) {
    return { settings: structuredClone(DEFAULT_SETTINGS), repaired: false, damaged: [], newer: false };
  }
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) {
    return {
      settings: structuredClone(DEFAULT_SETTINGS),
      repaired: true,
      damaged: [{ field: 'settings' }],
      newer: false,
    };
  }
  const newer =
    typeof (stored as Stored).version === 'number' &&
    ((stored as Stored).version as number) > SETTINGS_VERSION;
  const migrated = { ...migrate(stored as Stored) };
  const damaged: DamagedSetting[] = [];
  for (const [field, schema] of Object.entries(LIST_ENTRIES) as [string, v.GenericSchema][]) {
    const list = migrated[field];
    if (!Array.isArray(list)) continue;
    const kept = list.filter((entry, index) => {
      if (v.is(schema, entry)) return true;
      damaged.push(describeEntry(field, entry, index));
      return false;
    });
    migrated[field] = kept;
  }
  const settings = v.parse(SettingsSchema, migrated) as Settings;
  settings.version = SETTINGS_VERSION;
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    if (key !== 'version' && key in migrated && !sameValue(migrated[key], settings[key]))
      damaged.push({ field: key });
  }
  return { settings, repaired: damaged.length > 0, damaged, newer };
}

/** Whether annotations are on for a page of this hostname. */
export function enabledFor(settings: Settings, hostname: string): boolean {
  return switchedOnFor(settings, hostname);
}

/**
 * The reader's choices that hold on a page of `hostname`: the entities they hid there (or everywhere) and the
 * meanings they chose there (or everywhere). The background's first paint and the article script read them alike.
 */
export function choicesOn(
  settings: Settings,
  hostname: string,
): { hidden: Set<string>; relinks: ChosenMeaning[] } {
  const here = (choice: { site: string | null }) => choice.site === null || choice.site === hostname;
  return {
    hidden: new Set(settings.hiddenTerms.filter(here).map((term) => term.entityId)),
    relinks: settings.chosenMeanings.filter(here),
  };
}
