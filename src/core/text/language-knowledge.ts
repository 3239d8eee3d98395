/**
 * What the engine knows of each language it reads, as data: one file per language in lang/ (lang/README.md says what
 * each key means), read here and nowhere else but language.ts. The resolver and the analysis read the word lists and
 * the traits through this module instead of branching on language codes.
 *
 * The page's boot script imports language.ts, which takes only `frequentWords` from each file by a named import: the
 * bundler leaves the rest of a file out of it then. Nothing the boot script imports may import this module.
 */
import de from './lang/de.json';
import en from './lang/en.json';
import fr from './lang/fr.json';
import nl from './lang/nl.json';
import { LANGUAGES, type Lang } from './languages';

/** Properties of a language that change how the engine reads it (README.md: traits). */
export interface LanguageTraits {
  /** Every noun is written with a capital, so a capital says little about a name. */
  capitalisesNouns: boolean;
  /** Headlines often capitalise every longer word ("Assad Dies at 69"). */
  capitalisesHeadlineWords: boolean;
  /** A name that ends in a vowel takes a bare -s in the genitive ("Kanadas"), no apostrophe. */
  genitiveSAfterVowel: boolean;
  /** A name takes a bare -s: the genitive ("Assads", "Merkels"), a family's plural ("the Clintons"). */
  namesTakeS: boolean;
  /** Every word of a proper name has a capital ("Xinhua News Agency"), so a word in lower case is none of it. */
  capitalisesNameWords: boolean;
  /** A name and a noun make one word, the noun in lower case after a hyphen ("Anderlecht-trainer", "VLD-lijst"). */
  hyphenatesNameCompounds: boolean;
}

export type TraitName = keyof LanguageTraits;

/** Regular-expression pieces (case-insensitive) around a source that a statement is attributed to. */
export interface AttributionPatterns {
  before: readonly string[];
  after: readonly string[];
  articles: readonly string[];
  qualifiers: readonly string[];
  agencies: readonly string[];
}

/** One language's file (lang/<code>.json), as the engine reads it. */
export interface LanguageKnowledge {
  traits: Readonly<LanguageTraits>;
  frequentWords: readonly string[];
  titles: readonly string[];
  joiners: readonly string[];
  articles: readonly string[];
  determiners: readonly string[];
  /** Place kind (resolve/place-kinds.json) → the nouns that name places of that kind. */
  placeNouns: Readonly<Record<string, readonly string[]>>;
  and: readonly string[];
  or: readonly string[];
  locatives: readonly string[];
  placeOnlyLocatives: readonly string[];
  genitiveLocatives: readonly string[];
  inMeansAbout: readonly string[];
  possessiveEndings: readonly string[];
  apostropheEndings: readonly string[];
  calendarWords: readonly string[];
  besideAPlace: readonly string[];
  ageWords: readonly string[];
  inflectedAdjectiveEndings: readonly string[];
  townArticles: readonly string[];
  relativePronouns: readonly string[];
  resultWords: readonly string[];
  capitalisedAdjectiveEndings: readonly string[];
  capitalisedAdjectives: readonly string[];
  functionWords: readonly string[];
  sourceWords: readonly string[];
  nameParticles: readonly string[];
  surnameParticles: readonly string[];
  namePrefixes: readonly string[];
  nameSuffixes: readonly string[];
  placeQualifiers: readonly string[];
  streetNouns: readonly string[];
  bodyNouns: readonly string[];
  legalForms: readonly string[];
  distinctLetters: readonly string[];
  quantityWords: readonly string[];
  bylineWords: readonly string[];
  creditWords: readonly string[];
  liveLabels: readonly string[];
  attribution: Readonly<AttributionPatterns>;
}

/** The key every file has besides the knowledge: a pointer to the README. */
type LanguageFile = LanguageKnowledge & { $comment: string };

const KNOWLEDGE: Readonly<Record<Lang, LanguageFile>> = { nl, en, fr, de };

/** What the engine knows of `lang`. */
export function languageKnowledge(lang: Lang): LanguageKnowledge {
  return KNOWLEDGE[lang];
}

/** What the engine knows of `lang` when it is one of LANGUAGES, else undefined (no language, an unknown tag). */
export function knowledgeOf(lang: string | undefined): LanguageKnowledge | undefined {
  return lang !== undefined && Object.hasOwn(KNOWLEDGE, lang) ? KNOWLEDGE[lang as Lang] : undefined;
}

/** Whether `lang` is a known language with the trait; false for no language or an unknown one. */
export function hasTrait(lang: string | undefined, trait: TraitName): boolean {
  return knowledgeOf(lang)?.traits[trait] ?? false;
}

/** The lists of one key, of every language in LANGUAGES order, as one list: for rules that read every language. */
export function ofEveryLanguage(list: (knowledge: LanguageKnowledge) => readonly string[]): string[] {
  return LANGUAGES.flatMap((lang) => list(KNOWLEDGE[lang]));
}

/** `text` with the characters a regular expression reads as syntax escaped, to match as written. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
