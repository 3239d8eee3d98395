/**
 * A trie over word ids: each alias is a path of words, its index sits at the node where the path ends. Built with
 * TrieBuilder, then frozen into a breadth-first layout in typed arrays: the children of a node are consecutive nodes,
 * so a node needs one offset and an edge one word id, looked up by binary search (17 steps among 100,000 first
 * words at the root, on the few article words that occur in some name at all).
 */

/** The parts of a frozen trie, as the binary index stores them. Node 0 is the root. */
export interface FrozenTrieParts {
  /** Per node: the first child's node id; children of n are firstChild[n] .. firstChild[n + 1] - 1. nodes + 1. */
  firstChild: Int32Array;
  /** Per node: the word id on the edge into it (sorted among siblings). */
  edgeWord: Int32Array;
  /** Per node: where its outputs start in outList; nodes + 1 entries. */
  outStart: Int32Array;
  /** Alias indices, grouped by node. */
  outList: Int32Array;
}

const NONE = -1;

/** An immutable trie over typed arrays. */
export class FrozenTrie {
  /**
   * The root's children by word id, made on first use: the root has a child per first word of a name (~50,000 at
   * 100,000 names), and every article word that is in the dictionary starts at the root, so a direct table there
   * saves a 16-step binary search per word for 4 bytes per word. Deeper nodes have a handful of children.
   */
  private rootChildren: Int32Array | undefined;

  constructor(readonly parts: FrozenTrieParts) {}

  /** The child of `node` along word `word`, or -1. */
  child(node: number, word: number): number {
    if (word < 0) return NONE;
    if (node === 0) {
      const root = (this.rootChildren ??= this.makeRootChildren());
      return word < root.length ? (root[word] as number) : NONE;
    }
    const { firstChild, edgeWord } = this.parts;
    let low = firstChild[node] as number;
    let high = (firstChild[node + 1] as number) - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const at = edgeWord[mid] as number;
      if (at === word) return mid;
      if (at < word) low = mid + 1;
      else high = mid - 1;
    }
    return NONE;
  }

  private makeRootChildren(): Int32Array {
    const { firstChild, edgeWord } = this.parts;
    const from = firstChild[0] as number;
    const to = firstChild[1] as number;
    // Children are sorted by word id: the last one is the largest.
    const table = new Int32Array(to > from ? (edgeWord[to - 1] as number) + 1 : 0).fill(NONE);
    for (let child = from; child < to; child++) table[edgeWord[child] as number] = child;
    return table;
  }

  /** Whether any alias ends at `node`. */
  hasOutputs(node: number): boolean {
    return (this.parts.outStart[node + 1] as number) > (this.parts.outStart[node] as number);
  }

  /** The alias indices that end at `node`. */
  outputs(node: number): Int32Array {
    return this.parts.outList.subarray(this.parts.outStart[node], this.parts.outStart[node + 1]);
  }

  get nodeCount(): number {
    return this.parts.firstChild.length - 1;
  }
}

/** Int32 storage that grows like an array list. */
class IntList {
  data: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }

  push(value: number): number {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length] = value;
    return this.length++;
  }
}

const EMPTY = -1;
/** Node ids stay below this (16.7 million nodes; 1,000,000 names make about 1.7 million). */
const CHILD_RANGE = 0x1000000;

/**
 * A growing trie, for building: edges in one open-addressing table keyed by (parent, word), outputs in linked lists,
 * all typed arrays, so 100,000 names make no Map or array per node (which cost most of the build in garbage).
 */
export class TrieBuilder {
  private nodes = 1;
  /** Edge table: parent node, word id and child node per slot; parent EMPTY marks a free slot. */
  private slotParent = new Int32Array(1 << 12).fill(EMPTY);
  private slotWord = new Int32Array(1 << 12);
  private slotChild = new Int32Array(1 << 12);
  private edges = 0;
  /** Per node: its latest output entry, or EMPTY; entries chain to earlier ones. */
  private outHead = new IntList();
  private readonly outAlias = new IntList();
  private readonly outNext = new IntList();

  constructor() {
    this.outHead.push(EMPTY);
  }

  private slotOf(parent: number, word: number): number {
    const mask = this.slotParent.length - 1;
    let slot = (Math.imul(parent, 0x9e3779b1) ^ Math.imul(word, 0x85ebca6b)) & mask;
    while (this.slotParent[slot] !== EMPTY) {
      if (this.slotParent[slot] === parent && this.slotWord[slot] === word) return slot;
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private growEdges(): void {
    const [parents, words, children] = [this.slotParent, this.slotWord, this.slotChild];
    const size = parents.length * 2;
    this.slotParent = new Int32Array(size).fill(EMPTY);
    this.slotWord = new Int32Array(size);
    this.slotChild = new Int32Array(size);
    for (let k = 0; k < parents.length; k++) {
      if (parents[k] === EMPTY) continue;
      const slot = this.slotOf(parents[k] as number, words[k] as number);
      this.slotParent[slot] = parents[k] as number;
      this.slotWord[slot] = words[k] as number;
      this.slotChild[slot] = children[k] as number;
    }
  }

  /** Adds the path `words` (word ids) ending in alias `aliasIndex`; a repeat of one alias on one path is kept once. */
  insert(words: readonly number[], aliasIndex: number): void {
    let node = 0;
    for (const word of words) {
      let slot = this.slotOf(node, word);
      if (this.slotParent[slot] === EMPTY) {
        if ((this.edges + 1) * 2 > this.slotParent.length) {
          this.growEdges();
          slot = this.slotOf(node, word);
        }
        this.slotParent[slot] = node;
        this.slotWord[slot] = word;
        if (this.nodes >= CHILD_RANGE) throw new Error('too many names for one trie (over 16 million nodes)');
        this.slotChild[slot] = this.nodes++;
        this.outHead.push(EMPTY);
        this.edges++;
      }
      node = this.slotChild[slot] as number;
    }
    const head = this.outHead.data[node] as number;
    if (head !== EMPTY && this.outAlias.data[head] === aliasIndex) return;
    this.outAlias.push(aliasIndex);
    this.outHead.data[node] = this.outNext.push(head);
  }

  /** The frozen, breadth-first form. */
  freeze(): FrozenTrie {
    const nodes = this.nodes;
    // Edges grouped by parent (a counting sort), then each group sorted by word.
    const groupStart = new Int32Array(nodes + 1);
    for (let k = 0; k < this.slotParent.length; k++) {
      const parent = this.slotParent[k] as number;
      if (parent !== EMPTY) groupStart[parent + 1] = (groupStart[parent + 1] as number) + 1;
    }
    for (let n = 0; n < nodes; n++)
      groupStart[n + 1] = (groupStart[n + 1] as number) + (groupStart[n] as number);
    const fill = groupStart.slice(0, nodes);
    // Word and child packed into one exact double (child < 2^24 nodes, word < 2^29): a numeric sort orders by word.
    const packed = new Float64Array(this.edges);
    for (let k = 0; k < this.slotParent.length; k++) {
      const parent = this.slotParent[k] as number;
      if (parent === EMPTY) continue;
      const at = fill[parent] as number;
      fill[parent] = at + 1;
      packed[at] = (this.slotWord[k] as number) * CHILD_RANGE + (this.slotChild[k] as number);
    }
    for (let n = 0; n < nodes; n++) {
      const from = groupStart[n] as number;
      const to = groupStart[n + 1] as number;
      if (to - from > 1) packed.subarray(from, to).sort();
    }
    const order = new Int32Array(nodes); // new id → old id
    const firstChild = new Int32Array(nodes + 1);
    const edgeWord = new Int32Array(nodes);
    let next = 1;
    for (let at = 0; at < nodes; at++) {
      const old = order[at] as number;
      firstChild[at] = next;
      for (let e = groupStart[old] as number; e < (groupStart[old + 1] as number); e++) {
        const value = packed[e] as number;
        const word = Math.floor(value / CHILD_RANGE);
        order[next] = value - word * CHILD_RANGE;
        edgeWord[next++] = word;
      }
    }
    firstChild[nodes] = next;
    const outStart = new Int32Array(nodes + 1);
    const outList = new Int32Array(this.outAlias.length);
    let total = 0;
    for (let at = 0; at < nodes; at++) {
      outStart[at] = total;
      // The chain runs newest first: count it, then write it backwards so outputs keep insertion order.
      let count = 0;
      for (
        let e = this.outHead.data[order[at] as number] as number;
        e !== EMPTY;
        e = this.outNext.data[e] as number
      )
        count++;
      let write = total + count;
      for (
        let e = this.outHead.data[order[at] as number] as number;
        e !== EMPTY;
        e = this.outNext.data[e] as number
      )
        outList[--write] = this.outAlias.data[e] as number;
      total += count;
    }
    outStart[nodes] = total;
    return new FrozenTrie({ firstChild, edgeWord, outStart, outList });
  }
}
