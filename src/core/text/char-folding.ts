/**
 * Per-character building blocks of normalisation: Unicode classes and the folding of one character with its
 * combining marks. Regexes run once per distinct character and results are cached, since the normalisation loop
 * sees every character of every article.
 */

/** Letters that NFD does not decompose but readers treat as their base letter (Łódź, Øresund, Straße). */
const EXTRA_FOLDS: Record<string, string> = {
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ħ: 'h',
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
};

const MARK = /\p{M}/u;
const MARKS = /\p{M}+/gu;
const WHITESPACE = /\s/u;
const LETTER = /\p{L}/u;
const isMarkCache = new Map<number, boolean>();
const isSpaceCache = new Map<number, boolean>();
const isLetterCache = new Map<number, boolean>();
const CACHE_LIMIT = 20_000;
const foldCache = new Map<string, string>();
const composeCache = new Map<string, string>();

/** A Unicode property test per code point, remembered: each distinct character costs one regex test, ever. */
function cachedTest(cache: Map<number, boolean>, pattern: RegExp, codePoint: number): boolean {
  let result = cache.get(codePoint);
  if (result === undefined) cache.set(codePoint, (result = pattern.test(String.fromCodePoint(codePoint))));
  return result;
}

/** UTF-16 code units of a code point. */
export function unitLength(codePoint: number): number {
  return codePoint > 0xffff ? 2 : 1;
}

/** A combining mark (\\p{M}), such as the diaeresis of a decomposed ë. */
export function isMark(codePoint: number): boolean {
  return codePoint >= 0x300 && cachedTest(isMarkCache, MARK, codePoint);
}

/** Where the combining marks that follow a base character end. */
export function skipMarks(input: string, from: number): number {
  let end = from;
  for (let mark = input.codePointAt(end); mark !== undefined && isMark(mark); mark = input.codePointAt(end)) {
    end += unitLength(mark);
  }
  return end;
}

/** Any Unicode whitespace (NBSP, U+202F and line breaks included). */
export function isSpace(codePoint: number): boolean {
  if (codePoint < 0x80) return codePoint === 0x20 || (codePoint >= 0x09 && codePoint <= 0x0d);
  return cachedTest(isSpaceCache, WHITESPACE, codePoint);
}

/** Whether the code point at `index` is a letter; false past either end. */
export function isLetterAt(input: string, index: number): boolean {
  const codePoint = index >= 0 ? input.codePointAt(index) : undefined;
  return codePoint !== undefined && cachedTest(isLetterCache, LETTER, codePoint);
}

/** The key of one character with its combining marks; cached because articles repeat the same few. */
export function foldCluster(cluster: string): string {
  let folded = foldCache.get(cluster);
  if (folded === undefined) {
    folded = cluster.normalize('NFD').replace(MARKS, '').toLowerCase().normalize('NFD').replace(MARKS, '');
    folded = [...folded].map((ch) => EXTRA_FOLDS[ch] ?? ch).join('');
    // Bounded: a text of endless distinct mark combinations must not grow the cache without limit.
    if (foldCache.size > CACHE_LIMIT) foldCache.clear();
    foldCache.set(cluster, folded);
  }
  return folded;
}

/** One character with its combining marks in NFC, cached like foldCluster. */
export function composeCluster(cluster: string): string {
  let composed = composeCache.get(cluster);
  if (composed === undefined) {
    if (composeCache.size > CACHE_LIMIT) composeCache.clear();
    composeCache.set(cluster, (composed = cluster.normalize('NFC')));
  }
  return composed;
}
