/**
 * Context cues: words near an ambiguous name that show which entity the article means ("het agentschap Sana").
 * Cues of every language count, since articles quote and borrow; they match whole words, case and diacritics folded.
 */
import { initialCase, lineBreakBefore } from './headline';
import type { CompiledIndex } from '../kb/index-format';
import { keyWords } from '../text/key-words';
import type { ScanResult } from '../scan/match';
import { escapeRegExp, hasTrait, knowledgeOf, ofEveryLanguage } from '../text/language-knowledge';
import { CLASS_NOUNS, folded, JOINERS, TITLES } from './name-words';

/** How many words before and after a name are searched for a cue. */
export const CUE_WINDOW_WORDS = 8;

/** One cue as matching keys: a single word ("agentschap") or several ("news agency"). */
export interface Cue {
  words: string[];
}

/** Cues per entity id: a map prepared once per index, or a lookup that reads them one entity at a time. */
export interface CueTable {
  get(entityId: string): readonly Cue[] | undefined;
}

/**
 * Every entity's cues as their key words joined by spaces, each once ("Agentschap" and "agentschap" in two
 * languages are one cue): what index.bin stores, so that a woken background does not fold two thousand cue texts
 * before its first answer (it took 5–10 ms in Node, and about 20 ms of a wake in Chromium).
 */
export type CueKeys = Record<string, string[]>;

export function cueKeysOf(cues: CompiledIndex['cues']): CueKeys {
  const keys: CueKeys = {};
  for (const [entityId, perLanguage] of Object.entries(cues)) {
    const unique = new Set<string>();
    for (const text of Object.values(perLanguage).flat()) {
      const words = keyWords(text ?? '');
      if (words.length > 0) unique.add(words.join(' '));
    }
    if (unique.size > 0) keys[entityId] = [...unique];
  }
  return keys;
}

/** Cues from their keys (cueKeysOf), as the cue table holds them. */
export function cuesFromKeys(keys: readonly string[]): Cue[] {
  return keys.map((cue) => ({ words: cue.split(' ') }));
}

/** The cue table of cue keys (cueKeysOf): each cue split into its words once, so a window compares in place. */
export function cueTableFromKeys(keys: CueKeys): CueTable {
  const table = new Map<string, Cue[]>();
  for (const [entityId, joined] of Object.entries(keys))
    table.set(
      entityId,
      joined.map((cue) => ({ words: cue.split(' ') })),
    );
  return table;
}

/** The cue table of an index's cue texts. */
export function buildCueTable(cues: CompiledIndex['cues']): CueTable {
  return cueTableFromKeys(cueKeysOf(cues));
}

/** Whether the words of `cue` stand in the scanned text from word `at` on. Allocates nothing. */
export function cueAt(scan: ScanResult, cue: Cue, at: number): boolean {
  const { words, text } = scan;
  if (at < 0 || at + cue.words.length > words.count) return false;
  return cue.words.every((word, k) => {
    const start = words.starts[at + k] as number;
    return (words.ends[at + k] as number) - start === word.length && text.startsWith(word, start);
  });
}

/** The original text of words first..last, e.g. "ANP" where the pack lists the cue as "anp". */
function originalWords(scan: ScanResult, first: number, last: number): string {
  return scan.original.slice(scan.originalStarts[first], scan.originalEnds[last]);
}

/**
 * The first cue of an entity within CUE_WINDOW_WORDS words before or after the words firstWord..lastWord (nearest
 * first), as written in the article, or undefined. Words for which `named` holds (given a cue's first and last word)
 * are part of another name and no cue: the "Club" of "Club Brugge" says nothing about the "Anderlecht" next to it
 * (Club Brugge itself may).
 */
export function findCueNear(
  scan: ScanResult,
  cues: readonly Cue[] | undefined,
  firstWord: number,
  lastWord: number,
  named?: (first: number, last: number) => boolean,
): string | undefined {
  if (!cues) return undefined;
  const byFirstWord = firstWordIndex(cues);
  const { text } = scan;
  for (let distance = 1; distance <= CUE_WINDOW_WORDS; distance++) {
    for (const at of [firstWord - distance, lastWord + distance]) {
      if (at < 0 || at >= scan.words.count) continue;
      const starting = byFirstWord.get(text.slice(scan.words.starts[at], scan.words.ends[at]));
      const cue = starting?.find(
        (candidate) => cueAt(scan, candidate, at) && !named?.(at, at + candidate.words.length - 1),
      );
      if (cue) return originalWords(scan, at, at + cue.words.length - 1);
    }
  }
  return undefined;
}

/** Where each word of an article stands, by its text: made once per scanned text. */
const wordPlaces = new WeakMap<ScanResult, Map<string, number[]>>();

function placesOfWords(scan: ScanResult): Map<string, number[]> {
  let places = wordPlaces.get(scan);
  if (!places) {
    places = new Map();
    const { text, words } = scan;
    for (let w = 0; w < words.count; w++) {
      const word = text.slice(words.starts[w], words.ends[w]);
      const at = places.get(word);
      if (at) at.push(w);
      else places.set(word, [w]);
    }
    wordPlaces.set(scan, places);
  }
  return places;
}

/**
 * The distinct cues of an entity that the article writes anywhere, as written, first found first: what the article
 * is about. Words for which `named` holds are part of another name and no cue, as beside a name (findCueNear).
 */
export function cuesInArticle(
  scan: ScanResult,
  cues: readonly Cue[] | undefined,
  named?: (first: number, last: number) => boolean,
): string[] {
  if (!cues) return [];
  const places = placesOfWords(scan);
  const found: { at: number; text: string }[] = [];
  for (const cue of cues) {
    const at = places
      .get(cue.words[0] as string)
      ?.find((w) => cueAt(scan, cue, w) && !named?.(w, w + cue.words.length - 1));
    if (at !== undefined) found.push({ at, text: originalWords(scan, at, at + cue.words.length - 1) });
  }
  const texts = found.sort((a, b) => a.at - b.at).map((cue) => cue.text);
  return texts.filter(
    (text, k) => texts.findIndex((other) => other.toLowerCase() === text.toLowerCase()) === k,
  );
}

const firstWordIndexes = new WeakMap<readonly Cue[], Map<string, Cue[]>>();

/**
 * An entity's cues by their first word, in list order, made once per cue list: a club has some sixty cue words in
 * four languages, and each of the sixteen words around a name is then one lookup instead of sixty comparisons.
 */
function firstWordIndex(cues: readonly Cue[]): Map<string, Cue[]> {
  let index = firstWordIndexes.get(cues);
  if (!index) {
    index = new Map();
    for (const cue of cues) {
      const first = cue.words[0] as string;
      index.set(first, [...(index.get(first) ?? []), cue]);
    }
    firstWordIndexes.set(cues, index);
  }
  return index;
}

/**
 * Days, months and the clock, of the languages that write them with a capital (calendarWords): times, not names the
 * data should explain. In lower case, not folded.
 */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(ofEveryLanguage((k) => k.calendarWords));

/**
 * Capitalised words that stand beside a place's name without making it part of a longer one: the days, months and
 * clock of a dateline ("Damascus Sunday"), the parts of a city ("East Jerusalem", "Greater London") and what only a
 * place has ("London Mayor Sadiq Khan", "Paris Police"), never a person.
 */
export const BESIDE_A_PLACE: ReadonlySet<string> = new Set([
  ...CALENDAR_WORDS,
  ...ofEveryLanguage((k) => k.besideAPlace),
]);

/**
 * Whether word `w` starts a sentence: the first word, or after a line break (also one the normalised text folds
 * into a space: a page's headline and its first paragraph), a full stop, a question or exclamation mark, or a colon.
 */
export function startsSentence(scan: ScanResult, w: number): boolean {
  if (w === 0 || lineBreakBefore(scan, w)) return true;
  const { text } = scan;
  for (let k = scan.words.ends[w - 1] as number; k < (scan.words.starts[w] as number); k++) {
    const unit = text.charCodeAt(k);
    // A paragraph break the normalised text kept, also one written as U+2029 rather than with line feeds.
    if (unit === 0x2e || unit === 0x21 || unit === 0x3f || unit === 0x3a || unit === 0x0a) return true;
  }
  return false;
}

/** Whether words `a` and `a + 1` are separated by one space and nothing else. */
function spaceBetween(scan: ScanResult, a: number): boolean {
  const from = scan.words.ends[a] as number;
  const to = scan.words.starts[a + 1] as number;
  return to - from === 1 && scan.text.charCodeAt(from) === 0x20;
}

/**
 * Prepositions that put a place right after them, in the languages where they do not also name a club or a company
 * (locatives): "in Brugge", "te Brugge", "naar Brugge", "nach Brügge". Not French "à" ("il joue à Anderlecht" is the
 * club: placeOnlyLocatives), nor English "at" or "from" ("his years at Anderlecht", "signed from Anderlecht").
 */
const LOCATIVES = folded(ofEveryLanguage((k) => k.locatives));
/**
 * Words that take "in" for what they are about, not where (inMeansAbout): "vertrouwen in Anderlecht" is trust in the
 * club, "Vertrauen in Bayern", "invest in Brugge".
 */
const GOVERNS_IN = folded(ofEveryLanguage((k) => k.inMeansAbout));
/** A possessive ending after the name (possessiveEndings): "in Anderlecht's history" is the club's. */
const POSSESSIVE = new RegExp(
  `^(?:${ofEveryLanguage((k) => k.possessiveEndings)
    .map(escapeRegExp)
    .join('|')})\\b`,
  'u',
);

/**
 * A wire story's dateline place, as a pattern: "GENEVA", "Damas", "SAN JOSÉ", a town and its river "Frankfurt/Main"
 * (the gap list reads it too).
 */
export const DATELINE_PLACE = `\\p{Lu}[\\p{L}.'’-]*(?:(?:\\s+|/)\\p{Lu}[\\p{L}.'’-]*)*`;
/** A wire story's dateline up to an agency's parenthesis: "GENEVA (", "DAMASCUS, May 21 (", "Beirut (". */
const DATELINE_BEFORE = new RegExp(`^\\s*${DATELINE_PLACE}(?:,[^()\\n]{1,30})?[ \\t]*\\($`, 'u');
/** …and after it: the parenthesis closed, then a dash or the story's first word ("Berlin (AP) Die Regierung"). */
const DATELINE_AFTER = /^\)(?:[ \t]*[-–—]|[ \t]+(?=\p{Lu}\p{Ll}))/u;
/** The longest dateline read, in characters: a place, maybe a date and the agency. */
export const MAX_DATELINE = 60;

/**
 * Words firstWord..lastWord as offsets in the written text, with the start of their line, or undefined when that
 * start is more than `max` characters back.
 */
function spanInLine(
  scan: ScanResult,
  firstWord: number,
  lastWord: number,
  max: number,
): { start: number; end: number; lineStart: number } | undefined {
  const { original } = scan;
  const start = scan.originalStarts[firstWord] as number;
  let lineStart = start;
  while (lineStart > 0 && start - lineStart <= max && original.charCodeAt(lineStart - 1) !== 0x0a)
    lineStart--;
  if (start - lineStart > max) return undefined;
  return { start, end: scan.originalEnds[lastWord] as number, lineStart };
}

/**
 * The dateline words firstWord..lastWord stand in as its agency ("GENEVA (AP) —"), as written, or undefined: a wire
 * story names its agency there, so that is a cue for an agency whose acronym is also something else.
 */
export function datelineAround(scan: ScanResult, firstWord: number, lastWord: number): string | undefined {
  const { original } = scan;
  const inLine = spanInLine(scan, firstWord, lastWord, MAX_DATELINE);
  if (!inLine) return undefined;
  const { start, end, lineStart } = inLine;
  if (!DATELINE_BEFORE.test(original.slice(lineStart, start))) return undefined;
  const after = DATELINE_AFTER.exec(original.slice(end, end + 4));
  return after ? original.slice(lineStart, end + after[0].length).trim() : undefined;
}

/** The words that open a credit line (creditWords), as written: "(Foto Belga)", "(Reporting by …". */
const CREDIT_OPENER = ofEveryLanguage((k) => k.creditWords)
  .map(escapeRegExp)
  .join('|');
/** Another source on a credit line: a capitalised word and at most two more ("Reuters", "Eigen berichtgeving"). */
const OTHER_SOURCE = String.raw`\p{Lu}[\p{L}\p{N}.'’-]*(?:[ \t]+[\p{L}\p{N}.'’-]+){0,2}`;
/** What a credit line holds before a source's name: a parenthesis, a credit word, other sources and their "/" or "&". */
const CREDIT_BEFORE = new RegExp(
  String.raw`^[ \t]*\(?[ \t]*(?:(?:${CREDIT_OPENER})[ \t]+)?(?:${OTHER_SOURCE}[ \t]*[/&,][ \t]*)*$`,
  'u',
);
/** …and after it: other sources after their "/" or "&", the parenthesis closed, a full stop. */
const CREDIT_AFTER = new RegExp(String.raw`^(?:[ \t]*[/&,][ \t]*${OTHER_SOURCE})*[ \t]*\)?\.?[ \t]*$`, 'u');
/** The longest credit line read, in characters. */
const MAX_CREDIT_LINE = 60;

/**
 * The credit line words firstWord..lastWord stand on as a source, as written, or undefined: a line of its own that
 * holds nothing but sources, in parentheses or after a credit word ("(Belga)", "Foto Belga.", "Belga / Eigen
 * berichtgeving", "DPA / Reuters", "Bloomberg"). A news story credits its agency so, which says that a name that is
 * also a word or a currency is the agency there.
 */
export function creditLineAround(scan: ScanResult, firstWord: number, lastWord: number): string | undefined {
  const { original } = scan;
  const inLine = spanInLine(scan, firstWord, lastWord, MAX_CREDIT_LINE);
  if (!inLine) return undefined;
  const { start, end, lineStart } = inLine;
  let lineEnd = end;
  while (
    lineEnd < original.length &&
    lineEnd - end <= MAX_CREDIT_LINE &&
    original.charCodeAt(lineEnd) !== 0x0a
  )
    lineEnd++;
  if (lineEnd - lineStart > MAX_CREDIT_LINE) return undefined;
  if (!CREDIT_BEFORE.test(original.slice(lineStart, start))) return undefined;
  if (!CREDIT_AFTER.test(original.slice(end, lineEnd))) return undefined;
  return original.slice(lineStart, lineEnd).trim();
}

/** Prepositions that name a club by its town as often as a place (placeOnlyLocatives), as written: French "à". */
const PLACE_ONLY_LOCATIVES: ReadonlySet<string> = new Set(ofEveryLanguage((k) => k.placeOnlyLocatives));

/**
 * A preposition of placeOnlyLocatives right before words firstWord..lastWord, as written (French "à", not an English
 * "a"), or undefined. It names clubs by their town as often as places ("il joue à Anderlecht"), so it counts only
 * where every meaning is a place.
 */
export function placeOnlyLocativeBefore(scan: ScanResult, firstWord: number): string | undefined {
  const before = firstWord - 1;
  if (before < 0 || !spaceBetween(scan, before) || lineBreakBefore(scan, firstWord)) return undefined;
  const word = scan.original.slice(scan.originalStarts[before], scan.originalEnds[before]);
  return PLACE_ONLY_LOCATIVES.has(word.toLowerCase()) ? word : undefined;
}

/**
 * A preposition of the article's language that says whose or of what as much as where (genitiveLocatives: French
 * "de", "d'") right before word firstWord, as written, or undefined. After a word in lower case that is no title it
 * puts a place there ("le correspondant de Berne", "la prise de Varna", "l'évêque d'Arras", "Favre, de Neuchâtel");
 * after a capitalised word or a title it is a person's particle ("Charles de Gaulle", "M. de Vienne", "le général de
 * Castelnau"). It counts only where every meaning is a place, as a place-only locative does.
 */
export function genitiveLocativeBefore(
  scan: ScanResult,
  firstWord: number,
  language: string | undefined,
): string | undefined {
  const prepositions = knowledgeOf(language)?.genitiveLocatives;
  const before = firstWord - 1;
  if (!prepositions?.length || before < 0 || lineBreakBefore(scan, firstWord)) return undefined;
  const { original, originalStarts, originalEnds } = scan;
  const gap = original.slice(originalEnds[before], originalStarts[firstWord]);
  const word = original.slice(originalStarts[before], originalEnds[before]);
  const written = gap === ' ' ? word : /^['’]$/u.test(gap) ? `${word}'` : undefined;
  if (written === undefined || !prepositions.includes(written)) return undefined;
  const governor = before - 1;
  if (
    governor >= 0 &&
    !lineBreakBefore(scan, before) &&
    /^[ .\u00a0]*$/u.test(original.slice(originalEnds[governor], originalStarts[before])) &&
    (initialCase(scan, governor) === 'upper' ||
      TITLES.has(scan.text.slice(scan.words.starts[governor], scan.words.ends[governor])))
  )
    return undefined;
  return original.slice(originalStarts[before], originalStarts[firstWord]).trim();
}

/**
 * Whether word `w` follows the word before it after a comma and spaces only, as written: a list ("Antwerpen, Gent")
 * or an apposition ("Hamilton, Bermuda").
 */
export function commaBefore(scan: ScanResult, w: number): boolean {
  if (w <= 0 || w >= scan.words.count) return false;
  return /^,[ \t\u00a0]+$/u.test(scan.original.slice(scan.originalEnds[w - 1], scan.originalStarts[w]));
}

/** Whether word `w` opens a parenthesis right after the word before it: "Leclerc (Ferrari". */
export function bracketOpensAt(scan: ScanResult, w: number): boolean {
  if (w <= 0 || w >= scan.words.count) return false;
  return /^[ \t\u00a0]*\([ \t\u00a0]*$/u.test(
    scan.original.slice(scan.originalEnds[w - 1], scan.originalStarts[w]),
  );
}

/** Whether a parenthesis closes right after word `w`, spaces aside: "(Ferrari)". */
export function bracketClosesAfter(scan: ScanResult, w: number): boolean {
  if (w < 0 || w >= scan.words.count) return false;
  let at = scan.originalEnds[w] as number;
  while (at < scan.original.length && /[ \t\u00a0]/u.test(scan.original.charAt(at))) at++;
  return scan.original.charAt(at) === ')';
}

/** Words that join a list of names (and, or): a preposition before the list governs all of it. */
const LIST_JOINERS = folded(ofEveryLanguage((k) => [...k.and, ...k.or]));

/**
 * The locative preposition before words firstWord..lastWord (one space between, as written), or undefined: right
 * before them, or before the list they end ("in Antwerpen en Gent", "in Antwerpen, Gent en Brugge"), when
 * `nameEndingAt` gives the first word of the name that ends at a word.
 */
export function locativeBefore(
  scan: ScanResult,
  firstWord: number,
  lastWord: number,
  nameEndingAt?: (w: number) => number | undefined,
): string | undefined {
  const after = scan.originalEnds[lastWord] as number;
  if (POSSESSIVE.test(scan.original.slice(after, after + 3))) return undefined;
  return prepositionBefore(scan, firstWord, nameEndingAt);
}

function prepositionBefore(
  scan: ScanResult,
  firstWord: number,
  nameEndingAt: ((w: number) => number | undefined) | undefined,
): string | undefined {
  const before = firstWord - 1;
  if (before < 0 || lineBreakBefore(scan, firstWord)) return undefined;
  const { text, words, original } = scan;
  const word = text.slice(words.starts[before] as number, words.ends[before] as number);
  if (spaceBetween(scan, before) && LOCATIVES.has(word)) {
    const governor = before - 1;
    if (
      governor >= 0 &&
      GOVERNS_IN.has(text.slice(words.starts[governor] as number, words.ends[governor] as number))
    )
      return undefined;
    return original.slice(scan.originalStarts[before] as number, scan.originalEnds[before] as number);
  }
  if (!nameEndingAt) return undefined;
  const previousFirst = previousInList(scan, firstWord, nameEndingAt);
  return previousFirst === undefined ? undefined : prepositionBefore(scan, previousFirst, nameEndingAt);
}

/**
 * The first word of the name before words firstWord.. in a list, across a joining word ("Antwerpen en Gent") or a
 * comma ("Antwerpen, Gent"), or undefined; `nameEndingAt` gives the first word of the name that ends at a word.
 */
export function previousInList(
  scan: ScanResult,
  firstWord: number,
  nameEndingAt: (w: number) => number | undefined,
): number | undefined {
  const before = firstWord - 1;
  if (before < 0 || lineBreakBefore(scan, firstWord)) return undefined;
  const { text, words } = scan;
  const word = text.slice(words.starts[before] as number, words.ends[before] as number);
  const joined =
    spaceBetween(scan, before) && LIST_JOINERS.has(word) && before > 0 && spaceBetween(scan, before - 1);
  const previousLast = joined ? before - 1 : commaBefore(scan, firstWord) ? before : -1;
  return previousLast >= 0 ? nameEndingAt(previousLast) : undefined;
}

/** Where the words around a span may belong to a longer proper name, and what may stand there anyway. */
export interface NameNeighbours {
  /** Words inside another mention: a known name next to this one is no unknown name. */
  taken: (w: number) => boolean;
  /** The cues of the entities the span may mean: "Fluss Jordan" is a cue, not a name. */
  cues: readonly Cue[];
  /** The article's language: where every noun has a capital (capitalisesNouns), a capital after a name says nothing. */
  language?: string;
  /** The span stands in a Title Case line (headline.ts), where every longer word has a capital. */
  titleCase?: boolean;
  /** Words that may stand capitalised next to the name and are no part of it: days ("Damascus Sunday"), "East". */
  besides?: ReadonlySet<string>;
  /** Only the word after the name counts ("Paris Hilton"), not the one before ("die Hauptstadt Paris"). */
  afterOnly?: boolean;
  /**
   * Whether the capitalised word at `w` is a common noun, where every noun has a capital: the noun of a phrase that an
   * article opens stands before a name as its descriptor ("der Ortsgruppe Amberg"), not as part of it.
   */
  commonNoun?: (w: number) => boolean;
}

/**
 * Whether the span firstWord..lastWord looks like part of a longer proper name the data does not hold: a capitalised
 * word right next to it (one space, same sentence) that is neither a known name, a cue nor a title ("Sana Mir",
 * "Jordan Bardella", "Michael Jordan"). An ambiguous alias there is somebody's first or last name.
 */
export function inLongerName(
  scan: ScanResult,
  firstWord: number,
  lastWord: number,
  around: NameNeighbours,
): boolean {
  const unknownName = (w: number) => {
    if (w < 0 || w >= scan.words.count || around.taken(w) || initialCase(scan, w) !== 'upper') return false;
    if (startsSentence(scan, w)) return false;
    const { text } = scan;
    const word = text.slice(scan.words.starts[w] as number, scan.words.ends[w] as number);
    if (TITLES.has(word) || CLASS_NOUNS.has(word) || around.besides?.has(word)) return false;
    return !around.cues.some((cue) => cueAt(scan, cue, w) || cueAt(scan, cue, w - cue.words.length + 1));
  };
  if (around.titleCase) return false;
  const before = firstWord - 1;
  if (
    !around.afterOnly &&
    before >= 0 &&
    spaceBetween(scan, before) &&
    !startsSentence(scan, firstWord) &&
    unknownName(before) &&
    !(around.commonNoun?.(before) ?? false)
  )
    return true;
  const after = lastWord + 1;
  return (
    !hasTrait(around.language, 'capitalisesNouns') &&
    after < scan.words.count &&
    spaceBetween(scan, lastWord) &&
    unknownName(after)
  );
}

/** The joiners of every language ("of", "van", "de", "d"), which may stand between a kind noun and its name. */
const ANY_JOINER: ReadonlySet<string> = new Set([...JOINERS.values()].flatMap((joiners) => [...joiners]));

/** A noun that names a kind of place, as written, and the classes of the places it fits. */
export interface ClassNoun {
  text: string;
  classes: ReadonlySet<string>;
}

/**
 * The noun that names what kind of place words firstWord.. are, right before them or before the list they are in,
 * across a joiner ("the cities of Kahramanmaras and Gaziantep", "de provincie Limburg", "la province d'Idleb", "die
 * Provinzen Idlib und Hama"), or undefined; `nameEndingAt` gives the first word of the name that ends at a word.
 */
export function classNounBefore(
  scan: ScanResult,
  firstWord: number,
  nameEndingAt: (w: number) => number | undefined,
): ClassNoun | undefined {
  const { text, words, original } = scan;
  const word = (w: number) => text.slice(words.starts[w] as number, words.ends[w] as number);
  const gap = (w: number) => original.slice(scan.originalEnds[w], scan.originalStarts[w + 1]);
  for (let first: number | undefined = firstWord, names = 0; first !== undefined && names < 12; names++) {
    let noun = first - 1;
    if (noun >= 0 && !lineBreakBefore(scan, first) && /^(?: |['’])$/u.test(gap(noun))) {
      const joined = ANY_JOINER.has(word(noun));
      if (joined && noun > 0 && gap(noun - 1) === ' ') noun -= 1;
      else if (gap(noun) !== ' ') noun = -1;
      const classes = noun >= 0 ? CLASS_NOUNS.get(word(noun)) : undefined;
      if (classes)
        return { text: original.slice(scan.originalStarts[noun], scan.originalEnds[noun]), classes };
    }
    first = previousInList(scan, first, nameEndingAt);
  }
  return undefined;
}
