/** `npm run build:wasm`: compiles src/wasm/ (AssemblyScript) into the modules src/core/scan/wasm/ loads. */
import { writeFileSync } from 'node:fs';
import { binaryModule, compileWasm } from './lib/compile-wasm';

export const WASM_MODULES = [
  { source: 'src/wasm/scan.ts', output: 'src/core/scan/wasm/scan-binary.ts', name: 'SCAN_WASM' },
];

for (const { source, output, name } of WASM_MODULES) {
  const binary = await compileWasm(source);
  writeFileSync(output, binaryModule(source, name, binary));
  console.log(`${output}: ${binary.length} bytes of WebAssembly from ${source}`);
}
