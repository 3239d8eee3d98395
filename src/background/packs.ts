/**
 * Pack management for the options page: list, import (validated by the same compiler as the bundled packs,
 * together with them so that ids cannot collide), export and remove. An import either stores the whole pack
 * or nothing.
 */
import { compilePacks, packAsOf } from '../core/kb/compile';
import { kbProblem } from '../core/kb/errors';
import type { PackError } from '../core/kb/index-format';
import type { Pack } from '../core/kb/schema';
import type { ImportResult, PackInfo } from '../messages';
import { bundledMeta, bundledStub, invalidateAnnotator } from './annotator';
import { allUserPacks, deleteUserPack, getUserPack, putUserPack, type StoredPack } from './user-packs';

function userInfo(stored: StoredPack): PackInfo {
  const asOf = packAsOf(stored.pack);
  return {
    id: stored.id,
    title: stored.pack.title,
    license: stored.pack.license,
    entities: stored.pack.entities.length,
    ...(asOf !== undefined && { asOf }),
    bundled: false,
    importedAt: stored.importedAt,
  };
}

export async function listPacks(): Promise<PackInfo[]> {
  const [index, user] = await Promise.all([bundledMeta(), allUserPacks()]);
  return [...index.packs.map((pack) => ({ ...pack, bundled: true })), ...user.map(userInfo)];
}

/** Errors of `data` as a new pack next to the bundled and already imported ones; empty means it can be stored. */
export async function checkImport(
  fileName: string,
  data: unknown,
): Promise<{ pack: Pack | null; errors: PackError[] }> {
  const [index, user] = await Promise.all([bundledMeta(), allUserPacks()]);
  // The imported packs compile together with the new one: duplicate ids among them are the compiler's errors.
  const compiled = compilePacks([
    ...user.map((stored) => ({ file: stored.fileName, data: stored.pack })),
    { file: fileName, data },
  ]);
  // Problems of packs imported earlier are not this file's; they were valid when they came in.
  const errors = compiled.errors.filter((error) => error.file === fileName);
  const pack = data as Pack;
  if (errors.length === 0 && compiled.index) {
    if (index.packs.some((bundledPack) => bundledPack.id === pack.id))
      errors.push({
        file: fileName,
        entityId: null,
        field: 'id',
        ...kbProblem('importBundledPackId'),
      });
    if (user.some((stored) => stored.id === pack.id))
      errors.push({
        file: fileName,
        entityId: null,
        field: 'id',
        ...kbProblem('importPackIdTaken'),
      });
    for (const entity of pack.entities) {
      const other = await bundledStub(entity.id);
      if (other)
        errors.push({
          file: fileName,
          entityId: entity.id,
          field: 'id',
          ...kbProblem('importBundledEntityId', other.packId),
        });
    }
  }
  return { pack: errors.length === 0 ? pack : null, errors };
}

export async function importPack(fileName: string, data: unknown): Promise<ImportResult> {
  const { pack, errors } = await checkImport(fileName, data);
  if (!pack) return { pack: null, errors };
  const stored: StoredPack = { id: pack.id, fileName, importedAt: new Date().toISOString(), pack };
  await putUserPack(stored);
  invalidateAnnotator();
  return { pack: userInfo(stored), errors: [] };
}

export async function exportPack(id: string): Promise<{ fileName: string; json: string }> {
  const stored = await getUserPack(id);
  if (!stored) throw new Error(`No imported pack "${id}".`);
  return { fileName: `${stored.id}.json`, json: `${JSON.stringify(stored.pack, null, 2)}\n` };
}

export async function removePack(id: string): Promise<void> {
  await deleteUserPack(id);
  invalidateAnnotator();
}
