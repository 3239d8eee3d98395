/**
 * Property tests: on random texts and random dictionaries, the matcher finds exactly what a naive reference finds
 * (plain case-insensitive whole-word matching, the common ground with every peer), and the binary index finds
 * exactly what the matcher built from JSON finds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CompiledAlias } from '../../src/core/kb/index-format';
import { encodeIndex, matcherFromBytes } from '../../src/core/kb/index-binary';
import { createMatcher, type Matcher } from '../../src/core/match';

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
];
/** Separators: the first four join the words of a name, the others do not. */
const JOINING = [' ', '-', ' - ', '  '];
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
        if (k > 0 && !JOINING.includes(parts[i + k - 1]![1])) return;
      }
      const last = i + alias.length - 1;
      found.push(`${starts[i]}:${starts[last]! + parts[last]![0].length}:${a}`);
    });
  });
  return found.sort();
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
        const fromJson = createMatcher(compiled).scan(text).candidates;
        const fromBytes = matcherFromBytes(encodeIndex({ aliases: compiled, cues: {} })).scan(
          text,
        ).candidates;
        expect(fromBytes).toEqual(fromJson);
      }),
      { numRuns: 150 },
    );
  });
});
