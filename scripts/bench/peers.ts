/**
 * The peers of the engine bench, and the common ground they are compared on: plain case-insensitive whole-word
 * matching, reduced to leftmost-longest non-overlapping spans (what one regular expression returns), so every peer
 * reports the same set and any disagreement shows.
 */
import { AhoCorasick } from '@monyone/aho-corasick';
import type { Matcher } from '../../src/core/scan/match';

/** Spans as a flat list [start0, end0, start1, end1, …]. */
export type Spans = number[];

/** A peer built from the alias list: scan() returns all its matches as spans (any order, overlaps allowed). */
export interface Peer {
  scan(text: string): Spans;
}

/** Leftmost-longest, non-overlapping: sorts by start, then longest first, then skips what overlaps. */
export function leftmostLongest(spans: Spans): Spans {
  const order = [...Array(spans.length / 2).keys()].sort(
    (a, b) => spans[2 * a]! - spans[2 * b]! || spans[2 * b + 1]! - spans[2 * a + 1]!,
  );
  const out: Spans = [];
  let end = -1;
  for (const k of order) {
    if (spans[2 * k]! < end) continue;
    out.push(spans[2 * k]!, spans[2 * k + 1]!);
    end = spans[2 * k + 1]!;
  }
  return out;
}

/** FNV-1a over the span list: equal hashes, equal match sets. */
export function hashSpans(spans: Spans): string {
  let hash = 0x811c9dc5;
  for (const value of spans) hash = Math.imul(hash ^ value, 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

const WORD = /[\p{L}\p{N}\p{M}]/u;
const wordCache = new Map<number, boolean>();
function isWordUnit(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return false;
  const unit = text.charCodeAt(at);
  let word = wordCache.get(unit);
  if (word === undefined) wordCache.set(unit, (word = WORD.test(text[at]!)));
  return word;
}

/**
 * Ours, exact words only (no variants, no inflections): the part every peer can agree on. An indexed loop, as the
 * regex's is: a for…of steps an iterator, which a first call runs in V8's interpreter (0.2-0.4 ms of it here).
 */
export function ourPeer(matcher: Matcher): Peer {
  const exactOnly = { variants: false };
  return {
    scan(text) {
      const spans: Spans = [];
      const { candidates } = matcher.scan(text, exactOnly);
      for (let k = 0; k < candidates.length; k++) spans.push(candidates[k]!.start, candidates[k]!.end);
      return spans;
    },
  };
}

/** (a) One regular expression: the aliases as a character trie, written as nested alternations. */
export function regexPeer(aliases: readonly string[]): Peer & { sourceLength: number } {
  type Node = Map<string, Node> & { end?: boolean };
  const root: Node = new Map();
  for (const alias of aliases) {
    let node = root;
    for (const ch of alias.toLowerCase()) {
      let next = node.get(ch);
      if (!next) node.set(ch, (next = new Map()));
      node = next;
    }
    node.end = true;
  }
  const escape = (ch: string) => ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const source = (node: Node): string => {
    const branches = [...node].map(([ch, child]) => escape(ch) + source(child));
    if (branches.length === 0) return '';
    const group = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
    // Greedy: the longer name is tried first, the shorter one is what backtracking falls back to.
    return node.end
      ? branches.length === 1 && branches[0]!.length === 1
        ? `${group}?`
        : `(?:${group})?`
      : group;
  };
  const body = source(root);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(?:${body})(?![\\p{L}\\p{N}\\p{M}])`, 'giu');
  return {
    sourceLength: body.length,
    scan(text) {
      const spans: Spans = [];
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        if (m[0].length === 0) {
          pattern.lastIndex++;
          continue;
        }
        spans.push(m.index, m.index + m[0].length);
      }
      return spans;
    },
  };
}

/** (b) @monyone/aho-corasick over lower-cased text, its matches filtered to whole words. */
export function ahoCorasickPeer(aliases: readonly string[]): Peer {
  const automaton = new AhoCorasick(aliases.map((alias) => alias.toLowerCase()));
  return {
    scan(text) {
      const spans: Spans = [];
      for (const { begin, end } of automaton.matchInText(text.toLowerCase())) {
        if (!isWordUnit(text, begin - 1) && !isWordUnit(text, end)) spans.push(begin, end);
      }
      return spans;
    },
  };
}

/** The floor: every character read once through a lookup table, nothing else. Returns a checksum. */
export function floorScan(text: string): number {
  const table = FLOOR_TABLE;
  let sum = 0;
  for (let k = 0; k < text.length; k++) sum += table[text.charCodeAt(k)]!;
  return sum;
}
const FLOOR_TABLE = new Uint8Array(0x10000).map((_, k) => (k * 31) & 0xff);
