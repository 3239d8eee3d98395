/**
 * The article scan's one pass must be exactly normalize() followed by findWords() and a hash per word: same
 * units, same words, same original offsets, same hashes, on texts full of what makes normalisation hard.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, originalEnd } from '../../../src/core/text/normalize';
import { hashRange } from '../../../src/core/scan/word-hash';
import {
  ArticleScanner,
  classifyUnit,
  foldedWords,
  foldUtf8Words,
  scanArticle,
  WORD_SEPARATOR,
  type ArticleWords,
} from '../../../src/core/scan/word-scan';
import { findWords } from '../../../src/core/text/words';
import { PRECLASSIFIED, PRECLASSIFIED_RANGES } from '../../../src/core/scan/scan-table-data';
import { RANGES } from '../../../scripts/build-scan-table';

/** Pieces that exercise every branch: ASCII, folding, marks, apostrophes, invisible characters, spaces, astral. */
const PIECES = [
  'a',
  'S',
  's',
  'Syria',
  'l',
  'al',
  'qu',
  'é',
  'e\u0301',
  'E\u0308',
  'ß',
  'Œ',
  'İ',
  'ﬁ',
  '\u00ad',
  '\u200b',
  '\ufeff',
  "'",
  '’',
  'ʼ',
  '-',
  '‑',
  '–',
  '—',
  ' ',
  '  ',
  '\u00a0',
  '\n',
  '\n\n',
  '\r\n',
  '\t',
  '\u2029',
  '.',
  ',',
  '(',
  ')',
  '1',
  '٣',
  'ا',
  '𝐀',
  '😀',
  '𠀀',
  '\ud800',
  '\udc00',
  '\u0301',
  'Я',
  'ж',
  // Beyond the WebAssembly scan's tables (U+2100 on), and just inside them.
  '東京',
  '™',
  'ｶ',
  'ạ',
  '€',
];

const textArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join(''));

function reference(text: string) {
  const normalized = normalize(text);
  const words = findWords(normalized.text);
  const starts = [...words.starts.subarray(0, words.count)];
  const ends = [...words.ends.subarray(0, words.count)];
  return {
    text: normalized.text,
    starts,
    ends,
    originalStarts: starts.map((s) => normalized.toOriginal[s]),
    originalEnds: ends.map((e) => originalEnd(normalized, e)),
    hashes: starts.map((s, k) => hashRange(normalized.text, s, ends[k]!) | 0),
  };
}

/** What a scan found, in plain arrays (the text decoded as normalize() decodes its units: a lone surrogate becomes U+FFFD there; neither is a word). */
function contentsOf(scan: ArticleWords) {
  const { words } = scan;
  return {
    text: new TextDecoder('utf-16le').decode(scan.units),
    starts: [...words.starts.subarray(0, words.count)],
    ends: [...words.ends.subarray(0, words.count)],
    originalStarts: [...scan.originalStarts],
    originalEnds: [...scan.originalEnds],
    hashes: [...scan.wordHashes],
  };
}

function fused(text: string) {
  return contentsOf(scanArticle(text));
}

describe('scanArticle', () => {
  it.each([
    ["l'Irak en Syria's oorlog", 'elided article and possessive'],
    ["Sana'a en Qur'ans", 'apostrophe inside a word'],
    ['Da\u00ADmas\u200Bcus, Jorda\u0308nie', 'invisible characters and a combining mark'],
    ['Bashar\nal-Assad\n\nNieuwe alinea', 'line breaks and a paragraph'],
    ["Syria's", 'possessive at the end'],
    ["a'", 'apostrophe at the end'],
    ['Straße Œuvre', 'folds to two letters'],
  ])('matches normalize + findWords on %j (%s)', (text) => {
    expect(fused(text)).toEqual(reference(text));
  });

  it('matches normalize + findWords on random texts', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        expect(fused(text)).toEqual(reference(text));
      }),
      { numRuns: 3000 },
    );
  }, 60_000);

  it("matches normalize + findWords across the inline path's 4,096-character runs", () => {
    // Plain ASCII up to just before a run boundary, then the hard pieces across it.
    const around = fc.tuple(
      fc.integer({ min: 4080, max: 4100 }),
      fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 12 }),
    );
    fc.assert(
      fc.property(around, ([at, parts]) => {
        const text = 'Sana meldt ' + 'ab cd'.repeat(1000).slice(0, at - 11) + parts.join('') + ' Yarmouk';
        expect(fused(text)).toEqual(reference(text));
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('scans a text after another into the same arrays exactly as into fresh ones', () => {
    const contents = (scan: ReturnType<typeof scanArticle>) => ({
      units: [...scan.units],
      starts: [...scan.words.starts.subarray(0, scan.words.count)],
      ends: [...scan.words.ends.subarray(0, scan.words.count)],
      originalStarts: [...scan.originalStarts],
      originalEnds: [...scan.originalEnds],
      hashes: [...scan.wordHashes],
    });
    const scanner = new ArticleScanner();
    fc.assert(
      fc.property(fc.array(textArb, { minLength: 1, maxLength: 4 }), (texts) => {
        for (const text of texts) expect(contents(scanner.scan(text))).toEqual(contents(scanArticle(text)));
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('classified ahead exactly as classifyUnit() classifies (scan-table-data.ts is up to date)', () => {
    const data = atob(PRECLASSIFIED);
    const committed: string[] = [];
    const live: string[] = [];
    let at = 0;
    for (const [from, to] of PRECLASSIFIED_RANGES)
      for (let unit = from; unit < to; unit++, at += 3) {
        committed.push(
          `${unit}:${data.charCodeAt(at)}:${data.charCodeAt(at + 1) | (data.charCodeAt(at + 2) << 8)}`,
        );
        const { kind, folded } = classifyUnit(unit);
        live.push(`${unit}:${kind}:${folded}`);
      }
    expect(at).toBe(data.length);
    expect(committed).toEqual(live);
    expect(PRECLASSIFIED_RANGES).toEqual(RANGES);
  });

  describe('through WebAssembly (ArticleScanner)', () => {
    const scanned = (scanner: ArticleScanner, text: string) => contentsOf(scanner.scan(text));

    it('runs in WebAssembly here, and in JavaScript when told not to', () => {
      const wasm = new ArticleScanner();
      wasm.scan('Yarmouk');
      expect(wasm.usesWasm).toBe(true);
      const plain = new ArticleScanner({ wasm: false });
      plain.scan('Yarmouk');
      expect(plain.usesWasm).toBe(false);
    });

    it('matches normalize + findWords on random texts, one scanner after another text', () => {
      const scanner = new ArticleScanner();
      fc.assert(
        fc.property(textArb, (text) => {
          expect(scanned(scanner, text)).toEqual(reference(text));
        }),
        { numRuns: 3000 },
      );
    }, 60_000);

    it('matches the JavaScript scan on longer texts of every piece', () => {
      const wasm = new ArticleScanner();
      const plain = new ArticleScanner({ wasm: false });
      const longText = fc
        .array(fc.oneof(fc.constantFrom(...PIECES), fc.constant('Bashar al-Assad ')), { maxLength: 400 })
        .map((parts) => parts.join(''));
      fc.assert(
        fc.property(longText, (text) => {
          expect(scanned(wasm, text)).toEqual(scanned(plain, text));
        }),
        { numRuns: 300 },
      );
    }, 60_000);

    it('hands the rest of a text to JavaScript when its letters outgrow the buffers (ß folds to two)', () => {
      const text = 'Straße '.repeat(50) + 'ßßßßßßßßßßßßßßßßßßßßßßßßßßßßßßßßßßßßßßßßßßßßßßßßßßßßßß Yarmouk';
      expect(scanned(new ArticleScanner(), text)).toEqual(reference(text));
    });

    it("scans one-letter words up to the word arrays' end", () => {
      const text = 'a b c d e f g h i j k l m n o p q r s t u v w x y z '.repeat(40);
      expect(scanned(new ArticleScanner(), text)).toEqual(reference(text));
    });
  });

  /** A name's words as the article scan finds them in normalize()'s text, joined by WORD_SEPARATOR. */
  const scannedName = (text: string) => {
    const { words } = scanArticle(text);
    const normalized = normalize(text).text;
    const parts = Array.from({ length: words.count }, (_, w) =>
      normalized.slice(words.starts[w], words.ends[w]),
    );
    return parts.join(String.fromCharCode(WORD_SEPARATOR));
  };
  const asText = (units: Uint16Array) => String.fromCharCode(...units);

  it("folds a name's words as the scan does, on the fast path and off it", () => {
    const expected = scannedName;
    for (const name of [
      'Bashar al-Assad',
      'Deir ez-Zor',
      "Sana'a",
      'Jordanie\u0308',
      'STRASSE Straße',
      '  IS  ',
      '𝔄𝔰𝔰𝔞𝔡 al-Assad',
      'Assad\uD800 Damascus',
      'Yar\uDC00mouk',
    ])
      expect(asText(foldedWords(name))).toBe(expected(name));
    fc.assert(
      fc.property(textArb, (text) => {
        expect(asText(foldedWords(text))).toBe(expected(text));
      }),
      { numRuns: 3000 },
    );
  }, 60_000);

  it('folds UTF-8 bytes as the scan folds the text, or sends the text to the full scan', () => {
    const utf8 = new TextEncoder();
    const check = (text: string) => {
      const bytes = utf8.encode(text);
      const out = new Uint16Array(bytes.length + 4).fill(0xffff);
      const end = foldUtf8Words(bytes, out, 2);
      // -1 only for what the fast path leaves to the full scan: marks, dashes, invisible characters, apostrophes,
      // characters beyond the BMP.
      if (end < 0) return false;
      expect(asText(out.subarray(2, end))).toBe(scannedName(text));
      expect(out[0]).toBe(0xffff);
      return true;
    };
    for (const name of [
      'Bashar al Assad',
      'Jordanië',
      'Ελλάδα',
      'Україна',
      'سوريا',
      '  IS  ',
      'Køge',
      '中国',
    ])
      expect(check(name)).toBe(true);
    for (const name of ["Sana'a", 'Deir ez‑Zor', 'Jordanië', '𝔄𝔰𝔰𝔞𝔡', 'Straße']) check(name);
    let folded = 0;
    fc.assert(
      fc.property(textArb, (text) => {
        if (check(text)) folded++;
      }),
      { numRuns: 3000 },
    );
    // The property is only worth its name if many random texts take the fast path (about a quarter do).
    expect(folded).toBeGreaterThan(500);
  }, 60_000);
});
