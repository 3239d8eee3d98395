/**
 * Checks the schema cannot express: they span entities or packs (duplicate ids, dangling `related` links and
 * statement values), or
 * depend on how names are matched (an alias with no letters can never match anything).
 */
import { keyWords } from '../text/key-words';
import { kbProblem, type KbErrorCode } from './errors';
import type { PackError } from './index-format';
import type { Alias, Pack } from './schema';

/** A pack that passed the schema, and the file it came from. */
export interface ValidPack {
  file: string;
  pack: Pack;
}

function aliasText(alias: Alias): string {
  return typeof alias === 'string' ? alias : alias.text;
}

/** Problems across all valid packs; an empty list means the packs can be compiled together. */
export function crossCheckPacks(packs: readonly ValidPack[]): PackError[] {
  const errors: PackError[] = [];
  const packFiles = new Map<string, string>();
  const entityFiles = new Map<string, string>();
  const classFiles = new Map<string, string>();

  for (const { file, pack } of packs) {
    const firstFile = packFiles.get(pack.id);
    if (firstFile)
      errors.push({ file, entityId: null, field: 'id', ...kbProblem('duplicatePackId', firstFile) });
    else packFiles.set(pack.id, file);
    for (const { id } of pack.entities) {
      const first = entityFiles.get(id);
      if (first) errors.push({ file, entityId: id, field: 'id', ...kbProblem('duplicateEntityId', first) });
      else entityFiles.set(id, file);
    }
  }
  // Classes share the entities' ids: a statement's {"entity": id} names either.
  for (const { file, pack } of packs) {
    pack.classes.forEach(({ id }, i) => {
      const first = classFiles.get(id) ?? entityFiles.get(id);
      if (first)
        errors.push({
          file,
          entityId: null,
          field: `classes.${i}.id`,
          ...kbProblem('duplicateClassId', first),
        });
      else classFiles.set(id, file);
    });
  }

  for (const { file, pack } of packs) {
    for (const entity of pack.entities) {
      const problem = (field: string, code: KbErrorCode, ...params: string[]) =>
        errors.push({ file, entityId: entity.id, field, ...kbProblem(code, ...params) });
      if (Object.values(entity.labels).every((label) => label === undefined)) {
        problem('labels', 'noLabel');
      }
      for (const [lang, label] of Object.entries(entity.labels)) {
        if (label !== undefined && keyWords(label).length === 0) problem(`labels.${lang}`, 'noLetters');
      }
      for (const [lang, aliases] of Object.entries(entity.aliases)) {
        (aliases ?? []).forEach((alias, i) => {
          const field = typeof alias === 'string' ? `aliases.${lang}.${i}` : `aliases.${lang}.${i}.text`;
          if (keyWords(aliasText(alias)).length === 0) problem(field, 'noLetters');
        });
      }
      entity.statements.forEach((statement, i) => {
        const { value } = statement;
        if ('entity' in value && !entityFiles.has(value.entity) && !classFiles.has(value.entity))
          problem(`statements.${i}.value.entity`, 'statementUnknown', value.entity);
      });
      entity.related.forEach((id, i) => {
        if (!entityFiles.has(id)) problem(`related.${i}`, 'relatedUnknown', id);
        else if (id === entity.id) problem(`related.${i}`, 'relatedSelf');
      });
    }
  }
  return errors;
}
