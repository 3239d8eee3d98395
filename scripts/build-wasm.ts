/** `npm run build:wasm`: compiles src/wasm/ (AssemblyScript) into the modules src/core/wasm/ loads. */
import { writeFileSync } from 'node:fs';
import { binaryModule, compileWasm } from './lib/compile-wasm';

export const WASM_MODULES = [
  { source: 'src/wasm/word-run.ts', output: 'src/core/wasm/word-run-binary.ts', name: 'WORD_RUN_WASM' },
];

for (const { source, output, name } of WASM_MODULES) {
  const binary = await compileWasm(source);
  writeFileSync(output, binaryModule(source, name, binary));
  console.log(`${output}: ${binary.length} bytes of WebAssembly from ${source}`);
}
