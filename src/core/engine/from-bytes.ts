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
  return matcherOf(loadIndex(bytes));
}

const matchers = new WeakMap<LoadedIndex, Matcher>();

/**
 * The matcher of a loaded index, made once: its WebAssembly scan serves one matcher (WasmScan.claim), so the
 * annotator of the bundled packs and the overlays on it (overlay.ts) share this one.
 */
export function matcherOf(loaded: LoadedIndex): Matcher {
  let matcher = matchers.get(loaded);
  if (!matcher)
    matchers.set(loaded, (matcher = matcherFromTables(loaded.tables, loaded.aliases, loaded.wasm)));
  return matcher;
}

/**
 * The annotator of a loaded binary index. Where its stubs are read lazily, `prepare(text)` reads those of every entity
 * a name in `text` may mean: resolving reads the stubs of those candidates, and of no other entity.
 */
export function annotatorFromLoaded(loaded: LoadedIndex): Annotator {
  const matcher = matcherOf(loaded);
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
      // By the alias's entity number: no alias or id is decoded, no id searched for.
      for (const candidate of matcher.scan(text).candidates)
        for (const alias of candidate.aliases) numbers.add(loaded.aliasEntity(alias));
      await loaded.stubs.ensure(numbers);
    },
  };
}

/** The annotator of a binary index (build/data/index.bin): what reference.ts's createAnnotator is for the JSON index. */
export function createAnnotatorFromBytes(bytes: Uint8Array | ArrayBuffer): Annotator {
  return annotatorFromLoaded(loadIndex(bytes));
}
