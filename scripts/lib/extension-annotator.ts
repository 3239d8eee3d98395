/**
 * The annotator the extension's background runs over the bundled packs, for the CLI and the quality check: the
 * names as index.bin (encoded as the build encodes them, loaded into the WebAssembly scan's memory), and the cards
 * given with every call, as src/background/annotator.ts gives them.
 */
import type { Annotator } from '../../src/core/annotate';
import { annotatorFromLoaded, encodeIndex, loadIndex } from '../../src/core/kb/index-binary';
import type { CompiledIndex } from '../../src/core/kb/index-format';

export function extensionAnnotator(index: CompiledIndex): Annotator {
  const annotator = annotatorFromLoaded(loadIndex(encodeIndex(index)));
  return { annotate: (text, options) => annotator.annotate(text, { ...options, entities: index.entities }) };
}
