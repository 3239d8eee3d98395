/**
 * The annotator the extension's background runs over the bundled packs, for the CLI and the quality check: the
 * names, cue words and entity stubs as index.bin (encoded as the build encodes them, loaded into the WebAssembly
 * scan's memory), with nothing else given per call, as src/background/annotator.ts annotates the bundled packs.
 */
import type { Annotator } from '../../src/core/engine/annotate';
import { annotatorFromLoaded } from '../../src/core/engine/from-bytes';
import { encodeIndex, loadIndex } from '../../src/core/engine/index-binary';
import type { CompiledIndex } from '../../src/core/kb/index-format';

export function extensionAnnotator(index: CompiledIndex): Annotator {
  return annotatorFromLoaded(loadIndex(encodeIndex(index)));
}
