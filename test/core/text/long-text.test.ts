/**
 * Texts longer than an article: cut at paragraph breaks into parts of at most an article's length (long-text.ts),
 * each matched through the WebAssembly scan and walk, and put together (match.ts's joinParts). The joined scan must be
 * what the scan in JavaScript makes of the whole text: the same normalised units, words, offsets, hashes and
 * candidates, with variants and without.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAndCompilePacks } from '../../../scripts/lib/packs';
import { encodeIndex, loadIndex } from '../../../src/core/engine/index-binary';
import { paragraphParts } from '../../../src/core/text/long-text';
import { matcherFromTables, type ScanResult } from '../../../src/core/scan/match';
import { LONGEST_ARTICLE } from '../../../src/core/scan/word-scan';

describe('paragraphParts', () => {
  it('cuts right after a paragraph break, where a letter or a digit starts the next part', () => {
    const text = 'Eerste alinea.\n\nTweede alinea.\n \n  3 dagen later.';
    expect(paragraphParts(text, 20)).toEqual([16, 35, text.length]);
    expect(text.slice(16, 35)).toBe('Tweede alinea.\n \n  ');
  });

  it('makes each part as long as it may be', () => {
    const text = 'a.\n\nb.\n\nc.\n\nd.';
    expect(paragraphParts(text, 9)).toEqual([8, text.length]);
    expect(paragraphParts(text, 100)).toEqual([text.length]);
  });

  it('finds no cut in a line break alone, or before a quote or a dash', () => {
    expect(paragraphParts('Een zin.\nNog een zin.\nEn nog een.', 12)).toBeUndefined();
    expect(paragraphParts('Een zin.\n\n"Citaat hier."\n\n– Streepje', 14)).toBeUndefined();
  });
});

const { index, errors } = loadAndCompilePacks('assets/packs');
if (!index) throw new Error(`the bundled packs do not compile: ${JSON.stringify(errors)}`);
const bytes = encodeIndex(index);
const inWasm = loadIndex(bytes);
const wasmMatcher = matcherFromTables(inWasm.tables, inWasm.aliases, inWasm.wasm);
const inJs = loadIndex(bytes, { wasm: false });
const jsMatcher = matcherFromTables(inJs.tables, inJs.aliases);

/** The fixture articles, in four languages, one after another until the text is longer than `length`. */
function longText(length: number, separator: string): string {
  const dir = 'test/fixtures/articles';
  const articles = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(`${dir}/${name}`, 'utf8').trim());
  let text = '';
  for (let k = 0; text.length <= length; k++)
    text += (k > 0 ? separator : '') + articles[k % articles.length];
  return text;
}

/** A scan as plain data, to compare two whole. */
function plain(scan: ScanResult) {
  const count = scan.words.count;
  return {
    text: scan.text,
    units: [...scan.units],
    starts: [...scan.words.starts.subarray(0, count)],
    ends: [...scan.words.ends.subarray(0, count)],
    originalStarts: [...scan.originalStarts],
    originalEnds: [...scan.originalEnds],
    wordHashes: [...scan.wordHashes],
    candidates: scan.candidates.map((candidate) => ({ ...candidate })),
  };
}

describe('a text longer than an article', () => {
  const text = longText(3 * LONGEST_ARTICLE, '\n\n');

  it.each([true, false])(
    'is matched in parts, as the whole text is in JavaScript (variants: %s)',
    (variants) => {
      expect(wasmMatcher.tables).toBeDefined();
      const parts = wasmMatcher.scan(text, { variants });
      expect(parts.parts).toBeGreaterThan(9);
      const whole = plain(jsMatcher.scan(text, { variants }));
      expect(whole.candidates.length).toBeGreaterThan(1000);
      expect(plain(parts)).toEqual(whole);
    },
  );

  it('is matched whole, in JavaScript, when it has no paragraph break to cut at', () => {
    const unbroken = longText(LONGEST_ARTICLE, ' ').replace(/\s+/g, ' ');
    const scan = wasmMatcher.scan(unbroken);
    expect(scan.parts).toBeUndefined();
    expect(plain(scan)).toEqual(plain(jsMatcher.scan(unbroken)));
  });
});
