/**
 * Checks one migration slice (scripts/migrate/statements/*.json) against the version 1 pack it migrates: every
 * statement and class valid under the version 2 schema, every v1 fact of every entity covered by some statement's
 * `v1` list, every entity reference resolvable. Usage: npx tsx scripts/migrate/check-slice.ts SLICE PACK
 * [--types=person,group] (the slice covers only those types of the pack's entities).
 */
import { readFileSync, readdirSync } from 'node:fs';
import * as v from 'valibot';
import { ClassSchema, StatementSchema } from '../../src/core/kb/schema';

interface Slice {
  classes?: unknown[];
  entities: Record<string, ({ v1?: number[] } & Record<string, unknown>)[]>;
}

const [slicePath, packPath, typesFlag] = process.argv.slice(2);
/** `--types=person,group`: the slice covers only the pack's entities of these types. */
const types = typesFlag?.startsWith('--types=') ? new Set(typesFlag.slice(8).split(',')) : null;
if (!slicePath || !packPath) {
  console.error('usage: check-slice.ts SLICE PACK');
  process.exit(2);
}
const slice = JSON.parse(readFileSync(slicePath, 'utf8')) as Slice;
const pack = JSON.parse(readFileSync(packPath, 'utf8')) as {
  entities: { id: string; type: string; facts?: unknown[] }[];
};
if (types) pack.entities = pack.entities.filter((entity) => types.has(entity.type));

const known = new Set<string>();
for (const file of readdirSync('assets/packs').filter((name) => name.endsWith('.json'))) {
  const other = JSON.parse(readFileSync(`assets/packs/${file}`, 'utf8')) as {
    entities: { id: string }[];
    classes?: { id: string }[];
  };
  for (const e of other.entities) known.add(e.id);
  for (const c of other.classes ?? []) known.add(c.id);
}
for (const file of readdirSync('scripts/migrate/statements').filter((name) => name.endsWith('.json'))) {
  const other = JSON.parse(readFileSync(`scripts/migrate/statements/${file}`, 'utf8')) as Slice;
  for (const c of (other.classes ?? []) as { id: string }[]) known.add(c.id);
}
for (const reserved of ['country', 'territory', 'city', 'capital-city']) known.add(reserved);

const problems: string[] = [];
for (const [i, c] of (slice.classes ?? []).entries()) {
  const result = v.safeParse(ClassSchema, c);
  if (!result.success) problems.push(`classes[${i}]: ${result.issues.map((x) => x.message).join('; ')}`);
}
let statements = 0;
for (const entity of pack.entities) {
  const list = slice.entities[entity.id];
  if (!list) {
    problems.push(`${entity.id}: missing from the slice`);
    continue;
  }
  const covered = new Set<number>();
  for (const [i, raw] of list.entries()) {
    statements++;
    const { v1, ...statement } = raw;
    if (!Array.isArray(v1)) problems.push(`${entity.id}[${i}]: no "v1" list`);
    for (const index of v1 ?? []) covered.add(index);
    const result = v.safeParse(StatementSchema, statement);
    if (!result.success)
      problems.push(`${entity.id}[${i}]: ${result.issues.map((x) => x.message).join('; ')}`);
    const value = statement.value as { entity?: string } | undefined;
    if (
      value?.entity !== undefined &&
      !known.has(value.entity) &&
      !/-region$|^(?:[a-z]+-)?(?:europe|asia|africa|america|caribbean|oceania|melanesia|micronesia|polynesia|australia-and-new-zealand)$/.test(
        value.entity,
      )
    )
      problems.push(`${entity.id}[${i}]: unknown entity "${value.entity}"`);
  }
  (entity.facts ?? []).forEach((_, index) => {
    if (!covered.has(index)) problems.push(`${entity.id}: v1 fact ${index} not covered`);
  });
}
const sliceIds = Object.keys(slice.entities).filter((id) => !pack.entities.some((e) => e.id === id));
for (const id of sliceIds) problems.push(`${id}: not an entity of ${packPath}`);

console.log(
  `${Object.keys(slice.entities).length} entities, ${statements} statements, ${(slice.classes ?? []).length} classes`,
);
if (problems.length > 0) {
  console.log(problems.join('\n'));
  process.exit(1);
}
console.log('ok');
