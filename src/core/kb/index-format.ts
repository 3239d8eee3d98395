/**
 * The compiled index: what `npm run build:data` writes and what the extension, the CLI and the benchmarks load.
 * Issue #3 owns the fast form of this (typed arrays); this is the first, plain-JSON version.
 */
import type { KbProblem } from './errors';
import type { EntityType, Fact, Lang, Source } from './schema';

/** Everything a popover or the side panel shows about one entity; shipped to the page only for entities found. */
export interface EntityCard {
  id: string;
  qid: string | null;
  type: EntityType;
  packId: string;
  labels: Partial<Record<Lang, string>>;
  descriptions: Partial<Record<Lang, string>>;
  summaries: Partial<Record<Lang, string>>;
  facts: Fact[];
  coordinates?: { lat: number; lon: number };
  related: string[];
  sources: Source[];
  reviewed: string;
}

/** One name form, flattened from labels and aliases, with its matching hints. */
export interface CompiledAlias {
  text: string;
  entityId: string;
  /** The language the label or alias was listed under. */
  lang: Lang;
  caseSensitive: boolean;
  needsContext: boolean;
  demonym: boolean;
  /** Also a person's name: not linked inside a longer capitalised name (schema.ts). Absent: false. */
  personName?: boolean;
}

export interface CompiledIndex {
  format: 'backstory-index';
  version: 1;
  packs: { id: string; title: Partial<Record<Lang, string>>; license: string; entities: number }[];
  entities: Record<string, EntityCard>;
  /** Context cue words per entity, per language (lower-case as written in the pack). */
  cues: Record<string, Partial<Record<Lang, string[]>>>;
  aliases: CompiledAlias[];
}

/**
 * One problem in one pack; the compiler reports all of them at once. `code` and `params` (see ./errors) let
 * the options page say it in the reader's language; `message` is the English text the CLI prints.
 */
export interface PackError extends KbProblem {
  file: string;
  /** The entity the problem is in, or null for pack-level problems. */
  entityId: string | null;
  /** Dotted path of the field, e.g. `descriptions.nl` or `aliases.nl.2.text`. */
  field: string;
}
