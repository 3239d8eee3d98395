/**
 * `npx tsx scripts/generate/json-schema.ts`: writes docs/pack-format.schema.json, the JSON Schema of pack format
 * version 2, converted from the valibot schema in src/core/kb/schema.ts (the source of truth). Run by hand after
 * changing the schema; the output is committed, and test/data/packs.test.ts fails when it is stale.
 *
 * The JSON Schema is for editors and other tools. It cannot say everything the compiler checks: cross-entity checks
 * (unique ids, `related` ids that resolve, aliases with letters) live in src/core/kb/cross-checks.ts, and valibot's
 * `trim` step has no JSON Schema equivalent, so a text of only spaces passes the JSON Schema but not the compiler.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toJsonSchema } from '@valibot/to-json-schema';
import { format, resolveConfig } from 'prettier';
import { PackSchema } from '../../src/core/kb/schema';

export const SCHEMA_FILE = 'docs/pack-format.schema.json';

/** The JSON Schema of pack format version 2, as written to docs/pack-format.schema.json. */
export function packJsonSchema(): Record<string, unknown> {
  const converted = toJsonSchema(PackSchema, {
    target: 'draft-2020-12',
    // Describe the file as written: fields with defaults (aliases, statements…) are optional.
    typeMode: 'ignore',
    // `trim` is a transformation JSON Schema cannot express; the compiler still applies it.
    errorMode: 'ignore',
  }) as Record<string, unknown>;
  const { $schema: _drop, ...rest } = converted;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://backstory.invalid/pack-format-v2.schema.json',
    title: 'Backstory pack, format version 2',
    description:
      'A Backstory data pack: entities with names, short descriptions, typed statements and sources, and the ' +
      'classes the statements point at. ' +
      'Generated from src/core/kb/schema.ts by scripts/generate/json-schema.ts; see docs/pack-format.md. ' +
      'The compiler also checks what JSON Schema cannot: unique ids, related ids that resolve, aliases with letters.',
    ...rest,
  };
}

/** The file's text: 2-space JSON with a final newline, laid out as Prettier would (so `npm run lint` passes). */
export async function packJsonSchemaText(): Promise<string> {
  const text = `${JSON.stringify(packJsonSchema(), null, 2)}\n`;
  return format(text, { ...(await resolveConfig(SCHEMA_FILE)), filepath: SCHEMA_FILE });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_FILE, await packJsonSchemaText());
  console.log(`wrote ${SCHEMA_FILE}`);
}
