/**
 * The matcher in JavaScript alone, built from a compiled index's alias list: the reference the tests compare the
 * WebAssembly walk of a binary index with (decision 0013). The extension never builds it (eslint.config.js keeps its
 * layers from importing this file): its annotators come from binary indexes (engine/from-bytes.ts, overlay.ts).
 */
import { arrayAliasTable } from './alias-table';
import type { CompiledAlias } from '../kb/index-format';
import { buildMatcherTables, matcherFromTables, type Matcher } from './match';

/** Builds the matcher for `aliases`: its tables in JavaScript, its names walked in JavaScript. */
export function createMatcher(aliases: readonly CompiledAlias[]): Matcher {
  return matcherFromTables(buildMatcherTables(aliases), arrayAliasTable(aliases));
}
