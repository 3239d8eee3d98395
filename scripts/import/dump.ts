/**
 * The dump file and the scan engines' common interface. A dump is Wikidata's JSON dump format: a JSON array with
 * one entity per line, each line but the last ending in a comma, `[` on the first line and `]` on the last;
 * uncompressed, gzip or bzip2 (told by the file's first bytes, not its name).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readSync } from 'node:fs';
import type { Selection } from './selection';
import type { ClassRecord } from './map';
import type { WdEntity } from './wikidata';

export type Compression = 'none' | 'gzip' | 'bzip2';

export function compressionOf(path: string): Compression {
  const head = Buffer.alloc(3);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, 3, 0);
  } finally {
    closeSync(fd);
  }
  if (head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (head.toString('latin1') === 'BZh') return 'bzip2';
  return 'none';
}

export interface ClassPass {
  /** The referenced items found, with their labels and female forms (P2521) only. */
  records: ClassRecord[];
  /** Entity lines in the dump. */
  lines: number;
  /** The newest `modified` of any entity in the dump, or null when none has one. */
  newest: string | null;
}

export interface ScanEngine {
  readonly name: string;
  /** Pass 1: every record the selection may keep (explicit items; instances of its classes with enough sitelinks). */
  selected(selection: Selection, onRecord: (entity: WdEntity) => void): Promise<void>;
  /** Pass 2, over the whole dump again: the records of exactly `qids`, the line count and the newest `modified`. */
  classes(qids: readonly string[]): Promise<ClassPass>;
  close(): Promise<void>;
}

/**
 * `bzip2 -dc` (Debian's, on the PATH) for a bzip2 dump: neither DuckDB nor Node reads bzip2. `done` rejects when
 * bzip2 fails, so a truncated or corrupt dump is an error, not a shorter scan.
 */
export function bunzip(args: readonly string[]): { child: ChildProcess; done: Promise<void> } {
  const child = spawn(args[0]!, args.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', (error) => reject(new Error(`could not run bzip2: ${error.message}`)));
    child.on('close', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`bzip2 failed (${signal ?? `exit ${code}`}): ${stderr.trim()}`));
    });
  });
  return { child, done };
}
