/**
 * The words that occur in any alias, each with a number. Looked up straight from a range of the article text, so
 * scanning an article allocates no string per word: most article words are not in any name and cost one hash.
 * Built with TokenDictionary, then frozen into typed arrays (FrozenDictionary) that the binary index stores as is.
 */

const NOT_FOUND = -1;

/** FNV-1a over UTF-16 code units: cheap, and good enough spread for a table kept at most half full. */
export function hashRange(text: string | Uint16Array, start: number, end: number): number {
  let hash = 0x811c9dc5;
  if (typeof text !== 'string') {
    for (let k = start; k < end; k++) hash = Math.imul(hash ^ (text[k] as number), 0x01000193);
    return hash >>> 0;
  }
  for (let k = start; k < end; k++) hash = Math.imul(hash ^ text.charCodeAt(k), 0x01000193);
  return hash >>> 0;
}

/** Lookups of a range of a text; the one thing the matcher needs of a dictionary. */
export interface WordLookup {
  readonly size: number;
  /** The id of the token equal to `text.slice(start, end)`, or -1; allocates nothing. */
  find(text: string, start: number, end: number): number;
}

/** The parts of a frozen dictionary, as the binary index stores them. */
export interface FrozenDictionaryParts {
  /**
   * Every token's UTF-16 code units, concatenated in id order: one byte each when all are below 256 (folded Latin
   * script, the usual case), else two. Compared in place with the article text: nothing is decoded at load.
   */
  units: Uint8Array | Uint16Array;
  /** Token id k is units[starts[k] .. starts[k + 1]); count + 1 entries. */
  starts: Int32Array;
  /** Open-addressing table: token id + 1 per slot, 0 for empty; a power of two, at most ~70% full. */
  slots: Int32Array;
}

/** An immutable dictionary over typed arrays: nothing is built when it is loaded from bytes. */
export class FrozenDictionary implements WordLookup {
  readonly size: number;

  constructor(readonly parts: FrozenDictionaryParts) {
    this.size = parts.starts.length - 1;
  }

  find(text: string, start: number, end: number): number {
    const { slots, starts, units } = this.parts;
    const mask = slots.length - 1;
    const length = end - start;
    for (let slot = hashRange(text, start, end) & mask; ; slot = (slot + 1) & mask) {
      const id = (slots[slot] as number) - 1;
      if (id === NOT_FOUND) return NOT_FOUND;
      const from = starts[id] as number;
      if ((starts[id + 1] as number) - from !== length) continue;
      let k = 0;
      while (k < length && units[from + k] === text.charCodeAt(start + k)) k++;
      if (k === length) return id;
    }
  }

  /** The same lookup over code units whose FNV-1a hash (hashRange's) the caller already has: the article scan's. */
  findUnits(text: Uint16Array, start: number, end: number, hash: number): number {
    const { slots, starts, units } = this.parts;
    const mask = slots.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = (slots[slot] as number) - 1;
      if (id === NOT_FOUND) return NOT_FOUND;
      const from = starts[id] as number;
      if ((starts[id + 1] as number) - from !== length) continue;
      let k = 0;
      while (k < length && units[from + k] === text[start + k]) k++;
      if (k === length) return id;
    }
  }

  /** Token `id` as a string. */
  token(id: number): string {
    return String.fromCharCode(
      ...this.parts.units.subarray(this.parts.starts[id], this.parts.starts[id + 1]),
    );
  }
}

/** A growing string table, for building; freeze() it for scanning. */
export class TokenDictionary implements WordLookup {
  private readonly tokens: string[] = [];
  private readonly ids = new Map<string, number>();

  /** The number of distinct tokens. */
  get size(): number {
    return this.tokens.length;
  }

  /** The id of `token`, adding it if new. */
  intern(token: string): number {
    let id = this.ids.get(token);
    if (id === undefined) {
      id = this.tokens.push(token) - 1;
      this.ids.set(token, id);
    }
    return id;
  }

  find(text: string, start: number, end: number): number {
    return this.ids.get(text.slice(start, end)) ?? NOT_FOUND;
  }

  /** The same tokens with the same ids, in typed arrays. */
  freeze(): FrozenDictionary {
    const starts = new Int32Array(this.tokens.length + 1);
    let at = 0;
    this.tokens.forEach((token, id) => {
      starts[id] = at;
      at += token.length;
    });
    starts[this.tokens.length] = at;
    const text = this.tokens.join('');
    let wide = false;
    for (let k = 0; k < text.length && !wide; k++) wide = text.charCodeAt(k) > 0xff;
    const units = wide ? new Uint16Array(text.length) : new Uint8Array(text.length);
    for (let k = 0; k < text.length; k++) units[k] = text.charCodeAt(k);
    let size = 16;
    while (size * 0.7 < this.tokens.length) size *= 2;
    const slots = new Int32Array(size);
    const mask = size - 1;
    for (let id = 0; id < this.tokens.length; id++) {
      let slot = hashRange(text, starts[id] as number, starts[id + 1] as number) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    return new FrozenDictionary({ units, starts, slots });
  }
}
