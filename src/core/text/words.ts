/**
 * Word boundaries, the unit the matcher works in: a name only ever matches whole words, which is what keeps
 * "Sana" out of "Sanatorium" and "IS" out of "ISBN". Hyphens separate words, so "IS-strijders" contains "IS".
 */

/** The words of a text as parallel offset arrays (no object per word). */
export interface WordList {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const APOSTROPHE = 0x27;
/** "&" and "/" inside a name: CD&V, AT&T, CDU/CSU. */
const AMPERSAND = 0x26;
const SLASH = 0x2f;
const UNKNOWN = 0;
const WORD = 1;
const OTHER = 2;
/** Classification of every BMP code unit, filled on first sight: one regex test per distinct character, ever. */
const bmpClass = new Uint8Array(0x10000);
const astralIsWord = new Map<number, boolean>();

for (let c = 0; c < 0x80; c++) {
  const ascii = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  bmpClass[c] = ascii ? WORD : OTHER;
}

/** How many code units the word character at `index` takes (1, or 2 for a surrogate pair); 0 if not one. */
export function wordCharLength(text: string, index: number): number {
  if (index >= text.length) return 0;
  const unit = text.charCodeAt(index);
  if (unit >= 0xd800 && unit <= 0xdbff) {
    const codePoint = text.codePointAt(index) as number;
    if (codePoint <= 0xffff) return 0;
    let isWord = astralIsWord.get(codePoint);
    if (isWord === undefined)
      astralIsWord.set(codePoint, (isWord = WORD_CHAR.test(String.fromCodePoint(codePoint))));
    return isWord ? 2 : 0;
  }
  let kind = bmpClass[unit];
  if (kind === UNKNOWN) {
    kind = WORD_CHAR.test(String.fromCharCode(unit)) ? WORD : OTHER;
    bmpClass[unit] = kind;
  }
  return kind === WORD ? 1 : 0;
}

/**
 * Whether the apostrophe at `at` inside the word begun at `start` separates two words after all: after an elided
 * article or preposition (l'Irak, d'Assad, qu'il: at most two letters before it) or before a possessive s
 * (Syria's). Elsewhere it belongs to the word, so Sana'a (Yemen) is not Sana and Qur'an stays one word.
 * Aliases are split the same way, so "N'Djamena" still matches itself.
 */
function apostropheSplits(text: string, start: number, at: number): boolean {
  if (at - start <= 2) return true;
  const next = text.charCodeAt(at + 1);
  return (next === 0x73 || next === 0x53) && wordCharLength(text, at + 2) === 0;
}

/** Calls `visit` with the bounds of each word: runs of letters, digits and marks, with apostrophes inside. */
function forEachWord(text: string, visit: (start: number, end: number) => void): void {
  let i = 0;
  while (i < text.length) {
    let step = wordCharLength(text, i);
    if (step === 0) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      i += step;
      if (i >= text.length) break;
      step = wordCharLength(text, i);
      const apostrophe = step === 0 && text.charCodeAt(i) === APOSTROPHE;
      if (apostrophe && wordCharLength(text, i + 1) > 0 && !apostropheSplits(text, start, i)) step = 1;
      if (step === 0) break;
    }
    visit(start, i);
  }
}

/** The words of a (normalised) text as offsets, for scanning an article. */
export function findWords(text: string): WordList {
  let starts: Int32Array = new Int32Array(16 + (text.length >> 2));
  let ends: Int32Array = new Int32Array(starts.length);
  let count = 0;
  const length = text.length;
  let i = 0;
  while (i < length) {
    // ASCII separators are most of the gaps: skip them without a call.
    const unit = text.charCodeAt(i);
    if (unit < 0x80 && bmpClass[unit] === OTHER) {
      i++;
      continue;
    }
    let step = wordCharLength(text, i);
    if (step === 0) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      i += step;
      if (i >= length) break;
      const next = text.charCodeAt(i);
      if (next < 0x80 && bmpClass[next] === WORD) {
        step = 1;
        continue;
      }
      step = wordCharLength(text, i);
      const apostrophe = step === 0 && next === APOSTROPHE;
      if (apostrophe && wordCharLength(text, i + 1) > 0 && !apostropheSplits(text, start, i)) step = 1;
      if (step === 0) break;
    }
    if (count === starts.length) [starts, ends] = [grow(starts), grow(ends)];
    starts[count] = start;
    ends[count++] = i;
  }
  return { count, starts, ends };
}

/** The words of a short (normalised) text as strings, for aliases and cues. */
export function splitWords(text: string): string[] {
  const words: string[] = [];
  forEachWord(text, (start, end) => words.push(text.slice(start, end)));
  return words;
}

function grow(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** Text as a string or as its code units (the article scan keeps units and decodes nothing). */
export type CodeUnits = string | Uint16Array;

/** The code unit at `at` of a string or of code units. */
export function unitAt(text: CodeUnits, at: number): number {
  return typeof text === 'string' ? text.charCodeAt(at) : (text[at] ?? Number.NaN);
}

/**
 * Whether the gap between two words still joins them into one name: spaces, hyphens ("al-Assad" = "al Assad"),
 * apostrophes (N'Djamena), an ampersand ("CD&V", "AT&T", "Marks & Spencer") or a slash ("CDU/CSU"), or one dot
 * after an initial ("G.W. Bush", "U.S.") or an abbreviation without a vowel ("St. Gallen"), or between letters with
 * no space ("ver.di", "stern.de"). A dot after a longer word and before a space ends a sentence instead. A gap only
 * lets a known name run on: two names with a slash between stay two names where no alias spells both.
 */
export function isNameGap(text: CodeUnits, words: WordList, before: number): boolean {
  const from = words.ends[before] as number;
  const to = words.starts[before + 1] as number;
  if (to - from > 3) return false;
  let dots = 0;
  for (let k = from; k < to; k++) {
    const unit = unitAt(text, k);
    if (unit === 0x2e) dots++;
    else if (unit !== 0x20 && unit !== 0x2d && unit !== APOSTROPHE && unit !== AMPERSAND && unit !== SLASH)
      return false;
  }
  const length = from - (words.starts[before] as number);
  return (
    dots === 0 ||
    (dots === 1 && (length === 1 || to - from === 1 || isVowellessAbbreviation(text, from, length)))
  );
}

/**
 * Whether the `length` units before `end` are a short abbreviation without a vowel ("St", "Mt", "Ft", "Dr", "Mr",
 * "Jr"): no word or name of the four languages is written so, so its dot ends no sentence ("St. Gallen",
 * "Mt. Everest", "Dr. Dre").
 */
function isVowellessAbbreviation(text: CodeUnits, end: number, length: number): boolean {
  if (length < 2 || length > 3) return false;
  for (let k = end - length; k < end; k++) {
    // Folded to lower case as the WebAssembly walk folds it (name-match.ts): ASCII letters only.
    const unit = unitAt(text, k) | 0x20;
    if (unit < 0x61 || unit > 0x7a) return false;
    if (unit === 0x61 || unit === 0x65 || unit === 0x69 || unit === 0x6f || unit === 0x75 || unit === 0x79)
      return false;
  }
  return true;
}
