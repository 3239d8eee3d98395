/**
 * The compiled index: what `npm run build:data` writes and what the extension, the CLI and the benchmarks load.
 * Its fast form is engine/index-binary.ts (typed arrays); this is the plain-JSON form the compiler makes first.
 */
import type { KbProblem } from './errors';
import type { EntityType, Lang, Source } from './schema';
import type { PropertyId } from './vocabulary';

/** A fact line as one language writes it: the property's name (absent where the value speaks for itself) and value. */
export interface FactLine {
  key?: string;
  value: string;
}

/**
 * One statement of an entity, rendered at compile time in every language (render/), with the dates the card and the
 * resolver weigh: what held on the article's date, what changed since.
 */
export interface CardFact {
  property: PropertyId;
  lines: Partial<Record<Lang, FactLine>>;
  /** When it became true and stopped being true (qualifiers start, end); `at`: the one date it was true at. */
  start?: string;
  end?: string;
  at?: string;
  /** The value itself, for a date-valued statement (born, founded). */
  date?: string;
  /** A code value as written (an ISO 3166-1 code: the mini-map's country). */
  code?: string;
  asOf?: string;
  /** The entity the value names, where the data has it as an entity (not a class). */
  entity?: string;
  source?: string;
}

/** Everything a popover or the side panel shows about one entity; shipped to the page only for entities found. */
export interface EntityCard {
  id: string;
  qid: string | null;
  type: EntityType;
  packId: string;
  /** The pack's title, what a card names as where its data comes from (absent on a card made from a stub). */
  packTitle?: Partial<Record<Lang, string>>;
  /** The date of its pack's data (the pack's latest `asOf`), which the card's "why" states. */
  packAsOf?: string;
  labels: Partial<Record<Lang, string>>;
  /** Hand-written where the pack has one, else rendered from the statements (render/describe.ts). */
  descriptions: Partial<Record<Lang, string>>;
  summaries: Partial<Record<Lang, string>>;
  facts: CardFact[];
  coordinates?: { lat: number; lon: number };
  /** A place's population (its first `population` statement): the resolver's prior among namesakes (evidence.ts). */
  population?: number;
  /**
   * The classes the entity is an instance of (its `instance-of` statements), what coordinated names share: the
   * resolver's list evidence (resolve.ts).
   */
  classes?: string[];
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
  /** Matched in articles of every language, not only in those of `lang`. Absent: false. */
  anyLanguage?: boolean;
}

export interface CompiledIndex {
  format: 'backstory-index';
  version: 1;
  packs: {
    id: string;
    title: Partial<Record<Lang, string>>;
    license: string;
    entities: number;
    /** The date of the pack's data: its statements' latest `asOf`; none for a pack with no dated statement. */
    asOf?: string;
  }[];
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
