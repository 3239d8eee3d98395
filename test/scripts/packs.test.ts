import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadAndCompilePacks, readPackInputs } from '../../scripts/lib/packs';
import { entity, pack } from '../core/pack-fixtures';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function packDir(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'backstory-packs-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('loadAndCompilePacks', () => {
  it('compiles every *.json in name order and ignores other files', () => {
    const packs = packDir({
      'b.json': JSON.stringify(pack('b', [entity('beirut')])),
      'a.json': JSON.stringify(pack('a', [entity('amman')])),
      'notes.md': '# not a pack',
    });
    expect(readPackInputs(packs).inputs.map((input) => input.file)).toEqual([
      join(packs, 'a.json'),
      join(packs, 'b.json'),
    ]);
    const { index, errors } = loadAndCompilePacks(packs);
    expect(errors).toEqual([]);
    expect(index?.packs.map((p) => p.id)).toEqual(['a', 'b']);
  });

  it('reports a file that is not JSON together with the schema errors of the others', () => {
    const packs = packDir({
      'a.json': '{ "format": ',
      'b.json': JSON.stringify({ ...pack('b', []), license: '' }),
    });
    const { index, errors } = loadAndCompilePacks(packs);
    expect(index).toBeNull();
    expect(errors.map((e) => `${e.file}|${e.field}|${e.message.slice(0, 17)}`)).toEqual([
      `${join(packs, 'a.json')}||is not valid JSON`,
      `${join(packs, 'b.json')}|license|must not be empty`,
    ]);
  });
});
