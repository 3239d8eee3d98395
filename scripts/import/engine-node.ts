/**
 * The peer of the DuckDB scan (decision 14): Node's readline over the (decompressed) dump and `JSON.parse` of
 * every line, the obvious way to read a Wikidata dump in Node. Same passes, same answers; the bench and the tests
 * run it beside the DuckDB engine (`--engine node`).
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { bunzip, compressionOf, type ClassPass, type ScanEngine } from './dump';
import { selectedType, type ClassRecord } from './map';
import type { Selection } from './selection';
import type { WdEntity } from './wikidata';

export class NodeEngine implements ScanEngine {
  readonly name = 'node';
  constructor(private readonly path: string) {}

  private async each(onEntity: (entity: WdEntity) => void): Promise<void> {
    const compression = compressionOf(this.path);
    let input: Readable;
    let bzip: ReturnType<typeof bunzip> | null = null;
    if (compression === 'bzip2') {
      bzip = bunzip(['bzip2', '-dc', '--', this.path]);
      bzip.done.catch(() => {});
      input = bzip.child.stdout!;
    } else {
      input = createReadStream(this.path);
      if (compression === 'gzip') input = input.pipe(createGunzip());
    }
    const failed = new Promise<never>((_, reject) => input.on('error', reject));
    failed.catch(() => {});
    const lines = createInterface({ input, crlfDelay: Infinity });
    const read = (async () => {
      let number = 0;
      for await (const raw of lines) {
        number++;
        const line = raw.endsWith(',') ? raw.slice(0, -1) : raw;
        if (!line.startsWith('{')) continue;
        let entity: WdEntity;
        try {
          entity = JSON.parse(line) as WdEntity;
        } catch (error) {
          throw new Error(`line ${number} of the dump is not JSON: ${(error as Error).message}`);
        }
        onEntity(entity);
      }
    })();
    try {
      await Promise.race([read, failed]);
      await bzip?.done;
    } finally {
      lines.close();
      input.destroy();
      if (bzip && bzip.child.exitCode === null) bzip.child.kill();
    }
  }

  async selected(selection: Selection, onRecord: (entity: WdEntity) => void): Promise<void> {
    await this.each((entity) => {
      if (selectedType(entity, selection)) onRecord(entity);
    });
  }

  async classes(qids: readonly string[]): Promise<ClassPass> {
    const wanted = new Set(qids);
    const records: ClassRecord[] = [];
    let lines = 0;
    let newest: string | null = null;
    await this.each((entity) => {
      lines++;
      if (typeof entity.modified === 'string' && (newest === null || entity.modified > newest))
        newest = entity.modified;
      if (!wanted.has(entity.id)) return;
      const labels = entity.labels && !Array.isArray(entity.labels) ? entity.labels : {};
      records.push({
        id: entity.id,
        labels: { nl: labels.nl!, en: labels.en!, fr: labels.fr!, de: labels.de! },
        claims: {
          P2521: entity.claims && !Array.isArray(entity.claims) ? (entity.claims.P2521 ?? null) : null,
        },
      });
    });
    return { records, lines, newest };
  }

  async close(): Promise<void> {}
}
