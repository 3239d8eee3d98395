/**
 * The pack compiler: validates every pack, checks them against each other, and flattens them into the index the
 * annotator loads. Used by `build:data`, the Vite build and (later) readers' own glossaries in the browser, so a
 * pack is accepted or rejected the same way everywhere, with all of its problems listed at once.
 */
import { crossCheckPacks, type ValidPack } from './cross-checks';
import type { CompiledAlias, CompiledIndex, EntityCard, PackError } from './index-format';
import { LANGUAGES, type Alias, type Entity, type Lang } from './schema';
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

function entityCard(entity: Entity, packId: string): EntityCard {
  const card: EntityCard = {
    id: entity.id,
    qid: entity.qid,
    type: entity.type,
    packId,
    labels: entity.labels,
    descriptions: entity.descriptions,
    summaries: entity.summaries,
    facts: entity.facts,
    related: entity.related,
    sources: entity.sources,
    reviewed: entity.reviewed,
  };
  if (entity.coordinates) card.coordinates = entity.coordinates;
  return card;
}

/** Texts of the entity's aliases that carry matching hints, so a label with the same text takes the hints. */
function hintedTexts(entity: Entity): Set<string> {
  const texts = new Set<string>();
  for (const lang of LANGUAGES) {
    for (const alias of entity.aliases[lang] ?? []) {
      if (
        typeof alias !== 'string' &&
        (alias.caseSensitive || alias.needsContext || alias.demonym || alias.personName)
      ) {
        texts.add(alias.text);
      }
    }
  }
  return texts;
}

/**
 * Labels and aliases as one flat list, each under its language; exact repeats (same text and flags) dropped.
 * A label is the display name and matches as a plain name, unless an alias with the same text carries hints
 * (a label "Belga" with an alias {"text": "Belga", "needsContext": true}): then only the hinted form matches.
 */
function entityAliases(entity: Entity): CompiledAlias[] {
  const aliases: CompiledAlias[] = [];
  const seen = new Set<string>();
  const add = (lang: Lang, text: string, hints: Exclude<Alias, string> | undefined = undefined) => {
    const caseSensitive = hints?.caseSensitive ?? false;
    const needsContext = hints?.needsContext ?? false;
    const demonym = hints?.demonym ?? false;
    const personName = hints?.personName ?? false;
    const key = [lang, text, caseSensitive, needsContext, demonym, personName].join('\u0000');
    if (seen.has(key)) return;
    seen.add(key);
    const compiled: CompiledAlias = { text, entityId: entity.id, lang, caseSensitive, needsContext, demonym };
    if (personName) compiled.personName = true;
    aliases.push(compiled);
  };
  const hinted = hintedTexts(entity);
  for (const lang of LANGUAGES) {
    const label = entity.labels[lang];
    if (label !== undefined && !hinted.has(label)) add(lang, label);
    for (const alias of entity.aliases[lang] ?? []) {
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

function buildIndex(packs: readonly ValidPack[]): CompiledIndex {
  const index: CompiledIndex = {
    format: 'backstory-index',
    version: 1,
    packs: [],
    entities: {},
    cues: {},
    aliases: [],
  };
  for (const { pack } of packs) {
    index.packs.push({
      id: pack.id,
      title: pack.title,
      license: pack.license,
      entities: pack.entities.length,
    });
    for (const entity of pack.entities) {
      index.entities[entity.id] = entityCard(entity, pack.id);
      index.aliases.push(...entityAliases(entity));
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
