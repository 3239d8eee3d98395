/**
 * From candidate matches to mentions: overlaps first (longest, then earliest), then which entity a span means and
 * whether the evidence suffices (weighed in evidence.ts). Precision first: an ambiguous span nobody can settle is
 * dropped, not guessed.
 */
import {
  BESIDE_A_PLACE,
  bracketClosesAfter,
  bracketOpensAt,
  CALENDAR_WORDS,
  CUE_WINDOW_WORDS,
  classNounBefore,
  commaBefore,
  cueAt,
  startsSentence,
  creditLineAround,
  cuesInArticle,
  datelineAround,
  placeOnlyLocativeBefore,
  genitiveLocativeBefore,
  findCueNear,
  inLongerName,
  locativeBefore,
  previousInList,
  type Cue,
  type CueTable,
} from './context-cues';
import type { AliasTable } from '../scan/alias-table';
import { codeAt, countryCodes } from './country-codes';
import type { EntityKnowledge } from './entity-knowledge';
import {
  choose,
  NO_REASONS,
  score,
  TOPIC_CUES,
  withProminence,
  type Findings,
  type Reason,
  type ScoredOption,
} from './evidence';
import {
  hasCapital,
  hasSmallLetter,
  inCapitals,
  initialCase,
  lineBreakBefore,
  lineKind,
  type LineKind,
} from './headline';
import type { CompiledAlias } from '../kb/index-format';
import type { Lang } from '../kb/schema';
import type { MatchCandidate, ScanResult } from '../scan/match';
import {
  gapAfter,
  headsItsOwnPattern,
  initialBefore,
  insideUnknownLongerName,
  nameLikeWord,
  placeJoinedAfter,
  wordText,
  writtenWord,
  yearAt,
} from './longer-names';
import { escapeRegExp, hasTrait, languageKnowledge, ofEveryLanguage } from '../text/language-knowledge';
import { LANGUAGES } from '../text/languages';
import {
  BROADCASTER_CLASSES,
  CLASS_NOUNS,
  COMMON_WORDS_OF,
  DETERMINERS,
  DETERMINERS_OF,
  LEGAL_FORMS,
  LIST_WORDS,
  NAME_PARTICLES,
  RELATIVE_PRONOUNS,
  RESULT_WORDS,
  TEAM_CLASSES,
  TITLES,
  TOWN_ARTICLES,
  TOWN_CLASSES,
  folded,
} from './name-words';
import type { Mention } from './mention';
import { liesIn, pairStandsAlone, townsInTheirRegion } from './town-in-region';

/** A mention and the words it covers in the scan, which definitions and tests of adjacency need. */
export interface ResolvedMention {
  mention: Mention;
  firstWord: number;
  lastWord: number;
}

/** One entity a span may mean, through the alias that fits best. */
interface Option {
  entityId: string;
  alias: CompiledAlias;
  /** The alias's index in the alias table. */
  index: number;
}

/** The earliest firm (unambiguous, evidence-free) mention of an entity. */
interface FirstMention {
  start: number;
  text: string;
}

/** What the resolver knows about the article besides its words. */
export interface ArticleContext {
  /** The article's language: its aliases win ties and count as evidence. */
  language?: Lang;
  /** The article's date (YYYY-MM-DD), weighed against entities' dated facts. */
  day?: string;
  /** Related entities and dated periods, when the caller holds the entity cards. */
  knowledge?: EntityKnowledge;
}

/**
 * Non-overlapping spans: the longest candidate wins ("Syrisch Observatorium voor de Mensenrechten" over "Syrisch"),
 * then the earliest. A winner blocks shorter spans inside it even if it is later dropped, for precision.
 */
export function selectSpans(candidates: readonly MatchCandidate[]): MatchCandidate[] {
  const byPriority = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: MatchCandidate[] = [];
  const taken = new Set<number>();
  for (const candidate of byPriority) {
    let free = true;
    for (let w = candidate.firstWord; w <= candidate.lastWord && free; w++) free = !taken.has(w);
    if (!free) continue;
    for (let w = candidate.firstWord; w <= candidate.lastWord; w++) taken.add(w);
    chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/**
 * Ranks the aliases of one entity on one span: the article's language first (an English article's "Georgia" is the
 * needsContext alias even where the Dutch one is plain), then plain names over needsContext ones.
 */
function aliasRank(alias: CompiledAlias, language: Lang | undefined): number {
  return (
    (alias.lang === language ? 8 : 0) +
    (alias.needsContext ? 0 : 4) +
    (alias.caseSensitive ? 2 : 0) +
    (alias.demonym ? 0 : 1)
  );
}

const WORD_INITIALS = /[\p{L}\p{N}]+/gu;

/**
 * Whether a name made of an article and words ("Le Soir", "La Réunion", "Le Monde") is written with a word in lower
 * case where the alias has a capital: then it is the article and a common noun, "le soir" the evening, "la réunion"
 * the meeting, "le monde" the world. Only such names: elsewhere a descriptor goes either way ("Kahramanmaras
 * province", "Taiwan strait"). A spelling the words do not line up with (an elision, a variant) says nothing.
 */
function innerCapitalLost(written: string, aliasText: string): boolean {
  const words = written.match(WORD_INITIALS);
  if (!words || words.length < 2) return false;
  const aliasWords = aliasText.match(WORD_INITIALS);
  if (!aliasWords || aliasWords.length !== words.length) return false;
  if (!DETERMINERS.has((aliasWords[0] as string).toLowerCase())) return false;
  for (let k = 1; k < words.length; k++) {
    const initial = (words[k] as string).charAt(0);
    const aliasInitial = (aliasWords[k] as string).charAt(0);
    if (initial !== initial.toUpperCase() && aliasInitial !== aliasInitial.toLowerCase()) return true;
  }
  return false;
}

/**
 * Whether a word of the span opens in lower case where the alias's word has a capital, yet holds a capital further
 * in: case that no writer gives the name, as OCR reads "10me" into "lOme" (no Lomé). A particle in lower case ("al-
 * Assad", "de Gaulle") is a word of its own and has no capital inside.
 */
function caseTurnedInside(written: string, aliasText: string): boolean {
  const words = written.match(WORD_INITIALS);
  const aliasWords = aliasText.match(WORD_INITIALS);
  if (!words || !aliasWords || aliasWords.length !== words.length) return false;
  return words.some((word, k) => {
    const aliasInitial = (aliasWords[k] as string).charAt(0);
    return (
      hasSmallLetter(word.charAt(0)) &&
      hasCapital(word.slice(1)) &&
      aliasInitial !== aliasInitial.toLowerCase()
    );
  });
}

/** A letter of any script: a name without one is made of figures ("9/11"). */
const LETTER = /\p{L}/u;

/** A name's own closing mark, which the scan leaves out of its words: "ON!", "Yahoo!". */
const OWN_MARK = /[!?]$/u;

/** Per language, the letters with a diacritic that are letters of their own (distinctLetters: German "ü"). */
const DISTINCT_LETTERS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  LANGUAGES.map((lang) => [lang, new Set(languageKnowledge(lang).distinctLetters)]),
);

/** The letters and digits of `text`, in lower case. */
function lettersOf(text: string): string[] {
  return [...text.normalize('NFC').toLowerCase()].filter((char) => /[\p{L}\p{N}]/u.test(char));
}

/** Most letters an inflected form adds to a name ("Bündes", "Kanadas"): beyond that the spellings do not line up. */
const MAX_INFLECTION_LETTERS = 2;

/**
 * Whether the text and the alias, which the scan folds alike, disagree on a letter that the article's language
 * writes as a letter of its own (distinctLetters): German "Drüsen" (glands) is no "Drusen" (the Druze), the genitive
 * "Bundes" no "Bünde", "Tüürs" no "Tours". A spelling whose letters do not line up (a variant, a longer inflection)
 * says nothing. A span none of whose aliases agree with it is no name (optionsOf).
 */
function distinctLetterDiffers(written: string, aliasText: string, language: Lang | undefined): boolean {
  const letters = DISTINCT_LETTERS.get(language ?? '');
  if (!letters || letters.size === 0) return false;
  const text = lettersOf(written);
  const alias = lettersOf(aliasText);
  if (Math.abs(text.length - alias.length) > MAX_INFLECTION_LETTERS) return false;
  for (let k = 0; k < Math.min(text.length, alias.length); k++) {
    const a = text[k] as string;
    const b = alias[k] as string;
    if (a !== b && (letters.has(a) || letters.has(b))) return true;
  }
  return false;
}

/** A word that ends in a vowel and an -s: a genitive only in German. */
const VOWEL_BEFORE_S = /[aeiouyàáâäéèêëíìîïóòôöúùûü]s$/iu;

/** The entities the span names as written, not through an inflected form. */
function exactEntitiesOf(span: MatchCandidate, aliases: AliasTable): Set<string> {
  const entities = new Set<string>();
  for (const index of span.aliases)
    if (!span.suffixAliases?.includes(index)) entities.add(aliases.get(index).entityId);
  return entities;
}

/**
 * The languages that write a name's genitive with its own ending (possessiveEndings: English "Assad's"): a bare -s on a
 * name is a plural there, a family's ("the Assads") or a range's or a strait's ("the Urals", "the Florida Straits"),
 * which a firm's, a club's or an event's name does not take: "ATHLETICS" is no Athletic Bilbao, "Shells had smashed
 * roofs" no Shell.
 */
const PLURAL_S_ONLY: ReadonlySet<string> = new Set(
  LANGUAGES.filter((lang) => languageKnowledge(lang).possessiveEndings.length > 0),
);

/**
 * The opening parenthesis where the span stands alone in parentheses right after a capitalised word: a town's
 * department or a person's town, as French lists locate them ("Evron (Mayenne)", "Paul Mosimann (La
 * Chaux-de-Fonds)"), but not a country's code in results. Read where every meaning is a place, as a place-only
 * locative is.
 */
function placeInParentheses(scan: ScanResult, firstWord: number, lastWord: number): string | undefined {
  const before = firstWord - 1;
  if (before < 0 || initialCase(scan, before) !== 'upper') return undefined;
  // Results write a competitor's country so, in three letters: "Rubiera (Spa)" is a Spaniard, not the Belgian town.
  if (firstWord === lastWord && codeAt(scan, firstWord)) return undefined;
  const opening = scan.original.slice(scan.originalEnds[before], scan.originalStarts[firstWord]);
  const closing = scan.original.charAt(scan.originalEnds[lastWord] as number);
  return /^ ?\($/u.test(opening) && closing === ')' ? '(' : undefined;
}

/** A dateline's day after its place: a comma and the day of the month ("Berne, 15 septembre", "Liestal, 7 (ATS)"). */
const DAY_AFTER = /^, ?\d{1,2}(?:er)?(?!\d|[.,]\d)/u;
/** …and its agency's parenthesis after the day and the month, which marks a dateline inside a line too. */
const DAY_AND_AGENCY_AFTER = /^, ?\d{1,2}(?:er)?(?: \p{L}+)?,? ?\(/u;

/**
 * The span and its day, where the day of the month follows it and either the span opens its line or an agency's
 * parenthesis follows the day (a headline before it may have lost its line break: "Le procès de Berne Berne, 15
 * septembre, (ag.)"): a dateline, whose name is where the story was filed. Read where every meaning is a place, as a
 * place-only locative is.
 */
function datelineWithDay(scan: ScanResult, firstWord: number, lastWord: number): string | undefined {
  const start = scan.originalStarts[firstWord] as number;
  const end = scan.originalEnds[lastWord] as number;
  const after = scan.original.slice(end, end + 30);
  const agency = DAY_AND_AGENCY_AFTER.exec(after);
  if (agency) return scan.original.slice(start, end + agency[0].length);
  const lineStart = scan.original.lastIndexOf('\n', start - 1) + 1;
  if (scan.original.slice(lineStart, start).trim() !== '') return undefined;
  const day = DAY_AFTER.exec(after);
  return day ? scan.original.slice(start, end + day[0].length) : undefined;
}

/** Whether word `w` opens a sentence and a word in lower case follows it after a space: "UN acquittement." */
function opensBeforeLowerCase(scan: ScanResult, w: number): boolean {
  return (
    w + 1 < scan.words.count &&
    startsSentence(scan, w) &&
    gapAfter(scan, w) === ' ' &&
    initialCase(scan, w + 1) === 'lower'
  );
}

function optionsOf(
  span: MatchCandidate,
  scan: ScanResult,
  aliases: AliasTable,
  language: Lang | undefined,
  taken: (w: number) => boolean,
  knowledge: EntityKnowledge | undefined,
): Option[] {
  const options: Option[] = [];
  // In a run of capitals ("WHO IS TO BLAME?", "WIE IS DE MOL?") the case tells nothing: an acronym matched only as
  // written is a word there. Worked out once, for the first such alias.
  let shouted: boolean | undefined;
  // An acronym that spells an article of the article's language is that article beside one more word in capitals,
  // or opening a sentence before a word in lower case, as a heading set in small capitals reads: French "UN
  // SUICIDE", "D'UN CADAVRE", "UN acquittement." are no United Nations.
  const spellsArticle =
    span.firstWord === span.lastWord &&
    (DETERMINERS_OF.get(language ?? '')?.has(
      scan.text.slice(scan.words.starts[span.firstWord], scan.words.ends[span.firstWord]),
    ) ??
      false) &&
    (inCapitals(scan, span.firstWord, span.lastWord, taken, 1) || opensBeforeLowerCase(scan, span.firstWord));
  // Names match case-blind (a headline in capitals, "Al-Assad" and "al-Assad"), but a name written all in lower case
  // is a word, not the name: French "du sucre" is sugar, not Bolivia's capital; "male voters" are not in Malé. Only
  // aliases that have no capital themselves ("dpa") and demonyms, which are adjectives ("het syrische leger"), match
  // such a span.
  const written = scan.original.slice(span.start, span.end);
  const lowerCase = !hasCapital(written);
  const inflected = span.suffixAliases;
  // An inflected form (the name and a final -s) is a German genitive. Only a language with the trait
  // genitiveSAfterVowel (German) adds a bare -s to a name that ends in a vowel ("Kanadas", "Hamas" of Hama); Dutch and
  // English write "Hama's", and "Hamas" is another name. Where the span is also a name as written, of another entity,
  // the name as written wins.
  const exactEntities = inflected ? exactEntitiesOf(span, aliases) : undefined;
  // French writes a name without any -s ("les Le Pen"): "le général Stubbs" is no Stubb.
  const inflectionFits =
    (language === undefined || hasTrait(language, 'namesTakeS')) &&
    (hasTrait(language, 'genitiveSAfterVowel') || !VOWEL_BEFORE_S.test(written));
  /** Whether the span is one of the language's commonest words, worked out for the first alias that travels. */
  let spellsCommonWord: boolean | undefined;
  const commonWord = () =>
    (spellsCommonWord ??=
      span.firstWord === span.lastWord &&
      (COMMON_WORDS_OF.get(language ?? '')?.has(wordText(scan, span.firstWord)) ?? false));
  // Whether an alias agrees with the text on its language's letters of their own (distinctLetters): where none does,
  // the span is a word ("die Drüsen" on the Druze' "Drusen"). Where one does, its namesakes stay in the running as
  // before, as the namesakes that make a needsContext name likely a name ("Munster" beside "Münster").
  let lettersFit = false;
  for (const index of span.aliases) {
    const alias = aliases.get(index);
    // A name is listed for the language it is written in: Dutch "Indien" ("if") is not German "Indien" (India).
    // Names that travel are marked for every language, but not where they spell one of the language's commonest
    // words (French "Sont", Dutch for the Øresund), unless matched only as written (the acronym "UN" is no "un");
    // an article of unknown language takes every name.
    if (
      language !== undefined &&
      alias.lang !== language &&
      (!alias.anyLanguage || (!alias.caseSensitive && commonWord()))
    )
      continue;
    if (lowerCase && !alias.demonym && hasCapital(alias.text)) continue;
    if (!alias.demonym && (innerCapitalLost(written, alias.text) || caseTurnedInside(written, alias.text)))
      continue;
    // Figures are no words whose marks the scan may fold: a name made of them is written with its own ("9/11"), and a
    // score's "11-9 11-6" or a table's "9 11" is no such name.
    if (!LETTER.test(alias.text) && written !== alias.text) continue;
    // An ampersand holds letters together into one name ("AT&T", "J&J"): without it they are a word and an initial
    // ("at T 10") or two initials ("J. J. Abrams").
    if (alias.text.includes('&') && !written.includes('&')) continue;
    if (inflected?.includes(index)) {
      if (!inflectionFits) continue;
      if (
        PLURAL_S_ONLY.has(language ?? '') &&
        knowledge &&
        !knowledge.isPerson(alias.entityId) &&
        !knowledge.isPlace(alias.entityId)
      )
        continue;
      if (exactEntities!.size > 0 && !exactEntities!.has(alias.entityId)) continue;
    }
    if (
      alias.caseSensitive &&
      (spellsArticle || (shouted ??= inCapitals(scan, span.firstWord, span.lastWord, taken)))
    )
      continue;
    // A name that ends in its own "!" or "?" is written with it: "ON!" (a broadcaster), not the French "on".
    if (OWN_MARK.test(alias.text) && scan.original.charAt(span.end) !== alias.text.at(-1)) continue;
    lettersFit ||= !distinctLetterDiffers(written, alias.text, language);
    const existing = options.find((option) => option.entityId === alias.entityId);
    if (!existing) options.push({ entityId: alias.entityId, alias, index });
    else if (aliasRank(alias, language) > aliasRank(existing.alias, language)) {
      existing.alias = alias;
      existing.index = index;
    }
  }
  return lettersFit ? options : [];
}

interface Span {
  span: MatchCandidate;
  options: Option[];
  /** The kind of line the span stands in, worked out once for both rounds. */
  line?: LineKind;
  /** Whether the span's one option is another person's name here (anotherBearer), worked out once. */
  elsewhere?: boolean;
}

/** A name by its first word: the entity, the text as written and its last word. */
interface NameAt {
  entityId: string;
  text: string;
  lastWord: number;
}

/** Entities named in the article and where: firm names first, then what an earlier round settled. */
interface Named {
  /** First mention of each entity anywhere in the article (related-entity evidence). */
  anywhere: Map<string, FirstMention>;
  /** First firm full name (not a demonym) of each entity (coreference evidence: see findingsFor). */
  inFull: Map<string, FirstMention>;
  /** Firm names by their first word: what stands right after a span ("Hamilton, Bermuda"). */
  firmAt: Map<number, NameAt>;
  /** Firm names and, after round one, the names it settled, by their first word. */
  settledAt: Map<number, NameAt>;
  /** Every name's first word by its last word: the list a locative governs ("in Antwerpen en Gent"). */
  endingAt: Map<number, number>;
}

function firmNames(
  spans: readonly Span[],
  scan: ScanResult,
  /** Whether a firm span is somebody else's name after all (anotherBearer): it names nobody the data knows. */
  elsewhere: (entry: Span, entityId: string) => boolean,
): Named {
  const firmAt = new Map<number, NameAt>();
  const named: Named = {
    anywhere: new Map(),
    inFull: new Map(),
    firmAt,
    settledAt: firmAt,
    endingAt: new Map(),
  };
  for (const { span } of spans) named.endingAt.set(span.lastWord, span.firstWord);
  for (const entry of spans) {
    const { span, options } = entry;
    const only = options.length === 1 ? options[0] : undefined;
    if (!only || only.alias.needsContext || elsewhere(entry, only.entityId)) continue;
    const first = { start: span.start, text: scan.original.slice(span.start, span.end) };
    named.firmAt.set(span.firstWord, { entityId: only.entityId, text: first.text, lastWord: span.lastWord });
    if (!named.anywhere.has(only.entityId)) named.anywhere.set(only.entityId, first);
    if (!only.alias.demonym && !named.inFull.has(only.entityId)) named.inFull.set(only.entityId, first);
  }
  return named;
}

/**
 * The option a title line's span refers ahead to: the one the text below it names in full first. A headline names by
 * surname what the text below names in full ("Assad flees", then "Bashar al-Assad"; Hafez may come later on).
 */
function namedBelow(span: MatchCandidate, options: readonly Option[], named: Named): string | undefined {
  let first: FirstMention | undefined;
  let entityId: string | undefined;
  for (const option of options) {
    const inFull = named.inFull.get(option.entityId);
    if (inFull && inFull.start >= span.end && (!first || inFull.start < first.start)) {
      first = inFull;
      entityId = option.entityId;
    }
  }
  return entityId;
}

/**
 * What the article offers for each option of one span. The full name counts when it comes before the span, or when
 * the span is in a title line and that option is the one named in full below it first (namedBelow).
 */
function findingsFor(
  { span, options }: Span,
  scan: ScanResult,
  cues: CueTable,
  named: Named,
  context: ArticleContext,
  /** Words first..last are no cue: part of another name (unless a place related to `body`, an organisation). */
  cueBlocked: (first: number, last: number, body?: string) => boolean,
  line: LineKind,
  list: ListEvidence | undefined,
  discourse: DiscourseEvidence | undefined,
): Findings[] {
  const rivals = new Set(options.map((option) => option.entityId));
  // An entity related to two or more of the namesakes tells those apart no better than chance (Israel borders the
  // country Jordan and the river alike, whether or not a Swiss banker named Jordan is a third namesake).
  const sharedByAll = (other: string) =>
    options.length > 1 &&
    options.filter(({ entityId }) => knowledge?.related(entityId).has(other)).length > 1;
  const kinOfSeveral = (other: string) =>
    options.filter(({ entityId }) => knowledge !== undefined && kin(knowledge, entityId, other)).length > 1;
  const below = line.title ? namedBelow(span, options, named) : undefined;
  const { knowledge, day } = context;
  const locative =
    knowledge &&
    (locativeBefore(scan, span.firstWord, span.lastWord, (w) => named.endingAt.get(w)) ??
      (options.every(({ entityId }) => knowledge.isPlace(entityId))
        ? (placeOnlyLocativeBefore(scan, span.firstWord) ??
          genitiveLocativeBefore(scan, span.firstWord, context.language) ??
          placeInParentheses(scan, span.firstWord, span.lastWord) ??
          datelineWithDay(scan, span.firstWord, span.lastWord))
        : undefined));
  const after =
    knowledge && commaBefore(scan, span.lastWord + 1) ? named.firmAt.get(span.lastWord + 1) : undefined;
  const bracketed = knowledge ? bracketedBeside(scan, span, named) : undefined;
  const time = knowledge && broadcastTimeAfter(scan, span);
  // "The cities of Kahramanmaras and Gaziantep": a noun before the name, or its list, says what kind of place it is.
  const noun = knowledge && classNounBefore(scan, span.firstWord, (w) => named.endingAt.get(w));
  // A kind (the noun's, the list's) tells namesakes apart when some of them are of another kind, and says that a lone
  // name that needs context is that name here ("die Landkreise Bitburg-Prüm, Vulkaneifel und Trier-Saarburg").
  const ofKind = (classes: ReadonlySet<string> | undefined) => (entityId: string) =>
    classes !== undefined &&
    knowledge !== undefined &&
    knowledge.classes(entityId).some((id) => classes.has(id));
  const tells = (isOfKind: (entityId: string) => boolean) =>
    options.length === 1 || options.some(({ entityId }) => !isOfKind(entityId));
  const ofNounKind = ofKind(noun?.classes);
  const ofListKind = ofKind(list?.classes);
  const nounTells = noun !== undefined && tells(ofNounKind);
  const listTells = list !== undefined && tells(ofListKind);
  return options.map(({ entityId }) => {
    const findings: Findings = { related: [] };
    const inFull = named.inFull.get(entityId);
    if (inFull && (inFull.start < span.start || entityId === below)) findings.coreference = inFull.text;
    if (nounTells && ofNounKind(entityId)) findings.kind = noun.text;
    if (discourse?.entityId === entityId) findings.discourse = discourse.text;
    findings.cue =
      findCueNear(
        scan,
        cues.get(entityId),
        span.firstWord,
        span.lastWord,
        knowledge?.isOrganisation(entityId) ? (first, last) => cueBlocked(first, last, entityId) : cueBlocked,
      ) ??
      (options.length === 1 && knowledge?.isOrganisation(entityId)
        ? (datelineAround(scan, span.firstWord, span.lastWord) ??
          (isAgency(cues.get(entityId)) ? creditLineAround(scan, span.firstWord, span.lastWord) : undefined))
        : undefined) ??
      (knowledge && isTeam(entityId, knowledge) ? resultNear(scan, span) : undefined);
    // What the article is about settles a name that needs context and that no other entity bears, where nothing
    // beside it does: not a person's, whose one bearer in the data need not be the one the article means ("De Block"),
    // nor a name shouted in capitals ("RUGBY UNION").
    if (
      options.length === 1 &&
      findings.cue === undefined &&
      findings.coreference === undefined &&
      knowledge !== undefined &&
      !knowledge.isPerson(entityId) &&
      aboutTheArticle(options[0] as Option, span, scan)
    ) {
      const blocked = knowledge.isOrganisation(entityId)
        ? (first: number, last: number) => cueBlocked(first, last, entityId)
        : cueBlocked;
      const topic = topicOf(scan, span, cues.get(entityId), context.language, blocked);
      if (topic.length >= TOPIC_CUES) findings.topic = topic.join(', ');
    }
    if (knowledge) {
      if (locative && knowledge.isPlace(entityId)) findings.locative = locative;
      // "Hamilton, Bermuda": a place's own country (or region) right after it says which Hamilton; so does, outside a
      // list, a region of the country it lies in ("St. Petersburg, Florida").
      if (after && knowledge.isPlace(entityId) && knowledge.isPlace(after.entityId))
        if (
          knowledge.related(entityId).has(after.entityId) ||
          (pairStandsAlone(scan, span.firstWord, after.lastWord, named.endingAt, context.language) &&
            liesIn(knowledge, entityId, after.entityId))
        )
          findings.apposition = after.text;
      // "Carlos Sainz (Ferrari)", "Philippe Maystadt (PSC)", "Cofidis (Vandenbroucke)": a person's team or party in
      // parentheses beside the name, or a team's rider, says which namesake it is, as the place after a comma does.
      if (
        bracketed &&
        !rivals.has(bracketed.entityId) &&
        !knowledge.isPlace(entityId) &&
        !knowledge.isPlace(bracketed.entityId) &&
        knowledge.related(entityId).has(bracketed.entityId)
      )
        findings.apposition ??= bracketed.text;
      if (time && isBroadcaster(entityId, knowledge)) findings.cue ??= time;
      if (listTells && ofListKind(entityId)) findings.list = list.text;
      // A namesake named elsewhere is no evidence for its namesake: that is the very confusion being settled. Nor is
      // an entity related to several namesakes: Israel borders the country Jordan and the river alike.
      // In the article's order, and over the few names it holds rather than over all an entity is related to (a
      // country is related to thousands): the same evidence whichever order the data lists relations in.
      const related = knowledge.related(entityId);
      const kinBesides = (other: string) =>
        options.length > 1 && !rivals.has(other) && kin(knowledge, entityId, other) && !kinOfSeveral(other);
      for (const [other, mention] of named.anywhere)
        if (related.has(other) ? !rivals.has(other) && !sharedByAll(other) : kinBesides(other))
          findings.related.push(mention.text);
      if (day) {
        findings.activeOnDate = knowledge.activeOn(entityId, day);
        findings.date = day;
      }
    }
    return findings;
  });
}

/** Whether what the article is about may settle the option: a name that needs context, written as its alias has it. */
function aboutTheArticle({ alias }: Option, span: MatchCandidate, scan: ScanResult): boolean {
  return (
    alias.needsContext &&
    (hasSmallLetter(scan.original.slice(span.start, span.end)) || !hasSmallLetter(alias.text))
  );
}

/**
 * The cues of an entity that the article writes where they are no part of another name (`blocked`, as beside a
 * mention), but no word of the name itself ("de Ronde" says nothing of what "de Ronde" means) and no common word of
 * the language.
 */
function topicOf(
  scan: ScanResult,
  span: MatchCandidate,
  entityCues: readonly Cue[] | undefined,
  language: Lang | undefined,
  blocked: (first: number, last: number) => boolean,
): string[] {
  const common = language === undefined ? undefined : COMMON_WORDS_OF.get(language);
  const name = scan.text.slice(scan.words.starts[span.firstWord], scan.words.ends[span.lastWord]);
  const telling = entityCues?.filter(
    (cue) =>
      !` ${name} `.includes(` ${cue.words.join(' ')} `) &&
      (cue.words.length > 1 || !common?.has(cue.words[0] as string)),
  );
  return cuesInArticle(scan, telling, blocked);
}

/** The names of `known` and those of `chosen` (by span) besides, by their first word. */
function settledNames(
  known: ReadonlyMap<number, NameAt>,
  spans: readonly Span[],
  chosen: readonly (ScoredOption | undefined)[],
  scan: ScanResult,
): Map<number, NameAt> {
  const names = new Map(known);
  spans.forEach(({ span }, i) => {
    const option = chosen[i];
    if (option && !names.has(span.firstWord))
      names.set(span.firstWord, {
        entityId: option.entityId,
        text: scan.original.slice(span.start, span.end),
        lastWord: span.lastWord,
      });
  });
  return names;
}

/**
 * The name in parentheses right after the span ("Leclerc (Ferrari)"), or the name right before the span when the span
 * stands alone in parentheses after it ("Ferrari" there).
 */
function bracketedBeside(scan: ScanResult, span: MatchCandidate, named: Named): NameAt | undefined {
  const after = bracketOpensAt(scan, span.lastWord + 1) ? named.settledAt.get(span.lastWord + 1) : undefined;
  if (after && bracketClosesAfter(scan, after.lastWord)) return after;
  if (!bracketOpensAt(scan, span.firstWord) || !bracketClosesAfter(scan, span.lastWord)) return undefined;
  const first = named.endingAt.get(span.firstWord - 1);
  const before = first === undefined ? undefined : named.settledAt.get(first);
  return before?.lastWord === span.firstWord - 1 ? before : undefined;
}

/** A clock time right after a name, as a programme listing gives a channel: "Canvas 20.55", "BBC 2 23.10". */
const CLOCK_TIME_AFTER = /^[ \t\u00a0]+(?:[01]?\d|2[0-3])[.:][0-5]\d(?![\d.:,])/u;

function broadcastTimeAfter(scan: ScanResult, span: MatchCandidate): string | undefined {
  return CLOCK_TIME_AFTER.exec(scan.original.slice(span.end, span.end + 8))?.[0].trim();
}

function isBroadcaster(entityId: string, knowledge: Pick<EntityKnowledge, 'classes'>): boolean {
  return knowledge.classes(entityId).some((id) => BROADCASTER_CLASSES.has(id));
}

/** Two numbers joined by a colon, as a match's result is written ("2:1", "1:0-Führung", "92:85"). */
const SCORE = /(?<![\p{N}.:,])(\d{1,3}):(\d{1,3})(?![\p{N}.:,])/gu;

/**
 * A match's result within CUE_WINDOW_WORDS words of the span, a score or a word for one (resultWords), as written, or
 * undefined: what a cue word says of a team, whose name is often also a town's, a word or an abbreviation ("der KSC
 * gewann 2:1", "Mit dem Remis blieb Chelsea"). Not a clock time ("15:30", "um 9:05").
 */
function resultNear(scan: ScanResult, span: MatchCandidate): string | undefined {
  const first = Math.max(0, span.firstWord - CUE_WINDOW_WORDS);
  const last = Math.min(scan.words.count - 1, span.lastWord + CUE_WINDOW_WORDS);
  for (let w = first; w <= last; w++)
    if (RESULT_WORDS.has(scan.text.slice(scan.words.starts[w], scan.words.ends[w])))
      return scan.original.slice(scan.originalStarts[w], scan.originalEnds[w]);
  const window = scan.original.slice(scan.originalStarts[first], scan.originalEnds[last]);
  for (const [score, left, right] of window.matchAll(SCORE))
    if (!(Number(left) <= 23 && /^[0-5]\d$/u.test(right as string))) return score;
  return undefined;
}

function isTeam(entityId: string, knowledge: Pick<EntityKnowledge, 'classes'>): boolean {
  return knowledge.classes(entityId).some((id) => TEAM_CLASSES.has(id));
}

/**
 * Whether two organisations are of one class and related to one entity: two parties of a country ("die Grünen" beside
 * the SPD are the German ones, beside the ÖVP the Austrian), two clubs of one league. Such an organisation named in
 * the article supports its kin among namesakes as a related entity does. Only what the two name is read, nothing of
 * the entity they share: the index reads an entity's details as an article names it.
 */
function kin(knowledge: EntityKnowledge, entityId: string, other: string): boolean {
  if (!knowledge.isOrganisation(entityId) || !knowledge.isOrganisation(other)) return false;
  const classes = knowledge.classes(other);
  if (!knowledge.classes(entityId).some((id) => classes.includes(id))) return false;
  const others = knowledge.related(other);
  for (const shared of knowledge.related(entityId)) if (others.has(shared)) return true;
  return false;
}

/**
 * A name followed by an age, as news writes people in every language we read: "Sana, 34, fled", "Sana (34)",
 * "Sana, 34 ans,", "Sana, 34 jaar," (ageWords). No pack entity has an age, so such a name is somebody the data does
 * not know.
 */
const AGE_APPOSITION = new RegExp(
  `^(?:,\\s*\\d{1,3}(?:\\s*(?:${ofEveryLanguage((k) => k.ageWords)
    .map(escapeRegExp)
    .join('|')}))?\\s*[,.;:]|\\s*\\(\\s*\\d{1,3}\\s*\\))`,
  'u',
);

function followedByAge(scan: ScanResult, span: MatchCandidate): boolean {
  return AGE_APPOSITION.test(scan.original.slice(span.end, span.end + 24));
}

/**
 * Whether a name that is also a person's (the alias hint personName: Paris, Houston) stands beside a capitalised word
 * the data does not know, which makes it part of that person's name: "Paris Hilton", "Whitney Houston". In a language
 * that capitalises every noun (German), only the word after it counts: "Paris Hilton", not "die Hauptstadt Paris".
 */
function besideUnknownName(
  entry: Span,
  scan: ScanResult,
  language: Lang | undefined,
  taken: (w: number) => boolean,
): boolean {
  const { firstWord, lastWord } = entry.span;
  const nounsCapitalised = hasTrait(language, 'capitalisesNouns');
  return inLongerName(scan, firstWord, lastWord, {
    taken,
    cues: [],
    // inLongerName leaves out the word after a name where nouns are capitalised; here it is the one that counts.
    language: nounsCapitalised ? undefined : language,
    afterOnly: nounsCapitalised,
    titleCase: (entry.line ??= lineKind(scan, firstWord, lastWord)).titleCase,
    besides: BESIDE_A_PLACE,
  });
}

/**
 * Whether the span is part of a longer proper name the data does not know ("Antwerp Expo", "Amsterdam-Osdorp",
 * "Grand Prix van Nederland"): it names nothing then, whichever entity it could mean (longer-names.ts).
 */
function inUnknownLongerName(
  entry: Span,
  scan: ScanResult,
  cues: CueTable,
  context: ArticleContext,
  taken: (w: number) => boolean,
  demonymAt: (w: number) => boolean,
  firmlyTaken: (w: number) => boolean,
): boolean {
  const { span, options } = entry;
  const { knowledge } = context;
  // A listing's channel ends the programme's title before it: "Today at Wimbledon BBC 2 23.40".
  if (
    knowledge &&
    broadcastTimeAfter(scan, span) !== undefined &&
    options.every((option) => isBroadcaster(option.entityId, knowledge))
  )
    return false;
  const place =
    options.some((option) => context.knowledge?.isPlace(option.entityId) ?? false) &&
    !options.some(
      (option) => !option.alias.needsContext && (context.knowledge?.isPerson(option.entityId) ?? false),
    );
  if (place && competitorBeforeCode(scan, span.lastWord)) return true;
  const optionCues = options.flatMap((option) => cues.get(option.entityId) ?? []);
  const line = (entry.line ??= lineKind(scan, span.firstWord, span.lastWord));
  return insideUnknownLongerName(scan, span.firstWord, span.lastWord, {
    language: context.language,
    taken,
    firmlyTaken,
    demonymAt,
    cueAt: (at) =>
      optionCues.some((cue) => cueAt(scan, cue, at) || cueAt(scan, cue, at - cue.words.length + 1)),
    titleLine: line.title,
    titleCase: line.titleCase,
    row: line.row === true,
    // A person the name stands for only with context ("Houston" of Nova Scotia's premier) does not make a city's
    // plain name a person's.
    place,
    town: options.some((option) =>
      (context.knowledge?.classes(option.entityId) ?? []).some((id) => TOWN_CLASSES.has(id)),
    ),
    demonym: options.every((option) => option.alias.demonym),
    abbreviation: options.every((option) => option.alias.text.endsWith('.')),
    givenName: (w) => context.knowledge?.isGivenName(wordText(scan, w)) ?? false,
    maker: options.every((option) => {
      const id = option.entityId;
      const { knowledge } = context;
      return (
        knowledge !== undefined && !knowledge.isPlace(id) && !knowledge.isPerson(id) && !knowledge.isEvent(id)
      );
    }),
    work: options.every((option) => context.knowledge?.isWork(option.entityId) ?? false),
  });
}

/** Most words of a competitor's name read after a place's name up to a country's code: "Leon van Bon (Ned)". */
const MAX_COMPETITOR_WORDS = 3;

/**
 * Whether the name ending at word `lastWord` ends a competitor's name before a country's code in parentheses, alone
 * or with more of that name after it, capitalised or a name's particle: "Francisco Leon (Spa)", "Leon Garcia (Spa)",
 * "Leon van Bon (Ned)", "de los Rios (Zwi)". Results give a nationality to people and teams, never to a place, so a
 * place's name there is a surname or part of one.
 */
function competitorBeforeCode(scan: ScanResult, lastWord: number): boolean {
  let last = lastWord;
  while (
    last + 1 < scan.words.count &&
    last - lastWord < MAX_COMPETITOR_WORDS &&
    gapAfter(scan, last) === ' ' &&
    (nameLikeWord(scan, last + 1) ||
      (initialCase(scan, last + 1) === 'lower' && NAME_PARTICLES.has(wordText(scan, last + 1))))
  )
    last++;
  return codeAt(scan, last + 1);
}

/**
 * A spelling the packs do not list (a transliteration variant, match.ts) where its capital says nothing: at the start
 * of a sentence, where a word of the article's own language may fall on a foreign name's key (Dutch "Ruzie",
 * "quarrel", on French "Russie"), and as one word in a language that capitalises its nouns, unless a word that
 * announces a name stands before it. Mid-sentence, a capitalised "Zelenskyj" still finds "Zelensky".
 */
function unlistedAtSentenceStart(
  span: MatchCandidate,
  scan: ScanResult,
  language: Lang | undefined,
  spanCues: () => readonly Cue[],
  knowledge?: Pick<EntityKnowledge, 'isGivenName'>,
): boolean {
  if (span.variant !== true) return false;
  // Where every noun has a capital, a one-word spelling the packs do not list is a noun's as often as a name's
  // ("moderiert Messen" on Mesen, "Buche-Tanne" on Thane, "Milram-Spitze" on Spitse) or another name's ("Litex
  // Lovech", "Hagia Sophia"): it stands for the name only after a title, a place's preposition, a noun of a place's
  // kind or a cue of the entity ("Präsident Selenskyj", "in Ost-Ghuta", "im Lager Jarmuk").
  if (
    hasTrait(language, 'capitalisesNouns') &&
    span.firstWord === span.lastWord &&
    !namesAnnouncedBefore(scan, span, spanCues())
  )
    return true;
  return (
    startsSentence(scan, span.firstWord) ||
    afterSpacedDash(scan, span.firstWord) ||
    (!hasTrait(language, 'capitalisesNouns') && inCapitalisedRun(scan, span, knowledge))
  );
}

/**
 * Whether a word that announces a name stands right before the span, or before the words joined to it by hyphens
 * ("in Ost-Ghuta"): a title ("Präsident Selenskyj"), a place's preposition ("in Timbuktu"), a noun of a place's kind,
 * one of the cues of the entities the span may mean, or a noun after an article, whose apposition the name is ("im
 * Lager Jarmuk").
 */
function namesAnnouncedBefore(scan: ScanResult, span: MatchCandidate, spanCues: readonly Cue[]): boolean {
  let first = span.firstWord;
  while (first > 0 && gapAfter(scan, first - 1) === '-') first--;
  const before = first - 1;
  if (before < 0 || gapAfter(scan, before) !== ' ') return false;
  const word = wordText(scan, before);
  return (
    TITLES.has(word) ||
    CLASS_NOUNS.has(word) ||
    locativeBefore(scan, first, span.lastWord) !== undefined ||
    spanCues.some((cue) => cueAt(scan, cue, before - cue.words.length + 1)) ||
    (nameLikeWord(scan, before) && afterDeterminer(scan, before))
  );
}

/**
 * Whether a capitalised word stands right beside the span, in the same sentence and set off by a space only: where
 * names alone have capitals, the span is then part of a longer name the packs do not list, most often a person's
 * ("Colin Montgomerie" on Montgomery's key, "Eric Anthony" on Antony's). Titles, articles and calendar words are no
 * part of a name ("President Zelenskyy", "Zelenskyy Monday"), nor is a word in capitals (an acronym, a shout).
 */
function inCapitalisedRun(
  scan: ScanResult,
  span: MatchCandidate,
  knowledge?: Pick<EntityKnowledge, 'isGivenName'>,
): boolean {
  const before = span.firstWord - 1;
  const after = span.lastWord + 1;
  return (
    // A word that opens the sentence has its capital from there ("In Tadamun"), unless it is a first name the data
    // knows ("Eric Anthony hit…").
    (before >= 0 &&
      gapAfter(scan, before) === ' ' &&
      !startsSentence(scan, span.firstWord) &&
      nameLikeWord(scan, before) &&
      (!startsSentence(scan, before) || (knowledge?.isGivenName(wordText(scan, before)) ?? false))) ||
    (after < scan.words.count &&
      gapAfter(scan, span.lastWord) === ' ' &&
      !startsSentence(scan, after) &&
      nameLikeWord(scan, after))
  );
}

/** A day of the month or a year, as its own word. */
const DAY_OR_YEAR = /^\d{1,4}$/u;

/**
 * Whether the span is one calendar word (calendarWords: "May", "Apr", "Mai") with a day or a year beside it: a date
 * ("in May 1995", "since May 18", "(Apr 30)", "18. Mai"), not Theresa May nor whoever "APR" stands for.
 */
function dateBesideNumber(span: MatchCandidate, scan: ScanResult): boolean {
  const w = span.firstWord;
  if (w !== span.lastWord) return false;
  const word = writtenWord(scan, w).toLowerCase();
  if (!CALENDAR_WORDS.has(word)) return false;
  const number = (k: number) => k >= 0 && k < scan.words.count && DAY_OR_YEAR.test(writtenWord(scan, k));
  const spaced = (a: number) =>
    /^[ .]+$/u.test(scan.original.slice(scan.originalEnds[a], scan.originalStarts[a + 1]));
  return (number(w + 1) && spaced(w)) || (number(w - 1) && spaced(w - 1));
}

/** Whether word `w` follows a dash set off by spaces, which opens a sentence after a dateline ("Karlsruhe - Keine"). */
function afterSpacedDash(scan: ScanResult, w: number): boolean {
  if (w === 0) return false;
  return /^ [-–—] $/u.test(scan.original.slice(scan.originalEnds[w - 1], scan.originalStarts[w]));
}

/**
 * Whether word `w` follows an article or an adjective inflected as `language` inflects them (one space): "den
 * Knappen", "alternativen Routen".
 */
function afterArticleOrAdjective(scan: ScanResult, w: number, language: Lang | undefined): boolean {
  const word = lowerWordBefore(scan, w);
  if (word === undefined) return false;
  return DETERMINERS.has(word) || (INFLECTED_ADJECTIVE.get(language)?.test(word) ?? false);
}

/** Whether word `w` follows an article (one space): "im Sommer", "der Stein". */
function afterDeterminer(scan: ScanResult, w: number): boolean {
  const word = lowerWordBefore(scan, w);
  return word !== undefined && DETERMINERS.has(word);
}

/**
 * The word before word `w`, one space before it and written in lower case (or with the capital of a sentence's first
 * word: "Im Alter von 62 Jahren"), as a matching key.
 */
function lowerWordBefore(scan: ScanResult, w: number): string | undefined {
  const before = w - 1;
  if (before < 0 || scan.text.slice(scan.words.ends[before], scan.words.starts[w]) !== ' ') return undefined;
  if (initialCase(scan, before) !== 'lower' && !startsSentence(scan, before)) return undefined;
  return scan.text.slice(scan.words.starts[before], scan.words.ends[before]);
}

/**
 * An adjective with an inflected ending of its language (inflectedAdjectiveEndings; German: not the -er of "unter",
 * "hinter"): "alternativen", "neue", "großem". None for a language without such endings.
 */
const INFLECTED_ADJECTIVE: ReadonlyMap<Lang | undefined, RegExp> = new Map(
  LANGUAGES.flatMap((lang) => {
    const endings = languageKnowledge(lang).inflectedAdjectiveEndings;
    return endings.length === 0
      ? []
      : [[lang, new RegExp(`\\p{L}{3,}(?:${endings.map(escapeRegExp).join('|')})$`, 'u')] as const];
  }),
);

/** A span with one entity through a plain name: settled without evidence. */
function isFirm({ options }: Span): boolean {
  return options.length === 1 && !(options[0] as Option).alias.needsContext;
}

/**
 * Whether a person's one-word name (a surname: "Lukaku") is another person's here: right after a capitalised word
 * that is a given name the data knows ("Jordan Lukaku" is Romelu's brother, even at the start of a sentence), or, but
 * where every noun is capitalised (the trait capitalisesNouns: "Bundeskanzler Scholz"), beside a capitalised word
 * that is no known name, title or cue of theirs; there, only before such a word and where the name is itself a given
 * name ("Rainer Eppelmann", givenNameBeforeName).
 */
function anotherBearer(
  entry: Span,
  entityId: string,
  scan: ScanResult,
  cues: CueTable,
  context: ArticleContext,
  taken: (w: number) => boolean,
): boolean {
  // Asked for a firm span by firmNames() and again by settle(): worked out once.
  if (entry.elsewhere === undefined)
    entry.elsewhere = bearerBeside(entry, entityId, scan, cues, context, taken);
  return entry.elsewhere;
}

function bearerBeside(
  ...[entry, entityId, scan, cues, context, taken]: Parameters<typeof anotherBearer>
): boolean {
  const { span } = entry;
  const { knowledge } = context;
  if (span.firstWord !== span.lastWord || !knowledge) return false;
  const person = knowledge.isPerson(entityId);
  const before = span.firstWord - 1;
  if (before >= 0) {
    const start = scan.words.starts[before] as number;
    const end = scan.words.ends[before] as number;
    const gap = scan.text.slice(end, scan.words.starts[span.firstWord] as number);
    const written = writtenWord(scan, before);
    const key = scan.text.slice(start, end);
    // After a given name, a one-word name of anything else is a surname too ("John Dehner" is no garden centre,
    // "Rudolf Skoda" no car maker, "Donna Leon" no Spanish city), where both are written as names are (a capital, then
    // small letters: not "Deborah Charles RANGOON", a dateline) and the given name is no small word of a language, no
    // title and no month ("La Grèce", "A Lyon", "Prince Eugene", "The August Chicago NAPM").
    const givenName = person
      ? /^\p{Lu}/u.test(written)
      : /^\p{Lu}\p{Ll}+$/u.test(written) &&
        /^\p{Lu}\p{Ll}/u.test(scan.original.slice(span.start, span.end)) &&
        !SMALL_WORDS.has(key) &&
        !TITLES.has(key) &&
        !CALENDAR_WORDS.has(written.toLowerCase());
    if (gap === ' ' && givenName && knowledge.isGivenName(key)) return true;
  }
  if (!person) return false;
  // An initial that opens none of the person's names makes the surname another bearer's: "W. Müller" is not Michael
  // Müller, "M. Müller" may be.
  if (
    context.language !== undefined &&
    initialBefore(scan, span.firstWord, context.language) &&
    !knowledge.initials(entityId).has(wordText(scan, span.firstWord - 1))
  )
    return true;
  if (hasTrait(context.language, 'capitalisesNouns'))
    return givenNameBeforeName(scan, span, entityId, cues, knowledge, taken);
  // Beside another known name written as a name is, in prose: both are words of one person's name ("Davey Johnson",
  // "Thomas Gogele"), which the data does not know.
  const line = (entry.line ??= lineKind(scan, span.firstWord, span.lastWord));
  if (
    !line.title &&
    (namedBeside(scan, span.firstWord - 1, span.firstWord, taken) ||
      namedBeside(scan, span.lastWord + 1, span.lastWord, taken))
  )
    return true;
  return inLongerName(scan, span.firstWord, span.lastWord, {
    taken,
    cues: cues.get(entityId) ?? [],
    language: context.language,
    titleCase: (entry.line ??= lineKind(scan, span.firstWord, span.lastWord)).titleCase,
  });
}

/**
 * Whether word `w` is a word of another known name (`taken`) with a capital and small letters, no title or word beside a
 * place (nameLikeWord), with one space between it and word `next`, the name's, on the same line.
 */
function namedBeside(scan: ScanResult, w: number, next: number, taken: (w: number) => boolean): boolean {
  if (w < 0 || w >= scan.words.count || !taken(w) || !nameLikeWord(scan, w)) return false;
  const first = Math.min(w, next);
  return gapAfter(scan, first) === ' ' && !lineBreakBefore(scan, first + 1);
}

/**
 * Whether a person's one-word name that is also a given name the data knows (Alois Rainer's "Rainer") stands right
 * before a capitalised word that is no known name, title or cue of theirs: it is then somebody else's given name
 * ("Rainer Eppelmann"). Where every noun has a capital, the word after a name says so only after a given name.
 */
function givenNameBeforeName(
  scan: ScanResult,
  span: MatchCandidate,
  entityId: string,
  cues: CueTable,
  knowledge: Pick<EntityKnowledge, 'isGivenName'>,
  taken: (w: number) => boolean,
): boolean {
  if (span.firstWord !== span.lastWord || !knowledge.isGivenName(wordText(scan, span.firstWord)))
    return false;
  return inLongerName(scan, span.firstWord, span.lastWord, {
    taken,
    cues: cues.get(entityId) ?? [],
    afterOnly: true,
  });
}

/**
 * The small words of every language (determiners, frequent and function words, joiners): some open a person's label
 * ("La Toya", "Al Gore") but before a name they are the article or the preposition.
 */
const SMALL_WORDS: ReadonlySet<string> = folded(
  ofEveryLanguage((k) => [
    ...k.determiners,
    ...k.frequentWords,
    ...k.functionWords,
    ...k.joiners,
    ...k.articles,
  ]),
);

/** Puts span index `i` in the group `key` of `groups`. */
function addTo<K>(groups: Map<K, number[]>, key: K, i: number): void {
  const members = groups.get(key);
  if (members) members.push(i);
  else groups.set(key, [i]);
}

/** Of the span indexes `among` (not empty), the one nearest to `i`, the earlier on a tie. */
function nearestTo(i: number, among: readonly number[]): number {
  return among.reduce((a, b) => (Math.abs(b - i) < Math.abs(a - i) ? b : a));
}

/** What a span's list says of it: the classes its settled names share, and the nearest of them as written. */
interface ListEvidence {
  classes: ReadonlySet<string>;
  text: string;
}

/** The option the same name was settled to elsewhere in the article, and the evidence that settled it there. */
interface DiscourseEvidence {
  entityId: string;
  text: string;
}

/**
 * One sense per article, by span index: where some mentions of a name that is not firm (spans whose options are the
 * same entities: namesakes, or one entity whose name needs context) were settled by evidence beside them, all to one
 * entity, the others mentions of it that nothing beside them settled are weighed with that too ("de Tour" beside
 * "etappe" is the race, and so is "de Tour" two paragraphs on). Mentions settled to different entities beside them
 * stay as they are.
 */
function discourseEvidence(
  spans: readonly Span[],
  chosen: readonly (ScoredOption | undefined)[],
  scan: ScanResult,
): Map<number, DiscourseEvidence> {
  const groups = new Map<string, number[]>();
  spans.forEach((entry, i) => {
    if (isFirm(entry)) return;
    const key = entry.options
      .map((option) => option.entityId)
      .sort()
      .join(' ');
    addTo(groups, key, i);
  });
  const evidence = new Map<number, DiscourseEvidence>();
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    // A name of one entity whose other reading is a word proves itself by its capital only mid-sentence.
    const settledBeside = members.filter(
      (i) =>
        (chosen[i]?.local ?? 0) > 0 &&
        !chosen[i]?.outscored &&
        ((spans[i] as Span).options.length > 1 || !startsSentence(scan, (spans[i] as Span).span.firstWord)),
    );
    const entities = new Set(settledBeside.map((i) => (chosen[i] as ScoredOption).entityId));
    if (entities.size !== 1) continue;
    const [entityId] = entities as Set<string> & [string];
    for (const i of members) {
      if (settledBeside.includes(i)) continue;
      const text = (chosen[nearestTo(i, settledBeside)] as ScoredOption).reason?.evidence;
      if (text !== undefined) evidence.set(i, { entityId, text });
    }
  }
  return evidence;
}

/**
 * The list evidence of the unsettled names of each list ("Kahramanmaras, Gaziantep, Sanliurfa, …, Hatay and
 * Kilis"), by span index: where two or more of its names are settled (firm, or by evidence next to them) and share
 * a class, the namesakes of that class are what the rest of the list means too. In a pair, one settled name is
 * enough for the other where that one is a single entity's name that needs context: "Ferrari en McLaren" are two
 * racing teams, while "Adana and Hatay" does not tell the city from the province.
 */
function listEvidence(
  spans: readonly Span[],
  chosen: readonly (ScoredOption | undefined)[],
  scan: ScanResult,
  knowledge: EntityKnowledge,
): Map<number, ListEvidence> {
  const byLastWord = new Map<number, number>();
  const byFirstWord = new Map<number, number>();
  spans.forEach(({ span }, i) => {
    byLastWord.set(span.lastWord, i);
    byFirstWord.set(span.firstWord, i);
  });
  const firstWordOfNameEndingAt = (w: number) => {
    const i = byLastWord.get(w);
    return i === undefined ? undefined : (spans[i] as Span).span.firstWord;
  };
  const lists = new Map<number, number[]>();
  const listOf: number[] = [];
  spans.forEach(({ span }, i) => {
    const previousFirst = previousInList(scan, span.firstWord, firstWordOfNameEndingAt);
    const previous = previousFirst === undefined ? undefined : byFirstWord.get(previousFirst);
    const head = previous === undefined ? i : (listOf[previous] as number);
    listOf[i] = head;
    addTo(lists, head, i);
  });
  const evidence = new Map<number, ListEvidence>();
  for (const members of lists.values()) {
    if (members.length < 2) continue;
    const settled = members.filter((i) => {
      const option = chosen[i];
      return option !== undefined && (isFirm(spans[i] as Span) || option.local > 0);
    });
    // A pair with one settled name says of the other what kind of name it is, not which of its namesakes it is.
    const pair = members.length === 2;
    if (settled.length < (pair ? 1 : 2)) continue;
    let shared: Set<string> | undefined;
    for (const i of settled) {
      const classes = knowledge.classes((chosen[i] as ScoredOption).entityId);
      shared = new Set(shared ? classes.filter((id) => shared!.has(id)) : classes);
    }
    if (!shared || shared.size === 0) continue;
    for (const i of members) {
      if (settled.includes(i) || (pair && (spans[i] as Span).options.length > 1)) continue;
      const { span } = spans[nearestTo(i, settled)] as Span;
      evidence.set(i, { classes: shared, text: scan.original.slice(span.start, span.end) });
    }
  }
  return evidence;
}

const byCoreference = (reason: Reason) => reason.rule === 'coreference';

/**
 * Where every noun has a capital, a one-word name of a person or a town right after an article is that noun ("im
 * Sommer", "der Stein", "die Kapelle"): news writes people and towns without one (countries and regions take one:
 * "die Schweiz", "die Pfalz"). So is a town's name right after an inflected adjective, unless an article a town's
 * name may take governs that adjective (townArticles: German towns are neuter, "im benachbarten Schwelm", "das
 * geteilte Berlin"); after another article or none the word is a noun of another gender ("die dramatische Lage",
 * "einer politisch sehr instabilen Lage", "Geographische Lage"). A person's name after an adjective stays the
 * person's ("ein sichtlich gerührter Scholz").
 */
function nounAfterArticle(
  span: MatchCandidate,
  entityId: string,
  scan: ScanResult,
  context: ArticleContext,
): boolean {
  const { language, knowledge } = context;
  if (!hasTrait(language, 'capitalisesNouns') || !knowledge) return false;
  if (span.firstWord !== span.lastWord) return false;
  const town = knowledge.classes(entityId).some((id) => TOWN_CLASSES.has(id));
  if (relativePronounBefore(scan, span.firstWord, language)) return false;
  if (afterDeterminer(scan, span.firstWord)) return town || knowledge.isPerson(entityId);
  if (!town || !afterArticleOrAdjective(scan, span.firstWord, language)) return false;
  const article = articleGoverning(scan, span.firstWord);
  if (article !== undefined) return !(TOWN_ARTICLES.get(language ?? '')?.has(article) ?? false);
  // With no article, an inflected word right after a noun or a name is a verb and the town its object ("die
  // Delegation erreichte Moskau", "Sie lieben Paris"); opening the sentence ("Geographische Lage") or after a
  // preposition ("von klassischen ROM-Klangerzeugern") it is an adjective.
  const inflected = span.firstWord - 1;
  return (
    startsSentence(scan, inflected) ||
    inflected === 0 ||
    scan.text.slice(scan.words.ends[inflected - 1], scan.words.starts[inflected]) !== ' ' ||
    initialCase(scan, inflected - 1) !== 'upper'
  );
}

/**
 * Whether the word before word `w` is a relative pronoun (relativePronouns) and `w` the subject of its clause: right
 * after a comma that follows a noun or a name (the clause's antecedent, maybe quoted), with the clause going on in
 * lower case after `w` ("der Schub, den Blair erreichen will", "die Hilfe, die Berlin leistet"). Not an item of a
 * list ("Häuser, die Kapelle und der Turm").
 */
function relativePronounBefore(scan: ScanResult, w: number, language: Lang | undefined): boolean {
  const pronouns = RELATIVE_PRONOUNS.get(language ?? '');
  const pronoun = w - 1;
  const antecedent = w - 2;
  const next = w + 1;
  if (!pronouns || antecedent < 0 || next >= scan.words.count) return false;
  const { text, words } = scan;
  const wordAt = (k: number) => text.slice(words.starts[k], words.ends[k]);
  if (!pronouns.has(wordAt(pronoun)) || initialCase(scan, pronoun) !== 'lower') return false;
  if (!/^[ "'“”„«»‘’]*, $/u.test(text.slice(words.ends[antecedent], words.starts[pronoun]))) return false;
  if (initialCase(scan, antecedent) !== 'upper' || startsSentence(scan, antecedent)) return false;
  return (
    text.slice(words.ends[w], words.starts[next]) === ' ' &&
    initialCase(scan, next) === 'lower' &&
    !(LIST_WORDS.get(language ?? '')?.has(wordAt(next)) ?? false)
  );
}

/** Most words read back from the adjective before a name to the article that governs it: "einer politisch sehr". */
const MAX_WORDS_TO_ARTICLE = 3;

/**
 * The article that governs the adjective right before word `w`, as a matching key, or undefined: the nearest
 * determiner within MAX_WORDS_TO_ARTICLE, read back over lower-case words ("einer politisch sehr instabilen", "im
 * benachbarten").
 */
function articleGoverning(scan: ScanResult, w: number): string | undefined {
  for (let k = w - 2; k >= 0 && k >= w - 1 - MAX_WORDS_TO_ARTICLE; k--) {
    if (scan.text.slice(scan.words.ends[k], scan.words.starts[k + 1]) !== ' ') return undefined;
    const word = scan.text.slice(scan.words.starts[k], scan.words.ends[k]);
    if (DETERMINERS.has(word)) return word;
    if (startsSentence(scan, k) || initialCase(scan, k) !== 'lower') return undefined;
  }
  return undefined;
}

/** Settles one span: its only or best-supported option, or undefined when the evidence is weak or split. */
function settle(
  entry: Span,
  scan: ScanResult,
  cues: CueTable,
  named: Named,
  context: ArticleContext,
  taken: (w: number) => boolean,
  /** Words of a name that is no person's too: "Paris Hilton" stays a person though a hotel chain is "Hilton". */
  knownName: (w: number) => boolean = taken,
  /** Words first..last are part of a name that stands alone, and so no cue for the names beside them. */
  cueBlocked: (first: number, last: number, body?: string) => boolean = taken,
  list?: ListEvidence,
  discourse?: DiscourseEvidence,
): ScoredOption | undefined {
  const { span, options } = entry;
  if (isFirm(entry)) {
    const [{ entityId, alias, index }] = options as [Option];
    if (nounAfterArticle(span, entityId, scan, context)) return undefined;
    if (alias.personName && besideUnknownName(entry, scan, context.language, knownName)) return undefined;
    if (anotherBearer(entry, entityId, scan, cues, context, taken)) return undefined;
    // Spelled out: a spread here is a slow generic clone, and it runs for every name of every article.
    return {
      entityId,
      alias,
      index,
      textual: 0,
      local: 0,
      score: 0,
      reasons: NO_REASONS,
      hasEvidence: false,
    };
  }
  const line = (entry.line ??= lineKind(scan, span.firstWord, span.lastWord));
  const findings = findingsFor(entry, scan, cues, named, context, cueBlocked, line, list, discourse);
  // The article's own words outrank the calendar: when it names one of the namesakes in full, the date is moot.
  // And the date tells apart only namesakes that both have dated periods (the two Assads): that Nova Scotia's premier
  // is in office today says nothing about whether "Houston" is he or the city.
  const dateCounts =
    !findings.some((found) => found.coreference !== undefined) &&
    findings.filter((found) => found.activeOnDate !== undefined).length >= 2;
  const plain = options.map((option, i) =>
    score(option, findings[i] as Findings, context.language, dateCounts),
  );
  const scored = context.knowledge ? withProminence(plain, context.knowledge) : plain;
  // After "in", "te", "naar" or "nach" the name is a place: a namesake that is none (the club of "Club Brugge won in
  // Brugge", however the article named it before) is out of the running.
  const placed = findings.some((found) => found.locative !== undefined);
  const chosen = choose(placed ? scored.filter((_, i) => findings[i]?.locative !== undefined) : scored);
  if (chosen && nounAfterArticle(span, chosen.entityId, scan, context) && !chosen.reasons.some(byCoreference))
    return undefined;
  if (!chosen?.alias.needsContext) return chosen;
  // Related entities say nothing against a person of that name: with an age after it, only a cue or the full name
  // earlier in the article still links it.
  if (chosen.local === 0 && followedByAge(scan, span)) return undefined;
  const optionCues: Cue[] = options.flatMap((option) => cues.get(option.entityId) ?? []);
  const listed =
    context.knowledge !== undefined &&
    isBroadcaster(chosen.entityId, context.knowledge) &&
    broadcastTimeAfter(scan, span) !== undefined;
  const longer =
    !listed &&
    inLongerName(scan, span.firstWord, span.lastWord, {
      taken,
      cues: optionCues,
      language: context.language,
      titleCase: line.titleCase,
      commonNoun: hasTrait(context.language, 'capitalisesNouns')
        ? (w) => afterArticleOrAdjective(scan, w, context.language)
        : undefined,
    });
  // A cue says what the name is about, not whose it is: after a given name the data knows, even one that opens the
  // sentence, it is another bearer's ("Michael Schumacher … won the race" is not Mick).
  const anotherGivenName =
    context.knowledge !== undefined &&
    context.knowledge.isPerson(chosen.entityId) &&
    anotherBearer(entry, chosen.entityId, scan, cues, context, taken);
  // Once the article names him in full, "Assad" is that man, whatever capitalised word stands next to it.
  return (longer || anotherGivenName) && !chosen.reasons.some(byCoreference) ? undefined : chosen;
}

/** The nouns of a press agency, of every language (attribution.agencies): "persbureau", "agence". */
const AGENCY_NOUNS: ReadonlySet<string> = folded(ofEveryLanguage((k) => k.attribution.agencies));

/** Whether an entity's cues name it a press agency (AGENCY_NOUNS), whose name a story's credit line gives. */
function isAgency(entityCues: readonly Cue[] | undefined): boolean {
  return entityCues?.some((cue) => AGENCY_NOUNS.has(cue.words.join(' '))) ?? false;
}

/**
 * Words that open some aliases in lower case as their bearer's descriptor, of every language: titles ("koning Albert
 * II", "koningin Beatrix"), press agencies' nouns ("persagentschap Belga") and places' nouns.
 */
const DESCRIPTORS: ReadonlySet<string> = new Set([...TITLES, ...AGENCY_NOUNS, ...CLASS_NOUNS.keys()]);

/**
 * The first word of the name itself: past the article an alias opens with when the text writes it in lower case
 * ("the Netherlands", "the Gulf", "l'Irak", "la Commission européenne"). The article is what the alias needs to be
 * told from a word ("the Channel", "the Met"), but it is no part of the name, so it is matched and not highlighted.
 * Written with a capital mid-sentence, it is part of the name: "The Hague", "Le Havre". Past a descriptor in lower
 * case too, but only to a name the entity itself bears: "koning Albert II" is highlighted "Albert II", while "de
 * golf van Gabès" stays whole (Gabès alone is the town); after a title, to a person's name ("prins Laurent"). A
 * person's initial before the name is the name's own: "B. Hinault". Nor are the words before the entity's own acronym
 * ("Nachrichtenagentur AFP"), nor an article before a compound, which is the compound's ("Die Grünen-Fraktion").
 */
function nameStart(
  span: MatchCandidate,
  alias: CompiledAlias,
  entityId: string,
  aliases: AliasTable,
  scan: ScanResult,
  knowledge: EntityKnowledge | undefined,
  language: Lang | undefined,
): number {
  const first = span.firstWord;
  if (
    language !== undefined &&
    (knowledge?.isPerson(entityId) ?? false) &&
    initialBefore(scan, first, language)
  )
    return first - 1;
  if (first === span.lastWord) return first;
  if (ownAcronymAfterDescriptor(span, entityId, aliases, scan)) return span.lastWord;
  const word = wordText(scan, first);
  const article = DETERMINERS_OF.get(alias.lang)?.has(word) ?? false;
  // Before a compound the article is the compound's, in any case: "Die Grünen-Fraktion" is die Fraktion.
  if (
    article &&
    gapAfter(scan, span.lastWord) === '-' &&
    namedFrom(scan, aliases, entityId, first + 1, span.lastWord)
  )
    return first + 1;
  // A title before a given name, or a year, that opens the alias with a capital or in figures is no part of the name
  // either, down to a name the entity bears: "Queen Beatrix", "the 1991 Gulf War". A title before another word is
  // the name's own: "Lady Gaga".
  if (initialCase(scan, first) !== 'lower') {
    const opener =
      yearAt(scan, first) ||
      (TITLES.has(word) && (knowledge?.isGivenName(wordText(scan, first + 1)) ?? false));
    return opener && namedFrom(scan, aliases, entityId, first + 1, span.lastWord) ? first + 1 : first;
  }
  if (article) return first + 1;
  // What a title in lower case stands before is the person's name, whatever else it names: "prins Laurent".
  const titledName =
    TITLES.has(word) && initialCase(scan, first + 1) === 'upper' && (knowledge?.isPerson(entityId) ?? false);
  return titledName || (DESCRIPTORS.has(word) && namedFrom(scan, aliases, entityId, first + 1, span.lastWord))
    ? first + 1
    : first;
}

/**
 * Whether the span ends in an acronym that is a name of the same entity by itself, after words that say what the
 * entity is: "Nachrichtenagentur AFP", "US-Bundespolizei FBI". The packs list such forms, which tell an acronym
 * from a word, but the words before it are a descriptor (issue #20: "persbureau Reuters"), not the name.
 */
function ownAcronymAfterDescriptor(
  span: MatchCandidate,
  entityId: string,
  aliases: AliasTable,
  scan: ScanResult,
): boolean {
  const last = span.lastWord;
  // An acronym stands out only among words with small letters: in a line in capitals ("EL SALVADOR", "STATE OF
  // OHIO") every word looks like one.
  if (!/^\p{Lu}{2,}$/u.test(writtenWord(scan, last)) || !/\p{Ll}/u.test(writtenWord(scan, last - 1)))
    return false;
  return namedFrom(scan, aliases, entityId, last, last);
}

/** Whether words `first` to `last` are, by themselves, a name of the entity `entityId`. */
function namedFrom(
  scan: ScanResult,
  aliases: AliasTable,
  entityId: string,
  first: number,
  last: number,
): boolean {
  return scan.candidates.some(
    (candidate) =>
      candidate.firstWord === first &&
      candidate.lastWord === last &&
      candidate.aliases.some((index) => aliases.get(index).entityId === entityId),
  );
}

/**
 * The last word of the name itself, where every word of a name has a capital (the trait capitalisesNameWords:
 * English): before the words that end the match in lower case, a descriptor the text does not make part of the name
 * ("the Xinhua news agency", "the Dow Jones industrial average", "Kahramanmaras province"), where the words before it
 * are a name of the same entity too. Also where an alias writes the descriptor so ("Interfax news agency", "AEX
 * index"): such a name has a capital on every word of its own, and the words before are the entity's name. The first
 * word stays; an alias whose words do not line up with the span's says nothing. Not where names keep lower-case
 * words: French "Parti socialiste", Dutch "Federaal parket".
 */
function nameEnd(
  span: MatchCandidate,
  entityId: string,
  aliases: AliasTable,
  scan: ScanResult,
  language: Lang | undefined,
): number {
  const { firstWord, lastWord } = span;
  if (firstWord === lastWord || !hasTrait(language, 'capitalisesNameWords')) return lastWord;
  const count = lastWord - firstWord + 1;
  let aligned = false;
  for (const index of span.aliases) {
    const alias = aliases.get(index);
    if (alias.entityId !== entityId) continue;
    if (alias.text.match(WORD_INITIALS)?.length !== count) return lastWord;
    aligned = true;
  }
  let last = lastWord;
  while (aligned && last > firstWord && initialCase(scan, last) === 'lower') last--;
  // Only to a name the entity itself bears: "the Yarmouk camp" is the camp called Yarmouk, but "the Taiwan strait"
  // is not the strait called Taiwan (a highlight "Taiwan" would open the strait's card for the island's name).
  return last === lastWord || namedFrom(scan, aliases, entityId, firstWord, last) ? last : lastWord;
}

/**
 * The length of the ending the language joins to a name with an apostrophe into one word at `end` (apostropheEndings:
 * Dutch "India's beroemdste boef", "onze Honda's"), or 0: the genitive or the plural of the name, which is the name's
 * word as a bare -s is ("Assads", "Kanadas").
 */
function apostropheEnding(original: string, end: number, language: Lang | undefined): number {
  const endings = language === undefined ? [] : languageKnowledge(language).apostropheEndings;
  const ending = endings.find(
    (e) => original.startsWith(e, end) && !LETTER.test(original.charAt(end + e.length)),
  );
  return ending?.length ?? 0;
}

/**
 * The year right after an event's name, in the same sentence, which names the edition and is part of its name: "Euro
 * 2000", "de Tour 2000". Not a year further on ("de Tour van 2000"), nor one in a date or a score.
 */
function editionYear(
  span: MatchCandidate,
  entityId: string,
  scan: ScanResult,
  knowledge: EntityKnowledge | undefined,
): number | undefined {
  const after = span.lastWord + 1;
  if (after >= scan.words.count || gapAfter(scan, span.lastWord) !== ' ' || !yearAt(scan, after))
    return undefined;
  return knowledge?.isEvent(entityId) ? after : undefined;
}

/** Most legal forms in a row after a firm's name: "Co Inc", "Co Ltd". */
const MAX_LEGAL_FORMS = 2;

/**
 * The last word of a firm's legal form written right after its name, which is part of the name: "Opel AG", "Goldman
 * Sachs & Co", "Morgan Stanley and Co Inc" (the language's legalForms, with a capital). A place, a person or an event
 * has none.
 */
function legalFormEnd(
  span: MatchCandidate,
  entityId: string,
  scan: ScanResult,
  knowledge: EntityKnowledge | undefined,
  language: Lang | undefined,
): number | undefined {
  const forms = language === undefined ? undefined : LEGAL_FORMS.get(language);
  if (!forms || forms.size === 0 || !knowledge) return undefined;
  if (knowledge.isPlace(entityId) || knowledge.isPerson(entityId) || knowledge.isEvent(entityId))
    return undefined;
  const formAt = (w: number) =>
    w < scan.words.count &&
    !lineBreakBefore(scan, w) &&
    initialCase(scan, w) === 'upper' &&
    forms.has(wordText(scan, w));
  let last = span.lastWord;
  // A partner's "& Co" or "and Co" comes first.
  if (gapAfter(scan, last) === ' & ' && formAt(last + 1)) last++;
  else if (
    gapAfter(scan, last) === ' ' &&
    last + 1 < scan.words.count &&
    initialCase(scan, last + 1) === 'lower' &&
    (LIST_WORDS.get(language as string)?.has(wordText(scan, last + 1)) ?? false) &&
    gapAfter(scan, last + 1) === ' ' &&
    formAt(last + 2)
  )
    last += 2;
  while (last - span.lastWord < MAX_LEGAL_FORMS + 1 && gapAfter(scan, last) === ' ' && formAt(last + 1))
    last++;
  return last === span.lastWord ? undefined : last;
}

/**
 * Whether the span opens with a word that stands beside a place's name (a compass point: "north", "south"), written in
 * lower case where every alias writes it with a capital, in a language whose names capitalise every word: it names a
 * part of the place after it, not the name ("south Sudan" is the south of Sudan, "north Kivu" Kivu's north).
 */
function partNamedInLowerCase(
  span: MatchCandidate,
  scan: ScanResult,
  aliases: AliasTable,
  language: Lang | undefined,
): boolean {
  const first = span.firstWord;
  if (
    first === span.lastWord ||
    !hasTrait(language, 'capitalisesNameWords') ||
    initialCase(scan, first) !== 'lower' ||
    !BESIDE_A_PLACE.has(wordText(scan, first))
  )
    return false;
  return span.aliases.every((index) => /^\p{Lu}/u.test(aliases.get(index).text));
}

/**
 * Links the spans of `scan` to entities; definitions ("… (SOHR)") are added afterwards by addDefinitions. Two
 * rounds: the first weighs ambiguous names against the firm ones, the second also against what the first settled
 * (so "Anderlecht" settled as the club by a cue supports "Brugge" as Club Brugge further on).
 */
export function resolveMentions(
  scan: ScanResult,
  aliases: AliasTable,
  cues: CueTable,
  article: ArticleContext = {},
): ResolvedMention[] {
  // A line break ends a paragraph, a list's row or a block of the page: no name runs across it ("Jiri Novak (Czech" on
  // one line, "Republic) 7-5" on the next).
  let candidates = scan.candidates.filter(
    (candidate) =>
      !scan.original.slice(candidate.start, candidate.end).includes('\n') &&
      !partNamedInLowerCase(candidate, scan, aliases, article.language),
  );
  for (;;) {
    const { resolved, unsettledPhrases } = resolveAmong(candidates, scan, aliases, cues, article);
    if (unsettledPhrases.length === 0) return resolved;
    // A phrase the data lists as a name only in context ("dissolution de l'Assemblée nationale", an event) that the
    // article does not settle is words that hold a name: the name inside it is read as if the phrase were not listed.
    const dropped = new Set(unsettledPhrases);
    candidates = candidates.filter((candidate) => !dropped.has(candidate));
  }
}

/** Whether every alias of a span is a phrase in lower case that needs context: an event's description, no name. */
function isDescriptivePhrase(span: MatchCandidate, aliases: AliasTable): boolean {
  return span.aliases.every((index) => {
    const alias = aliases.get(index);
    return alias.needsContext && /^\p{Ll}/u.test(alias.text);
  });
}

function resolveAmong(
  candidates: readonly MatchCandidate[],
  scan: ScanResult,
  aliases: AliasTable,
  cues: CueTable,
  article: ArticleContext,
): { resolved: ResolvedMention[]; unsettledPhrases: MatchCandidate[] } {
  const selected = selectSpans(candidates);
  const takenWords = new Uint8Array(scan.words.count);
  for (const span of selected) takenWords.fill(1, span.firstWord, span.lastWord + 1);
  const taken = (w: number) => takenWords[w] === 1;
  // A run of capitals made of names is no shout ("NATO EN VN"), but a word that is a name only with context is a
  // word there: "WIE IS DE MOL?" is a shouted title although Mol is a Belgian town.
  const firmWords = new Uint8Array(scan.words.count);
  for (const span of selected)
    if (span.aliases.some((index) => !aliases.get(index).needsContext))
      firmWords.fill(1, span.firstWord, span.lastWord + 1);
  const firmlyTaken = (w: number) => firmWords[w] === 1;
  const fitting: Span[] = selected
    .filter(
      (span) =>
        !unlistedAtSentenceStart(
          span,
          scan,
          article.language,
          () => span.aliases.flatMap((index) => cues.get(aliases.get(index).entityId) ?? []),
          article.knowledge,
        ) && !dateBesideNumber(span, scan),
    )
    .map((span) => ({
      span,
      options: optionsOf(span, scan, aliases, article.language, firmlyTaken, article.knowledge),
    }))
    .filter(({ options }) => options.length > 0);
  // A span that no alias fits as written ("du sucre") is no name: the words beside it are free.
  if (fitting.length < selected.length) {
    takenWords.fill(0);
    for (const { span } of fitting) takenWords.fill(1, span.firstWord, span.lastWord + 1);
  }
  const demonymWords = new Uint8Array(scan.words.count);
  for (const { span, options } of fitting)
    if (options.every((option) => option.alias.demonym))
      demonymWords.fill(1, span.firstWord, span.lastWord + 1);
  // A name inside an unknown longer one names nothing, but its words stay a name's for the spans beside it.
  const outside = fitting.filter(
    (entry) =>
      !inUnknownLongerName(entry, scan, cues, article, taken, (w) => demonymWords[w] === 1, firmlyTaken),
  );
  const spans = article.knowledge
    ? townsInTheirRegion(outside, scan, article.knowledge, article.language)
    : outside;

  // A neighbour whose every reading is also a person's name (the hint personName: Hilton, Houston) may be the rest
  // of a person's name, so it does not count as a known name beside a name that is also a person's. Nor does one
  // that only people bear, a surname: "Eugène Berger" is a man, not Eugene in Oregon.
  const personNameWords = new Uint8Array(scan.words.count);
  for (const { span, options } of spans)
    if (
      options.every(
        (option) => option.alias.personName || (article.knowledge?.isPerson(option.entityId) ?? false),
      )
    )
      personNameWords.fill(1, span.firstWord, span.lastWord + 1);
  const knownName = (w: number) => taken(w) && personNameWords[w] !== 1;
  // A name that needs context for every entity it may mean may be a word ("Bron", the source line's "source", is also
  // a French town): it keeps its words free to be a cue for the names beside it ("Bron: ANP, Belga").
  // Each word of a name that stands alone holds that name's number (1 on), so that a cue can be told to be it whole.
  const standsAlone = new Int32Array(scan.words.count);
  const cueWhole: boolean[] = [];
  spans.forEach(({ span, options }, i) => {
    if (!options.some((option) => !option.alias.needsContext)) return;
    standsAlone.fill(i + 1, span.firstWord, span.lastWord + 1);
    // No place: a country or a city stands beside every kind of name ("Magali Faure (France)"), and what it says
    // about one comes from the statements that relate them.
    cueWhole[i + 1] = !options.some((option) => article.knowledge?.isPlace(option.entityId));
  });
  // A word of such a name is no cue ("Club" of "Club Brugge" for the Anderlecht beside it), unless the cue is that
  // name whole and no place: the data names it as a cue ("die Grünen im Bundestag"). A place whole is a cue of a body
  // whose statements relate it to that place, a country's or a town's own body ("le Conseil fédéral" beside
  // "Suisse"), where a person or a club beside a country may be anybody's.
  const cueBlocked = (first: number, last = first, body?: string) => {
    const name = standsAlone[first] as number;
    if (name === 0) return false;
    const whole =
      standsAlone[last] === name &&
      (first === 0 || standsAlone[first - 1] !== name) &&
      standsAlone[last + 1] !== name;
    if (!whole) return true;
    if (cueWhole[name] === true) return false;
    const { knowledge } = article;
    const related = body !== undefined ? knowledge?.related(body) : undefined;
    return !(spans[name - 1] as Span).options.some(
      (option) => related?.has(option.entityId) && knowledge?.isPlace(option.entityId),
    );
  };

  const named = firmNames(spans, scan, (entry, entityId) =>
    anotherBearer(entry, entityId, scan, cues, article, taken),
  );
  let chosen = spans.map((entry) => settle(entry, scan, cues, named, article, taken, knownName, cueBlocked));
  if (article.knowledge) {
    // Round two runs only when round one named an entity the firm names did not, and re-weighs only the
    // ambiguous spans: a firm span comes out the same.
    const widened: Named = {
      ...named,
      anywhere: new Map(named.anywhere),
      settledAt: settledNames(named.firmAt, spans, chosen, scan),
    };
    spans.forEach(({ span }, i) => {
      const option = chosen[i];
      if (option && !widened.anywhere.has(option.entityId))
        widened.anywhere.set(option.entityId, {
          start: span.start,
          text: scan.original.slice(span.start, span.end),
        });
    });
    const lists = listEvidence(spans, chosen, scan, article.knowledge);
    if (widened.anywhere.size > named.anywhere.size || lists.size > 0)
      chosen = spans.map((entry, i) =>
        isFirm(entry)
          ? chosen[i]
          : settle(entry, scan, cues, widened, article, taken, knownName, cueBlocked, lists.get(i)),
      );
    // Round three, only where a name settled beside some of its mentions has others that nothing beside settled.
    const discourse = discourseEvidence(spans, chosen, scan);
    const settleAgain = (evidence: Named, again: (entry: Span, i: number) => boolean) => {
      const settledBefore = chosen;
      return spans.map((entry, i) =>
        again(entry, i)
          ? settle(
              entry,
              scan,
              cues,
              evidence,
              article,
              taken,
              knownName,
              cueBlocked,
              lists.get(i),
              discourse.get(i),
            )
          : settledBefore[i],
      );
    };
    if (discourse.size > 0) chosen = settleAgain(widened, (_, i) => discourse.has(i));
    // Round four, only where a span still unsettled stands in parentheses beside a name that a later round settled
    // ("Carlos Sainz (Ferrari)", where one sense per article settled Ferrari).
    const settledAt = settledNames(widened.settledAt, spans, chosen, scan);
    if (settledAt.size > widened.settledAt.size) {
      const last: Named = { ...widened, settledAt };
      chosen = settleAgain(
        last,
        ({ span }, i) =>
          !chosen[i] &&
          !bracketedBeside(scan, span, widened) &&
          bracketedBeside(scan, span, last) !== undefined,
      );
    }
  }

  // An event's short name that needs context, before a joiner and a place's or an unknown name, heads another
  // event's name where its own full name goes on so ("de Ronde van Zwitserland", as "Ronde van Vlaanderen").
  const { knowledge, language } = article;
  if (
    knowledge &&
    language &&
    chosen.some((option) => option?.alias.needsContext && knowledge.isEvent(option.entityId))
  ) {
    const placeWords = new Uint8Array(scan.words.count);
    // Of every span that fits, also those a longer name holds ("Zwitserland" in "de Ronde van Zwitserland").
    for (const { span, options } of fitting)
      if (options.some((option) => knowledge.isPlace(option.entityId)))
        placeWords.fill(1, span.firstWord, span.lastWord + 1);
    chosen = chosen.map((option, i) =>
      option?.alias.needsContext &&
      knowledge.isEvent(option.entityId) &&
      placeJoinedAfter(scan, (spans[i] as Span).span.lastWord, language, taken, (w) => placeWords[w] === 1) &&
      headsItsOwnPattern(scan, (spans[i] as Span).span.lastWord, option.entityId, aliases)
        ? undefined
        : option,
    );
  }

  const unsettledPhrases = spans.flatMap(({ span }, i) =>
    !chosen[i] &&
    isDescriptivePhrase(span, aliases) &&
    candidates.some(
      (inner) => inner !== span && inner.firstWord >= span.firstWord && inner.lastWord <= span.lastWord,
    )
      ? [span]
      : [],
  );
  const resolved: ResolvedMention[] = [];
  spans.forEach((entry, i) => {
    const { span } = entry;
    const option = chosen[i];
    if (!option) return;
    const { alias, entityId } = option;
    const why: Mention['why'] =
      alias.needsContext || (entry.options.length > 1 && option.reason)
        ? {
            alias: alias.text,
            rule: option.reason?.rule ?? 'context',
            evidence: option.reason?.evidence,
            basis: option.reason?.basis,
          }
        : { alias: alias.text, rule: alias.caseSensitive ? 'acronym' : span.variant ? 'variant' : 'name' };
    if (why.evidence === undefined) delete why.evidence;
    if (why.basis === undefined) delete why.basis;
    // The scan's words end before a full stop, but an abbreviation's own ends with it: "U.S.", "U.N.".
    const lastWord =
      editionYear(span, entityId, scan, article.knowledge) ??
      legalFormEnd(span, entityId, scan, article.knowledge, article.language) ??
      nameEnd(span, entityId, aliases, scan, article.language);
    const end =
      lastWord !== span.lastWord
        ? (scan.originalEnds[lastWord] as number)
        : alias.text.endsWith('.') && scan.original.charAt(span.end) === '.'
          ? span.end + 1
          : span.end + apostropheEnding(scan.original, span.end, article.language);
    const firstWord = nameStart(span, alias, entityId, aliases, scan, article.knowledge, article.language);
    const start = firstWord === span.firstWord ? span.start : (scan.originalStarts[firstWord] as number);
    const mention: Mention = {
      start,
      end,
      text: scan.original.slice(start, end),
      entityId,
      demonym: alias.demonym,
      why,
    };
    if (span.suffixAliases?.includes(option.index)) why.suffix = 's';
    resolved.push({ mention, firstWord, lastWord });
  });
  const linked = new Uint8Array(scan.words.count);
  for (const { firstWord, lastWord } of resolved) linked.fill(1, firstWord, lastWord + 1);
  const codes = countryCodes(scan, aliases, article.language, article.knowledge, (w) => linked[w] === 1);
  return {
    resolved:
      codes.length === 0
        ? resolved
        : [...resolved, ...codes].sort((a, b) => a.mention.start - b.mention.start),
    unsettledPhrases,
  };
}
