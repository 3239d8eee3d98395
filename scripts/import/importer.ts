/**
 * `npm run import:wikidata`'s work, apart from the command line: two passes over a Wikidata dump and a version 2
 * pack out of them.
 *
 * 1. The records the selection keeps (engine pass 1) are mapped into draft entities as they arrive.
 * 2. The items their statements point at that are not entities of the pack are looked up in a second pass over
 *    the dump, for their labels and female forms (P2521); the same pass finds the dump's newest `modified`, the
 *    default as-of date.
 * 3. Item values are resolved (an entity of the pack, a class, or dropped with its statement), open statements
 *    whose value can change are dated, and the pack is checked against the schema before it is returned.
 */
import * as v from 'valibot';
import { compilePacks, formatPackErrors } from '../../src/core/kb/compile';
import { PackSchema, type PackInput } from '../../src/core/kb/schema';
import type { ScanEngine } from './dump';
import { DuckDbEngine, type DuckDbOptions } from './engine-duckdb';
import { NodeEngine } from './engine-node';
import { finishPack, mapEntity, referencedClasses, selectedType, type DraftEntity } from './map';
import type { Selection } from './selection';

export type EngineName = 'duckdb' | 'node';

export interface ImportOptions extends DuckDbOptions {
  dump: string;
  selection: Selection;
  /** The dump's date (YYYY-MM-DD); by default the newest `modified` in the dump. */
  asOf?: string;
  /** `node` is the peer the bench and the tests compare with (decision 14). */
  engine?: EngineName;
  log?: (line: string) => void;
}

export interface ImportStats {
  /** Entity lines in the dump, when the class pass ran (it reads them all). */
  lines: number | null;
  /** Records the selection kept, and those of them left out for having no label in nl, en, fr or de. */
  kept: number;
  unlabelled: number;
  /** Items pointed at that are not entities of the pack, and how many of them became classes. */
  referenced: number;
  classes: number;
  statements: number;
  asOf: string;
}

export class ImportError extends Error {
  override name = 'ImportError';
}

export function createEngine(name: EngineName, dump: string, options: DuckDbOptions = {}): ScanEngine {
  return name === 'node' ? new NodeEngine(dump) : new DuckDbEngine(dump, options);
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export async function importWikidata(
  options: ImportOptions,
): Promise<{ pack: PackInput; stats: ImportStats }> {
  const { selection, log = () => {} } = options;
  if (options.asOf !== undefined && !ISO_DAY.test(options.asOf))
    throw new ImportError(`--as-of must be a date written YYYY-MM-DD, not "${options.asOf}"`);
  const engine = createEngine(options.engine ?? 'duckdb', options.dump, options);
  try {
    const drafts: DraftEntity[] = [];
    const seen = new Set<string>();
    let kept = 0;
    let unlabelled = 0;
    let started = performance.now();
    const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
    await engine.selected(selection, (record) => {
      const type = selectedType(record, selection);
      if (!type || seen.has(record.id)) return;
      seen.add(record.id);
      kept++;
      const draft = mapEntity(record, type);
      if (draft) drafts.push(draft);
      else unlabelled++;
    });
    log(
      `pass 1 (${engine.name}): ${kept} records kept, ${unlabelled} of them without a label in nl/en/fr/de; ` +
        seconds(),
    );
    const kinds = referencedClasses(drafts);
    let lines: number | null = null;
    let asOf = options.asOf;
    let records: Awaited<ReturnType<ScanEngine['classes']>>['records'] = [];
    if (kinds.size > 0 || asOf === undefined) {
      started = performance.now();
      const pass = await engine.classes([...kinds.keys()]);
      lines = pass.lines;
      records = pass.records;
      log(
        `pass 2 (${engine.name}): ${pass.lines} lines, ${records.length} of ${kinds.size} referenced items found; ` +
          seconds(),
      );
      if (asOf === undefined) {
        const day = pass.newest?.slice(0, 10);
        if (!day || !ISO_DAY.test(day))
          throw new ImportError(
            'no entity in the dump has a "modified" date: give the dump date with --as-of',
          );
        asOf = day;
      }
    }
    started = performance.now();
    const pack = finishPack({ selection, drafts, classRecords: records, kinds, asOf: asOf! });
    // The schema and the compiler's own checks, as `build:data` will apply them: a pack that fails is a bug here.
    const checked = v.safeParse(PackSchema, pack);
    const errors = checked.success ? compilePacks([{ file: 'import', data: pack }]).errors : [];
    if (!checked.success || errors.length > 0) {
      const problems = checked.success
        ? formatPackErrors(errors.slice(0, 20)).split('\n')
        : checked.issues.slice(0, 20).map((issue) => `${v.getDotPath(issue) ?? ''}: ${issue.message}`);
      throw new ImportError(`the pack does not compile (an importer bug):\n  ${problems.join('\n  ')}`);
    }
    log(`pack resolved, checked and compiled; ${seconds()}`);
    const stats: ImportStats = {
      lines,
      kept,
      unlabelled,
      referenced: kinds.size,
      classes: pack.classes?.length ?? 0,
      statements: pack.entities.reduce((sum, entity) => sum + (entity.statements?.length ?? 0), 0),
      asOf: asOf!,
    };
    return { pack, stats };
  } finally {
    await engine.close();
  }
}
