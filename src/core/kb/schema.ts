/**
 * The pack format: the one schema that curated packs, generated packs and readers' own glossaries are validated
 * against. Version 2 (statements, classes) is what bundled packs are; version 1 (facts as text) still loads, for
 * readers' glossaries, and is upgraded on import (upgrade.ts). Types are derived from the schemas so the schema and
 * the code cannot drift apart. Documented for humans in docs/pack-format.md.
 */
import * as v from 'valibot';
import { GENDER_CODES, PROPERTIES, PROPERTY_IDS, type PropertyId } from './vocabulary';

import { ENTITY_TYPES, LANGUAGES, type EntityType, type Lang } from '../text/languages';

export { ENTITY_TYPES, LANGUAGES, type EntityType, type Lang };

/** A class (city, political party) or an office (President of Syria): what statements point at, never a name matched. */
export const CLASS_KINDS = ['class', 'office'] as const;

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const isoDate = v.pipe(v.string(), v.regex(ISO_DATE, 'must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)'));
const entityId = v.pipe(v.string(), v.regex(ID, 'must be kebab-case ascii (a-z, 0-9, -)'));
const qid = v.nullable(v.pipe(v.string(), v.regex(/^Q[1-9]\d*$/, 'must look like Q42')));
const httpsUrl = v.pipe(
  v.string(),
  v.url('must be a URL'),
  v.startsWith('https://', 'must be an https:// link'),
);

/** A map with at most one entry per UI/article language. */
const perLanguage = <T extends v.GenericSchema>(item: T) =>
  v.partial(v.strictObject({ nl: item, en: item, fr: item, de: item }));

const coordinates = v.strictObject({
  lat: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
  lon: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
});

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
    /**
     * Matched in articles of every language, not only in those of the language it is listed under (version 2; a
     * version 1 alias is upgraded with it). Names that travel ("Hezbollah") carry it; exonyms and words ("Indien")
     * do not.
     */
    anyLanguage: v.optional(v.boolean()),
  }),
]);

export const SourceSchema = v.strictObject({ url: httpsUrl, title: nonEmpty });

/** A statement's value: another entity or class by id, or a typed literal. */
export const ValueSchema = v.union([
  v.strictObject({ entity: entityId }),
  v.strictObject({ date: isoDate }),
  v.strictObject({ quantity: v.number(), unit: v.optional(nonEmpty) }),
  v.strictObject({ coordinates }),
  v.strictObject({ text: perLanguage(nonEmpty) }),
  v.strictObject({ code: nonEmpty }),
]);
export type Value = v.InferOutput<typeof ValueSchema>;

/** Which kind of value a value is: the key it carries. */
export function valueKind(value: Value): 'entity' | 'date' | 'quantity' | 'coordinates' | 'text' | 'code' {
  if ('entity' in value) return 'entity';
  if ('date' in value) return 'date';
  if ('quantity' in value) return 'quantity';
  if ('coordinates' in value) return 'coordinates';
  if ('text' in value) return 'text';
  return 'code';
}

/** Partial dates compare correctly as text (2015 < 2015-04 < 2018-05-21). */
const inOrder = (start: string | undefined, end: string | undefined) => !start || !end || start <= end;

export const StatementSchema = v.pipe(
  v.strictObject({
    property: v.picklist(PROPERTY_IDS, 'must be a property of the vocabulary (docs/pack-format.md)'),
    value: ValueSchema,
    /** When it became true (Wikidata P580). */
    start: v.optional(isoDate),
    /** When it stopped being true (P582); left out while it still holds. */
    end: v.optional(isoDate),
    /** The one day or period it was true at (P585): a population count, an award. */
    at: v.optional(isoDate),
    /** A short qualifier shown in brackets, per language ("caretaker", "de facto"). */
    note: v.optional(perLanguage(nonEmpty)),
    /** What a `note` statement is about, per language (readers' version 1 facts). Only with `note`. */
    label: v.optional(perLanguage(nonEmpty)),
    /** The latest date the sources confirm it; needed for a volatile statement that is still open. */
    asOf: v.optional(isoDate),
    /** The page that states it. */
    source: v.optional(httpsUrl),
  }),
  v.check((s) => inOrder(s.start, s.end), '"end" must not be before "start"'),
  v.check(
    (s) => (PROPERTIES[s.property].kinds as readonly string[]).includes(valueKind(s.value)),
    (issue) => {
      const s = issue.input as { property: PropertyId };
      return `"${s.property}" takes a value of kind ${PROPERTIES[s.property].kinds.join(' or ')}`;
    },
  ),
  v.check(
    (s) =>
      !PROPERTIES[s.property].volatile || s.end !== undefined || s.at !== undefined || s.asOf !== undefined,
    'a statement whose value can change needs "asOf" while it is open (no "end" or "at")',
  ),
  v.check(
    (s) =>
      !PROPERTIES[s.property].volatile || s.end !== undefined || s.at !== undefined || s.source !== undefined,
    'a statement whose value can change needs a "source" while it is open (no "end" or "at")',
  ),
  v.check((s) => s.label === undefined || s.property === 'note', '"label" is only for "note" statements'),
  v.check(
    (s) =>
      s.property !== 'sex-or-gender' ||
      ('code' in s.value && (GENDER_CODES as readonly string[]).includes(s.value.code)),
    `"sex-or-gender" takes a code: ${GENDER_CODES.join(', ')}`,
  ),
);

/**
 * A class or an office: what `instance-of`, `occupation` and `position-held` point at, with labels in four
 * languages (as running text writes them: "city", "President of Syria") and the grammar a rendered description
 * needs (female forms, the noun's gender per language).
 */
export const ClassSchema = v.strictObject({
  id: entityId,
  qid,
  kind: v.picklist(CLASS_KINDS, `must be one of ${CLASS_KINDS.join(', ')}`),
  labels: perLanguage(nonEmpty),
  /** The label for a woman, where the language has one ("présidente", "Bundeskanzlerin", "politica"). */
  femaleLabels: v.optional(perLanguage(nonEmpty), {}),
  /** The noun's grammatical gender, for the adjective before or after it: nl de/het, fr m/f, de m/f/n. */
  gender: v.optional(
    v.strictObject({
      nl: v.optional(v.picklist(['de', 'het'])),
      fr: v.optional(v.picklist(['m', 'f'])),
      de: v.optional(v.picklist(['m', 'f', 'n'])),
    }),
    {},
  ),
  sources: v.optional(v.array(SourceSchema), []),
});

/** What both versions' entities are: who they are, their names, and where they come from. */
const entityCore = {
  /** Stable across pack versions: readers' hidden terms and notes refer to it. */
  id: entityId,
  /** Wikidata id, only where a bundled source confirms it. */
  qid,
  type: v.picklist(ENTITY_TYPES, `must be one of ${ENTITY_TYPES.join(', ')}`),
  labels: perLanguage(nonEmpty),
  aliases: v.optional(perLanguage(v.array(AliasSchema)), {}),
  /** Words near a mention that support linking a needsContext alias (agentschap, agency, Nachrichtenagentur…). */
  cues: v.optional(perLanguage(v.array(nonEmpty)), {}),
  summaries: v.optional(perLanguage(nonEmpty), {}),
  related: v.optional(v.array(nonEmpty), []),
  sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'needs at least one source link')),
  reviewed: isoDate,
};

export const EntitySchema = v.strictObject({
  ...entityCore,
  /** Hand-written one-liners; where a language has none, the card renders one from the statements. */
  descriptions: v.optional(
    perLanguage(v.pipe(nonEmpty, v.maxLength(140, 'must be at most 140 characters'))),
    {},
  ),
  statements: v.optional(v.array(StatementSchema), []),
  /**
   * A country's adjective, for rendered descriptions ("Nederlands politicus", "ville néerlandaise"): nl [uninflected,
   * inflected], en [form], fr [masculine, feminine], de [stem] ("niederländisch": -er, -e, -es are added).
   */
  adjective: v.optional(perLanguage(v.pipe(v.array(nonEmpty), v.minLength(1), v.maxLength(2))), {}),
});

const packHead = {
  format: v.literal('backstory-pack', 'must be "backstory-pack"'),
  id: v.pipe(v.string(), v.regex(ID, 'must be kebab-case ascii')),
  title: perLanguage(nonEmpty),
  description: v.optional(perLanguage(nonEmpty), {}),
  license: nonEmpty,
};

export const PackSchema = v.strictObject({
  ...packHead,
  version: v.literal(2, 'must be 2 (or 1, the older format a glossary may still use)'),
  /**
   * Every name of the pack matches in articles of every language, as if each alias were marked `anyLanguage`: a
   * reader's glossary of names, and a version 1 pack (upgrade.ts).
   */
  anyLanguage: v.optional(v.boolean(), false),
  classes: v.optional(v.array(ClassSchema), []),
  entities: v.array(EntitySchema),
});

/** Version 1: facts as English text. Still accepted from readers' glossaries, and upgraded (upgrade.ts). */
export const FactSchemaV1 = v.pipe(
  v.strictObject({
    key: nonEmpty,
    value: nonEmpty,
    from: v.optional(isoDate),
    to: v.optional(isoDate),
    asOf: isoDate,
  }),
  v.check((fact) => inOrder(fact.from, fact.to), '"from" must not be after "to"'),
);

const EntitySchemaV1 = v.strictObject({
  ...entityCore,
  descriptions: perLanguage(v.pipe(nonEmpty, v.maxLength(140, 'must be at most 140 characters'))),
  facts: v.optional(v.array(FactSchemaV1), []),
  coordinates: v.optional(coordinates),
});

export const PackSchemaV1 = v.strictObject({
  ...packHead,
  version: v.literal(1, 'must be 1'),
  entities: v.array(EntitySchemaV1),
});

export type Alias = v.InferOutput<typeof AliasSchema>;
export type Statement = v.InferOutput<typeof StatementSchema>;
export type PackClass = v.InferOutput<typeof ClassSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Entity = v.InferOutput<typeof EntitySchema>;
export type Pack = v.InferOutput<typeof PackSchema>;
export type PackInput = v.InferInput<typeof PackSchema>;
export type FactV1 = v.InferOutput<typeof FactSchemaV1>;
export type PackV1 = v.InferOutput<typeof PackSchemaV1>;
export type PackInputV1 = v.InferInput<typeof PackSchemaV1>;
