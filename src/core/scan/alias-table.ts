/**
 * The aliases of an index, read by position: a plain array when the index comes from JSON, or objects made on first
 * use from typed arrays when it comes from bytes (an article touches a few dozen of 100,000 aliases).
 */
import type { FrontCodedParts } from '../kb/front-coding';
import type { CompiledAlias } from '../kb/index-format';
import type { Lang } from '../kb/schema';

export interface AliasTable {
  readonly length: number;
  get(index: number): CompiledAlias;
  /** Whether alias `index` matches only as written; read without making the alias (the scan asks it per match). */
  caseSensitive(index: number): boolean;
  /** Alias `index`'s language, without making the alias (a pass over the table reads it first). */
  lang(index: number): Lang;
  /** Alias `index`'s text, without making the alias (the scan checks every candidate against it). */
  text(index: number): string;
  /**
   * Alias `index`'s text as UTF-8 bytes, when the table stores it so: a view that is only valid until the next
   * call. The matcher folds these straight away, without making a string.
   */
  utf8?(index: number): Uint8Array;
  /**
   * The texts as the binary index stores them (front-coded UTF-8, by position) and a flag byte per alias: what the
   * WebAssembly name walk reads (decision 0013).
   */
  readonly packed?: { texts: FrontCodedParts; flags: Uint8Array; caseSensitiveBit: number };
}

/** An alias table over a JSON index's array. */
export function arrayAliasTable(aliases: readonly CompiledAlias[]): AliasTable {
  return {
    length: aliases.length,
    get: (index) => aliases[index] as CompiledAlias,
    caseSensitive: (index) => (aliases[index] as CompiledAlias).caseSensitive,
    lang: (index) => (aliases[index] as CompiledAlias).lang,
    text: (index) => (aliases[index] as CompiledAlias).text,
  };
}
