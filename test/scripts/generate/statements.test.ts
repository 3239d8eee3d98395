/**
 * The generators' version 2 mapping: what a country or a city becomes as statements and classes (lib/statements.ts),
 * the adjective (lib/demonyms.ts), which cities the cities pack holds under which ids (lib/city-select.ts, shared by
 * both generators), and the Syria cross-check reading a point from either pack format (lib/syria-places.ts).
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { cityLabels, packCities } from '../../../scripts/generate/lib/city-select';
import { adjectiveOf } from '../../../scripts/generate/lib/demonyms';
import { REGIONS } from '../../../scripts/generate/lib/regions';
import type { City } from '../../../scripts/generate/lib/sources';
import {
  CITY_CLASSES,
  cityStatements,
  countryStatements,
  pointOf,
  regionClasses,
  regionClassId,
  sortStatements,
  WORLD_CLASSES,
  worldSourceUrls,
} from '../../../scripts/generate/lib/statements';
import {
  crossCheckSyria,
  curatedPoint,
  type GeonamesPlace,
  type PlaceEntity,
} from '../../../scripts/generate/lib/syria-places';
import {
  ClassSchema,
  LANGUAGES,
  StatementSchema,
  type Entity,
  type Lang,
  type Statement,
} from '../../../src/core/kb/schema';

const CLDR = 'https://github.com/unicode-org/cldr-json';
const source = (url: string) => ({ url, title: url });
const NL_SOURCES: Entity['sources'] = [
  source('https://en.wikipedia.org/wiki/Netherlands'),
  source('https://en.wikipedia.org/wiki/ISO_3166-2:NL'),
  source(CLDR),
  source('https://www.geonames.org/2759794'),
];
const GL_SOURCES: Entity['sources'] = [
  source('https://en.wikipedia.org/wiki/ISO_3166-2:GL'),
  source(CLDR),
  source('https://www.geonames.org/3421319'),
];

function expectValid(statements: readonly Statement[]): void {
  for (const statement of statements) {
    const result = v.safeParse(StatementSchema, statement);
    expect(result.issues?.map((issue) => issue.message) ?? [], JSON.stringify(statement)).toEqual([]);
  }
}

describe('countryStatements', () => {
  it('makes a country: class, capital (a cities-pack entity), sub-region, ISO code and point, each sourced', () => {
    const statements = countryStatements(
      {
        code: 'NL',
        kind: 'country',
        region: '155',
        sovereignId: null,
        capital: { entity: 'amsterdam' },
        point: [4.88969, 52.37403],
      },
      NL_SOURCES,
      '2026-07-14',
    );
    expectValid(statements);
    const byProperty = Object.fromEntries(statements.map((s) => [s.property, s]));
    expect(byProperty['instance-of']).toEqual({
      property: 'instance-of',
      value: { entity: 'country' },
      source: 'https://en.wikipedia.org/wiki/Netherlands',
    });
    expect(byProperty['iso-3166-1-alpha-2']).toEqual({
      property: 'iso-3166-1-alpha-2',
      value: { code: 'NL' },
      source: 'https://en.wikipedia.org/wiki/ISO_3166-2:NL',
    });
    // The capital changes over time: it is open, so it carries the capitals' release date and its GeoNames page.
    expect(byProperty.capital).toEqual({
      property: 'capital',
      value: { entity: 'amsterdam' },
      asOf: '2026-07-14',
      source: 'https://www.geonames.org/2759794',
    });
    expect(byProperty['part-of']).toEqual({
      property: 'part-of',
      value: { entity: 'western-europe' },
      source: CLDR,
    });
    expect(byProperty.coordinates?.value).toEqual({ coordinates: { lat: 52.374, lon: 4.8897 } });
    expect(byProperty.country).toBeUndefined();
    // Every statement cites one of the entity's own sources.
    const urls = new Set(NL_SOURCES.map((s) => s.url));
    for (const statement of statements) expect(urls.has(statement.source ?? '')).toBe(true);
  });

  it('makes a territory: its sovereign state by id, its class sourced to its ISO 3166-2 page', () => {
    const statements = countryStatements(
      {
        code: 'GL',
        kind: 'territory',
        region: '021',
        sovereignId: 'denmark',
        capital: { entity: 'nuuk' },
        point: [-51.72157, 64.18347],
      },
      GL_SOURCES,
      '2026-07-14',
    );
    expectValid(statements);
    expect(statements.find((s) => s.property === 'instance-of')).toEqual({
      property: 'instance-of',
      value: { entity: 'territory' },
      source: 'https://en.wikipedia.org/wiki/ISO_3166-2:GL',
    });
    expect(statements.find((s) => s.property === 'country')).toEqual({
      property: 'country',
      value: { entity: 'denmark' },
      source: 'https://en.wikipedia.org/wiki/ISO_3166-2:GL',
    });
  });

  it('makes a disputed or special area a territory without capital, region or point when it has none', () => {
    const statements = countryStatements(
      { code: 'AQ', kind: 'area', region: null, sovereignId: null, capital: null, point: null },
      [source('https://en.wikipedia.org/wiki/ISO_3166-2:AQ'), source(CLDR)],
      '2026-07-14',
    );
    expect(statements.map((s) => `${s.property}=${JSON.stringify(s.value)}`)).toEqual([
      'instance-of={"entity":"territory"}',
      'iso-3166-1-alpha-2={"code":"AQ"}',
    ]);
  });

  it('refuses a capital it cannot cite', () => {
    expect(() =>
      countryStatements(
        {
          code: 'X',
          kind: 'country',
          region: null,
          sovereignId: null,
          capital: { entity: 'x' },
          point: null,
        },
        [source('https://en.wikipedia.org/wiki/ISO_3166-2:AQ'), source(CLDR)],
        '2026-07-14',
      ),
    ).toThrow(/GeoNames/);
  });
});

describe('worldSourceUrls', () => {
  it("takes Kosovo's article for its ISO code too (XK has no ISO 3166-2 page)", () => {
    expect(
      worldSourceUrls([
        source('https://en.wikipedia.org/wiki/Kosovo'),
        source(CLDR),
        source('https://www.geonames.org/786714'),
      ]),
    ).toEqual({
      article: 'https://en.wikipedia.org/wiki/Kosovo',
      iso: 'https://en.wikipedia.org/wiki/Kosovo',
      cldr: CLDR,
      geonames: 'https://www.geonames.org/786714',
    });
  });
});

describe('cityStatements', () => {
  const base = {
    countryId: 'syria',
    population: 1_569_394,
    asOf: '2024-12-07',
    point: [36.29128, 33.5102] as const,
    source: 'https://www.geonames.org/170654',
  };

  it('makes a capital a capital-city and capital-of its country, its population as of the extract', () => {
    const statements = cityStatements({ ...base, capital: true });
    expectValid(statements);
    expect(statements).toEqual([
      { property: 'instance-of', value: { entity: 'capital-city' }, source: base.source },
      { property: 'capital-of', value: { entity: 'syria' }, asOf: '2024-12-07', source: base.source },
      // GeoNames does not say when it counted: the extract's date is an asOf, never an `at`.
      { property: 'population', value: { quantity: 1_569_394 }, asOf: '2024-12-07', source: base.source },
      {
        property: 'coordinates',
        value: { coordinates: { lat: 33.5102, lon: 36.2913 } },
        source: base.source,
      },
    ]);
  });

  it("dates a population by its count's year and cites the page that gives it, where one does", () => {
    const page = 'https://en.wikipedia.org/wiki/Damascus';
    const statements = cityStatements({
      ...base,
      capital: true,
      population: 2_079_000,
      populationAsOf: '2023',
      populationSource: page,
    });
    expectValid(statements);
    expect(statements.find((s) => s.property === 'population')).toEqual({
      property: 'population',
      value: { quantity: 2_079_000 },
      asOf: '2023',
      source: page,
    });
    // The capital stays the extract's, as GeoNames says.
    expect(statements.find((s) => s.property === 'capital-of')).toMatchObject({
      asOf: '2024-12-07',
      source: base.source,
    });
  });

  it('makes any other city a city of its country', () => {
    const statements = cityStatements({ ...base, countryId: 'turkey', capital: false });
    expectValid(statements);
    expect(statements.slice(0, 2)).toEqual([
      { property: 'instance-of', value: { entity: 'city' }, source: base.source },
      { property: 'country', value: { entity: 'turkey' }, source: base.source },
    ]);
  });

  it('makes a borough a borough of its city, in its country', () => {
    const statements = cityStatements({
      ...base,
      countryId: 'united-states',
      capital: false,
      partOf: 'new-york',
    });
    expectValid(statements);
    expect(statements.slice(0, 3)).toEqual([
      { property: 'instance-of', value: { entity: 'borough' }, source: base.source },
      { property: 'country', value: { entity: 'united-states' }, source: base.source },
      { property: 'part-of', value: { entity: 'new-york' }, source: base.source },
    ]);
  });

  it('makes a township a township of its city (Soweto of Johannesburg)', () => {
    const statements = cityStatements({
      ...base,
      countryId: 'south-africa',
      capital: false,
      partOf: 'johannesburg',
      partKind: 'township',
    });
    expectValid(statements);
    expect(statements.slice(0, 3)).toEqual([
      { property: 'instance-of', value: { entity: 'township' }, source: base.source },
      { property: 'country', value: { entity: 'south-africa' }, source: base.source },
      { property: 'part-of', value: { entity: 'johannesburg' }, source: base.source },
    ]);
  });

  it('writes no population for a city whose GeoNames figure is not its own (passed as 0), kept a city', () => {
    const statements = cityStatements({ ...base, countryId: 'china', capital: false, population: 0 });
    expect(statements.map((s) => s.property)).toEqual(['instance-of', 'country', 'coordinates']);
  });

  it('writes no population where GeoNames has none (0)', () => {
    const statements = cityStatements({ ...base, capital: true, population: 0 });
    expect(statements.map((s) => s.property)).toEqual(['instance-of', 'capital-of', 'coordinates']);
  });
});

describe('classes', () => {
  const cldr = Object.fromEntries(
    LANGUAGES.map((lang) => [
      lang,
      Object.fromEntries(Object.keys(REGIONS).map((code) => [code, `${lang} ${code}`])),
    ]),
  ) as Record<Lang, Record<string, string>>;

  it('names each M49 sub-region as CLDR does, under the kebab-case id of its UN name', () => {
    const classes = regionClasses(cldr);
    expect(classes).toHaveLength(Object.keys(REGIONS).length);
    const western = classes.find((c) => c.id === 'western-europe');
    expect(western?.labels).toEqual({ nl: 'nl 155', en: 'en 155', fr: 'fr 155', de: 'de 155' });
    expect(western?.sources.map((s) => s.url)).toEqual([CLDR]);
    expect(regionClassId('145')).toBe('western-asia');
    expect(regionClassId('035')).toBe('south-eastern-asia');
    expect(regionClassId('015')).toBe('northern-africa');
    expect(() => regionClassId('999')).toThrow();
  });

  it('needs a CLDR name in every language', () => {
    const partial = { ...cldr, de: {} };
    expect(() => regionClasses(partial)).toThrow(/de/);
  });

  it('defines country, territory, city, capital-city and world-heritage-site, valid, with gender', () => {
    for (const c of [...WORLD_CLASSES, ...CITY_CLASSES, ...regionClasses(cldr)])
      expect(v.safeParse(ClassSchema, c).success, c.id).toBe(true);
    const byId = Object.fromEntries([...WORLD_CLASSES, ...CITY_CLASSES].map((c) => [c.id, c]));
    expect(byId.country?.labels).toEqual({ nl: 'land', en: 'country', fr: 'pays', de: 'Staat' });
    expect(byId.country?.gender).toEqual({ nl: 'het', fr: 'm', de: 'm' });
    expect(byId.territory?.gender).toEqual({ nl: 'het', fr: 'm', de: 'n' });
    expect(byId.city?.gender).toEqual({ nl: 'de', fr: 'f', de: 'f' });
    expect(byId['capital-city']?.labels.de).toBe('Hauptstadt');
    expect(byId['capital-city']?.gender).toEqual({ nl: 'de', fr: 'f', de: 'f' });
    expect(byId['world-heritage-site']).toBeDefined();
    expect(byId.borough?.labels).toEqual({
      nl: 'stadsdeel',
      en: 'borough',
      fr: 'arrondissement',
      de: 'Stadtbezirk',
    });
    expect(byId.borough?.gender).toEqual({ nl: 'het', fr: 'm', de: 'm' });
    expect(byId.township?.labels).toEqual({ nl: 'township', en: 'township', fr: 'township', de: 'Township' });
    expect(byId.township?.gender).toEqual({ nl: 'de', fr: 'm', de: 'n' });
  });
});

describe('sortStatements', () => {
  it("puts statements in the vocabulary's order and keeps the order within a property", () => {
    const s = (property: Statement['property'], entity: string): Statement => ({
      property,
      value: { entity },
    });
    expect(
      sortStatements([
        s('coordinates', 'x'),
        s('part-of', 'a'),
        s('instance-of', 'c'),
        s('part-of', 'b'),
      ]).map((x) => `${x.property}:${'entity' in x.value ? x.value.entity : ''}`),
    ).toEqual(['instance-of:c', 'part-of:a', 'part-of:b', 'coordinates:x']);
  });
});

describe('adjectiveOf', () => {
  it('takes the first adjective per language in the forms the format asks for', () => {
    expect(
      adjectiveOf({
        nl: ['Nederlands', 'Nederlander'],
        en: ['Dutch', 'Dutchman/Dutchmen'],
        fr: ['néerlandais'],
        de: ['niederländisch', 'Niederländer'],
      }),
    ).toEqual({
      nl: ['Nederlands', 'Nederlandse'],
      en: ['Dutch'],
      fr: ['néerlandais', 'néerlandaise'],
      de: ['niederländisch'],
    });
  });

  it('inflects as the demonyms do: long vowels, -en, irregular feminines, alternatives', () => {
    expect(adjectiveOf({ nl: ['Chinees', 'Chinees'], fr: ['syrien'] })).toEqual({
      nl: ['Chinees', 'Chinese'],
      fr: ['syrien', 'syrienne'],
    });
    expect(adjectiveOf({ fr: ['grec/grecque'], en: ['Argentine|Argentinian', 'Argentine'] })).toEqual({
      fr: ['grec', 'grecque'],
      en: ['Argentine'],
    });
  });

  it('leaves out a language without an adjective, and an entity without an entry', () => {
    expect(adjectiveOf({ nl: ['', 'Lao/'], en: ['Lao', 'Lao/'] })).toEqual({ en: ['Lao'] });
    expect(adjectiveOf(undefined)).toEqual({});
  });
});

describe('pointOf and the Syria cross-check', () => {
  const v2Place: PlaceEntity = {
    id: 'raqqa',
    type: 'place',
    labels: { en: 'Raqqa' },
    aliases: {},
    statements: [
      {
        property: 'coordinates',
        value: { coordinates: { lat: 35.95, lon: 39.01 } },
        source: 'https://x.org/',
      },
    ],
  };
  const v1Place: PlaceEntity = {
    id: 'raqqa',
    type: 'place',
    labels: { en: 'Raqqa' },
    aliases: {},
    coordinates: { lat: 35.95, lon: 39.01 },
  };

  it('reads a point from a version 2 statement or a version 1 field', () => {
    expect(pointOf(v2Place)).toEqual({ lat: 35.95, lon: 39.01 });
    expect(curatedPoint(v1Place)).toEqual({ lat: 35.95, lon: 39.01 });
    expect(pointOf({ statements: [] })).toBeNull();
  });

  it('finds the same GeoNames place for either format', () => {
    const city: City = {
      cityId: 163915,
      name: 'Ar Raqqah',
      altName: 'Raqqa',
      country: 'SY',
      featureCode: 'PPLA',
      adminCode: '04',
      population: 177_636,
      loc: { coordinates: [39.00889, 35.95283] },
    };
    const places: GeonamesPlace[] = [
      {
        id: '163915',
        city,
        translated: {},
        names: ['Ar Raqqah', 'Raqqa'],
        point: { lat: 35.95283, lon: 39.00889 },
      },
    ];
    const fromV1 = crossCheckSyria([v1Place], places, new Map());
    const fromV2 = crossCheckSyria([v2Place], places, new Map());
    expect(fromV2.record).toEqual(fromV1.record);
    expect(fromV2.record.found.map((f) => [f.id, f.geonamesId, f.curatedCoordinates])).toEqual([
      ['raqqa', 163915, { lat: 35.95, lon: 39.01 }],
    ]);
    const { statements: _drop, ...noPoint } = v2Place;
    expect(crossCheckSyria([noPoint], places, new Map()).record.notFound).toEqual([
      { id: 'raqqa', reason: 'no curated coordinates' },
    ]);
  });
});

describe('packCities', () => {
  const city = (
    cityId: number,
    name: string,
    country: string,
    population: number,
    featureCode = 'PPL',
  ): City => ({
    cityId,
    name,
    altName: '',
    country,
    featureCode,
    adminCode: '',
    population,
    loc: { coordinates: [0, 0] },
  });
  const cities = [
    // Guankou: a subdistrict carrying its county-level city's figure (NOT_PACK_CITIES), never picked.
    city(1802875, 'Guankou', 'AA', 1_380_000, 'PPLA3'),
    city(1, 'Bigtown', 'AA', 2_000_000),
    city(2, 'Smallcap', 'AA', 5_000),
    city(3, 'Smallville', 'AA', 5_000),
    city(4, 'Statia', 'SG', 5_000_000, 'PPLC'),
    city(5, 'Bigtown', 'BB', 3_000_000),
    city(6, 'Ghent', 'BE', 260_000),
    city(7, 'Aland', 'BB', 1_500_000),
    city(8, 'Antwerp', 'BE', 500_000),
    city(9, 'Section', 'BB', 4_000_000, 'PPLX'),
  ];
  const picked = packCities(cities, {
    countryIds: new Map([
      ['AA', 'aa-land'],
      ['BB', 'bb-land'],
      ['SG', 'singapore'],
      ['BE', 'belgium'],
    ]),
    capitalIds: new Set(['2']),
    worldIds: new Set(['aa-land', 'bb-land', 'singapore', 'belgium', 'aland']),
    curatedPlaces: new Set(['ghent']),
    overlays: { '8': { id: 'antwerpen' } },
    geonames: null,
  });

  it('holds capitals of any size and big cities, not a city-state capital, a curated place, a city section or a record that is no city', () => {
    expect(picked.map(({ city: c }) => c.cityId)).toEqual([5, 1, 7, 8, 2]);
  });

  it('gives ids as cities.ts always has: shared names qualified by country, world names suffixed, overlay ids', () => {
    expect(picked.map(({ id }) => id)).toEqual([
      'bigtown-bb-land',
      'bigtown-aa-land',
      'aland-city',
      'antwerpen',
      'smallcap',
    ]);
  });

  it('labels a city with its GeoNames name where libgeonames-common is missing, the overlay winning', () => {
    expect(cityLabels(city(8, 'Antwerpen', 'BE', 1), null, { '8': { labels: { en: 'Antwerp' } } })).toEqual({
      nl: 'Antwerpen',
      en: 'Antwerp',
      fr: 'Antwerpen',
      de: 'Antwerpen',
    });
  });
});
