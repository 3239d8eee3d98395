import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NameTableBuilder } from '../../../src/core/scan/name-table';

describe('NameTable', () => {
  it('probes a batch of words as child() probes each one', () => {
    const word = fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 40 }),
        fc.array(word, { maxLength: 30 }),
        fc.constantFrom(2, 16),
        (paths, others, fingerprintBits) => {
          const builder = new NameTableBuilder({ fingerprintBits });
          paths.forEach((path, alias) => builder.insert(path, alias));
          const table = builder.freeze();
          // From the root and from a node that has children, over words that are edges there and words that are not.
          const firsts = paths.map((path) => path[0] as number);
          const deeper = paths.find((path) => path.length > 1);
          const starts: [number, number[]][] = [[0, [...firsts, ...others]]];
          if (deeper) starts.push([table.child(0, deeper[0] as number), [deeper[1] as number, ...others]]);
          for (const [node, words] of starts) {
            const out = new Int32Array(words.length + 1).fill(7);
            table.childrenOf(node, Int32Array.from(words), words.length, out);
            expect([...out.subarray(0, words.length)]).toEqual(words.map((w) => table.child(node, w)));
            expect(out[words.length]).toBe(7);
          }
          for (const first of firsts) expect(table.child(0, first)).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});
