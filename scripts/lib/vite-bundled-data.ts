/**
 * Compiles assets/packs/*.json into the package's data inside the build (src/core/engine/package-data.ts's
 * packageDataFiles: data/index.bin, data/bundled.json and the card store data/cards/<lang>/<shard>.json.gz), so
 * `npm run build` can never ship data that `npm run build:data` would reject. An invalid pack fails the build with
 * every error listed. Extension pages may fetch these files; web pages may not (none is web-accessible).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { INDEX_BINARY_FILE } from '../../src/core/kb/card-store';
import { packageDataFiles } from '../../src/core/engine/package-data';
import { indexRanges } from '../../src/core/engine/index-binary';
import { formatPackErrors } from '../../src/core/kb/compile';
import { loadAndCompilePacks, PACK_DIR } from './packs';

/** The country outlines of the mini-maps, which the background reads on the first map it is asked for. */
export const OUTLINES_FILE = 'data/outlines.json';
const OUTLINES_SOURCE = 'assets/maps/outlines.json';

/**
 * The name the scripts know the bundled index's contents by (`__BACKSTORY_INDEX_KEY__`): the first 16 hex digits of
 * its SHA-256. The background keeps a copy of index.bin in IndexedDB under it (src/background/index-copy.ts), so a
 * build with other data, even under the same version, is never answered from an older copy.
 */
const INDEX_KEY_DEFINE = '__BACKSTORY_INDEX_KEY__';
/** Where that file's parts start (IndexRanges): a woken worker reads them from its copy without a first read. */
const INDEX_RANGES_DEFINE = '__BACKSTORY_INDEX_RANGES__';

export function bundledData(packDir = PACK_DIR): Plugin {
  let files: Map<string, string | Uint8Array> | undefined;
  return {
    name: 'backstory:bundled-data',
    apply: 'build',
    // The data is compiled before the scripts, whose define names it; an invalid pack fails here, at the start.
    config() {
      const { index, errors } = loadAndCompilePacks(packDir);
      if (!index) throw new Error(`Invalid packs:\n${formatPackErrors(errors)}`);
      files = packageDataFiles(index, (text) => gzipSync(text, { level: 9 }));
      const binary = files.get(INDEX_BINARY_FILE) as Uint8Array;
      const key = createHash('sha256').update(binary).digest('hex').slice(0, 16);
      return {
        define: {
          [INDEX_KEY_DEFINE]: JSON.stringify(key),
          [INDEX_RANGES_DEFINE]: JSON.stringify(indexRanges(binary)),
        },
      };
    },
    buildStart() {
      this.addWatchFile(packDir);
      this.addWatchFile(OUTLINES_SOURCE);
    },
    generateBundle() {
      for (const [fileName, source] of files ?? []) this.emitFile({ type: 'asset', fileName, source });
      // Minified: the source file is indented for review.
      this.emitFile({
        type: 'asset',
        fileName: OUTLINES_FILE,
        source: JSON.stringify(JSON.parse(readFileSync(OUTLINES_SOURCE, 'utf8'))),
      });
    },
  };
}
