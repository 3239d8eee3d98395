/**
 * Unsigned integers of a fixed width, one after another in 32-bit words: the name tables' output positions, which
 * need 17 bits at 100,000 aliases, took 4 bytes each in 32-bit arrays (0.8 MB of a 3.9 MB index). An entry may
 * straddle two words; one spare word at the end lets a reader load 64 bits at any entry (src/wasm/name-match.ts does).
 */

/** The bits an entry needs to hold every value up to `max` (at least 1). */
export function widthFor(max: number): number {
  return Math.max(1, 32 - Math.clz32(max));
}

/** `values` packed `width` bits each; no words at all when there are no values. */
export function packInts(values: ArrayLike<number>, width: number): Uint32Array {
  if (values.length === 0) return new Uint32Array(0);
  const words = new Uint32Array(Math.ceil((values.length * width) / 32) + 1);
  const largest = 2 ** width - 1;
  for (let k = 0; k < values.length; k++) {
    const value = values[k] as number;
    if (!(value >= 0 && value <= largest)) throw new RangeError(`${value} does not fit in ${width} bits`);
    const bit = k * width;
    const word = bit >>> 5;
    const shift = bit & 31;
    words[word] = (words[word] as number) | (value << shift);
    if (shift + width > 32) words[word + 1] = (words[word + 1] as number) | (value >>> (32 - shift));
  }
  return words;
}

/** Entry `k` of integers packed `width` bits each. */
export function packedInt(words: Uint32Array, width: number, k: number): number {
  const bit = k * width;
  const word = bit >>> 5;
  const shift = bit & 31;
  let value = (words[word] as number) >>> shift;
  if (shift + width > 32) value |= (words[word + 1] as number) << (32 - shift);
  return width === 32 ? value >>> 0 : value & ((1 << width) - 1);
}
