/**
 * Two matchers merged (scan/overlay.ts) find what one matcher over both alias lists finds: exact names, inflected
 * forms and variants, with the base's aliases filtered as if the matcher had been built without them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CompiledAlias } from '../../../src/core/kb/index-format';
import { arrayAliasTable, type AliasTable } from '../../../src/core/scan/alias-table';
import type { MatchCandidate } from '../../../src/core/scan/match';
import { joinAliasTables, overlayMatcher } from '../../../src/core/scan/overlay';
import { createMatcher } from '../../../src/core/scan/reference';

/** Words that share prefixes, take a genitive -s, and are spelt otherwise elsewhere (Yarmouk, Jarmuk). */
const WORDS = ['al', 'deir', 'zor', 'sor', 'syrien', 'bashar', 'assad', 'yarmouk', 'jarmuk', 'sana', 'ez'];
const JOINING = [' ', '-', ' '];
const SPLITTING = [', ', '. '];

const word = fc.constantFrom(...WORDS);
const aliasArb = fc.record({
  words: fc.array(word, { minLength: 1, maxLength: 3 }),
  caseSensitive: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
  keep: fc.integer({ min: 0, max: 3 }).map((n) => n > 0),
});
const textWord = fc
  .tuple(word, fc.constantFrom('lower', 'title', 'title-s'))
  .map(([w, style]) =>
    style === 'lower' ? w : `${w[0]!.toUpperCase()}${w.slice(1)}${style === 'title-s' ? 's' : ''}`,
  );
const textArb = fc
  .array(fc.tuple(textWord, fc.constantFrom(...JOINING, ...SPLITTING)), { maxLength: 30 })
  .map((parts) => parts.map(([w, sep]) => w + sep).join(''));

function aliasOf(words: string[], caseSensitive: boolean, k: number): CompiledAlias {
  const text = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
  return { text, entityId: `e${k}`, lang: 'en', caseSensitive, needsContext: false, demonym: false };
}

/** Candidates with their aliases named by entity (each alias its own), in a stable order. */
function named(candidates: MatchCandidate[], aliases: AliasTable) {
  return candidates.map((c) => ({
    ...c,
    aliases: c.aliases.map((a) => aliases.get(a).entityId).sort(),
    ...(c.suffixAliases ? { suffixAliases: c.suffixAliases.map((a) => aliases.get(a).entityId).sort() } : {}),
  }));
}

describe('two matchers merged', () => {
  it('find what one matcher over both alias lists finds, the base filtered', () => {
    fc.assert(
      fc.property(
        fc.array(aliasArb, { minLength: 1, maxLength: 10 }),
        fc.array(aliasArb, { minLength: 1, maxLength: 10 }),
        textArb,
        (baseSpecs, topSpecs, text) => {
          const base = baseSpecs.map((s, k) => aliasOf(s.words, s.caseSensitive, k));
          const top = topSpecs.map((s, k) => aliasOf(s.words, s.caseSensitive, base.length + k));
          const keep = (a: number) => baseSpecs[a]!.keep;
          const one = [...base.filter((_, a) => keep(a)), ...top];
          const expected = named(createMatcher(one).scan(text).candidates, arrayAliasTable(one));
          const merged = overlayMatcher(createMatcher(base), createMatcher(top), base.length, keep);
          const joined = joinAliasTables(arrayAliasTable(base), arrayAliasTable(top));
          expect(named(merged.scan(text).candidates, joined)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('merge an inflected form into the name as written of the other list, and drop a variant a name covers', () => {
    const base = [aliasOf(['syrien'], false, 0), aliasOf(['jarmuk'], false, 1)];
    const top = [aliasOf(['syriens'], false, 2), aliasOf(['yarmouk'], false, 3)];
    const text = 'Syriens Jarmuk';
    const one = [...base, ...top];
    const merged = overlayMatcher(createMatcher(base), createMatcher(top), base.length);
    const candidates = merged.scan(text).candidates;
    expect(candidates).toEqual(createMatcher(one).scan(text).candidates);
    expect(candidates[0]).toMatchObject({ aliases: [2, 0], suffixAliases: [0] });
    expect(candidates.filter((c) => c.variant)).toEqual([]);
  });
});
