/**
 * The resolver's word lists per language (name-words.json), folded as the scan folds words: language knowledge as
 * data, read by context-cues.ts and longer-names.ts.
 */
import type { Lang } from '../kb/schema';
import { keyWords } from '../text/key-words';
import nameWords from './name-words.json';

type PerLanguage = Record<Lang, string[]>;

function folded(words: readonly string[]): Set<string> {
  return new Set(words.map((word) => keyWords(word).join(' ')));
}

function perLanguage(lists: PerLanguage): ReadonlyMap<string, ReadonlySet<string>> {
  return new Map(Object.entries(lists).map(([lang, words]) => [lang, folded(words)]));
}

/**
 * Titles and roles that may stand capitalised before a name without being part of it ("President Assad", "M. Assad",
 * "Präsident Assad"), of every language: articles quote and borrow.
 */
export const TITLES: ReadonlySet<string> = folded(Object.values(nameWords.titles as PerLanguage).flat());
/** Words that join a longer proper name to the name after them: "Grand Prix van Nederland", "Bank of England". */
export const JOINERS = perLanguage(nameWords.joiners as PerLanguage);
/** Articles that may stand between a joiner and the name: "Kingdom of the Netherlands", "Tour de la Suisse". */
export const ARTICLES = perLanguage(nameWords.articles as PerLanguage);
/** Determiners of every language: capitalised after a dash or a quote ("AP — The World Health Organization"). */
export const DETERMINERS: ReadonlySet<string> = folded(
  Object.values(nameWords.determiners as PerLanguage).flat(),
);
/** Languages that capitalise every noun, where a capital beside a name says nothing about a longer name. */
export const CAPITALISED_NOUNS: ReadonlySet<string> = new Set(nameWords.capitalisedNouns);
/** Languages whose headlines capitalise words freely ("Assad Dies at 69"): a capital in a title line says nothing. */
export const CAPITALISED_HEADLINES: ReadonlySet<string> = new Set(nameWords.capitalisedHeadlines);

/**
 * Nouns that name a kind of place before a name or a list of names ("the cities of Kahramanmaras and Gaziantep"), of
 * every language, each with the classes of the places it fits.
 */
export const CLASS_NOUNS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const nouns = new Map<string, Set<string>>();
  for (const { classes, ...words } of nameWords.classNouns as ({ classes: string[] } & PerLanguage)[])
    for (const noun of folded(Object.values(words).flat()))
      nouns.set(noun, new Set([...(nouns.get(noun) ?? []), ...classes]));
  return nouns;
})();
