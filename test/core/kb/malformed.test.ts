/**
 * The malformed corpus: every file in test/fixtures/malformed/{packs,csv} goes through the path the extension uses
 * (JSON packs read as scripts/lib/packs.ts reads them, then compilePacks; CSV glossaries through csvToPack, then
 * compilePacks with errors told by row as the options page does), and must give exactly the lines listed for it in
 * test/fixtures/malformed/expected.json. An empty list marks a file the compiler accepts on purpose or by a known gap.
 * After changing a message on purpose: `UPDATE_MALFORMED=1 npx vitest run test/core/kb/malformed.test.ts` and
 * `npx prettier --write test/fixtures/malformed/expected.json`, then read
 * the diff of expected.json line by line: each line must still name the file or row, the entity, the field and what
 * is wrong.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPackInputs } from '../../../scripts/lib/packs';
import { compilePacks, formatPackErrors } from '../../../src/core/kb/compile';
import { csvToPack, formatCsvError } from '../../../src/core/kb/csv';
import { formatImportError } from '../../../src/options/import-file';

const ROOT = 'test/fixtures/malformed';
const EXPECTED_FILE = join(ROOT, 'expected.json');
/** Every error code the corpus produces: each must be a real code, none the catch-all for unknown messages. */
const seenCodes = new Set<string>();

/** JSON.parse's own wording differs between Node versions; the corpus pins only our part of the message. */
function stableJsonError(line: string): string {
  return line.replace(/: is not valid JSON \(.*\)$/s, ': is not valid JSON (…)');
}

/** Error lines for each pack file, as `build:data` prints them. */
function packLines(): Record<string, string[]> {
  const dir = join(ROOT, 'packs');
  const read = readPackInputs(dir);
  const lines: Record<string, string[]> = {};
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.json'))) {
    const file = join(dir, name);
    const errors = [
      ...read.errors.filter((error) => error.file === file),
      ...compilePacks(read.inputs.filter((input) => input.file === file)).errors,
    ];
    for (const error of errors) seenCodes.add(error.code);
    lines[`packs/${name}`] =
      errors.length > 0 ? formatPackErrors(errors).split('\n').map(stableJsonError) : [];
  }
  return lines;
}

/** Error lines for each CSV glossary, as the options page shows them. */
function csvLines(): Record<string, string[]> {
  const dir = join(ROOT, 'csv');
  const lines: Record<string, string[]> = {};
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.csv'))) {
    const text = readFileSync(join(dir, name), 'utf8');
    const result = csvToPack(text, { fileName: basename(name), language: 'nl', today: '2026-11-24' });
    const errors = result.pack ? compilePacks([{ file: name, data: result.pack }]).errors : result.errors;
    for (const error of errors) seenCodes.add(error.code);
    lines[`csv/${name}`] = result.pack
      ? compilePacks([{ file: name, data: result.pack }]).errors.map((error) =>
          formatImportError(error, result.rows),
        )
      : result.errors.map(formatCsvError);
  }
  return lines;
}

const actual = { ...packLines(), ...csvLines() };
if (process.env.UPDATE_MALFORMED) {
  const sorted = Object.fromEntries(
    Object.keys(actual)
      .sort()
      .map((key) => [key, actual[key]]),
  );
  writeFileSync(EXPECTED_FILE, `${JSON.stringify(sorted, null, 2)}\n`);
}
const expected = JSON.parse(readFileSync(EXPECTED_FILE, 'utf8')) as Record<string, string[]>;

describe('malformed corpus', () => {
  it('lists every fixture file in expected.json, and nothing else', () => {
    expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
    expect(Object.keys(actual).filter((key) => key.startsWith('packs/')).length).toBeGreaterThanOrEqual(20);
    expect(Object.keys(actual).filter((key) => key.startsWith('csv/')).length).toBeGreaterThanOrEqual(10);
  });

  it('gives every problem a code of its own (none falls back to the catch-all for unknown messages)', () => {
    expect(seenCodes.size).toBeGreaterThan(30);
    expect([...seenCodes]).not.toContain('schemaOther');
  });

  it.each(Object.keys(expected).sort())('%s gives exactly its expected errors', (key) => {
    expect(actual[key]).toEqual(expected[key]);
  });
});
