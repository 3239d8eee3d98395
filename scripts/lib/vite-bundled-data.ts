/**
 * Compiles assets/packs/*.json into the package's data inside the build (src/core/kb/card-store.ts's
 * packageDataFiles: data/index.bin, data/bundled.json and the card store data/cards/<lang>/<shard>.json.gz), so
 * `npm run build` can never ship data that `npm run build:data` would reject. An invalid pack fails the build with
 * every error listed. Extension pages may fetch these files; web pages may not (none is web-accessible).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { packageDataFiles } from '../../src/core/kb/card-store';
import { formatPackErrors } from '../../src/core/kb/compile';
import { loadAndCompilePacks, PACK_DIR } from './packs';

/** The country outlines of the mini-maps, which the background reads on the first map it is asked for. */
export const OUTLINES_FILE = 'data/outlines.json';
const OUTLINES_SOURCE = 'assets/maps/outlines.json';

export function bundledData(packDir = PACK_DIR): Plugin {
  return {
    name: 'backstory:bundled-data',
    apply: 'build',
    buildStart() {
      this.addWatchFile(packDir);
      this.addWatchFile(OUTLINES_SOURCE);
    },
    generateBundle() {
      const { index, errors } = loadAndCompilePacks(packDir);
      if (!index) this.error(`Invalid packs:\n${formatPackErrors(errors)}`);
      for (const [fileName, source] of packageDataFiles(index, (text) => gzipSync(text, { level: 9 })))
        this.emitFile({ type: 'asset', fileName, source });
      // Minified: the source file is indented for review.
      this.emitFile({
        type: 'asset',
        fileName: OUTLINES_FILE,
        source: JSON.stringify(JSON.parse(readFileSync(OUTLINES_SOURCE, 'utf8'))),
      });
    },
  };
}
