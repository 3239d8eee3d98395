/**
 * The names as a hashed trie of word hashes: one open-addressing table holds every edge (parent node, word hash) of
 * the trie, and a node is the slot of the edge into it. A slot keeps only a 16-bit fingerprint of its edge, so the
 * table stores neither the words nor the tree's shape: 2 bytes per slot, where a trie over a word dictionary spent
 * about 30 bytes per node (decision 0012).
 *
 * The price is that a lookup can answer for the wrong edge: two edges whose fingerprints agree in one probe run are
 * one node, and an article word can meet a slot of its fingerprint by chance (about one word in 20,000). So a node's
 * outputs are candidates, and the matcher checks each alias it reports against the article's words before keeping
 * it (match.ts). No alias is ever lost: an edge is looked up along exactly the probe run that stored it.
 *
 * Outputs: a bit per slot marks the nodes where names end, numbered by their rank among the marked slots. Terminal
 * r owns run r of the output sequence (found by select on `runStarts`), or the run that starts at runFirst[r] when
 * the runs are in another order; a run ends where the next one starts. The output sequence is `outList`, or the
 * alias positions themselves when the index stores the aliases grouped by terminal (index-binary.ts does), which
 * costs no list at all. runFirst and outList are packed as narrow as their values allow (packed-ints.ts).
 */

import { packedInt, packInts, widthFor } from './packed-ints';

/** The parts of a table, as the binary index stores them. Node 0 is the root; node n > 0 is slot n - 1. */
export interface NameTableParts {
  /** Per slot: the fingerprint of the edge into that node (1..65535), or 0 for a free slot. A power of two long. */
  fingerprints: Uint16Array;
  /** A bit per slot: some name ends at that node. */
  terminals: Uint32Array;
  /** Per 8 words (256 slots) of `terminals`: how many terminal slots come before; one more entry at the end. */
  terminalRanks: Uint32Array;
  /**
   * Per terminal (by rank): where its run starts in the output sequence, packed runFirstBits bits each; empty when
   * terminal r owns run r.
   */
  runFirst: Uint32Array;
  runFirstBits: number;
  /** A bit per position of the output sequence where a run starts, and one past the last run. */
  runStarts: Uint32Array;
  /** The position of every 64th set bit of `runStarts` (select samples). */
  runSamples: Uint32Array;
  /**
   * The output sequence (alias indices), packed outListBits bits each; empty when the outputs are the alias
   * positions themselves.
   */
  outList: Uint32Array;
  outListBits: number;
}

/** Options for building; tests narrow the fingerprints to force collisions. */
export interface NameTableOptions {
  /** Bits of fingerprint kept per slot (1..16); default 16. */
  fingerprintBits?: number;
}

const NONE = -1;
const MAX_LOAD = 0.75;
const RANK_WORDS = 8;
const SAMPLE_EVERY = 64;

/** Mixes a parent node and a word hash into one well-spread 32-bit value (a murmur3 finaliser). */
function edgeHash(node: number, word: number): number {
  let h = word ^ Math.imul(node + 1, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** The fingerprint of an edge: bits of the mixed hash that its home slot (the top bits) does not already give. */
function fingerprintOf(h: number, mask: number): number {
  return (Math.imul(h, 0x2c1b3c6d) >>> 16) & mask || 1;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** A bitset with `length` bits. */
function bitset(length: number): Uint32Array {
  return new Uint32Array((length >>> 5) + 1);
}

function setBit(bits: Uint32Array, at: number): void {
  bits[at >>> 5] = (bits[at >>> 5] as number) | (1 << (at & 31));
}

/** Where the `k`-th set bit of `bits` is (0-based), using every 64th position from `samples`. */
function select(bits: Uint32Array, samples: Uint32Array, k: number): number {
  const at = samples[Math.floor(k / SAMPLE_EVERY)] as number;
  let left = k % SAMPLE_EVERY;
  let word = at >>> 5;
  // The sample's own bit and every set bit after it in its word, then whole words.
  let current = ((bits[word] as number) >>> (at & 31)) << (at & 31);
  for (;;) {
    const count = popcount(current);
    if (left < count) {
      for (; left > 0; left--) current &= current - 1;
      return word * 32 + (31 - Math.clz32(current & -current));
    }
    left -= count;
    current = bits[++word] as number;
  }
}

/** The first set bit of `bits` at or after `from` (there must be one). */
function nextSetBit(bits: Uint32Array, from: number): number {
  let word = from >>> 5;
  let current = (((bits[word] as number) >>> (from & 31)) << (from & 31)) >>> 0;
  while (current === 0) current = bits[++word] as number;
  return word * 32 + (31 - Math.clz32(current & -current));
}

function selectSamples(bits: Uint32Array): Uint32Array {
  const samples: number[] = [];
  let seen = 0;
  for (let word = 0; word < bits.length; word++)
    for (let b = 0; b < 32; b++)
      if (((bits[word] as number) & (1 << b)) !== 0 && seen++ % SAMPLE_EVERY === 0)
        samples.push(word * 32 + b);
  return Uint32Array.from(samples);
}

/** An immutable table over typed arrays: nothing is built when it is loaded from bytes. */
export class NameTable {
  private readonly shift: number;
  private readonly mask: number;
  private readonly fingerprintMask: number;

  constructor(
    readonly parts: NameTableParts,
    readonly fingerprintBits = 16,
  ) {
    const size = parts.fingerprints.length;
    if (size < 2 || (size & (size - 1)) !== 0) throw new Error('name table size is not a power of two');
    for (const width of [parts.runFirstBits, parts.outListBits])
      if (!(width >= 1 && width <= 32))
        throw new Error(`name table: ${width} bits is no width for its outputs`);
    this.mask = size - 1;
    this.shift = 32 - Math.log2(size);
    this.fingerprintMask = (1 << fingerprintBits) - 1;
  }

  /** The child of `node` along the word with FNV-1a hash `word` (word-hash.ts), or -1. */
  child(node: number, word: number): number {
    const { fingerprints } = this.parts;
    const h = edgeHash(node, word);
    const fingerprint = fingerprintOf(h, this.fingerprintMask);
    const mask = this.mask;
    for (let slot = h >>> this.shift; ; slot = (slot + 1) & mask) {
      const found = fingerprints[slot];
      if (found === fingerprint) return slot + 1;
      // Undefined: a view of a WebAssembly memory that grew and was not made again (index-binary.ts) reads as
      // empty, and the probe must still end.
      if (found === 0 || found === undefined) return NONE;
    }
  }

  /**
   * child(node, words[k]) for every k < count, into `out`: the matcher's root probe for every word of an article.
   * One call for all of them, the probe inlined in this loop: per word, a call cost as much as the probe, and the
   * probes are independent loads the processor can overlap (the table is larger than its caches). The probe is
   * written out here as in child(): sharing one private probe method cost 3–8% of the exact scan (A/B in Node).
   */
  childrenOf(node: number, words: Int32Array, count: number, out: Int32Array): void {
    const { fingerprints } = this.parts;
    const { mask, shift, fingerprintMask } = this;
    for (let k = 0; k < count; k++) {
      const h = edgeHash(node, words[k] as number);
      const fingerprint = fingerprintOf(h, fingerprintMask);
      let found = NONE;
      for (let slot = h >>> shift; ; slot = (slot + 1) & mask) {
        const stored = fingerprints[slot];
        if (stored === fingerprint) {
          found = slot + 1;
          break;
        }
        if (stored === 0 || stored === undefined) break;
      }
      out[k] = found;
    }
  }

  /** Whether some name ends at `node`. */
  hasOutputs(node: number): boolean {
    if (node <= 0) return false;
    const slot = node - 1;
    return ((this.parts.terminals[slot >>> 5] as number) & (1 << (slot & 31))) !== 0;
  }

  /** The alias indices that end at `node` (candidates: see the file's comment); empty when none. */
  outputs(node: number): number[] {
    const found: number[] = [];
    const from = this.firstOutput(node);
    if (from < 0) return found;
    for (let k = from, to = this.outputEnd(from); k < to; k++) found.push(this.outputAt(k));
    return found;
  }

  /**
   * Where the outputs of `node` start in the output sequence, or -1 when no name ends there. The matcher reads
   * them as outputAt(from) .. outputAt(outputEnd(from) - 1): no array per node on the hot path.
   */
  firstOutput(node: number): number {
    if (!this.hasOutputs(node)) return NONE;
    const { runFirst, runFirstBits, runStarts, runSamples } = this.parts;
    const rank = this.rank(node - 1);
    return runFirst.length > 0
      ? packedInt(runFirst, runFirstBits, rank)
      : select(runStarts, runSamples, rank);
  }

  /** One past the last output of the run that starts at `from`. */
  outputEnd(from: number): number {
    return nextSetBit(this.parts.runStarts, from + 1);
  }

  /** The alias at position `k` of the output sequence. */
  outputAt(k: number): number {
    const { outList, outListBits } = this.parts;
    return outList.length > 0 ? packedInt(outList, outListBits, k) : k;
  }

  /** How many terminal slots come before `slot`. */
  private rank(slot: number): number {
    const { terminals, terminalRanks } = this.parts;
    const word = slot >>> 5;
    let rank = terminalRanks[Math.floor(word / RANK_WORDS)] as number;
    for (let w = word - (word % RANK_WORDS); w < word; w++) rank += popcount(terminals[w] as number);
    return rank + popcount((terminals[word] as number) & ((1 << (slot & 31)) - 1));
  }

  /** How many nodes have outputs. */
  get terminalCount(): number {
    return this.parts.terminalRanks[this.parts.terminalRanks.length - 1] as number;
  }

  /** Whether the table has no names at all. */
  get isEmpty(): boolean {
    return this.terminalCount === 0;
  }

  /**
   * Every terminal's outputs, in rank order: terminal r's are list[starts[r] .. starts[r + 1]). What relabel() and
   * the index encoder work from.
   */
  terminalOutputs(): { starts: Uint32Array; list: Uint32Array } {
    const { runFirst, runFirstBits, runStarts } = this.parts;
    const count = this.terminalCount;
    const runBounds = setBitPositions(runStarts);
    const starts = new Uint32Array(count + 1);
    // The last bound is one past the last run: the output sequence's length.
    const list = new Uint32Array(runBounds[runBounds.length - 1] ?? 0);
    let at = 0;
    for (let r = 0; r < count; r++) {
      const from = runFirst.length > 0 ? packedInt(runFirst, runFirstBits, r) : (runBounds[r] as number);
      starts[r] = at;
      for (let k = from, to = nextSetBit(runStarts, from + 1); k < to; k++) list[at++] = this.outputAt(k);
    }
    starts[count] = at;
    return { starts, list };
  }

  /**
   * The same table with alias `a` renumbered `newIndexOf[a]`. With `grouped`, every terminal's aliases must be
   * consecutive in the new numbering, and the outputs become those positions: no output list is stored.
   */
  relabel(newIndexOf: ArrayLike<number>, grouped: boolean): NameTable {
    const { starts, list } = this.terminalOutputs();
    for (let k = 0; k < list.length; k++) list[k] = newIndexOf[list[k] as number] as number;
    for (let r = 0; r + 1 < starts.length; r++)
      if ((starts[r + 1] as number) - (starts[r] as number) > 1)
        list.subarray(starts[r], starts[r + 1]).sort();
    const { fingerprints, terminals, terminalRanks } = this.parts;
    return new NameTable(
      {
        fingerprints,
        terminals,
        terminalRanks,
        ...(grouped ? groupedOutputs(starts, list) : listOutputs(starts, list)),
      },
      this.fingerprintBits,
    );
  }
}

/** The positions of the set bits of `bits`, in order. */
function setBitPositions(bits: Uint32Array): Uint32Array {
  let count = 0;
  for (const word of bits) count += popcount(word);
  const positions = new Uint32Array(count);
  let at = 0;
  bits.forEach((word, w) => {
    for (let rest = word; rest !== 0; rest &= rest - 1)
      positions[at++] = w * 32 + (31 - Math.clz32(rest & -rest));
  });
  return positions;
}

type OutputParts = Pick<
  NameTableParts,
  'runFirst' | 'runFirstBits' | 'runStarts' | 'runSamples' | 'outList' | 'outListBits'
>;

/** Outputs as one list, run r for terminal r (terminal r's outputs are list[starts[r] .. starts[r + 1])). */
function listOutputs(starts: Uint32Array, list: Uint32Array): OutputParts {
  const runStarts = bitset(list.length + 1);
  for (const start of starts) setBit(runStarts, start);
  let largest = 0;
  for (const alias of list) largest = Math.max(largest, alias);
  const outListBits = widthFor(largest);
  return {
    runFirst: new Uint32Array(0),
    runFirstBits: 1,
    runStarts,
    runSamples: selectSamples(runStarts),
    outList: packInts(list, outListBits),
    outListBits,
  };
}

/**
 * Outputs as ranges of alias positions: each terminal's outputs must be consecutive positions, and the runs must
 * tile 0 .. end with nothing between them (aliases with no words, which end nowhere, come last).
 */
function groupedOutputs(starts: Uint32Array, list: Uint32Array): OutputParts {
  const terminals = starts.length - 1;
  const firstOf = (r: number) => list[starts[r] as number] as number;
  const byFirst = Uint32Array.from({ length: terminals }, (_, r) => r).sort(
    (x, y) => firstOf(x) - firstOf(y),
  );
  const runFirst = new Uint32Array(terminals);
  const runStarts = bitset(list.length + 1);
  let expected = 0;
  byFirst.forEach((r) => {
    runFirst[r] = firstOf(r);
    for (let k = starts[r] as number; k < (starts[r + 1] as number); k++)
      if (list[k] !== expected++) throw new Error('aliases of one name-table node are not stored together');
    setBit(runStarts, firstOf(r));
  });
  setBit(runStarts, expected);
  const runFirstBits = widthFor(expected);
  // Runs are found from runFirst, never by select: no samples.
  return {
    runFirst: packInts(runFirst, runFirstBits),
    runFirstBits,
    runStarts,
    runSamples: new Uint32Array(0),
    outList: new Uint32Array(0),
    outListBits: 1,
  };
}

/**
 * Builds a table from name paths (word hashes). The table is sized for the distinct edges: at most 75% full, where
 * a lookup that misses (most article words) reads a few neighbouring slots, mostly in one cache line.
 */
export class NameTableBuilder {
  /** Every path's words, one after another, and where each path starts (one more entry at the end). */
  private words = new Int32Array(1024);
  private wordCount = 0;
  private readonly pathStarts: number[] = [0];
  private readonly aliases: number[] = [];

  constructor(private readonly options: NameTableOptions = {}) {}

  /** Adds the path `words` (FNV-1a word hashes) ending in alias `aliasIndex`. */
  insert(words: ArrayLike<number>, aliasIndex: number): void {
    while (this.wordCount + words.length > this.words.length) {
      const bigger = new Int32Array(this.words.length * 2);
      bigger.set(this.words);
      this.words = bigger;
    }
    for (let k = 0; k < words.length; k++) this.words[this.wordCount++] = words[k] as number;
    this.pathStarts.push(this.wordCount);
    this.aliases.push(aliasIndex);
  }

  freeze(): NameTable {
    const bits = this.options.fingerprintBits ?? 16;
    // Names share their first words, so a table sized for every word of every path is mostly empty: fill one that
    // size, count the slots used (the distinct edges), and fill the right size.
    let { fingerprints, ends } = this.fill(sizeFor(this.wordCount), bits);
    let used = 0;
    for (const fingerprint of fingerprints) if (fingerprint !== 0) used++;
    if (sizeFor(used) < fingerprints.length) ({ fingerprints, ends } = this.fill(sizeFor(used), bits));

    // Paths by the slot they end at (a counting sort, so insertion order holds within a slot).
    const size = fingerprints.length;
    const terminals = bitset(size);
    const slotStarts = new Uint32Array(size + 1);
    for (const node of ends)
      if (node > 0) {
        slotStarts[node] = (slotStarts[node] as number) + 1;
        setBit(terminals, node - 1);
      }
    for (let slot = 0; slot < size; slot++)
      slotStarts[slot + 1] = (slotStarts[slot + 1] as number) + (slotStarts[slot] as number);
    const bySlot = new Uint32Array(slotStarts[size] as number);
    const next = slotStarts.slice(0, size);
    ends.forEach((node, p) => {
      if (node === 0) return;
      const at = next[node - 1] as number;
      next[node - 1] = at + 1;
      bySlot[at] = this.aliases[p] as number;
    });
    // Per terminal: its aliases, each once (a name listed twice for one entity ends at one node twice).
    const starts: number[] = [];
    const list: number[] = [];
    for (let slot = 0; slot < size; slot++) {
      const from = slotStarts[slot] as number;
      const to = slotStarts[slot + 1] as number;
      if (from === to) continue;
      const first = list.length;
      starts.push(first);
      for (let k = from; k < to; k++) {
        const alias = bySlot[k] as number;
        if (!list.includes(alias, first)) list.push(alias);
      }
    }
    starts.push(list.length);

    const terminalRanks = new Uint32Array(Math.ceil(terminals.length / RANK_WORDS) + 1);
    let rank = 0;
    for (let w = 0; w < terminals.length; w++) {
      if (w % RANK_WORDS === 0) terminalRanks[w / RANK_WORDS] = rank;
      rank += popcount(terminals[w] as number);
    }
    terminalRanks[terminalRanks.length - 1] = rank;
    return new NameTable(
      {
        fingerprints,
        terminals,
        terminalRanks,
        ...listOutputs(Uint32Array.from(starts), Uint32Array.from(list)),
      },
      bits,
    );
  }

  /** Inserts every path into a table of `size` slots; returns it and the node each path ends at. */
  private fill(size: number, bits: number): { fingerprints: Uint16Array; ends: Int32Array } {
    const fingerprintMask = (1 << bits) - 1;
    const mask = size - 1;
    const shift = 32 - Math.log2(size);
    const fingerprints = new Uint16Array(size);
    const paths = this.aliases.length;
    const ends = new Int32Array(paths);
    for (let p = 0; p < paths; p++) {
      let node = 0;
      for (let k = this.pathStarts[p] as number; k < (this.pathStarts[p + 1] as number); k++) {
        const h = edgeHash(node, this.words[k] as number);
        const fingerprint = fingerprintOf(h, fingerprintMask);
        let slot = h >>> shift;
        while (fingerprints[slot] !== 0 && fingerprints[slot] !== fingerprint) slot = (slot + 1) & mask;
        fingerprints[slot] = fingerprint;
        node = slot + 1;
      }
      ends[p] = node;
    }
    return { fingerprints, ends };
  }
}

function sizeFor(edges: number): number {
  let size = 16;
  while (size * MAX_LOAD < edges) size *= 2;
  return size;
}
