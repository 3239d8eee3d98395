/** Steps shared by the generators after the entities are built: matching hints, clean-up, writing. */
import { writeFileSync } from 'node:fs';
import type { Alias, Entity, Lang, Pack, PackClass } from '../../../src/core/kb/schema';
import { LANGUAGES } from '../../../src/core/kb/schema';
import { nameKey } from './text';

function aliasText(alias: Alias): string {
  return typeof alias === 'string' ? alias : alias.text;
}

/**
 * Gives names of `entity` a matching hint: in every language where the entity has one of `texts` as label or alias,
 * a same-text alias with the hint replaces any plain one (a label takes the hints of a same-text alias). Returns the
 * entity (a copy) and whether any name was marked.
 */
function markHint(
  entity: Entity,
  texts: readonly string[],
  hint: 'needsContext' | 'personName',
): { out: Entity; marked: boolean } {
  const out = structuredClone(entity);
  const keys = new Set(texts.map(nameKey));
  let marked = false;
  for (const lang of LANGUAGES) {
    const label = out.labels[lang];
    const aliases = out.aliases[lang] ?? [];
    const hits = new Set<string>();
    if (label !== undefined && keys.has(nameKey(label))) hits.add(label);
    for (const alias of aliases) if (keys.has(nameKey(aliasText(alias)))) hits.add(aliasText(alias));
    if (hits.size === 0) continue;
    marked = true;
    const kept = aliases.filter(
      (alias) => !hits.has(aliasText(alias)) || (typeof alias !== 'string' && alias[hint]),
    );
    const keptTexts = new Set(kept.map(aliasText));
    for (const text of hits) if (!keptTexts.has(text)) kept.push({ text, [hint]: true });
    out.aliases[lang] = kept;
  }
  return { out, marked };
}

/**
 * Marks names that are also ordinary words ("Chad", "Jersey") as needing context (markHint), and adds the cues.
 */
export function markNeedsContext(
  entity: Entity,
  texts: readonly string[],
  cues: Partial<Record<Lang, string[]>>,
): Entity {
  const { out, marked } = markHint(entity, texts, 'needsContext');
  if (marked) {
    for (const lang of LANGUAGES) {
      const words = [...new Set([...(out.cues[lang] ?? []), ...(cues[lang] ?? [])])];
      if (words.length > 0) out.cues[lang] = words;
    }
  }
  return out;
}

/** Marks names that are also a person's ("Paris", "Houston") with the personName hint (markHint). */
export function markPersonName(entity: Entity, texts: readonly string[]): Entity {
  return markHint(entity, texts, 'personName').out;
}

/**
 * Removes aliases that two entities share (or that are another entity's label), so no name links to the wrong
 * one silently: "Congo" for both Congos, "Guinée" inside several names. Labels are never removed. Aliases that
 * need context are kept: the resolver decides with the cues.
 */
export function dropSharedAliases(entities: readonly Entity[], log = (_: string) => {}): Entity[] {
  const holders = new Map<string, Set<string>>();
  const hold = (text: string, id: string) => {
    const key = nameKey(text);
    if (!holders.has(key)) holders.set(key, new Set());
    holders.get(key)?.add(id);
  };
  for (const entity of entities) {
    for (const lang of LANGUAGES) {
      const label = entity.labels[lang];
      if (label !== undefined) hold(label, entity.id);
      for (const alias of entity.aliases[lang] ?? []) hold(aliasText(alias), entity.id);
    }
  }
  return entities.map((entity) => {
    const out = structuredClone(entity);
    for (const lang of LANGUAGES) {
      const aliases = out.aliases[lang];
      if (!aliases) continue;
      const kept = aliases.filter((alias) => {
        if (typeof alias !== 'string' && alias.needsContext) return true;
        const shared = (holders.get(nameKey(aliasText(alias)))?.size ?? 0) > 1;
        if (shared) log(`${entity.id}: dropped shared alias "${aliasText(alias)}" (${lang})`);
        return !shared;
      });
      if (kept.length > 0) out.aliases[lang] = kept;
      else delete out.aliases[lang];
    }
    return out;
  });
}

/** Drops empty optional maps and lists so the committed JSON stays small, in the key order of the format. */
export function tidyEntity(entity: Entity): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: entity.id,
    qid: entity.qid,
    type: entity.type,
    labels: entity.labels,
  };
  if (Object.keys(entity.aliases).length > 0) out.aliases = entity.aliases;
  if (Object.keys(entity.cues).length > 0) out.cues = entity.cues;
  out.descriptions = entity.descriptions;
  if (Object.keys(entity.summaries).length > 0) out.summaries = entity.summaries;
  if (entity.statements.length > 0) out.statements = entity.statements;
  if (Object.keys(entity.adjective).length > 0) out.adjective = entity.adjective;
  if (entity.related.length > 0) out.related = entity.related;
  out.sources = entity.sources;
  out.reviewed = entity.reviewed;
  return out;
}

/** A class without its empty optional fields. */
export function tidyClass(c: PackClass): Record<string, unknown> {
  const out: Record<string, unknown> = { id: c.id, qid: c.qid, kind: c.kind, labels: c.labels };
  if (Object.keys(c.femaleLabels).length > 0) out.femaleLabels = c.femaleLabels;
  if (Object.keys(c.gender).length > 0) out.gender = c.gender;
  if (c.sources.length > 0) out.sources = c.sources;
  return out;
}

/**
 * Writes a pack as JSON: indented, or (to keep a big pack small) with one entity per line. The pack's fields are
 * written in the format's order, its classes before its entities.
 */
export function writePack(file: string, pack: Pack, options: { entityPerLine?: boolean } = {}): void {
  const entities = pack.entities.map(tidyEntity);
  const { entities: _entities, classes, anyLanguage, ...rest } = pack;
  const head = {
    ...rest,
    ...(anyLanguage ? { anyLanguage } : {}),
    ...(classes.length > 0 ? { classes: classes.map(tidyClass) } : {}),
  };
  if (!options.entityPerLine) {
    writeFileSync(file, `${JSON.stringify({ ...head, entities }, null, 1)}\n`);
    return;
  }
  const top = JSON.stringify({ ...head, entities: [] }, null, 1).replace(/\[\]\n\}$/, '');
  const body = entities.map((entity) => JSON.stringify(entity)).join(',\n');
  writeFileSync(file, `${top}[\n${body}\n ]\n}\n`);
}
