/**
 * The resolver's word lists, from each language's file (text/lang/, read through text/language-knowledge.ts), folded
 * as the scan folds words: read by context-cues.ts, longer-names.ts and resolve.ts.
 */
import { keyWords } from '../text/key-words';
import { languageKnowledge, ofEveryLanguage, type LanguageKnowledge } from '../text/language-knowledge';
import { LANGUAGES } from '../text/languages';
import broadcasterClasses from './broadcaster-classes.json';
import teamClasses from './team-classes.json';
import placeKinds from './place-kinds.json';

/** The words as matching keys (a word of several as its keys joined by spaces). */
export function folded(words: readonly string[]): Set<string> {
  return new Set(words.map((word) => keyWords(word).join(' ')));
}

/** One list of every language, folded. */
function everyLanguage(list: (knowledge: LanguageKnowledge) => readonly string[]): ReadonlySet<string> {
  return folded(ofEveryLanguage(list));
}

/** One list per language, folded. */
function perLanguage(
  list: (knowledge: LanguageKnowledge) => readonly string[],
): ReadonlyMap<string, ReadonlySet<string>> {
  return new Map(LANGUAGES.map((lang) => [lang, folded(list(languageKnowledge(lang)))]));
}

/**
 * Titles and roles that may stand capitalised before a name without being part of it ("President Assad", "M. Assad",
 * "Präsident Assad"), of every language: articles quote and borrow.
 */
export const TITLES: ReadonlySet<string> = everyLanguage((k) => k.titles);
/** The same per language: a letter and its full stop is a title there ("M. Paris" in French) and an initial elsewhere. */
export const TITLES_OF = perLanguage((k) => k.titles);
/** Words that join a longer proper name to the name after them: "Grand Prix van Nederland", "Bank of England". */
export const JOINERS = perLanguage((k) => k.joiners);
/** Particles that, capitalised inside a sentence, open a surname ("zegt Van Diepenbeek"), per language. */
export const SURNAME_PARTICLES = perLanguage((k) => k.surnameParticles);
/** Small words between the capitalised words of a name, of every language: "de", "van", "del" (nameParticles). */
export const NAME_PARTICLES: ReadonlySet<string> = everyLanguage((k) => k.nameParticles);
/** Club and station prefixes and suffixes that make a place's name part of a longer one ("FC Antwerp", "Antwerp FC"). */
export const NAME_PREFIXES = perLanguage((k) => k.namePrefixes);
export const NAME_SUFFIXES = perLanguage((k) => k.nameSuffixes);
/** Nouns of a street, a gate or a station named after the place whose name follows them ("rue de Rennes"), per language. */
export const STREET_NOUNS = perLanguage((k) => k.streetNouns);
/** Nouns of a body named after the place whose name follows them ("le tribunal de Lille"), per language. */
export const BODY_NOUNS = perLanguage((k) => k.bodyNouns);
/** A firm's legal forms, written after its name as part of it ("Opel AG", "Goldman Sachs & Co"), per language. */
export const LEGAL_FORMS = perLanguage((k) => k.legalForms);
/** A word of a qualifier as a matching key, and whether the list writes it with a capital. */
export interface QualifierWord {
  key: string;
  capital: boolean;
}

/**
 * The words after a place's name that make a region's name of it ("la Suisse romande", "l'Afrique du Nord"), per
 * language, each as its words in order.
 */
export const PLACE_QUALIFIERS: ReadonlyMap<string, readonly (readonly QualifierWord[])[]> = new Map(
  LANGUAGES.map((lang) => [
    lang,
    languageKnowledge(lang).placeQualifiers.map((qualifier) =>
      (qualifier.match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => ({
        key: keyWords(word).join(' '),
        capital: word.charAt(0) !== word.charAt(0).toLowerCase(),
      })),
    ),
  ]),
);
/** The words that join the last name of a list, per language ("Antwerpen en Gent", "Noord- en Zuid-Amerika"). */
export const LIST_WORDS = perLanguage((k) => [...k.and, ...k.or]);
/** Articles that may stand between a joiner and the name: "Kingdom of the Netherlands", "Tour de la Suisse". */
export const ARTICLES = perLanguage((k) => k.articles);
/** Determiners of every language: capitalised after a dash or a quote ("AP — The World Health Organization"). */
export const DETERMINERS: ReadonlySet<string> = everyLanguage((k) => k.determiners);
/** The same per language: the article an alias of that language may open with ("the Netherlands", "l'Irak"). */
export const DETERMINERS_OF = perLanguage((k) => k.determiners);
/** The articles a town's name may follow with an adjective between ("im benachbarten Schwelm"), per language. */
export const TOWN_ARTICLES = perLanguage((k) => k.townArticles);
/** The articles that also open a relative clause ("die Reform, die Scholz ankündigte"), per language. */
export const RELATIVE_PRONOUNS = perLanguage((k) => k.relativePronouns);

/**
 * The commonest words of each language (its frequentWords and functionWords): a name of another language that travels
 * (anyLanguage) is no name where it spells one of them, French "Sont" ("are") no Øresund, English "As" no Belgian town.
 */
export const COMMON_WORDS_OF = perLanguage((k) => [...k.frequentWords, ...k.functionWords]);
/** The kinds of place the nouns of placeNouns name, each with the classes of the places of that kind. */
export const PLACE_KINDS: Readonly<Record<string, readonly string[]>> = placeKinds;
/**
 * The classes of towns, cities and municipalities: the place kinds "city" and "municipality", which "Stadt" and
 * "Gemeinde" name.
 */
export const TOWN_CLASSES: ReadonlySet<string> = new Set([
  ...(PLACE_KINDS.city ?? []),
  ...(PLACE_KINDS.municipality ?? []),
]);
/** The classes of channels and broadcasters, whose names a programme listing gives before a time ("Canvas 20.55"). */
export const BROADCASTER_CLASSES: ReadonlySet<string> = new Set(broadcasterClasses);
/** Words for a match's result ("Remis"), of every language: like a score, a cue for a team. */
export const RESULT_WORDS: ReadonlySet<string> = everyLanguage((k) => k.resultWords);
/** The classes of the teams a match's result ("2:1", "Remis") speaks of. */
export const TEAM_CLASSES: ReadonlySet<string> = new Set(teamClasses);

/**
 * Nouns that name a kind of place before a name or a list of names ("the cities of Kahramanmaras and Gaziantep"), of
 * every language, each with the classes of the places it fits.
 */
export const CLASS_NOUNS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const nouns = new Map<string, Set<string>>();
  for (const [kind, classes] of Object.entries(PLACE_KINDS))
    for (const noun of folded(ofEveryLanguage((k) => k.placeNouns[kind] ?? [])))
      nouns.set(noun, new Set([...(nouns.get(noun) ?? []), ...classes]));
  return nouns;
})();
