/** Small packs built in code, so core tests do not depend on the curated data in assets/packs. */
import { compilePacks } from '../../src/core/kb/compile';
import type { CompiledIndex } from '../../src/core/kb/index-format';

/** A valid entity with the required fields filled in; `fields` overrides or adds any of them. */
export function entity(id: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    qid: null,
    type: 'place',
    labels: { nl: id },
    descriptions: { nl: `Beschrijving van ${id}.` },
    sources: [{ url: 'https://example.org/source', title: 'Bron' }],
    reviewed: '2018-05-21',
    ...fields,
  };
}

/**
 * A valid version 1 pack around `entities`: the format readers' older glossaries still use. It is upgraded on
 * load (every name matched in articles of every language, as version 1 did), which is what most core tests want.
 */
export function pack(id: string, entities: Record<string, unknown>[]): Record<string, unknown> {
  return { format: 'backstory-pack', version: 1, id, title: { nl: id }, license: 'CC0-1.0', entities };
}

/** A valid version 2 pack around `entities` (statements, not facts) and `classes`. */
export function packV2(
  id: string,
  entities: Record<string, unknown>[],
  classes: Record<string, unknown>[] = [],
): Record<string, unknown> {
  return {
    format: 'backstory-pack',
    version: 2,
    id,
    title: { nl: id },
    license: 'CC0-1.0',
    classes,
    entities,
  };
}

/** Compiles one pack and fails loudly if it is invalid: a broken fixture should not look like a broken matcher. */
export function indexOf(...entities: Record<string, unknown>[]): CompiledIndex {
  const { index, errors } = compilePacks([{ file: 'test.json', data: pack('test', entities) }]);
  if (!index) throw new Error(`fixture pack is invalid: ${JSON.stringify(errors)}`);
  return index;
}
