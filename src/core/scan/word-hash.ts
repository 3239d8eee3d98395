/**
 * The hash that keys a word in the name tables (name-table.ts): FNV-1a over the word's UTF-16 code units. The
 * article scan (word-scan.ts) grows the same hash inline while a word's letters go by.
 */

export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** FNV-1a over UTF-16 code units `start` to `end` (exclusive), as an unsigned 32-bit integer. */
export function hashRange(text: string | Uint16Array, start: number, end: number): number {
  let hash = FNV_OFFSET;
  if (typeof text !== 'string') {
    for (let k = start; k < end; k++) hash = Math.imul(hash ^ (text[k] as number), FNV_PRIME);
    return hash >>> 0;
  }
  for (let k = start; k < end; k++) hash = Math.imul(hash ^ text.charCodeAt(k), FNV_PRIME);
  return hash >>> 0;
}
