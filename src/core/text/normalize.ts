/**
 * Text normalisation for matching, with a map from every normalised code unit back to the original text, so a
 * match found in the normalised text can be highlighted exactly where it stands in the article.
 * Offsets are UTF-16 code units throughout.
 */
import {
  composeCluster,
  foldCluster,
  isLetterAt,
  isMark,
  isSpace,
  skipMarks,
  unitLength,
} from './char-folding';
import { KeyOutput, OffsetOutput, type NormalizedOutput } from './normalized-output';

/** A normalised text and the way back to the original. */
export interface NormalizedText {
  text: string;
  /** For each code unit of `text`: the offset in the original where the character it came from starts. */
  toOriginal: Int32Array;
  /** For each code unit of `text`: the offset in the original just after the character it came from. */
  originalEnds: Int32Array;
}

export interface NormalizeOptions {
  /** Fold case and diacritics (the matching key). Off: only NFC, punctuation and spacing are normalised. */
  fold: boolean;
}

const SPACE = 0x20;
const LINE_FEED = 0x0a;
/** U+2029 PARAGRAPH SEPARATOR: a paragraph break by itself. */
const PARAGRAPH_SEPARATOR = 0x2029;
const HYPHEN = 0x2d;
const APOSTROPHE = 0x27;

/** Invisible characters that only hint at line breaking or joining: dropped so "Da\u00ADmascus" is one word. */
const REMOVED = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
/** Typographic apostrophes and the modifier letter ʼ, written interchangeably in names (N’Djamena, Qur’an). */
const APOSTROPHES = new Set([0x2018, 0x2019, 0x201b, 0x02bc, 0x02bb, 0xff07]);
/** Dashes that only count as a hyphen when they join two letters (Noord–Zuid), not as a sentence dash. */
const DASHES = new Set([0x2012, 0x2013, 0x2014, 0x2015]);
/**
 * Whether the whitespace at `at` completes a paragraph break with the run that began at `from`: a second line feed
 * (a blank line), or a paragraph separator. A run of whitespace becomes one space, which joins the words of a name
 * (a line break inside "Bashar\nal-Assad"), except a paragraph break, which becomes a line feed and never does.
 */
export function endsParagraph(input: string, from: number, at: number): boolean {
  const unit = input.charCodeAt(at);
  if (unit === PARAGRAPH_SEPARATOR) return true;
  if (unit !== LINE_FEED || from < 0) return false;
  for (let k = from; k < at; k++) if (input.charCodeAt(k) === LINE_FEED) return true;
  return false;
}

/**
 * What normalizeChar writes for the BMP character `unit` when no combining mark follows it, if that is one code
 * unit whatever its neighbours are; -1 otherwise (spaces, invisible characters, dashes, marks, surrogates, letters
 * that fold to two, such as ß). Lets the article scan handle most characters from a table.
 */
export function contextFreeFold(unit: number): number {
  if (isSpace(unit) || REMOVED.has(unit) || DASHES.has(unit)) return -1;
  if (unit < 0x80) return unit >= 0x41 && unit <= 0x5a ? unit + 0x20 : unit;
  if ((unit >= 0xd800 && unit <= 0xdfff) || isMark(unit)) return -1;
  if (APOSTROPHES.has(unit)) return APOSTROPHE;
  if (unit === 0x2010 || unit === 0x2011) return HYPHEN;
  const folded = foldCluster(String.fromCharCode(unit));
  return folded.length === 1 ? folded.charCodeAt(0) : -1;
}

/**
 * One character (with its combining marks) from `i`; returns where the next one starts. Exported for the article
 * scan (word-scan.ts), which handles plain ASCII itself and everything else through this.
 */
export function normalizeChar(input: string, i: number, fold: boolean, out: NormalizedOutput): number {
  const codePoint = input.codePointAt(i) as number;
  let next = i + unitLength(codePoint);
  if (codePoint < 0x80 && !isSpace(codePoint)) {
    // Plain ASCII is nearly all of a Dutch or English article: no lookups, no strings.
    const folds = fold && codePoint >= 0x41 && codePoint <= 0x5a;
    if (!(next < input.length && isMark(input.codePointAt(next) as number))) {
      out.push(folds ? codePoint + 0x20 : codePoint, i, next);
      return next;
    }
  }
  if (isSpace(codePoint)) {
    const last = out.last();
    if (last !== SPACE && last !== LINE_FEED)
      out.push(codePoint === PARAGRAPH_SEPARATOR ? LINE_FEED : SPACE, i, next);
    else if (last === SPACE && endsParagraph(input, out.lastStart(), i)) out.replaceLast(LINE_FEED);
  } else if (REMOVED.has(codePoint)) {
    // Dropped, and so is nothing else: the characters around it stay joined.
  } else if (APOSTROPHES.has(codePoint)) {
    out.push(APOSTROPHE, i, next);
  } else if (codePoint === 0x2010 || codePoint === 0x2011) {
    out.push(HYPHEN, i, next);
  } else if (DASHES.has(codePoint) && isLetterAt(input, i - 1) && isLetterAt(input, next)) {
    out.push(HYPHEN, i, next);
  } else {
    next = skipMarks(input, next);
    const cluster = input.slice(i, next);
    out.pushString(fold ? foldCluster(cluster) : composeCluster(cluster), i, next);
  }
  return next;
}

/** The normalisation loop. Works per character plus its combining marks, so each output unit has one origin. */
function normalizeInto(input: string, fold: boolean, out: NormalizedOutput): void {
  for (let i = 0; i < input.length;) i = normalizeChar(input, i, fold, out);
}

/**
 * Normalises `input` for matching: NFC, typographic apostrophes to ', hyphen variants to -, soft hyphens and
 * zero-width characters removed, every run of whitespace (NBSP and newlines included) to one space, and with
 * `fold` (the default) also lower case without diacritics (Jordanië → jordanie). Each output code unit keeps the
 * original range of the character it came from.
 */
export function normalize(input: string, options: NormalizeOptions = { fold: true }): NormalizedText {
  // The article scan does not come here (word-scan.ts makes the same units in one pass, and per-character offsets
  // for nothing): this is the plain form of the rules, and the reference that scan is tested against.
  const out = new OffsetOutput(input.length);
  normalizeInto(input, options.fold, out);
  return out.finish();
}

/** The same normalisation as normalize(), as a bare string without offsets: for aliases and cues. */
export function normalizeKey(input: string, options: NormalizeOptions = { fold: true }): string {
  const out = new KeyOutput();
  normalizeInto(input, options.fold, out);
  return out.finish();
}

/** The original offset just after a normalised range that ends (exclusive) at `end`. */
export function originalEnd(normalized: NormalizedText, end: number): number {
  return end > 0 ? (normalized.originalEnds[end - 1] as number) : 0;
}

/** The original offset where the normalised code unit at `start` came from (the original length at the end). */
export function originalStart(normalized: NormalizedText, start: number): number {
  const { toOriginal, originalEnds } = normalized;
  return start < toOriginal.length
    ? (toOriginal[start] as number)
    : (originalEnds[toOriginal.length - 1] ?? 0);
}
