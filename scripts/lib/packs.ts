/**
 * Reading the bundled packs from disk, shared by `build:data`, the Vite build plugin and the tests, so all three
 * compile exactly the same files in the same order.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compilePacks, type CompileResult, type PackInput } from '../../src/core/kb/compile';
import { kbProblem } from '../../src/core/kb/errors';
import type { PackError } from '../../src/core/kb/index-format';

/** The bundled packs; `BACKSTORY_PACK_DIR` points the build, the CLI and the tests at another folder. */
export const PACK_DIR = process.env.BACKSTORY_PACK_DIR ?? 'assets/packs';

/** Every `*.json` in `dir`, sorted by name and parsed; a file that is not JSON becomes an error, not a throw. */
export function readPackInputs(dir = PACK_DIR): { inputs: PackInput[]; errors: PackError[] } {
  const inputs: PackInput[] = [];
  const errors: PackError[] = [];
  if (!existsSync(dir))
    return { inputs, errors: [{ file: dir, entityId: null, field: '', ...kbProblem('folderNotFound') }] };
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  for (const name of names) {
    const file = join(dir, name);
    try {
      inputs.push({ file, data: JSON.parse(readFileSync(file, 'utf8')) as unknown });
    } catch (error) {
      errors.push({ file, entityId: null, field: '', ...kbProblem('notJson', (error as Error).message) });
    }
  }
  return { inputs, errors };
}

/** Reads and compiles the packs in `dir`; the index is null when any file is unreadable or invalid. */
export function loadAndCompilePacks(dir = PACK_DIR): CompileResult {
  const read = readPackInputs(dir);
  const compiled = compilePacks(read.inputs);
  const errors = [...read.errors, ...compiled.errors];
  return { index: errors.length > 0 ? null : compiled.index, errors };
}
