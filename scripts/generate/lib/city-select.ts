/**
 * Which GeoNames cities the cities pack holds, and under which ids: shared by cities.ts, which writes them, and
 * world.ts, whose `capital` statements point at them (the same selection, so the ids agree).
 */
import { readFileSync } from 'node:fs';
import type { Lang } from '../../../src/core/kb/schema';
import { LANGUAGES } from '../../../src/core/kb/schema';
import type { OverlayFile } from './overlay';
import type { City } from './sources';
import { cleanPlaceName, kebabId, nameKey, uniqueIds } from './text';

export const MIN_POPULATION = 1_000_000;
/**
 * Smaller cities where the four languages are spoken, whose news names them daily: Antwerpen, Rotterdam, Marseille,
 * Köln, Genève. Belgium, the Netherlands and Luxembourg from 100,000 inhabitants, Switzerland from 150,000 (Genève,
 * Basel), France from 200,000 (Lille, Bordeaux), Germany and Austria from 250,000.
 */
export const REGIONAL_MIN_POPULATION: Readonly<Record<string, number>> = {
  BE: 100_000,
  NL: 100_000,
  LU: 100_000,
  CH: 150_000,
  FR: 200_000,
  DE: 250_000,
  AT: 250_000,
};

/**
 * GeoNames records left out because they are wrong, by id. 1270926 puts Gorakhpur's population (1.3 million) on a
 * place of that name in Haryana; the city of Gorakhpur is 1270927, in Uttar Pradesh, with fewer than a million.
 * Found by the namesake rule (lib/city-ambiguity.ts), which flagged the two records as namesakes.
 */
export const WRONG_RECORDS = new Set([
  1270926,
  // Hoofddorp: GeoNames gives the town 132,734 inhabitants, about the figure of its municipality, Haarlemmermeer.
  // Not sure enough of either to keep it.
  2753801,
]);

/** City-states whose capital is the state itself: the world pack's entity stands for both. */
export const CITY_STATES = new Set(['SG', 'MC', 'VA', 'GI', 'HK', 'MO']);

/** Curated Belgian cities and their namesake clubs (Gent, Brugge, Liège, Anderlecht): that pack holds them. */
export const BELGIUM = 'assets/packs/belgium.json';

/** Capitals (GeoNames PPLC or the world pack's capital) and cities of at least a million, not city sections. */
export function selectCities(cities: readonly City[], capitalIds: ReadonlySet<string>): City[] {
  return cities.filter(
    (city) =>
      capitalIds.has(String(city.cityId)) ||
      city.featureCode === 'PPLC' ||
      (city.population >= (REGIONAL_MIN_POPULATION[city.country] ?? MIN_POPULATION) &&
        city.featureCode !== 'PPLX'),
  );
}

/** A city's labels: GeoNames' names per language (libgeonames-common), the curated overlay's winning. */
export function cityLabels(
  city: City,
  geonames: Record<Lang, Map<string, string>> | null,
  overlays: OverlayFile,
): Record<Lang, string> {
  const id = String(city.cityId);
  const en = cleanPlaceName(geonames?.en.get(id) ?? city.name);
  const labels = {} as Record<Lang, string>;
  for (const lang of LANGUAGES) labels[lang] = cleanPlaceName(geonames?.[lang].get(id) ?? en);
  return { ...labels, ...(overlays[id]?.labels ?? {}) };
}

/** The names of the places a curated pack holds (belgium.json, version 1 or 2), as name keys. */
export function curatedPlaceKeys(file = BELGIUM): Set<string> {
  const pack = JSON.parse(readFileSync(file, 'utf8')) as {
    entities: { type: string; labels: Record<string, string> }[];
  };
  return new Set(
    pack.entities
      .filter((entity) => entity.type === 'place')
      .flatMap((entity) => Object.values(entity.labels).map((label) => nameKey(label))),
  );
}

export interface CitySelection {
  /** ISO code → the world pack's entity id, for every country a city may belong to. */
  countryIds: ReadonlyMap<string, string>;
  /** GeoNames ids of the capitals and main towns the world pack names. */
  capitalIds: ReadonlySet<string>;
  /** Every id of the world pack: a city named like one gets "-city" (Djibouti, Mexico). */
  worldIds: ReadonlySet<string>;
  /** Name keys of places a curated pack holds: not generated again. */
  curatedPlaces: ReadonlySet<string>;
  overlays: OverlayFile;
  geonames: Record<Lang, Map<string, string>> | null;
}

/** The cities of the pack, biggest first, each with its id. */
export function packCities(allCities: readonly City[], s: CitySelection): { city: City; id: string }[] {
  const selected = selectCities(allCities, s.capitalIds)
    .filter((city) => s.countryIds.has(city.country) && !WRONG_RECORDS.has(city.cityId))
    .filter((city) => !s.curatedPlaces.has(nameKey(city.name)))
    .filter((city) => !(CITY_STATES.has(city.country) && city.featureCode === 'PPLC'))
    .sort((a, b) => b.population - a.population || a.cityId - b.cityId)
    // GeoNames sometimes holds a second record of a capital (Panama City with no population): keep the first.
    .filter(
      (city, i, all) =>
        all.findIndex(
          (other) => other.country === city.country && nameKey(other.name) === nameKey(city.name),
        ) === i,
    );
  const ids = uniqueIds(
    selected,
    (city) => {
      const id = s.overlays[String(city.cityId)]?.id ?? kebabId(cityLabels(city, s.geonames, s.overlays).en);
      return s.worldIds.has(id) ? `${id}-city` : id;
    },
    (city) => s.countryIds.get(city.country) ?? city.country.toLowerCase(),
  );
  return selected.map((city, i) => ({ city, id: ids[i] as string }));
}
