/**
 * `npx tsx scripts/worklist/build.ts --mirror <dir>`: builds the worklist (assets/worklist/<domain>.tsv and
 * assets/worklist/provenance.tsv) from the public repositories fetched into <dir> as `<owner>+<name>/repo` git
 * snapshots. See assets/worklist/README.md for the format, the sources and how rank is computed.
 *
 * `--statuses` only brings the committed lines' statuses up to date with assets/packs (refreshStatuses), without the
 * snapshots.
 *
 * Run by hand; the output is committed. A run is deterministic for the same snapshots and the same committed
 * worklist: ids already given keep their entity (by Wikidata id, else by title), pack entities keep their pack id.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cell, enwikiTitle, ID_PATTERN, parseTsv, slugify } from './lib';
import { combineRoles, domainOfKind, recency, countryWeight } from './salience';
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

export type Row = Record<(typeof COLUMNS)[number], string>;

interface PackEntity {
  id: string;
  type: string;
  qid: string | null;
  label: string;
}

/** Pack entities by the English Wikipedia page their first source names, by the GeoNames page their first source
 * is (the cities pack has no Wikidata ids), and by Wikidata id. */
export function readPackEntities(packDir: string): {
  byTitle: Map<string, PackEntity[]>;
  byGeonames: Map<string, PackEntity[]>;
  byPersonName: Map<string, PackEntity[]>;
  byQid: Map<string, PackEntity>;
  bridges: [string, string][];
  ids: Set<string>;
} {
  const bridges: [string, string][] = [];
  const byTitle = new Map<string, PackEntity[]>();
  const byGeonames = new Map<string, PackEntity[]>();
  const byPersonName = new Map<string, PackEntity[]>();
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
      if (first && entity.qid) bridges.push([entity.qid, first]);
      const geonames = /^https?:\/\/(?:www\.)?geonames\.org\/(\d+)/.exec(entity.sources?.[0]?.url ?? '')?.[1];
      if (geonames) byGeonames.set(geonames, [...(byGeonames.get(geonames) ?? []), item]);
      const name = slugify(item.label);
      if (entity.type === 'person' && !entity.qid && name)
        byPersonName.set(name, [...(byPersonName.get(name) ?? []), item]);
    }
  }
  return { byTitle, byGeonames, byPersonName, byQid, bridges, ids };
}

/**
 * The pack entity a worklist entity is, or null: by Wikidata id, else by the page it names, else (for a line with
 * neither a page nor an id in any pack) by its GeoNames id, else, for a person (new, or committed under that
 * pack id), by the slug of its name: the one pack person without a Wikidata id whose English name has that slug and whose id is it ("Iga
 * Swiatek" is iga-swiatek, "Iga Świątek" in the sport pack, which cites her by page). Each only when unambiguous.
 */
function matchPack(
  packs: ReturnType<typeof readPackEntities>,
  entity: {
    qid: string | null;
    title: string | null;
    type: EntityType;
    geonames: string | null;
    label: string;
    previousId: string | undefined;
  },
): PackEntity | null {
  const { qid, title, type, geonames } = entity;
  if (qid && packs.byQid.has(qid)) return packs.byQid.get(qid) ?? null;
  if (!title) {
    const places = (geonames ? (packs.byGeonames.get(geonames) ?? []) : []).filter((e) => e.type === type);
    if (places.length === 1) return places[0] ?? null;
    if (type !== 'person') return null;
    const name = slugify(entity.label);
    const people = packs.byPersonName.get(name) ?? [];
    const person = people.length === 1 && people[0]?.id === name ? people[0] : undefined;
    // A committed line keeps its id: the name only confirms the pack entity it already is.
    return person && (entity.previousId === undefined || entity.previousId === person.id) ? person : null;
  }
  const options = (packs.byTitle.get(title) ?? []).filter((entity) => entity.type === type);
  if (options.length === 1) return options[0] ?? null;
  return options.find((entity) => entity.id === slugify(title) || entity.label === title) ?? null;
}

interface Entity {
  keys: Set<string>;
  candidates: Candidate[];
}

/**
 * Merges candidates that share a Wikidata id or an English Wikipedia title (union-find over their keys). `bridges`
 * are further Wikidata id–title pairs known to be one entity (a pack entity's id and first page): they join a
 * source that gives only the page with one that gives only the id.
 */
export function mergeCandidates(
  candidates: readonly Candidate[],
  bridges: readonly (readonly [string, string])[] = [],
): Entity[] {
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
  for (const [qid, title] of bridges) {
    if (!parent.has(`q:${qid}`) || !parent.has(`t:${title}`)) continue;
    const a = find(`q:${qid}`);
    const b = find(`t:${title}`);
    if (a !== b) parent.set(b, a);
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
  'parlgov-cabinets',
  'parlgov-elections',
  'natural-earth',
  'us-states',
  'openfootball-clubs',
  'atp',
  'wta',
  'us-newspapers',
];
/** Sources ranked after every other (the country repositories): their names are brands' and operators'. */
const LAST_SOURCES = ['nsi'];
function priority(source: string): number {
  const index = TITLE_PRIORITY.indexOf(source);
  if (index !== -1) return index;
  const last = LAST_SOURCES.indexOf(source);
  return last === -1 ? TITLE_PRIORITY.length : TITLE_PRIORITY.length + 1 + last;
}

/** On a conflict, what a page or a Wikidata id is taken to be: its sources that name a person, a place or an event
 * describe it, where a source that links an organisation to it can be linking the wrong page. */
const TYPE_PRECEDENCE: readonly EntityType[] = [
  'person',
  'place',
  'event',
  'organisation',
  'group',
  'work',
  'concept',
];

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
  // A pack's id–page pair joins two lines only where that removes no committed line (two committed lines of one
  // entity stay two; a reviewer rejects the duplicate, as with jacques-chirac-fr).
  const bridges = packs.bridges.filter(([qid, title]) => {
    const [a, b] = [previousByKey.get(`q:${qid}`), previousByKey.get(`t:${title}`)];
    return a === undefined || b === undefined || a === b;
  });
  const entities = mergeCandidates(
    results.flatMap((result) => result.candidates),
    bridges,
  );
  const used = new Set<string>();
  const lines: Line[] = [];
  // Entities with the strongest claim to an id take it first: those with a previous id, then by score.
  const previousType = new Map(previous.map((row) => [row.id, row.type]));
  const prepared = entities.map((entity) => {
    const previousId = [...entity.keys].map((key) => previousByKey.get(key)).find((id) => id !== undefined);
    const all = [...entity.candidates].sort((a, b) => priority(a.source) - priority(b.source));
    // Sources that share a page or a Wikidata id but disagree on the type (a party linked to its leader's page or
    // to an election's, a newspaper to its town's id) do not add to each other: the committed line's type decides,
    // else the most specific type any source gives (TYPE_PRECEDENCE), and candidates of another type are left out.
    const types = new Set(all.map((candidate) => candidate.type));
    const committed = previousId !== undefined ? (previousType.get(previousId) as EntityType) : undefined;
    const type =
      committed && types.has(committed)
        ? committed
        : (TYPE_PRECEDENCE.find((option) => types.has(option)) ?? 'concept');
    const candidates = all.filter((candidate) => candidate.type === type);
    const title = candidates.find((candidate) => candidate.title)?.title ?? null;
    const qid = candidates.find((candidate) => candidate.qid)?.qid ?? null;
    const label = candidates.find((candidate) => candidate.label)?.label ?? title ?? qid ?? '';
    const geonames = candidates.find((candidate) => candidate.geonames)?.geonames ?? null;
    const roles = bestRoles(candidates.flatMap((candidate) => candidate.roles));
    const score = combineRoles(roles.map(roleValue));
    const domain = domainOfKind(roles[0]?.kind ?? 'other');
    const sources = [...new Set(candidates.map((candidate) => candidate.source))].sort();
    return { title, qid, label, geonames, type, roles, score, domain, previousId, sources };
  });
  prepared.sort(
    (a, b) =>
      Number(b.previousId !== undefined) - Number(a.previousId !== undefined) ||
      b.score - a.score ||
      (a.title ?? a.label).localeCompare(b.title ?? b.label),
  );
  for (const entity of prepared) {
    if (entity.score <= 0) continue;
    const pack = matchPack(packs, entity);
    let id = pack?.id ?? entity.previousId ?? '';
    if (!id || used.has(id) || (!pack && packs.ids.has(id))) {
      const base = slugify(entity.title ?? entity.label) || (entity.qid ?? 'entity').toLowerCase();
      id = freeId(
        base,
        entity.roles[0]?.country ?? '',
        entity.qid,
        (option) => used.has(option) || packs.ids.has(option),
      );
    }
    used.add(id);
    const best = entity.roles[0];
    // A second line for an entity a pack ships under another line's id (two sources, one person) is not shipped.
    const status =
      pack && id === pack.id ? 'shipped' : decisions.get(id) === 'rejected' ? 'rejected' : 'candidate';
    lines.push({
      score: entity.score,
      row: {
        id,
        title: cell(entity.title),
        type: entity.type,
        domain: entity.domain,
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

/** The first id not `taken` for a line: `base`, then with its country, with its Wikidata id, then numbered. */
function freeId(base: string, country: string, qid: string | null, taken: (id: string) => boolean): string {
  const options = [
    base,
    country ? `${base}-${country.toLowerCase()}` : '',
    qid ? `${base}-${qid.toLowerCase()}` : '',
  ];
  const free = options.find((option) => option && ID_PATTERN.test(option) && !taken(option));
  if (free) return free;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * The committed lines with their status as the packs now say, for a machine without the fetched snapshots (`--statuses`):
 * a line whose id is a pack entity's is shipped when a build said so or it names the same thing (same type, no other
 * Wikidata id), else it
 * takes another id as buildLines() would give it; a shipped line whose id no pack holds any more is a candidate again.
 * Order, ranks and every other cell stay as committed; a full build gives the same statuses.
 */
export function refreshStatuses(
  rows: readonly Row[],
  entities: ReadonlyMap<string, { type: string; qid: string | null }>,
  taken: ReadonlySet<string>,
  decisions: ReadonlyMap<string, string>,
): Row[] {
  const used = new Set(rows.map((row) => row.id));
  return rows.map((row) => {
    const entity = entities.get(row.id);
    // A full build matched a shipped line to its pack entity by Wikidata id or title; that stands.
    if (entity && row.status === 'shipped') return row;
    const same = entity && entity.type === row.type && (!entity.qid || !row.qid || entity.qid === row.qid);
    if (same) return { ...row, status: 'shipped' };
    let id = row.id;
    if (taken.has(id)) {
      id = freeId(id, row.country, row.qid || null, (option) => used.has(option) || taken.has(option));
      used.add(id);
    }
    const status = decisions.get(id) === 'rejected' || row.status === 'rejected' ? 'rejected' : 'candidate';
    return { ...row, id, status };
  });
}

function writeStatuses(): number {
  const entities = new Map<string, { type: string; qid: string | null }>();
  for (const file of readdirSync(PACK_DIR).filter((name) => name.endsWith('.json'))) {
    const pack = JSON.parse(readFileSync(join(PACK_DIR, file), 'utf8')) as {
      entities?: { id: string; type: string; qid: string | null }[];
    };
    for (const { id, type, qid } of pack.entities ?? []) entities.set(id, { type, qid });
  }
  const rows = refreshStatuses(
    readWorklist(WORKLIST_DIR),
    entities,
    readPackEntities(PACK_DIR).ids,
    readDecisions(WORKLIST_DIR),
  );
  const header = COLUMNS.join('\t');
  for (const domain of DOMAINS) {
    const lines = rows
      .filter((row) => row.domain === domain)
      .map((row) => COLUMNS.map((c) => row[c]).join('\t'));
    if (lines.length > 0)
      writeFileSync(join(WORKLIST_DIR, `${domain}.tsv`), `${header}\n${lines.join('\n')}\n`);
  }
  process.stderr.write(
    `statuses refreshed: ${rows.filter((row) => row.status === 'shipped').length} shipped\n`,
  );
  return 0;
}

function main(args: readonly string[]): number {
  if (args.includes('--statuses')) return writeStatuses();
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
