/**
 * The words that occur in any alias, each with a number. Looked up straight from a range of the article text, so
 * scanning an article allocates no string per word: most article words are not in any name and cost one hash.
 */

const NOT_FOUND = -1;

/** FNV-1a over UTF-16 code units: cheap, and good enough spread for a table kept at most half full. */
function hashRange(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let k = start; k < end; k++) hash = Math.imul(hash ^ text.charCodeAt(k), 0x01000193);
  return hash >>> 0;
}

/** An open-addressing string table whose lookups take a slice of a larger string by offsets. */
export class TokenDictionary {
  private readonly tokens: string[] = [];
  /** Token id + 1 per slot; 0 marks an empty slot. */
  private slots = new Int32Array(256);

  /** The number of distinct tokens. */
  get size(): number {
    return this.tokens.length;
  }

  /** The id of `token`, adding it if new. */
  intern(token: string): number {
    const found = this.find(token, 0, token.length);
    if (found !== NOT_FOUND) return found;
    if ((this.tokens.length + 1) * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    this.tokens.push(token);
    this.place(this.slots, this.tokens.length - 1);
    return this.tokens.length - 1;
  }

  /** The id of the token equal to `text.slice(start, end)`, or -1; allocates nothing. */
  find(text: string, start: number, end: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hashRange(text, start, end) & mask; ; slot = (slot + 1) & mask) {
      const id = (this.slots[slot] as number) - 1;
      if (id === NOT_FOUND) return NOT_FOUND;
      if (this.equals(this.tokens[id] as string, text, start, end)) return id;
    }
  }

  private equals(token: string, text: string, start: number, end: number): boolean {
    if (token.length !== end - start) return false;
    for (let k = 0; k < token.length; k++)
      if (token.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
    return true;
  }

  private place(slots: Int32Array, id: number): void {
    const token = this.tokens[id] as string;
    const mask = slots.length - 1;
    let slot = hashRange(token, 0, token.length) & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = id + 1;
  }

  private rehash(size: number): void {
    const slots = new Int32Array(size);
    for (let id = 0; id < this.tokens.length; id++) this.place(slots, id);
    this.slots = slots;
  }
}
