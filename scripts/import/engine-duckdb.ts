/**
 * The dump scan on DuckDB (decision 14): DuckDB reads the dump and filters it in SQL, in its own fixed-size buffers,
 * and only the records the selection keeps (pass 1) or the few fields of the referenced classes (pass 2) cross into
 * Node. Memory does not grow with the dump.
 *
 * How it reads:
 * - uncompressed and gzip: `read_json_objects(format='array')`, which walks the dump's JSON array object by object
 *   and parses each once;
 * - bzip2: DuckDB has no bzip2 reader, so `bzip2 -dc` writes into a named pipe (FIFO) and DuckDB reads the pipe's
 *   lines with `read_csv` (one VARCHAR column, no quoting, no delimiter that JSON can hold unescaped), the trailing
 *   comma stripped. `read_json_objects` cannot read a pipe in fixed memory: it keeps everything it has read.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { bunzip, compressionOf, type ClassPass, type Compression, type ScanEngine } from './dump';
import { LANGUAGES } from '../../src/core/kb/schema';
import { PROPERTY_BY_PID, type ClassRecord } from './map';
import type { Selection } from './selection';
import type { WdEntity } from './wikidata';

export interface DuckDbOptions {
  /** DuckDB's worker threads (default 2; the JSON reader is one stream, more threads help little). */
  threads?: number;
  /** DuckDB's memory limit, e.g. "1GB" (default). */
  memoryLimit?: string;
  /** The largest entity line read, in bytes (default 16 MiB; Wikidata's largest items are a few MB). */
  maxEntityBytes?: number;
}

/** One byte JSON text never holds unescaped (a control character): the CSV reader's delimiter, so never met. */
const NO_DELIMITER = '\x1f';

const sqlString = (text: string) => `'${text.replace(/'/g, "''")}'`;
const sqlList = (items: readonly string[]) => `[${items.map(sqlString).join(', ')}]`;

/**
 * The shape pass 1 reads of every record: the id, P31's values (with their rank; `numeric-id` for records from
 * before 2015) and the sitelinks, parsed once.
 */
const PASS1_SHAPE = JSON.stringify({
  id: 'VARCHAR',
  claims: {
    P31: [
      { rank: 'VARCHAR', mainsnak: { datavalue: { value: { id: 'VARCHAR', 'numeric-id': 'UBIGINT' } } } },
    ],
  },
  sitelinks: 'JSON',
});

const SNAK = { snaktype: 'VARCHAR', property: 'VARCHAR', datavalue: { type: 'VARCHAR', value: 'JSON' } };
const perLanguage = <T>(shape: T) => Object.fromEntries(LANGUAGES.map((lang) => [lang, shape]));

/**
 * What of a kept record crosses into Node: what the mapping reads (labels, descriptions and aliases in the four
 * languages, the claims of the vocabulary's properties without their references, the English sitelink), a
 * fraction of the record. Parsed once, with the same JSON reader.
 */
export const KEPT_SHAPE = JSON.stringify({
  id: 'VARCHAR',
  labels: perLanguage({ value: 'VARCHAR' }),
  descriptions: perLanguage({ value: 'VARCHAR' }),
  aliases: perLanguage([{ value: 'VARCHAR' }]),
  claims: Object.fromEntries(
    ['P31', ...PROPERTY_BY_PID.keys()].map((pid) => [
      pid,
      [{ rank: 'VARCHAR', mainsnak: SNAK, qualifiers: { P580: [SNAK], P582: [SNAK], P585: [SNAK] } }],
    ]),
  ),
  sitelinks: { enwiki: { site: 'VARCHAR', title: 'VARCHAR' } },
});

export class DuckDbEngine implements ScanEngine {
  readonly name = 'duckdb';
  private readonly compression: Compression;
  private readonly maxEntityBytes: number;
  private tempDir: string | null = null;

  constructor(
    private readonly path: string,
    private readonly options: DuckDbOptions = {},
  ) {
    this.compression = compressionOf(path);
    this.maxEntityBytes = options.maxEntityBytes ?? 16 * 1024 * 1024;
  }

  /**
   * A DuckDB of its own for each pass, closed after it: DuckDB's allocator keeps what a pass has freed, and the
   * next pass (and the pack's compilation) then came on top of it (peak RSS 431–453 MB at 100,000 lines, against
   * 346–354 MB with an instance per pass).
   */
  private async session<T>(work: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
    const instance = await DuckDBInstance.create(':memory:', {
      threads: String(this.options.threads ?? 2),
      memory_limit: this.options.memoryLimit ?? '1GB',
      preserve_insertion_order: 'false',
      // Everything it needs (JSON, CSV, gzip) is built in: never download an extension.
      autoinstall_known_extensions: 'false',
    });
    const connection = await instance.connect();
    try {
      // A streamed result runs ahead into a buffer of this size, which counts a chunk's rows but not its strings:
      // at the default (1 MB), the whole result of pass 1 was buffered before its first chunk reached Node.
      await connection.run("SET streaming_buffer_size = '1KB'");
      return await work(connection);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  }

  /**
   * Runs `query(source)` where `source` is a subquery with one JSON column `json`, one row per entity. For bzip2,
   * the decompressor writes into a FIFO for the time of the query, and its failure fails the query.
   */
  private async withSource<T>(query: (source: string) => Promise<T>): Promise<T> {
    const bytes = this.maxEntityBytes;
    if (this.compression !== 'bzip2') {
      const compression = this.compression === 'gzip' ? 'gzip' : 'uncompressed';
      return query(
        `(SELECT json FROM read_json_objects(${sqlString(this.path)}, format = 'array', ` +
          `compression = '${compression}', maximum_object_size = ${bytes}))`,
      );
    }
    this.tempDir ??= mkdtempSync(join(tmpdir(), 'backstory-wikidata-'));
    const fifo = join(this.tempDir, `dump-${Date.now()}.fifo`);
    await run('mkfifo', [fifo]);
    // The shell, not Node, blocks on opening the FIFO until DuckDB opens it for reading.
    const bzip = bunzip(['sh', '-c', 'exec bzip2 -dc -- "$0" > "$1"', this.path, fifo]);
    bzip.done.catch(() => {});
    const source =
      `(SELECT json FROM (SELECT CASE WHEN starts_with(line, '{') THEN rtrim(line, ',') END AS json ` +
      `FROM read_csv(${sqlString(fifo)}, columns = {'line': 'VARCHAR'}, header = false, auto_detect = false, ` +
      `delim = '${NO_DELIMITER}', quote = '', escape = '', new_line = '\\n', compression = 'none', ` +
      `max_line_size = ${bytes}, buffer_size = ${bytes})) WHERE json IS NOT NULL)`;
    try {
      const result = await query(source);
      await bzip.done;
      return result;
    } finally {
      if (bzip.child.exitCode === null) bzip.child.kill();
      rmSync(fifo, { force: true });
    }
  }

  async selected(selection: Selection, onRecord: (entity: WdEntity) => void): Promise<void> {
    await this.session((connection) => this.pass1(connection, selection, onRecord));
  }

  private async pass1(
    connection: DuckDBConnection,
    selection: Selection,
    onRecord: (entity: WdEntity) => void,
  ): Promise<void> {
    const items = Object.keys(selection.items);
    const classes = Object.keys(selection.classes);
    await connection.run('CREATE OR REPLACE TEMP TABLE wanted_items (qid VARCHAR PRIMARY KEY)');
    if (items.length > 0)
      await connection.run(`INSERT INTO wanted_items SELECT unnest(${sqlList(items)}::VARCHAR[])`);
    const conditions: string[] = [];
    if (items.length > 0) conditions.push('s.id IN (SELECT qid FROM wanted_items)');
    if (classes.length > 0) {
      const p31 =
        `list_transform(list_filter(s.claims.P31, c -> c.rank IS DISTINCT FROM 'deprecated'), ` +
        `c -> coalesce(c.mainsnak.datavalue.value.id, 'Q' || c.mainsnak.datavalue.value."numeric-id"))`;
      const sitelinks =
        selection.minSitelinks > 0 ? ` AND len(json_keys(s.sitelinks)) >= ${selection.minSitelinks}` : '';
      conditions.push(`(list_has_any(${p31}, ${sqlList(classes)}::VARCHAR[])${sitelinks})`);
    }
    await this.withSource(async (source) => {
      // The projection runs on the kept rows only: the trimmed record, and the sitelink count it no longer shows.
      const result = await connection.stream(
        `SELECT to_json(from_json(json, ${sqlString(KEPT_SHAPE)}))::VARCHAR AS doc, ` +
          `len(json_keys(s.sitelinks)) AS links ` +
          `FROM (SELECT json, from_json(json, ${sqlString(PASS1_SHAPE)}) AS s FROM ${source}) ` +
          `WHERE ${conditions.join(' OR ')}`,
      );
      const collect = youngGenerationGc();
      for await (const rows of result.yieldRows()) {
        for (const [doc, links] of rows) {
          const entity = JSON.parse(String(doc)) as WdEntity;
          entity.sitelinkCount = Number(links);
          onRecord(entity);
        }
        // A chunk's memory is DuckDB's, freed when V8 collects the chunk's small wrapper; V8 does not know the
        // size behind it and would let thousands pile up (hundreds of MB at 70,000 records). A scavenge per
        // chunk (about a millisecond) frees each one.
        collect();
      }
    });
  }

  async classes(qids: readonly string[]): Promise<ClassPass> {
    return this.session((connection) => this.pass2(connection, qids));
  }

  private async pass2(connection: DuckDBConnection, qids: readonly string[]): Promise<ClassPass> {
    await connection.run('CREATE OR REPLACE TEMP TABLE refs (qid VARCHAR PRIMARY KEY)');
    if (qids.length > 0) await connection.run(`INSERT INTO refs SELECT unnest(${sqlList(qids)}::VARCHAR[])`);
    const labels = LANGUAGES.map((lang) => `'${lang}', json_extract(d.json, '$.labels.${lang}')`).join(', ');
    const row = await this.withSource(async (source) => {
      // One aggregate row: the line count and the newest `modified` need every line, the records only the few
      // referenced ones (the CASE builds them for those rows alone). `IN` makes a mark join with the references
      // as its hash table; a LEFT JOIN let the planner hash the dump instead.
      const reader = await connection.runAndReadAll(
        `SELECT count(*) AS lines, max(k[2]) AS newest, list(rec) FILTER (WHERE rec IS NOT NULL) AS records FROM (` +
          `SELECT k, CASE WHEN k[1] IN (SELECT qid FROM refs) THEN json_object('id', k[1], 'labels', json_object(${labels}), ` +
          `'claims', json_object('P2521', json_extract(d.json, '$.claims.P2521')))::VARCHAR END AS rec ` +
          `FROM (SELECT json, json_extract_string(json, ['$.id', '$.modified']) AS k FROM ${source}) AS d)`,
      );
      return reader.getRowsJson()[0]!;
    });
    const [lines, newest, records] = row as [string | number, string | null, string[] | null];
    return {
      lines: Number(lines),
      newest,
      records: (records ?? []).map((text) => JSON.parse(text) as ClassRecord),
    };
  }

  async close(): Promise<void> {
    if (this.tempDir) rmSync(this.tempDir, { recursive: true, force: true });
    this.tempDir = null;
  }
}

/** `gc({ type: 'minor' })`: Node's own when run with --expose-gc, else exposed now (V8's flag, set at run time). */
function youngGenerationGc(): () => void {
  type Gc = (options?: { type: 'minor' | 'major' }) => void;
  let gc = (globalThis as { gc?: Gc }).gc;
  if (typeof gc !== 'function') {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as Gc;
  }
  return () => gc({ type: 'minor' });
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} failed (exit ${code})`)),
    );
  });
}
