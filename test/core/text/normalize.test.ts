import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, originalEnd, originalStart, type NormalizedText } from '../../../src/core/text/normalize';

/** The original text behind normalised [start, end): what a highlight of that range would cover. */
function originalSlice(input: string, n: NormalizedText, start: number, end: number): string {
  return input.slice(originalStart(n, start), originalEnd(n, end));
}

/** Finds `needle` in the normalised text and returns the original text it came from. */
function backToOriginal(input: string, needle: string): string {
  const n = normalize(input);
  const at = n.text.indexOf(needle);
  expect(at, `"${needle}" in "${n.text}"`).toBeGreaterThanOrEqual(0);
  return originalSlice(input, n, at, at + needle.length);
}

describe('normalize', () => {
  it('folds case and diacritics', () => {
    expect(normalize('Jordanië, Qaïda, ÉLYSÉE, Łódź, Straße').text).toBe(
      'jordanie, qaida, elysee, lodz, strasse',
    );
  });

  it('treats decomposed and composed diacritics alike, mapping the mark to its letter', () => {
    const decomposed = 'Jordanie\u0308 ligt';
    expect(normalize(decomposed).text).toBe('jordanie ligt');
    expect(backToOriginal(decomposed, 'jordanie')).toBe('Jordanie\u0308');
  });

  it('composes to NFC without folding when fold is off', () => {
    const n = normalize('Jordanie\u0308 IS', { fold: false });
    expect(n.text).toBe('Jordanië IS');
    expect(originalEnd(n, 'Jordanië'.length)).toBe(9);
  });

  it('collapses every run of whitespace, NBSP and narrow NBSP included, to one space; a blank line to a line feed', () => {
    const input = 'Bashar\u00a0al-Assad\u202f en\n\n\t Damascus ';
    expect(normalize(input).text).toBe('bashar al-assad en\ndamascus ');
    expect(normalize('Bashar\nal-Assad\r\n in\u2029Damascus').text).toBe('bashar al-assad in\ndamascus');
    expect(backToOriginal(input, 'damascus')).toBe('Damascus');
    expect(backToOriginal(input, 'al-assad en')).toBe('al-Assad\u202f en');
  });

  it('removes soft hyphens and zero-width characters, keeping the word whole', () => {
    const input = 'in Da\u00admas\u00adcus en \u200bSa\u200dna\u2060 \ufeffIS';
    expect(normalize(input).text).toBe('in damascus en sana is');
    expect(backToOriginal(input, 'damascus')).toBe('Da\u00admas\u00adcus');
    expect(backToOriginal(input, 'sana')).toBe('Sa\u200dna');
    expect(backToOriginal(input, 'is')).toBe('IS');
  });

  it('turns typographic apostrophes into one', () => {
    const input = 'Valéry d’Estaing, Qurʼan, ‘s-Hertogenbosch';
    expect(normalize(input).text).toBe("valery d'estaing, qur'an, 's-hertogenbosch");
    expect(backToOriginal(input, "d'estaing")).toBe('d’Estaing');
  });

  it('turns hyphen variants into -, and dashes only between letters', () => {
    expect(normalize('al\u2010Assad al\u2011Assad Noord\u2013Zuid Noord\u2014Zuid').text).toBe(
      'al-assad al-assad noord-zuid noord-zuid',
    );
    expect(normalize('Damascus \u2013 Syrië, 2012\u20132018').text).toBe(
      'damascus \u2013 syrie, 2012\u20132018',
    );
  });

  it('maps surrogate pairs to their full original range', () => {
    const input = 'a😀b';
    const n = normalize(input);
    expect(n.text).toBe('a😀b');
    expect(Array.from(n.toOriginal)).toEqual([0, 1, 1, 3]);
    expect(originalSlice(input, n, 1, 3)).toBe('😀');
  });

  it('maps expansions (ß → ss) and the end of the text', () => {
    const input = 'Straße';
    const n = normalize(input);
    expect(originalSlice(input, n, 4, 6)).toBe('ß');
    expect(originalStart(n, n.text.length)).toBe(input.length);
  });

  it('keeps every normalised word traceable to an original slice that normalises to that word', () => {
    const pieces = [
      'Da',
      'ma',
      'ë',
      'e\u0301',
      'IS',
      ' ',
      '\u00a0',
      '\n',
      '\u00ad',
      '\u200b',
      '’',
      '\u2011',
      '–',
      'ß',
      '😀',
      '.',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const input = parts.join('');
        const n = normalize(input);
        expect(n.toOriginal.length).toBe(n.text.length);
        for (const match of n.text.matchAll(/[\p{L}\p{N}]+/gu)) {
          const slice = originalSlice(input, n, match.index, match.index + match[0].length);
          expect(normalize(slice).text).toBe(match[0]);
        }
        for (let k = 1; k < n.text.length; k++)
          expect(n.toOriginal[k]).toBeGreaterThanOrEqual(n.toOriginal[k - 1]!);
      }),
    );
  });
});
