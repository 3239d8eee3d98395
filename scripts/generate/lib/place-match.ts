/**
 * Finding a curated place in GeoNames: a name of the curated entity must match a name of the GeoNames record AND
 * the two points must lie within a few kilometres; a name alone never decides (there are several Tell Abyads). Names
 * are compared by a loose spelling key, because GeoNames writes the formal transliteration ("Ar Raqqah",
 * "Jisr ash Shughūr", "Tall Rif‘at") and the press the common one ("Raqqa", "Jisr al-Shughur", "Tell Rifaat").
 */
import { variantKey } from '../../../src/core/text/translit-key';
import { nameKey } from './text';

/** Arabic articles before a later word of a name (Ar Raqqah, Jisr ash Shughūr): left out of the key. */
const ARTICLES = new Set([
  'al',
  'el',
  'ul',
  'ar',
  'as',
  'ash',
  'ad',
  'an',
  'at',
  'ath',
  'az',
  'ez',
  'es',
  'ed',
  'et',
  'er',
  'en',
]);

/** "Tall" and "Tell" (hill) are one word in place names, as are "Ain", "Ayn" and "Ras", "Ra's". */
const SAME_WORD: Readonly<Record<string, string>> = { tall: 'tell', tal: 'tell', ayn: 'ain', ein: 'ain' };

/**
 * A spelling-blind key of a place name: folded, apostrophes and ayn marks dropped, articles left out, each word by
 * its transliteration key with the vowels left out (Raqqa, Raqqah and Ar Raqqah all give "rk").
 */
export function placeKey(name: string): string {
  const words = nameKey(name.replace(/[‘’'ʿʾ`´]/g, ''))
    .split(' ')
    .filter((word) => word !== '');
  const kept = words.filter((word, i) => !(ARTICLES.has(word) && i < words.length - 1));
  return kept
    .map((word) => SAME_WORD[word] ?? word)
    .map((word) => {
      const key = variantKey(word);
      const skeleton = key[0] + key.slice(1).replace(/[aeiouj]/g, '');
      return skeleton;
    })
    .join(' ');
}

/** Great-circle distance in kilometres between two points (haversine, mean Earth radius). */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A record of the source: its names (any language) and its point. */
export interface SourcePlace {
  id: string;
  names: readonly string[];
  point: { lat: number; lon: number };
}

/** The curated side: an entity's names and its point. */
export interface CuratedPlace {
  names: readonly string[];
  point: { lat: number; lon: number };
}

export interface PlaceMatch<T extends SourcePlace> {
  place: T;
  distanceKm: number;
  /** The curated name and the source name that matched. */
  via: [string, string];
}

/**
 * The nearest source record within `maxKm` that shares a name key with the curated place, or null. A record with
 * a matching name further away is not the same place; a record nearby with no matching name is not either.
 */
export function findPlace<T extends SourcePlace>(
  curated: CuratedPlace,
  sources: readonly T[],
  maxKm: number,
): PlaceMatch<T> | null {
  const keys = new Map<string, string>();
  for (const name of curated.names) {
    const key = placeKey(name);
    if (key !== '' && !keys.has(key)) keys.set(key, name);
  }
  let best: PlaceMatch<T> | null = null;
  for (const place of sources) {
    const km = distanceKm(curated.point, place.point);
    if (km > maxKm || (best && km >= best.distanceKm)) continue;
    for (const name of place.names) {
      const mine = keys.get(placeKey(name));
      if (mine === undefined) continue;
      best = { place, distanceKm: km, via: [mine, name] };
      break;
    }
  }
  return best;
}
