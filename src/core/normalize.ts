/**
 * Text normalisation for matching, with a map from every normalised code unit back to the original text, so a
 * match found in the normalised text can be highlighted exactly where it stands in the article.
 * Offsets are UTF-16 code units throughout.
 */

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
/** Letters that NFD does not decompose but readers treat as their base letter (Łódź, Øresund, Straße). */
const EXTRA_FOLDS: Record<string, string> = { ø: 'o', ł: 'l', đ: 'd', ħ: 'h', ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe' };

const MARK = /\p{M}/u;
const MARKS = /\p{M}+/gu;
const WHITESPACE = /\s/u;
const LETTER = /\p{L}/u;
const isMarkCache = new Map<number, boolean>();
const isSpaceCache = new Map<number, boolean>();
const foldCache = new Map<string, string>();
const composeCache = new Map<string, string>();

function cachedTest(cache: Map<number, boolean>, pattern: RegExp, codePoint: number): boolean {
  let result = cache.get(codePoint);
  if (result === undefined) cache.set(codePoint, (result = pattern.test(String.fromCodePoint(codePoint))));
  return result;
}

function unitLength(codePoint: number): number {
  return codePoint > 0xffff ? 2 : 1;
}

function isMark(codePoint: number): boolean {
  return codePoint >= 0x300 && cachedTest(isMarkCache, MARK, codePoint);
}

function isSpace(codePoint: number): boolean {
  if (codePoint < 0x80) return codePoint === SPACE || (codePoint >= 0x09 && codePoint <= 0x0d);
  return cachedTest(isSpaceCache, WHITESPACE, codePoint);
}

function isLetterAt(input: string, index: number): boolean {
  const codePoint = input.codePointAt(index);
  return codePoint !== undefined && LETTER.test(String.fromCodePoint(codePoint));
}

/** The key of one character with its combining marks; cached because articles repeat the same few. */
function foldCluster(cluster: string): string {
  let folded = foldCache.get(cluster);
  if (folded === undefined) {
    folded = cluster.normalize('NFD').replace(MARKS, '').toLowerCase().normalize('NFD').replace(MARKS, '');
    folded = [...folded].map((ch) => EXTRA_FOLDS[ch] ?? ch).join('');
    foldCache.set(cluster, folded);
  }
  return folded;
}

function composeCluster(cluster: string): string {
  let composed = composeCache.get(cluster);
  if (composed === undefined) composeCache.set(cluster, (composed = cluster.normalize('NFC')));
  return composed;
}

/**
 * Normalises `input` for matching: NFC, typographic apostrophes to ', hyphen variants to -, soft hyphens and
 * zero-width characters removed, every run of whitespace (NBSP and newlines included) to one space, and with
 * `fold` also lower case without diacritics (Jordanië → jordanie). Works per character plus its combining marks,
 * which is what lets each output unit point back at the exact original character.
 */
export function normalize(input: string, options: NormalizeOptions = { fold: true }): NormalizedText {
  const out = new OutputBuffer(input.length);
  for (let i = 0; i < input.length; ) {
    const codePoint = input.codePointAt(i) as number;
    let next = i + unitLength(codePoint);
    if (codePoint < 0x80 && !isSpace(codePoint)) {
      // Plain ASCII is nearly all of a Dutch or English article: no lookups, no strings.
      const folds = options.fold && codePoint >= 0x41 && codePoint <= 0x5a;
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
    } else if (DASHES.has(codePoint) && i > 0 && isLetterAt(input, i - 1) && isLetterAt(input, next)) {
      out.push(HYPHEN, i, next);
    } else {
      for (let mark = input.codePointAt(next); mark !== undefined && isMark(mark); mark = input.codePointAt(next)) {
        next += unitLength(mark);
      }
      const cluster = input.slice(i, next);
      out.pushString(options.fold ? foldCluster(cluster) : composeCluster(cluster), i, next);
    }
    i = next;
  }
  return out.finish();
}

/** The original offset just after a normalised range that ends (exclusive) at `end`. */
export function originalEnd(normalized: NormalizedText, end: number): number {
  return end > 0 ? (normalized.originalEnds[end - 1] as number) : 0;
}

/** The original offset where the normalised code unit at `start` came from (the original length at the end). */
export function originalStart(normalized: NormalizedText, start: number): number {
  const { toOriginal, originalEnds } = normalized;
  return start < toOriginal.length ? (toOriginal[start] as number) : (originalEnds[toOriginal.length - 1] ?? 0);
}

/** Grows like an array list but stores code units and offsets in typed arrays: no object per character. */
class OutputBuffer {
  private units: Uint16Array;
  private starts: Int32Array;
  private ends: Int32Array;
  private length = 0;

  constructor(capacity: number) {
    this.units = new Uint16Array(capacity + 8);
    this.starts = new Int32Array(capacity + 8);
    this.ends = new Int32Array(capacity + 8);
  }

  last(): number {
    return this.length > 0 ? (this.units[this.length - 1] as number) : -1;
  }

  push(unit: number, start: number, end: number): void {
    if (this.length === this.units.length) this.grow();
    this.units[this.length] = unit;
    this.starts[this.length] = start;
    this.ends[this.length++] = end;
  }

  pushString(text: string, start: number, end: number): void {
    for (let k = 0; k < text.length; k++) this.push(text.charCodeAt(k), start, end);
  }

  finish(): NormalizedText {
    let text = '';
    // In chunks: String.fromCharCode with too many arguments overflows the stack.
    for (let k = 0; k < this.length; k += 8192) {
      text += String.fromCharCode(...this.units.subarray(k, Math.min(k + 8192, this.length)));
    }
    return { text, toOriginal: this.starts.slice(0, this.length), originalEnds: this.ends.slice(0, this.length) };
  }

  private grow(): void {
    const size = this.units.length * 2;
    const [units, starts, ends] = [new Uint16Array(size), new Int32Array(size), new Int32Array(size)];
    units.set(this.units), starts.set(this.starts), ends.set(this.ends);
    [this.units, this.starts, this.ends] = [units, starts, ends];
  }
}
