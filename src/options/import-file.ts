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
  key: 'optImportTooBig' | 'optImportNotText' | 'optImportNotJson';
  detail?: string;
};

export function isCsv(fileName: string, text: string): boolean {
  return /\.(csv|tsv|txt)$/i.test(fileName) || !/^\s*[{[]/.test(text.replace(/^\uFEFF/, ''));
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
  try {
    return { ok: true, data: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown, rows: {} };
  } catch (error) {
    return { key: 'optImportNotJson', detail: (error as Error).message };
  }
}

/** A compiler error as a line: `row 3: descriptions.nl: …` for a CSV row, else `entity "x": field: …`. */
export function formatImportError(error: PackError, rows: Record<string, number>): string {
  const row = error.entityId === null ? undefined : rows[error.entityId];
  const where =
    row !== undefined ? `row ${row}` : error.entityId === null ? undefined : `entity "${error.entityId}"`;
  return [where, error.field || undefined, error.message].filter((part) => part !== undefined).join(': ');
}
