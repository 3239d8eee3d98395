/**
 * Headlines and other title lines (a live blog's entry titles, subheads, captions): short lines that are not
 * sentences. They break two habits of prose that the resolver leans on. They name people by surname before the text
 * below names them in full ("Assad and family granted asylum", then "Bashar al-Assad"); and in English they are
 * often in Title Case, where a capital next to a name says nothing about a longer name.
 */
import type { ScanResult } from '../scan/match';

/** Longest title line, in characters as written; a longer line is prose. */
const MAX_TITLE_CHARS = 160;
/** Words of at least this many letters are capitalised in Title Case (AP and Chicago lower short function words). */
const TITLE_CASE_MIN_LETTERS = 4;
/** Fewest such words for a line to count as Title Case: "Jordan Reopens Border" but not "Assad Speaks". */
const TITLE_CASE_MIN_WORDS = 3;

const LINE_FEED = 0x0a;
const LINE_SEPARATOR = 0x2028;
const PARAGRAPH_SEPARATOR = 0x2029;

function isLineBreak(unit: number): boolean {
  return unit === LINE_FEED || unit === LINE_SEPARATOR || unit === PARAGRAPH_SEPARATOR;
}

/** What the line around a span is. */
export interface LineKind {
  /** A short line that does not end as a sentence does: a headline, a subhead, an entry title. */
  title: boolean;
  /** A title line with every word of four letters or more capitalised as written. */
  titleCase: boolean;
  /** A row of results or of a table (isRow), prose to the resolver, whose every capital is a name's. */
  row?: boolean;
}

const PROSE: LineKind = { title: false, titleCase: false };
const ROW: LineKind = { title: false, titleCase: false, row: true };

/**
 * Whether a line break lies between words `w - 1` and `w`, as written: the normalised text keeps only paragraph
 * breaks, and a page's text map puts a single one between a headline and the paragraph below it.
 */
export function lineBreakBefore(scan: ScanResult, w: number): boolean {
  const { original, originalEnds, originalStarts } = scan;
  for (let k = originalEnds[w - 1] as number; k < (originalStarts[w] as number); k++) {
    if (isLineBreak(original.charCodeAt(k))) return true;
  }
  return false;
}

/** How word `w` begins as written: with a capital, a small letter, or neither (a digit, a letter without case). */
export function initialCase(scan: ScanResult, w: number): 'upper' | 'lower' | undefined {
  return letterCase(scan.original.charAt(scan.originalStarts[w] as number));
}

/** A capital, a small letter, or neither (a digit, a letter without case). */
function letterCase(char: string): 'upper' | 'lower' | undefined {
  const upper = char.toUpperCase();
  if (char.toLowerCase() === upper) return undefined;
  return char === upper ? 'upper' : 'lower';
}

/** Fewest words in capitals beside a span, not names themselves, that make its line a run of capitals. */
const CAPITALS_RUN_MIN_WORDS = 2;

/** Whether `text` has a letter in upper (or title) case: a name as written has one, "sucre" or "praia" none. */
export function hasCapital(text: string): boolean {
  return text !== text.toLowerCase();
}

/** Whether `text` has a letter in lower case: a dateline's "BEIRUT" has none. */
export function hasSmallLetter(text: string): boolean {
  return text !== text.toUpperCase();
}

/** Whether word `w` as written has letters, all of them capitals: "WHO", "BLAME", "I". */
function inCapitalsAsWritten(scan: ScanResult, w: number): boolean {
  const word = scan.original.slice(scan.originalStarts[w], scan.originalEnds[w]);
  return hasCapital(word) && !hasSmallLetter(word);
}

/** Whether only white space lies between words `w` and `w + 1` as written (not "GENÈVE (AFP)"). */
function spaceOnlyAfter(scan: ScanResult, w: number): boolean {
  return /^\s+$/u.test(scan.original.slice(scan.originalEnds[w], scan.originalStarts[w + 1]));
}

/** Whether word `w` counts towards a run of capitals: two letters or more ("I" and the "L" of "L'envoyé" do not). */
function countsInRun(scan: ScanResult, w: number, taken: (w: number) => boolean): boolean {
  return !taken(w) && (scan.originalEnds[w] as number) - (scan.originalStarts[w] as number) >= 2;
}

/**
 * Whether words firstWord..lastWord stand in a run of words written in capitals with only spaces between them, with
 * at least CAPITALS_RUN_MIN_WORDS of them not part of a name (`taken`): a headline or a shout, where capitals do not
 * mark an acronym. "NATO EN VN" is no such run (its words are names), nor a dateline's "BEIRUT (AFP)". `minWords`
 * lowers the count for a span that spells a word of the language ("UN SUICIDE", French "un").
 */
export function inCapitals(
  scan: ScanResult,
  firstWord: number,
  lastWord: number,
  taken: (w: number) => boolean,
  minWords = CAPITALS_RUN_MIN_WORDS,
): boolean {
  let others = 0;
  for (let w = firstWord - 1; w >= 0 && spaceOnlyAfter(scan, w) && inCapitalsAsWritten(scan, w); w--) {
    if (countsInRun(scan, w, taken) && ++others >= minWords) return true;
  }
  for (
    let w = lastWord + 1;
    w < scan.words.count && spaceOnlyAfter(scan, w - 1) && inCapitalsAsWritten(scan, w);
    w++
  ) {
    if (countsInRun(scan, w, taken) && ++others >= minWords) return true;
  }
  return false;
}

/** The kind of the line that holds words firstWord..lastWord. */
export function lineKind(scan: ScanResult, firstWord: number, lastWord: number): LineKind {
  const { words, original, originalStarts, originalEnds } = scan;
  // Walked no further than a title line can reach, so that a page of prose without line breaks costs no more.
  const end = originalEnds[lastWord] as number;
  let first = firstWord;
  while (first > 0 && !lineBreakBefore(scan, first)) {
    first--;
    if (end - (originalStarts[first] as number) > MAX_TITLE_CHARS) return PROSE;
  }
  const from = originalStarts[first] as number;
  let last = lastWord;
  while (last + 1 < words.count && !lineBreakBefore(scan, last + 1)) {
    last++;
    if ((originalEnds[last] as number) - from > MAX_TITLE_CHARS) return PROSE;
  }
  let to = originalEnds[last] as number;
  while (to < original.length && to - from <= MAX_TITLE_CHARS && !isLineBreak(original.charCodeAt(to))) to++;
  // From the line's start as written, with what stands before its first word: the dash of a sign-off.
  let lineStart = from;
  while (
    lineStart > 0 &&
    from - lineStart < MAX_TITLE_CHARS &&
    !isLineBreak(original.charCodeAt(lineStart - 1))
  )
    lineStart--;
  const line = original.slice(lineStart, to);
  if (!isTitleLine(line)) return PROSE;
  if (isRow(line)) return ROW;
  return { title: true, titleCase: isTitleCase(line) };
}

/**
 * Two figures side by side, each with its decimals, thousands or parts: a table's columns ("24 4 6 14"), a score and
 * the half-time score ("1 (0-0)"). A headline sets words between its figures ("Sales Rise 12 Percent in 1996").
 */
const FIGURES_SIDE_BY_SIDE = /(?<![\p{L}\p{N}.,:/-])\p{N}+(?:[.,:/-]\p{N}+)*[\s()]+\p{N}/u;
/** A parenthesis opened by a figure: a scorer's minute ("(24th)"), a score ("(0-0)"), a speed ("(113.576"). */
const FIGURE_IN_PARENTHESES = /\(\s*\p{N}/u;
/** A rank that opens a row of results: "1.", "16.", "5 -". */
const OPENS_WITH_RANK = /^\s*\p{N}{1,3}(?:\.|\s+-)\s+\p{L}/u;
/**
 * A name and its country or club in parentheses, twice on a line: a draw or a list of players ("AEK Athens (Greece)
 * v Chemlon Humenne (Slovakia)", "Thomas Bjorn (Denmark), Fernando Roca (Spain)"). A headline sets one aside at most
 * ("Assad Flees Damascus (Update 2)").
 */
const NAMES_IN_PARENTHESES = /(?:\p{L}\s*\(\s*\p{Lu}[^()\d]*\)[^()]*){2}/u;

/**
 * Whether a line is a row of results or of a table: opened by a rank ("1. Allen Johnson (U.S.) 12.92 seconds"),
 * holding figures side by side ("Lada Togliatti 24 4 6 14 15 37 18"), a figure in parentheses ("Valletta - Gilbert
 * Agius (24th)") or names in parentheses (NAMES_IN_PARENTHESES). It has no full stop and is short, but its capitals are names', not a headline's.
 */
function isRow(line: string): boolean {
  return (
    OPENS_WITH_RANK.test(line) ||
    FIGURES_SIDE_BY_SIDE.test(line) ||
    FIGURE_IN_PARENTHESES.test(line) ||
    NAMES_IN_PARENTHESES.test(line)
  );
}

/**
 * A line that opens with a dash is a sign-off, a credit or a line of dialogue, not a title: "-- Warsaw Newsroom +48 22
 * 653 9700", "— Reuters", "-- Harry Milling, New York Energy Desk". Its capitals are a name's, as in prose.
 */
const OPENS_WITH_DASH = /^\s*[-–—]/u;

/**
 * Whether a line as written (without its line break) is a title line: short, not ended by a full stop, and not
 * opened by a dash.
 */
export function isTitleLine(line: string): boolean {
  const trimmed = line.trimEnd();
  return (
    trimmed.length > 0 &&
    trimmed.length <= MAX_TITLE_CHARS &&
    !trimmed.endsWith('.') &&
    !OPENS_WITH_DASH.test(trimmed)
  );
}

const LINE_WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’]*/gu;

/** Whether a title line capitalises every word of four letters or more, with enough of them to tell. */
export function isTitleCase(line: string): boolean {
  let long = 0;
  for (const [word] of line.matchAll(LINE_WORD)) {
    if (word.length < TITLE_CASE_MIN_LETTERS) continue;
    const initial = letterCase(word.charAt(0));
    if (initial === 'lower') return false;
    if (initial === 'upper') long++;
  }
  return long >= TITLE_CASE_MIN_WORDS;
}
