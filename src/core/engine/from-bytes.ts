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

/**
 * The annotator of a loaded binary index. Where its stubs are read lazily, `prepare(text)` reads those of every entity
 * a name in `text` may mean: resolving reads the stubs of those candidates, and of no other entity.
 */
export function annotatorFromLoaded(loaded: LoadedIndex): Annotator {
  const matcher = matcherFromTables(loaded.tables, loaded.aliases, loaded.wasm);
  const annotator = annotatorFrom(
    matcher,
    loaded.aliases,
    loaded.cues,
    // The stubs carry what the resolver weighs of the cards: related entities and dated facts.
    knowledgeByLookup((id) => {
      const n = loaded.entityNumber(id);
      return n < 0 ? undefined : loaded.stubs.get(n);
    }, loaded.givenNames),
  );
  return {
    ...annotator,
    async prepare(text) {
      if (!loaded.stubs.deferred) return;
      const numbers = new Set<number>();
      for (const candidate of matcher.scan(text).candidates)
        for (const alias of candidate.aliases)
          numbers.add(loaded.entityNumber(loaded.aliases.get(alias).entityId));
      await loaded.stubs.ensure(numbers);
    },
  };
}

/** The annotator of a binary index (build/data/index.bin): what createAnnotator(index) is for the JSON index. */
export function createAnnotatorFromBytes(bytes: Uint8Array | ArrayBuffer): Annotator {
  return annotatorFromLoaded(loadIndex(bytes));
}
