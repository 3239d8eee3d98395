/**
 * The matcher and the annotator of a binary index (index-binary.ts): what the background, the CLI and the
 * benchmarks build from index bytes. Split from index-binary.ts, which holds the format, so that building an
 * annotator sits above the resolver it assembles.
 */
import { annotatorFrom, type Annotator } from './annotate';
import { loadIndex, type LoadedIndex } from './index-binary';
import { matcherFromTables, type Matcher } from '../scan/match';
import { knowledgeByLookup } from '../resolve/entity-knowledge';

/** The matcher of a binary index, without the resolver: for benchmarks and tools that only scan. */
export function matcherFromBytes(bytes: Uint8Array | ArrayBuffer): Matcher {
  const loaded = loadIndex(bytes);
  return matcherFromTables(loaded.tables, loaded.aliases, loaded.wasm);
}

/** The annotator of a loaded binary index. */
export function annotatorFromLoaded(loaded: LoadedIndex): Annotator {
  return annotatorFrom(
    matcherFromTables(loaded.tables, loaded.aliases, loaded.wasm),
    loaded.aliases,
    loaded.cues,
    // The stubs carry what the resolver weighs of the cards: related entities and dated facts.
    knowledgeByLookup((id) => {
      const n = loaded.entityNumber(id);
      return n < 0 ? undefined : loaded.stubs.get(n);
    }, loaded.givenNames),
  );
}

/** The annotator of a binary index (build/data/index.bin): what createAnnotator(index) is for the JSON index. */
export function createAnnotatorFromBytes(bytes: Uint8Array | ArrayBuffer): Annotator {
  return annotatorFromLoaded(loadIndex(bytes));
}
