/**
 * Longer names win, and unknown longer names block (issue #20): a known name inside a longer proper name the data
 * does not hold is not that name. "Antwerp Expo" is an exhibition centre, not Antwerp; "Amsterdam-Osdorp" a district,
 * "Grand Prix van Nederland" a race, "Royal Antwerp" a club. Where the longer name is known the matcher already took
 * it whole (resolve.ts: selectSpans), so what is left to decide here is the unknown longer name, and the answer is to
 * link nothing.
 *
 * What counts as a longer proper name is per language, as data (text/lang/): a capitalised word beside the name
 * (one space, same sentence) that is no known name, title, role or cue; a capitalised word joined by a hyphen; or a
 * capitalised word joined by "van", "of", "de" (and an article: "the", "la"). Not where a lower-case part makes it a
 * compound that names the inner entity ("IS-strijders", "Anderlecht-trainer", "Amsterdam-based"), nor a possessive.
 * A language that capitalises every noun (the trait capitalisesNouns: German, "die Stadt Berlin", "EU-Kommission")
 * has capitals that say nothing, and none of this applies there but clubs' and institutions' words (namePrefixes),
 * foreign suffixes after any name (nameSuffixes: "Google Inc.", "NATO Response Force"), a town's district after a
 * place's preposition ("in Berlin-Charlottenburg") and two known names joined by a hyphen ("McLaren-Mercedes"); nor
 * in a Title Case headline, where every longer word has a capital. Clubs' and stations' prefixes and suffixes ("FC", "Studio", "Rovers") count in both, as do
 * a team's name in a row of results ("Hansa Rostock 0 Hamburg 1") and a person's initial ("J. Crawley").
 */
import { BESIDE_A_PLACE, CALENDAR_WORDS, locativeBefore, startsSentence } from './context-cues';
import { hasSmallLetter, initialCase, lineBreakBefore } from './headline';
import { LANGUAGES, type Lang } from '../kb/schema';
import { forEachAliasOpening, type AliasTable } from '../scan/alias-table';
import type { ScanResult } from '../scan/match';
import { hasTrait } from '../text/language-knowledge';
import {
  ARTICLES,
  CLASS_NOUNS,
  COMMON_WORDS_OF,
  DETERMINERS,
  DETERMINERS_OF,
  JOINERS,
  LIST_WORDS,
  NAME_PARTICLES,
  NAME_PREFIXES,
  NAME_SUFFIXES,
  PLACE_QUALIFIERS,
  STREET_NOUNS,
  BODY_NOUNS,
  SURNAME_PARTICLES,
  TITLES,
  TITLES_OF,
  type QualifierWord,
} from './name-words';

/** What the resolver knows about the words around a span. */
export interface Surroundings {
  language: Lang | undefined;
  /** Words inside another mention: a known name next to this one is two names, not a longer one. */
  taken: (w: number) => boolean;
  /**
   * Words inside a mention with a name the data trusts alone (no needsContext): an acronym that is a name only in
   * context ("AMP", a party's) is no known name before a place's name without that context.
   */
  firmlyTaken?: (w: number) => boolean;
  /** Words of a mention that is a people's or a place's adjective and nothing else ("Indians", "French"). */
  demonymAt?: (w: number) => boolean;
  /** Whether words `at`.. hold one of the span's cues ("Fluss Jordan"), which is no part of a name. */
  cueAt: (at: number) => boolean;
  /** The span stands in a title line (headline.ts): a headline, a subhead, a caption. */
  titleLine: boolean;
  /** …in Title Case, where every longer word has a capital. */
  titleCase: boolean;
  /** The span stands in a row of results or of a table, where every capital is a name's. */
  row?: boolean;
  /** The span may mean a place and no person: only a place's name is read as the tail of a longer name. */
  place: boolean;
  /** …and one of those places is a town, which has districts. */
  town?: boolean;
  /** The span is an adjective of a place or a people ("Brusselse", "French"), which qualifies the name after it. */
  demonym: boolean;
  /** Every alias of the span is an abbreviation that ends with its own full stop ("U.S."), which ends no sentence. */
  abbreviation?: boolean;
  /** Whether word `w` is the given name of some person the data knows ("jan", "antonello"). */
  givenName?: (w: number) => boolean;
  /** The span means a firm, a product or a work, no place, person or event: a model's code after it is a model's. */
  maker?: boolean;
  /** …a product or a work only, whose number after it is a version's ("Windows 95"). */
  work?: boolean;
}

/** The normalised text of word `w`. */
export function wordText(scan: ScanResult, w: number): string {
  return scan.text.slice(scan.words.starts[w], scan.words.ends[w]);
}

/** Word `w` as the article writes it (its case and accents): "ANP" where wordText gives "anp". */
export function writtenWord(scan: ScanResult, w: number): string {
  return scan.original.slice(scan.originalStarts[w], scan.originalEnds[w]);
}

/** The normalised text between words `a` and `a + 1`. */
export function gapAfter(scan: ScanResult, a: number): string {
  return scan.text.slice(scan.words.ends[a], scan.words.starts[a + 1]);
}

/** Whether word `w` is a capitalised word that is no known name, title, role, determiner, calendar word or cue. */
function unknownCapitalised(scan: ScanResult, w: number, around: Surroundings): boolean {
  if (w < 0 || w >= scan.words.count || around.taken(w)) return false;
  return nameLikeCapital(scan, w, around);
}

/**
 * Whether word `w` has a capital that may belong to a name: no title, role, determiner, calendar word or cue, nor a
 * word in capitals. Known or not: before "van", "of", "de", a known shorter name is the head of the longer one ("de
 * Ronde van Zwitserland", where "de Ronde" alone is the Tour of Flanders).
 */
function nameLikeCapital(scan: ScanResult, w: number, around: Surroundings): boolean {
  return nameLikeWord(scan, w) && !around.cueAt(w);
}

/** The same, whatever the span's cues: a capital that is no title, role, determiner, calendar word or place noun. */
export function nameLikeWord(scan: ScanResult, w: number): boolean {
  if (w < 0 || w >= scan.words.count) return false;
  if (initialCase(scan, w) !== 'upper') return false;
  // A word in capitals is an acronym ("Paris AFP", "Liberia ECOMOG force"), an initial or part of a shouted line
  // ("ENGLAND V PAKISTAN"): its capital says nothing about a longer name.
  if (!/\p{Ll}/u.test(writtenWord(scan, w))) return false;
  const word = wordText(scan, w);
  // Nor a noun naming a kind of place: "die Landkreise Bitburg-Prüm, Vulkaneifel und Trier-Saarburg".
  return !TITLES.has(word) && !DETERMINERS.has(word) && !BESIDE_A_PLACE.has(word) && !CLASS_NOUNS.has(word);
}

/** A year of the last two centuries, as its own word: not part of a date ("2000-05-12") or a score. */
export function yearAt(scan: ScanResult, w: number): boolean {
  if (!/^(?:18|19|20)\d\d$/u.test(wordText(scan, w))) return false;
  const next = scan.text.charAt(scan.words.ends[w] as number);
  return next !== '-' && next !== '/' && !/\d/u.test(next);
}

/**
 * A Roman numeral of two letters or more (II to XX), as written: one letter alone is a word or a sign too (English
 * "I", "England V Pakistan", "X" the platform), so "Queen Elizabeth I" is left.
 */
const ROMAN_NUMERAL = /^(?:X{0,1}(?:II|III|IV|VI|VII|VIII|IX)|X[IVX]|XX)$/u;

/** Whether word `w` is a Roman numeral (ROMAN_NUMERAL) not joined to what follows: "Minsk II", not "II-Ligist". */
function numeralAt(scan: ScanResult, w: number): boolean {
  if (w >= scan.words.count) return false;
  if (!ROMAN_NUMERAL.test(writtenWord(scan, w))) return false;
  const next = scan.text.charAt(scan.words.ends[w] as number);
  return next !== '-' && !/[\p{L}\d]/u.test(next);
}

/**
 * A model's code: a capital or a few, then two figures or more ("A310", "S24"); with one figure it is as often a
 * period of a business year ("H1", "Q2").
 */
const MODEL_CODE = /^\p{Lu}{1,3}\d{2,4}$/u;
/** A version's number: two figures to four ("95", "2000"); one figure is rather a score. */
const VERSION_NUMBER = /^\d{2,4}$/u;

/**
 * Whether word `w` is a model's code after a maker's name ("Airbus A310"), or, after a product's or a work's name, its
 * version's number ("Windows 95"): not a score ("85-82") nor a price ("72.50"). After a maker's name a number is as
 * often a count of a results row ("Ducati 175", "McLaren 37 laps").
 */
function modelAt(scan: ScanResult, w: number, work: boolean): boolean {
  if (w >= scan.words.count) return false;
  const written = writtenWord(scan, w);
  if (/^(?:[-/–]|[.,:]\d)/u.test(scan.text.slice(scan.words.ends[w]))) return false;
  return MODEL_CODE.test(written) || (work && VERSION_NUMBER.test(written));
}

/** A channel's number and the clock time of a programme on it, in a listing: "BBC 2 23.40", "Nederland 1 20.30". */
const CHANNEL_AND_TIME = /^[1-9] \d{1,2}[.:]\d{2}(?!\d)/u;

/** Whether word `w` is a channel's number before a programme's time (CHANNEL_AND_TIME). */
function channelAt(scan: ScanResult, w: number): boolean {
  if (w >= scan.words.count) return false;
  const start = scan.originalStarts[w] as number;
  return CHANNEL_AND_TIME.test(scan.original.slice(start, start + 8));
}

/** Most particles in a row between a name's capitalised words: "van der". */
const MAX_PARTICLES = 2;

/** Whether word `w` is a name's particle of any language in lower case, joined to the next word by a space. */
function particleAt(scan: ScanResult, w: number): boolean {
  return (
    w >= 0 &&
    w < scan.words.count - 1 &&
    initialCase(scan, w) === 'lower' &&
    NAME_PARTICLES.has(wordText(scan, w)) &&
    gapAfter(scan, w) === ' '
  );
}

/**
 * Whether a name's particle in lower case (nameParticles, of every language: "de", "van der", "del") joins the span to
 * a capitalised word after or before it: "Eugene de Kock", "Leon van der Wath", "Giovanni van Bronckhorst", "Banco de
 * Mexico". Read where names' words have capitals and the particle keeps its small letter.
 */
function particleJoined(scan: ScanResult, firstWord: number, lastWord: number): boolean {
  if (gapAfter(scan, lastWord) === ' ') {
    let w = lastWord + 1;
    while (w - lastWord <= MAX_PARTICLES && particleAt(scan, w)) w++;
    if (w > lastWord + 1 && !startsSentence(scan, w) && nameLikeWord(scan, w)) return true;
  }
  let w = firstWord - 1;
  while (firstWord - w <= MAX_PARTICLES && particleAt(scan, w)) w--;
  return (
    w < firstWord - 1 &&
    w >= 0 &&
    gapAfter(scan, w) === ' ' &&
    !startsSentence(scan, w + 1) &&
    initialCase(scan, w) === 'upper' &&
    /\p{Ll}/u.test(writtenWord(scan, w))
  );
}

/** Most capitalised words of a role read after a name for its title: "EU Trade and Agriculture Commissioner". */
const MAX_ROLE_WORDS = 3;

/** Whether the capitalised words from `w` on end in a title within MAX_ROLE_WORDS: "Prime Minister", "Farm Commissioner". */
function roleFollows(scan: ScanResult, w: number): boolean {
  for (let k = w + 1; k < Math.min(scan.words.count, w + MAX_ROLE_WORDS + 1); k++) {
    if (gapAfter(scan, k - 1) !== ' ' || initialCase(scan, k) !== 'upper') return false;
    if (TITLES.has(wordText(scan, k))) return true;
  }
  return false;
}

/**
 * Whether word `a` is joined to the next by a space, or is an elided letter joined by its apostrophe, which a
 * transcription may set apart ("l'Ecole", "l ' Ecole"); not a word before a quotation mark ("de ' Milosevic").
 */
function joinedToNext(scan: ScanResult, a: number): boolean {
  const gap = gapAfter(scan, a);
  return gap === ' ' || (/^ ?['’] ?$/u.test(gap) && wordText(scan, a).length === 1);
}

/** The joiner (and article) before word `first`: the index of the word before them, or -1. */
function beforeJoiner(scan: ScanResult, first: number, language: Lang): number {
  const joiners = JOINERS.get(language);
  if (!joiners || joiners.size === 0) return -1;
  const articles = ARTICLES.get(language);
  let w = first - 1;
  // An elided article or joiner is written with an apostrophe: "l'Italie", "d'Italie".
  const joined = (a: number) => /^(?: |['’])$/u.test(gapAfter(scan, a));
  if (w >= 0 && articles?.has(wordText(scan, w)) && joined(w)) w--;
  if (w < 1 || !joiners.has(wordText(scan, w)) || !joined(w)) return -1;
  if (initialCase(scan, w) !== 'lower' || gapAfter(scan, w - 1) !== ' ') return -1;
  return w - 1;
}

/** Whether a joiner of the language in lower case stands inside words first..last: "Bank of India". */
function joinedInside(scan: ScanResult, first: number, last: number, language: Lang): boolean {
  const joiners = JOINERS.get(language);
  for (let w = first + 1; w < last; w++)
    if (joiners?.has(wordText(scan, w)) && initialCase(scan, w) === 'lower') return true;
  return false;
}

/**
 * Whether another language's joiner (and its article) stands before word `first`, after a capitalised word that may
 * be a name's: the name is part of a foreign name the text quotes ("Front de Libération de la Côte des Somalis",
 * "Bank of Japan"). Not a joiner that is a small word of the text's own language: German "der" is a Dutch joiner too
 * ("die Hauptstadt der Ukraine").
 */
function foreignJoinerBefore(scan: ScanResult, first: number, language: Lang): boolean {
  const own = (w: number) =>
    (COMMON_WORDS_OF.get(language)?.has(wordText(scan, w)) ?? false) ||
    (DETERMINERS_OF.get(language)?.has(wordText(scan, w)) ?? false);
  return LANGUAGES.some((other) => {
    if (other === language) return false;
    const opener = beforeJoiner(scan, first, other);
    if (opener < 0 || startsSentence(scan, opener + 1) || !nameLikeWord(scan, opener)) return false;
    for (let w = opener + 1; w < first; w++) if (own(w)) return false;
    return true;
  });
}

/** Whether words `from`.. are `words` as written, each joined to the one before by a space or an elision's apostrophe. */
function wordsAt(scan: ScanResult, from: number, words: readonly QualifierWord[]): boolean {
  if (from < 1 || from + words.length > scan.words.count) return false;
  return words.every(
    ({ key, capital }, k) =>
      /^(?: |['’])$/u.test(gapAfter(scan, from + k - 1)) &&
      wordText(scan, from + k) === key &&
      initialCase(scan, from + k) === (capital ? 'upper' : 'lower'),
  );
}

/**
 * Whether a region's qualifier of the language (placeQualifiers) follows the span ("la Suisse romande", "l'Europe
 * occidentale", "l'Afrique du Nord"), or the span is the capitalised last word of one after a capitalised name ("Nord"
 * in "l'Afrique du Nord").
 */
function qualifiedPlace(scan: ScanResult, firstWord: number, lastWord: number, language: Lang): boolean {
  for (const words of PLACE_QUALIFIERS.get(language) ?? []) {
    if (words.length === 0) continue;
    if (!startsSentence(scan, lastWord + 1) && wordsAt(scan, lastWord + 1, words)) return true;
    const from = lastWord - words.length + 1;
    if (
      firstWord === lastWord &&
      words.length > 1 &&
      (words.at(-1) as QualifierWord).capital &&
      from >= 1 &&
      wordsAt(scan, from, words) &&
      initialCase(scan, from - 1) === 'upper' &&
      !startsSentence(scan, from)
    )
      return true;
  }
  return false;
}

/** Most letters of a street's noun abbreviated with a full stop ("r.", "bd."). */
const MAX_ABBREVIATION_LETTERS = 2;

/**
 * Whether a street's, a gate's or a station's noun of the language (streetNouns) stands before word `first`, alone or
 * abbreviated and joined by "de", "du", an article or nothing: "rue de Rennes", "boulevard Saint-Martin", "r. d'Ulm",
 * "la gare du Nord", "LA RUE DE BONDY". The place's name is then the street's.
 */
function streetNounBefore(scan: ScanResult, first: number, language: Lang): boolean {
  const nouns = STREET_NOUNS.get(language);
  if (!nouns || nouns.size === 0) return false;
  const joined = (a: number) => joinedToNext(scan, a) || gapAfter(scan, a) === '- ';
  let w = first - 1;
  if (w >= 1 && ARTICLES.get(language)?.has(wordText(scan, w)) && joined(w)) w--;
  if (w >= 1 && JOINERS.get(language)?.has(wordText(scan, w)) && joined(w)) w--;
  if (w < 0 || !nouns.has(wordText(scan, w))) return false;
  // An abbreviation keeps its full stop ("r. Saxe"); after a whole word the stop ends a sentence ("cette rue. Paris").
  return joined(w) || (gapAfter(scan, w) === '. ' && wordText(scan, w).length <= MAX_ABBREVIATION_LETTERS);
}

/** Most words of a body's noun ("tribunal de commerce", "cour d'appel"). */
const MAX_BODY_NOUN_WORDS = 3;

/**
 * Whether a body's noun of the language (bodyNouns) stands before word `first`, joined by "de", "du" or an elided
 * article: "le tribunal de Lille", "la cour d ' appel de Rennes". The place's name is then part of the body's.
 */
function bodyNounBefore(scan: ScanResult, first: number, language: Lang): boolean {
  const nouns = BODY_NOUNS.get(language);
  if (!nouns || nouns.size === 0) return false;
  const joined = (a: number) => /^(?: | ?['’] ?)$/u.test(gapAfter(scan, a));
  let w = first - 1;
  if (w >= 1 && ARTICLES.get(language)?.has(wordText(scan, w)) && joined(w)) w--;
  if (w < 1 || !joined(w) || !(JOINERS.get(language)?.has(wordText(scan, w)) ?? false)) return false;
  // Where every word of a name has a capital, the body's noun has one: "the Bank of Spain", not "the bank of the river".
  if (hasTrait(language, 'capitalisesNameWords') && initialCase(scan, w - 1) !== 'upper') return false;
  let phrase = '';
  for (let start = w - 1; start >= 0 && w - start <= MAX_BODY_NOUN_WORDS; start--) {
    if (start < w - 1 && !joined(start)) return false;
    phrase = phrase === '' ? wordText(scan, start) : `${wordText(scan, start)} ${phrase}`;
    if (nouns.has(phrase)) return true;
  }
  return false;
}

/** A hyphen between two words, or the double one of a result line ("Nederland--Italië"). */
const HYPHEN = /^-{1,2}$/u;

/**
 * Whether the span is joined by hyphens to other words whose outer ends have capitals: "Nederland-Italië",
 * "Parijs-Nice", "Luik-Bastenaken-Luik", "Noord-Afrika", "Seattle-sur-Tarn" (a small word between is a particle), not
 * "VLD-CVP-meerderheid" or "oud-EU-commissaris", whose noun in lower case makes a compound that names each.
 */
function hyphenedToCapitals(scan: ScanResult, firstWord: number, lastWord: number): boolean {
  const last = lastHyphened(scan, lastWord);
  let first = firstWord;
  while (first > 0 && HYPHEN.test(gapAfter(scan, first - 1))) first--;
  if (first === firstWord && last === lastWord) return false;
  return initialCase(scan, first) === 'upper' && initialCase(scan, last) === 'upper';
}

/**
 * Whether the span is joined by hyphens, through a small word in lower case, to words whose outer ends have capitals:
 * a place's name made of names and particles ("Saint-Martin-de-Ré", "Francfort-sur-le-Mein", "Four-de-Paris"),
 * "Stoke-on-Trent"), not names joined to each other ("Israël-Hamas"), which name each.
 */
function hyphenedThroughParticle(scan: ScanResult, firstWord: number, lastWord: number): boolean {
  const last = lastHyphened(scan, lastWord);
  let first = firstWord;
  while (first > 0 && HYPHEN.test(gapAfter(scan, first - 1))) first--;
  if (initialCase(scan, first) !== 'upper' || initialCase(scan, last) !== 'upper') return false;
  for (let w = first; w <= last; w++)
    if ((w < firstWord || w > lastWord) && initialCase(scan, w) === 'lower') return true;
  return false;
}

/** The last word of the words joined by hyphens from word `w` on. */
function lastHyphened(scan: ScanResult, w: number): number {
  let last = w;
  while (last + 1 < scan.words.count && HYPHEN.test(gapAfter(scan, last))) last++;
  return last;
}

/**
 * Whether the span is the first part of a compound written once for two, whose rest stands after "en" or "of" and
 * ends in a capital, a name's: "Noord- en Zuid-Amerika" ("Noord" is no region of its own there), not "Alpen- en
 * Pyreneeën-ritten", whose noun in lower case makes compounds that name each.
 */
function elidedBeforeName(scan: ScanResult, lastWord: number, language: Lang): boolean {
  const joiner = lastWord + 1;
  const next = joiner + 1;
  if (next >= scan.words.count || gapAfter(scan, lastWord) !== '- ' || gapAfter(scan, joiner) !== ' ')
    return false;
  if (!(LIST_WORDS.get(language)?.has(wordText(scan, joiner)) ?? false)) return false;
  const last = lastHyphened(scan, next);
  return last > next && initialCase(scan, last) === 'upper';
}

/** Most capitalised words read back from a joiner for the determiner that opens a longer name. */
const MAX_HEAD_WORDS = 4;
/** Most small words between that determiner and the capitalised words: "de eerste Grote Prijs van Nederland". */
const MAX_LOWER_WORDS = 2;

/**
 * Whether the capitalised words ending at `head` open with a determiner, as the name of a thing does ("de Grand Prix
 * van Nederland", "the Bank of England", "le Grand Prix d'Italie") and a person's does not ("Sam Nujoma van
 * Namibië", "Lionel Messi of Argentina").
 */
function determinerOpens(scan: ScanResult, head: number, around: Surroundings): boolean {
  let first = head;
  for (let k = 1; k < MAX_HEAD_WORDS && first > 0; k++) {
    if (gapAfter(scan, first - 1) !== ' ' || !nameLikeCapital(scan, first - 1, around)) break;
    if (startsSentence(scan, first - 1)) return false;
    first--;
  }
  // Small words and numbers may stand between ("de eerste Grote Prijs", "de 32ste Grand Prix"), but no title: "de
  // president Djukanovic van Montenegro", nor a comma: "één staatshoofd, Sam Nujoma van Namibië" is an apposition.
  let opener = first - 1;
  if (opener >= 0 && gapAfter(scan, opener).includes(',')) return false;
  for (let k = 0; k < MAX_LOWER_WORDS && opener >= 0 && initialCase(scan, opener) !== 'upper'; k++) {
    const word = wordText(scan, opener);
    if (DETERMINERS.has(word) || TITLES.has(word)) break;
    if (opener === 0 || gapAfter(scan, opener - 1).includes(',')) return false;
    opener--;
  }
  // An elided article is written with an apostrophe: "l'Electricité de Paris".
  return opener >= 0 && joinedToNext(scan, opener) && DETERMINERS.has(wordText(scan, opener));
}

/** Quotation marks that open a title: "« Echo de Paris »", "„Neue Zürcher Zeitung“". */
const OPENING_QUOTE = /[«“„"‹<]\s*$/u;

/** Whether an opening quotation mark stands right before word `w`, as before a title ("L'« Echo de Paris »"). */
function quoteOpens(scan: ScanResult, w: number): boolean {
  return w > 0 && OPENING_QUOTE.test(scan.original.slice(scan.originalEnds[w - 1], scan.originalStarts[w]));
}

/** Most lower-case words between a name's capitalised first word and its joiner: "la Caisse d'épargne de Paris". */
const MAX_NAME_LOWER_WORDS = 3;

/**
 * The capitalised first word of a name that keeps lower-case words, read back from the lower-case word `head` before
 * the joiner, or -1: a known name whose words run up to the joiner ("la Caisse d'épargne de Paris", "l'Ecole
 * polytechnique de Zurich"; not "l'Ukraine dépend de la Russie"), or a title in quotation marks ("les « Petits
 * chanteurs de Montana »"). An unknown capitalised word before lower-case words may open a name or not ("l'Exposition
 * nationale de Zurich"). No common word, title, determiner or one-letter word but an elided joiner stands between
 * ("l'Ukraine a besoin de la Russie", "le président de la France").
 */
function firstNameWordBefore(scan: ScanResult, head: number, around: Surroundings, language: Lang): number {
  let w = head;
  for (let k = 0; k < MAX_NAME_LOWER_WORDS && w > 0 && initialCase(scan, w) === 'lower'; k++) {
    const word = wordText(scan, w);
    const listed = (lists: ReadonlyMap<string, ReadonlySet<string>>) =>
      lists.get(language)?.has(word) ?? false;
    if (
      !listed(JOINERS) &&
      (word.length < 2 || TITLES.has(word) || listed(DETERMINERS_OF) || listed(COMMON_WORDS_OF))
    )
      return -1;
    if (!joinedToNext(scan, w - 1)) return -1;
    w--;
  }
  if (w === head || initialCase(scan, w) !== 'upper' || startsSentence(scan, w)) return -1;
  if (!nameLikeCapital(scan, w, around) || !openedAt(scan, w, language)) return -1;
  if (quoteOpens(scan, w)) return w;
  for (let k = w; k <= head; k++) if (!around.taken(k)) return -1;
  return w;
}

/**
 * Whether an article of the language or an opening quotation mark stands right before word `w`, which opens a name:
 * "la Caisse", "l'Ecole", "« Petits chanteurs", not "le Banat Nos troupes" nor "la teneur Chaque bureau".
 */
function openedAt(scan: ScanResult, w: number, language: Lang): boolean {
  if (quoteOpens(scan, w)) return true;
  const before = w - 1;
  return (
    before >= 0 &&
    joinedToNext(scan, before) &&
    (DETERMINERS_OF.get(language)?.has(wordText(scan, before)) ?? false)
  );
}

/**
 * Whether a town's name right after a place's preposition is joined by a hyphen to a capitalised word: a district's
 * name ("in Berlin-Charlottenburg", "nach Köln-Wahn"), where nouns have capitals too. A compound noun made of the
 * town's name takes an article there ("in der Berlin-Ausstellung", "im Köln-Urlaub"), a district's name none.
 */
function districtAfterLocative(
  scan: ScanResult,
  firstWord: number,
  lastWord: number,
  around: Surroundings,
): boolean {
  return (
    gapAfter(scan, lastWord) === '-' &&
    unknownCapitalised(scan, lastWord + 1, around) &&
    locativeBefore(scan, firstWord, lastWord) !== undefined
  );
}

/**
 * Whether the span is joined by a hyphen to another name the data knows, where nouns have capitals too: two names
 * make a name of their own there, a company, a route ("McLaren-Mercedes", "Düren–Euskirchen"), while a compound with
 * a noun names the name ("US-Präsident"). Only two words: a third part is a compound's noun ("Israel-Gaza-Krieg",
 * "Merkel-Macron-Treffen"), which names each name.
 */
function hyphenedToKnownName(
  scan: ScanResult,
  firstWord: number,
  lastWord: number,
  around: Surroundings,
): boolean {
  if (firstWord !== lastWord) return false;
  const w = firstWord;
  const knownAt = (k: number) =>
    k >= 0 && k < scan.words.count && around.taken(k) && initialCase(scan, k) === 'upper';
  const dashAfter = (k: number) => k >= 0 && k < scan.words.count - 1 && DASH.test(gapAfter(scan, k));
  if (dashAfter(w) && knownAt(w + 1)) return !dashAfter(w + 1) && !dashAfter(w - 1);
  if (dashAfter(w - 1) && knownAt(w - 1)) return !dashAfter(w - 2) && !dashAfter(w);
  return false;
}

/** Whether a determiner stands right before word `firstWord`, one space between: "die", "das", "im". */
function articleBefore(scan: ScanResult, firstWord: number): boolean {
  const w = firstWord - 1;
  return w >= 0 && gapAfter(scan, w) === ' ' && DETERMINERS.has(wordText(scan, w));
}

/** A hyphen or an en dash between two words, as in a route's name ("Düren–Euskirchen"). */
const DASH = /^[-–]$/u;

/**
 * Whether a person's initial stands right before word `w`: one capital and its full stop ("J. Crawley", "M. Vaughan"),
 * not the last letter of an abbreviation written with stops ("U.S.", "F.C."), whose words may go on to a place's name,
 * nor a title of the language (French "M. Paris" is Monsieur Paris, whom the data does not tell from the city).
 */
export function initialBefore(scan: ScanResult, w: number, language: Lang): boolean {
  const initial = w - 1;
  if (initial < 0 || gapAfter(scan, initial) !== '. ' || lineBreakBefore(scan, w)) return false;
  const written = writtenWord(scan, initial);
  if (!/^\p{Lu}$/u.test(written) || (TITLES_OF.get(language)?.has(wordText(scan, initial)) ?? false))
    return false;
  return initial === 0 || !gapAfter(scan, initial - 1).endsWith('.');
}

/**
 * The letters of an abbreviation written with stops that ends right before word `w`, as a matching key ("F.C.
 * Valletta" → "fc"), or undefined: capitals of one letter each, joined by full stops.
 */
function lettersWithStopsBefore(scan: ScanResult, w: number): string | undefined {
  if (w < 1 || gapAfter(scan, w - 1) !== '. ') return undefined;
  let letters = '';
  for (let k = w - 1; k >= 0 && /^\p{Lu}$/u.test(writtenWord(scan, k)); k--) {
    letters = wordText(scan, k) + letters;
    if (k === 0 || gapAfter(scan, k - 1) !== '.') break;
  }
  return letters.length >= 2 ? letters : undefined;
}

/** A figure as its own word: a score, a table's count, a time's part ("3", "14" of "14.12"); not a year. */
function figureAt(scan: ScanResult, w: number): boolean {
  return w >= 0 && w < scan.words.count && /^\d+$/u.test(wordText(scan, w)) && !yearAt(scan, w);
}

/** Most words of a club's own name read between its prefix and its town's name: "FC Carl Zeiss Jena". */
const MAX_CLUB_WORDS = 2;

/** Most capitalised words read on either side of a place's name for a team's name in a results row. */
const MAX_TEAM_WORDS = 3;

/** Fewest figures on a results row, the score after the team among them: a match's other score, a table's columns. */
const MIN_ROW_FIGURES = 2;

/**
 * Whether word `w` may be part of a team's name in a results row: a name's capital, not a common word ("In Paris 2"),
 * or an acronym before a name written in small letters ("NAC Breda 1"), where capitals are not the line's; after it an
 * acronym is rather a state's ("Portland OR 5.60").
 */
function teamWord(scan: ScanResult, w: number, language: Lang, acronyms: boolean): boolean {
  if (COMMON_WORDS_OF.get(language)?.has(wordText(scan, w)) ?? false) return false;
  return nameLikeWord(scan, w) || partOfATown(scan, w) || (acronyms && acronymAt(scan, w));
}

/**
 * Whether word `w` is a capitalised word that stands beside a place's name for a part of it ("North", "Greater"),
 * written as a name's word: in a row of results it is the team's ("North Sydney 46 South Sydney 4"), which a
 * part of a town is not. Not a day or a month, which a row's dateline sets beside a place ("Paris Sunday 2").
 */
function partOfATown(scan: ScanResult, w: number): boolean {
  const word = wordText(scan, w);
  return (
    initialCase(scan, w) === 'upper' &&
    /\p{Ll}/u.test(writtenWord(scan, w)) &&
    BESIDE_A_PLACE.has(word) &&
    !CALENDAR_WORDS.has(word)
  );
}

/** Most letters of a club's or a firm's acronym before a place's name ("NAC", "SVCD"); a longer word is a headline's. */
const MAX_ACRONYM_LETTERS = 4;

/** Whether word `w` is written in capitals, two letters or more, and is no title or word beside a place ("SV", "CSKA"). */
function acronymAt(scan: ScanResult, w: number): boolean {
  const written = writtenWord(scan, w);
  const word = wordText(scan, w);
  return (
    /^\p{Lu}{2,}$/u.test(written) && !TITLES.has(word) && !DETERMINERS.has(word) && !BESIDE_A_PLACE.has(word)
  );
}

/** Most words read inside the parentheses after a team's name: its country's ("Levski Sofia (Bulgaria) 1"). */
const MAX_PARENTHESIS_WORDS = 3;

/**
 * The word after the parentheses that follow word `w` ("(Bulgaria)", "(Czech Republic)"), on the same line, or
 * undefined where none follow.
 */
function afterParenthesis(scan: ScanResult, w: number): number | undefined {
  if (gapAfter(scan, w) !== ' (') return undefined;
  for (let k = w + 1; k < Math.min(scan.words.count - 1, w + 1 + MAX_PARENTHESIS_WORDS); k++) {
    if (lineBreakBefore(scan, k + 1)) return undefined;
    const gap = gapAfter(scan, k);
    if (gap === ') ') return k + 1;
    if (gap !== ' ') return undefined;
  }
  return undefined;
}

/**
 * Whether the span is a place's name inside a team's name in a row of results, whose capitals are a name's even at the
 * line's start and in Title Case: "Hansa Rostock 0 Hamburg 1", "Sydney Tigers 26 Newcastle 24", a league table's
 * "Legia Warsaw 7 5 1 1 13 7 16". The capitalised words around the place's name run up to a figure, and the line holds
 * another: a headline rarely sets a bare figure after a place ("Floods Hit Texas"), a results row always does.
 */
function teamInResultsRow(scan: ScanResult, firstWord: number, lastWord: number, language: Lang): boolean {
  const joined = (w: number) => gapAfter(scan, w - 1) === ' ' && !lineBreakBefore(scan, w);
  const acronyms = hasSmallLetter(
    scan.original.slice(scan.originalStarts[firstWord], scan.originalEnds[lastWord]),
  );
  let first = firstWord;
  while (
    first > 0 &&
    firstWord - first < MAX_TEAM_WORDS &&
    joined(first) &&
    // A club's year of founding opens its name: "1860 Munich 3 1 0 2".
    (teamWord(scan, first - 1, language, acronyms) || yearAt(scan, first - 1))
  )
    first--;
  let last = lastWord;
  while (
    last + 1 < scan.words.count &&
    last - lastWord < MAX_TEAM_WORDS &&
    joined(last + 1) &&
    teamWord(scan, last + 1, language, false)
  )
    last++;
  if (first === firstWord && last === lastWord) return false;
  // The team's country may stand in parentheses before the score.
  const parenthesised = afterParenthesis(scan, last);
  const score = parenthesised ?? last + 1;
  if (score >= scan.words.count || (parenthesised === undefined && !joined(score)) || !figureAt(scan, score))
    return false;
  // A count of thousands is no score: "In Central Paris 2,000 police were deployed".
  if (/^,\d{3}/u.test(scan.text.slice(scan.words.ends[score]))) return false;
  let figures = 0;
  for (let w = score; w < scan.words.count && (w === score || !lineBreakBefore(scan, w)); w++)
    if (figureAt(scan, w)) figures++;
  for (let w = first - 1; w >= 0 && !lineBreakBefore(scan, w + 1); w--) if (figureAt(scan, w)) figures++;
  return figures >= MIN_ROW_FIGURES;
}

/** Whether word `w` is a suffix of the language's longer names, capitalised ("FC", "Inc"). */
function suffixAt(scan: ScanResult, w: number, language: Lang): boolean {
  return initialCase(scan, w) === 'upper' && (NAME_SUFFIXES.get(language)?.has(wordText(scan, w)) ?? false);
}

/** Whether a suffix stands at word `w` or after up to MAX_CLUB_WORDS capitalised words from it, joined by spaces. */
function suffixFollows(scan: ScanResult, w: number, language: Lang): boolean {
  for (let k = w; k < Math.min(scan.words.count, w + MAX_CLUB_WORDS + 1); k++) {
    if (k > w && (gapAfter(scan, k - 1) !== ' ' || initialCase(scan, k) !== 'upper')) return false;
    if (suffixAt(scan, k, language)) return true;
  }
  return false;
}

/** Most words of known names read between a name and the capitalised word that ends a longer name with both. */
const MAX_KNOWN_WORDS = 3;

/**
 * Whether words from `w` on are words of known names with a capital (and small letters), joined by spaces, and the
 * word after them a capitalised word that is no known name, title or cue and opens no role (unknownCapitalised).
 */
function unknownAfterNames(scan: ScanResult, w: number, around: Surroundings): boolean {
  let k = w;
  while (
    k < scan.words.count &&
    k - w < MAX_KNOWN_WORDS &&
    around.taken(k) &&
    nameLikeWord(scan, k) &&
    (k === w || gapAfter(scan, k - 1) === ' ')
  )
    k++;
  return (
    k > w &&
    k < scan.words.count &&
    gapAfter(scan, k - 1) === ' ' &&
    unknownCapitalised(scan, k, around) &&
    !roleFollows(scan, k)
  );
}

/**
 * Whether the span is a place's name in capitals, longer than an acronym, and word `w` beside it has small letters: a
 * longer name is written in one case, so the case turning there is a heading or a dateline that lost its line break
 * ("SUISSE Chambres fédérales", "LAUSANNE On nous prie", "à M. Kellogg PARIS, 15 (Havas)").
 */
function caseTurnsAt(
  scan: ScanResult,
  firstWord: number,
  lastWord: number,
  w: number,
  around: Surroundings,
): boolean {
  if (!around.place) return false;
  const written = scan.original.slice(scan.originalStarts[firstWord], scan.originalEnds[lastWord]);
  return (
    !hasSmallLetter(written) &&
    (written.match(/\p{L}+/gu) ?? []).some((word) => word.length > MAX_ACRONYM_LETTERS) &&
    hasSmallLetter(writtenWord(scan, w))
  );
}

/** Whether the span, in capitals as written, is joined by a hyphen to a word in capitals that is no known name. */
function capitalsHyphened(
  scan: ScanResult,
  firstWord: number,
  lastWord: number,
  around: Surroundings,
): boolean {
  const inCapitals = (w: number) => /^\p{Lu}{2,}$/u.test(writtenWord(scan, w).replace(/\./gu, ''));
  const free = (w: number) => w >= 0 && w < scan.words.count && !around.taken(w) && inCapitals(w);
  for (let w = firstWord; w <= lastWord; w++) if (!/^[\p{Lu}\d.]+$/u.test(writtenWord(scan, w))) return false;
  return (
    (HYPHEN.test(gapAfter(scan, lastWord)) && free(lastWord + 1)) ||
    (firstWord > 0 && HYPHEN.test(gapAfter(scan, firstWord - 1)) && free(firstWord - 1))
  );
}

/**
 * Whether the span, in capitals as written, follows a name's particle of another language in capitals (nameParticles:
 * no joiner, determiner or common word of the article's language) after a word in capitals that is no title, spaces
 * between: "JORNAL DE ANGOLA", but not French "PRESIDENT DE LA FRANCE".
 */
function particleInCapitals(scan: ScanResult, firstWord: number, lastWord: number, language: Lang): boolean {
  const particle = firstWord - 1;
  const head = particle - 1;
  if (head < 0) return false;
  const capitals = (w: number) => /^\p{Lu}{2,}$/u.test(writtenWord(scan, w));
  for (let w = head; w <= lastWord; w++) if (!capitals(w)) return false;
  const word = wordText(scan, particle);
  return (
    NAME_PARTICLES.has(word) &&
    !(JOINERS.get(language)?.has(word) ?? false) &&
    !(COMMON_WORDS_OF.get(language)?.has(word) ?? false) &&
    !(DETERMINERS_OF.get(language)?.has(word) ?? false) &&
    gapAfter(scan, head) === ' ' &&
    gapAfter(scan, particle) === ' ' &&
    !lineBreakBefore(scan, particle) &&
    !lineBreakBefore(scan, firstWord) &&
    !TITLES.has(wordText(scan, head))
  );
}

/** Whether the span is one letter as written, joined by a hyphen to a word before or after it. */
function letterHyphened(scan: ScanResult, firstWord: number, lastWord: number): boolean {
  if (firstWord !== lastWord || writtenWord(scan, firstWord).length !== 1) return false;
  return (
    (firstWord + 1 < scan.words.count && HYPHEN.test(gapAfter(scan, firstWord))) ||
    (firstWord > 0 && HYPHEN.test(gapAfter(scan, firstWord - 1)))
  );
}

/**
 * Whether the span firstWord..lastWord stands inside a longer proper name the data does not know, so that it names
 * nothing here.
 */
export function insideUnknownLongerName(
  scan: ScanResult,
  firstWord: number,
  lastWord: number,
  around: Surroundings,
): boolean {
  const { language } = around;
  if (language === undefined) return false;
  // What is written against a dollar sign is a currency's symbol: "US$ 300 million", "HK$", the pa'anga's "T$" ("at
  // T$ 2.35" is no AT&T).
  if (gapAfter(scan, lastWord).startsWith('$')) return true;
  // A letter joined by a hyphen to a word is a word of the language ("X-rays", "T-shirt", "U-turn"), not a name of
  // one letter (X the platform).
  if (letterHyphened(scan, firstWord, lastWord)) return true;
  // In capitals, joined by a hyphen to a word in capitals that is no known name: "SPA-FRANCORCHAMPS", "AS-SAFIR".
  if (capitalsHyphened(scan, firstWord, lastWord, around)) return true;
  // An adjective qualifies the name after it: "het Brusselse Sint-Lukasinstituut" is in Brussels.
  if (around.demonym) return false;
  const before = firstWord - 1;
  const after = lastWord + 1;
  // After an abbreviation's own full stop the sentence goes on: "the U.S. Open", "U.S. Treasuries".
  const ownStop = around.abbreviation === true && gapAfter(scan, lastWord) === '. ';
  const nextWord =
    after < scan.words.count &&
    (ownStop ? initialCase(scan, after) === 'upper' : !startsSentence(scan, after));
  const spaceAfter = ownStop || gapAfter(scan, lastWord) === ' ';
  // An abbreviation written with stops opens a known name it stands before, as its owner's part: "the U.S. Food and
  // Drug Administration", "the U.S. Gulf", also one that opens with a noun of a kind: "the U.S. Department of Health
  // and Human Services". That name explains itself.
  if (
    ownStop &&
    nextWord &&
    !lineBreakBefore(scan, after) &&
    around.taken(after) &&
    (nameLikeWord(scan, after) ||
      (CLASS_NOUNS.has(wordText(scan, after)) &&
        initialCase(scan, after) === 'upper' &&
        /\p{Ll}/u.test(writtenWord(scan, after))))
  )
    return true;
  // A club's or a station's prefix before a place's name, or suffix after it, even in capitals or itself a name: "FC
  // Antwerp", "Sporting Lokeren", "Radio Magdalena", "Antwerp FC", "VfL Osnabrück". Read in every language: the
  // prefixes are no nouns, so a language that capitalises its nouns has them too.
  // A suffix counts at the start of a sentence too ("Bristol City beat…"); a prefix must be in the same sentence.
  if (around.place) {
    const listed = (lists: ReadonlyMap<string, ReadonlySet<string>>, w: number) =>
      initialCase(scan, w) === 'upper' && (lists.get(language)?.has(wordText(scan, w)) ?? false);
    // The prefix may stand a word or two further back, before the club's own name, its words joined by spaces or
    // hyphens: "FC Carl Zeiss Jena", "SC DHfK Leipzig", "FC Chelsea London", "SV Wehen-Wiesbaden".
    let opener = before;
    while (
      opener >= 0 &&
      before - opener < MAX_CLUB_WORDS &&
      !startsSentence(scan, opener + 1) &&
      (gapAfter(scan, opener) === ' ' || HYPHEN.test(gapAfter(scan, opener))) &&
      !listed(NAME_PREFIXES, opener) &&
      (nameLikeWord(scan, opener) || acronymAt(scan, opener))
    )
      opener--;
    if (
      !startsSentence(scan, opener + 1) &&
      opener >= 0 &&
      gapAfter(scan, opener) === ' ' &&
      listed(NAME_PREFIXES, opener)
    )
      return true;
    // …also written with stops, whose last one ends no sentence: "F.C. Valletta", "F.C. Arges Dacia Pitesti".
    const stopped = lettersWithStopsBefore(scan, firstWord);
    if (stopped !== undefined && (NAME_PREFIXES.get(language)?.has(stopped) ?? false)) return true;
  }
  // A club's suffix that is itself a name ("City", Manchester City's short name) ends the longer name of the name
  // before it: "Bristol City", "Stoke City", even where that one opens a line of results.
  if (
    firstWord === lastWord &&
    firstWord > 0 &&
    gapAfter(scan, firstWord - 1) === ' ' &&
    suffixAt(scan, firstWord, language) &&
    nameLikeWord(scan, firstWord - 1) &&
    (!startsSentence(scan, firstWord - 1) || around.taken(firstWord - 1))
  )
    return true;
  if (around.place && nextWord && spaceAfter && suffixAt(scan, after, language)) return true;
  // Where nouns have capitals the suffixes are foreign words, which make a longer name after any name, a word or two
  // of its own between: "Google Inc.", "Mærsk Line", "Kuwait National Airways", "Dow Jones Sustainability Indexes".
  if (
    hasTrait(language, 'capitalisesNouns') &&
    nextWord &&
    spaceAfter &&
    suffixFollows(scan, after, language)
  )
    return true;
  // A numeral after a name makes another name, in every language and line: an agreement, a rule or a ruler ("Minsk
  // II", "Basel III", "Dublin III", "Vaticanum II").
  if (nextWord && spaceAfter && numeralAt(scan, after)) return true;
  // So does a model's code or number after a maker's or a product's name: "Airbus A310", "Windows 95".
  if (around.maker === true && nextWord && spaceAfter && modelAt(scan, after, around.work === true))
    return true;
  // So does a channel's number in a programme listing: "BBC 2 23.40" is the channel, not the broadcaster.
  if (nextWord && spaceAfter && channelAt(scan, after)) return true;
  // An initial makes a surname of a place's name, in a line of prose or a scorecard alike: "J. Crawley 106".
  if (around.place && initialBefore(scan, firstWord, language)) return true;
  // A row of results has no full stop, so it often reads as a title line, whose start and Title Case hide a team's
  // name; in a line of prose its words beside a place's name hide it ("North Sydney 46 South Sydney 4"), but where
  // nouns have capitals a noun and a figure follow a place there ("Brasilien Platz 1").
  if (
    around.place &&
    (around.titleLine || !hasTrait(language, 'capitalisesNouns')) &&
    teamInResultsRow(scan, firstWord, lastWord, language)
  )
    return true;
  // A street's noun makes the place's name a street's, in any line: "rue de Rennes", "RUE SAINT-MALO".
  if (around.place && streetNounBefore(scan, firstWord, language)) return true;
  // A body's noun makes the place's name the body's, in any line: "le tribunal de Lille", "la cour d'appel de Rennes".
  if (around.place && bodyNounBefore(scan, firstWord, language)) return true;
  // In capitals, a name's particle that is no word of the language joins a place's name to the word before it:
  // "JORNAL DE ANGOLA", "GAZETTE DE LAUSANNE".
  if (around.place && particleInCapitals(scan, firstWord, lastWord, language)) return true;
  // A town takes no article, so after one a people's name in the plural after the town's makes a team's name of
  // both: "the Cleveland Indians", "die Cleveland Indians".
  if (
    around.town === true &&
    nextWord &&
    spaceAfter &&
    articleBefore(scan, firstWord) &&
    (around.demonymAt?.(after) ?? false) &&
    /s$/u.test(wordText(scan, after))
  )
    return true;
  // A prefix or a suffix makes a longer name in a Title Case line too ("Stereokini Studio Brussel 12.00", "Bristol
  // Rovers 3 Wrexham 1"), but any other capital says nothing there.
  if (around.titleCase) return false;
  // A region's qualifier after a place's name: "la Suisse romande", "l'Afrique du Nord" (and "Nord" there).
  if (around.place && qualifiedPlace(scan, firstWord, lastWord, language)) return true;
  // Where every noun has a capital ("die Stadt Berlin", "EU-Kommission"), a capital says nothing more, but for a
  // town's district, another language's joiner before the name ("Front de Libération"), two known names joined by a
  // hyphen, and a town's name after an article: towns take none, so
  // the town there names the capitalised word after it ("die Chicago Bulls", "das New York Festival").
  if (hasTrait(language, 'capitalisesNouns'))
    return (
      (around.town === true && nextWord && districtAfterLocative(scan, firstWord, lastWord, around)) ||
      foreignJoinerBefore(scan, firstWord, language) ||
      hyphenedToKnownName(scan, firstWord, lastWord, around) ||
      (around.town === true &&
        nextWord &&
        spaceAfter &&
        articleBefore(scan, firstWord) &&
        unknownCapitalised(scan, after, around))
    );
  // Joined by a name's particle to a capitalised word, where names' words have capitals: "Eugene de Kock".
  if (hasTrait(language, 'capitalisesNameWords') && particleJoined(scan, firstWord, lastWord)) return true;
  // Joined by a hyphen to a capitalised word: "Amsterdam-Osdorp", "Zuid-Limburg", "Paris-Saclay".
  if (nextWord && gapAfter(scan, lastWord) === '-' && unknownCapitalised(scan, after, around)) return true;
  if (before >= 0 && gapAfter(scan, before) === '-' && unknownCapitalised(scan, before, around)) return true;
  // …or through a particle to capitals, known or not: "Saint-Martin-des-Champs", "Four-de-Paris".
  if (hyphenedThroughParticle(scan, firstWord, lastWord)) return true;
  // Known names too, where a name and a noun make one word with the noun in lower case ("Anderlecht-trainer"): names
  // joined with no such noun are a name of their own, a match, a race or a region ("Nederland-Italië", "Parijs-Nice",
  // "Noord-Afrika"). English writes the noun apart ("the Israel-Iran talks"), and there the names are each named.
  if (
    hasTrait(language, 'hyphenatesNameCompounds') &&
    (hyphenedToCapitals(scan, firstWord, lastWord) || elidedBeforeName(scan, lastWord, language))
  )
    return true;
  // A capitalised word right after it, in the same sentence: "Antwerp Expo", "Trump Tower"; not a role ending in a
  // title ("EU Farm Commissioner", "UK Prime Minister"), nor a headline's verb where headlines capitalise freely
  // ("Assad Dies at 69").
  const headlineCapitals = around.titleLine && hasTrait(language, 'capitalisesHeadlineWords');
  // A common word of the language with a capital opens a sentence whose break the text lost, a heading's run into its
  // story: "le Portugal Dans le tour préliminaire", "en Suisse Notre correspondant".
  if (
    nextWord &&
    !headlineCapitals &&
    spaceAfter &&
    unknownCapitalised(scan, after, around) &&
    !(COMMON_WORDS_OF.get(language)?.has(wordText(scan, after)) ?? false) &&
    !roleFollows(scan, after) &&
    !caseTurnsAt(scan, firstWord, lastWord, after, around)
  )
    return true;
  // …or after other names the data knows, written as names are, that the capitalised word ends: "Reuters Toronto
  // Bureau", "the U.S. Federal District Court".
  if (
    nextWord &&
    !headlineCapitals &&
    spaceAfter &&
    unknownAfterNames(scan, after, around) &&
    !caseTurnsAt(scan, firstWord, lastWord, after, around)
  )
    return true;
  // A noun of a place's kind written with a capital after a place's name, where capitals mark names only, makes the
  // name of that place or of a body of it: "the U.S. District Court", "the U.S. State Department", "Aleppo Province".
  if (
    around.place &&
    nextWord &&
    spaceAfter &&
    !headlineCapitals &&
    !around.taken(after) &&
    initialCase(scan, after) === 'upper' &&
    /\p{Ll}/u.test(writtenWord(scan, after)) &&
    CLASS_NOUNS.has(wordText(scan, after))
  )
    return true;
  // A year right after a place's name makes an event or a project of it: "Paris 2024", "Brussel 2000".
  if (around.place && nextWord && spaceAfter && yearAt(scan, after)) return true;
  // What stands before a name is read only for a place: before a person's or a body's name stand titles, roles and
  // adjectives ("Chancellor Scholz", "de Dendermondse VLD"); before a place's, the rest of a name ("Royal Antwerp").
  // In a row of results every capital is a name's: a maker's name there ends a team's or a car's ("Reynard Honda").
  if (
    around.row === true &&
    around.maker === true &&
    before >= 0 &&
    gapAfter(scan, before) === ' ' &&
    !startsSentence(scan, firstWord) &&
    unknownCapitalised(scan, before, around)
  )
    return true;
  // A capitalised word the data does not know right before the name, in the same sentence.
  const headed =
    before >= 0 &&
    gapAfter(scan, before) === ' ' &&
    !startsSentence(scan, before) &&
    unknownCapitalised(scan, before, around) &&
    !caseTurnsAt(scan, firstWord, lastWord, before, around);
  // A name joined inside by "of" is a thing's name that such a word may head, as it heads the thing's: "the Reserve
  // Bank of India" is no Bank of India. Not a title ("Chairman Bank of America") nor a word that opens the sentence.
  if (headed && joinedInside(scan, firstWord, lastWord, language)) return true;
  if (!around.place || startsSentence(scan, firstWord)) return false;
  // A surname's particle, capitalised mid-sentence, makes a surname of the place's name: "zegt Van Diepenbeek", "Luc
  // Van Lierde"; even where the particle is a name itself (the Turkish city of Van).
  if (
    before >= 0 &&
    gapAfter(scan, before) === ' ' &&
    !startsSentence(scan, before) &&
    initialCase(scan, before) === 'upper' &&
    // Not in capitals: a line in capitals ("GAZETTE DE LAUSANNE") says nothing of names.
    /\p{Ll}/u.test(writtenWord(scan, before)) &&
    (SURNAME_PARTICLES.get(language)?.has(wordText(scan, before)) ?? false)
  )
    return true;
  if (headed) return true;
  // A person's title makes a person's name of a place's: "le général Douai", "le capitaine Dreux".
  if (before >= 0 && /^\.? $/u.test(gapAfter(scan, before)) && TITLES.has(wordText(scan, before)))
    return true;
  // A short acronym the data does not know, or knows only in a context the article does not give, right before a
  // place's name written in small letters, is a club's or a firm's and makes a longer name, even opening a sentence:
  // "a 1-0 win over NAC Breda", "IFK Gothenburg of Sweden drew", "AMP België". Not the end of a headline in capitals
  // that lost its line break ("LE CONGRES INTERPARLEMENTAIRE Londres").
  if (
    before >= 0 &&
    gapAfter(scan, before) === ' ' &&
    !lineBreakBefore(scan, firstWord) &&
    !(around.firmlyTaken ?? around.taken)(before) &&
    writtenWord(scan, before).length <= MAX_ACRONYM_LETTERS &&
    acronymAt(scan, before) &&
    (before === 0 || lineBreakBefore(scan, before) || !/^\p{Lu}{2,}$/u.test(writtenWord(scan, before - 1))) &&
    // A word in capitals may be the language's own: a price list's "FOR Bombay" is free on rail.
    !(COMMON_WORDS_OF.get(language)?.has(wordText(scan, before)) ?? false) &&
    hasSmallLetter(scan.original.slice(scan.originalStarts[firstWord], scan.originalEnds[lastWord]))
  )
    return true;
  // A given name alone before a surname's particle in lower case makes a surname of the place's name: "Jan van
  // Brugge", "Antonello da Messina". Not after a title ("koning Filip van België": the king of that country), nor
  // after a surname ("Sam Nujoma van Namibië"), nor where no surname opens so (English "Stephanie of Monaco").
  const particle = firstWord - 1;
  const byname = particle - 1;
  if (
    byname >= 0 &&
    gapAfter(scan, particle) === ' ' &&
    gapAfter(scan, byname) === ' ' &&
    initialCase(scan, particle) === 'lower' &&
    (SURNAME_PARTICLES.get(language)?.has(wordText(scan, particle)) ?? false) &&
    initialCase(scan, byname) === 'upper' &&
    !TITLES.has(wordText(scan, byname)) &&
    (around.givenName?.(byname) ?? false) &&
    (startsSentence(scan, byname) ||
      gapAfter(scan, byname - 1) !== ' ' ||
      (initialCase(scan, byname - 1) !== 'upper' && !TITLES.has(wordText(scan, byname - 1))))
  )
    return true;
  // Joined by "van", "of", "de" to a thing's capitalised name: "de Grand Prix van Nederland", "the Bank of England"
  // (when the data does not know it), "le Grand Prix d'Italie". Not "Most of Europe", nor "Sam Nujoma van Namibië".
  // Or, where names keep lower-case words, to a known name whose first word alone has a capital: "la Caisse d'épargne
  // de Paris"; or to a title in quotation marks: "l'« Echo de Paris »", "les « Petits chanteurs de Montana »".
  let head = beforeJoiner(scan, firstWord, language);
  if (head >= 0 && initialCase(scan, head) === 'lower' && !hasTrait(language, 'capitalisesNameWords'))
    head = firstNameWordBefore(scan, head, around, language);
  if (head < 0 || startsSentence(scan, head) || !nameLikeCapital(scan, head, around)) return false;
  return determinerOpens(scan, head, around) || quoteOpens(scan, firstCapitalOf(scan, head, around));
}

/** The first of the capitalised words that end at `head`, joined by spaces, read back as determinerOpens does. */
function firstCapitalOf(scan: ScanResult, head: number, around: Surroundings): number {
  let first = head;
  for (let k = 1; k < MAX_HEAD_WORDS && first > 0; k++) {
    if (gapAfter(scan, first - 1) !== ' ' || !nameLikeCapital(scan, first - 1, around)) break;
    first--;
  }
  return first;
}

/**
 * Whether a joiner of the language (and an article) and a capitalised word follow word `lastWord` ("de Ronde van
 * Zwitserland", "de Ronde van de Oise"), that word being no name the data knows or a place's (`knownName`,
 * `placeName`): an event's short name before it may head another event of its pattern (headsItsOwnPattern). A
 * person's name after it is about the event itself ("Tour de Pogačar").
 */
export function placeJoinedAfter(
  scan: ScanResult,
  lastWord: number,
  language: Lang,
  knownName: (w: number) => boolean,
  placeName: (w: number) => boolean,
): boolean {
  const joiners = JOINERS.get(language);
  let w = lastWord + 1;
  if (
    !joiners?.has(wordText(scan, w)) ||
    initialCase(scan, w) !== 'lower' ||
    gapAfter(scan, lastWord) !== ' '
  )
    return false;
  if (ARTICLES.get(language)?.has(wordText(scan, w + 1)) && initialCase(scan, w + 1) === 'lower') w++;
  const name = w + 1;
  if (name >= scan.words.count || !/^(?: |['’])$/u.test(gapAfter(scan, w))) return false;
  return nameLikeWord(scan, name) && (!knownName(name) || placeName(name));
}

const headedNamesCache = new WeakMap<AliasTable, Map<string, ReadonlySet<string>>>();

/**
 * The entities that bear a name opening with `opening` (folded, with the space after it: "ronde van "), read in one
 * pass over the alias table's texts the first time it is asked for, and only those aliases made that open so.
 */
function entitiesNamed(aliases: AliasTable, opening: string): ReadonlySet<string> {
  let cache = headedNamesCache.get(aliases);
  if (!cache) headedNamesCache.set(aliases, (cache = new Map()));
  const known = cache.get(opening);
  if (known) return known;
  const wanted = new TextEncoder().encode(opening);
  const entities = new Set<string>();
  forEachAliasOpening(aliases, wanted.length, (i, bytes, length) => {
    if (length < wanted.length) return;
    for (let k = 0; k < wanted.length; k++) {
      const byte = bytes[k] as number;
      if ((byte >= 0x41 && byte <= 0x5a ? byte | 0x20 : byte) !== wanted[k]) return;
    }
    entities.add(aliases.get(i).entityId);
  });
  cache.set(opening, entities);
  return entities;
}

/** The joiners of every language: an event's name keeps its own language's in another's text ("Tour de France"). */
const EVERY_JOINER: readonly string[] = [
  ...new Set([...JOINERS.values()].flatMap((joiners) => [...joiners])),
];

/**
 * Whether the event `entityId`, named by its short name ending at word `lastWord`, bears a longer name that goes on
 * from it with the joiner after it or with a joiner of another language ("Ronde van Vlaanderen" after "de Ronde van
 * Zwitserland", "Tour de France" after "the Tour of the Netherlands"): another name of that pattern is another
 * event. An event whose names do not go on so is named by its edition there ("de Spelen van Sydney", "het WK van
 * Qatar").
 */
export function headsItsOwnPattern(
  scan: ScanResult,
  lastWord: number,
  entityId: string,
  aliases: AliasTable,
): boolean {
  const short = wordText(scan, lastWord);
  const joiners = new Set([wordText(scan, lastWord + 1), ...EVERY_JOINER]);
  return [...joiners].some((joiner) => entitiesNamed(aliases, `${short} ${joiner} `).has(entityId));
}
