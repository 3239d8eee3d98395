/**
 * Compiles assets/packs/*.json into data/index.json (cards) and data/index.bin (names) inside the build, so `npm run build` can never ship data
 * that `npm run build:data` would reject. An invalid pack fails the build with every error listed.
 */
import type { Plugin } from 'vite';
import { formatPackErrors } from '../../src/core/kb/compile';
import { encodeIndex } from '../../src/core/kb/index-binary';
import { loadAndCompilePacks, PACK_DIR } from './packs';

/** Where the background reads the index from (extension pages may fetch their own files; pages may not). */
export const INDEX_FILE = 'data/index.json';
/** The same names as typed arrays, for an annotator that loads from its bytes (see src/core/kb/index-binary). */
export const INDEX_BINARY_FILE = 'data/index.bin';

export function bundledData(packDir = PACK_DIR): Plugin {
  return {
    name: 'backstory:bundled-data',
    apply: 'build',
    buildStart() {
      this.addWatchFile(packDir);
    },
    generateBundle() {
      const { index, errors } = loadAndCompilePacks(packDir);
      if (!index) this.error(`Invalid packs:\n${formatPackErrors(errors)}`);
      this.emitFile({ type: 'asset', fileName: INDEX_FILE, source: JSON.stringify(index) });
      this.emitFile({ type: 'asset', fileName: INDEX_BINARY_FILE, source: encodeIndex(index) });
    },
  };
}
