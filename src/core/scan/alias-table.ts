/**
 * The aliases of an index, read by position: a plain array when the index comes from JSON, or objects made on first
 * use from typed arrays when it comes from bytes (an article touches a few dozen of 100,000 aliases).
 */
import { forEachOpening, type FrontCodedParts } from '../kb/front-coding';
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

const utf8 = new TextEncoder();

/**
 * Calls `visit` with each alias's index and the first `width` bytes of its text in UTF-8 (fewer for a shorter text:
 * `length` says how many): in one pass over the front-coded bytes where the table stores them so, decoding no text;
 * else from each text. For the looks at every name's opening that the name tables, which index whole words, cannot
 * answer ("Spa" opening Spanje, "ronde van " opening Ronde van Vlaanderen).
 */
export function forEachAliasOpening(
  aliases: AliasTable,
  width: number,
  visit: (index: number, opening: Uint8Array, length: number) => void,
): void {
  if (aliases.packed) {
    forEachOpening(aliases.packed.texts, aliases.length, width, visit);
    return;
  }
  for (let i = 0; i < aliases.length; i++) {
    const bytes = utf8.encode(aliases.text(i));
    visit(i, bytes, Math.min(width, bytes.length));
  }
}
