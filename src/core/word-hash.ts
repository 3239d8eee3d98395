/**
 * The hash that keys a word in the name tables (name-table.ts): FNV-1a over the word's UTF-16 code units. The
 * article scan (word-scan.ts) grows the same hash inline while a word's letters go by.
 */

/** FNV-1a over UTF-16 code units `start` to `end` (exclusive), as an unsigned 32-bit integer. */
export function hashRange(text: string | Uint16Array, start: number, end: number): number {
  let hash = 0x811c9dc5;
  if (typeof text !== 'string') {
    for (let k = start; k < end; k++) hash = Math.imul(hash ^ (text[k] as number), 0x01000193);
    return hash >>> 0;
  }
  for (let k = start; k < end; k++) hash = Math.imul(hash ^ text.charCodeAt(k), 0x01000193);
  return hash >>> 0;
}
