/**
 * Schema validation of one pack, turned into errors a curator can act on: every problem at once, each naming the
 * file, the entity (by id, as the curator knows it) and the field inside the entity.
 */
import * as v from 'valibot';
import { kbProblem, schemaProblem, type KbErrorCode, type KbProblem } from './errors';
import type { PackError } from './index-format';
import { LANGUAGES, PackSchema, PackSchemaV1, type Pack } from './schema';
import { upgradePack } from './upgrade';

type Key = string | number;
type Issue = v.InferIssue<typeof PackSchema> | v.InferIssue<typeof PackSchemaV1>;
interface PlainIssue {
  path: Key[];
  problem: KbProblem;
}

/** Per-language maps are plain (not strict) objects in the schema, so a typo such as "nld" would vanish silently. */
const PER_LANGUAGE_PACK_FIELDS = ['title', 'description'] as const;
const PER_LANGUAGE_ENTITY_FIELDS = [
  'labels',
  'aliases',
  'cues',
  'descriptions',
  'summaries',
  'adjective',
] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** valibot's names of expected types, each with its code (the message says it as a curator would). */
const EXPECTED: Record<string, KbErrorCode> = {
  Object: 'expectObject',
  Array: 'expectList',
  string: 'expectString',
  number: 'expectNumber',
  boolean: 'expectBoolean',
  // The only union in the format is an alias: a bare name or the object form with matching hints.
  '(string | Object)': 'expectAlias',
};

/** valibot's default messages are for programmers; the pack's own messages ("must be …") are kept as written. */
function readableProblem(issue: Issue): KbProblem {
  if (issue.type === 'strict_object' && issue.expected === 'never') return kbProblem('unknownField');
  if (issue.received === 'undefined') return kbProblem('required');
  if (issue.type !== 'union' && !issue.message.startsWith('Invalid ')) return schemaProblem(issue.message);
  const expected = issue.expected ?? 'something else';
  const code = EXPECTED[expected];
  return code ? kbProblem(code, issue.received) : kbProblem('mustBe', expected, issue.received);
}

/** Flattens union issues: for an alias object with a bad field, the object branch's own issue is the useful one. */
function plainIssues(issue: Issue, prefix: Key[] = []): PlainIssue[] {
  const path = [...prefix, ...(issue.path ?? []).map((item) => item.key as Key)];
  const nested = (issue.issues ?? []).filter((sub) => (sub.path?.length ?? 0) > 0) as Issue[];
  if (issue.type === 'union' && nested.length > 0) return nested.flatMap((sub) => plainIssues(sub, path));
  return [{ path, problem: readableProblem(issue) }];
}

/** Names the entity from the raw data when the path runs through entities[i]; else the field stays pack-level. */
export function packError(file: string, data: unknown, path: readonly Key[], problem: KbProblem): PackError {
  if (
    path[0] === 'entities' &&
    typeof path[1] === 'number' &&
    isRecord(data) &&
    Array.isArray(data.entities)
  ) {
    const raw: unknown = data.entities[path[1]];
    const id = isRecord(raw) && typeof raw.id === 'string' && raw.id !== '' ? raw.id : null;
    if (id !== null) return { file, entityId: id, field: path.slice(2).join('.'), ...problem };
  }
  return { file, entityId: null, field: path.join('.'), ...problem };
}

function unknownLanguages(record: unknown, path: Key[]): PlainIssue[] {
  if (!isRecord(record)) return [];
  return Object.keys(record)
    .filter((key) => !(LANGUAGES as readonly string[]).includes(key))
    .map((key) => ({
      path: [...path, key],
      problem: kbProblem('notLanguage', LANGUAGES.join(', ')),
    }));
}

function languageIssues(data: unknown): PlainIssue[] {
  if (!isRecord(data)) return [];
  const issues = PER_LANGUAGE_PACK_FIELDS.flatMap((field) => unknownLanguages(data[field], [field]));
  if (!Array.isArray(data.entities)) return issues;
  data.entities.forEach((entity: unknown, i) => {
    if (!isRecord(entity)) return;
    for (const field of PER_LANGUAGE_ENTITY_FIELDS)
      issues.push(...unknownLanguages(entity[field], ['entities', i, field]));
  });
  return issues;
}

/**
 * Validates one pack against the schema of its version; `pack` is null when anything is wrong. A version 1 pack
 * (a reader's older glossary) comes back upgraded to version 2 (upgrade.ts).
 */
export function validatePack(file: string, data: unknown): { pack: Pack | null; errors: PackError[] } {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    // JSON's own name of what was found: data, not prose (the message says it in words).
    const found = Array.isArray(data) ? 'array' : data === null ? 'null' : typeof data;
    return {
      pack: null,
      errors: [{ file, entityId: null, field: '', ...kbProblem('packNotObject', found) }],
    };
  }
  const versionOne = (data as { version?: unknown }).version === 1;
  const result = versionOne ? v.safeParse(PackSchemaV1, data) : v.safeParse(PackSchema, data);
  const issues = [
    ...(result.issues ?? []).flatMap((issue) => plainIssues(issue as Issue)),
    ...languageIssues(data),
  ];
  const errors = issues.map(({ path, problem }) => packError(file, data, path, problem));
  if (!result.success || errors.length > 0) return { pack: null, errors };
  return {
    pack: versionOne
      ? upgradePack(result.output as v.InferOutput<typeof PackSchemaV1>)
      : (result.output as Pack),
    errors,
  };
}
