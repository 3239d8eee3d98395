/**
 * Two matchers as one: the bundled index's and a small one of the reader's imported packs (engine/overlay.ts), each
 * a binary index walked in its own WebAssembly scan. A text is scanned by both, and their candidates are merged into
 * what one matcher over both alias lists finds (the base's aliases first, the top's numbered after them), so the
 * resolver sees every candidate of the text together and a longer name wins across both.
 *
 * What one matcher finds, per start word: the exact names by their last word (with the inflected forms of the same
 * words in the same candidate: Syriens), then the variants by their last word, none where an exact name covers the
 * same words (match.ts). Each matcher's list is in that order, so the merge goes start word by start word.
 */
import type { AliasTable } from './alias-table';
import type { MatchCandidate, Matcher, ScanOptions } from './match';

/** The aliases of `base` followed by those of `top`: top's alias `k` is `base.length + k`. */
export function joinAliasTables(base: AliasTable, top: AliasTable): AliasTable {
  const offset = base.length;
  return {
    length: offset + top.length,
    get: (index) => (index < offset ? base.get(index) : top.get(index - offset)),
    caseSensitive: (index) =>
      index < offset ? base.caseSensitive(index) : top.caseSensitive(index - offset),
    lang: (index) => (index < offset ? base.lang(index) : top.lang(index - offset)),
    text: (index) => (index < offset ? base.text(index) : top.text(index - offset)),
  };
}

/** A candidate's aliases that match as written (not through an inflected form). */
function asWritten(candidate: MatchCandidate): number[] {
  const inflected = candidate.suffixAliases;
  return inflected ? candidate.aliases.filter((a) => !inflected.includes(a)) : candidate.aliases;
}

/** Two non-variant candidates of the same words as one: the names as written first, then the inflected forms. */
function joinExact(a: MatchCandidate, b: MatchCandidate): MatchCandidate {
  const written = [...asWritten(a), ...asWritten(b)];
  const inflected = [...(a.suffixAliases ?? []), ...(b.suffixAliases ?? [])];
  const joined: MatchCandidate = { ...a, aliases: [...written, ...inflected] };
  delete joined.suffix;
  delete joined.suffixAliases;
  if (inflected.length > 0) joined.suffixAliases = inflected;
  // A candidate of inflected forms alone carries the ending (as match.ts pushes one).
  if (written.length === 0) joined.suffix = 's';
  return joined;
}

/** `candidate` with its aliases numbered `offset` on (the top's in the joined table). */
function shifted(candidate: MatchCandidate, offset: number): MatchCandidate {
  const moved: MatchCandidate = { ...candidate, aliases: candidate.aliases.map((a) => a + offset) };
  if (candidate.suffixAliases) moved.suffixAliases = candidate.suffixAliases.map((a) => a + offset);
  return moved;
}

/** The candidates of one start word, both lists', as one matcher pushes them. */
function mergeStart(base: MatchCandidate[], top: MatchCandidate[]): MatchCandidate[] {
  const exact = new Map<number, MatchCandidate>();
  const variants = new Map<number, MatchCandidate>();
  for (const candidate of [...base, ...top]) {
    const byEnd = candidate.variant ? variants : exact;
    const same = byEnd.get(candidate.lastWord);
    if (!same) byEnd.set(candidate.lastWord, candidate);
    else if (candidate.variant)
      byEnd.set(candidate.lastWord, { ...same, aliases: [...same.aliases, ...candidate.aliases] });
    else byEnd.set(candidate.lastWord, joinExact(same, candidate));
  }
  const byLastWord = (a: MatchCandidate, b: MatchCandidate) => a.lastWord - b.lastWord;
  return [
    ...[...exact.values()].sort(byLastWord),
    // A variant never stands where the same words are a name as written (match.ts's collectVariants).
    ...[...variants.values()].filter((candidate) => !exact.has(candidate.lastWord)).sort(byLastWord),
  ];
}

/**
 * The candidates one matcher over both alias lists finds, from the base's and the top's (whose aliases are numbered
 * from `offset` in the joined table).
 */
export function mergeCandidates(
  base: readonly MatchCandidate[],
  top: readonly MatchCandidate[],
  offset: number,
): MatchCandidate[] {
  if (top.length === 0) return [...base];
  const merged: MatchCandidate[] = [];
  let i = 0;
  let j = 0;
  while (i < base.length || j < top.length) {
    const word = Math.min(base[i]?.firstWord ?? Infinity, top[j]?.firstWord ?? Infinity);
    const fromBase: MatchCandidate[] = [];
    const fromTop: MatchCandidate[] = [];
    for (; i < base.length && (base[i] as MatchCandidate).firstWord === word; i++)
      fromBase.push(base[i] as MatchCandidate);
    for (; j < top.length && (top[j] as MatchCandidate).firstWord === word; j++)
      fromTop.push(shifted(top[j] as MatchCandidate, offset));
    if (fromTop.length === 0) merged.push(...fromBase);
    else if (fromBase.length === 0) merged.push(...fromTop);
    else merged.push(...mergeStart(fromBase, fromTop));
  }
  return merged;
}

/**
 * The matcher of `base` and `top` together, over joinAliasTables(base's aliases, top's): a scan is both scans, their
 * candidates merged (mergeCandidates). `keep`: which of the base's aliases may match (ScanOptions.keep), on every
 * scan. The scan's words and arrays are the base's (both scans read the text alike).
 */
export function overlayMatcher(
  base: Matcher,
  top: Matcher,
  offset: number,
  keep?: (alias: number) => boolean,
): Matcher {
  return {
    tables: base.tables,
    walk: base.walk === 'webassembly' && top.walk === 'webassembly' ? 'webassembly' : 'javascript',
    scan(text: string, options: ScanOptions = {}) {
      const inTop = top.scan(text, { variants: options.variants });
      const candidates = inTop.candidates;
      const scan = base.scan(text, { variants: options.variants, keep: keep ?? options.keep });
      scan.candidates = mergeCandidates(scan.candidates, candidates, offset);
      return scan;
    },
  };
}
