/**
 * `npx tsx scripts/worklist/build.ts --mirror <dir>`: builds the worklist (assets/worklist/<domain>.tsv and
 * assets/worklist/provenance.tsv) from the public repositories fetched into <dir> as `<owner>+<name>/repo` git
 * snapshots. See assets/worklist/README.md for the format, the sources and how rank is computed.
 *
 * Run by hand; the output is committed. A run is deterministic for the same snapshots and the same committed
 * worklist: ids already given keep their entity (by Wikidata id, else by title), pack entities keep their pack id.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cell, enwikiTitle, ID_PATTERN, parseTsv, slugify } from './lib';
import { combineRoles, domainOfOffice, recency, countryWeight } from './salience';
import { readSources, type Candidate, type EntityType, type Role, type SourceResult } from './sources';

export const WORKLIST_DIR = 'assets/worklist';
export const PACK_DIR = 'assets/packs';
export const COLUMNS = [
  'id',
  'title',
  'type',
  'domain',
  'rank',
  'status',
  'score',
  'qid',
  'country',
  'label',
  'basis',
  'sources',
] as const;
export const PROVENANCE_COLUMNS = [
  'source',
  'repository',
  'commit',
  'commit_date',
  'path',
  'file_date',
  'rows',
  'lines',
  'licence',
] as const;
export const STATUSES = ['candidate', 'shipped', 'rejected'] as const;
export const DOMAINS = [
  'politics',
  'world',
  'economy',
  'media',
  'sport',
  'places',
  'events',
  'culture',
] as const;
export const DECISIONS_FILE = 'decisions.tsv';
export const PROVENANCE_FILE = 'provenance.tsv';

type Row = Record<(typeof COLUMNS)[number], string>;

interface PackEntity {
  id: string;
  type: string;
  qid: string | null;
  label: string;
}

/** Pack entities by the English Wikipedia page their first source names, and by Wikidata id. */
export function readPackEntities(packDir: string): {
  byTitle: Map<string, PackEntity[]>;
  byQid: Map<string, PackEntity>;
  ids: Set<string>;
} {
  const byTitle = new Map<string, PackEntity[]>();
  const byQid = new Map<string, PackEntity>();
  const ids = new Set<string>();
  for (const file of readdirSync(packDir)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    const pack = JSON.parse(readFileSync(join(packDir, file), 'utf8')) as {
      entities?: {
        id: string;
        type: string;
        qid: string | null;
        labels?: { en?: string };
        sources?: { url: string }[];
      }[];
      classes?: { id: string }[];
    };
    for (const cls of pack.classes ?? []) ids.add(cls.id);
    for (const entity of pack.entities ?? []) {
      ids.add(entity.id);
      const item: PackEntity = {
        id: entity.id,
        type: entity.type,
        qid: entity.qid,
        label: entity.labels?.en ?? '',
      };
      if (entity.qid) byQid.set(entity.qid, item);
      const first = (entity.sources ?? [])
        .map((source) => enwikiTitle(source.url))
        .find((title) => title !== null);
      if (first) byTitle.set(first, [...(byTitle.get(first) ?? []), item]);
    }
  }
  return { byTitle, byQid, ids };
}

/** The pack entity a worklist entity is, or null: by Wikidata id, else by the page it names (when unambiguous). */
function matchPack(
  packs: ReturnType<typeof readPackEntities>,
  qid: string | null,
  title: string | null,
  type: EntityType,
): PackEntity | null {
  if (qid && packs.byQid.has(qid)) return packs.byQid.get(qid) ?? null;
  if (!title) return null;
  const options = (packs.byTitle.get(title) ?? []).filter((entity) => entity.type === type);
  if (options.length === 1) return options[0] ?? null;
  return options.find((entity) => entity.id === slugify(title) || entity.label === title) ?? null;
}

interface Entity {
  keys: Set<string>;
  candidates: Candidate[];
}

/** Merges candidates that share a Wikidata id or an English Wikipedia title (union-find over their keys). */
export function mergeCandidates(candidates: readonly Candidate[]): Entity[] {
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    let root = key;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    let node = key;
    while (node !== root) {
      const next = parent.get(node) ?? root;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  const keysOf = (candidate: Candidate): string[] => {
    const keys: string[] = [];
    if (candidate.qid) keys.push(`q:${candidate.qid}`);
    if (candidate.title) keys.push(`t:${candidate.title}`);
    return keys;
  };
  for (const candidate of candidates) {
    const keys = keysOf(candidate);
    for (const key of keys) if (!parent.has(key)) parent.set(key, key);
    for (const key of keys.slice(1)) {
      const a = find(keys[0] ?? key);
      const b = find(key);
      if (a !== b) parent.set(b, a);
    }
  }
  const groups = new Map<string, Entity>();
  for (const candidate of candidates) {
    const keys = keysOf(candidate);
    if (keys.length === 0) continue;
    const root = find(keys[0] ?? '');
    const group = groups.get(root) ?? { keys: new Set<string>(), candidates: [] };
    for (const key of keys) group.keys.add(key);
    group.candidates.push(candidate);
    groups.set(root, group);
  }
  return [...groups.values()];
}

/** One office counts once per entity: a head of a state is one role however many sources or terms say so. */
function roleIdentity(role: Role): string {
  const perCountry =
    role.kind === 'head' || role.kind === 'monarch' || role.kind === 'party' || role.kind === 'cabinet';
  return perCountry
    ? `${role.kind}|${role.country}`
    : `${role.kind}|${role.label.toLowerCase()}|${role.country}`;
}

export function roleValue(role: Role): number {
  return role.weight * recency(role.end) * countryWeight(role.country);
}

function bestRoles(roles: readonly Role[]): Role[] {
  const best = new Map<string, Role>();
  for (const role of roles) {
    const id = roleIdentity(role);
    const known = best.get(id);
    if (!known || roleValue(role) > roleValue(known)) {
      // Keep the earliest start any source gives for the same office.
      const start = known?.start ?? null;
      best.set(id, {
        ...role,
        start: start !== null && (role.start === null || start < role.start) ? start : role.start,
      });
    } else if (role.start !== null && (known.start === null || role.start < known.start)) {
      best.set(id, { ...known, start: role.start });
    }
  }
  return [...best.values()].sort((a, b) => roleValue(b) - roleValue(a) || a.label.localeCompare(b.label));
}

function describe(role: Role): string {
  const years = role.start !== null && role.start !== role.end ? `${role.start}–${role.end}` : `${role.end}`;
  return `${role.label}${role.country ? ` (${role.country})` : ''} ${years}`;
}

/** Source priority for the title and label when sources disagree: the most curated first. */
const TITLE_PRIORITY = [
  'congress',
  'world-leaders-2021',
  'partyfacts',
  'parlgov',
  'eu-cabinets',
  'world-cabinets',
  'archigos',
];
function priority(source: string): number {
  const index = TITLE_PRIORITY.indexOf(source);
  return index === -1 ? TITLE_PRIORITY.length : index;
}

interface Line {
  row: Row;
  score: number;
}

export function buildLines(
  results: readonly SourceResult[],
  packs: ReturnType<typeof readPackEntities>,
  previous: readonly Row[],
  decisions: ReadonlyMap<string, string>,
): Line[] {
  const previousByKey = new Map<string, string>();
  for (const row of previous) {
    if (row.qid) previousByKey.set(`q:${row.qid}`, row.id);
    if (row.title) previousByKey.set(`t:${row.title}`, row.id);
  }
  const entities = mergeCandidates(results.flatMap((result) => result.candidates));
  const used = new Set<string>();
  const lines: Line[] = [];
  // Entities with the strongest claim to an id take it first: those with a previous id, then by score.
  const prepared = entities.map((entity) => {
    const candidates = [...entity.candidates].sort((a, b) => priority(a.source) - priority(b.source));
    const title = candidates.find((candidate) => candidate.title)?.title ?? null;
    const qid = candidates.find((candidate) => candidate.qid)?.qid ?? null;
    const label = candidates.find((candidate) => candidate.label)?.label ?? title ?? qid ?? '';
    const type = candidates[0]?.type ?? 'concept';
    const roles = bestRoles(candidates.flatMap((candidate) => candidate.roles));
    const score = combineRoles(roles.map(roleValue));
    const previousId = [...entity.keys].map((key) => previousByKey.get(key)).find((id) => id !== undefined);
    const sources = [...new Set(candidates.map((candidate) => candidate.source))].sort();
    return { title, qid, label, type, roles, score, previousId, sources };
  });
  prepared.sort(
    (a, b) =>
      Number(b.previousId !== undefined) - Number(a.previousId !== undefined) ||
      b.score - a.score ||
      (a.title ?? a.label).localeCompare(b.title ?? b.label),
  );
  for (const entity of prepared) {
    if (entity.score <= 0) continue;
    const pack = matchPack(packs, entity.qid, entity.title, entity.type);
    let id = pack?.id ?? entity.previousId ?? '';
    if (!id || used.has(id) || (!pack && packs.ids.has(id))) {
      const base = slugify(entity.title ?? entity.label) || (entity.qid ?? 'entity').toLowerCase();
      const country = (entity.roles[0]?.country ?? '').toLowerCase();
      const options = [
        base,
        country ? `${base}-${country}` : '',
        entity.qid ? `${base}-${entity.qid.toLowerCase()}` : '',
      ];
      id =
        options.find(
          (option) => option && ID_PATTERN.test(option) && !used.has(option) && !packs.ids.has(option),
        ) ?? '';
      for (let n = 2; !id; n++) {
        const option = `${base}-${n}`;
        if (!used.has(option) && !packs.ids.has(option)) id = option;
      }
    }
    used.add(id);
    const best = entity.roles[0];
    const domain = entity.type === 'person' && best ? domainOfOffice(best.kind) : 'politics';
    // A second line for an entity a pack ships under another line's id (two sources, one person) is not shipped.
    const status =
      pack && id === pack.id ? 'shipped' : decisions.get(id) === 'rejected' ? 'rejected' : 'candidate';
    lines.push({
      score: entity.score,
      row: {
        id,
        title: cell(entity.title),
        type: entity.type,
        domain,
        rank: '',
        status,
        score: entity.score.toFixed(4),
        qid: cell(entity.qid),
        country: cell(best?.country),
        label: cell(entity.label),
        basis: cell(entity.roles.slice(0, 3).map(describe).join('; ')),
        sources: entity.sources.join(','),
      },
    });
  }
  // Lines a reviewer has settled (shipped or rejected) stay even when no source names them any more.
  for (const row of previous) {
    if (used.has(row.id) || (row.status !== 'shipped' && row.status !== 'rejected')) continue;
    used.add(row.id);
    lines.push({ score: Number(row.score) || 0, row: { ...row } });
  }
  lines.sort((a, b) => b.score - a.score || a.row.id.localeCompare(b.row.id));
  lines.forEach((line, index) => (line.row.rank = String(index + 1)));
  return lines;
}

function readWorklist(dir: string): Row[] {
  const rows: Row[] = [];
  for (const domain of DOMAINS) {
    try {
      rows.push(...(parseTsv(readFileSync(join(dir, `${domain}.tsv`), 'utf8')) as Row[]));
    } catch {
      // No file for this domain yet.
    }
  }
  return rows;
}

function readDecisions(dir: string): Map<string, string> {
  try {
    return new Map(
      parseTsv(readFileSync(join(dir, DECISIONS_FILE), 'utf8')).map((row) => [
        row.id ?? '',
        row.status ?? '',
      ]),
    );
  } catch {
    return new Map();
  }
}

function main(args: readonly string[]): number {
  const mirrorAt = args.indexOf('--mirror');
  const mirror = mirrorAt >= 0 ? args[mirrorAt + 1] : undefined;
  if (!mirror) {
    process.stderr.write('usage: npx tsx scripts/worklist/build.ts --mirror <dir of fetched snapshots>\n');
    return 2;
  }
  const { results, missing } = readSources(mirror);
  for (const repo of missing) process.stderr.write(`not fetched, skipped: ${repo}\n`);
  const packs = readPackEntities(PACK_DIR);
  const lines = buildLines(results, packs, readWorklist(WORKLIST_DIR), readDecisions(WORKLIST_DIR));

  const header = COLUMNS.join('\t');
  for (const domain of DOMAINS) {
    const rows = lines
      .filter((line) => line.row.domain === domain)
      .map((line) => COLUMNS.map((c) => line.row[c]).join('\t'));
    if (rows.length === 0) continue;
    writeFileSync(join(WORKLIST_DIR, `${domain}.tsv`), `${header}\n${rows.join('\n')}\n`);
    process.stderr.write(`${domain}.tsv: ${rows.length} lines\n`);
  }

  const linesBySource = new Map<string, number>();
  for (const line of lines)
    for (const source of line.row.sources.split(','))
      linesBySource.set(source, (linesBySource.get(source) ?? 0) + 1);
  const provenance = results.flatMap((result) =>
    result.files.map((file) =>
      [
        result.key,
        result.repo,
        result.commit,
        result.date,
        file.path,
        file.date ?? '',
        String(file.rows),
        String(linesBySource.get(result.key) ?? 0),
        result.licence,
      ].join('\t'),
    ),
  );
  writeFileSync(
    join(WORKLIST_DIR, PROVENANCE_FILE),
    `${PROVENANCE_COLUMNS.join('\t')}\n${provenance.join('\n')}\n`,
  );
  process.stderr.write(`${lines.length} lines from ${results.length} sources\n`);
  return 0;
}

if (process.argv[1]?.endsWith('build.ts')) process.exitCode = main(process.argv.slice(2));
