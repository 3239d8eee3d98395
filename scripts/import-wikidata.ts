/**
 * `npm run import:wikidata -- DUMP --select FILE --out assets/packs/NAME.json [--as-of YYYY-MM-DD]`: a version 2
 * pack from a Wikidata JSON dump (.json, .json.gz or .json.bz2, as dumps.wikimedia.org serves it).
 *
 * The selection file says which entities to keep and as what (scripts/import/selection.ts documents it;
 * scripts/import/example-selection.json is one). Claims become statements of the vocabulary
 * (src/core/kb/vocabulary.ts) by their Wikidata property; the items they point at become entities of the pack
 * when selected, classes otherwise. The scan runs on DuckDB, so memory stays flat however big the dump
 * (docs/decisions/0014-wikidata-import-on-duckdb.md).
 *
 * Options:
 *   --as-of YYYY-MM-DD   the dump's date: entities' `reviewed`, open volatile statements' `asOf`
 *                        (default: the newest `modified` in the dump)
 *   --engine duckdb|node the scan (default duckdb; node is readline + JSON.parse, the bench's peer)
 *   --threads N          DuckDB threads (default 2)
 *   --memory-limit SIZE  DuckDB memory limit (default 1GB)
 *   --max-entity-mb N    the largest entity line read (default 16)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { ImportError, importWikidata, type EngineName } from './import/importer';
import { readSelection, SelectionError } from './import/selection';

const USAGE =
  'Usage: npm run import:wikidata -- DUMP --select FILE --out assets/packs/NAME.json [--as-of YYYY-MM-DD]\n' +
  '       [--engine duckdb|node] [--threads N] [--memory-limit 1GB] [--max-entity-mb 16]';

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        select: { type: 'string' },
        out: { type: 'string' },
        'as-of': { type: 'string' },
        engine: { type: 'string', default: 'duckdb' },
        threads: { type: 'string' },
        'memory-limit': { type: 'string' },
        'max-entity-mb': { type: 'string' },
        help: { type: 'boolean' },
      },
    });
  } catch (error) {
    console.error(`import:wikidata: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const problems: string[] = [];
  if (positionals.length !== 1) problems.push('give exactly one dump file');
  if (!values.select) problems.push('--select FILE is required');
  if (!values.out) problems.push('--out FILE is required');
  if (values.engine !== 'duckdb' && values.engine !== 'node') problems.push('--engine is duckdb or node');
  const threads = values.threads === undefined ? undefined : Number(values.threads);
  if (threads !== undefined && !(Number.isInteger(threads) && threads > 0))
    problems.push('--threads is a number');
  const maxEntityMb = values['max-entity-mb'] === undefined ? undefined : Number(values['max-entity-mb']);
  if (maxEntityMb !== undefined && !(maxEntityMb > 0)) problems.push('--max-entity-mb is a number');
  if (problems.length > 0) {
    console.error(`import:wikidata: ${problems.join('; ')}\n${USAGE}`);
    return 2;
  }
  const started = performance.now();
  try {
    const selection = readSelection(values.select!);
    const { pack, stats } = await importWikidata({
      dump: positionals[0]!,
      selection,
      asOf: values['as-of'],
      engine: values.engine as EngineName,
      threads,
      memoryLimit: values['memory-limit'],
      maxEntityBytes: maxEntityMb === undefined ? undefined : Math.round(maxEntityMb * 1024 * 1024),
      log: (line) => console.error(line),
    });
    mkdirSync(dirname(values.out!), { recursive: true });
    writeFileSync(values.out!, `${JSON.stringify(pack, null, 2)}\n`);
    const seconds = (performance.now() - started) / 1000;
    console.error(
      `${values.out}: ${pack.entities.length} entities, ${stats.statements} statements, ${stats.classes} classes ` +
        `(of ${stats.referenced} items referenced), as of ${stats.asOf}; ` +
        `${stats.lines === null ? '' : `${stats.lines} lines, `}${seconds.toFixed(1)} s`,
    );
    return 0;
  } catch (error) {
    if (error instanceof SelectionError || error instanceof ImportError) {
      console.error(`import:wikidata: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
