/**
 * The reader's imported packs, in IndexedDB of the extension's origin (the background's), so they survive
 * restarts and are never visible to web pages. Each is stored as the validated pack JSON it was imported as.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Pack } from '../core/kb/schema';

export interface StoredPack {
  id: string;
  /** The name of the file it came from. */
  fileName: string;
  /** ISO date and time of the import. */
  importedAt: string;
  pack: Pack;
}

interface PackDb extends DBSchema {
  packs: { key: string; value: StoredPack };
}

const DB_NAME = 'backstory';
const DB_VERSION = 1;

let db: Promise<IDBPDatabase<PackDb>> | undefined;

function open(): Promise<IDBPDatabase<PackDb>> {
  db ??= openDB<PackDb>(DB_NAME, DB_VERSION, {
    upgrade(database) {
      database.createObjectStore('packs', { keyPath: 'id' });
    },
  });
  db.catch(() => (db = undefined));
  return db;
}

/** Every imported pack, in import order. */
export async function allUserPacks(): Promise<StoredPack[]> {
  const packs = await (await open()).getAll('packs');
  return packs.sort((a, b) => a.importedAt.localeCompare(b.importedAt) || a.id.localeCompare(b.id));
}

export async function getUserPack(id: string): Promise<StoredPack | undefined> {
  return (await open()).get('packs', id);
}

export async function putUserPack(pack: StoredPack): Promise<void> {
  await (await open()).put('packs', pack);
}

export async function deleteUserPack(id: string): Promise<void> {
  await (await open()).delete('packs', id);
}
