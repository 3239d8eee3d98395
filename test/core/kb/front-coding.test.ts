import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLOCK, FrontCodedTexts, forEachOpening, frontCode } from '../../../src/core/kb/front-coding';

function roundTrip(texts: string[]): string[] {
  const decoded = new FrontCodedTexts(frontCode(texts), texts.length);
  return texts.map((_, k) => decoded.get(k));
}

describe('front-coded texts', () => {
  it.each([0, 1, BLOCK - 1, BLOCK, BLOCK + 1, 3 * BLOCK])('round-trips %i sorted names', (count) => {
    const texts = Array.from({ length: count }, (_, k) => `Deir ez-Zor ${String(k).padStart(3, '0')}`);
    expect(roundTrip(texts)).toEqual(texts);
  });

  it('round-trips any texts, in any order, whatever they share', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'é', 'ж', '𝐀', ' ', '-'), maxLength: 12 });
    fc.assert(
      fc.property(fc.array(text, { maxLength: 60 }), (texts) => {
        expect(roundTrip(texts)).toEqual(texts);
      }),
    );
  });

  it('finds the position of any text of a sorted set, and -1 for any other text', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', 'b', 'é', 'ж', '𝐀', '\uE000', ' ', '-'),
      maxLength: 8,
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(text, { maxLength: 4 * BLOCK + 3 }),
        fc.array(text, { maxLength: 20 }),
        (set, probes) => {
          const texts = [...set].sort();
          const decoded = new FrontCodedTexts(frontCode(texts), texts.length);
          for (const [k, t] of texts.entries()) expect(decoded.indexOf(t)).toBe(k);
          for (const probe of probes) expect(decoded.indexOf(probe)).toBe(texts.indexOf(probe));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("gives every text's first three bytes in one pass, in any order, whatever they share", () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'é', 'ж', ' ', '-'), maxLength: 6 });
    fc.assert(
      fc.property(fc.array(text, { maxLength: 3 * BLOCK + 5 }), (texts) => {
        const openings: number[][] = [];
        forEachOpening(frontCode(texts), texts.length, 3, (index, opening, length) => {
          openings[index] = [...opening.subarray(0, length)];
        });
        expect(openings).toEqual(texts.map((t) => [...new TextEncoder().encode(t).subarray(0, 3)]));
      }),
    );
  });

  it('gives each text as its UTF-8 bytes too', () => {
    const texts = ['Hajar al-Aswad', 'Hama', 'Jordanië', 'Україна', '𝐀ssad', ''];
    const decoded = new FrontCodedTexts(frontCode(texts), texts.length);
    texts.forEach((text, k) => expect([...decoded.bytesOf(k)]).toEqual([...new TextEncoder().encode(text)]));
  });

  it('stores sorted names in less than their UTF-8', () => {
    const texts = ['Hajar al-Aswad', 'Hama', 'Hama Governorate', 'Hamas', 'Hasakah', 'Hayat Tahrir al-Sham'];
    const plain = texts.reduce((sum, t) => sum + new TextEncoder().encode(t).length, 0);
    expect(frontCode(texts).bytes.length).toBeLessThan(plain);
  });

  it('says what is wrong with damaged parts instead of returning a wrong text', () => {
    const parts = frontCode(['Yarmouk', 'Yarmuk']);
    expect(() => new FrontCodedTexts(parts, BLOCK + 1)).toThrow(/block table/);
    const truncated = { ...parts, bytes: parts.bytes.subarray(0, 4) };
    expect(() => new FrontCodedTexts(truncated, 2).get(1)).toThrow(/front-coded texts/);
    expect(() => new FrontCodedTexts(parts, 2).get(2)).toThrow(RangeError);
  });
});
