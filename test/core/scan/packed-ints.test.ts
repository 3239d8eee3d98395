import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packedInt, packInts, widthFor } from '../../../src/core/scan/packed-ints';

describe('packed integers', () => {
  it('gives back every value at every width that holds them', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 32 })
          .chain((width) =>
            fc.tuple(
              fc.constant(width),
              fc.array(fc.integer({ min: 0, max: 2 ** width - 1 }), { maxLength: 200 }),
            ),
          ),
        ([width, values]) => {
          const words = packInts(values, width);
          expect(values.map((_, k) => packedInt(words, width, k))).toEqual(values);
          // Narrower than 32 bits a value, and one spare word after the last.
          if (values.length > 0) expect(words.length).toBe(Math.ceil((values.length * width) / 32) + 1);
        },
      ),
    );
  });

  it('takes the fewest bits that hold the largest value', () => {
    expect([0, 1, 2, 99_999, 131_071, 131_072, 2 ** 32 - 1].map(widthFor)).toEqual([1, 1, 2, 17, 17, 18, 32]);
  });

  it('keeps no words for no values, and refuses a value wider than the width', () => {
    expect(packInts([], 17)).toHaveLength(0);
    expect(() => packInts([5, 131_072], 17)).toThrow(/131072 does not fit in 17 bits/);
    expect(() => packInts([-1], 8)).toThrow(RangeError);
  });
});
