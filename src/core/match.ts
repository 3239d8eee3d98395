/**
 * The multi-pattern matcher: every alias, normalised and split into words, goes into one trie keyed by word ids.
 * An article is normalised once, split into words once, and each word is looked up once; the trie is then walked
 * from each word that starts some name. No regular expression per alias, no string per article word.
 */
import type { CompiledAlias } from './kb/index-format';
import { normalize, normalizeKey, originalEnd, type NormalizedText } from './normalize';
import { TokenDictionary } from './token-dictionary';
import { findWords, isNameGap, splitWords, type WordList } from './words';

/** Distinct alias words the edge keys leave room for; node * MAX_WORDS + word stays an exact integer below 2^53. */
const MAX_WORDS = 2 ** 22;

/** A place where one or more aliases match, before any disambiguation. */
export interface MatchCandidate {
  /** Offsets in the ORIGINAL text (UTF-16 code units), end exclusive. */
  start: number;
  end: number;
  /** The first and last word (inclusive) of the match in the scan's word list. */
  firstWord: number;
  lastWord: number;
  /** Indices into the alias list the matcher was built from. */
  aliases: readonly number[];
}

/** Everything one scan learnt about a text; the resolver reuses the words for context cues. */
export interface ScanResult {
  original: string;
  normalized: NormalizedText;
  words: WordList;
  /** Per word: its id in the matcher's dictionary, or -1 for a word that occurs in no alias. */
  wordIds: Int32Array;
  candidates: MatchCandidate[];
}

/** A matcher built once from an alias list. */
export interface Matcher {
  /** All candidate matches in `text`, ordered by start word, shorter before longer at one start. */
  scan(text: string): ScanResult;
}

/** The words of `text` as matching keys (folded): the same split the matcher applies to aliases and articles. */
export function keyWords(text: string): string[] {
  return splitWords(normalizeKey(text));
}

/** Builds the trie for `aliases`; aliases with no letters or digits are skipped (the compiler rejects them). */
export function createMatcher(aliases: readonly CompiledAlias[]): Matcher {
  const dictionary = new TokenDictionary();
  /** The trie's edges in one map keyed by node and word id: one Map for 100k names, not one per node. */
  const edges = new Map<number, number>();
  const edgeKey = (node: number, wordId: number) => node * MAX_WORDS + wordId;
  const outputs: (number[] | undefined)[] = [undefined];
  /** Per case-sensitive alias: its words as written (NFC, not folded), to compare with the original text. */
  const exactWords = new Map<number, string[]>();

  aliases.forEach((alias, aliasIndex) => {
    const words = keyWords(alias.text);
    if (words.length === 0) return;
    let node = 0;
    for (const word of words) {
      const id = dictionary.intern(word);
      let next = edges.get(edgeKey(node, id));
      if (next === undefined) {
        next = outputs.push(undefined) - 1;
        edges.set(edgeKey(node, id), next);
      }
      node = next;
    }
    (outputs[node] ??= []).push(aliasIndex);
    if (alias.caseSensitive) exactWords.set(aliasIndex, wordsAsWritten(alias.text));
  });

  /** Case-sensitive aliases match only where the article has exactly their case: "IS", never "is" or "Is". */
  function hasExactCase(scan: ScanResult, aliasIndex: number, firstWord: number): boolean {
    const expected = exactWords.get(aliasIndex) as string[];
    const { normalized, words, original } = scan;
    return expected.every((word, k) => {
      const at = firstWord + k;
      const from = normalized.toOriginal[words.starts[at] as number] as number;
      const slice = original.slice(from, originalEnd(normalized, words.ends[at] as number));
      return slice === word || normalizeKey(slice, { fold: false }) === word;
    });
  }

  function collect(scan: ScanResult, firstWord: number): void {
    const { normalized, words, wordIds } = scan;
    for (let node = 0, w = firstWord; w < words.count; w++) {
      const id = wordIds[w] as number;
      node = id < 0 ? -1 : (edges.get(edgeKey(node, id)) ?? -1);
      if (node < 0) return;
      let found = outputs[node];
      if (found && exactWords.size > 0 && found.some((a) => exactWords.has(a))) {
        found = found.filter((a) => !exactWords.has(a) || hasExactCase(scan, a, firstWord));
      }
      if (found && found.length > 0) {
        const start = normalized.toOriginal[words.starts[firstWord] as number] as number;
        const end = originalEnd(normalized, words.ends[w] as number);
        scan.candidates.push({ start, end, firstWord, lastWord: w, aliases: found });
      }
      if (w + 1 >= words.count || !isNameGap(normalized.text, words, w)) return;
    }
  }

  return {
    scan(text) {
      const normalized = normalize(text);
      const words = findWords(normalized.text);
      const wordIds = new Int32Array(words.count);
      for (let w = 0; w < words.count; w++) {
        wordIds[w] = dictionary.find(normalized.text, words.starts[w] as number, words.ends[w] as number);
      }
      const scan: ScanResult = { original: text, normalized, words, wordIds, candidates: [] };
      for (let w = 0; w < words.count; w++) if ((wordIds[w] as number) >= 0) collect(scan, w);
      return scan;
    },
  };
}

function wordsAsWritten(text: string): string[] {
  return splitWords(normalizeKey(text, { fold: false }));
}
