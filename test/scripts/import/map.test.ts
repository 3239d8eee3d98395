/**
 * The Wikidata-to-pack mapping on real entity records (test/fixtures/wikidata/, see its README): statements and
 * their qualifiers, ranks, values of every kind, names, sources, and the class a referenced item becomes.
 */
import { describe, expect, it } from 'vitest';
import {
  entitySources,
  mapClass,
  mapEntity,
  mapValue,
  rankedStatements,
  selectedType,
  type DraftEntity,
} from '../../../scripts/import/map';
import { parseSelection } from '../../../scripts/import/selection';
import { timeToDate, wikipediaUrl, type WdDatavalue } from '../../../scripts/import/wikidata';
import { fixtureRecords } from './fixture-dump';

const records = fixtureRecords();
const record = (qid: string) => records.get(qid)!;
const draft = (qid: string): DraftEntity => mapEntity(record(qid), 'person')!;
/** The draft's statements of one property, without the source every one of them carries. */
const statements = (qid: string, property: string) =>
  draft(qid)
    .statements.filter((statement) => statement.property === property)
    .map(({ source: _source, property: _property, ...rest }) => rest);

const time = (time: string, precision: number): WdDatavalue => ({
  type: 'time',
  value: { time, precision, timezone: 0, before: 0, after: 0 },
});

describe('times', () => {
  it('keeps year, month and day precision and drops the rest', () => {
    expect(timeToDate(time('+1952-03-11T00:00:00Z', 11))).toBe('1952-03-11');
    expect(timeToDate(time('+1984-09-00T00:00:00Z', 10))).toBe('1984-09');
    expect(timeToDate(time('+1214-00-00T00:00:00Z', 9))).toBe('1214');
    expect(timeToDate(time('+0800-00-00T00:00:00Z', 9))).toBe('0800');
    // Decades, centuries, before the common era, beyond four digits, a day missing at day precision.
    expect(timeToDate(time('+1950-00-00T00:00:00Z', 8))).toBeNull();
    expect(timeToDate(time('-0044-03-15T00:00:00Z', 11))).toBeNull();
    expect(timeToDate(time('-13798000000-00-00T00:00:00Z', 3))).toBeNull();
    expect(timeToDate(time('+12000-00-00T00:00:00Z', 9))).toBeNull();
    expect(timeToDate(time('+1990-11-00T00:00:00Z', 11))).toBeNull();
  });
});

describe('statements of real records', () => {
  it('maps an office held with its start and end (P580, P582), and one without them', () => {
    // Henning Christophersen: Minister of Finance of Denmark 1978–1979 (Q6866144), European Commissioner (Q5449541).
    expect(statements('Q646148', 'position-held')).toEqual([
      { value: { ref: 'Q5449541' } },
      { value: { ref: 'Q6866144' }, start: '1978-08-30', end: '1979-10-26' },
    ]);
    expect(statements('Q646148', 'born')).toEqual([{ value: { date: '1939-11-08' } }]);
    expect(statements('Q646148', 'sex-or-gender')).toEqual([{ value: { code: 'male' } }]);
  });

  it('takes the preferred statements, and the normal ones with a period beside them', () => {
    // Bielefeld's mayors (P6): the preferred one since 2009 and the former ones, which have an end.
    expect(statements('Q2112', 'head-of-government')).toEqual([
      { value: { ref: 'Q2097128' }, start: '2009' },
      { value: { ref: 'Q1278930' }, start: '1999', end: '2009' },
      { value: { ref: 'Q534246' }, start: '1994', end: '1999' },
      { value: { ref: 'Q1460066' }, start: '1975', end: '1989' },
      { value: { ref: 'Q1278930' }, start: '1989', end: '1994' },
    ]);
    // Germany since 1990 (preferred), the German Reich and West Germany before it.
    expect(statements('Q2112', 'country')).toEqual([
      { value: { ref: 'Q183' }, start: '1990-10-03' },
      { value: { ref: 'Q1206012' }, start: '1871-01-18', end: '1949-05-23' },
      { value: { ref: 'Q713750' }, start: '1949-05-23', end: '1990-10-02' },
    ]);
    // 17 population figures, one preferred: the normal ones have a point in time (P585), not a period.
    expect(record('Q2112').claims!.P1082!.length).toBe(17);
    expect(statements('Q2112', 'population')).toEqual([{ value: { quantity: 334002 }, at: '2021-12-31' }]);
  });

  it('drops deprecated statements', () => {
    const p31 = record('Q2112').claims!.P31!;
    const deprecated = p31.filter((statement) => statement.rank === 'deprecated');
    expect(deprecated).toHaveLength(1);
    expect(rankedStatements(p31)).toHaveLength(p31.length - 1);
    const kept = statements('Q2112', 'instance-of').map(
      (statement) => (statement.value as { ref: string }).ref,
    );
    expect(kept).toEqual(['Q1549591', 'Q1187811', 'Q42744322', 'Q707813', 'Q85635630']);
    expect(kept).not.toContain('Q1964689');
  });

  it('reads coordinates, a year, points in time and old records without item ids', () => {
    expect(statements('Q2112', 'coordinates')).toEqual([
      { value: { coordinates: { lat: 52.016666666667, lon: 8.5333333333333 } } },
    ]);
    expect(statements('Q2112', 'founded')).toEqual([{ value: { date: '1214' } }]);
    // Oliver Kahn's awards (P166) with their year or day (P585).
    expect(statements('Q131261', 'award-received').filter((statement) => statement.at)).toEqual([
      { value: { ref: 'Q311830' }, at: '2000' },
      { value: { ref: 'Q17355204' }, at: '2002-07-02' },
      { value: { ref: 'Q311830' }, at: '2001' },
      { value: { ref: 'Q17351855' }, at: '2002' },
    ]);
    // A 2015 record: item values carry only "numeric-id".
    expect(statements('Q328212', 'sex-or-gender')).toEqual([{ value: { code: 'female' } }]);
    expect(statements('Q328212', 'citizenship')).toEqual([{ value: { ref: 'Q30' } }]);
    expect(statements('Q42', 'spouse')).toEqual([
      { value: { ref: 'Q14623681' }, start: '1991-11-25', end: '2001-05-11' },
    ]);
  });

  it('leaves out properties outside the vocabulary and cites the Wikidata page', () => {
    const properties = new Set(draft('Q2112').statements.map((statement) => statement.property));
    // P190 (twin town), P2046 (area), P1813 (short name), P473 (area code) have no property in the vocabulary.
    expect([...properties].sort()).toEqual([
      'coordinates',
      'country',
      'founded',
      'head-of-government',
      'instance-of',
      'located-in',
      'member-of',
      'part-of',
      'population',
    ]);
    for (const statement of draft('Q2112').statements)
      expect(statement.source).toBe('https://www.wikidata.org/wiki/Q2112');
  });

  it('orders statements as the vocabulary does', () => {
    const order = draft('Q646148').statements.map((statement) => statement.property);
    expect(order.indexOf('instance-of')).toBeLessThan(order.indexOf('born'));
    expect(order.indexOf('born')).toBeLessThan(order.indexOf('died'));
  });
});

describe('values the vocabulary does not take', () => {
  const snak = (property: string, datavalue: WdDatavalue) => ({
    snaktype: 'value' as const,
    property,
    datavalue,
  });

  it('takes sex or gender (P21) from the three items only', () => {
    const item = (id: string) => snak('P21', { type: 'wikibase-entityid', value: { id } });
    expect(mapValue('sex-or-gender', item('Q6581072'))).toEqual({ code: 'female' });
    expect(mapValue('sex-or-gender', item('Q48270'))).toBeNull();
    // Found by the property test: a string where an item belongs was written as a code the schema refuses.
    expect(mapValue('sex-or-gender', snak('P21', { type: 'string', value: 'female' }))).toBeNull();
    expect(mapValue('iso-3166-1-alpha-2', snak('P297', { type: 'string', value: 'NL' }))).toEqual({
      code: 'NL',
    });
  });

  it('drops values of another kind than the property takes, and coordinates off the Earth', () => {
    expect(mapValue('born', snak('P569', { type: 'string', value: '1952' }))).toBeNull();
    expect(
      mapValue(
        'coordinates',
        snak('P625', {
          type: 'globecoordinate',
          value: { latitude: 1, longitude: 2, globe: 'http://www.wikidata.org/entity/Q111' },
        }),
      ),
    ).toBeNull();
    expect(
      mapValue('population', snak('P1082', { type: 'quantity', value: { amount: '+5', unit: '1' } })),
    ).toEqual({
      quantity: 5,
    });
  });
});

describe('names, ids and sources of real records', () => {
  it('uses the lowercase QID as id and keeps the four languages', () => {
    const { entity } = draft('Q2112');
    expect(entity.id).toBe('q2112');
    expect(entity.qid).toBe('Q2112');
    expect(entity.labels).toEqual({ nl: 'Bielefeld', en: 'Bielefeld', fr: 'Bielefeld', de: 'Bielefeld' });
    expect(entity.descriptions).toEqual({
      nl: 'gemeente in de Duitse deelstaat Noordrijn-Westfalen',
      en: 'city in Germany',
      fr: 'commune allemande',
      de: 'Großstadt in Nordrhein-Westfalen, Deutschland',
    });
    expect(entity.aliases).toEqual({ de: ['Leineweberstadt', 'Builefeld', 'Beilefeld', 'Builefeild'] });
  });

  it('drops aliases equal to the label and descriptions over 140 characters', () => {
    const wd = structuredClone(record('Q42'));
    wd.descriptions!.en!.value = 'x'.repeat(141);
    const { entity } = mapEntity(wd, 'person')!;
    expect(entity.descriptions?.en).toBeUndefined();
    expect(entity.descriptions?.nl).toBe('Engels sciencefictionschrijver');
    expect(entity.aliases?.en).toEqual(['Douglas Noël Adams', 'Douglas Noel Adams']);
  });

  it('links the Wikidata page and the English Wikipedia article', () => {
    expect(entitySources(record('Q131261'))).toEqual([
      { url: 'https://www.wikidata.org/wiki/Q131261', title: 'Wikidata: Q131261' },
      { url: 'https://en.wikipedia.org/wiki/Oliver_Kahn', title: 'Wikipedia (en): Oliver Kahn' },
    ]);
    // The universe (Q1, as the fixture has it) has no English article.
    expect(entitySources(record('Q1'))).toEqual([
      { url: 'https://www.wikidata.org/wiki/Q1', title: 'Wikidata: Q1' },
    ]);
    expect(wikipediaUrl('en', 'Bring the Jubilee')).toBe('https://en.wikipedia.org/wiki/Bring_the_Jubilee');
    expect(wikipediaUrl('en', 'Jordan (country), "1st"?')).toBe(
      'https://en.wikipedia.org/wiki/Jordan_(country),_%221st%22%3F',
    );
  });

  it('has no entity for a record without a label in the four languages', () => {
    expect(mapEntity(record('Q1'), 'concept')).toBeNull();
  });
});

describe('selection', () => {
  const selection = parseSelection({
    pack: { id: 't', title: { en: 'T' }, license: 'CC0' },
    items: { Q1: 'concept' },
    classes: { Q5: 'person', Q571: 'work' },
    minSitelinks: 20,
  });

  it('keeps explicit items whatever their sitelinks, and instances of a class with enough sitelinks', () => {
    expect(Object.keys(record('Q1').sitelinks!).length).toBeLessThan(20);
    expect(selectedType(record('Q1'), selection)).toBe('concept');
    // Douglas Adams: P31 Q5 (written with "numeric-id" only, as in 2015), 94 sitelinks.
    expect(selectedType(record('Q42'), selection)).toBe('person');
    // Henning Christophersen: a human too, with 13 sitelinks; Bring the Jubilee, a book, with 3.
    expect(selectedType(record('Q646148'), selection)).toBeNull();
    expect(selectedType(record('Q4132785'), selection)).toBeNull();
    expect(selectedType(record('Q4132785'), { ...selection, minSitelinks: 0 })).toBe('work');
    // Verla's classes are not selected.
    expect(selectedType(record('Q217447'), selection)).toBeNull();
  });

  it('ignores a deprecated P31', () => {
    // Bielefeld's deprecated P31 is Q1964689.
    expect(selectedType(record('Q2112'), { ...selection, classes: { Q1964689: 'place' } })).toBeNull();
    expect(selectedType(record('Q2112'), { ...selection, classes: { Q707813: 'place' } })).toBe('place');
  });
});

describe('classes', () => {
  it('takes labels and female forms (P2521) in the four languages from a real record', () => {
    const prince = record('Q2747456');
    expect(
      mapClass({ id: prince.id, labels: prince.labels, claims: { P2521: prince.claims!.P2521! } }, 'class'),
    ).toEqual({
      id: 'q2747456',
      qid: 'Q2747456',
      kind: 'class',
      labels: { nl: 'prins', en: 'prince', fr: 'prince', de: 'Prinz' },
      femaleLabels: { nl: 'prinses', en: 'princess', fr: 'princesse', de: 'Prinzessin' },
      sources: [{ url: 'https://www.wikidata.org/wiki/Q2747456', title: 'Wikidata: Q2747456' }],
    });
  });

  it('has no class for an item without a label in the four languages', () => {
    expect(mapClass({ id: 'Q1', labels: record('Q1').labels }, 'class')).toBeNull();
  });
});
