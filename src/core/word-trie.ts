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

/** A growing trie, for building. */
export class TrieBuilder {
  private readonly children: (Map<number, number> | undefined)[] = [undefined];
  private readonly outputs: (number[] | undefined)[] = [undefined];

  /** Adds the path `words` (word ids) ending in alias `aliasIndex`; a repeat of one alias on one path is kept once. */
  insert(words: readonly number[], aliasIndex: number): void {
    let node = 0;
    for (const word of words) {
      const edges = (this.children[node] ??= new Map());
      let next = edges.get(word);
      if (next === undefined) {
        next = this.children.push(undefined) - 1;
        this.outputs.push(undefined);
        edges.set(word, next);
      }
      node = next;
    }
    const out = (this.outputs[node] ??= []);
    if (out[out.length - 1] !== aliasIndex) out.push(aliasIndex);
  }

  /** The frozen, breadth-first form. */
  freeze(): FrozenTrie {
    const nodes = this.children.length;
    const order = new Int32Array(nodes); // new id → old id
    const newId = new Int32Array(nodes);
    const firstChild = new Int32Array(nodes + 1);
    const edgeWord = new Int32Array(nodes);
    let next = 1;
    for (let at = 0; at < nodes; at++) {
      const old = order[at] as number;
      firstChild[at] = next;
      const edges = this.children[old];
      if (!edges) continue;
      const sorted = [...edges].sort((a, b) => a[0] - b[0]);
      for (const [word, child] of sorted) {
        order[next] = child;
        newId[child] = next;
        edgeWord[next++] = word;
      }
    }
    firstChild[nodes] = next;
    const outStart = new Int32Array(nodes + 1);
    let total = 0;
    for (let at = 0; at < nodes; at++) {
      outStart[at] = total;
      total += this.outputs[order[at] as number]?.length ?? 0;
    }
    outStart[nodes] = total;
    const outList = new Int32Array(total);
    for (let at = 0; at < nodes; at++) {
      const out = this.outputs[order[at] as number];
      if (out) outList.set(out, outStart[at] as number);
    }
    return new FrozenTrie({ firstChild, edgeWord, outStart, outList });
  }
}
