/**
 * Wikidata records to pack version 2: an entity's labels, aliases, descriptions, sources and statements, and the
 * classes its statements point at. Pure functions; the scan that finds the records is elsewhere (engines).
 *
 * A statement's item value cannot be resolved while the dump is read: whether the target is an entity of the pack
 * (selected) or a class is known only at the end of the first pass, and a class's labels only after the second.
 * So entities are mapped into drafts whose item values are references (`{ ref: 'Q42' }`), and `finishPack`
 * resolves them.
 */
import { keyWords } from '../../src/core/text/key-words';
import { PROPERTIES, PROPERTY_IDS, type PropertyId } from '../../src/core/kb/vocabulary';
import {
  LANGUAGES,
  type EntityType,
  type Lang,
  type PackClass,
  type PackInput,
  type Source,
  type Value,
} from '../../src/core/kb/schema';
import {
  QID,
  itemId,
  itemValues,
  record,
  timeToDate,
  wikidataUrl,
  wikipediaUrl,
  type WdEntity,
  type WdSnak,
  type WdStatement,
} from './wikidata';
import type { Selection } from './selection';

/** The vocabulary by Wikidata property: P39 → position-held. */
export const PROPERTY_BY_PID: ReadonlyMap<string, PropertyId> = new Map(
  PROPERTY_IDS.flatMap((id) => {
    const pid = PROPERTIES[id].pid;
    return pid === null ? [] : [[pid, id] as const];
  }),
);

/** P21 values the vocabulary has a code for; other values of P21 are left out. */
export const GENDER_BY_QID: Readonly<Record<string, string>> = {
  Q6581072: 'female',
  Q6581097: 'male',
  Q1097630: 'intersex',
};

const EARTH = 'http://www.wikidata.org/entity/Q2';
const ENTITY_URI = 'http://www.wikidata.org/entity/';
export const MAX_DESCRIPTION = 140;

/** An item value still to resolve: an entity of the pack, a class, or dropped. */
export interface ItemRef {
  ref: string;
}

export interface DraftStatement {
  property: PropertyId;
  value: Value | ItemRef;
  start?: string;
  end?: string;
  at?: string;
  source: string;
}

/** An entity, a class and a statement as the pack file writes them (fields left at their defaults left out). */
export type PackEntity = PackInput['entities'][number];
export type PackClassInput = NonNullable<PackInput['classes']>[number];
type PackStatement = NonNullable<PackEntity['statements']>[number];

export interface DraftEntity {
  entity: Omit<PackEntity, 'statements' | 'reviewed'> & { qid: string };
  statements: DraftStatement[];
}

/** What the class pass brings back for a referenced item: its labels and female forms, nothing else. */
export interface ClassRecord {
  id: string;
  labels?: Record<string, { value: string }>;
  claims?: { P2521?: WdStatement[] | null };
}

export const isRef = (value: Value | ItemRef): value is ItemRef => 'ref' in value;

function trimmed(text: unknown): string | null {
  if (typeof text !== 'string') return null;
  const out = text.trim();
  return out.length > 0 ? out : null;
}

/** nl/en/fr/de values of a term map (labels, descriptions). */
function terms(map: Record<string, { value: string }> | undefined | null, maxLength = Infinity) {
  const out: Partial<Record<Lang, string>> = {};
  const source = record(map);
  for (const lang of LANGUAGES) {
    const text = trimmed(source[lang]?.value);
    if (text !== null && text.length <= maxLength) out[lang] = text;
  }
  return out;
}

/**
 * The statements of one Wikidata property that count: deprecated ones never; when some are preferred, those and
 * the normal ones with a start or end (the history a preferred rank does not replace: former heads of government,
 * a country's earlier states); otherwise all the normal ones.
 */
export function rankedStatements(statements: readonly WdStatement[]): WdStatement[] {
  const live = statements.filter((statement) => statement.rank !== 'deprecated');
  if (!live.some((statement) => statement.rank === 'preferred')) return live;
  return live.filter(
    (statement) =>
      statement.rank === 'preferred' ||
      (statement.qualifiers?.P580 ?? []).length > 0 ||
      (statement.qualifiers?.P582 ?? []).length > 0,
  );
}

/**
 * A qualifier's date. A P580 (start) that cannot be read is left out; a P582 (end) or P585 (point in time) that is
 * unknown or too coarse drops the statement (`undefined`), because without it the statement would read as still
 * true. `novalue` for P582 means it has not ended.
 */
function qualifierDate(statement: WdStatement, pid: 'P580' | 'P582' | 'P585'): string | null | undefined {
  const snaks: WdSnak[] = statement.qualifiers?.[pid] ?? [];
  if (snaks.length === 0) return null;
  for (const snak of snaks) {
    const date = snak.snaktype === 'value' ? timeToDate(snak.datavalue) : null;
    if (date) return date;
  }
  if (pid === 'P580') return null;
  if (pid === 'P582' && snaks.every((snak) => snak.snaktype === 'novalue')) return null;
  return undefined;
}

/** A monolingual text value in nl, en, fr or de. */
function monolingual(snak: WdSnak): { lang: Lang; text: string } | null {
  if (snak.snaktype !== 'value' || snak.datavalue?.type !== 'monolingualtext') return null;
  const { text, language } = snak.datavalue.value as { text?: unknown; language?: unknown };
  const clean = trimmed(text);
  if (clean === null || !(LANGUAGES as readonly unknown[]).includes(language)) return null;
  return { lang: language as Lang, text: clean };
}

/** The mainsnak's value as the property takes it, or null when the vocabulary has no kind for it. */
export function mapValue(property: PropertyId, snak: WdSnak): Value | ItemRef | null {
  if (snak.snaktype !== 'value' || !snak.datavalue) return null;
  const kinds = PROPERTIES[property].kinds as readonly string[];
  const { type, value } = snak.datavalue;
  switch (type) {
    case 'wikibase-entityid': {
      const id = itemId(snak.datavalue);
      if (!id) return null;
      if (property === 'sex-or-gender') {
        const code = GENDER_BY_QID[id];
        return code ? { code } : null;
      }
      return kinds.includes('entity') ? { ref: id } : null;
    }
    case 'time': {
      const date = timeToDate(snak.datavalue);
      return date && kinds.includes('date') ? { date } : null;
    }
    case 'quantity': {
      const { amount, unit } = value as { amount?: unknown; unit?: unknown };
      const quantity = typeof amount === 'string' ? Number(amount) : NaN;
      if (!kinds.includes('quantity') || !Number.isFinite(quantity)) return null;
      if (typeof unit === 'string' && unit !== '1') {
        const unitId = unit.startsWith(ENTITY_URI) ? unit.slice(ENTITY_URI.length) : unit;
        return { quantity, unit: unitId };
      }
      return { quantity };
    }
    case 'globecoordinate': {
      const { latitude, longitude, globe } = value as {
        latitude?: unknown;
        longitude?: unknown;
        globe?: unknown;
      };
      if (!kinds.includes('coordinates') || (globe !== undefined && globe !== null && globe !== EARTH))
        return null;
      if (typeof latitude !== 'number' || typeof longitude !== 'number') return null;
      if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null;
      return { coordinates: { lat: latitude, lon: longitude } };
    }
    case 'monolingualtext': {
      const text = monolingual(snak);
      return text && kinds.includes('text') ? { text: { [text.lang]: text.text } } : null;
    }
    case 'string': {
      // A code as Wikidata writes it (P297's "NL"); P21's codes come from its items only.
      const code = trimmed(value);
      return code !== null && kinds.includes('code') && property !== 'sex-or-gender' ? { code } : null;
    }
    default:
      return null;
  }
}

/** The statements of an entity the vocabulary has properties for, in the vocabulary's order. */
export function mapStatements(wd: WdEntity): DraftStatement[] {
  const source = wikidataUrl(wd.id);
  const out: DraftStatement[] = [];
  for (const [pid, statements] of Object.entries(record(wd.claims))) {
    const property = PROPERTY_BY_PID.get(pid);
    if (!property || !Array.isArray(statements)) continue;
    for (const statement of rankedStatements(statements)) {
      const value = mapValue(property, statement.mainsnak);
      if (!value) continue;
      const start = qualifierDate(statement, 'P580');
      const end = qualifierDate(statement, 'P582');
      const at = qualifierDate(statement, 'P585');
      if (end === undefined || at === undefined) continue;
      if (start && end && start > end) continue;
      const draft: DraftStatement = { property, value, source };
      if (start) draft.start = start;
      if (end) draft.end = end;
      if (at) draft.at = at;
      out.push(draft);
    }
  }
  const order = (property: PropertyId) => PROPERTY_IDS.indexOf(property);
  return out.sort((a, b) => order(a.property) - order(b.property));
}

/** The entity's links: its Wikidata page, and its English Wikipedia article when it has one. */
export function entitySources(wd: WdEntity): Source[] {
  const sources: Source[] = [{ url: wikidataUrl(wd.id), title: `Wikidata: ${wd.id}` }];
  const enwiki = record(wd.sitelinks).enwiki;
  if (enwiki && typeof enwiki.title === 'string' && enwiki.title.length > 0) {
    const url = wikipediaUrl('en', enwiki.title);
    sources.push({ url, title: `Wikipedia (en): ${enwiki.title}` });
  }
  return sources;
}

/** A name the matcher can find: one with a letter or digit (not "?", "+", "…"). */
const matchable = (name: string) => keyWords(name).length > 0;

/**
 * The pack entity of a selected record, or null when it has no label in nl, en, fr or de that can be matched.
 * Labels and aliases without a letter or digit are left out (the compiler refuses them).
 */
export function mapEntity(wd: WdEntity, type: EntityType): DraftEntity | null {
  const labels = terms(wd.labels);
  for (const lang of LANGUAGES)
    if (labels[lang] !== undefined && !matchable(labels[lang])) delete labels[lang];
  if (Object.keys(labels).length === 0) return null;
  const aliases: Partial<Record<Lang, string[]>> = {};
  const aliasMap = record(wd.aliases);
  for (const lang of LANGUAGES) {
    const seen = new Set<string>(labels[lang] === undefined ? [] : [labels[lang]]);
    const list: string[] = [];
    for (const term of Array.isArray(aliasMap[lang]) ? aliasMap[lang] : []) {
      const text = trimmed(term?.value);
      if (text === null || seen.has(text) || !matchable(text)) continue;
      seen.add(text);
      list.push(text);
    }
    if (list.length > 0) aliases[lang] = list;
  }
  const descriptions = terms(wd.descriptions, MAX_DESCRIPTION);
  return {
    entity: {
      id: wd.id.toLowerCase(),
      qid: wd.id,
      type,
      labels,
      ...(Object.keys(aliases).length > 0 ? { aliases } : {}),
      ...(Object.keys(descriptions).length > 0 ? { descriptions } : {}),
      sources: entitySources(wd),
    },
    statements: mapStatements(wd),
  };
}

/**
 * Whether the selection keeps a record, and as what: an explicit item, or an instance (P31, deprecated values
 * aside) of a selected class with enough sitelinks. Null when it is not kept.
 */
export function selectedType(wd: WdEntity, selection: Selection): EntityType | null {
  // Items only: properties (P…) and lexemes (L…) have no place in a pack.
  if (typeof wd.id !== 'string' || !QID.test(wd.id)) return null;
  const explicit = selection.items[wd.id];
  if (explicit) return explicit;
  const sitelinks = wd.sitelinkCount ?? Object.keys(record(wd.sitelinks)).length;
  if (sitelinks < selection.minSitelinks) return null;
  for (const id of itemValues(record(wd.claims).P31)) {
    const type = selection.classes[id];
    if (type) return type;
  }
  return null;
}

/** A referenced item's class: its labels and female forms (P2521) in the four languages; null without a label. */
export function mapClass(found: ClassRecord, kind: PackClass['kind']): PackClassInput | null {
  const labels = terms(found.labels);
  if (Object.keys(labels).length === 0) return null;
  const femaleLabels: Partial<Record<Lang, string>> = {};
  const forms = rankedStatements(Array.isArray(found.claims?.P2521) ? found.claims.P2521 : []);
  // Preferred forms first, so they win for their language.
  forms.sort((a, b) => Number(b.rank === 'preferred') - Number(a.rank === 'preferred'));
  for (const statement of forms) {
    const form = monolingual(statement.mainsnak);
    if (form && femaleLabels[form.lang] === undefined && form.text !== labels[form.lang])
      femaleLabels[form.lang] = form.text;
  }
  return {
    id: found.id.toLowerCase(),
    qid: found.id,
    kind,
    labels,
    ...(Object.keys(femaleLabels).length > 0 ? { femaleLabels } : {}),
    sources: [{ url: wikidataUrl(found.id), title: `Wikidata: ${found.id}` }],
  };
}

/** The items statements point at that are not entities of the pack: the class pass looks these up. */
export function referencedClasses(drafts: readonly DraftEntity[]): Map<string, PackClass['kind']> {
  const selected = new Set(drafts.map((draft) => draft.entity.qid));
  const kinds = new Map<string, PackClass['kind']>();
  for (const draft of drafts) {
    for (const statement of draft.statements) {
      if (!isRef(statement.value) || selected.has(statement.value.ref)) continue;
      const kind = statement.property === 'position-held' ? 'office' : 'class';
      if (kinds.get(statement.value.ref) !== 'office') kinds.set(statement.value.ref, kind);
    }
  }
  return kinds;
}

const qidNumber = (id: string | null) => Number((id ?? 'Q0').slice(1));

function statementKey(statement: PackStatement): string {
  return JSON.stringify([statement.property, statement.value, statement.start, statement.end, statement.at]);
}

export interface FinishOptions {
  selection: Selection;
  drafts: readonly DraftEntity[];
  /** The class pass's records (labels found) for the referenced items; a missing one is dropped. */
  classRecords: readonly ClassRecord[];
  kinds: ReadonlyMap<string, PackClass['kind']>;
  /** The dump's date: each entity's `reviewed`, and the `asOf` of open statements whose value can change. */
  asOf: string;
}

/** The pack: item values resolved to entities or classes (or dropped), open volatile statements dated. */
export function finishPack({ selection, drafts, classRecords, kinds, asOf }: FinishOptions): PackInput {
  const classes = new Map<string, PackClassInput>();
  for (const found of classRecords) {
    const kind = kinds.get(found.id);
    if (!kind || classes.has(found.id)) continue;
    const mapped = mapClass(found, kind);
    if (mapped) classes.set(found.id, mapped);
  }
  const selected = new Set(drafts.map((draft) => draft.entity.qid));
  const usedClasses = new Set<string>();
  const entities: PackEntity[] = [];
  for (const draft of [...drafts].sort((a, b) => qidNumber(a.entity.qid) - qidNumber(b.entity.qid))) {
    const statements: PackStatement[] = [];
    const seen = new Set<string>();
    for (const draft_ of draft.statements) {
      let value: Value;
      if (isRef(draft_.value)) {
        const ref = draft_.value.ref;
        if (selected.has(ref)) value = { entity: ref.toLowerCase() };
        else if (classes.has(ref)) {
          value = { entity: ref.toLowerCase() };
          usedClasses.add(ref);
        } else continue;
      } else value = draft_.value;
      const statement: PackStatement = { ...draft_, value };
      if (PROPERTIES[statement.property].volatile && !statement.end && !statement.at) statement.asOf = asOf;
      const key = statementKey(statement);
      if (seen.has(key)) continue;
      seen.add(key);
      statements.push(statement);
    }
    entities.push({ ...draft.entity, statements, reviewed: asOf });
  }
  return {
    format: 'backstory-pack',
    version: 2,
    id: selection.pack.id,
    title: selection.pack.title,
    ...(Object.keys(selection.pack.description).length > 0
      ? { description: selection.pack.description }
      : {}),
    license: selection.pack.license,
    ...(selection.pack.anyLanguage ? { anyLanguage: true } : {}),
    classes: [...classes.values()]
      .filter((found) => usedClasses.has(found.qid!))
      .sort((a, b) => qidNumber(a.qid) - qidNumber(b.qid)),
    entities,
  };
}
