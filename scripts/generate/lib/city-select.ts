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

/**
 * GeoNames records that are not a city of the pack once their population is read right, by id, with the reason:
 * a quarter, subdistrict or former town carrying the whole city's figure, a seat carrying its division's (the
 * city itself well under a million), a part of a city that is no city of its own. Found by the batch fix after the
 * independent audit (scripts/generate/AUDIT-v2.md, which names the page each verdict rests on). The cities.ts
 * review (lib/population-check.ts) flagged most of them.
 */
export const NOT_PACK_CITIES: ReadonlyMap<number, string> = new Map([
  [1802875, 'Guankou: a subdistrict, the seat of Liuyang; 1.38 million is the county-level city of Liuyang'],
  [1917790, 'Dadonghai: a beach district of Sanya, not a city; 2,000,000 counts no such place'],
  [7602670, 'Zhucheng: a county-level city whose 1.09 million live mostly outside its small built-up town'],
  [1798425, "Puyang: 3.59 million is the prefecture's (2004); the urban district had 963,512 in 2020"],
  [1785725, "Yunfu: 2,612,800 exceeds the whole prefecture's 2010 census count (2,360,128)"],
  [8347664, "Ordos: 1,940,653 is the prefecture's 2010 census count; its urban area had 693,038 in 2020"],
  [
    11838258,
    "Bayan Nur: 1.76 million is the prefecture's order; the city proper (Linhe) had 520,300 in 2010",
  ],
  [1813253, "Lijiang: 1,137,600 is the prefecture's (2005); the built-up district had 288,787 in 2020"],
  [1261162, "Nowrangapur: 1,220,946 is Nabarangpur district's (2011); the town had 69,307"],
  [1254361, 'Tirunelveli: the city had 473,637 and its agglomeration 968,984 in 2011'],
  [
    1262111,
    "Najafgarh: a subdivision of Delhi, whose municipal corporation it belongs to; 1.37 million is the subdivision's",
  ],
  [
    1272423,
    'Dombivli: a twin town of Kalyan-Dombivli, whose 2001 count it carries; the pack holds Kalyan-Dombivli',
  ],
  [1723510, "Budta: a barangay near Cotabato City carrying a province's order of figure (1.27 million)"],
  [1978681, "Malingao: a barangay of Midsayap (151,684 in 2015) carrying a province's order of figure"],
  [1848254, 'Yono: a former city merged into Saitama in 2001, carrying an order of figure of Saitama'],
  [2422488, "Camayenne: a quarter of Conakry (Dixinn) carrying Conakry's figure; the pack holds Conakry"],
  [1736376, 'Kota Bharu: the town had 491,237 (2011); 1.46 million is the order of the state of Kelantan'],
  [3492914, 'Santiago de los Caballeros: the municipality had 591,985 in 2010; 1,200,000 is a metro figure'],
  [3632998, 'Maracay: 1,754,256 is Maracay with its surroundings; Girardot municipality had 439,947 (2007)'],
  [1336135, 'Khulna: the city had 663,342 in 2011; 1.34 million is the metropolitan order'],
  [1819609, 'Kowloon: one of the three areas of Hong Kong, not a city of its own'],
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
    .filter(
      (city) =>
        s.countryIds.has(city.country) &&
        !WRONG_RECORDS.has(city.cityId) &&
        !NOT_PACK_CITIES.has(city.cityId),
    )
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
