/**
 * The article scan's WebAssembly (decision 0013), in AssemblyScript: `npm run build:wasm` compiles this module into
 * src/core/scan/wasm/scan-binary.ts. The memory layout is in layout.ts.
 */
export { run } from './word-run';
export { match } from './name-match';
