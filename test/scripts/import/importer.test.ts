/**
 * The importer end to end on a small dump of real Wikidata records (test/fixtures/wikidata/): plain, gzip and
 * bzip2, through the DuckDB scan and its peer (readline + JSON.parse), and through the command line.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { compilePacks } from '../../../src/core/kb/compile';
import { PackSchema, type PackInput } from '../../../src/core/kb/schema';
import { createEngine, importWikidata, type EngineName } from '../../../scripts/import/importer';
import { mapClass } from '../../../scripts/import/map';
import { parseSelection, type Selection } from '../../../scripts/import/selection';
import { fixtureRecords, writeDumps, type DumpFiles } from './fixture-dump';

// Each import starts DuckDB and reads the dump twice; the command line starts tsx: slow on a busy machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

const SELECTION = {
  pack: { id: 'wikidata-test', title: { en: 'Wikidata test' }, license: 'CC0 1.0 (Wikidata)' },
  // Q1 (the universe) has no label in nl, en, fr or de in this record.
  items: { Q646148: 'person', Q2112: 'place', Q1: 'concept', Q4132785: 'work' } as Record<string, string>,
  // Humans with 20 sitelinks or more: Douglas Adams (94), Oliver Kahn (64), Veronica Roth (29).
  classes: { Q5: 'person' },
  minSitelinks: 20,
};

let dumps: DumpFiles;
beforeAll(() => {
  dumps = writeDumps([...fixtureRecords().values()]);
});
afterAll(() => dumps.remove());

const selection = (overrides: Partial<typeof SELECTION> = {}): Selection =>
  parseSelection({ ...SELECTION, ...overrides });

function entity(pack: PackInput, id: string) {
  const found = pack.entities.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no entity ${id}`);
  return { ...found, statements: found.statements ?? [] };
}

describe('import of real records', () => {
  const runs: { name: string; pack: PackInput }[] = [];

  beforeAll(async () => {
    for (const file of ['plain', 'gzip', 'bzip2'] as const) {
      for (const engine of ['duckdb', 'node'] as EngineName[]) {
        const { pack, stats } = await importWikidata({ dump: dumps[file], selection: selection(), engine });
        expect(stats).toMatchObject({ lines: 10, kept: 7, unlabelled: 1, classes: 1 });
        runs.push({ name: `${engine} ${file}`, pack });
      }
    }
  });

  it('writes the same pack from every compression, through DuckDB and the peer', () => {
    for (const run of runs.slice(1))
      expect({ name: run.name, pack: run.pack }).toEqual({ ...run, pack: runs[0]!.pack });
  });

  it('passes the schema and compiles', () => {
    const pack = runs[0]!.pack;
    expect(v.safeParse(PackSchema, pack).issues).toBeUndefined();
    expect(compilePacks([{ file: 'wikidata-test.json', data: pack }]).errors).toEqual([]);
  });

  it('keeps the selected records, by lowercase QID, in QID order; the one without a label is left out', () => {
    const pack = runs[0]!.pack;
    expect(pack.entities.map(({ id, qid, type }) => [id, qid, type])).toEqual([
      ['q42', 'Q42', 'person'],
      ['q2112', 'Q2112', 'place'],
      ['q131261', 'Q131261', 'person'],
      ['q328212', 'Q328212', 'person'],
      ['q646148', 'Q646148', 'person'],
      ['q4132785', 'Q4132785', 'work'],
    ]);
    expect(pack).toMatchObject({
      format: 'backstory-pack',
      version: 2,
      id: 'wikidata-test',
      license: 'CC0 1.0 (Wikidata)',
    });
  });

  it('dates every entity with the newest `modified` of the dump', () => {
    // Bielefeld's record is the newest: 2023-04-04T05:21:49Z.
    for (const found of runs[0]!.pack.entities) expect(found.reviewed).toBe('2023-04-04');
  });

  it('cites the Wikidata page, and the English Wikipedia article where there is one', () => {
    expect(entity(runs[0]!.pack, 'q4132785').sources).toEqual([
      { url: 'https://www.wikidata.org/wiki/Q4132785', title: 'Wikidata: Q4132785' },
      { url: 'https://en.wikipedia.org/wiki/Bring_the_Jubilee', title: 'Wikipedia (en): Bring the Jubilee' },
    ]);
  });

  it('maps statements with their qualifiers and source, and drops those whose item is not in the dump', () => {
    const source = 'https://www.wikidata.org/wiki/Q2112';
    expect(entity(runs[0]!.pack, 'q2112').statements).toEqual([
      { property: 'founded', value: { date: '1214' }, source },
      { property: 'population', value: { quantity: 334002 }, at: '2021-12-31', source },
      {
        property: 'coordinates',
        value: { coordinates: { lat: 52.016666666667, lon: 8.5333333333333 } },
        source,
      },
    ]);
    // Christophersen's offices, party, places and awards point at items this dump does not hold.
    expect(entity(runs[0]!.pack, 'q646148').statements.map((statement) => statement.property)).toEqual([
      'sex-or-gender',
      'born',
      'died',
    ]);
  });

  it('turns an item a statement points at into a class with its labels, found in the second pass', () => {
    const pack = runs[0]!.pack;
    expect(entity(pack, 'q4132785').statements).toEqual([
      {
        property: 'instance-of',
        value: { entity: 'q571' },
        source: 'https://www.wikidata.org/wiki/Q4132785',
      },
    ]);
    expect(pack.classes).toEqual([
      {
        id: 'q571',
        qid: 'Q571',
        kind: 'class',
        labels: { nl: 'boek', en: 'book', fr: 'livre', de: 'Buch' },
        sources: [{ url: 'https://www.wikidata.org/wiki/Q571', title: 'Wikidata: Q571' }],
      },
    ]);
  });
});

describe('options', () => {
  it('takes the dump date from --as-of', async () => {
    const { pack, stats } = await importWikidata({
      dump: dumps.plain,
      selection: selection(),
      asOf: '2024-01-31',
    });
    expect(stats.asOf).toBe('2024-01-31');
    expect(pack.entities.every((found) => found.reviewed === '2024-01-31')).toBe(true);
    await expect(
      importWikidata({ dump: dumps.plain, selection: selection(), asOf: '31-01-2024' }),
    ).rejects.toThrow(/YYYY-MM-DD/);
  });

  it('points at a selected item as an entity, not a class', async () => {
    const { pack } = await importWikidata({
      dump: dumps.gzip,
      selection: selection({ items: { ...SELECTION.items, Q571: 'concept' } }),
    });
    expect(entity(pack, 'q4132785').statements[0]!.value).toEqual({ entity: 'q571' });
    expect(entity(pack, 'q571').labels.en).toBe('book');
    expect(pack.classes).toEqual([]);
  });

  it('finds the labels and female forms of a referenced item in the class pass, in both engines', async () => {
    for (const engine of ['duckdb', 'node'] as EngineName[]) {
      const scan = createEngine(engine, dumps.bzip2);
      try {
        const pass = await scan.classes(['Q2747456', 'Q999999999']);
        expect(pass.lines).toBe(10);
        expect(pass.newest).toBe('2023-04-04T05:21:49Z');
        expect(pass.records.map((found) => mapClass(found, 'office'))).toEqual([
          {
            id: 'q2747456',
            qid: 'Q2747456',
            kind: 'office',
            labels: { nl: 'prins', en: 'prince', fr: 'prince', de: 'Prinz' },
            femaleLabels: { nl: 'prinses', en: 'princess', fr: 'princesse', de: 'Prinzessin' },
            sources: [{ url: 'https://www.wikidata.org/wiki/Q2747456', title: 'Wikidata: Q2747456' }],
          },
        ]);
      } finally {
        await scan.close();
      }
    }
  });

  it('fails on a truncated bzip2 dump instead of importing part of it', async () => {
    const truncated = join(dumps.dir, 'truncated.json.bz2');
    const whole = readFileSync(dumps.bzip2);
    writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length / 2)));
    for (const engine of ['duckdb', 'node'] as EngineName[])
      await expect(importWikidata({ dump: truncated, selection: selection(), engine })).rejects.toThrow(
        /bzip2/,
      );
  });
});

describe('a broken dump', () => {
  it('fails on a line that is not JSON, in both engines', async () => {
    const broken = join(dumps.dir, 'broken.json');
    const text = readFileSync(dumps.plain, 'utf8').split('\n');
    text[3] = text[3]!.slice(0, 200);
    writeFileSync(broken, text.join('\n'));
    for (const engine of ['duckdb', 'node'] as EngineName[])
      await expect(importWikidata({ dump: broken, selection: selection(), engine })).rejects.toThrow(/JSON/);
  });
});

describe('npm run import:wikidata', () => {
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import-wikidata.ts', ...args], {
      encoding: 'utf8',
    });

  it('writes the pack to --out', () => {
    const selectionFile = join(dumps.dir, 'selection.json');
    const out = join(dumps.dir, 'packs', 'wikidata-test.json');
    writeFileSync(selectionFile, JSON.stringify(SELECTION));
    const run = cli(dumps.gzip, '--select', selectionFile, '--out', out, '--as-of', '2024-01-31');
    expect(run.stderr).toContain('6 entities');
    expect(run.status).toBe(0);
    const pack = JSON.parse(readFileSync(out, 'utf8')) as PackInput;
    expect(pack.entities).toHaveLength(6);
    expect(pack.entities[0]!.reviewed).toBe('2024-01-31');
  });

  it('lists every problem of a selection file', () => {
    const selectionFile = join(dumps.dir, 'bad-selection.json');
    writeFileSync(
      selectionFile,
      JSON.stringify({
        pack: { id: 'Bad Id', title: {}, license: 'x' },
        items: { Q0: 'person', Q5: 'human' },
      }),
    );
    const run = cli(dumps.plain, '--select', selectionFile, '--out', join(dumps.dir, 'never.json'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('pack.id: must be kebab-case ascii');
    expect(run.stderr).toContain('pack.title: needs a title in at least one language');
    expect(run.stderr).toContain('items.Q0: must be a Wikidata item id such as Q42');
    expect(run.stderr).toContain(
      'items.Q5: must be one of person, organisation, place, event, group, work, concept',
    );
  });

  it('explains its usage', () => {
    const run = cli(dumps.plain);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--select FILE is required');
  });
});

/**
 * What the real records above cannot show, since none of the items they point at is in the fixtures: offices,
 * female forms, an entity pointing at another, dates on open statements. Generated records in Wikidata's shape.
 */
describe('resolution (generated records)', () => {
  const item = (id: string) => ({
    type: 'wikibase-entityid',
    value: { 'entity-type': 'item', 'numeric-id': Number(id.slice(1)), id },
  });
  const day = (date: string) => ({
    type: 'time',
    value: { time: `+${date}T00:00:00Z`, precision: 11, timezone: 0, before: 0, after: 0 },
  });
  const claim = (property: string, datavalue: object, qualifiers: Record<string, object> = {}) => ({
    mainsnak: { snaktype: 'value', property, datavalue },
    rank: 'normal',
    type: 'statement',
    qualifiers: Object.fromEntries(
      Object.entries(qualifiers).map(([pid, value]) => [
        pid,
        [{ snaktype: 'value', property: pid, datavalue: value }],
      ]),
    ),
  });
  const labels = (map: Record<string, string>) =>
    Object.fromEntries(Object.entries(map).map(([language, value]) => [language, { language, value }]));
  const femaleForm = (language: string, text: string) =>
    claim('P2521', { type: 'monolingualtext', value: { language, text } });
  const records = [
    {
      type: 'item',
      id: 'Q10',
      modified: '2025-06-01T10:00:00Z',
      labels: labels({ en: 'Anna Example', nl: 'Anna Example' }),
      claims: {
        P21: [claim('P21', item('Q6581072'))],
        P39: [
          claim('P39', item('Q20'), { P580: day('2010-01-05'), P582: day('2014-02-01') }),
          claim('P39', item('Q21'), { P580: day('2019-09-01') }),
        ],
        P106: [claim('P106', item('Q22'))],
        P26: [claim('P26', item('Q11'))],
        P27: [claim('P27', item('Q23'))],
      },
      sitelinks: { enwiki: { site: 'enwiki', title: 'Anna Example', badges: [] } },
    },
    { type: 'item', id: 'Q11', modified: '2024-01-01T00:00:00Z', labels: labels({ en: 'Ben Example' }) },
    { type: 'item', id: 'Q20', labels: labels({ en: 'Minister of Examples', de: 'Beispielminister' }) },
    {
      type: 'item',
      id: 'Q21',
      labels: labels({ en: 'President of Examples', fr: 'président des exemples' }),
      claims: { P2521: [femaleForm('fr', 'présidente des exemples'), femaleForm('es', 'presidenta')] },
    },
    {
      type: 'item',
      id: 'Q22',
      labels: labels({ en: 'politician', de: 'Politiker', nl: 'politicus' }),
      claims: { P2521: [femaleForm('de', 'Politikerin'), femaleForm('en', 'politician')] },
    },
    { type: 'item', id: 'Q23', labels: labels({ es: 'Ejemplia' }) },
  ];

  it('resolves items to entities, offices and classes, and dates open statements that can change', async () => {
    const generated = writeDumps(records);
    try {
      for (const engine of ['duckdb', 'node'] as EngineName[]) {
        const { pack } = await importWikidata({
          dump: generated.bzip2,
          selection: parseSelection({ ...SELECTION, items: { Q10: 'person', Q11: 'person' }, classes: {} }),
          engine,
        });
        const source = 'https://www.wikidata.org/wiki/Q10';
        expect(entity(pack, 'q10').statements).toEqual([
          { property: 'occupation', value: { entity: 'q22' }, source },
          { property: 'sex-or-gender', value: { code: 'female' }, source },
          {
            property: 'position-held',
            value: { entity: 'q20' },
            start: '2010-01-05',
            end: '2014-02-01',
            source,
          },
          // Still in office: the value can change, so the dump's date (the newest `modified`) goes with it.
          {
            property: 'position-held',
            value: { entity: 'q21' },
            start: '2019-09-01',
            source,
            asOf: '2025-06-01',
          },
          { property: 'spouse', value: { entity: 'q11' }, source },
          // Q23 has no label in nl, en, fr or de: the citizenship goes with it.
        ]);
        const wikidata = (qid: string) => [
          { url: `https://www.wikidata.org/wiki/${qid}`, title: `Wikidata: ${qid}` },
        ];
        expect(pack.classes).toEqual([
          {
            id: 'q20',
            qid: 'Q20',
            kind: 'office',
            labels: { en: 'Minister of Examples', de: 'Beispielminister' },
            sources: wikidata('Q20'),
          },
          {
            id: 'q21',
            qid: 'Q21',
            kind: 'office',
            labels: { en: 'President of Examples', fr: 'président des exemples' },
            femaleLabels: { fr: 'présidente des exemples' },
            sources: wikidata('Q21'),
          },
          {
            id: 'q22',
            qid: 'Q22',
            kind: 'class',
            labels: { nl: 'politicus', en: 'politician', de: 'Politiker' },
            femaleLabels: { de: 'Politikerin' },
            sources: wikidata('Q22'),
          },
        ]);
        expect(compilePacks([{ file: 'generated.json', data: pack }]).errors).toEqual([]);
      }
    } finally {
      generated.remove();
    }
  });
});
