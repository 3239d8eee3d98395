import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  COLUMNS,
  DECISIONS_FILE,
  DOMAINS,
  mergeCandidates,
  PACK_DIR,
  PROVENANCE_COLUMNS,
  PROVENANCE_FILE,
  readPackEntities,
  refreshStatuses,
  STATUSES,
  WORKLIST_DIR,
} from '../../../scripts/worklist/build';
import {
  enwikiTitle,
  ID_PATTERN,
  parseCsv,
  parseTsv,
  parseYamlSubset,
  QID_PATTERN,
  slugify,
} from '../../../scripts/worklist/lib';
import { classifyOffice, combineRoles, partyWeight, recency } from '../../../scripts/worklist/salience';
import type { Candidate } from '../../../scripts/worklist/sources';

type Row = Record<(typeof COLUMNS)[number], string>;
type Provenance = Record<(typeof PROVENANCE_COLUMNS)[number], string>;

const TYPES = ['person', 'organisation', 'place', 'event', 'group', 'work', 'concept'];

function readLines(file: string): { header: string[]; rows: string[][] } {
  const text = readFileSync(join(WORKLIST_DIR, file), 'utf8');
  expect(text.endsWith('\n'), `${file} ends with a newline`).toBe(true);
  const [header = '', ...lines] = text.slice(0, -1).split('\n');
  return { header: header.split('\t'), rows: lines.map((line) => line.split('\t')) };
}

const domainFiles = readdirSync(WORKLIST_DIR)
  .filter((name) => name.endsWith('.tsv') && name !== PROVENANCE_FILE && name !== DECISIONS_FILE)
  .sort();

describe('the committed worklist', () => {
  const all = domainFiles.flatMap((file) => {
    const { header, rows } = readLines(file);
    expect(header, `${file} header`).toEqual([...COLUMNS]);
    return rows.map((cells) => {
      expect(cells, `${file}: ${cells.join(' | ')}`).toHaveLength(COLUMNS.length);
      return { file, row: Object.fromEntries(COLUMNS.map((name, i) => [name, cells[i] ?? ''])) as Row };
    });
  });

  it('has one file per known domain, and lines in it', () => {
    expect(domainFiles.length).toBeGreaterThan(0);
    for (const file of domainFiles)
      expect(DOMAINS as readonly string[]).toContain(file.replace(/\.tsv$/, ''));
    expect(all.length).toBeGreaterThan(1000);
  });

  it('gives every line a well-formed id, known type, domain and status, and a title or a Wikidata id', () => {
    // One expectation for all lines (45,000 lines × ten expectations each is too slow for the test's time).
    const problems = (file: string, row: Row): string[] =>
      [
        ID_PATTERN.test(row.id) ? '' : 'id',
        TYPES.includes(row.type) ? '' : 'type',
        row.domain === file.replace(/\.tsv$/, '') ? '' : 'domain',
        (STATUSES as readonly string[]).includes(row.status) ? '' : 'status',
        row.title !== '' || row.qid !== '' ? '' : 'neither title nor qid',
        row.qid === '' || QID_PATTERN.test(row.qid) ? '' : 'qid',
        row.title === row.title.trim() ? '' : 'title',
        Number.isFinite(Number(row.score)) ? '' : 'score',
        row.sources !== '' ? '' : 'sources',
      ].filter((problem) => problem !== '');
    const bad = all
      .map(({ file, row }) => ({ where: `${file}: ${row.id}`, problems: problems(file, row) }))
      .filter((line) => line.problems.length > 0);
    expect(bad).toEqual([]);
  });

  it('has unique ids, titles and Wikidata ids across all files', () => {
    const seen = (values: string[]): string[] => {
      const once = new Set<string>();
      return values.filter((value) => (once.has(value) ? true : (once.add(value), false)));
    };
    expect(seen(all.map(({ row }) => row.id))).toEqual([]);
    expect(seen(all.map(({ row }) => row.title).filter((title) => title !== ''))).toEqual([]);
    expect(seen(all.map(({ row }) => row.qid).filter((qid) => qid !== ''))).toEqual([]);
  });

  it('ranks 1…N across all files without gaps, each file in rank order, ranks following the score', () => {
    const ranks = all.map(({ row }) => Number(row.rank)).sort((a, b) => a - b);
    expect(ranks).toEqual(ranks.map((_, i) => i + 1));
    for (const file of domainFiles) {
      const rows = all.filter((line) => line.file === file).map(({ row }) => row);
      for (let i = 1; i < rows.length; i++) {
        const [before, after] = [rows[i - 1], rows[i]];
        expect(Number(after?.rank), `${file} line ${i + 2}`).toBeGreaterThan(Number(before?.rank));
        expect(Number(after?.score), `${file} line ${i + 2}`).toBeLessThanOrEqual(Number(before?.score));
      }
    }
  });

  it('marks exactly the lines whose id is a pack entity as shipped', () => {
    const packs = readPackEntities(PACK_DIR);
    for (const { row } of all) {
      if (row.status === 'shipped') expect(packs.ids.has(row.id), `${row.id} is in assets/packs`).toBe(true);
      else expect(packs.ids.has(row.id), `${row.id} is a pack id but not shipped`).toBe(false);
    }
  });

  it('names every source of a line in the provenance, with a commit and a licence', () => {
    const { header, rows } = readLines(PROVENANCE_FILE);
    expect(header).toEqual([...PROVENANCE_COLUMNS]);
    const provenance = rows.map(
      (cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])) as Provenance,
    );
    for (const entry of provenance) {
      expect(entry.repository, entry.source).toMatch(/^[\w.-]+\/[\w.-]+$/);
      expect(entry.commit, entry.source).toMatch(/^[0-9a-f]{40}$/);
      expect(entry.path, entry.source).not.toBe('');
      expect(entry.file_date, `${entry.source} ${entry.path}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(entry.licence, entry.source).not.toBe('');
    }
    const known = new Set(provenance.map((entry) => entry.source));
    for (const { row } of all)
      for (const source of row.sources.split(',')) expect(known, row.id).toContain(source);
  });

  it('keeps decisions only for ids that exist, with a known status', () => {
    const path = join(WORKLIST_DIR, DECISIONS_FILE);
    if (!existsSync(path)) return;
    const ids = new Set(all.map(({ row }) => row.id));
    for (const decision of parseTsv(readFileSync(path, 'utf8'))) {
      expect(ids, decision.id).toContain(decision.id);
      expect(STATUSES as readonly string[]).toContain(decision.status);
    }
  });
});

describe('worklist helpers', () => {
  it('slugifies names to kebab-case ASCII', () => {
    expect(slugify('Élisabeth Borne')).toBe('elisabeth-borne');
    expect(slugify("People's Party for Freedom and Democracy")).toBe(
      'peoples-party-for-freedom-and-democracy',
    );
    expect(slugify('Pedro Sánchez (Spanish politician)')).toBe('pedro-sanchez-spanish-politician');
    expect(slugify('Łukasz Straße Ørsted')).toBe('lukasz-strasse-orsted');
  });

  it('reads English Wikipedia titles from URLs and nothing else', () => {
    expect(enwikiTitle('https://en.wikipedia.org/wiki/Labour_Party_%28Netherlands%29')).toBe(
      'Labour Party (Netherlands)',
    );
    expect(enwikiTitle('http://en.wikipedia.org/wiki/Democrats_66')).toBe('Democrats 66');
    expect(enwikiTitle('https://cs.wikipedia.org/wiki/Strana')).toBeNull();
  });

  it('parses quoted CSV', () => {
    expect(parseCsv('a,b\n"x, y","say ""hi"""\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
    ]);
  });

  it('parses the YAML subset congress-legislators writes', () => {
    const yaml = [
      '- id:',
      '    wikipedia: Maria Cantwell',
      "    thomas: '00172'",
      '  terms:',
      '  - type: sen',
      "    start: '2001-01-03'",
      '  - type: rep',
      '    district: 1',
      '- id:',
      '    wikipedia: JD Vance',
    ].join('\n');
    expect(parseYamlSubset(yaml)).toEqual([
      {
        id: { wikipedia: 'Maria Cantwell', thomas: '00172' },
        terms: [
          { type: 'sen', start: '2001-01-03' },
          { type: 'rep', district: 1 },
        ],
      },
      { id: { wikipedia: 'JD Vance' } },
    ]);
  });

  it('classifies offices by their labels', () => {
    expect(classifyOffice('Prime Minister', 'NL')).toBe('head');
    expect(classifyOffice('President of Albania', 'AL')).toBe('head');
    expect(classifyOffice('President of the Senate', 'NL')).toBe('speaker');
    expect(classifyOffice('Minister of Foreign Affairs', 'BE')).toBe('key-minister');
    expect(classifyOffice('Minister of Culture', 'FR')).toBe('minister');
    expect(classifyOffice('Secretary of State for Digital Affairs', 'FR')).toBe('junior-minister');
    expect(classifyOffice('Secretary of State for Education', 'GB')).toBe('minister');
    expect(classifyOffice('Secretary of State', 'US')).toBe('key-minister');
    expect(classifyOffice('ambassador to Japan', 'FR')).toBe('excluded');
    expect(classifyOffice('mayor of The Hague', 'NL')).toBe('mayor');
    expect(classifyOffice('White House Chief of Staff', 'US')).toBe('adviser');
    expect(classifyOffice('Chief of the General Staff', 'GB')).toBe('military');
    expect(classifyOffice('Governor of the Bank of England', 'GB')).toBe('central-bank');
  });

  it('weighs recency, parties and careers', () => {
    expect(recency(2030)).toBe(1);
    expect(recency(2018)).toBeCloseTo(0.5);
    expect(partyWeight(35, 2026, true)).toBeCloseTo(0.9);
    expect(partyWeight(null, null, false)).toBeCloseTo(0.1);
    expect(combineRoles([1, 0.4, 0.4])).toBeCloseTo(1.08);
    expect(combineRoles(Array.from({ length: 20 }, () => 0.4))).toBeCloseTo(0.52);
  });

  it('merges candidates that share a Wikidata id or a title', () => {
    const candidate = (source: string, qid: string | null, title: string | null): Candidate => ({
      source,
      qid,
      title,
      label: title ?? qid ?? '',
      type: 'person',
      roles: [],
    });
    const merged = mergeCandidates([
      candidate('a', 'Q1', null),
      candidate('b', 'Q1', 'One'),
      candidate('c', null, 'One'),
      candidate('d', 'Q2', 'Two'),
    ]);
    expect(merged.map((entity) => entity.candidates.map((c) => c.source).join(''))).toEqual(['abc', 'd']);
    // A pack's Wikidata id and page join a source that gives only the page with one that gives only the id.
    const bridged = mergeCandidates(
      [candidate('e', 'Q173', null), candidate('f', null, 'Alabama'), candidate('g', 'Q9', null)],
      [['Q173', 'Alabama']],
    );
    expect(bridged.map((entity) => entity.candidates.map((c) => c.source).join(''))).toEqual(['ef', 'g']);
  });
});

describe('refreshStatuses (--statuses, without the snapshots)', () => {
  const row = (id: string, fields: Partial<Row> = {}): Row => ({
    ...(Object.fromEntries(COLUMNS.map((c) => [c, ''])) as Row),
    id,
    type: 'place',
    domain: 'places',
    status: 'candidate',
    ...fields,
  });
  const entities = new Map([
    ['essen', { type: 'place', qid: 'Q2066' }],
    ['mol', { type: 'place', qid: null }],
    ['basel-landschaft', { type: 'place', qid: 'Q12146' }],
  ]);
  const taken = new Set([...entities.keys(), 'town']);

  it('ships the lines a pack now holds and frees the id of a namesake the pack does not hold', () => {
    const rows = refreshStatuses(
      [
        row('essen', { qid: 'Q2066' }),
        row('mol', { type: 'organisation', qid: 'Q549181', country: 'INT' }),
        row('basel-landschaft', { type: 'organisation', status: 'shipped' }),
        row('gone', { status: 'shipped' }),
        row('town', { status: 'rejected' }),
      ],
      entities,
      taken,
      new Map(),
    );
    expect(rows.map((r) => [r.id, r.status])).toEqual([
      ['essen', 'shipped'],
      ['mol-int', 'candidate'],
      // A full build matched it by its Wikidata id: that stands.
      ['basel-landschaft', 'shipped'],
      ['gone', 'candidate'],
      ['town-2', 'rejected'],
    ]);
  });
});
