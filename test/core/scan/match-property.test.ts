/**
 * Property tests: on random texts and random dictionaries, the matcher finds exactly what a naive reference finds
 * (plain case-insensitive whole-word matching, the common ground with every peer), and the binary index finds
 * exactly what the matcher built from JSON finds. The name tables keep fingerprints, not words; tables with 1- and
 * 2-bit fingerprints (where most edges collide and nodes merge) must still find exactly the same.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { CompiledAlias } from '../../../src/core/kb/index-format';
import { encodeIndex, indexBuffer, loadIndex } from '../../../src/core/engine/index-binary';
import { arrayAliasTable, type AliasTable } from '../../../src/core/scan/alias-table';
import {
  buildMatcherTables,
  matcherFromTables,
  type MatchCandidate,
  type Matcher,
} from '../../../src/core/scan/match';
import { createMatcher } from '../../../src/core/scan/reference';

/** A small vocabulary, so random names and random texts share words and prefixes often. */
const WORDS = [
  'al',
  'deir',
  'zor',
  'sham',
  'ab',
  'abu',
  'abc',
  'bashar',
  'syr',
  'syria',
  'ez',
  'ana',
  'sana',
  // An abbreviation without a vowel, whose dot ends no sentence ("St. Gallen").
  'st',
  // Beyond the WebAssembly scan's tables: its walk leaves such names to match.ts.
  '東京',
];
/** Separators: the first five join the words of a name (a dot with no space as in "ver.di"), the others do not. */
const JOINING = [' ', '-', ' - ', '  ', '.'];
const SPLITTING = [', ', '. ', '; ', ' (', ') '];

const word = fc.constantFrom(...WORDS);
const aliasArb = fc.array(word, { minLength: 1, maxLength: 3 });
const textWord = fc
  .tuple(word, fc.constantFrom('lower', 'upper', 'title'))
  .map(([w, style]) =>
    style === 'upper' ? w.toUpperCase() : style === 'title' ? w[0]!.toUpperCase() + w.slice(1) : w,
  );
const textArb = fc.array(fc.tuple(textWord, fc.constantFrom(...JOINING, ...SPLITTING)), { maxLength: 40 });

function aliasOf(words: string[]): CompiledAlias {
  return {
    text: words.join(' '),
    entityId: 'e',
    lang: 'en',
    caseSensitive: false,
    needsContext: false,
    demonym: false,
  };
}

/** The reference: every alias tried at every word, the words compared lower-cased, the gaps checked. */
function naiveMatches(parts: [string, string][], aliases: string[][]): string[] {
  const starts: number[] = [];
  let at = 0;
  for (const [w, sep] of parts) {
    starts.push(at);
    at += w.length + sep.length;
  }
  const found: string[] = [];
  parts.forEach((_, i) => {
    aliases.forEach((alias, a) => {
      if (i + alias.length > parts.length) return;
      for (let k = 0; k < alias.length; k++) {
        if (parts[i + k]![0].toLowerCase() !== alias[k]) return;
        const [before, gap] = parts[i + k - 1] ?? ['', ''];
        if (k > 0 && !JOINING.includes(gap) && !(gap === '. ' && /^[b-df-hj-np-tv-xz]{2,3}$/i.test(before)))
          return;
      }
      const last = i + alias.length - 1;
      found.push(`${starts[i]}:${starts[last]! + parts[last]![0].length}:${a}`);
    });
  });
  return found.sort();
}

/** Candidates with their aliases named by text (the binary index numbers aliases in its own order). */
function named(candidates: MatchCandidate[], aliases: AliasTable) {
  return candidates.map((c) => ({
    ...c,
    aliases: c.aliases.map((a) => aliases.get(a).text).sort(),
    ...(c.suffixAliases ? { suffixAliases: c.suffixAliases.map((a) => aliases.get(a).text).sort() } : {}),
  }));
}

/** What the binary index of `aliases` finds in `text`, aliases named. */
function fromBinary(bytes: Uint8Array, text: string) {
  const loaded = loadIndex(bytes);
  return named(matcherFromTables(loaded.tables, loaded.aliases).scan(text).candidates, loaded.aliases);
}

function ourMatches(matcher: Matcher, text: string): string[] {
  return matcher
    .scan(text, { variants: false })
    .candidates.flatMap((c) => c.aliases.map((a) => `${c.start}:${c.end}:${a}`))
    .sort();
}

describe('matcher properties', () => {
  it('finds exactly what the naive reference finds', () => {
    fc.assert(
      fc.property(fc.array(aliasArb, { minLength: 1, maxLength: 12 }), textArb, (aliases, parts) => {
        const text = parts.map(([w, sep]) => w + sep).join('');
        const matcher = createMatcher(aliases.map(aliasOf));
        expect(ourMatches(matcher, text)).toEqual(naiveMatches(parts, aliases));
      }),
      { numRuns: 300 },
    );
  });

  it('finds the same from the binary index as from the JSON aliases, variants included', () => {
    fc.assert(
      fc.property(fc.array(aliasArb, { minLength: 1, maxLength: 12 }), textArb, (aliases, parts) => {
        const text = parts.map(([w, sep]) => w + sep).join('');
        const compiled = aliases.map(aliasOf);
        const fromJson = named(createMatcher(compiled).scan(text).candidates, arrayAliasTable(compiled));
        expect(fromBinary(encodeIndex({ aliases: compiled, cues: {} }), text)).toEqual(fromJson);
      }),
      { numRuns: 150 },
    );
  });

  it.each([1, 2])('finds the same with %i-bit fingerprints, where most edges collide', (bits) => {
    fc.assert(
      fc.property(fc.array(aliasArb, { minLength: 1, maxLength: 12 }), textArb, (aliases, parts) => {
        const text = parts.map(([w, sep]) => w + sep).join('');
        const compiled = aliases.map(aliasOf);
        const colliding = buildMatcherTables(compiled, { fingerprintBits: bits });
        const matcher = matcherFromTables(colliding, arrayAliasTable(compiled));
        expect(ourMatches(matcher, text)).toEqual(naiveMatches(parts, aliases));
        // Variants and inflections too, and through the binary index, which must keep the narrow fingerprints.
        const expected = createMatcher(compiled).scan(text).candidates;
        expect(matcher.scan(text).candidates).toEqual(expected);
        const bytes = encodeIndex({ aliases: compiled, cues: {} }, colliding);
        expect(fromBinary(bytes, text)).toEqual(named(expected, arrayAliasTable(compiled)));
      }),
      { numRuns: 200 },
    );
  });
});

describe('the name walk in WebAssembly (a loaded binary index, exact scans)', () => {
  /** Names as the packs have them: plain, with letters beyond ASCII, acronyms that match only in capitals, and
   * names whose words the WebAssembly side cannot fold (an apostrophe inside a word, a combining mark). */
  const NAMES = [...WORDS, 'jordanië', 'qur’an', "sana'a", 'e\u0301cole', 'IS', 'ANP', 'Sana', 'yarmouk'];
  /** Spellings only the variant and inflection rules find: other transliterations, genitive -s. */
  const FORMS = ['jarmuk', 'yarmuk', 'yarmouks', 'syrias', 'bashars', 'abcs', 'zors', 'ANPs'];
  const CASE_SENSITIVE = new Set(['IS', 'ANP']);
  const nameArb = fc.array(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 3 });
  const wordOfText = fc
    .tuple(
      fc.constantFrom(...NAMES, ...FORMS, 'is', 'Is', 'anp'),
      fc.constantFrom('lower', 'upper', 'title', 'as is'),
    )
    .map(([w, style]) =>
      style === 'upper'
        ? w.toUpperCase()
        : style === 'lower'
          ? w.toLowerCase()
          : style === 'title'
            ? w[0]!.toUpperCase() + w.slice(1)
            : w,
    );
  const partsArb = fc.array(fc.tuple(wordOfText, fc.constantFrom(...JOINING, ...SPLITTING)), {
    maxLength: 40,
  });
  const compile = (names: string[][]): CompiledAlias[] =>
    names.map((words) => ({ ...aliasOf(words), caseSensitive: words.every((w) => CASE_SENSITIVE.has(w)) }));
  const exact = (matcher: Matcher, text: string) => matcher.scan(text, { variants: false }).candidates;

  it('is what loadIndex gives the matcher here (Node has WebAssembly)', () => {
    const loaded = loadIndex(encodeIndex({ aliases: compile([['syria']]), cues: {} }));
    expect(loaded.wasm?.canMatch).toBe(false);
    matcherFromTables(loaded.tables, loaded.aliases, loaded.wasm);
    expect(loaded.wasm?.canMatch).toBe(true);
  });

  it('joins an abbreviation without a vowel to the next word across its dot, as words.ts does', () => {
    const loaded = loadIndex(
      encodeIndex({
        aliases: compile([
          ['st', 'gallen'],
          ['sint', 'gallen'],
        ]),
        cues: {},
      }),
    );
    const matcher = matcherFromTables(loaded.tables, loaded.aliases, loaded.wasm);
    expect(loaded.wasm?.canMatch).toBe(true);
    const text = 'Van St. Gallen naar Sint. Gallen en St Gallen.';
    expect(exact(matcher, text).map((c) => text.slice(c.start, c.end))).toEqual(['St. Gallen', 'St Gallen']);
  });

  it('reads an index from indexBuffer() where it lies, and copies any other bytes', () => {
    const bytes = encodeIndex({ aliases: compile([['syria'], ['deir', 'zor']]), cues: {} });
    const room = indexBuffer(bytes.length);
    room.set(bytes);
    const inPlace = loadIndex(room);
    expect(inPlace.tables.names.parts.fingerprints.buffer).toBe(room.buffer);
    const copied = loadIndex(bytes);
    expect(copied.tables.names.parts.fingerprints.buffer).not.toBe(bytes.buffer);
    // A second load of the same room gets its own copy: one memory holds one matcher's scans.
    expect(loadIndex(room).tables.names.parts.fingerprints.buffer).not.toBe(room.buffer);
    const text = 'In Syria, Deir ez-Zor; Deir Zor and syria.';
    const found = (loaded: ReturnType<typeof loadIndex>) =>
      named(exact(matcherFromTables(loaded.tables, loaded.aliases, loaded.wasm), text), loaded.aliases);
    expect(found(inPlace)).toEqual(found(loadIndex(bytes, { wasm: false })));
  });

  describe('texts longer than the room kept beside the index at load', () => {
    const compiled = compile([['syria'], ['deir', 'zor'], ['deir', 'zour'], ['IS'], ['東京']]);
    const bytes = encodeIndex({ aliases: compiled, cues: {} });
    const plain = loadIndex(bytes, { wasm: false });
    const plainMatcher = matcherFromTables(plain.tables, plain.aliases);
    const sentence = 'In Syria, IS lost Deir ez-Zor and deir zor; is it over? ';

    it('grow the memory and are scanned in WebAssembly; the index is read in its new buffer', () => {
      const loaded = loadIndex(bytes);
      const matcher = matcherFromTables(loaded.tables, loaded.aliases, loaded.wasm);
      const before = loaded.tables.names.parts.fingerprints;
      exact(matcher, sentence);
      const text = sentence.repeat(1200);
      expect(text.length).toBeGreaterThan(65_536);
      expect(text.length).toBeLessThan(100_000);
      const expected = exact(plainMatcher, text);
      expect(expected.length).toBeGreaterThan(2000);
      expect(exact(matcher, text)).toEqual(expected);
      // The memory grew: the old views are detached, the index's are made again where it now lies.
      expect(before.length).toBe(0);
      const { names, keys } = loaded.tables;
      for (const view of [names.parts.fingerprints, loaded.aliases.packed!.flags]) {
        expect(view.length).toBeGreaterThan(0);
        expect(loaded.wasm!.owns(view)).toBe(true);
      }
      // What the name walk does not read was never copied there, and is where it was.
      expect(keys.parts.outList.length).toBeGreaterThan(0);
      expect(loaded.wasm!.owns(keys.parts.outList)).toBe(false);
      expect(loaded.wasm!.owns(matcher.scan(text).words.starts)).toBe(true);
      const texts = (index: typeof loaded) => compiled.map((_, k) => index.aliases.get(k).text);
      expect(texts(loaded)).toEqual(texts(plain));
      expect(exact(matcher, 'Syria and IS')).toEqual(exact(plainMatcher, 'Syria and IS'));
    });

    it('of more than a byte a character (Cyrillic, CJK) are scanned in WebAssembly too', () => {
      const loaded = loadIndex(bytes);
      const matcher = matcherFromTables(loaded.tables, loaded.aliases, loaded.wasm);
      const text = 'Сирия и 東京, Syria и ИГ. '.repeat(2000);
      expect(exact(matcher, text)).toEqual(exact(plainMatcher, text));
      expect(loaded.wasm!.owns(matcher.scan(text).words.starts)).toBe(true);
    });

    it('over 100,000 characters are scanned in JavaScript, and find the same', () => {
      const loaded = loadIndex(bytes);
      const matcher = matcherFromTables(loaded.tables, loaded.aliases, loaded.wasm);
      const text = sentence.repeat(1800);
      expect(text.length).toBeGreaterThan(100_000);
      const scan = matcher.scan(text, { variants: false });
      expect(loaded.wasm!.owns(scan.words.starts)).toBe(false);
      expect(scan.candidates).toEqual(exact(plainMatcher, text));
      // And a short text after it, through WebAssembly again.
      expect(loaded.wasm!.owns(matcher.scan('Syria and IS').words.starts)).toBe(true);
    });
  });

  /** Runs `work` with every WebAssembly memory refusing to grow, as when the browser has none to give. */
  function withoutMemory<T>(work: () => T): T {
    const grow = vi.spyOn(WebAssembly.Memory.prototype, 'grow').mockImplementation(() => {
      throw new RangeError('WebAssembly.Memory.grow(): Maximum memory size exceeded');
    });
    try {
      return work();
    } finally {
      grow.mockRestore();
    }
  }

  it('loads without WebAssembly when its memory cannot grow to hold the index', () => {
    const bytes = encodeIndex({ aliases: compile([['syria'], ['IS']]), cues: {} });
    const plain = loadIndex(bytes, { wasm: false });
    const text = 'Syria, IS and is';
    withoutMemory(() => {
      const loaded = loadIndex(bytes);
      expect(loaded.wasm).toBeUndefined();
      expect(exact(matcherFromTables(loaded.tables, loaded.aliases, loaded.wasm), text)).toEqual(
        exact(matcherFromTables(plain.tables, plain.aliases), text),
      );
      expect(exact(matcherFromTables(loaded.tables, loaded.aliases), text)).toHaveLength(2);
      // indexBuffer() gives a plain array then, which loads the same way.
      const room = indexBuffer(bytes.length);
      room.set(bytes);
      expect(loadIndex(room).wasm).toBeUndefined();
    });
  });

  it('scans a text in JavaScript when the memory cannot grow for it, and in WebAssembly again after', () => {
    const bytes = encodeIndex({ aliases: compile([['syria'], ['deir', 'zor'], ['IS']]), cues: {} });
    const plain = loadIndex(bytes, { wasm: false });
    const loaded = loadIndex(bytes);
    const matcher = matcherFromTables(loaded.tables, loaded.aliases, loaded.wasm);
    const text = 'In Syria, IS lost Deir ez-Zor and deir zor; is it over? '.repeat(1000);
    const expected = exact(matcherFromTables(plain.tables, plain.aliases), text);
    const scan = withoutMemory(() => matcher.scan(text, { variants: false }));
    expect(scan.candidates).toEqual(expected);
    expect(loaded.wasm!.owns(scan.words.starts)).toBe(false);
    const again = matcher.scan(text, { variants: false });
    expect(again.candidates).toEqual(expected);
    expect(loaded.wasm!.owns(again.words.starts)).toBe(true);
  });

  it('gives two matchers of one loaded index a memory each', () => {
    const loaded = loadIndex(encodeIndex({ aliases: compile([['syria'], ['sana']]), cues: {} }));
    const first = matcherFromTables(loaded.tables, loaded.aliases, loaded.wasm);
    const second = matcherFromTables(loaded.tables, loaded.aliases, loaded.wasm);
    const scan = first.scan('Syria and Sana', { variants: false });
    const before = { units: [...scan.units], starts: [...scan.words.starts.subarray(0, scan.words.count)] };
    second.scan('Nothing to see in this much longer sentence here', { variants: false });
    expect({ units: [...scan.units], starts: [...scan.words.starts.subarray(0, scan.words.count)] }).toEqual(
      before,
    );
    expect(exact(second, 'Syria and Sana')).toEqual(exact(first, 'Syria and Sana'));
  });

  it.each([
    [16, undefined],
    [2, undefined],
    [1, undefined],
    [16, 4],
    [1, 5],
  ])(
    'finds exactly what the JavaScript walk finds (%i-bit fingerprints, hits capacity %s)',
    (bits, hitsCapacity) => {
      fc.assert(
        fc.property(fc.array(nameArb, { minLength: 1, maxLength: 12 }), partsArb, (names, parts) => {
          const text = parts.map(([w, sep]) => w + sep).join('');
          // Yarmouk always, spelled two ways (only such a name has variants): its variants (Jarmuk, Yarmuk) and
          // inflections are in FORMS.
          const compiled = compile([...names, ['yarmouk'], ['jarmouk']]);
          const bytes = encodeIndex(
            { aliases: compiled, cues: {} },
            buildMatcherTables(compiled, { fingerprintBits: bits }),
          );
          const plain = loadIndex(bytes, { wasm: false });
          const expected = exact(matcherFromTables(plain.tables, plain.aliases), text);
          const loaded = loadIndex(bytes, hitsCapacity === undefined ? {} : { hitsCapacity });
          const matcher = matcherFromTables(loaded.tables, loaded.aliases, loaded.wasm);
          expect(loaded.wasm?.canMatch).toBe(true);
          expect(exact(matcher, text)).toEqual(expected);
          // Again on the same matcher: its cache of checked names must give the same answers.
          expect(exact(matcher, text)).toEqual(expected);
          // With variants and inflections, which the walk reports in collect()'s order among the variants.
          const plainMatcher = matcherFromTables(plain.tables, plain.aliases);
          expect(matcher.scan(text).candidates).toEqual(plainMatcher.scan(text).candidates);
        }),
        { numRuns: 200 },
      );
    },
    60_000,
  );

  it('finds the variants that start at a word whose hits overflow, walked in JavaScript', () => {
    // Three aliases end at "jarmuk": more hits than a buffer of 4 holds, so that start word is walked here; the
    // variant Yarmouk Camp starts at the same word.
    const compiled = compile([['jarmuk'], ['jarmuk'], ['jarmuk'], ['yarmouk', 'camp'], ['yarmouck', 'camp']]);
    const bytes = encodeIndex({ aliases: compiled, cues: {} });
    const plain = loadIndex(bytes, { wasm: false });
    const loaded = loadIndex(bytes, { hitsCapacity: 4 });
    const text = 'Het kamp Jarmuk Camp, en Jarmuk.';
    const expected = matcherFromTables(plain.tables, plain.aliases).scan(text).candidates;
    expect(expected.some((c) => c.variant)).toBe(true);
    expect(matcherFromTables(loaded.tables, loaded.aliases, loaded.wasm).scan(text).candidates).toEqual(
      expected,
    );
  });

  it('finds the same as the naive reference on plain names', () => {
    fc.assert(
      fc.property(fc.array(aliasArb, { minLength: 1, maxLength: 12 }), textArb, (aliases, parts) => {
        const text = parts.map(([w, sep]) => w + sep).join('');
        const loaded = loadIndex(encodeIndex({ aliases: aliases.map(aliasOf), cues: {} }));
        const matcher = matcherFromTables(loaded.tables, loaded.aliases, loaded.wasm);
        const found = exact(matcher, text)
          .flatMap((c) => c.aliases.map((a) => `${c.start}:${c.end}:${loaded.aliases.get(a).text}`))
          .sort();
        const expected = naiveMatches(parts, aliases).map((key) => {
          const [start, end, a] = key.split(':');
          return `${start}:${end}:${aliases[Number(a)]!.join(' ')}`;
        });
        expect(found).toEqual(expected.sort());
      }),
      { numRuns: 300 },
    );
  });
});
