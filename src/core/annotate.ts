/**
 * The one annotation path: the content script (through the background), the CLI and the benchmarks all call
 * annotate(), so what the CLI prints is what a reader sees.
 */
import { buildCueTable } from './context-cues';
import { addAlternatives } from './alternatives';
import { addDefinitions } from './definitions';
import type { CompiledIndex } from './kb/index-format';
import type { Lang } from './kb/schema';
import { createMatcher, type Matcher } from './match';
import { arrayAliasTable, type AliasTable } from './alias-table';
import type { Mention } from './mention';
import { resolveMentions } from './resolve';

export interface AnnotateOptions {
  /** The article's language: preferred when a name is ambiguous, never a filter on other languages' names. */
  language?: Lang;
}

/** Finds and links the names in a text; built once per index, reused for every article. */
export interface Annotator {
  /** The mentions in `text`, sorted by start, non-overlapping, offsets in UTF-16 code units of `text`. */
  annotate(text: string, options?: AnnotateOptions): Mention[];
}

/** Builds the matcher and the cue table of `index` once; annotate() then does one scan per text. */
export function createAnnotator(index: CompiledIndex): Annotator {
  return annotatorFrom(createMatcher(index.aliases), arrayAliasTable(index.aliases), index.cues);
}

/** An annotator over a built matcher; shared by the JSON path and the binary index (kb/index-binary.ts). */
export function annotatorFrom(
  matcher: Matcher,
  aliases: AliasTable,
  cueWords: CompiledIndex['cues'],
): Annotator {
  const cues = buildCueTable(cueWords);
  return {
    annotate(text, options = {}) {
      const scan = matcher.scan(text);
      const mentions = addDefinitions(scan, resolveMentions(scan, aliases, cues, options.language));
      // What else each span could mean, for the reader's "Not this" (alternatives.ts).
      return addAlternatives(mentions, scan.candidates, aliases);
    },
  };
}
