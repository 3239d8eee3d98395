/**
 * Names in a reader's glossary that would underline ordinary text: a function word of any of the four languages
 * ("and", "de", "le"), a single letter or digit, or a name too long to be one. The import asks before keeping them
 * (issue #22: "and" was accepted without a word and then underlined everywhere). Works on the pack as imported
 * (JSON of format 1 or 2, or a CSV glossary turned into one), before it is validated.
 */
import { isFunctionWord } from '../text/language';

export type NameWarningReason = 'common-word' | 'single-character' | 'too-long';

export interface NameWarning {
  entityId: string;
  text: string;
  /** A label (the entity's name) or an alias. */
  kind: 'label' | 'alias';
  reason: NameWarningReason;
}

/** Longer than any name a news article writes (the longest bundled alias is under 90 characters). */
const MAX_NAME_CHARS = 100;

export function nameWarningReason(text: string): NameWarningReason | null {
  const name = text.trim();
  if ([...name].length <= 1) return 'single-character';
  if (name.length > MAX_NAME_CHARS) return 'too-long';
  if (isFunctionWord(name)) return 'common-word';
  return null;
}

type Loose = Record<string, unknown>;

function aliasText(alias: unknown): string | null {
  if (typeof alias === 'string') return alias;
  const text = (alias as Loose | null)?.text;
  return typeof text === 'string' ? text : null;
}

/** Every name of the pack that would underline ordinary text, in file order. */
export function nameWarnings(pack: unknown): NameWarning[] {
  const entities = (pack as Loose | null)?.entities;
  if (!Array.isArray(entities)) return [];
  const warnings: NameWarning[] = [];
  for (const entity of entities as Loose[]) {
    const entityId = typeof entity?.id === 'string' ? entity.id : '';
    const seen = new Set<string>();
    const check = (text: string | null, kind: NameWarning['kind']) => {
      if (text === null || seen.has(text)) return;
      seen.add(text);
      const reason = nameWarningReason(text);
      if (reason) warnings.push({ entityId, text, kind, reason });
    };
    for (const label of Object.values((entity?.labels as Loose | undefined) ?? {})) {
      check(typeof label === 'string' ? label : null, 'label');
    }
    for (const list of Object.values((entity?.aliases as Loose | undefined) ?? {})) {
      if (Array.isArray(list)) for (const alias of list) check(aliasText(alias), 'alias');
    }
  }
  return warnings;
}

/**
 * The pack without the warned names: those aliases removed, and the entities whose own name (a label) is one of
 * them left out, since their name alone would still be matched.
 */
export function withoutWarnedNames(pack: unknown, warnings: readonly NameWarning[]): unknown {
  const entities = (pack as Loose | null)?.entities;
  if (!Array.isArray(entities) || warnings.length === 0) return pack;
  const dropEntity = new Set(warnings.filter((w) => w.kind === 'label').map((w) => w.entityId));
  const dropAlias = new Set(
    warnings.filter((w) => w.kind === 'alias').map((w) => `${w.entityId}\u0000${w.text}`),
  );
  const kept = (entities as Loose[])
    .filter((entity) => !dropEntity.has(typeof entity?.id === 'string' ? entity.id : ''))
    .map((entity) => {
      const aliases = entity?.aliases as Loose | undefined;
      if (!aliases || typeof aliases !== 'object') return entity;
      const id = typeof entity.id === 'string' ? entity.id : '';
      const filtered = Object.fromEntries(
        Object.entries(aliases).map(([lang, list]) => [
          lang,
          Array.isArray(list)
            ? list.filter((alias) => !dropAlias.has(`${id}\u0000${aliasText(alias)}`))
            : list,
        ]),
      );
      return { ...entity, aliases: filtered };
    });
  return { ...(pack as Loose), entities: kept };
}
