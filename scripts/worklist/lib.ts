/**
 * Small, dependency-free helpers for the worklist generator (scripts/worklist/build.ts): reading files out of a
 * fetched git snapshot without a work tree, CSV and TSV, the subset of YAML that congress-legislators writes, ids
 * and Wikipedia titles. Everything here is pure except the git helpers.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REFERENCE_YEAR } from './salience';

/** A fetched snapshot: `<mirror>/<owner>+<name>/repo` is a bare-style git directory with no work tree. */
export function snapshotDir(mirror: string, repo: string): string {
  return join(mirror, repo.replace('/', '+'), 'repo');
}

export function hasSnapshot(mirror: string, repo: string): boolean {
  return existsSync(snapshotDir(mirror, repo));
}

function git(dir: string, args: readonly string[]): string {
  return execFileSync('git', ['-C', dir, ...args], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** The commit a snapshot's HEAD points at, and its committer date (ISO day). */
export function headCommit(dir: string): { commit: string; date: string } {
  const [commit = '', date = ''] = git(dir, ['log', '-1', '--format=%H %cs', 'HEAD']).trim().split(' ');
  return { commit, date };
}

/** The committer date (ISO day) of the last commit up to `commit` that changed `path`: when the file's data was
 * last refreshed, which can be long before the snapshot's HEAD. */
export function fileDate(dir: string, commit: string, path: string): string {
  return git(dir, ['log', '-1', '--format=%cs', commit, '--', path]).trim();
}

/** A file's text at a commit, or null when the commit has no such file. */
export function gitShow(dir: string, commit: string, path: string): string | null {
  try {
    return git(dir, ['show', `${commit}:${path}`]);
  } catch {
    return null;
  }
}

/** The paths of the files under `folder` at a commit, sorted (files the snapshot lists but lacks included). */
export function gitFiles(dir: string, commit: string, folder: string): string[] {
  return git(dir, ['ls-tree', '-r', '--name-only', commit, '--', folder])
    .split('\n')
    .filter((path) => path !== '')
    .sort();
}

/** A fetched snapshot opened at its HEAD. */
export interface Snapshot {
  dir: string;
  commit: string;
  date: string;
}

export function open(mirror: string, repo: string): Snapshot | null {
  if (!hasSnapshot(mirror, repo)) return null;
  const dir = snapshotDir(mirror, repo);
  const { commit, date } = headCommit(dir);
  return { dir, commit, date };
}

/** The year a file's data was last refreshed: the end of every role the file gives no end. */
export function refreshed(snapshot: Snapshot, path: string): number {
  return yearOf(fileDate(snapshot.dir, snapshot.commit, path)) ?? yearOf(snapshot.date) ?? REFERENCE_YEAR;
}

export function read(snapshot: Snapshot, path: string): string | null {
  return gitShow(snapshot.dir, snapshot.commit, path);
}

export function qidOrNull(value: string | undefined): string | null {
  const text = (value ?? '').trim();
  return QID_PATTERN.test(text) ? text : null;
}

/** RFC 4180 CSV: quoted fields, doubled quotes, newlines inside quotes. A trailing newline adds no row. */
export function parseCsv(text: string, separator = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"') {
        if (body[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === separator) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** CSV (or TSV) with a header row, as objects keyed by the header. Missing cells are ''. */
export function parseTable(text: string, separator = ','): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text, separator);
  if (!header) return [];
  return rows
    .filter((row) => row.some((cell) => cell !== ''))
    .map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ''])));
}

/** Plain tab-separated text with a header row (no quoting: the worklist never writes tabs or newlines in cells). */
export function parseTsv(text: string): Record<string, string>[] {
  const lines = text.split('\n').filter((line) => line !== '');
  const header = (lines.shift() ?? '').split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(header.map((name, i) => [name, cells[i] ?? '']));
  });
}

export type Yaml = string | number | boolean | null | Yaml[] | { [key: string]: Yaml };

function yamlScalar(raw: string): Yaml {
  const text = raw.trim();
  if (text === '' || text === '~' || text === 'null') return null;
  if (text.startsWith("'") && text.endsWith("'") && text.length >= 2)
    return text.slice(1, -1).replace(/''/g, "'");
  if (text.startsWith('"') && text.endsWith('"') && text.length >= 2) return JSON.parse(text) as string;
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  return text;
}

/**
 * The block subset of YAML that unitedstates/congress-legislators writes: nested maps and lists by indentation,
 * `- ` list items that open a map, plain, single- and double-quoted scalars. No flow collections, anchors or
 * multi-line scalars (the generator checks what it reads, so a file outside the subset fails loudly there).
 */
export function parseYamlSubset(text: string): Yaml {
  const lines = text
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''))
    .filter((line) => line.trim() !== '' && !line.trim().startsWith('#') && line !== '---');
  let pos = 0;
  const indentOf = (line: string): number => line.length - line.trimStart().length;

  function parseBlock(indent: number): Yaml {
    const first = lines[pos];
    if (first === undefined) return null;
    if (first.trimStart().startsWith('- ') || first.trim() === '-') return parseList(indentOf(first));
    return parseMap(indent);
  }

  function parseList(indent: number): Yaml[] {
    const items: Yaml[] = [];
    while (pos < lines.length) {
      const line = lines[pos] ?? '';
      if (indentOf(line) !== indent || !line.trimStart().startsWith('-')) break;
      const rest = line.trimStart().slice(1).trimStart();
      if (rest === '') {
        pos++;
        items.push(parseBlock(indent + 2));
      } else if (/^[^'"][^:]*:(\s|$)/.test(rest)) {
        // "- key: value" opens a map whose keys sit at indent + 2.
        lines[pos] = ' '.repeat(indent + 2) + rest;
        items.push(parseMap(indent + 2));
      } else {
        pos++;
        items.push(yamlScalar(rest));
      }
    }
    return items;
  }

  function parseMap(indent: number): { [key: string]: Yaml } {
    const map: { [key: string]: Yaml } = {};
    while (pos < lines.length) {
      const line = lines[pos] ?? '';
      const lineIndent = indentOf(line);
      if (lineIndent < indent) break;
      if (lineIndent > indent) throw new Error(`YAML: unexpected indentation at "${line}"`);
      const match = /^([^:]+):(?:\s+(.*))?$/.exec(line.trim());
      if (!match) throw new Error(`YAML: not a key at "${line}"`);
      const key = (match[1] ?? '').trim();
      const value = match[2];
      pos++;
      if (value !== undefined && value !== '') map[key] = yamlScalar(value);
      else {
        const next = lines[pos];
        if (next === undefined || indentOf(next) < indent) map[key] = null;
        else if (indentOf(next) === indent && next.trimStart().startsWith('-')) map[key] = parseList(indent);
        else if (indentOf(next) > indent) map[key] = parseBlock(indentOf(next));
        else map[key] = null;
      }
    }
    return map;
  }

  return parseBlock(0);
}

/** Kebab-case ASCII: diacritics folded, ß → ss, anything else that is not a letter or digit becomes a hyphen. */
export function slugify(text: string): string {
  return text
    .replace(/ß/g, 'ss')
    .replace(/[Øø]/g, 'o')
    .replace(/[Łł]/g, 'l')
    .replace(/[Đđ]/g, 'd')
    .replace(/[Ææ]/g, 'ae')
    .replace(/[Œœ]/g, 'oe')
    .replace(/[Ðð]/g, 'd')
    .replace(/[Þþ]/g, 'th')
    .replace(/ı/g, 'i')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const QID_PATTERN = /^Q[1-9]\d*$/;

/** A Wikipedia title as the page names it: underscores as spaces, percent-escapes decoded, first letter as given. */
export function normaliseTitle(raw: string): string {
  let text = raw.replace(/_/g, ' ');
  try {
    text = decodeURIComponent(text);
  } catch {
    // A stray "%" is part of the title.
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** The title of an English Wikipedia page URL (http or https, mobile or not), or null for any other URL. */
export function enwikiTitle(url: string): string | null {
  const match = /^https?:\/\/en\.(?:m\.)?wikipedia\.org\/wiki\/([^?#]+)/.exec(url.trim());
  return match?.[1] ? normaliseTitle(match[1]) : null;
}

/** A cell for the worklist TSV: one line, no tabs. */
export function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value)
    .replace(/[\t\r\n]+/g, ' ')
    .trim();
}

/** Year of an ISO date ("2010", "2010-10-14"), or null. */
export function yearOf(date: string | null | undefined): number | null {
  const match = /^(\d{4})/.exec(date ?? '');
  return match ? Number(match[1]) : null;
}
