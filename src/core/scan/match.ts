/**
 * The multi-pattern matcher: every alias, normalised and split into words, is a path of word hashes in a hashed
 * trie (name-table.ts). An article is normalised, split into words and hashed in one pass (word-scan.ts); the trie
 * is walked from each word that starts some name, and every alias it reports is checked against the article's words
 * (the table keeps fingerprints, not words). No regular expression per alias, no string per article word.
 *
 * Two more ways to match, both marked on the candidate:
 *  - variant: a second trie keyed by transliteration keys (translit-key.ts) finds spellings the packs do not list
 *    (Jarmuk for Yarmouk, Deir al-Sor for Deir ez-Zor). Only plain names of at least 5 letters (not acronyms, not
 *    needsContext words, not demonyms) go in, and only a spelling of at least 5 letters comes out; a variant must
 *    start with a capital as written (or an article: al-),
 *    which keeps ordinary words out and the scan cheap; and it never replaces an exact match of the same words;
 *  - inflected: a name's last word plus a German genitive or Dutch possessive -s (Syriens, Assads). The mention
 *    covers the whole word as written ("Syriens"): a highlight that stops inside a word looks like a bug.
 */
import type { AliasTable } from './alias-table';
import type { CompiledAlias } from '../kb/index-format';
import { normalizeKey } from '../text/normalize';
import { NameTableBuilder, type NameTable, type NameTableOptions } from './name-table';
import { FoldedAliasCache } from './folded-alias-cache';
import { hashRange } from './word-hash';
import { gluedArticleKey, isArticleWord, variantKey } from '../text/translit-key';
import {
  ARTICLE_CHARS,
  HIT_ALIAS,
  HIT_INFLECTED,
  NEEDS_CASE,
  NEEDS_CHECK,
  type WasmScan,
} from './wasm/wasm-scan';
import {
  ArticleScanner,
  foldedWords,
  foldUtf8Words,
  grown,
  LONGEST_ARTICLE,
  WORD_SEPARATOR,
} from './word-scan';
import { paragraphParts } from '../text/long-text';
import { findWords, isNameGap, splitWords, unitAt, type CodeUnits, type WordList } from '../text/words';

/** A place where one or more aliases match, before any disambiguation. */
export interface MatchCandidate {
  /** Offsets in the ORIGINAL text (UTF-16 code units), end exclusive. */
  start: number;
  end: number;
  /** The first and last word (inclusive) of the match in the scan's word list. */
  firstWord: number;
  lastWord: number;
  /** Indices into the alias list the matcher was built from. */
  aliases: number[];
  /** Found through transliteration keys, not the alias's own spelling. */
  variant?: boolean;
  /** The ending past the name that the last word carries (German genitive "s" of Syriens). */
  suffix?: string;
  /** The aliases that match only without that ending, when a candidate has both kinds. */
  suffixAliases?: readonly number[];
}

/** Everything one scan learnt about a text; the resolver reuses the words for context cues. */
export interface ScanResult {
  original: string;
  /** The normalised text (normalize(original).text), decoded from `units` on first use. */
  readonly text: string;
  /** The normalised text's code units. */
  units: Uint16Array;
  /** Words in normalised offsets (into `units`). */
  words: WordList;
  /** Per word: where it starts and ends (exclusive) in the original text. */
  originalStarts: Int32Array;
  originalEnds: Int32Array;
  /** Per word: the FNV-1a hash of its units, the key into the name tables. */
  wordHashes: Int32Array;
  candidates: MatchCandidate[];
  /** For a text longer than an article that was matched in parts (long-text.ts): how many. */
  parts?: number;
}

export interface ScanOptions {
  /** Also match transliteration variants and inflected forms (default true). Off: exact words only. */
  variants?: boolean;
  /**
   * Which aliases may match (all without it): the others are left out as they would be from a matcher built
   * without them, so a name they alone would take is still open to a variant. What switched-off packs are
   * (engine/overlay.ts).
   */
  keep?: (alias: number) => boolean;
}

/** A matcher built once from an alias list. */
export interface Matcher {
  /**
   * All candidate matches in `text`, ordered by start word, shorter before longer at one start. The result's typed
   * arrays (and `text`) are the matcher's own and are overwritten by its next scan: read them before scanning again.
   */
  scan(text: string, options?: ScanOptions): ScanResult;
  readonly tables: MatcherTables;
  /**
   * Where the names are walked: in WebAssembly (a binary index in a WasmScan's memory, the extension's one engine at
   * runtime), or in JavaScript (the reference the tests compare it with, and the fallback where WebAssembly cannot
   * run). Variants are walked in JavaScript either way.
   */
  readonly walk: 'webassembly' | 'javascript';
}

/** The compiled search structures: what the binary index stores. */
export interface MatcherTables {
  /** The aliases as paths of word hashes. */
  names: NameTable;
  /** The variant-eligible aliases as paths of transliteration-key hashes (aliasKeyPaths). */
  keys: NameTable;
}

/** Shortest alias (in letters, folded) that may match through transliteration keys. */
export const MIN_VARIANT_LETTERS = 5;
/** Shortest transliteration key of a whole alias that may match. */
export const MIN_VARIANT_KEY = 4;
/** Shortest name word that a genitive -s may follow (so "as" + s is never "ass"). */
const MIN_INFLECTED_STEM = 4;
const MAX_KEY_PATHS = 8;
const KEY_CACHE_LIMIT = 50_000;
/**
 * Aliases whose words (or key paths) are kept for checking candidates; cleared when full. A 30,000-character
 * article checks 600-800 aliases of 100,000 or 1,000,000.
 */
const ALIAS_CACHE_LIMIT = 1024;
/** Code units of folded alias words kept for checking (32 KB; about 16 per alias). */
const FOLDED_CACHE_UNITS = 16_384;
const UNKNOWN_FLAG = 2;
/** Words whose root probes the matcher keeps an array for between scans (100,000 characters of prose or so). */
const KEEP_ROOTS_UP_TO = 20_000;

/** Whether an alias may match through transliteration keys at all. */
function variantEligible(alias: CompiledAlias): boolean {
  return !alias.caseSensitive && !alias.needsContext && !alias.demonym;
}

/** The gap after word `w` is exactly one hyphen (al-Assad). */
function hyphenAfter(text: CodeUnits, words: WordList, w: number): boolean {
  const end = words.ends[w] as number;
  return (words.starts[w + 1] as number) - end === 1 && unitAt(text, end) === 0x2d;
}

/** Whether word `w` is an article skipped before the next word of a name. */
function skippableArticle(text: CodeUnits, words: WordList, w: number, word: string): boolean {
  return w + 1 < words.count && isNameGap(text, words, w) && isArticleWord(word, hyphenAfter(text, words, w));
}

/**
 * The key paths of an alias: articles dropped, each later word by its key or its glued-article key; empty when the
 * alias is not eligible or too short.
 */
export function aliasKeyPaths(
  alias: CompiledAlias,
  text = normalizeKey(alias.text),
  keyOf = variantKey,
): string[][] {
  if (!variantEligible(alias)) return [];
  const words = findWords(text);
  let letters = 0;
  const options: string[][] = [];
  for (let w = 0; w < words.count; w++) {
    const word = text.slice(words.starts[w], words.ends[w]);
    letters += word.length;
    if (skippableArticle(text, words, w, word)) continue;
    const key = keyOf(word);
    const glued = options.length > 0 ? gluedArticleKey(word) : undefined;
    options.push(glued && glued !== key ? [key, glued] : [key]);
  }
  if (letters < MIN_VARIANT_LETTERS || options.length === 0) return [];
  if (options.every((choices) => choices.length === 1)) {
    const path = options.map((choices) => choices[0] as string);
    return path.join('').length >= MIN_VARIANT_KEY ? [path] : [];
  }
  let paths: string[][] = [[]];
  for (const choices of options)
    paths = paths.flatMap((p) => choices.map((c) => [...p, c])).slice(0, MAX_KEY_PATHS);
  return paths.filter((path) => path.join('').length >= MIN_VARIANT_KEY);
}

/** Builds the search structures for `aliases` (aliases with no letters or digits are skipped). */
export function buildMatcherTables(
  aliases: readonly CompiledAlias[],
  options: { variants?: boolean } & NameTableOptions = {},
): MatcherTables {
  const names = new NameTableBuilder(options);
  const keys = new NameTableBuilder(options);
  const hashOf = (word: string) => hashRange(word, 0, word.length);
  // Names share most of their words: each distinct word is keyed once.
  const keyCache = new Map<string, string>();
  const keyOf = (word: string) => {
    let key = keyCache.get(word);
    if (key === undefined) keyCache.set(word, (key = variantKey(word)));
    return key;
  };
  const texts = aliases.map((alias) => normalizeKey(alias.text));
  aliases.forEach((alias, aliasIndex) => {
    const words = splitWords(texts[aliasIndex] as string);
    if (words.length === 0) return;
    names.insert(words.map(hashOf), aliasIndex);
  });
  if (options.variants !== false) {
    const paths = aliases.map((alias, a) => aliasKeyPaths(alias, texts[a], keyOf));
    const spelledApart = spellingsApart(aliases, texts, paths);
    paths.forEach((aliasPaths, aliasIndex) => {
      for (const path of aliasPaths)
        if (spelledApart.has(entityPath(aliases[aliasIndex] as CompiledAlias, path)))
          keys.insert(path.map(hashOf), aliasIndex);
    });
  }
  return { names: names.freeze(), keys: keys.freeze() };
}

/** An alias's entity and one of its key paths, as spellingsApart names them. */
function entityPath(alias: CompiledAlias, path: readonly string[]): string {
  return `${alias.entityId} ${path.join(' ')}`;
}

/**
 * The key paths (as "entity path") that the entity's own names spell in two ways or more: "Zelensky" and "Selenskyj",
 * "Bashar" and "Baschar", "Yarmouk" and "Jarmuk". Such a name is written from another script, which the press
 * spells every which way, and only such a name matches through transliteration keys: a name that the packs spell one
 * way in every language is spelled that way ("Poole", "Houilles", "Tanggu", "Mesen"), and a word that shares its key
 * is another word (French "la Poule", German "Messen", "Huiles", "Tango").
 */
function spellingsApart(
  aliases: readonly CompiledAlias[],
  texts: readonly string[],
  paths: readonly (readonly string[][])[],
): Set<string> {
  const firstSpelling = new Map<string, string>();
  const apart = new Set<string>();
  paths.forEach((aliasPaths, a) => {
    const spelling = splitWords(texts[a] as string).join(' ');
    for (const path of aliasPaths) {
      const key = entityPath(aliases[a] as CompiledAlias, path);
      const first = firstSpelling.get(key);
      if (first === undefined) firstSpelling.set(key, spelling);
      else if (first !== spelling) apart.add(key);
    }
  });
  return apart;
}

/** Per-scan variant data, per word: its key and glued-article key (with their hashes), and whether it is an article. */
interface VariantWords {
  keys: string[];
  keyHashes: Int32Array;
  glued: (string | undefined)[];
  gluedHashes: Int32Array;
  articles: Uint8Array;
}

/**
 * A matcher over compiled tables (from buildMatcherTables or a binary index) and the aliases they index. With the
 * WebAssembly scan that holds a binary index (loadIndex), the names are walked there, and only variants here
 * (decision 0013).
 */
export function matcherFromTables(tables: MatcherTables, aliases: AliasTable, wasm?: WasmScan): Matcher {
  const { names, keys } = tables;
  /** Per case-sensitive alias: its words as written (NFC, not folded), filled on first use. */
  const exactWords = new Map<number, string[]>();
  /** Per alias the table reported: its matching words, and its key paths; filled on first use. */
  const aliasWords = new FoldedAliasCache(ALIAS_CACHE_LIMIT, FOLDED_CACHE_UNITS);
  const aliasPaths = new Map<number, string[][]>();
  const keyCache = new Map<string, string>();
  const hasVariants = !keys.isEmpty;
  const ownWasm = wasm?.claim() ? wasm : undefined;
  const articleScanner = new ArticleScanner(ownWasm ? { wasm: ownWasm } : {});
  const packed = aliases.packed;
  const wasmWalk =
    ownWasm &&
    packed?.texts &&
    ownWasm.attach({
      names: names.parts,
      fingerprintBits: names.fingerprintBits,
      texts: packed.texts,
      textCount: aliases.length,
      flags: packed.flags,
      caseSensitiveBit: packed.caseSensitiveBit,
    })
      ? ownWasm
      : undefined;
  /** The aliases the current scan may match (ScanOptions.keep), or undefined for all. */
  let keep: ((alias: number) => boolean) | undefined;
  /** Per word of the current scan: its node under the names table's root, or -1. Reused between scans. */
  let roots = new Int32Array(1024);
  const keptRoots = (count: number) => {
    if (roots.length < count)
      roots = new Int32Array(Math.min(KEEP_ROOTS_UP_TO, Math.max(count, roots.length * 2)));
    return roots;
  };

  /** Case-sensitive aliases match only where the article has exactly their case: "IS", never "is" or "Is". */
  function hasExactCase(scan: ScanResult, aliasIndex: number, firstWord: number): boolean {
    let expected = exactWords.get(aliasIndex);
    if (!expected) exactWords.set(aliasIndex, (expected = wordsAsWritten(aliases.get(aliasIndex).text)));
    const { original, originalStarts, originalEnds } = scan;
    return expected.every((word, k) => {
      const at = firstWord + k;
      const slice = original.slice(originalStarts[at], originalEnds[at]);
      return slice === word || normalizeKey(slice, { fold: false }) === word;
    });
  }

  /** Folds alias `a`'s words into the cache (from its UTF-8 bytes when the table has them); returns its entry. */
  function cacheFoldedWords(a: number): number {
    const bytes = aliases.utf8?.(a);
    if (bytes) {
      const start = aliasWords.reserve(bytes.length);
      const end = foldUtf8Words(bytes, aliasWords.units, start + 2);
      if (end >= 0) {
        aliasWords.commit(a, start, end - start - 2);
        return start;
      }
    }
    return aliasWords.add(a, foldedWords(aliases.text(a)));
  }

  /**
   * Whether alias `a` is exactly words first..last of the article (the last one `trim` units shorter): the check
   * that turns the table's candidates into matches.
   */
  function spellsAlias(scan: ScanResult, a: number, first: number, last: number, trim: number): boolean {
    let entry = aliasWords.find(a);
    if (entry < 0) entry = cacheFoldedWords(a);
    const expected = aliasWords.units;
    const expectedEnd = entry + 2 + aliasWords.lengthAt(entry);
    const { units, words } = scan;
    let at = entry + 2;
    for (let w = first; w <= last; w++) {
      // Each word must end where the alias's word ends: at the separator, or at the end for the last one. Reading
      // on into the next entry of the pool is harmless: the final check wants the entry's exact end.
      if (w > first && expected[at++] !== WORD_SEPARATOR) return false;
      const end = (words.ends[w] as number) - (w === last ? trim : 0);
      for (let k = words.starts[w] as number; k < end; k++) if (expected[at++] !== units[k]) return false;
    }
    return at === expectedEnd;
  }

  /** Whether `path` (the keys a variant walk took) is one of alias `a`'s key paths. */
  function hasKeyPath(a: number, path: readonly string[]): boolean {
    let paths = aliasPaths.get(a);
    if (!paths) {
      if (aliasPaths.size >= ALIAS_CACHE_LIMIT) aliasPaths.clear();
      aliasPaths.set(a, (paths = aliasKeyPaths(aliases.get(a), undefined, keyOf)));
    }
    return paths.some((p) => p.length === path.length && p.every((key, k) => key === path[k]));
  }

  /** Adds a candidate; `found` becomes its alias list (callers pass a fresh array). */
  function push(
    scan: ScanResult,
    first: number,
    last: number,
    found: number[],
    extra?: Partial<MatchCandidate>,
  ) {
    const start = scan.originalStarts[first] as number;
    const end = scan.originalEnds[last] as number;
    const candidate: MatchCandidate = { start, end, firstWord: first, lastWord: last, aliases: found };
    // Field by field: a spread or Object.assign of `extra` is a slow generic copy on every match.
    if (extra) {
      if (extra.variant) candidate.variant = true;
      if (extra.suffix !== undefined) candidate.suffix = extra.suffix;
      if (extra.suffixAliases) candidate.suffixAliases = extra.suffixAliases;
    }
    scan.candidates.push(candidate);
  }

  /**
   * The aliases of the output run that starts at `from` that words firstWord..w spell (and, for case-sensitive
   * ones, with the case as written); undefined when none does.
   */
  function exactOutputs(scan: ScanResult, from: number, firstWord: number, w: number): number[] | undefined {
    let found: number[] | undefined;
    for (let k = from, to = names.outputEnd(from); k < to; k++) {
      const a = names.outputAt(k);
      if (keep && !keep(a)) continue;
      if (!spellsAlias(scan, a, firstWord, w, 0)) continue;
      if (!aliases.caseSensitive(a) || hasExactCase(scan, a, firstWord)) found = withAlias(found, a);
    }
    return found;
  }

  /**
   * Aliases that end at `node` once word `w` loses a genitive or possessive -s (Syriens, Assads): added to the
   * candidate of the same span when the word is also a name as written (German "Syriens" is also the French demonym
   * "syriens"; the resolver then prefers the article's language), or pushed as a candidate of their own.
   */
  function collectInflected(scan: ScanResult, node: number, firstWord: number, w: number): void {
    const { units, words } = scan;
    const start = words.starts[w] as number;
    const end = words.ends[w] as number;
    if (end - start <= MIN_INFLECTED_STEM || units[end - 1] !== 0x73) return;
    const next = names.child(node, hashRange(units, start, end - 1));
    if (next < 0 || !names.hasOutputs(next)) return;
    const found = names
      .outputs(next)
      .filter(
        (a) => !aliases.caseSensitive(a) && (!keep || keep(a)) && spellsAlias(scan, a, firstWord, w, 1),
      );
    if (found.length > 0) addInflected(scan, firstWord, w, found);
  }

  /** Inflected matches of words firstWord..w: into the exact candidate of that span, or a candidate of their own. */
  function addInflected(scan: ScanResult, firstWord: number, w: number, found: number[]): void {
    const last = scan.candidates[scan.candidates.length - 1];
    if (last && last.firstWord === firstWord && last.lastWord === w && !last.variant) {
      last.aliases = [...last.aliases, ...found];
      last.suffixAliases = found;
    } else push(scan, firstWord, w, found, { suffix: 's', suffixAliases: found });
  }

  function collect(scan: ScanResult, firstWord: number, first: number, inflections: boolean): void {
    const { units, words, wordHashes } = scan;
    for (let node = 0, next = first, w = firstWord; w < words.count; w++) {
      if (w > firstWord) next = names.child(node, wordHashes[w] as number);
      const from = next >= 0 ? names.firstOutput(next) : -1;
      if (from >= 0) {
        const found = exactOutputs(scan, from, firstWord, w);
        if (found) push(scan, firstWord, w, found);
      }
      if (inflections) collectInflected(scan, node, firstWord, w);
      if (next < 0) return;
      node = next;
      if (w + 1 >= words.count || !isNameGap(units, words, w)) return;
    }
  }

  /**
   * Every candidate that starts at word `w` (whose child under the names table's root is `root`, or -1): exact
   * names, inflected forms when asked, then variants when `v` is given.
   */
  function fromStartWord(
    scan: ScanResult,
    w: number,
    root: number,
    inflections: boolean,
    v: VariantWords | undefined,
  ): void {
    const exactFrom = scan.candidates.length;
    if (root >= 0) collect(scan, w, root, inflections);
    else if (inflections) collectInflected(scan, 0, w, w);
    if (v && mayStartVariant(scan, v, w)) collectVariants(scan, v, w, exactFrom);
  }

  /**
   * The scan's loop over start words with the names walked in WebAssembly (src/wasm/name-match.ts): its hits come
   * back in the order collect() and collectInflected() would push them, with the aliases it could not decide
   * flagged, and those are decided here as they would be. Variants stay here, after each start word's hits.
   */
  function walkInWasm(
    scan: ScanResult,
    walk: WasmScan,
    inflections: boolean,
    v: VariantWords | undefined,
  ): void {
    const count = scan.words.count;
    walk.setWordCount(count);
    for (let w = 0; w < count;) {
      const stop = walk.match(w, inflections);
      const written = walk.hitCount;
      const hits = walk.hits;
      if (v) {
        for (let k = 0; w < stop; w++) {
          const exactFrom = scan.candidates.length;
          while (k < written && hits[k] === w) k = replayHit(scan, hits, k);
          if (mayStartVariant(scan, v, w)) collectVariants(scan, v, w, exactFrom);
        }
      } else {
        // No variants to put between them: the hits in one run (a loop over every word cost as much again).
        for (let k = 0; k < written;) k = replayHit(scan, hits, k);
        w = stop;
      }
      if (stop < count && written === 0) {
        // One start word's hits alone did not fit: that word is walked here.
        fromStartWord(scan, stop, names.child(0, scan.wordHashes[stop] as number), inflections, v);
        w = stop + 1;
      }
    }
  }

  /** Turns the hit that starts at `k` into a candidate as collect() would; returns where the next hit starts. */
  function replayHit(scan: ScanResult, hits: Uint32Array, k: number): number {
    const first = hits[k] as number;
    const last = hits[k + 1] as number;
    const header = hits[k + 2] as number;
    const inflected = (header & HIT_INFLECTED) !== 0;
    const end = k + 3 + (header & HIT_ALIAS);
    let found: number[] | undefined;
    for (let at = k + 3; at < end; at++) {
      const hit = hits[at] as number;
      const a = hit & HIT_ALIAS;
      if (keep && !keep(a)) continue;
      if (inflected) {
        if (hit & NEEDS_CHECK && !spellsAlias(scan, a, first, last, 1)) continue;
      } else if (hit & NEEDS_CHECK) {
        if (!spellsAlias(scan, a, first, last, 0)) continue;
        if (aliases.caseSensitive(a) && !hasExactCase(scan, a, first)) continue;
      } else if (hit & NEEDS_CASE && !hasExactCase(scan, a, first)) continue;
      found = withAlias(found, a);
    }
    if (found) {
      if (inflected) addInflected(scan, first, last, found);
      else push(scan, first, last, found);
    }
    return end;
  }

  function keyOf(word: string): string {
    let key = keyCache.get(word);
    if (key === undefined) {
      if (keyCache.size > KEY_CACHE_LIMIT) keyCache.clear();
      keyCache.set(word, (key = variantKey(word)));
    }
    return key;
  }

  /** Per-scan memo of each word's keys, computed only for the words a variant walk reaches. */
  function variantWords(scan: ScanResult): VariantWords {
    const count = scan.words.count;
    return {
      keys: new Array<string>(count),
      keyHashes: new Int32Array(count),
      glued: new Array<string | undefined>(count),
      gluedHashes: new Int32Array(count),
      articles: new Uint8Array(count).fill(UNKNOWN_FLAG),
    };
  }

  /** Fills the memo of word `w`. */
  function describe(scan: ScanResult, v: VariantWords, w: number): void {
    if (v.articles[w] !== UNKNOWN_FLAG) return;
    const { units, words } = scan;
    // A slice of the decoded text: one decode per scan, where a string per word from its units cost an array spread.
    const word = scan.text.slice(words.starts[w], words.ends[w]);
    const key = keyOf(word);
    v.keys[w] = key;
    v.keyHashes[w] = hashRange(key, 0, key.length);
    const glued = gluedArticleKey(word);
    v.glued[w] = glued;
    if (glued !== undefined) v.gluedHashes[w] = hashRange(glued, 0, glued.length);
    v.articles[w] = skippableArticle(units, words, w, word) ? 1 : 0;
  }

  /** Whether word `w` may start a variant: a capital as written (names are capitalised), or an article. */
  function mayStartVariant(scan: ScanResult, v: VariantWords, w: number): boolean {
    const { words, original } = scan;
    const first = original.charCodeAt(scan.originalStarts[w] as number);
    if (first >= 0x41 && first <= 0x5a) return true;
    if (first >= 0x61 && first <= 0x7a && (words.ends[w] as number) - (words.starts[w] as number) > 3)
      return false;
    if (first >= 0x80) {
      const ch = String.fromCharCode(first);
      if (ch !== ch.toLowerCase()) return true;
    }
    describe(scan, v, w);
    return v.articles[w] === 1;
  }

  /** Key matches from word `firstWord`, skipping articles; a span an exact match already covers is left to it. */
  function collectVariants(scan: ScanResult, v: VariantWords, firstWord: number, exactFrom: number): void {
    const { units, words } = scan;
    const path: string[] = [];
    let node = 0;
    for (let w = firstWord; w < words.count; w++) {
      describe(scan, v, w);
      if (v.articles[w] === 1) continue;
      let next = keys.child(node, v.keyHashes[w] as number);
      let key = v.keys[w] as string;
      if (next < 0 && node !== 0 && v.glued[w] !== undefined) {
        next = keys.child(node, v.gluedHashes[w] as number);
        key = v.glued[w] as string;
      }
      if (next < 0) return;
      node = next;
      path.push(key);
      if (keys.hasOutputs(node)) {
        // Only the candidates pushed from this start word: a some() over all of them made this quadratic.
        let exact = false;
        for (let i = exactFrom; i < scan.candidates.length && !exact; i++) {
          const c = scan.candidates[i] as MatchCandidate;
          exact = c.firstWord === firstWord && c.lastWord === w && !c.variant;
        }
        // The article's spelling must be as long as a name that may be spelt differently at all: a shorter word
        // ("Rote", "Boer") is more often an ordinary word than another spelling of a surname (Rutte, Baer).
        const letters = (words.ends[w] as number) - (words.starts[firstWord] as number);
        const found =
          exact || letters < MIN_VARIANT_LETTERS
            ? []
            : keys.outputs(node).filter((a) => (!keep || keep(a)) && hasKeyPath(a, path));
        if (found.length > 0) push(scan, firstWord, w, found, { variant: true });
      }
      if (w + 1 >= words.count || !isNameGap(units, words, w)) return;
    }
  }

  return {
    tables,
    walk: wasmWalk ? 'webassembly' : 'javascript',
    scan(text, options = {}) {
      keep = options.keep;
      if (wasmWalk && text.length > LONGEST_ARTICLE) {
        const ends = paragraphParts(text, ARTICLE_CHARS);
        if (ends) return joinParts(text, ends, (part) => scanWhole(part, options));
      }
      return scanWhole(text, options);
    },
  };

  /** The scan of a text as one part: an article, or a text too long with nowhere to cut it. */
  function scanWhole(text: string, options: ScanOptions): ScanResult {
    const { units, words, wordHashes, originalStarts, originalEnds } = articleScanner.scan(text);
    let decoded: string | undefined;
    const scan: ScanResult = {
      original: text,
      get text() {
        return (decoded ??= utf16.decode(units));
      },
      units,
      words,
      originalStarts,
      originalEnds,
      wordHashes,
      candidates: [],
    };
    const variants = options.variants !== false;
    const v = variants && hasVariants ? variantWords(scan) : undefined;
    const walk = wasmWalk ? articleScanner.wasmWithWords : undefined;
    if (walk) {
      walkInWasm(scan, walk, variants, v);
      return scan;
    }
    const count = words.count;
    // Kept for the next scan up to an article's worth of words (like the scan's own arrays); a long text's are
    // its own, so a 10 MB text does not leave 6 MB behind.
    const roots = count <= KEEP_ROOTS_UP_TO ? keptRoots(count) : new Int32Array(count);
    names.childrenOf(0, wordHashes, count, roots);
    for (let w = 0; w < count; w++) fromStartWord(scan, w, roots[w] as number, variants, v);
    return scan;
  }
}

/**
 * A long text matched part by part (long-text.ts; each part ends at `ends[k]`) and put together as one scan: what
 * scanning it whole gives, since no word, name or run of white space reaches across a cut. Each part's arrays are
 * the matcher's own and are overwritten by the next part, so they are copied out as they come.
 */
function joinParts(
  text: string,
  ends: readonly number[],
  scanPart: (part: string) => ScanResult,
): ScanResult {
  let units = new Uint16Array(text.length + (text.length >> 3) + 16);
  let words = 0;
  let starts = new Int32Array((text.length >> 2) + 16);
  let wordEnds = new Int32Array(starts.length);
  let originalStarts = new Int32Array(starts.length);
  let originalEnds = new Int32Array(starts.length);
  let wordHashes = new Int32Array(starts.length);
  let unitCount = 0;
  const candidates: MatchCandidate[] = [];
  let from = 0;
  for (const end of ends) {
    const part = scanPart(text.slice(from, end));
    const count = part.words.count;
    if (unitCount + part.units.length > units.length) units = grown(units, unitCount + part.units.length);
    if (words + count > starts.length) {
      const size = words + count;
      [starts, wordEnds, originalStarts, originalEnds, wordHashes] = [
        grown(starts, size),
        grown(wordEnds, size),
        grown(originalStarts, size),
        grown(originalEnds, size),
        grown(wordHashes, size),
      ];
    }
    units.set(part.units, unitCount);
    wordHashes.set(part.wordHashes.subarray(0, count), words);
    shifted(part.words.starts, count, unitCount, starts, words);
    shifted(part.words.ends, count, unitCount, wordEnds, words);
    shifted(part.originalStarts, count, from, originalStarts, words);
    shifted(part.originalEnds, count, from, originalEnds, words);
    for (const candidate of part.candidates) {
      candidate.start += from;
      candidate.end += from;
      candidate.firstWord += words;
      candidate.lastWord += words;
      candidates.push(candidate);
    }
    unitCount += part.units.length;
    words += count;
    from = end;
  }
  const joinedUnits = units.subarray(0, unitCount);
  let decoded: string | undefined;
  return {
    original: text,
    get text() {
      return (decoded ??= utf16.decode(joinedUnits));
    },
    units: joinedUnits,
    words: { count: words, starts, ends: wordEnds },
    originalStarts: originalStarts.subarray(0, words),
    originalEnds: originalEnds.subarray(0, words),
    wordHashes: wordHashes.subarray(0, words),
    candidates,
    parts: ends.length,
  };
}

/** Writes source[0 .. count) plus `by` into target from `at`: a loop of its own, which V8 optimises on its own. */
function shifted(source: Int32Array, count: number, by: number, target: Int32Array, at: number): void {
  for (let k = 0; k < count; k++) target[at + k] = (source[k] as number) + by;
}

/**
 * `found` with alias `a` added, or a new list of it. Most candidates have one alias, and V8 gives an empty array room
 * for 17 on its first push: the bench's 30,000-character article (674 candidates) allocated 189 KB a scan, 102 KB
 * with this. Less to collect, on a young heap that a reader's first article often fills.
 */
function withAlias(found: number[] | undefined, a: number): number[] {
  if (found === undefined) return [a];
  found.push(a);
  return found;
}

/** Decodes as normalize() decodes its units, so `text` is exactly normalize(original).text. */
const utf16 = new TextDecoder('utf-16le');

function wordsAsWritten(text: string): string[] {
  return splitWords(normalizeKey(text, { fold: false }));
}
