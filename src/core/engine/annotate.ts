/**
 * The one annotation path: the content script (through the background), the CLI and the benchmarks all call
 * annotate(), so what the CLI prints is what a reader sees. The annotators are built from a binary index
 * (from-bytes.ts), with the reader's imported and switched-off packs as an overlay (overlay.ts); reference.ts builds
 * one from a compiled index in JavaScript alone, the reference the tests compare them with.
 */
import type { CueTable } from '../resolve/context-cues';
import { addAlternatives } from '../resolve/alternatives';
import { addDefinitions } from '../resolve/definitions';
import { knowledgeOf, type EntityFacts, type EntityKnowledge } from '../resolve/entity-knowledge';
import type { Lang } from '../kb/schema';
import type { Matcher } from '../scan/match';
import type { AliasTable } from '../scan/alias-table';
import type { Mention } from '../resolve/mention';
import { resolveMentions } from '../resolve/resolve';

export interface AnnotateOptions {
  /** The article's language: preferred when a name is ambiguous, never a filter on other languages' names. */
  language?: Lang;
  /**
   * The article's date (YYYY-MM-DD, or YYYY / YYYY-MM): weighed against entities' dated facts, so a bare "Assad"
   * in a 1995 article is Hafez and in a 2018 one Bashar. Without one the article is taken as today's, as the cards
   * show facts as they are now. Ignored when the annotator knows no entity cards.
   */
  published?: string | null;
  /**
   * The entity cards (related entities, dated facts, types), in place of those the annotator was built with (a
   * compiled index's cards, or the stubs in a binary index). Without any, ambiguous names are settled by cues and
   * earlier full names alone.
   */
  entities?: Readonly<Record<string, EntityFacts>>;
}

/** Finds and links the names in a text; built once per index, reused for every article. */
export interface Annotator {
  /** The mentions in `text`, sorted by start, non-overlapping, offsets in UTF-16 code units of `text`. */
  annotate(text: string, options?: AnnotateOptions): Mention[];
  /**
   * Reads what annotating `text` needs of data this annotator reads lazily (the entity stubs of an index read
   * without them: engine/index-binary.ts's readIndexLazily); absent or instant where everything is in memory.
   */
  prepare?(text: string): Promise<void>;
  /** Where its matcher walks the names (Matcher.walk): the extension's annotators walk them in WebAssembly. */
  readonly walk: Matcher['walk'];
}

/** "2018-05-21T10:00:00Z", "2018-05" or "2018" as the day the comparison uses, or undefined when it is no date. */
function dayOf(published: string | null | undefined): string | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(published ?? '');
  if (!match) return undefined;
  const [, year, month, day] = match;
  // A year or month alone stands for its middle: "1999" is before 2000 whichever day of 1999 is meant.
  return `${year}-${month ?? '07'}-${day ?? (month ? '15' : '01')}`;
}

/**
 * An annotator over a built matcher; shared by the JSON path (knowledge over the compiled cards) and the binary
 * index (index-binary.ts: knowledge from its stubs, one entity at a time). Cards passed with a call
 * (AnnotateOptions.entities) take the place of `knowledge` for that call.
 */
export function annotatorFrom(
  matcher: Matcher,
  aliases: AliasTable,
  cues: CueTable,
  knowledge?: EntityKnowledge,
): Annotator {
  return {
    walk: matcher.walk,
    annotate(text, options = {}) {
      const scan = matcher.scan(text);
      const context = {
        language: options.language,
        day: dayOf(options.published) ?? new Date().toISOString().slice(0, 10),
        knowledge: options.entities ? knowledgeOf(options.entities) : knowledge,
      };
      const mentions = addDefinitions(scan, resolveMentions(scan, aliases, cues, context));
      // What else each span could mean, for the reader's "Not this" (alternatives.ts).
      return addAlternatives(mentions, scan.candidates, aliases);
    },
  };
}
