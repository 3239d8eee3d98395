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
  const unit = text.charCodeAt(index);
  if (unit >= 0xd800 && unit <= 0xdbff) {
    const codePoint = text.codePointAt(index) as number;
    if (codePoint <= 0xffff) return 0;
    let isWord = astralIsWord.get(codePoint);
    if (isWord === undefined) astralIsWord.set(codePoint, (isWord = WORD_CHAR.test(String.fromCodePoint(codePoint))));
    return isWord ? 2 : 0;
  }
  let kind = bmpClass[unit];
  if (kind === UNKNOWN) {
    kind = WORD_CHAR.test(String.fromCharCode(unit)) ? WORD : OTHER;
    bmpClass[unit] = kind;
  }
  return kind === WORD ? 1 : 0;
}

/** Splits `text` into words: runs of letters, digits and marks, with apostrophes kept inside a word (Qur'an). */
export function findWords(text: string): WordList {
  let starts = new Int32Array(16 + (text.length >> 2));
  let ends = new Int32Array(starts.length);
  let count = 0;
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
      if (step === 0 && text.charCodeAt(i) === 0x27 && wordCharLength(text, i + 1) > 0) step = 1;
      if (step === 0) break;
    }
    if (count === starts.length) {
      [starts, ends] = [grow(starts), grow(ends)];
    }
    starts[count] = start;
    ends[count++] = i;
  }
  return { count, starts, ends };
}

function grow(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** Whether the gap between two words still joins them into one name: spaces and hyphens, or an initial's dot. */
export function isNameGap(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  let dots = 0;
  for (let k = from; k < to; k++) {
    const unit = text.charCodeAt(k);
    if (unit === 0x2e) dots++;
    else if (unit !== 0x20 && unit !== 0x2d) return false;
  }
  // "G.W. Bush" and "U.S." join across one dot; "Damascus. Syrië" is two sentences, the dot comes first there too,
  // but a multi-word alias that happens to span a sentence end is rare enough to accept.
  return dots <= 1;
}
