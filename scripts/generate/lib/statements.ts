/**
 * The generated packs' statements (pack format version 2) and the classes they point at: what world.ts and
 * cities.ts know about a country or a city, as typed statements from the fixed vocabulary
 * (src/core/kb/vocabulary.ts), each citing the page of the entity's `sources` that states it.
 */
import type { Entity, Lang, PackClass, Statement, Value } from '../../../src/core/kb/schema';
import { LANGUAGES } from '../../../src/core/kb/schema';
import { PROPERTY_IDS } from '../../../src/core/kb/vocabulary';
import { REGIONS } from './regions';
import { kebabId } from './text';

export const CLDR_URL = 'https://github.com/unicode-org/cldr-json';
const CLDR_SOURCE = { url: CLDR_URL, title: 'Unicode CLDR 48 (cldr-localenames-full): territory names' };

const L = (nl: string, en: string, fr: string, de: string): Record<Lang, string> => ({ nl, en, fr, de });

/** What a world entity is: a state, or a territory (dependent, disputed or special: Greenland, Western Sahara). */
export const WORLD_CLASSES: PackClass[] = [
  {
    id: 'country',
    qid: null,
    kind: 'class',
    labels: L('land', 'country', 'pays', 'Staat'),
    femaleLabels: {},
    gender: { nl: 'het', fr: 'm', de: 'm' },
    sources: [],
  },
  {
    id: 'territory',
    qid: null,
    kind: 'class',
    labels: L('gebied', 'territory', 'territoire', 'Gebiet'),
    femaleLabels: {},
    gender: { nl: 'het', fr: 'm', de: 'n' },
    sources: [],
  },
];

/**
 * What a city entity is (a city, a capital, a borough of New York or Mexico City or a township of Johannesburg,
 * which GeoNames lists as places of their own), and the one heritage status the cities pack records (Damascus).
 */
export const CITY_CLASSES: PackClass[] = [
  {
    id: 'city',
    qid: null,
    kind: 'class',
    labels: L('stad', 'city', 'ville', 'Stadt'),
    femaleLabels: {},
    gender: { nl: 'de', fr: 'f', de: 'f' },
    sources: [],
  },
  {
    id: 'capital-city',
    qid: null,
    kind: 'class',
    labels: L('hoofdstad', 'capital', 'capitale', 'Hauptstadt'),
    femaleLabels: {},
    gender: { nl: 'de', fr: 'f', de: 'f' },
    sources: [],
  },
  {
    id: 'borough',
    qid: null,
    kind: 'class',
    labels: L('stadsdeel', 'borough', 'arrondissement', 'Stadtbezirk'),
    femaleLabels: {},
    gender: { nl: 'het', fr: 'm', de: 'm' },
    sources: [],
  },
  {
    id: 'township',
    qid: null,
    kind: 'class',
    // The word the press of all four languages uses for South Africa's townships ("de township Soweto", "le
    // township de Soweto", "das Township Soweto").
    labels: L('township', 'township', 'township', 'Township'),
    femaleLabels: {},
    gender: { nl: 'de', fr: 'm', de: 'n' },
    sources: [],
  },
  {
    id: 'world-heritage-site',
    qid: null,
    kind: 'class',
    labels: L(
      'UNESCO-werelderfgoed',
      'UNESCO World Heritage Site',
      "site du patrimoine mondial de l'UNESCO",
      'UNESCO-Welterbe',
    ),
    femaleLabels: {},
    gender: { nl: 'het', fr: 'm', de: 'n' },
    sources: [],
  },
];

/**
 * Region ids that would be another entity's: "micronesia" is the Federated States of Micronesia's id in the world
 * pack (classes and entities share one set of ids), so the sub-region takes CLDR's English name, "Micronesian
 * Region".
 */
const REGION_IDS: Readonly<Record<string, string>> = { '057': 'micronesian-region' };

/** The class id of an M49 sub-region: its UN English name in kebab case (western-europe, south-eastern-asia). */
export function regionClassId(m49: string): string {
  const region = REGIONS[m49];
  if (!region) throw new Error(`no M49 sub-region ${m49}`);
  return REGION_IDS[m49] ?? kebabId(region.name);
}

/** The M49 sub-regions as classes, named as CLDR names the territory of that code in each language. */
export function regionClasses(cldr: Record<Lang, Record<string, string>>): PackClass[] {
  return Object.keys(REGIONS)
    .map((m49): PackClass => {
      const labels: Partial<Record<Lang, string>> = {};
      for (const lang of LANGUAGES) {
        const name = cldr[lang][m49];
        if (!name) throw new Error(`CLDR has no ${lang} name for ${m49}`);
        labels[lang] = name;
      }
      return {
        id: regionClassId(m49),
        qid: null,
        kind: 'class',
        labels,
        femaleLabels: {},
        gender: {},
        sources: [CLDR_SOURCE],
      };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

const ORDER = new Map<string, number>(PROPERTY_IDS.map((id, i) => [id, i]));

/** Statements in the vocabulary's order (the order a card shows them in); the order within a property is kept. */
export function sortStatements(statements: readonly Statement[]): Statement[] {
  return statements
    .map((statement, i) => ({ statement, i }))
    .sort(
      (a, b) => (ORDER.get(a.statement.property) ?? 0) - (ORDER.get(b.statement.property) ?? 0) || a.i - b.i,
    )
    .map(({ statement }) => statement);
}

const round4 = (n: number) => Math.round(n * 1e4) / 1e4;

/** A `coordinates` statement from GeoNames' [lon, lat], rounded to four decimals (about 10 m). */
export function coordinatesStatement(lonLat: readonly [number, number], source: string): Statement {
  return {
    property: 'coordinates',
    value: { coordinates: { lat: round4(lonLat[1]), lon: round4(lonLat[0]) } },
    source,
  };
}

const GEONAMES = /^https:\/\/www\.geonames\.org\/\d+$/;
const ISO_PAGE = /^https:\/\/en\.wikipedia\.org\/wiki\/ISO_3166-2:/;

/**
 * The pages of a world entity's sources that state each kind of fact: its own Wikipedia article (if it has one),
 * the Wikipedia page on its ISO 3166-2 entry (Kosovo, which has none, its article), CLDR, and GeoNames' page of
 * its capital.
 */
export function worldSourceUrls(sources: Entity['sources']): {
  article: string | null;
  iso: string;
  cldr: string;
  geonames: string | null;
} {
  const urls = sources.map((source) => source.url);
  const wikipedia = urls.filter((url) => url.startsWith('https://en.wikipedia.org/wiki/'));
  const iso = wikipedia.find((url) => ISO_PAGE.test(url)) ?? wikipedia.find((url) => !ISO_PAGE.test(url));
  if (!iso) throw new Error(`no ISO 3166-2 or Wikipedia page among ${urls.join(', ')}`);
  if (!urls.includes(CLDR_URL)) throw new Error(`no CLDR source among ${urls.join(', ')}`);
  return {
    article: wikipedia.find((url) => !ISO_PAGE.test(url)) ?? null,
    iso,
    cldr: CLDR_URL,
    geonames: urls.find((url) => GEONAMES.test(url)) ?? null,
  };
}

export interface CountryStatementFacts {
  code: string;
  /** country: a state; territory: another state's; area: disputed or special (Western Sahara, Antarctica). */
  kind: 'country' | 'territory' | 'area';
  /** M49 sub-region code, if any. */
  region: string | null;
  /** The world pack id of the sovereign state, for territories. */
  sovereignId: string | null;
  /** The capital or main town: a cities-pack entity or, where that pack has none, its names. */
  capital: Value | null;
  /** GeoNames' [lon, lat] of the city that stands for the country on a map. */
  point: readonly [number, number] | null;
}

/**
 * A world entity's statements: what it is, its ISO code, capital, sub-region, sovereign state and point. `asOf`
 * gives the date the capitals' source was released (the capital is the one fact here that changes).
 */
export function countryStatements(
  facts: CountryStatementFacts,
  sources: Entity['sources'],
  capitalsAsOf: string,
): Statement[] {
  const src = worldSourceUrls(sources);
  const out: Statement[] = [
    {
      property: 'instance-of',
      value: { entity: facts.kind === 'country' ? 'country' : 'territory' },
      source: facts.kind === 'country' ? (src.article ?? src.iso) : src.iso,
    },
    { property: 'iso-3166-1-alpha-2', value: { code: facts.code }, source: src.iso },
  ];
  if (facts.capital) {
    if (!src.geonames) throw new Error(`${facts.code}: a capital without its GeoNames source`);
    out.push({ property: 'capital', value: facts.capital, asOf: capitalsAsOf, source: src.geonames });
  }
  if (facts.region)
    out.push({ property: 'part-of', value: { entity: regionClassId(facts.region) }, source: src.cldr });
  if (facts.sovereignId)
    out.push({ property: 'country', value: { entity: facts.sovereignId }, source: src.iso });
  if (facts.point) {
    if (!src.geonames) throw new Error(`${facts.code}: a point without its GeoNames source`);
    out.push(coordinatesStatement(facts.point, src.geonames));
  }
  return sortStatements(out);
}

/** The classes of a part of a city the pack holds: a borough (Manhattan, Iztapalapa) or a township (Soweto). */
export type PartKind = 'borough' | 'township';

export interface CityStatementFacts {
  /** The world pack id of its country. */
  countryId: string;
  /** The country's capital (or a territory's main town). */
  capital: boolean;
  /** The cities-pack id of the city it is part of (Manhattan: New York; Soweto: Johannesburg), if it is one. */
  partOf?: string;
  /** What kind of part: a borough (the default) or a township. */
  partKind?: PartKind;
  /** The population; 0 for none (GeoNames has none, or none that is the city's, or no source dates one). */
  population: number;
  /**
   * The date of the GeoNames extract: the latest date the source confirms the capital, and the population where
   * that is GeoNames' (populationAsOf unset). Not the date of a count, which GeoNames does not give (Manhattan's
   * figure was the 1990 census's).
   */
  asOf: string;
  /** The year or date of the population's count, where its source gives one (a Wikipedia page's infobox). */
  populationAsOf?: string;
  /** The page that gives the population and its year, where that is not `source`. */
  populationSource?: string;
  /** GeoNames' [lon, lat]. */
  point: readonly [number, number];
  /** The city's GeoNames page, which states all of it. */
  source: string;
}

/**
 * A city's statements: city, capital, borough or township; its country (or the country it is the capital of; a
 * borough's or township's city too); its population, dated; its point.
 */
export function cityStatements(facts: CityStatementFacts): Statement[] {
  const { source } = facts;
  const kind = facts.capital ? 'capital-city' : facts.partOf ? (facts.partKind ?? 'borough') : 'city';
  const out: Statement[] = [
    { property: 'instance-of', value: { entity: kind }, source },
    facts.capital
      ? { property: 'capital-of', value: { entity: facts.countryId }, asOf: facts.asOf, source }
      : { property: 'country', value: { entity: facts.countryId }, source },
  ];
  if (facts.partOf) out.push({ property: 'part-of', value: { entity: facts.partOf }, source });
  // GeoNames writes 0 where it has no figure (Palikir, Ngerulmud): no count, no statement.
  if (facts.population > 0)
    out.push({
      property: 'population',
      value: { quantity: facts.population },
      asOf: facts.populationAsOf ?? facts.asOf,
      source: facts.populationSource ?? source,
    });
  out.push(coordinatesStatement(facts.point, source));
  return sortStatements(out);
}

/**
 * A place's point: its `coordinates` statement (version 2) or its `coordinates` field (a version 1 pack, until
 * every pack has moved), or null.
 */
export function pointOf(entity: {
  statements?: readonly Statement[];
  coordinates?: { lat: number; lon: number };
}): { lat: number; lon: number } | null {
  for (const statement of entity.statements ?? []) {
    if (statement.property === 'coordinates' && 'coordinates' in statement.value)
      return statement.value.coordinates;
  }
  return entity.coordinates ?? null;
}
