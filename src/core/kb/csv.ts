/**
 * A reader's CSV glossary turned into a pack: columns `name, aliases, type, description, url` (any order, header
 * row required), aliases separated by `|`, comma or semicolon separated, quoted fields as in RFC 4180, UTF-8
 * with or without a byte-order mark. Pure: no DOM, no browser API. Every problem is reported at once with its
 * row as a spreadsheet numbers them (the header is row 1; a line break inside a quoted field starts no new row);
 * the pack is null whenever there is any problem.
 */
import { kbProblem, type KbErrorCode, type KbProblem } from './errors';
import { ENTITY_TYPES, type EntityType, type Lang, type PackInputV1 } from './schema';

export const CSV_COLUMNS = ['name', 'aliases', 'type', 'description', 'url'] as const;
type Column = (typeof CSV_COLUMNS)[number];
const REQUIRED_COLUMNS: readonly Column[] = ['name', 'type', 'description', 'url'];
/** As in the pack format. */
export const MAX_DESCRIPTION = 140;
/** A glossary, not a dataset: bigger files belong in a JSON pack. */
export const MAX_ROWS = 5000;

/**
 * One problem in a glossary: its row (null for the file as a whole), the column, and what is wrong as a code
 * with parameters (see ./errors) and in English.
 */
export interface CsvError extends KbProblem {
  row: number | null;
  field: string;
}

function csvError(
  row: number | null,
  field: string,
  code: KbErrorCode,
  ...params: (string | number)[]
): CsvError {
  return { row, field, ...kbProblem(code, ...params) };
}

export interface CsvOptions {
  /** The language the glossary is written in. */
  language: Lang;
  /** The file name, for the pack's id and title. */
  fileName: string;
  /** ISO date of the import (the entities' `reviewed`). */
  today: string;
}

export interface CsvResult {
  pack: PackInputV1 | null;
  errors: CsvError[];
  /** Row of each entity id, so compiler errors can be told by row too. */
  rows: Record<string, number>;
}

/** Records of the CSV text, each with the row it starts on; syntax errors as CsvErrors. */
export function parseCsv(
  text: string,
  delimiter: string,
): { records: { row: number; fields: string[] }[]; errors: CsvError[] } {
  const records: { row: number; fields: string[] }[] = [];
  const errors: CsvError[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false; // inside a quoted field
  let wasQuoted = false; // the current field was quoted (and has closed)
  let row = 1;
  let recordRow = 1;
  let bad = false;
  const endField = () => {
    fields.push(field);
    field = '';
    wasQuoted = false;
  };
  const endRecord = () => {
    endField();
    if (!bad && !(fields.length === 1 && fields[0] === '')) records.push({ row: recordRow, fields });
    fields = [];
    bad = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
          wasQuoted = true;
        }
      } else field += c;
      continue;
    }
    if (c === delimiter) endField();
    else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      row++;
      recordRow = row;
    } else if (c === '"') {
      if (field === '' && !wasQuoted) quoted = true;
      else if (!bad) {
        errors.push(csvError(recordRow, '', 'csvStrayQuote'));
        bad = true;
      }
    } else if (wasQuoted) {
      if (!bad && c.trim() !== '') {
        errors.push(csvError(recordRow, '', 'csvTextAfterQuote'));
        bad = true;
      }
    } else field += c;
  }
  if (quoted) errors.push(csvError(recordRow, '', 'csvUnclosedQuote'));
  else endRecord();
  return { records, errors };
}

/** Semicolon when the header line has more semicolons than commas (spreadsheets in nl, fr, de), else comma. */
export function detectDelimiter(text: string): ',' | ';' {
  const end = text.search(/\r|\n/);
  const header = end < 0 ? text : text.slice(0, end);
  const count = (c: string) => header.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/** A kebab-case ascii id from a name; null when nothing of it is left (a name in another script). */
function slug(text: string): string | null {
  const id = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return id === '' ? null : id;
}

/** The pack id of a glossary file: `glossary-` and the file name without extension. */
export function glossaryPackId(fileName: string): string {
  return `glossary-${slug(fileName.replace(/\.[^.]*$/, '')) ?? 'untitled'}`;
}

function isHttps(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:' && url.startsWith('https://');
  } catch {
    return false;
  }
}

/** Converts a CSV glossary into a pack (format 1), or lists every problem. */
export function csvToPack(input: string, options: CsvOptions): CsvResult {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const rows: Record<string, number> = {};
  if (text.trim() === '') return { pack: null, errors: [csvError(null, '', 'csvEmpty')], rows };
  const { records, errors } = parseCsv(text, detectDelimiter(text));
  const [header, ...body] = records;
  if (!header) return { pack: null, errors, rows };

  const names = header.fields.map((name) => name.trim().toLowerCase());
  const columns = new Map<Column, number>();
  names.forEach((name, i) => {
    if (!(CSV_COLUMNS as readonly string[]).includes(name)) {
      errors.push(
        name
          ? csvError(header.row, name, 'csvUnknownColumn', CSV_COLUMNS.join(', '))
          : csvError(header.row, '', 'csvUnnamedColumn', i + 1, CSV_COLUMNS.join(', ')),
      );
    } else if (columns.has(name as Column)) {
      errors.push(csvError(header.row, name, 'csvDuplicateColumn'));
    } else columns.set(name as Column, i);
  });
  for (const column of REQUIRED_COLUMNS) {
    if (!columns.has(column)) errors.push(csvError(header.row, column, 'csvMissingColumn'));
  }
  if (errors.some((error) => error.row === header.row)) return { pack: null, errors, rows };
  if (body.length === 0) {
    // Rows with syntax errors are left out of `body`; they were reported already.
    if (errors.length === 0) errors.push(csvError(null, '', 'csvNoRows'));
    return { pack: null, errors, rows };
  }
  if (body.length > MAX_ROWS) {
    errors.push(csvError(null, '', 'csvTooManyRows', MAX_ROWS));
    return { pack: null, errors, rows };
  }

  const lang = options.language;
  const entities: unknown[] = [];
  const seenNames = new Map<string, number>();
  const seenIds = new Set<string>();
  for (const { row, fields } of body) {
    const problem = (field: string, code: KbErrorCode, ...params: (string | number)[]) =>
      errors.push(csvError(row, field, code, ...params));
    if (fields.length !== names.length) {
      problem('', 'csvFieldCount', fields.length, names.length);
      continue;
    }
    const cell = (column: Column) => {
      const i = columns.get(column);
      return i === undefined ? '' : fields[i]!.trim();
    };
    const name = cell('name');
    const type = cell('type').toLowerCase();
    const description = cell('description');
    const url = cell('url');
    const aliases = cell('aliases')
      .split('|')
      .map((alias) => alias.trim())
      .filter((alias) => alias !== '' && alias !== name);

    if (name === '') problem('name', 'required');
    else {
      const key = name.toLowerCase();
      const first = seenNames.get(key);
      if (first !== undefined) problem('name', 'csvDuplicateName', name, first);
      else seenNames.set(key, row);
    }
    if (type === '') problem('type', 'csvTypeRequired', ENTITY_TYPES.join(', '));
    else if (!(ENTITY_TYPES as readonly string[]).includes(type))
      problem('type', 'csvNotType', cell('type'), ENTITY_TYPES.join(', '));
    if (description === '') problem('description', 'required');
    else if (description.length > MAX_DESCRIPTION)
      problem('description', 'csvTooLong', description.length, MAX_DESCRIPTION);
    if (url === '') problem('url', 'csvUrlRequired');
    else if (!isHttps(url)) problem('url', 'notHttps');
    if (name === '') continue;

    let id = slug(name) ?? `term-${row}`;
    for (let n = 2; seenIds.has(id); n++) id = `${slug(name) ?? `term-${row}`}-${n}`;
    seenIds.add(id);
    rows[id] = row;
    entities.push({
      id,
      qid: null,
      type: type as EntityType,
      labels: { [lang]: name },
      aliases: aliases.length > 0 ? { [lang]: [...new Set(aliases)] } : {},
      descriptions: { [lang]: description },
      sources: [{ url, title: name }],
      reviewed: options.today,
    });
  }
  if (errors.length > 0) return { pack: null, errors, rows };
  const title = options.fileName.replace(/\.[^.]*$/, '').trim() || options.fileName;
  const pack = {
    format: 'backstory-pack',
    version: 1,
    id: glossaryPackId(options.fileName),
    title: { [lang]: title },
    license: 'Own glossary',
    entities,
  } as PackInputV1;
  return { pack, errors, rows };
}

/** `row 3: type: "persoon" is not one of …`, one line per error. */
export function formatCsvError({ row, field, message }: CsvError): string {
  return [row === null ? undefined : `row ${row}`, field || undefined, message]
    .filter((part) => part !== undefined)
    .join(': ');
}
