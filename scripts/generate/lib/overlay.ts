/**
 * Curated overlays: hand-written fields, keyed by ISO code (countries) or GeoNames id (cities), that override or
 * extend what a generator derives from the data packages. Per-language texts replace the generated ones; aliases,
 * cues, sources and related ids are merged (curated entries first; a curated alias wins over a generated one with the
 * same text); curated statements (pack format version 2) replace the generated statements of their properties.
 * Demonyms have their own overlay (overlays/demonyms.json, lib/demonyms.ts).
 */
import type { Alias, Entity, Lang, Statement } from '../../../src/core/kb/schema';
import { LANGUAGES } from '../../../src/core/kb/schema';
import { sortStatements } from './statements';
import { nameKey } from './text';

type PerLang<T> = Partial<Record<Lang, T>>;

export interface Overlay {
  id?: string;
  labels?: PerLang<string>;
  aliases?: PerLang<Alias[]>;
  cues?: PerLang<string[]>;
  descriptions?: PerLang<string>;
  summaries?: PerLang<string>;
  /**
   * Hand-written statements, each with its `source`: they replace every generated statement of the same property
   * (Israel's capital with its note), or add what no data package has (the United Kingdom's EU membership).
   */
  statements?: Statement[];
  related?: string[];
  sources?: Entity['sources'];
  /** Remove these generated aliases (any language), e.g. a short form that belongs to someone else. */
  dropAliases?: string[];
}

export type OverlayFile = Record<string, Overlay>;

function aliasText(alias: Alias): string {
  return typeof alias === 'string' ? alias : alias.text;
}

/** Aliases merged: the first list wins for a text (exact text; case matters for acronyms). */
export function mergeAliases(first: readonly Alias[], second: readonly Alias[]): Alias[] {
  const seen = new Set<string>();
  const out: Alias[] = [];
  for (const alias of [...first, ...second]) {
    const text = aliasText(alias);
    if (seen.has(text)) continue;
    seen.add(text);
    out.push(alias);
  }
  return out;
}

/** Generated statements with curated ones: a curated property replaces every generated statement of it. */
export function mergeStatements(
  generated: readonly Statement[],
  curated: readonly Statement[] | undefined,
): Statement[] {
  if (!curated) return [...generated];
  const properties = new Set(curated.map((statement) => statement.property));
  return sortStatements([
    ...generated.filter((statement) => !properties.has(statement.property)),
    ...curated,
  ]);
}

/** Applies one overlay to a generated entity; the generated entity is not modified. */
export function applyOverlay(entity: Entity, overlay: Overlay | undefined): Entity {
  if (!overlay) return entity;
  const out: Entity = structuredClone(entity);
  if (overlay.id) out.id = overlay.id;
  const dropped = new Set((overlay.dropAliases ?? []).map(nameKey));
  for (const lang of LANGUAGES) {
    const label = overlay.labels?.[lang];
    if (label) out.labels[lang] = label;
    const description = overlay.descriptions?.[lang];
    if (description) out.descriptions[lang] = description;
    const summary = overlay.summaries?.[lang];
    if (summary) out.summaries[lang] = summary;
    const curated: Alias[] = [...(overlay.aliases?.[lang] ?? [])];
    const generated = (out.aliases[lang] ?? []).filter((alias) => !dropped.has(nameKey(aliasText(alias))));
    const aliases = mergeAliases(curated, generated);
    if (aliases.length > 0) out.aliases[lang] = aliases;
    else delete out.aliases[lang];
    const cues = [...new Set([...(overlay.cues?.[lang] ?? []), ...(out.cues[lang] ?? [])])];
    if (cues.length > 0) out.cues[lang] = cues;
  }
  if (overlay.statements) out.statements = mergeStatements(out.statements, overlay.statements);
  if (overlay.related) out.related = [...new Set([...overlay.related, ...out.related])];
  if (overlay.sources) {
    const urls = new Set(overlay.sources.map((source) => source.url));
    out.sources = [...overlay.sources, ...out.sources.filter((source) => !urls.has(source.url))];
  }
  return out;
}
