/**
 * `tsx scripts/check-pack.ts FILE.json...`: compiles the bundled packs (assets/packs) together with the given pack
 * files, as the build would, and prints every problem and, when there is none, what each given file adds (entities
 * per type, statements, names) and a sample of its rendered descriptions. Writes nothing: a pack being written
 * elsewhere (a staging folder) can be checked against the bundled data before it joins it.
 * Exit code 1 when any pack does not compile.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compilePacks, formatPackErrors, type PackInput } from '../src/core/kb/compile';
import { kbProblem } from '../src/core/kb/errors';
import type { PackError } from '../src/core/kb/index-format';
import { readPackInputs } from './lib/packs';

function main(files: readonly string[]): number {
  if (files.length === 0) {
    process.stderr.write('usage: tsx scripts/check-pack.ts FILE.json...\n');
    return 2;
  }
  const bundled = readPackInputs();
  const given = new Set(files.map((file) => resolve(file)));
  const inputs: PackInput[] = bundled.inputs.filter(({ file }) => !given.has(resolve(file)));
  const errors: PackError[] = [...bundled.errors];
  for (const file of files) {
    try {
      inputs.push({ file, data: JSON.parse(readFileSync(file, 'utf8')) as unknown });
    } catch (error) {
      errors.push({ file, entityId: null, field: '', ...kbProblem('notJson', (error as Error).message) });
    }
  }
  const compiled = compilePacks(inputs);
  errors.push(...compiled.errors);
  if (errors.length > 0 || !compiled.index) {
    process.stderr.write(`${formatPackErrors(errors)}\n${errors.length} error(s).\n`);
    return 1;
  }
  const index = compiled.index;
  for (const file of files) {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { id: string; entities: { id: string }[] };
    const ids = data.entities.map((entity) => entity.id);
    const types: Record<string, number> = {};
    let facts = 0;
    for (const id of ids) {
      const card = index.entities[id]!;
      types[card.type] = (types[card.type] ?? 0) + 1;
      facts += card.facts.length;
    }
    const idSet = new Set(ids);
    const names = index.aliases.filter((alias) => idSet.has(alias.entityId)).length;
    process.stdout.write(
      `${file}: ${ids.length} entities ${JSON.stringify(types)}, ${facts} fact lines, ${names} names\n`,
    );
    for (const id of ids.slice(0, 3)) {
      const card = index.entities[id]!;
      process.stdout.write(`  ${id}: ${JSON.stringify(card.descriptions)}\n`);
    }
  }
  process.stdout.write(`all packs: ${Object.keys(index.entities).length} entities, compiled without error\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
