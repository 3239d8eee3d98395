/**
 * The words of a text as the matcher keys them, below every layer that compares words: the scan's tables, the pack
 * checks (kb/cross-checks.ts), the cue and name-word lists (resolve/). Moved here from scan/match.ts so the data
 * model does not import the scan for it.
 */
import { normalizeKey } from './normalize';
import { splitWords } from './words';

/** One word of lower-case ASCII letters: its own key, as the full fold would find (test/core/text/key-words.test.ts). */
const PLAIN_WORD = /^[a-z]+$/;

/** The words of `text` as matching keys (folded): the same split the matcher applies to aliases and articles. */
export function keyWords(text: string): string[] {
  // Most of the language lists' words (name-words.ts folds 900 at a worker's start): the fold, cold, cost 20–30 µs a
  // word there.
  if (PLAIN_WORD.test(text)) return [text];
  return splitWords(normalizeKey(text));
}
