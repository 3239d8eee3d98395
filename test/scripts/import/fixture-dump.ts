/**
 * A small Wikidata dump made of the real entity records in test/fixtures/wikidata/ (see its README), written in
 * the official dump shape: `[`, one record a line, each but the last ending in a comma, `]`. Plain, gzip and bzip2.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { WdEntity } from '../../../scripts/import/wikidata';

export const FIXTURE_DIR = 'test/fixtures/wikidata';

/** Every fixture record by QID. */
export function fixtureRecords(): Map<string, WdEntity> {
  const records = new Map<string, WdEntity>();
  for (const name of readdirSync(FIXTURE_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()) {
    const entity = JSON.parse(readFileSync(join(FIXTURE_DIR, name), 'utf8')) as WdEntity;
    records.set(entity.id, entity);
  }
  return records;
}

/** The dump's text: one compact JSON record a line, as Wikidata writes its dumps. */
export function dumpText(records: readonly object[]): string {
  return `[\n${records.map((entity) => JSON.stringify(entity)).join(',\n')}\n]\n`;
}

export interface DumpFiles {
  dir: string;
  plain: string;
  gzip: string;
  bzip2: string;
  remove(): void;
}

export function writeDumps(records: readonly object[]): DumpFiles {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-wikidata-test-'));
  const text = dumpText(records);
  const plain = join(dir, 'dump.json');
  const gzip = join(dir, 'dump.json.gz');
  const bzip2 = join(dir, 'dump.json.bz2');
  writeFileSync(plain, text);
  writeFileSync(gzip, gzipSync(text));
  const bz = spawnSync('bzip2', ['-c'], { input: text, maxBuffer: 1 << 28 });
  if (bz.status !== 0) throw new Error(`bzip2 failed: ${bz.stderr.toString()}`);
  writeFileSync(bzip2, bz.stdout);
  return { dir, plain, gzip, bzip2, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
