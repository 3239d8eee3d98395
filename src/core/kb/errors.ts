/**
 * Every problem the pack compiler and the CSV importer report, by a stable code with positional parameters.
 * The English text here is what the CLI and `build:data` print; the options page shows the same problem from
 * `_locales` (`kb_<code>`, the parameters as $1, $2…), so a reader sees it in their own language. File, row,
 * entity and field are not parameters: they travel beside the code, as data.
 */

/** English templates; `$1`… are the parameters, in order. A code is forever: rename the text, not the code. */
export const KB_ERRORS = {
  // Shape of the pack (src/core/kb/validate.ts).
  packNotObject: 'a pack must be a JSON object, not $1',
  required: 'is required',
  unknownField: 'is not a known field',
  notLanguage: 'is not a language of the format ($1)',
  expectObject: 'must be an object, not $1',
  expectList: 'must be a list, not $1',
  expectString: 'must be a string, not $1',
  expectNumber: 'must be a number, not $1',
  expectBoolean: 'must be true or false, not $1',
  expectAlias: 'must be a name or an object with "text", not $1',
  mustBe: 'must be $1, not $2',
  // The schema's own messages (src/core/kb/schema.ts), told apart by their text.
  empty: 'must not be empty',
  isoDate: 'must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)',
  fromAfterTo: '"from" must not be after "to"',
  notUrl: 'must be a URL',
  notHttps: 'must be an https:// link',
  entityIdFormat: 'must be kebab-case ascii (a-z, 0-9, -)',
  packIdFormat: 'must be kebab-case ascii',
  qidFormat: 'must look like Q42',
  notEntityType: 'must be one of $1',
  tooLong: 'must be at most $1 characters',
  noSources: 'needs at least one source link',
  packFormat: 'must be "backstory-pack"',
  packVersion: 'must be 2 (or 1, the older format a glossary may still use)',
  packVersionOne: 'must be 1',
  endBeforeStart: '"end" must not be before "start"',
  notProperty: 'must be a property of the vocabulary (docs/pack-format.md)',
  valueKind: '"$1" takes a value of kind $2',
  volatileAsOf: 'a statement whose value can change needs "asOf" while it is open (no "end" or "at")',
  volatileSource: 'a statement whose value can change needs a "source" while it is open (no "end" or "at")',
  labelOnlyNote: '"label" is only for "note" statements',
  genderCode: '"sex-or-gender" takes a code: $1',
  /** A schema message this table does not know yet: shown as written (English) until it gets a code. */
  schemaOther: '$1',
  // Across entities and packs (src/core/kb/cross-checks.ts).
  duplicatePackId: 'duplicate pack id (also $1)',
  duplicateEntityId: 'duplicate entity id (first in $1)',
  noLabel: 'needs a label in at least one language',
  noLetters: 'has no letters or digits',
  relatedUnknown: 'refers to unknown entity "$1"',
  relatedSelf: 'refers to the entity itself',
  statementUnknown: 'names unknown entity or class "$1"',
  duplicateClassId: 'duplicate class id (first in $1)',
  // Importing a reader's pack next to the bundled and already imported ones (src/background/packs.ts).
  importBundledPackId: 'duplicate pack id (also a bundled pack)',
  importPackIdTaken: 'a pack with this id is already imported; remove it first to replace it',
  importBundledEntityId: 'duplicate entity id (also in the bundled pack "$1")',
  // Reading pack files (scripts/lib/packs.ts; the CLI only).
  folderNotFound: 'folder not found',
  notJson: 'is not valid JSON ($1)',
  // CSV glossaries (src/core/kb/csv.ts).
  csvStrayQuote: 'has a quote (") inside a field that is not quoted',
  csvTextAfterQuote: 'has text after the closing quote of a field',
  csvUnclosedQuote: 'has a quoted field that is never closed',
  csvEmpty: 'the file is empty',
  csvUnknownColumn: 'is not a known column ($1)',
  csvUnnamedColumn: 'column $1: is not a known column ($2)',
  csvDuplicateColumn: 'is a column twice',
  csvMissingColumn: 'column is missing',
  csvNoRows: 'has no rows below the header',
  csvTooManyRows: 'has more than $1 rows',
  csvFieldCount: 'has $1 fields, the header has $2',
  csvDuplicateName: '"$1" is already on row $2',
  csvTypeRequired: 'is required ($1)',
  csvNotType: '"$1" is not one of $2',
  csvTooLong: 'is $1 characters; at most $2',
  csvUrlRequired: 'is required (an https:// link to where the description comes from)',
} as const;

export type KbErrorCode = keyof typeof KB_ERRORS;

/** All codes, for the test that each has a message in every locale. */
export const KB_ERROR_CODES = Object.keys(KB_ERRORS) as KbErrorCode[];

/** A problem as code and parameters, with its English message filled in. */
export interface KbProblem {
  code: KbErrorCode;
  /** Positional: `$1` is params[0]. Values are data (names, numbers, ids, JSON types), never prose. */
  params: string[];
  /** The English message, as the CLI prints it. */
  message: string;
}

/** JSON type names (the parameter of packNotObject) as the English message says them. */
const ENGLISH_JSON_TYPES: Record<string, string> = {
  array: 'a list',
  null: 'null',
  string: 'a string',
  number: 'a number',
  boolean: 'a boolean',
};

/** Puts the parameters into a `$1`-style template (the syntax `_locales` messages use too). */
export function fillTemplate(template: string, params: readonly string[]): string {
  return template.replace(/\$(\d)/g, (whole, n: string) => params[Number(n) - 1] ?? whole);
}

/** The English message of a code. */
export function englishMessage(code: KbErrorCode, params: readonly string[]): string {
  const shown = code === 'packNotObject' ? params.map((p) => ENGLISH_JSON_TYPES[p] ?? p) : params;
  return fillTemplate(KB_ERRORS[code], shown);
}

/** Builds a problem from its code and parameters. */
export function kbProblem(code: KbErrorCode, ...params: (string | number)[]): KbProblem {
  const texts = params.map(String);
  return { code, params: texts, message: englishMessage(code, texts) };
}

/** The schema's messages that have codes: the schema speaks English, this turns its words back into codes. */
const SCHEMA_CODES: readonly KbErrorCode[] = [
  'empty',
  'isoDate',
  'fromAfterTo',
  'notUrl',
  'notHttps',
  'entityIdFormat',
  'packIdFormat',
  'qidFormat',
  'notEntityType',
  'tooLong',
  'noSources',
  'packFormat',
  'packVersion',
  'packVersionOne',
  'endBeforeStart',
  'notProperty',
  'valueKind',
  'volatileAsOf',
  'volatileSource',
  'labelOnlyNote',
  'genderCode',
];

const SCHEMA_PATTERNS = SCHEMA_CODES.map((code) => {
  const source = KB_ERRORS[code].replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\$(\d)/g, '(.+)');
  return { code, pattern: new RegExp(`^${source}$`) };
});

/** The code of one of the schema's own messages; `schemaOther` keeps an unknown one as written. */
export function schemaProblem(message: string): KbProblem {
  for (const { code, pattern } of SCHEMA_PATTERNS) {
    const match = pattern.exec(message);
    if (match) return kbProblem(code, ...match.slice(1));
  }
  return kbProblem('schemaOther', message);
}
