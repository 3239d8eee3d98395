/**
 * "St. Petersburg, Florida", "Paris, Texas", "Hamilton, Bermuda": a town's name, a comma and the state, region or
 * country it lies in name the town of that place. A namesake elsewhere is out of the running (the Russian city, the
 * French capital), and where the data knows no town of that name there, the name links to nothing.
 */
import { commaBefore, previousInList } from './context-cues';
import type { EntityKnowledge } from './entity-knowledge';
import { LIST_WORDS, TOWN_CLASSES } from './name-words';
import { wordText } from './longer-names';
import type { Lang } from '../kb/schema';
import type { MatchCandidate, ScanResult } from '../scan/match';

/** The classes of a country: what a place's related entities hold besides its region and its neighbours. */
const COUNTRY_CLASSES: ReadonlySet<string> = new Set(['country', 'territory']);

interface Entry {
  span: MatchCandidate;
  options: readonly { entityId: string }[];
}

function isTown(knowledge: EntityKnowledge, id: string): boolean {
  return knowledge.isPlace(id) && knowledge.classes(id).some((cls) => TOWN_CLASSES.has(cls));
}

function isCountry(knowledge: EntityKnowledge, id: string): boolean {
  return knowledge.classes(id).some((cls) => COUNTRY_CLASSES.has(cls));
}

/**
 * The countries a place lies in by the data: the countries related to it, or, for a place related to none (a
 * municipality the data puts only in its province), those of the places it is related to.
 */
function countriesOf(knowledge: EntityKnowledge, id: string): Set<string> {
  if (isCountry(knowledge, id)) return new Set([id]);
  const related = [...knowledge.related(id)];
  const own = related.filter((other) => isCountry(knowledge, other));
  if (own.length > 0) return new Set(own);
  return new Set(
    related
      .filter((other) => knowledge.isPlace(other))
      .flatMap((other) => [...knowledge.related(other)].filter((c) => isCountry(knowledge, c))),
  );
}

/**
 * Whether a place lies in the region or country: related to it, or in its country, where the data may give a town
 * no region of its own (a US town is related to the United States only).
 */
export function liesIn(knowledge: EntityKnowledge, town: string, region: string): boolean {
  if (knowledge.related(town).has(region)) return true;
  const countries = countriesOf(knowledge, town);
  return [...countriesOf(knowledge, region)].some((country) => countries.has(country));
}

/**
 * Whether a place's name and the name after it, past a comma, stand in no list: no name before them in one, none after
 * them ("Paris, Texas and Ohio", "Kahramanmaras, Gaziantep, Sanliurfa"). `endingAt` gives the first word of the name
 * that ends at a word.
 */
export function pairStandsAlone(
  scan: ScanResult,
  first: number,
  last: number,
  endingAt: ReadonlyMap<number, number>,
  language: Lang | undefined,
): boolean {
  if (previousInList(scan, first, (w) => endingAt.get(w)) !== undefined) return false;
  const startsName = (w: number) => [...endingAt.values()].includes(w);
  if (commaBefore(scan, last + 1) && startsName(last + 1)) return false;
  return !(
    last + 2 < scan.words.count &&
    (LIST_WORDS.get(language ?? '')?.has(wordText(scan, last + 1)) ?? false) &&
    startsName(last + 2)
  );
}

/**
 * The spans but those of a town none of whose namesakes lies in the region or country named right after it, past a
 * comma ("Paris, Texas": the data knows no Paris there). Where one does, the place after it is evidence for that one
 * (findingsFor's apposition). Not in a list ("Paris, Texas and Ohio", "Tokyo, Hong Kong and Sydney"), and not where a
 * place the second name may mean is a town ("Berlin, Paris", "Buffalo, New York"): then the comma joins names of one
 * rank, or the data cannot tell.
 */
export function townsInTheirRegion<T extends Entry>(
  spans: readonly T[],
  scan: ScanResult,
  knowledge: EntityKnowledge,
  language: Lang | undefined,
): T[] {
  const endingAt = new Map(spans.map(({ span }) => [span.lastWord, span.firstWord]));
  return spans.filter(({ span, options }, i) => {
    const next = spans[i + 1];
    if (
      !next ||
      next.span.firstWord !== span.lastWord + 1 ||
      !commaBefore(scan, next.span.firstWord) ||
      !options.some((option) => isTown(knowledge, option.entityId)) ||
      !pairStandsAlone(scan, span.firstWord, next.span.lastWord, endingAt, language)
    )
      return true;
    const places = next.options.map(({ entityId }) => entityId).filter((id) => knowledge.isPlace(id));
    if (places.length === 0 || places.some((id) => isTown(knowledge, id))) return true;
    return options.some((option) => places.some((region) => liesIn(knowledge, option.entityId, region)));
  });
}
