/**
 * Headlines and other title lines (a live blog's entry titles, subheads, captions): short lines that are not
 * sentences. They break two habits of prose that the resolver leans on. They name people by surname before the text
 * below names them in full ("Assad and family granted asylum", then "Bashar al-Assad"); and in English they are
 * often in Title Case, where a capital next to a name says nothing about a longer name.
 */
import type { ScanResult } from './match';

/** Longest title line, in characters as written; a longer line is prose. */
const MAX_TITLE_CHARS = 160;
/** Words of at least this many letters are capitalised in Title Case (AP and Chicago lower short function words). */
const TITLE_CASE_MIN_LETTERS = 4;
/** Fewest such words for a line to count as Title Case: "Jordan Reopens Border" but not "Assad Speaks". */
const TITLE_CASE_MIN_WORDS = 3;

const LINE_FEED = 0x0a;
const FULL_STOP = 0x2e;

/** What the line around a span is. */
export interface LineKind {
  /** A short line that does not end as a sentence does: a headline, a subhead, an entry title. */
  title: boolean;
  /** A title line with every word of four letters or more capitalised as written. */
  titleCase: boolean;
}

const PROSE: LineKind = { title: false, titleCase: false };

/**
 * Whether a line break lies between words `w - 1` and `w`, as written: the normalised text keeps only paragraph
 * breaks, and a page's text map puts a single one between a headline and the paragraph below it.
 */
export function lineBreakBefore(scan: ScanResult, w: number): boolean {
  const { original, originalEnds, originalStarts } = scan;
  for (let k = originalEnds[w - 1] as number; k < (originalStarts[w] as number); k++)
    if (original.charCodeAt(k) === LINE_FEED) return true;
  return false;
}

/** How word `w` begins as written: with a capital, a small letter, or neither (a digit, a letter without case). */
export function initialCase(scan: ScanResult, w: number): 'upper' | 'lower' | undefined {
  const first = scan.original.charAt(scan.originalStarts[w] as number);
  const lower = first.toLowerCase();
  const upper = first.toUpperCase();
  if (lower === upper) return undefined;
  return first === upper ? 'upper' : 'lower';
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
  // What follows the last word on the line: a full stop there makes it a sentence.
  for (let k = originalEnds[last] as number; k < original.length && k - from <= MAX_TITLE_CHARS; k++) {
    const unit = original.charCodeAt(k);
    if (unit === LINE_FEED) break;
    if (unit === FULL_STOP) return PROSE;
  }
  let long = 0;
  for (let w = first; w <= last; w++) {
    if ((words.ends[w] as number) - (words.starts[w] as number) < TITLE_CASE_MIN_LETTERS) continue;
    const initial = initialCase(scan, w);
    if (initial === 'lower') return { title: true, titleCase: false };
    if (initial === 'upper') long++;
  }
  return { title: true, titleCase: long >= TITLE_CASE_MIN_WORDS };
}
