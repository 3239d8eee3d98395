/**
 * The package's data files: the binary index (index-binary.ts) beside the card store (kb/card-store.ts). Split from
 * card-store.ts, which stays in the data model: writing the binary index needs the scan's tables and the resolver's
 * cue keys, so the one call that writes both lives here, above them.
 */
import { encodeIndex } from './index-binary';
import { BUNDLED_FILE, cardStoreFiles, INDEX_BINARY_FILE, storeEntityIds } from '../kb/card-store';
import type { CompiledIndex } from '../kb/index-format';

/**
 * Every data file the package carries for `index`, path → contents: the binary index (names and stubs), the pack
 * list with the cue words, and the card store, its files gzipped by `gzip` (the build's zlib; core code has none).
 * The build and the tests make the package's data with this one call.
 */
export function packageDataFiles(
  index: CompiledIndex,
  gzip: (text: string) => Uint8Array,
): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>();
  files.set(INDEX_BINARY_FILE, encodeIndex(index));
  files.set(BUNDLED_FILE, JSON.stringify({ packs: index.packs, cues: index.cues }));
  for (const [path, json] of cardStoreFiles(index, storeEntityIds(index))) files.set(path, gzip(json));
  return files;
}
