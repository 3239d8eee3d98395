/**
 * The pack format, version 1: the one schema that curated packs, generated packs and readers' own glossaries
 * are validated against. Types are derived from it so the schema and the code cannot drift apart.
 * Documented for humans in docs/pack-format.md.
 */
import * as v from 'valibot';

export const LANGUAGES = ['nl', 'en', 'fr', 'de'] as const;
export type Lang = (typeof LANGUAGES)[number];

export const ENTITY_TYPES = ['person', 'organisation', 'place', 'event', 'group', 'work', 'concept'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const isoDate = v.pipe(v.string(), v.regex(ISO_DATE, 'must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)'));

/** A map with at most one entry per UI/article language. */
const perLanguage = <T extends v.GenericSchema>(item: T) =>
  v.partial(v.strictObject({ nl: item, en: item, fr: item, de: item }));

/**
 * One way of writing a name. A bare string is an ordinary name: matched case-insensitively, diacritics folded.
 * The object form carries the matching hints.
 */
export const AliasSchema = v.union([
  nonEmpty,
  v.strictObject({
    text: nonEmpty,
    /** Match only as written (acronyms such as IS, ANP). */
    caseSensitive: v.optional(v.boolean()),
    /** Also an ordinary word or an ambiguous name (Sana, Belga, Assad): link only with evidence from context. */
    needsContext: v.optional(v.boolean()),
    /** A demonym or adjective (Syrische, syrien): linked to the entity but marked so the UI can play it down. */
    demonym: v.optional(v.boolean()),
    /**
     * Also a person's given name or surname (Paris, Sydney, Houston): not linked where another capitalised word the
     * data does not know stands right beside it (Paris Hilton, Whitney Houston), which makes it part of a longer name.
     */
    personName: v.optional(v.boolean()),
  }),
]);

export const FactSchema = v.pipe(
  v.strictObject({
    key: nonEmpty,
    value: nonEmpty,
    from: v.optional(isoDate),
    to: v.optional(isoDate),
    asOf: isoDate,
  }),
  // Partial dates compare correctly as text (2015 < 2015-04 < 2018-05-21); a period cannot end before it starts.
  v.check((fact) => !fact.from || !fact.to || fact.from <= fact.to, '"from" must not be after "to"'),
);

export const SourceSchema = v.strictObject({
  url: v.pipe(v.string(), v.url('must be a URL'), v.startsWith('https://', 'must be an https:// link')),
  title: nonEmpty,
});

export const EntitySchema = v.strictObject({
  /** Stable across pack versions: readers' hidden terms and notes refer to it. */
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case ascii (a-z, 0-9, -)')),
  /** Wikidata id, only where a bundled source confirms it. */
  qid: v.nullable(v.pipe(v.string(), v.regex(/^Q[1-9]\d*$/, 'must look like Q42'))),
  type: v.picklist(ENTITY_TYPES, `must be one of ${ENTITY_TYPES.join(', ')}`),
  labels: perLanguage(nonEmpty),
  aliases: v.optional(perLanguage(v.array(AliasSchema)), {}),
  /** Words near a mention that support linking a needsContext alias (agentschap, agency, Nachrichtenagentur…). */
  cues: v.optional(perLanguage(v.array(nonEmpty)), {}),
  descriptions: perLanguage(v.pipe(nonEmpty, v.maxLength(140, 'must be at most 140 characters'))),
  summaries: v.optional(perLanguage(nonEmpty), {}),
  facts: v.optional(v.array(FactSchema), []),
  coordinates: v.optional(
    v.strictObject({
      lat: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
      lon: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
    }),
  ),
  related: v.optional(v.array(nonEmpty), []),
  sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'needs at least one source link')),
  reviewed: isoDate,
});

export const PackSchema = v.strictObject({
  format: v.literal('backstory-pack', 'must be "backstory-pack"'),
  version: v.literal(1, 'must be 1 (the only pack format version so far)'),
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case ascii')),
  title: perLanguage(nonEmpty),
  description: v.optional(perLanguage(nonEmpty), {}),
  license: nonEmpty,
  entities: v.array(EntitySchema),
});

export type Alias = v.InferOutput<typeof AliasSchema>;
export type Fact = v.InferOutput<typeof FactSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Entity = v.InferOutput<typeof EntitySchema>;
export type Pack = v.InferOutput<typeof PackSchema>;
export type PackInput = v.InferInput<typeof PackSchema>;
