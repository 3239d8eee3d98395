/**
 * The committed WebAssembly must be what its AssemblyScript source compiles to: a change to src/wasm/ without
 * `npm run build:wasm` (or a hand-edited binary) fails here.
 */
import { describe, expect, it } from 'vitest';
import { compileWasm } from '../../../scripts/lib/compile-wasm';
import { WORD_RUN_WASM } from '../../../src/core/wasm/word-run-binary';

describe('src/core/wasm/word-run-binary.ts', () => {
  it('is src/wasm/word-run.ts as compiled by npm run build:wasm', async () => {
    const compiled = await compileWasm('src/wasm/word-run.ts');
    expect(Buffer.from(compiled).toString('base64')).toBe(WORD_RUN_WASM);
  }, 30_000);
});
