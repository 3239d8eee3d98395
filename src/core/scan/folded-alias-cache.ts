/**
 * The folded words (word-scan.ts's foldedWords) of the aliases the matcher has checked, kept for their next check.
 * They sit one after another in one pool of code units, so an entry costs its units and a map entry: a
 * Uint16Array per alias cost about 200 bytes more, and 4,096 of them were a fifth of the matcher's heap in use.
 * Cleared when full: a long-lived background scans article after article.
 */
export class FoldedAliasCache {
  /** Entries: two units of length (high, low), then the folded units. */
  units: Uint16Array;
  private used = 0;
  private readonly starts = new Map<number, number>();

  /** The pool is made on first use: a matcher whose names are checked in WebAssembly never needs it. */
  constructor(
    private readonly maxEntries: number,
    private readonly capacity: number,
  ) {
    this.units = new Uint16Array(0);
  }

  /** Where alias `alias`'s entry starts in `units`, or -1 when it is not cached. */
  find(alias: number): number {
    return this.starts.get(alias) ?? -1;
  }

  /** Caches `folded` for `alias`; returns where its entry starts in `units` (read `units` after this call). */
  add(alias: number, folded: Uint16Array): number {
    const start = this.reserve(folded.length);
    this.units.set(folded, start + 2);
    this.commit(alias, start, folded.length);
    return start;
  }

  /**
   * Room for an entry of at most `length` units: returns where it starts; its units go from start + 2 (in `units`
   * as it is after this call), and commit() must follow before anything else is added.
   */
  reserve(length: number): number {
    const size = length + 2;
    if (this.units.length === 0) this.units = new Uint16Array(Math.max(this.capacity, size));
    if (this.starts.size >= this.maxEntries || this.used + size > this.units.length) {
      this.starts.clear();
      this.used = 0;
      if (size > this.units.length) this.units = new Uint16Array(size);
    }
    return this.used;
  }

  /** Makes the entry written at `start` (`length` units) alias `alias`'s. */
  commit(alias: number, start: number, length: number): void {
    this.units[start] = length >>> 16;
    this.units[start + 1] = length & 0xffff;
    this.used = start + 2 + length;
    this.starts.set(alias, start);
  }

  /** The length of the entry that starts at `start`. */
  lengthAt(start: number): number {
    return (this.units[start] as number) * 0x10000 + (this.units[start + 1] as number);
  }
}
