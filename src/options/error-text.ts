/**
 * Pack and glossary problems in the reader's language: the message from `_locales` by the problem's code
 * (`kb_<code>`, parameters as $1…), the row or entity and the field around it. The English `message` the CLI
 * prints is only a fallback for a code a locale lacks (the locale test keeps that from happening).
 */
import type { CsvError } from '../core/kb/csv';
import type { KbErrorCode, KbProblem } from '../core/kb/errors';
import type { PackError } from '../core/kb/index-format';

/** `browser.i18n.getMessage`'s shape; it answers '' (or, through `t`, the key) for a missing message. */
export type Translate = (key: string, substitutions?: string[]) => string;

/** The `_locales` key of a problem code. */
export function kbMessageKey(code: KbErrorCode): string {
  return `kb_${code}`;
}

function problemText(problem: KbProblem, t: Translate): string {
  const key = kbMessageKey(problem.code);
  const text = t(key, problem.params);
  return text && text !== key ? text : problem.message;
}

/** "where: field: what", each join localised (French puts a space before the colon). */
function joined(parts: readonly (string | undefined)[], t: Translate): string {
  return parts
    .filter((part): part is string => part !== undefined && part !== '')
    .reduce((left, right) => t('kbErrorPart', [left, right]));
}

/** A CSV glossary problem: `rij 3: type: “persoon” is niet een van …`. */
export function describeCsvError(error: CsvError, t: Translate): string {
  const row = error.row === null ? undefined : t('kbErrorRow', [String(error.row)]);
  return joined([row, error.field, problemText(error, t)], t);
}

/** A compiler problem of an imported file, by CSV row when the entity came from one, else by entity. */
export function describePackError(error: PackError, rows: Record<string, number>, t: Translate): string {
  const row = error.entityId === null ? undefined : rows[error.entityId];
  const where =
    row !== undefined
      ? t('kbErrorRow', [String(row)])
      : error.entityId === null
        ? undefined
        : t('kbErrorEntity', [error.entityId]);
  return joined([where, error.field, problemText(error, t)], t);
}
