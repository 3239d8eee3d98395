/**
 * The words of a text as the matcher keys them, below every layer that compares words: the scan's tables, the pack
 * checks (kb/cross-checks.ts), the cue and name-word lists (resolve/). Moved here from scan/match.ts so the data
 * model does not import the scan for it.
 */
import { normalizeKey } from './normalize';
import { splitWords } from './words';

/** The words of `text` as matching keys (folded): the same split the matcher applies to aliases and articles. */
export function keyWords(text: string): string[] {
  return splitWords(normalizeKey(text));
}
