/**
 * Checks the schema cannot express: they span entities or packs (duplicate ids, dangling `related` links), or
 * depend on how names are matched (an alias with no letters can never match anything).
 */
import { keyWords } from '../match';
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

  for (const { file, pack } of packs) {
    const firstFile = packFiles.get(pack.id);
    if (firstFile)
      errors.push({ file, entityId: null, field: 'id', message: `duplicate pack id (also ${firstFile})` });
    else packFiles.set(pack.id, file);
    for (const { id } of pack.entities) {
      const first = entityFiles.get(id);
      if (first)
        errors.push({ file, entityId: id, field: 'id', message: `duplicate entity id (first in ${first})` });
      else entityFiles.set(id, file);
    }
  }

  for (const { file, pack } of packs) {
    for (const entity of pack.entities) {
      const problem = (field: string, message: string) =>
        errors.push({ file, entityId: entity.id, field, message });
      if (Object.values(entity.labels).every((label) => label === undefined)) {
        problem('labels', 'needs a label in at least one language');
      }
      for (const [lang, label] of Object.entries(entity.labels)) {
        if (label !== undefined && keyWords(label).length === 0)
          problem(`labels.${lang}`, 'has no letters or digits');
      }
      for (const [lang, aliases] of Object.entries(entity.aliases)) {
        (aliases ?? []).forEach((alias, i) => {
          const field = typeof alias === 'string' ? `aliases.${lang}.${i}` : `aliases.${lang}.${i}.text`;
          if (keyWords(aliasText(alias)).length === 0) problem(field, 'has no letters or digits');
        });
      }
      entity.related.forEach((id, i) => {
        if (!entityFiles.has(id)) problem(`related.${i}`, `refers to unknown entity "${id}"`);
        else if (id === entity.id) problem(`related.${i}`, 'refers to the entity itself');
      });
    }
  }
  return errors;
}
