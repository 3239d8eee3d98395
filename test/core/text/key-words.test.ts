import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyWords } from '../../../src/core/text/key-words';
import { normalizeKey } from '../../../src/core/text/normalize';
import { splitWords } from '../../../src/core/text/words';

/** The fold without keyWords' shortcut for plain words. */
const fullFold = (text: string) => splitWords(normalizeKey(text));

describe('keyWords', () => {
  it('keys a word of lower-case ASCII letters as the full fold does: as itself', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,20}$/), (word) => {
        expect(keyWords(word)).toEqual(fullFold(word));
        expect(keyWords(word)).toEqual([word]);
      }),
      { numRuns: 2000 },
    );
  });

  it('folds every other text in full', () => {
    for (const text of ['Präsident', 'l’Élysée', 'de la', 'IS-strijders', 'ABC', 'a1', 'Rutte', 'ß', ''])
      expect(keyWords(text)).toEqual(fullFold(text));
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 12 }), (text) => {
        expect(keyWords(text)).toEqual(fullFold(text));
      }),
      { numRuns: 2000 },
    );
  });
});
