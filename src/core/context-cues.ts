/**
 * Context cues: words near an ambiguous name that show which entity the article means ("het agentschap Sana").
 * Cues of every language count, since articles quote and borrow; they match whole words, case and diacritics folded.
 */
import type { CompiledIndex } from './kb/index-format';
import { keyWords, type ScanResult } from './match';
import { originalEnd } from './normalize';

/** How many words before and after a name are searched for a cue. */
export const CUE_WINDOW_WORDS = 8;

/** One cue as matching keys: a single word ("agentschap") or several ("news agency"). */
export interface Cue {
  words: string[];
}

/** Cues per entity id, prepared once per index. */
export type CueTable = ReadonlyMap<string, readonly Cue[]>;

/** Splits every cue of the index into key words once, so checking a window compares strings in place. */
export function buildCueTable(cues: CompiledIndex['cues']): CueTable {
  const table = new Map<string, Cue[]>();
  for (const [entityId, perLanguage] of Object.entries(cues)) {
    // Keyed by the joined words: "Agentschap" and "agentschap" in two languages are one cue.
    const unique = new Map<string, Cue>();
    for (const text of Object.values(perLanguage).flat()) {
      const words = keyWords(text ?? '');
      if (words.length > 0) unique.set(words.join(' '), { words });
    }
    if (unique.size > 0) table.set(entityId, [...unique.values()]);
  }
  return table;
}

/** Whether the words of `cue` stand in the scanned text from word `at` on. Allocates nothing. */
function cueAt(scan: ScanResult, cue: Cue, at: number): boolean {
  const { words, normalized } = scan;
  if (at + cue.words.length > words.count) return false;
  return cue.words.every((word, k) => {
    const start = words.starts[at + k] as number;
    return (words.ends[at + k] as number) - start === word.length && normalized.text.startsWith(word, start);
  });
}

/** The original text of words first..last, e.g. "ANP" where the pack lists the cue as "anp". */
function originalWords(scan: ScanResult, first: number, last: number): string {
  const { normalized, words, original } = scan;
  return original.slice(
    normalized.toOriginal[words.starts[first] as number],
    originalEnd(normalized, words.ends[last] as number),
  );
}

/**
 * The first cue of an entity within CUE_WINDOW_WORDS words before or after the words firstWord..lastWord (nearest
 * first), as written in the article, or undefined.
 */
export function findCueNear(
  scan: ScanResult,
  cues: readonly Cue[] | undefined,
  firstWord: number,
  lastWord: number,
): string | undefined {
  if (!cues) return undefined;
  for (let distance = 1; distance <= CUE_WINDOW_WORDS; distance++) {
    for (const at of [firstWord - distance, lastWord + distance]) {
      if (at < 0 || at >= scan.words.count) continue;
      const cue = cues.find((candidate) => cueAt(scan, candidate, at));
      if (cue) return originalWords(scan, at, at + cue.words.length - 1);
    }
  }
  return undefined;
}
