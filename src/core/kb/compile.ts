/**
 * The pack compiler: validates every pack, checks them against each other, and flattens them into the index the
 * annotator loads. Used by `build:data`, the Vite build and (later) readers' own glossaries in the browser, so a
 * pack is accepted or rejected the same way everywhere, with all of its problems listed at once.
 */
import { crossCheckPacks, type ValidPack } from './cross-checks';
import type { CompiledAlias, CompiledIndex, EntityCard, PackError } from './index-format';
import { describe } from './render/describe';
import { renderFact } from './render/facts';
import { isFemale, type RenderLookup } from './render/values';
import { LANGUAGES, type Alias, type Entity, type Lang, type PackClass } from './schema';
import { validatePack } from './validate';

/** One pack file as read from disk or an import: `data` is unparsed JSON of unknown shape. */
export interface PackInput {
  file: string;
  data: unknown;
}

/** The compiled index, or null with every error found when any pack is invalid. */
export interface CompileResult {
  index: CompiledIndex | null;
  errors: PackError[];
}

/** The entities and classes of every pack compiled together, by id, for statements to name. */
function lookupOf(packs: readonly ValidPack[]): RenderLookup {
  const entities = new Map<string, Entity>();
  const classes = new Map<string, PackClass>();
  for (const { pack } of packs) {
    for (const entity of pack.entities) entities.set(entity.id, entity);
    for (const klass of pack.classes) classes.set(klass.id, klass);
  }
  return { entity: (id) => entities.get(id), klass: (id) => classes.get(id) };
}

/**
 * The entities an entity is related to: those its pack lists, and those its statements name (party, club, country,
 * office holder's office, employer): the resolver weighs them alike, as support from the article (issue #20).
 */
function relatedOf(entity: Entity, lookup: RenderLookup): string[] {
  const related = new Set(entity.related);
  for (const { value } of entity.statements)
    if ('entity' in value && value.entity !== entity.id && lookup.entity(value.entity))
      related.add(value.entity);
  return related.size === entity.related.length ? entity.related : [...related];
}

/**
 * The card: statements rendered as fact lines in every language, and a description rendered from them in each
 * language the pack wrote none for.
 */
function entityCard(
  entity: Entity,
  { id: packId, title: packTitle }: Pick<ValidPack['pack'], 'id' | 'title'>,
  lookup: RenderLookup,
  packAsOf: string | undefined,
): EntityCard {
  const female = isFemale(entity.statements);
  const descriptions = { ...entity.descriptions };
  for (const lang of LANGUAGES) {
    descriptions[lang] ??= describe(entity.type, entity.statements, lang, lookup);
    if (descriptions[lang] === undefined) delete descriptions[lang];
  }
  const card: EntityCard = {
    id: entity.id,
    qid: entity.qid,
    type: entity.type,
    packId,
    packTitle,
    ...(packAsOf !== undefined && { packAsOf }),
    labels: entity.labels,
    descriptions,
    summaries: entity.summaries,
    facts: entity.statements
      .filter((statement) => statement.property !== 'coordinates')
      .map((statement) => renderFact(statement, lookup, female)),
    related: relatedOf(entity, lookup),
    sources: entity.sources,
    reviewed: entity.reviewed,
  };
  const coordinates = entity.statements.find((statement) => statement.property === 'coordinates')?.value;
  if (coordinates && 'coordinates' in coordinates) card.coordinates = coordinates.coordinates;
  const population = entity.statements.find((statement) => statement.property === 'population')?.value;
  if (entity.type === 'place' && population && 'quantity' in population)
    card.population = population.quantity;
  const classes = entity.statements.flatMap(({ property, value }) =>
    property === 'instance-of' && 'entity' in value ? [value.entity] : [],
  );
  if (classes.length > 0) card.classes = classes;
  return card;
}

type AliasHints = Omit<Exclude<Alias, string>, 'text'>;

/**
 * The matching hints of the entity's aliases, by text, in any language merged (a flag any of them sets), so that a
 * label with the same text takes them.
 */
function hintsByText(entity: Pick<Entity, 'aliases'>): Map<string, AliasHints> {
  const hints = new Map<string, AliasHints>();
  for (const lang of LANGUAGES) {
    for (const alias of entity.aliases[lang] ?? []) {
      if (typeof alias === 'string') continue;
      const { text, ...flags } = alias;
      if (!(
        flags.caseSensitive ||
        flags.needsContext ||
        flags.demonym ||
        flags.personName ||
        flags.anyLanguage
      ))
        continue;
      const merged = hints.get(text) ?? {};
      for (const flag of ['caseSensitive', 'needsContext', 'demonym', 'personName', 'anyLanguage'] as const)
        if (flags[flag]) merged[flag] = true;
      hints.set(text, merged);
    }
  }
  return hints;
}

/** Texts of the entity's aliases that carry matching hints, so a label with the same text takes the hints. */
export function hintedTexts(entity: Pick<Entity, 'aliases'>): Set<string> {
  return new Set(hintsByText(entity).keys());
}

/**
 * Labels and aliases as one flat list, each under its language; exact repeats (same text and flags) dropped.
 * A label is the display name and matches as a plain name in its language, unless an alias with the same text
 * carries hints (a label "Belga" with an alias {"text": "Belga", "needsContext": true}): then the label takes the
 * hints. An alias in the label's own language, or one that matches in every language, is the label's form itself;
 * one in another language alone still leaves the label matching in its own ("HSBC", listed once under English with
 * its case, in a German article).
 */
function entityAliases(entity: Entity, packAnyLanguage: boolean): CompiledAlias[] {
  const aliases: CompiledAlias[] = [];
  const seen = new Set<string>();
  const add = (lang: Lang, text: string, hints: AliasHints | undefined = undefined) => {
    const caseSensitive = hints?.caseSensitive ?? false;
    const needsContext = hints?.needsContext ?? false;
    const demonym = hints?.demonym ?? false;
    const personName = hints?.personName ?? false;
    const anyLanguage = packAnyLanguage || (hints?.anyLanguage ?? false);
    const key = [lang, text, caseSensitive, needsContext, demonym, personName, anyLanguage].join('\u0000');
    if (seen.has(key)) return;
    seen.add(key);
    const compiled: CompiledAlias = { text, entityId: entity.id, lang, caseSensitive, needsContext, demonym };
    if (personName) compiled.personName = true;
    if (anyLanguage) compiled.anyLanguage = true;
    aliases.push(compiled);
  };
  const hinted = hintsByText(entity);
  for (const lang of LANGUAGES) {
    const label = entity.labels[lang];
    const own = entity.aliases[lang] ?? [];
    const hints = label === undefined ? undefined : hinted.get(label);
    if (label !== undefined && hints === undefined) add(lang, label);
    else if (
      label !== undefined &&
      !hints?.anyLanguage &&
      !packAnyLanguage &&
      !own.some((alias) => (typeof alias === 'string' ? alias : alias.text) === label)
    )
      add(lang, label, hints);
    for (const alias of own) {
      if (typeof alias === 'string') add(lang, alias);
      else add(lang, alias.text, alias);
    }
  }
  return aliases;
}

/** Cue words lower-cased and without repeats; undefined when the entity has none. */
function entityCues(entity: Entity): Partial<Record<Lang, string[]>> | undefined {
  const cues: Partial<Record<Lang, string[]>> = {};
  for (const lang of LANGUAGES) {
    const words = [...new Set((entity.cues[lang] ?? []).map((cue) => cue.toLowerCase()))];
    if (words.length > 0) cues[lang] = words;
  }
  return Object.keys(cues).length > 0 ? cues : undefined;
}

/**
 * The date of a pack's data: the latest `asOf` of its statements (ISO dates compare as text). A reader judges a
 * "current" fact by it, so the options page and every card's "why" state it.
 */
export function packAsOf(pack: Pick<ValidPack['pack'], 'entities'>): string | undefined {
  let latest: string | undefined;
  for (const entity of pack.entities)
    for (const { asOf } of entity.statements ?? [])
      if (asOf !== undefined && (latest === undefined || asOf > latest)) latest = asOf;
  return latest;
}

function buildIndex(packs: readonly ValidPack[]): CompiledIndex {
  const lookup = lookupOf(packs);
  const index: CompiledIndex = {
    format: 'backstory-index',
    version: 1,
    packs: [],
    entities: {},
    cues: {},
    aliases: [],
  };
  for (const { pack } of packs) {
    const asOf = packAsOf(pack);
    index.packs.push({
      id: pack.id,
      title: pack.title,
      license: pack.license,
      entities: pack.entities.length,
      ...(asOf !== undefined && { asOf }),
    });
    for (const entity of pack.entities) {
      index.entities[entity.id] = entityCard(entity, pack, lookup, asOf);
      index.aliases.push(...entityAliases(entity, pack.anyLanguage));
      const cues = entityCues(entity);
      if (cues) index.cues[entity.id] = cues;
    }
  }
  return index;
}

/**
 * Validates and compiles packs, in the order given. Every schema issue of every pack is reported, plus the
 * cross-pack checks over the packs that passed the schema; the index is null whenever there is any error.
 */
export function compilePacks(inputs: readonly PackInput[]): CompileResult {
  const valid: ValidPack[] = [];
  const errors: PackError[] = [];
  for (const { file, data } of inputs) {
    const result = validatePack(file, data);
    errors.push(...result.errors);
    if (result.pack) valid.push({ file, pack: result.pack });
  }
  errors.push(...crossCheckPacks(valid));
  return errors.length > 0 ? { index: null, errors } : { index: buildIndex(valid), errors };
}

/** One line per error: `assets/packs/x.json: entity "sana": descriptions.nl: must be at most 140 characters`. */
export function formatPackErrors(errors: readonly PackError[]): string {
  return errors
    .map(({ file, entityId, field, message }) =>
      [file, entityId === null ? undefined : `entity "${entityId}"`, field || undefined, message]
        .filter((part) => part !== undefined)
        .join(': '),
    )
    .join('\n');
}
