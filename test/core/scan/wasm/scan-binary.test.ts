/**
 * The committed WebAssembly must be what its AssemblyScript source compiles to: a change to src/wasm/ without
 * `npm run build:wasm` (or a hand-edited binary) fails here.
 */
import { describe, expect, it } from 'vitest';
import { compileWasm } from '../../../../scripts/lib/compile-wasm';
import { SCAN_WASM } from '../../../../src/core/scan/wasm/scan-binary';

describe('src/core/scan/wasm/scan-binary.ts', () => {
  it('is src/wasm/scan.ts as compiled by npm run build:wasm', async () => {
    const compiled = await compileWasm('src/wasm/scan.ts');
    expect(Buffer.from(compiled).toString('base64')).toBe(SCAN_WASM);
  }, 30_000);

  it('stays under the 4 KB that Chromium compiles synchronously on a page', () => {
    expect(atob(SCAN_WASM).length).toBeLessThanOrEqual(4096);
  });
});
