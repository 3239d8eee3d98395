/**
 * Turning a chosen file into something to import: a CSV glossary through csvToPack, anything else as JSON in
 * the pack format. Problems come back as data (code, parameters, row, field); ./error-text says them in the
 * reader's language, `formatImportError` in English.
 */
import { csvToPack, type CsvError } from '../core/kb/csv';
import type { PackError } from '../core/kb/index-format';
import type { Lang } from '../core/kb/schema';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type Prepared =
  | { ok: true; data: unknown; /** Row of each entity id, for a CSV file. */ rows: Record<string, number> }
  | { ok: false; errors: CsvError[] };

/** Message keys the caller localises; `detail` is put into the message. */
export type PrepareFailure = {
  key: 'optImportTooBig' | 'optImportNotText' | 'optImportNotJson' | 'optImportNotPack' | 'optImportTooDeep';
  detail?: string;
};

/** Deeper than any pack (about six levels); a browser cannot pass much deeper JSON between its pages. */
export const MAX_JSON_DEPTH = 32;

/**
 * Whether the file is a CSV glossary, decided by its content first: text that starts like JSON (an object, an
 * array, a string, a number, true/false/null) is JSON whatever its name, and a `.json` file is JSON (issue #22: a
 * `.json` file holding `null` was reported as CSV column errors).
 */
export function isCsv(fileName: string, text: string): boolean {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (/^[{["]|^-?\d|^(true|false|null)\s*$/.test(start) || /\.json$/i.test(fileName)) return false;
  return true;
}

/** How deeply the JSON text nests objects and arrays, counted without parsing (strings skipped). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return deepest;
}

/** What a JSON value is, in the words of the import's message: "null", "a string", "a list"… as a key. */
function jsonKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Decodes the file's bytes as UTF-8 (with or without BOM); null when they are not UTF-8. */
export function decodeUtf8(bytes: ArrayBuffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** Parses a file's text: CSV glossary or JSON pack. */
export function prepareText(
  fileName: string,
  text: string,
  language: Lang,
  today: string,
): Prepared | PrepareFailure {
  if (isCsv(fileName, text)) {
    const result = csvToPack(text, { fileName, language, today });
    if (!result.pack) return { ok: false, errors: result.errors };
    return { ok: true, data: result.pack, rows: result.rows };
  }
  const depth = jsonDepth(text);
  if (depth > MAX_JSON_DEPTH) return { key: 'optImportTooDeep', detail: String(depth) };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    return { key: 'optImportNotJson', detail: (error as Error).message };
  }
  // A pack is one object; anything else cannot be one, so say what the file holds instead of listing fields.
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { key: 'optImportNotPack', detail: jsonKind(data) };
  }
  return { ok: true, data, rows: {} };
}

/** A compiler error as a line: `row 3: descriptions.nl: …` for a CSV row, else `entity "x": field: …`. */
export function formatImportError(error: PackError, rows: Record<string, number>): string {
  const row = error.entityId === null ? undefined : rows[error.entityId];
  const where =
    row !== undefined ? `row ${row}` : error.entityId === null ? undefined : `entity "${error.entityId}"`;
  return [where, error.field || undefined, error.message].filter((part) => part !== undefined).join(': ');
}
