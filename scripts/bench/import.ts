/**
 * The Wikidata import section of `npm run bench`: `npm run import:wikidata` on a synthetic dump in the official shape
 * (scripts/import/synthetic-dump.ts; 1,000,000 lines, --quick 100,000), written to a temporary folder for the run
 * and removed after it. Our importer (the scan on DuckDB) and its peer (the same importer with `--engine node`:
 * readline and JSON.parse of every line) each run in a process of their own, alternately, on the same dump and
 * selection; their packs must be identical.
 *
 * Figures: lines per second over the whole import (both passes, mapping, writing the pack) and the process's peak
 * resident memory, read from outside: /proc/PID/status's VmHWM, polled while it runs (Linux; elsewhere "n/a").
 * The bench prints figures; no test asserts them.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SYNTHETIC, writeSyntheticDump } from '../import/synthetic-dump';

export interface ImportBenchOptions {
  lines: number;
  /** Runs per engine, alternated (DuckDB, node, DuckDB, node…); every run's figures are printed. */
  runs: number;
}

export const IMPORT_FULL: ImportBenchOptions = { lines: 1_000_000, runs: 2 };
export const IMPORT_QUICK: ImportBenchOptions = { lines: 100_000, runs: 2 };

type Engine = 'duckdb' | 'node';

export interface ImportRun {
  engine: Engine;
  seconds: number;
  linesPerSecond: number;
  /** Peak resident set size in bytes, or null where /proc is not there to read it. */
  peakRssBytes: number | null;
}

export interface ImportBenchResult {
  lines: number;
  dumpBytes: number;
  generateSeconds: number;
  entities: number;
  samePack: boolean;
  runs: ImportRun[];
}

/**
 * The bench's selection: people and cities with 50 sitelinks or more (about 2 % of the generated dump; a real
 * pack of a few thousand entities keeps far less of Wikidata), and a few items by QID.
 */
const SELECTION = {
  pack: { id: 'bench-import', title: { en: 'Import bench' }, license: 'CC0 1.0' },
  items: { Q301: 'place', Q302: 'place', Q1000: 'concept', Q2000: 'concept' },
  classes: { [SYNTHETIC.human]: 'person', [SYNTHETIC.city]: 'place' },
  minSitelinks: 50,
};

function vmHwmBytes(pid: number): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** One import in a process of its own: its wall time and its peak RSS, polled from outside every 20 ms. */
function runImport(
  engine: Engine,
  dump: string,
  selection: string,
  out: string,
): Promise<Omit<ImportRun, 'linesPerSecond'>> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/import-wikidata.ts',
        dump,
        '--select',
        selection,
        '--out',
        out,
        '--engine',
        engine,
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    let peak: number | null = null;
    const poll = setInterval(() => {
      const now = vmHwmBytes(child.pid!);
      if (now !== null) peak = Math.max(peak ?? 0, now);
    }, 20);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) reject(new Error(`import:wikidata (${engine}) failed:\n${stderr}`));
      else resolve({ engine, seconds, peakRssBytes: peak });
    });
  });
}

export async function runImportBench(
  options: ImportBenchOptions,
  progress: (line: string) => void = () => {},
): Promise<ImportBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-import-bench-'));
  try {
    const dump = join(dir, 'dump.json');
    const selection = join(dir, 'selection.json');
    writeFileSync(selection, JSON.stringify(SELECTION));
    progress(`import bench: writing a synthetic dump of ${options.lines.toLocaleString('en')} lines…`);
    const generating = performance.now();
    const dumpBytes = await writeSyntheticDump(dump, options.lines);
    const generateSeconds = (performance.now() - generating) / 1000;
    const runs: ImportRun[] = [];
    for (let i = 0; i < options.runs; i++) {
      for (const engine of ['duckdb', 'node'] as Engine[]) {
        progress(`import bench: ${engine}, run ${i + 1} of ${options.runs}…`);
        const run = await runImport(engine, dump, selection, join(dir, `${engine}.json`));
        runs.push({ ...run, linesPerSecond: options.lines / run.seconds });
      }
    }
    const ours = readFileSync(join(dir, 'duckdb.json'), 'utf8');
    const peer = readFileSync(join(dir, 'node.json'), 'utf8');
    const entities = (JSON.parse(ours) as { entities: unknown[] }).entities.length;
    return { lines: options.lines, dumpBytes, generateSeconds, entities, samePack: ours === peer, runs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
/** Every run's figure, in the order they ran. */
const each = (values: number[], format: (value: number) => string) => values.map(format).join(' / ');

export function formatImportBench(result: ImportBenchResult): string {
  const lines = [
    `wikidata import: ${result.lines.toLocaleString('en')} lines, ${(result.dumpBytes / 1e9).toFixed(2)} GB ` +
      `(written in ${result.generateSeconds.toFixed(0)} s), ${result.entities.toLocaleString('en')} entities kept; ` +
      `packs ${result.samePack ? 'identical' : 'DIFFER'}`,
  ];
  const label = { duckdb: 'DuckDB (ours)             ', node: 'readline + JSON.parse     ' };
  for (const engine of ['duckdb', 'node'] as Engine[]) {
    const runs = result.runs.filter((run) => run.engine === engine);
    const rates = runs.map((run) => run.linesPerSecond);
    const peaks = runs.flatMap((run) => (run.peakRssBytes === null ? [] : [run.peakRssBytes]));
    lines.push(
      `  ${label[engine]} ${each(rates, (rate) => Math.round(rate).toLocaleString('en'))} lines/s, ` +
        `peak RSS ${peaks.length > 0 ? each(peaks, mb) : 'n/a'}`,
    );
  }
  return lines.join('\n');
}
