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
const HYPHEN = 0x2d;
const APOSTROPHE = 0x27;

/** Invisible characters that only hint at line breaking or joining: dropped so "Da\u00ADmascus" is one word. */
const REMOVED = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
/** Typographic apostrophes and the modifier letter ʼ, written interchangeably in names (N’Djamena, Qur’an). */
const APOSTROPHES = new Set([0x2018, 0x2019, 0x201b, 0x02bc, 0x02bb, 0xff07]);
/** Dashes that only count as a hyphen when they join two letters (Noord–Zuid), not as a sentence dash. */
const DASHES = new Set([0x2012, 0x2013, 0x2014, 0x2015]);
/** The normalisation loop. Works per character plus its combining marks, so each output unit has one origin. */
function normalizeInto(input: string, fold: boolean, out: NormalizedOutput): void {
  for (let i = 0; i < input.length;) {
    const codePoint = input.codePointAt(i) as number;
    let next = i + unitLength(codePoint);
    if (codePoint < 0x80 && !isSpace(codePoint)) {
      // Plain ASCII is nearly all of a Dutch or English article: no lookups, no strings.
      const folds = fold && codePoint >= 0x41 && codePoint <= 0x5a;
      if (!(next < input.length && isMark(input.codePointAt(next) as number))) {
        out.push(folds ? codePoint + 0x20 : codePoint, i, next);
        i = next;
        continue;
      }
    }
    if (isSpace(codePoint)) {
      if (out.last() !== SPACE) out.push(SPACE, i, next);
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
    i = next;
  }
}

/**
 * Normalises `input` for matching: NFC, typographic apostrophes to ', hyphen variants to -, soft hyphens and
 * zero-width characters removed, every run of whitespace (NBSP and newlines included) to one space, and with
 * `fold` (the default) also lower case without diacritics (Jordanië → jordanie). Each output code unit keeps the
 * original range of the character it came from.
 */
export function normalize(input: string, options: NormalizeOptions = { fold: true }): NormalizedText {
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
