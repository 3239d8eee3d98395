/**
 * A copy of the bundled index (data/index.bin) in the extension's IndexedDB, read by a woken service worker instead of
 * the package: Chromium here reads the package's files at about 20–30 MB/s in a woken worker, and the same bytes from
 * an IndexedDB blob five times faster (decision 21). The copy is a cache: it is made after the first read from the
 * package (and when the extension is installed or updated), is kept under the build's index key (the SHA-256 of the
 * file, so data from another build never answers), and any failure to read or use it falls back to the package.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

interface CopyDb extends DBSchema {
  /** By path in the package: the key of the build the bytes came from, and the bytes. */
  files: { key: string; value: { path: string; key: string; bytes: Blob } };
}

/** Apart from the reader's packs (user-packs.ts): this one may be dropped at any time and is made again. */
const DB_NAME = 'backstory-copies';
const DB_VERSION = 1;

/** Whether this context has IndexedDB (a worker and an extension page do; Node running the tests does not). */
function copiesKept(): boolean {
  return typeof indexedDB !== 'undefined';
}

let db: Promise<IDBPDatabase<CopyDb>> | undefined;

function open(): Promise<IDBPDatabase<CopyDb>> {
  db ??= openDB<CopyDb>(DB_NAME, DB_VERSION, {
    upgrade(database) {
      database.createObjectStore('files', { keyPath: 'path' });
    },
  });
  db.catch(() => (db = undefined));
  return db;
}

/** Look-ups started before anything asked for them (lookUpCopyAhead), by path. */
const aheadOfTime = new Map<string, { key: string; copy: Promise<Blob | null> }>();

/**
 * Starts the look-up of the kept copy of `path` now, for the first readCopy() of it to take: a woken worker's
 * IndexedDB look-up then runs while its scripts are still being evaluated. The bytes are not read.
 */
export function lookUpCopyAhead(path: string, key: string): void {
  if (!aheadOfTime.has(path)) aheadOfTime.set(path, { key, copy: lookUp(path, key) });
}

/**
 * The kept copy of the package's file `path` made from the build `key`, or null (none, another build's, unreadable):
 * a Blob, read in parts or whole by the caller.
 */
export function readCopy(path: string, key: string): Promise<Blob | null> {
  const ahead = aheadOfTime.get(path);
  aheadOfTime.delete(path);
  return ahead?.key === key ? ahead.copy : lookUp(path, key);
}

async function lookUp(path: string, key: string): Promise<Blob | null> {
  if (!copiesKept()) return null;
  try {
    const kept = await (await open()).get('files', path);
    return kept?.key === key ? kept.bytes : null;
  } catch {
    return null;
  }
}

/** Whether a copy of the package's file `path` made from the build `key` is kept (its bytes are not read). */
export async function hasCopy(path: string, key: string): Promise<boolean> {
  if (!copiesKept()) return false;
  try {
    return (await (await open()).get('files', path))?.key === key;
  } catch {
    return false;
  }
}

/**
 * Keeps a copy of `bytes`, the package's file `path` of the build `key`, replacing any older one. The blob is made
 * before this returns, so the caller may hand `bytes` on (the index is moved into WebAssembly memory).
 */
export function keepCopy(path: string, key: string, bytes: ArrayBuffer): Promise<void> {
  if (!copiesKept()) return Promise.resolve();
  const blob = new Blob([bytes]);
  return open().then((database) => database.put('files', { path, key, bytes: blob }).then(() => undefined));
}

/** Drops the copy of `path` (it could not be used). */
export async function dropCopy(path: string): Promise<void> {
  if (copiesKept()) await (await open()).delete('files', path);
}
