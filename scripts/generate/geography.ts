/**
 * `npx tsx scripts/generate/geography.ts [--mirror /work/.mirror]`: generates the pack
 * assets/packs/geography.json (pack `geography`, "Seas, rivers, mountains and regions") and its notes,
 * assets/packs/curation/geography.notes.md: the physical geography a news reader meets (oceans, seas, gulfs, bays,
 * straits, rivers, lakes, mountain ranges and peaks, islands and island groups, deserts, peninsulas, plateaus,
 * plains, deltas and other named regions), read with git from one fetched snapshot, no network, no clock:
 *  - Natural Earth (public domain, "No permission is needed to use Natural Earth"), its 1:10m physical layers'
 *    attribute tables (the DBF files, names and Wikidata ids of Natural Earth 5.x, without the geometry) as the
 *    snapshot Raysphere24/NaturalEarthCsvTsv converts them to TSV (tsv_with_names/10m_physical/*.tsv; the repository
 *    states no licence of its own: it is a mechanical conversion of public-domain data, its converter code is not
 *    used). Layers: geography_marine_polys, geography_regions_polys, geography_regions_points,
 *    geography_regions_elevation_points, rivers_lake_centerlines, lakes, and the European supplements rivers_europe
 *    and lakes_europe;
 *  - the country outlines the extension draws (assets/maps/outlines.json: Natural Earth admin-0, public domain,
 *    through world-atlas, ISC), for the country of a point feature;
 *  - the bundled packs (assets/packs/*.json; a shipped generator reads no staged pack: what is there already, the world
 *    pack's countries), the worklist (assets/worklist/*.tsv: ids), the Hunspell word lists and @faker-js/faker's
 *    person names (names that are also words or people's names).
 *
 * What is in: every Natural Earth feature with a Wikidata id (`wikidataid`; features without one are left out, as
 * their names are the least checked), grouped by that id across layers, whose salience passes a threshold. Salience
 * is Natural Earth's own cartographic rank: the map zoom from which the feature is labelled (`min_label`, for point
 * layers `min_zoom`, whose zooms run POINT_STEP later than the polygons'), lower is more salient; a feature in Europe
 * (Natural Earth's `region`, or a European layer) or with its own names in at least two of Dutch, French and German
 * (exonyms: a name the press of those languages writes) counts 0.5 more salient for each, one in Antarctica 1.5
 * less. Every feature ranked at or above THRESHOLD is taken, and every marine feature (the layer holds the 268 named
 * seas, gulfs, bays and straits of a 1:10m map; the Dardanelles and Bab-el-Mandeb rank low only for their size);
 * none is taken to fill a count.
 *
 * Each entity: labels nl/en/fr/de from Natural Earth's name_XX fields (name_en required; a name in capitals, a Dutch,
 * English or German name starting lower case, one with a repeated word, and a name that is another feature's are
 * left out; a bracketed part is dropped; where name_en is a slip no other field shares, EN_FROM_NAME takes the
 * English label from Natural Earth's map name `name`; a Dutch or German label with an English class word, "Yana
 * Bay", "Quan River", is kept only for a feature whose local language is English, ENGLISH_LOCAL or a point in
 * ENGLISH_COUNTRIES); the Wikidata id from `wikidataid`; `instance-of` a class from
 * `featurecla` (the mapping is CLASS_OF; where Natural Earth's class is loose, Desert, Plateau, Plain, Coast,
 * Pen/cape…, the class is taken only where a name of the feature says it, "… Desert", "désert de …", "…wüste",
 * else the general `region`; a row whose English head noun contradicts its class, "Saint Lawrence River" as a
 * channel, is not used); for the point layers (peaks, capes, islands given as points) `coordinates` and `country`
 * where the point lies inside exactly one country's outline and at least BORDER_KM from every other outline (no
 * border peaks, no contested country); descriptions from templates in four languages ("Mountain in Italy
 * (3,343 m)", "Island in Europe", else the class alone), the continent being Natural Earth's `region`. Statements
 * cite the Natural Earth table at the snapshot's commit; the entity lists that table and, where its English name is
 * safely the page title (several words, the class's head noun, no other Natural Earth feature or bundled entity of
 * that name), the English Wikipedia page: the link is built from the English name, not read from Wikidata, except
 * the titles WIKI_TITLES sets by hand (Galápagos Islands: the first audit found those links not to be the titles).
 *
 * What is left out: features already in a bundled or staged pack (same Wikidata id, or an English name that a place
 * there has: Crimea, Donbas, Rhine, Danube, Sicily, Greenland…), continents (their names would light up in every
 * article), Natural Earth's "generic" and "spot elevation" features, the poles, Null Island, lake centre lines that
 * are not a river's, names shared by two selected features (the less salient one loses it, equal ranks both), and
 * the names DROP_NAMES lists after review (wrong or odd translations in the data). The notes list every Dutch,
 * French and German label that merely repeats Natural Earth's `name` where that differs from name_en (a slip there
 * reaches every copy: "Quan" for the Qian) with its review decision (NAME_REVIEW kept, DROP_NAMES dropped); the
 * generator warns about one not reviewed. Names that are ordinary words of their language (Hunspell nl/en/fr;
 * German nouns by the hand list GERMAN_WORDS) or of another of those languages (German "Oranje"; CROSS_LANGUAGE_OK
 * lists the harmless ones), a person's name, two letters, another entity's name or in NEEDS_CONTEXT_NAMES
 * ("Rhodes") get `needsContext`, with the class's words (and the country's names) as cues.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadWordsByLanguage, markTravellingNames, type OrdinaryWords } from '../lib/alias-languages';
import type { Alias, Entity, Lang, Pack, PackClass, Statement } from '../../src/core/kb/schema';
import { LANGUAGES } from '../../src/core/kb/schema';
import type { OutlineFile } from '../../src/core/geo/types';
import { fileDate, gitShow, headCommit, parseTsv, snapshotDir } from '../worklist/lib';
import { deIn, enCountry, frIn, nlCountry } from './lib/grammar';
import { readPackFiles } from './lib/every-politician';
import { markNeedsContext, writePack } from './lib/pack';
import { loadPersonNames } from './lib/sources';
import { sortStatements } from './lib/statements';
import { kebabId, nameKey, wikipediaPageUrl } from './lib/text';

const REVIEWED = '2026-12-05';
const OUTPUT = 'assets/packs/geography.json';
const NOTES = 'assets/packs/curation/geography.notes.md';
const BUNDLED_DIR = 'assets/packs';
const WORKLIST = 'assets/worklist';
const OUTLINES = 'assets/maps/outlines.json';
const NE_REPO = 'Raysphere24/NaturalEarthCsvTsv';
const NE_DIR = 'tsv_with_names/10m_physical';
/** Features ranked at or above this (Natural Earth's label zoom, adjusted: see the header) are taken. */
const THRESHOLD = 4.8;
/** Point layers' zooms run this much later than the polygons' (the best peak is labelled from zoom 4, the best
 * region from 0): a point counts this much more salient. */
const POINT_STEP = 1.5;
/** The marine layer: every feature of it with a Wikidata id is taken (268 named seas, gulfs, bays, straits). */
const MARINE = 'ne_10m_geography_marine_polys';
/** Marine features rank this much more salient than their label zoom, for comparing their names with others'. */
const MARINE_STEP = 3;
/** A name two selected features share stays with the more salient one only if it is this much more salient. */
const NAME_MARGIN = 1;
/** A point this close to another country's outline is on or near a border: no country is given. */
const BORDER_KM = 10;

// ---------------------------------------------------------------------------------------------------------------
// Layers and classes

type Family = 'marine' | 'fresh' | 'river' | 'land';

interface Layer {
  file: string;
  title: string;
  /** The field that gives the label zoom. */
  rank: 'min_label' | 'min_zoom';
  point: boolean;
  europe: boolean;
}

const LAYERS: Layer[] = [
  {
    file: 'ne_10m_geography_marine_polys',
    title: 'marine areas',
    rank: 'min_label',
    point: false,
    europe: false,
  },
  { file: 'ne_10m_rivers_lake_centerlines', title: 'rivers', rank: 'min_label', point: false, europe: false },
  { file: 'ne_10m_rivers_europe', title: 'rivers, Europe', rank: 'min_label', point: false, europe: true },
  { file: 'ne_10m_lakes', title: 'lakes', rank: 'min_label', point: false, europe: false },
  { file: 'ne_10m_lakes_europe', title: 'lakes, Europe', rank: 'min_label', point: false, europe: true },
  {
    file: 'ne_10m_geography_regions_polys',
    title: 'physical regions',
    rank: 'min_label',
    point: false,
    europe: false,
  },
  {
    file: 'ne_10m_geography_regions_points',
    title: 'physical points',
    rank: 'min_zoom',
    point: true,
    europe: false,
  },
  {
    file: 'ne_10m_geography_regions_elevation_points',
    title: 'elevation points',
    rank: 'min_zoom',
    point: true,
    europe: false,
  },
];

const cls = (
  id: string,
  labels: Record<Lang, string>,
  gender: PackClass['gender'],
  family: Family,
): PackClass & { family: Family } => ({
  id,
  qid: null,
  kind: 'class',
  labels,
  femaleLabels: {},
  gender,
  sources: [],
  family,
});

/** Classes this pack defines (the bundled packs lack them). */
const OWN_CLASSES = [
  cls(
    'ocean',
    { nl: 'oceaan', en: 'ocean', fr: 'océan', de: 'Ozean' },
    { nl: 'de', fr: 'm', de: 'm' },
    'marine',
  ),
  cls('bay', { nl: 'baai', en: 'bay', fr: 'baie', de: 'Bucht' }, { nl: 'de', fr: 'f', de: 'f' }, 'marine'),
  cls(
    'sound',
    { nl: 'zeearm', en: 'sound', fr: 'bras de mer', de: 'Sund' },
    { nl: 'de', fr: 'm', de: 'm' },
    'marine',
  ),
  cls(
    'fjord',
    { nl: 'fjord', en: 'fjord', fr: 'fjord', de: 'Fjord' },
    { nl: 'de', fr: 'm', de: 'm' },
    'marine',
  ),
  cls(
    'lagoon',
    { nl: 'lagune', en: 'lagoon', fr: 'lagune', de: 'Lagune' },
    { nl: 'de', fr: 'f', de: 'f' },
    'marine',
  ),
  cls('reef', { nl: 'rif', en: 'reef', fr: 'récif', de: 'Riff' }, { nl: 'het', fr: 'm', de: 'n' }, 'marine'),
  cls('lake', { nl: 'meer', en: 'lake', fr: 'lac', de: 'See' }, { nl: 'het', fr: 'm', de: 'm' }, 'fresh'),
  cls(
    'reservoir',
    { nl: 'stuwmeer', en: 'reservoir', fr: 'lac de barrage', de: 'Stausee' },
    { nl: 'het', fr: 'm', de: 'm' },
    'fresh',
  ),
  cls(
    'mountain-range',
    { nl: 'gebergte', en: 'mountain range', fr: 'chaîne de montagnes', de: 'Gebirge' },
    { nl: 'het', fr: 'f', de: 'n' },
    'land',
  ),
  cls(
    'mountain',
    { nl: 'berg', en: 'mountain', fr: 'montagne', de: 'Berg' },
    { nl: 'de', fr: 'f', de: 'm' },
    'land',
  ),
  cls(
    'mountain-pass',
    { nl: 'bergpas', en: 'mountain pass', fr: 'col', de: 'Pass' },
    { nl: 'de', fr: 'm', de: 'm' },
    'land',
  ),
  cls(
    'island-group',
    { nl: 'eilandengroep', en: 'island group', fr: 'archipel', de: 'Inselgruppe' },
    { nl: 'de', fr: 'm', de: 'f' },
    'land',
  ),
  cls(
    'desert',
    { nl: 'woestijn', en: 'desert', fr: 'désert', de: 'Wüste' },
    { nl: 'de', fr: 'm', de: 'f' },
    'land',
  ),
  cls('cape', { nl: 'kaap', en: 'cape', fr: 'cap', de: 'Kap' }, { nl: 'de', fr: 'm', de: 'n' }, 'land'),
  cls('coast', { nl: 'kust', en: 'coast', fr: 'côte', de: 'Küste' }, { nl: 'de', fr: 'f', de: 'f' }, 'land'),
  cls(
    'plain',
    { nl: 'vlakte', en: 'plain', fr: 'plaine', de: 'Ebene' },
    { nl: 'de', fr: 'f', de: 'f' },
    'land',
  ),
  cls(
    'basin',
    { nl: 'bekken', en: 'basin', fr: 'bassin', de: 'Becken' },
    { nl: 'het', fr: 'm', de: 'n' },
    'land',
  ),
  cls(
    'river-delta',
    { nl: 'delta', en: 'river delta', fr: 'delta', de: 'Delta' },
    { nl: 'de', fr: 'm', de: 'n' },
    'land',
  ),
  cls(
    'valley',
    { nl: 'vallei', en: 'valley', fr: 'vallée', de: 'Tal' },
    { nl: 'de', fr: 'f', de: 'n' },
    'land',
  ),
  cls(
    'isthmus',
    { nl: 'landengte', en: 'isthmus', fr: 'isthme', de: 'Landenge' },
    { nl: 'de', fr: 'm', de: 'f' },
    'land',
  ),
  cls(
    'depression',
    { nl: 'laagte', en: 'depression', fr: 'dépression', de: 'Senke' },
    { nl: 'de', fr: 'f', de: 'f' },
    'land',
  ),
  cls(
    'waterfall',
    { nl: 'waterval', en: 'waterfall', fr: "chute d'eau", de: 'Wasserfall' },
    { nl: 'de', fr: 'f', de: 'm' },
    'river',
  ),
];

/** Classes of the bundled packs this pack points at, with their family (labels are read from the packs). */
const BUNDLED_CLASSES: Record<string, Family> = {
  sea: 'marine',
  gulf: 'marine',
  strait: 'marine',
  river: 'river',
  canal: 'river',
  island: 'land',
  peninsula: 'land',
  plateau: 'land',
  region: 'land',
};

/**
 * Natural Earth's `featurecla` (per layer kind) → class. A `confirm` class is taken only where a name says it
 * (CONFIRM), else `region`; null leaves the row out.
 */
type ClassRule = { id: string; confirm?: boolean } | null;
const CLASS_OF: Record<string, ClassRule> = {
  // geography_marine_polys
  ocean: { id: 'ocean' },
  sea: { id: 'sea' },
  gulf: { id: 'gulf' },
  bay: { id: 'bay' },
  strait: { id: 'strait' },
  channel: { id: 'strait' },
  sound: { id: 'sound' },
  fjord: { id: 'fjord', confirm: true },
  lagoon: { id: 'lagoon', confirm: true },
  reef: { id: 'reef' },
  river: { id: 'river' },
  generic: null,
  inlet: null,
  // rivers and lakes
  River: { id: 'river' },
  'River (Intermittent)': { id: 'river' },
  'Intermittent River': { id: 'river' },
  Canal: { id: 'canal' },
  'Lake Centerline': { id: 'river' },
  Lake: { id: 'lake' },
  'Alkaline Lake': { id: 'lake' },
  Reservoir: { id: 'reservoir' },
  // geography_regions_polys
  Island: { id: 'island' },
  'Island group': { id: 'island-group' },
  'Range/mtn': { id: 'mountain-range' },
  Peninsula: { id: 'peninsula' },
  'Pen/cape': { id: 'peninsula', confirm: true },
  Plateau: { id: 'plateau', confirm: true },
  Desert: { id: 'desert', confirm: true },
  Plain: { id: 'plain', confirm: true },
  Basin: { id: 'basin', confirm: true },
  Delta: { id: 'river-delta', confirm: true },
  Valley: { id: 'valley', confirm: true },
  Coast: { id: 'coast', confirm: true },
  Isthmus: { id: 'isthmus', confirm: true },
  Depression: { id: 'depression', confirm: true },
  Geoarea: { id: 'region' },
  Lowland: { id: 'region' },
  Tundra: { id: 'region' },
  Foothills: { id: 'region' },
  Wetlands: { id: 'region' },
  Gorge: { id: 'region' },
  Continent: null,
  'Dragons-be-here': null,
  // geography_regions_points, geography_regions_elevation_points
  island: { id: 'island' },
  'island group': { id: 'island-group' },
  cape: { id: 'cape' },
  waterfall: { id: 'waterfall' },
  pole: null,
  plain: { id: 'plain', confirm: true },
  mountain: { id: 'mountain' },
  'spot elevation': null,
  depression: { id: 'depression', confirm: true },
  plateau: { id: 'plateau', confirm: true },
  pass: { id: 'mountain-pass' },
};

/** Words in a feature's names (per language, folded) that confirm a loose class. */
const CONFIRM: Record<string, Partial<Record<Lang, RegExp>>> = {
  desert: { en: /\bdesert\b/, nl: /woestijn/, fr: /\bdesert\b/, de: /wuste\b/ },
  plateau: {
    en: /\b(plateau|highlands?|uplands?|tableland)\b/,
    nl: /(plateau|hoogvlakte|hoogland)/,
    fr: /\b(plateau|hauts plateaux)\b/,
    de: /(plateau|hochebene|hochland|platte)\b/,
  },
  plain: {
    en: /\b(plain|plains|steppe|lowlands?)\b/,
    nl: /(vlakte|laagland|steppe)\b/,
    fr: /\b(plaine|plaines|steppe)\b/,
    de: /(ebene|tiefland|tiefebene|steppe)\b/,
  },
  basin: { en: /\bbasin\b/, nl: /bekken\b/, fr: /\bbassin\b/, de: /becken\b/ },
  'river-delta': { en: /\bdelta\b/, nl: /delta\b/, fr: /\bdelta\b/, de: /delta\b/ },
  valley: { en: /\b(valley|vale)\b/, nl: /(vallei|dal)\b/, fr: /\bvallee\b/, de: /tal\b/ },
  coast: { en: /\bcoast\b/, nl: /kust\b/, fr: /\bcote\b/, de: /kuste\b/ },
  isthmus: { en: /\bisthmus\b/, nl: /landengte/, fr: /\bisthme\b/, de: /landenge/ },
  depression: {
    en: /\bdepression\b/,
    nl: /(depressie|laagte)\b/,
    fr: /\bdepression\b/,
    de: /(senke|depression)\b/,
  },
  peninsula: {
    en: /\bpeninsula\b/,
    nl: /schiereiland/,
    fr: /\b(peninsule|presqu'ile)\b/,
    de: /halbinsel/,
  },
  cape: { en: /^(cape|cabo|cap|capo)\b/, nl: /^kaap\b/, fr: /^cap\b/, de: /^kap\b/ },
  fjord: { en: /fjord/, nl: /fjord/, fr: /fjord/, de: /fjord/ },
  lagoon: { en: /\blagoon\b/, nl: /lagune/, fr: /\blagune\b/, de: /(lagune|haff)\b/ },
};

/**
 * English head nouns (the first word of "Gulf of …", else the last) and the family they name. A row whose head noun
 * names another family than its class (a river named as a channel) is not used.
 */
const HEAD_FAMILY: Record<string, Family> = {
  sea: 'marine',
  seas: 'marine',
  ocean: 'marine',
  gulf: 'marine',
  bay: 'marine',
  bight: 'marine',
  strait: 'marine',
  straits: 'marine',
  channel: 'marine',
  passage: 'marine',
  sound: 'marine',
  fjord: 'marine',
  inlet: 'marine',
  lagoon: 'marine',
  lake: 'fresh',
  lakes: 'fresh',
  reservoir: 'fresh',
  river: 'river',
  canal: 'river',
  falls: 'river',
  island: 'land',
  islands: 'land',
  isle: 'land',
  mountains: 'land',
  mountain: 'land',
  mount: 'land',
  range: 'land',
  desert: 'land',
  peninsula: 'land',
  plateau: 'land',
  basin: 'land',
  delta: 'land',
  valley: 'land',
  plain: 'land',
  coast: 'land',
};

/** English head nouns that name a class, for a marine row whose loose class no name says. */
const HEAD_CLASS: Record<string, string> = {
  sea: 'sea',
  gulf: 'gulf',
  bay: 'bay',
  strait: 'strait',
  channel: 'strait',
  sound: 'sound',
  lake: 'lake',
  lakes: 'lake',
};

/** Words of countries' names that are not their own ("Republic of the …"). */
const COUNTRY_GENERIC = new Set(
  'republic of the democratic people s peoples kingdom united federal islamic state states federation union and de la le du des l d van het der die von republik demokratische republique democratique volksrepubliek democratische republiek'.split(
    ' ',
  ),
);

/** A lagoon is named as a lake or a sea alike. */
const FAMILY_ALSO: Record<string, Family[]> = { lagoon: ['marine', 'fresh'], waterfall: ['river'] };

/**
 * Words that name a lake in each language. The lakes layers' name_xx fields are often the bare specific part
 * ("Superior", "Winnipeg", "Victoria"), which as a name would link the wrong thing: a lake's label in a language is
 * kept only where it has such a word, or is the English label itself ("Vänern"). The English label is the layer's
 * own map name (`name`: "Lake Superior", "Great Bear Lake", "Rybinsk Reservoir").
 */
const LAKE_WORDS: Record<Lang, RegExp> = {
  en: /\b(lake|lakes|reservoir|sea|loch|lough|lagoon)\b/,
  nl: /(meer|meren|plas|zee|lagune)\b/,
  fr: /\b(lac|lacs|reservoir|mer|lagune|etang)\b/,
  de: /(see|seen|meer|haff|stausee|talsperre)\b/,
};

/**
 * Class words per language. Where the English name has its class's word ("Caucasus Mountains", "Palawan Island")
 * and another language's name has none ("Caucase", "Palawan"), that bare name also names a region, a province or a
 * town: it is not used.
 */
const CLASS_WORDS: Record<string, Record<Lang, RegExp>> = {
  'mountain-range': {
    en: /\b(mountains|range|ranges)\b/,
    nl: /(gebergte|bergen|bergland|keten|alpen)/,
    fr: /\b(monts?|chaine|chaines|massif|cordillere|montagnes|alpes)\b/,
    de: /(gebirge|berge|kette|bergland|alpen)/,
  },
  peninsula: { en: /\bpeninsula\b/, nl: /schiereiland/, fr: /\b(peninsule|presqu'ile)\b/, de: /halbinsel/ },
  desert: { en: /\bdesert\b/, nl: /woestijn/, fr: /\bdesert\b/, de: /wuste/ },
  plateau: {
    en: /\b(plateau|highlands?|uplands?)\b/,
    nl: /(plateau|hoogvlakte|hoogland|bergland)/,
    fr: /\b(plateau|hauts|hautes)\b/,
    de: /(plateau|hochebene|hochland|platte|bergland)/,
  },
  island: { en: /\b(island|isle)\b/, nl: /eiland/, fr: /\b(ile|isla)\b/, de: /insel/ },
  'island-group': {
    en: /\b(islands|isles|archipelago)\b/,
    nl: /(eilanden|archipel)/,
    fr: /\b(iles|archipel)\b/,
    de: /(inseln|archipel)/,
  },
};

/** Natural Earth's `region` in four languages, for "Island in Europe". */
const CONTINENTS: Record<string, Record<Lang, string>> = {
  Africa: { nl: 'Afrika', en: 'Africa', fr: 'Afrique', de: 'Afrika' },
  Asia: { nl: 'Azië', en: 'Asia', fr: 'Asie', de: 'Asien' },
  Europe: { nl: 'Europa', en: 'Europe', fr: 'Europe', de: 'Europa' },
  'North America': { nl: 'Noord-Amerika', en: 'North America', fr: 'Amérique du Nord', de: 'Nordamerika' },
  'South America': { nl: 'Zuid-Amerika', en: 'South America', fr: 'Amérique du Sud', de: 'Südamerika' },
  Oceania: { nl: 'Oceanië', en: 'Oceania', fr: 'Océanie', de: 'Ozeanien' },
  Antarctica: { nl: 'Antarctica', en: 'Antarctica', fr: 'Antarctique', de: 'Antarktika' },
};
/** "in Europe": French takes en/dans by name. */
const FR_IN_CONTINENT: Record<string, string> = {
  Africa: 'en Afrique',
  Asia: 'en Asie',
  Europe: 'en Europe',
  'North America': 'en Amérique du Nord',
  'South America': 'en Amérique du Sud',
  Oceania: 'en Océanie',
  Antarctica: 'en Antarctique',
};

/**
 * German nouns among the selected one-word German names (German capitalises its nouns, and no German word list
 * is installed): they need context. Checked by hand against the pack's one-word German labels.
 */
const GERMAN_WORDS = new Set<string>(['oder', 'burgplatz', 'nordinsel', 'sudinsel']);

/**
 * Other one-word names the review found shared with something the news names more often (a university, a city, a
 * surname, a newspaper): they need context too.
 */
const NEEDS_CONTEXT_NAMES = new Set<string>([
  'columbia',
  'malden',
  'batu',
  'marra',
  'qian',
  'noordereiland',
  'komsomolets',
  'bolsjevik',
  // The surname (Cecil Rhodes, Ben Rhodes) and the island's town, as English and French write them.
  'rhodes',
]);

/**
 * One-word names that are an ordinary word of another language (the Hunspell lists of nl/en/fr) but need no
 * context in their own: German names that are French adjectives of the same place ("anatolien") or a French word
 * German articles do not use ("dalmatien", the dog). The name does not travel into the other language's articles
 * (markTravellingNames), so the word cannot be matched there. Every other such name needs context: German "Oranje"
 * (the Orange River) is, in German news, the Dutch national team.
 */
const CROSS_LANGUAGE_OK = new Set<string>([
  'melanesien',
  'anatolien',
  'mesopotamien',
  'dalmatien',
  // French forms the inflected word lists hold (session 26), "balisée" (marked out) and "sont" (are): German and
  // Dutch articles do not write them, and the names (German "Balisee", Dutch "Sont") stay out of French ones.
  'balisee',
  'sont',
]);

/**
 * Names that are an inflected form of a rare word (the Hunspell lists with nspell, session 26): the plurals of "alp"
 * and "alpe" (a mountain pasture) and "llano", French "indus" (undue) and "sudètes" (of the same range). The capital
 * makes them the name, which the news writes far more often; they need no context in any language.
 */
const NAMES_NOT_WORDS = new Set<string>(['alps', 'alpen', 'alpes', 'llanos', 'indus', 'sudetes']);

/**
 * Packs generated after this one with it bundled: they hold the names they share with it as another reading (with
 * context: the Sudanese state White Nile, the town Schwedt's German "Oder"). Their names are not read back, lest this
 * pack leave out its features for names those packs yielded to it; their ids and Wikidata ids are.
 */
const MADE_AFTER = new Set(['packs/towns.json', 'packs/regions-world.json']);

/**
 * Names left out after review, by Wikidata id and language (the data's translation is wrong or not a name the
 * press writes); `*` leaves the entity out. Each with the reason.
 */
const DROP_NAMES: Record<string, Partial<Record<Lang | '*', string>>> = {
  Q23836082: { '*': 'English name "Ahag" is a truncation (the other languages: Ahaggar)' },
  Q2831049: { nl: '"Sarmiento" is not a name of George VI Sound' },
  Q4169149: { nl: '"Seno Skyring" is another sound\'s name' },
  Q7450889: { nl: '"Senlin Shan" is not a name of Seno Skyring' },
  Q192305: { de: '"Zentralindien" (central India) is not the Indo-Gangetic Plain' },
  Q208807: { de: '"Guayana" names a region of Venezuela and the Guianas more often than the highlands' },
  Q31945: { fr: '"Arabie" is how French shortens Saudi Arabia' },
  Q1108926: { fr: '"Katanga" names the former province in French news, not the plateau' },
  Q3593416: { '*': 'names in the data are odd ("Mainland Tasmania", Dutch "Île de Tasmanie")' },
  Q380307: { '*': 'Labrador is filed as an island; it is mainland' },
  Q15076349: { de: '"Sankt Pierre und Miquelon" is the territory, not the island' },
  Q306147: {
    nl: '"Channel Islands" names the British islands more often',
    de: '"Kanalinseln" names the British islands more often',
  },
  Q19742: { nl: '"Yarlung Tsangpo" is the river\'s name, not the canyon\'s' },
  Q1031793: { nl: '"Central Valley" names the Californian valley' },
  Q1914: { de: '"Republik Karelien" is the Russian republic, not the region' },
  Q786792: { fr: '"Azov height" is not French' },
  Q7448930: { nl: '"Selvas" is not a name of the Selwyn Mountains' },
  // After the first audit (geography.audit.md): labels that copy Natural Earth's `name` field (see NAME_REVIEW).
  Q2509519: {
    nl: '"Quan" is a slip in Natural Earth\'s `name` field; the river is the Qian (黔江, fr "Qian", ru Цяньцзян)',
    de: '"Quan River" is the same slip with an English class word',
  },
  Q7208042: {
    nl: '"Cape Hope" (Natural Earth\'s `name`) is not a name of Point Hope',
    fr: '"Kap Hope" is the German form of that name, neither French nor a name of Point Hope',
    de: '"Cape Hope" (Natural Earth\'s `name`) is not a name of Point Hope',
  },
  Q2076850: { nl: '"Gharraf Canal" is an English form (Natural Earth\'s `name`), not Dutch' },
  Q639478: {
    nl: '"Braço Menor" is a Portuguese description ("the smaller branch"), not the river\'s name (Javaés)',
    fr: '"Braço Menor do Araguaia" is a Portuguese description, not the river\'s name (Javaés)',
  },
  Q2016601: {
    nl: '"Bol\'shezemel\'skaya Tundra" is an English transliteration, not Dutch',
    fr: '"Bol\'shezemel\'skaya Tundra" is an English transliteration, not French',
  },
  Q2639916: {
    fr: '"Ozero Mogotoyevo" is an English transliteration (ozero: lake), not French',
    de: '"Ozero Mogotoyevo" is an English transliteration (ozero: lake), not German',
  },
  Q4539001: {
    nl: '"Ozero Yarroto Vtoroye" is an English transliteration, not Dutch',
    fr: '"Ozero Yarroto Vtoroye" is an English transliteration, not French',
    de: '"Ozero Yarroto Vtoroye" is an English transliteration, not German',
  },
  Q4538999: {
    nl: '"Ozero Yarroto Pervoye" is an English transliteration, not Dutch',
    fr: '"Ozero Yarroto Pervoye" is an English transliteration, not French',
    de: '"Ozero Yarroto Pervoye" is an English transliteration, not German',
  },
  Q1774501: {
    fr: '"Ozero Nerpich\'ye" is an English transliteration, not French',
    de: '"Ozero Nerpich\'ye" is an English transliteration, not German',
  },
  Q4230794: {
    fr: '"Gora Konzhakovskiy Kamen" is an English transliteration with gora (mountain), not French',
    de: '"Gora Konzhakovskiy Kamen" is an English transliteration with gora (mountain), not German',
  },
  Q1953957: { fr: '"Gora Mus-Khaya" is an English transliteration with gora (mountain), not French' },
  Q1807196: {
    de: '"North Slope" is an English name (Natural Earth\'s `name`), also the borough\'s; the English label says Alaska North Slope',
  },
  Q682334: {
    de: '"Altun" is the bare first word of "Altun Mts." (Natural Earth\'s `name`), not a name of the range',
  },
  Q7666170: {
    fr: '"Shiquan" is the bare first word of the Chinese name (Shiquan He), also a county\'s name',
  },
  Q2937092: {
    de: '"Cap Saint André" is the French colonial name in French spelling, neither German nor the local name',
  },
  Q2946767: {
    de: '"Cerro Nube Flan" repeats Natural Earth\'s `name`; the local language (es) and English write "Flane"',
  },
  Q22071997: {
    nl: '"Serra da Mantiquiera" is a misspelling (Natural Earth\'s name_en), the name is Serra da Mantiqueira',
  },
  Q5189745: {
    '*': 'the English and Dutch names, "Cruach nam Miseag", are a hill\'s: the Wikidata id is not the Grampian Mountains\'',
  },
  Q22529966: {
    '*': 'the English and Dutch names, "Columbia Kootenay Mountain", are one mountain\'s: the Wikidata id is not the Columbia Mountains\'',
  },
};

/**
 * Features whose English label is Natural Earth's own map name (`name`) instead of name_en, where name_en is a slip
 * that no other language field shares: "Enugu Nigeria" for the Niger Delta (Nigerdelta, delta du Niger…),
 * "Serra da Mantiquiera" (pt, fr, de, it: Mantiqueira), "Tikahtnu Inlet" for Cook Inlet (nl, de, hu, sv: Cook Inlet).
 */
const EN_FROM_NAME: Record<string, string> = {
  Q29412:
    'name_en "Enugu Nigeria" is not the delta\'s name; every other language field names the Niger Delta',
  Q22071997: 'name_en "Serra da Mantiquiera" is misspelt; `name`, pt, fr, de and it write Mantiqueira',
  Q1129590:
    'name_en "Tikahtnu Inlet" is in no other language field; `name`, nl, de, hu and sv write Cook Inlet',
};

/**
 * English Wikipedia titles that differ from the English label (the first audit found these links not to be the
 * pages' own titles). Every other link is built from the English label (safeTitle).
 */
const WIKI_TITLES: Record<string, string> = {
  Q38095: 'Galápagos Islands',
  Q213237: 'Valdés Peninsula',
  Q27577106: 'Jaluit Atoll',
};

/**
 * Labels that merely repeat Natural Earth's `name` field where `name` differs from name_en (class words aside):
 * kept after review, each with the reason (the ones dropped are in DROP_NAMES). The generator lists every such
 * label in the notes with its decision, and warns about any not reviewed.
 */
const NAME_REVIEW: Record<string, Partial<Record<Lang, string>>> = {
  Q134750: { nl: "the river's English name written out (en: St. Lawrence)" },
  Q61304: { de: 'the local (Spanish) name' },
  Q23522: { nl: 'the Dutch name (de Balkan)' },
  Q12722938: {
    nl: 'the local (Romanian) name of the Danube branch',
    fr: 'the local (Romanian) name of the Danube branch',
    de: 'the local (Romanian) name of the Danube branch',
  },
  Q1129590: {
    nl: 'the name (Cook Inlet), now also the English label',
    de: 'the name (Cook Inlet), now also the English label',
  },
  Q210118: {
    nl: 'the French name, used in Dutch',
    fr: 'the French name',
    de: 'the French name, used in German',
  },
  Q80299: { fr: 'the local (Spanish) name', de: 'the local (Spanish) name' },
  Q1459954: { de: 'the local (Spanish) name' },
  Q2272405: { de: 'the local (Spanish) name (first audit: ok)' },
  Q426453: { nl: 'the local (Greenlandic) name', de: 'the local (Greenlandic) name' },
  Q1537157: { de: 'the Chinese name (first audit: ok)' },
  Q4062402: {
    nl: 'the local name of the peak',
    fr: 'the local name of the peak',
    de: 'the local name of the peak',
  },
  Q29412: { fr: 'the French name (delta du Niger)' },
  Q3334104: { nl: "the river's name in Myanmar (N'Mai Hka)", fr: "the river's name in Myanmar (N'Mai Hka)" },
  Q4103: { de: 'the local (Portuguese) name' },
  Q1516443: { nl: "the lake's own (French) name, as in English" },
  Q1037396: { de: 'the Chinese name (feng: peak)' },
  Q120314: { nl: 'the Chinese name', de: 'the Chinese name' },
  Q14081: { nl: "the mountain's name", de: "the mountain's name" },
  Q27577613: { nl: "the atoll's name (needs context)", fr: "the atoll's name (needs context)" },
  Q2937092: { fr: 'the French name' },
  Q29613993: { nl: 'the Chinese name', fr: 'the Chinese name', de: 'the Chinese name' },
  Q6798636: { fr: 'the Chinese name', de: 'the Chinese name (in pinyin with tone marks)' },
  Q963259: { nl: 'the local (Portuguese) name', de: 'the local (Portuguese) name' },
  Q118821: { nl: 'the local (Spanish) name without "Isla"' },
  Q84127: { fr: 'the French name (Quebec)' },
  Q746524: {
    nl: 'the local (Romanian) name',
    fr: 'the local (Romanian) name',
    de: 'the local (Romanian) name',
  },
  Q4198: { de: 'the German name' },
  Q15277375: { nl: 'the local (Mongolian) name', de: 'the local (Mongolian) name' },
  Q183963: { fr: 'the French name (French Polynesia)' },
  Q1898305: { fr: 'the French name' },
  Q584279: { fr: 'the French name' },
  Q20191405: { de: 'the same name without the long-vowel marks' },
  Q27577510: { nl: "the atoll's other spelling (Ailinglapalap)" },
  Q26080: { nl: 'the Dutch name' },
  Q317006: { de: 'the German name' },
  Q1555073: { fr: 'the local name (bulu: mountain)' },
  Q187315: { fr: 'the Malay name (first audit: ok)', de: 'the Malay name (first audit: ok)' },
  Q22020149: { nl: "the island's name", de: "the island's name" },
  Q22027674: {
    fr: 'the local (Portuguese) name (pico: peak)',
    de: 'the local (Portuguese) name (pico: peak)',
  },
  Q233836: { fr: 'the local (Spanish) name', de: 'the local (Spanish) name' },
  Q24841936: {
    fr: 'the form of the local language\'s field (name_id "Buku Sulat"); the English label\'s "Saolat" is unconfirmed',
    de: 'the form of the local language\'s field (name_id "Buku Sulat"); the English label\'s "Saolat" is unconfirmed',
  },
  Q2568708: { de: "the volcano's name, German word order (Vulkan Milna)" },
  Q312770: { fr: 'the local (Spanish) name in French spelling', de: 'the local (Spanish) name' },
  Q500275: { nl: "the mountain's name", fr: "the mountain's name", de: "the mountain's name" },
  Q6203420: { nl: 'the Chinese name', fr: 'the Chinese name', de: 'the Chinese name' },
  Q82613: { nl: 'the Indonesian name (first audit: ok)', de: 'the Indonesian name (first audit: ok)' },
  Q14668: { nl: "the mountain's name" },
  Q216035: { nl: 'the Finnish name' },
  Q62467: { fr: 'the French (and Catalan) name' },
  Q6578056: { fr: 'the Turkish name (first audit: ok)', de: 'the Turkish name (first audit: ok)' },
  Q83659: { de: 'the Greek name (first audit: ok)' },
  Q1031793: { de: 'the local (Spanish) name' },
  Q1321468: { de: 'the German form of "Ozark Plateau"' },
  Q22071997: { fr: 'the name, now also the English label', de: 'the name, now also the English label' },
};

/**
 * English class words in a Dutch or German label ("Yana Bay", "Laccadive Sea", "Cape Delgado", "Quan River"):
 * Dutch and German write such a name only for a feature whose local language is English. The label is kept where
 * the feature's point lies in one of ENGLISH_COUNTRIES, or the feature is in ENGLISH_LOCAL (checked by hand: in the
 * United States, Canada, the United Kingdom, Australia, New Zealand or Liberia); elsewhere it is dropped and the
 * card falls back to the English label.
 */
const ENGLISH_CLASS_WORD =
  /[\s-](River|Rivers|Lake|Lakes|Mountains|Island|Islands|Sea|Gulf|Bay|Cape|Strait|Straits)$|^(Cape|Gulf of|Bay of|Sea of|Strait of|Lake) /;
const ENGLISH_COUNTRIES = new Set(['US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'LR']);
const ENGLISH_LOCAL = new Set<string>([
  // Canada
  'Q3040', // Hudson Bay
  'Q37040', // Baffin Bay
  'Q223810', // James Bay
  'Q1135336', // M'Clure Strait
  'Q1165951', // Ungava Bay
  'Q181857', // Bay of Fundy
  'Q919520', // Gulf of Boothia
  'Q1004067', // Frobisher Bay
  'Q1166530', // Darnley Bay
  'Q156271', // Prince of Wales Strait
  'Q5491299', // Franklin Bay
  'Q6543624', // Liddon Gulf
  'Q691945', // Fury and Hecla Strait
  'Q1796011', // Queen Charlotte Strait
  'Q2539134', // Wager Bay
  'Q8040226', // Wynniatt Bay
  'Q188489', // Cape Breton Island (nl "Cape Bretoneiland")
  'Q898989', // Bras d'Or Lake
  'Q1089891', // Churchill Lake
  'Q7359166', // Scott Lake
  'Q22423345', // Husky Lakes
  // Canada and the United States
  'Q2097617', // Salish Sea
  'Q5170043', // Cordova Bay
  'Q2937102', // Cape Sable
  // United States
  'Q216868', // Chesapeake Bay
  'Q917872', // Bristol Bay
  'Q49152', // Cape Cod
  'Q978032', // Cape Hatteras
  'Q1034413', // Cape Fear
  'Q3518981', // Teshekpuk Lake
  'Q584588', // Monterey Bay
  'Q738808', // Delaware Bay
  'Q959127', // Massachusetts Bay
  // United Kingdom
  'Q1971856', // Sea of the Hebrides
  // Australia
  'Q1503116', // Geographe Bay
  'Q1706655', // Joseph Bonaparte Gulf
  'Q217487', // Shark Bay
  'Q21890573', // Lake Eyre North
  'Q1034320', // Cape Byron
  'Q838457', // Cape Otway
  // New Zealand
  'Q140290', // Bay of Plenty
  // Liberia
  'Q1034489', // Cape Palmas
]);

// ---------------------------------------------------------------------------------------------------------------
// Reading

interface Row {
  layer: Layer;
  cla: string;
  qid: string;
  rank: number;
  name: string;
  alt: string;
  names: Partial<Record<Lang, string>>;
  /** Latin-script names in other languages, for checking the English one. */
  others: string[];
  region: string;
  lat: number | null;
  lon: number | null;
  elevation: number | null;
}

function readRows(dir: string, commit: string): { rows: Row[]; dates: Map<string, string> } {
  const rows: Row[] = [];
  const dates = new Map<string, string>();
  for (const layer of LAYERS) {
    const path = `${NE_DIR}/${layer.file}.tsv`;
    const text = gitShow(dir, commit, path);
    if (text === null) throw new Error(`${NE_REPO}: no ${path}`);
    dates.set(layer.file, fileDate(dir, commit, path));
    for (const raw of parseTsv(text)) {
      const r = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k.toLowerCase(), v.trim()]));
      const qid = r.wikidataid ?? '';
      if (!/^Q[1-9]\d*$/.test(qid)) continue;
      const num = (value: string | undefined) =>
        value !== undefined && value !== '' && Number.isFinite(Number(value)) ? Number(value) : null;
      rows.push({
        layer,
        cla: r.featurecla ?? '',
        qid,
        rank: num(r[layer.rank]) ?? 99,
        name: r.name ?? '',
        alt: r.namealt ?? r.name_alt ?? '',
        names: { nl: r.name_nl, en: r.name_en, fr: r.name_fr, de: r.name_de },
        others: ['name_es', 'name_it', 'name_pt', 'name_sv', 'name_pl', 'name_hu', 'name_id', 'name_tr']
          .map((k) => r[k] ?? '')
          .filter((v) => v !== ''),
        region: r.region ?? '',
        lat: layer.point ? num(r.lat_y) : null,
        lon: layer.point ? num(r.long_x) : null,
        elevation: num(r.elevation),
      });
    }
  }
  return { rows, dates };
}

// ---------------------------------------------------------------------------------------------------------------
// Names

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase();

const GENERIC = new Set(
  'sea seas ocean gulf bay bight strait straits channel passage sound fjord inlet lagoon lake lakes reservoir river canal island islands isle isles i is mountains mountain mount mt mts range desert peninsula pen plateau plat basin delta valley plain plains coast cape of the and de del della di du des la le les el al da do dos das north south east west northern southern eastern western great upper lower'.split(
    ' ',
  ),
);

function tokens(text: string): string[] {
  return fold(text)
    .split(/[^a-z0-9']+/)
    .map((t) => t.replace(/^'+|'+$/g, ''))
    .filter((t) => t.length >= 3 && !GENERIC.has(t));
}

/**
 * Whether two names share a word (the same, or one letter longer: "Balkan", "Balkans"), or one's letters contain
 * all of the other's ("Kyzyl Kum", "Kyzylkum"). Class words do not count.
 */
function related(a: string, b: string): boolean {
  const ta = tokens(a);
  const tb = tokens(b);
  if (ta.length === 0 || tb.length === 0) return true;
  for (const x of ta)
    for (const y of tb) {
      const [short, long] = x.length <= y.length ? [x, y] : [y, x];
      if (long.startsWith(short) && long.length - short.length <= 1) return true;
    }
  const ja = ta.join('');
  const jb = tb.join('');
  return (jb.length >= 5 && ja.includes(jb)) || (ja.length >= 5 && jb.includes(ja));
}

/** A name as a label, or null where it is not one: capitals only, lower case first (not French), a repeated word. */
function cleanName(raw: string | undefined, lang: Lang): string | null {
  if (!raw) return null;
  let name = raw
    .replace(/\s*\([^)]*\)\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (name === '' || /[()[\]{}?!;/\\|]/.test(name) || /\d/.test(name)) return null;
  if (!/\p{Ll}/u.test(name)) return null;
  if (/^\p{Ll}/u.test(name)) {
    if (lang === 'en') name = name.charAt(0).toUpperCase() + name.slice(1);
    else if (lang !== 'fr') return null;
  }
  const words = fold(name).split(/\s+/);
  if (words.some((w, i) => i > 0 && w === words[i - 1])) return null;
  return name;
}

const isLake = (row: Row) => row.layer.file.startsWith('ne_10m_lakes');

/**
 * The English label of a row: name_en, for the lakes layers and EN_FROM_NAME the layer's own English map name
 * (`name`).
 */
function englishName(row: Row): string | null {
  if (EN_FROM_NAME[row.qid]) return cleanName(row.name, 'en');
  if (isLake(row)) {
    const name = cleanName(row.name, 'en');
    return name &&
      (LAKE_WORDS.en.test(fold(name)) || !/\s/.test(name) || /^(lac|lago|ozero)\b/.test(fold(name)))
      ? name
      : null;
  }
  return cleanName(row.names.en, 'en');
}

// ---------------------------------------------------------------------------------------------------------------
// Outlines: the country of a point

interface Outline {
  iso2: string | null;
  rings: (readonly [number, number])[][];
  box: [number, number, number, number];
}

function readOutlines(): Outline[] {
  const file = JSON.parse(readFileSync(OUTLINES, 'utf8')) as OutlineFile;
  return file.countries.map((c) => {
    const rings = c.rings.map((ring) => ring.map(([x, y]) => [x, y] as const));
    const xs = rings.flat().map((p) => p[0]);
    const ys = rings.flat().map((p) => p[1]);
    return { iso2: c.iso2, rings, box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] };
  });
}

function inside(outline: Outline, lon: number, lat: number): boolean {
  const [w, s, e, n] = outline.box;
  if (lon < w || lon > e || lat < s || lat > n) return false;
  let odd = false;
  for (const ring of outline.rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as readonly [number, number];
      const [xj, yj] = ring[j] as readonly [number, number];
      if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) odd = !odd;
    }
  return odd;
}

/** Distance in km from a point to an outline's edges (an equirectangular approximation, good at these ranges). */
function distanceKm(outline: Outline, lon: number, lat: number): number {
  const kx = 111.32 * Math.cos((lat * Math.PI) / 180);
  const ky = 110.57;
  const [w, s, e, n] = outline.box;
  const dx = Math.max(w - lon, 0, lon - e) * kx;
  const dy = Math.max(s - lat, 0, lat - n) * ky;
  if (Math.hypot(dx, dy) > BORDER_KM * 2) return Infinity;
  let best = Infinity;
  for (const ring of outline.rings)
    for (let i = 1; i < ring.length; i++) {
      const [x1, y1] = ring[i - 1] as readonly [number, number];
      const [x2, y2] = ring[i] as readonly [number, number];
      const ax = (x1 - lon) * kx;
      const ay = (y1 - lat) * ky;
      const bx = (x2 - lon) * kx;
      const by = (y2 - lat) * ky;
      const len = (bx - ax) ** 2 + (by - ay) ** 2;
      const t = len === 0 ? 0 : Math.max(0, Math.min(1, -(ax * (bx - ax) + ay * (by - ay)) / len));
      best = Math.min(best, Math.hypot(ax + t * (bx - ax), ay + t * (by - ay)));
    }
  return best;
}

/** The ISO code of the one country whose outline holds the point, away from every other outline; else null. */
function countryOf(outlines: readonly Outline[], lon: number, lat: number): string | null {
  const holders = outlines.filter((o) => inside(o, lon, lat));
  if (holders.length !== 1) return null;
  const holder = holders[0] as Outline;
  if (!holder.iso2) return null;
  for (const other of outlines) if (other !== holder && distanceKm(other, lon, lat) < BORDER_KM) return null;
  return holder.iso2;
}

// ---------------------------------------------------------------------------------------------------------------
// Bundled and staged packs, worklist

interface Known {
  ids: Set<string>;
  qids: Map<string, string>;
  /** Name key → ids (with type) of the entities with that label or alias. */
  names: Map<string, { id: string; type: string }[]>;
  classes: Map<string, PackClass>;
  /** ISO 3166-1 alpha-2 → world entity. */
  countries: Map<string, Entity>;
  files: string[];
}

const aliasText = (alias: Alias) => (typeof alias === 'string' ? alias : alias.text);

function readKnown(): Known {
  const known: Known = {
    ids: new Set(),
    qids: new Map(),
    names: new Map(),
    classes: new Map(),
    countries: new Map(),
    files: [],
  };
  // The bundled packs, not this generator's own output.
  const packFiles = readPackFiles(BUNDLED_DIR, null, [OUTPUT]);
  for (const { where, pack } of packFiles) {
    const file = `assets/${where}`;
    known.files.push(file);
    for (const c of pack.classes ?? []) {
      known.ids.add(c.id);
      known.classes.set(c.id, c);
    }
    for (const entity of pack.entities) {
      known.ids.add(entity.id);
      if (entity.qid) known.qids.set(entity.qid, entity.id);
      if (MADE_AFTER.has(where)) continue;
      const texts = new Set([
        ...Object.values(entity.labels),
        ...Object.values(entity.aliases ?? {}).flatMap((list) => (list ?? []).map(aliasText)),
      ]);
      for (const text of texts) {
        const key = nameKey(text);
        const list = known.names.get(key) ?? [];
        if (!list.some((x) => x.id === entity.id)) list.push({ id: entity.id, type: entity.type });
        known.names.set(key, list);
      }
      if (file === join(BUNDLED_DIR, 'world.json'))
        for (const s of entity.statements ?? [])
          if (s.property === 'iso-3166-1-alpha-2' && 'code' in s.value)
            known.countries.set(s.value.code, entity);
    }
  }
  return known;
}

function readWorklist(): { byQid: Map<string, string>; ids: Set<string> } {
  const byQid = new Map<string, string>();
  const ids = new Set<string>();
  for (const file of readdirSync(WORKLIST)
    .filter((name) => name.endsWith('.tsv'))
    .sort()) {
    if (file === 'provenance.tsv' || file === 'decisions.tsv') continue;
    for (const row of parseTsv(readFileSync(join(WORKLIST, file), 'utf8'))) {
      if (row.id) ids.add(row.id);
      if (row.qid && row.id && !byQid.has(row.qid)) byQid.set(row.qid, row.id);
    }
  }
  return { byQid, ids };
}

// ---------------------------------------------------------------------------------------------------------------
// Features

interface Feature {
  qid: string;
  rows: Row[];
  /** The row that gives the names and the class. */
  main: Row;
  classId: string;
  rank: number;
  score: number;
  labels: Partial<Record<Lang, string>>;
  europe: boolean;
  region: string;
  point: { lat: number; lon: number } | null;
  elevation: number | null;
  country: string | null;
  marine: boolean;
}

interface Skip {
  qid: string;
  name: string;
  why: string;
}

function familyOf(classId: string): Family[] {
  const own = OWN_CLASSES.find((c) => c.id === classId)?.family ?? BUNDLED_CLASSES[classId];
  if (!own) throw new Error(`class ${classId}: no family`);
  return [own, ...(FAMILY_ALSO[classId] ?? [])];
}

function headNoun(name: string): string {
  const words = fold(name).split(/[\s-]+/);
  if (words.length > 2 && words[1] === 'of') return words[0] as string;
  return words[words.length - 1] as string;
}

/** The class of a row, or null where the row is not used (and why). */
function classOf(row: Row, en: string): { id: string } | { skip: string } {
  const rule = CLASS_OF[row.cla];
  if (rule === undefined) return { skip: `featurecla "${row.cla}" not mapped` };
  if (rule === null) return { skip: `featurecla "${row.cla}" left out` };
  let id = rule.id;
  if (rule.confirm) {
    const said = (classId: string) =>
      LANGUAGES.some((lang) => {
        const re = CONFIRM[classId]?.[lang];
        const texts = lang === 'en' ? [en, row.name, row.alt] : [row.names[lang] ?? ''];
        return re !== undefined && texts.some((t) => re.test(fold(t)));
      });
    if (row.cla === 'Pen/cape') id = said('peninsula') ? 'peninsula' : said('cape') ? 'cape' : 'region';
    else if (!said(id)) {
      // A water body is no `region`: its English head noun gives the class ("Wadden Sea", filed as a lagoon, is a
      // sea), else the row is not used.
      if (row.layer.file === MARINE) {
        const byHead = HEAD_CLASS[headNoun(en)];
        if (!byHead) return { skip: `featurecla "${row.cla}" not said by any name` };
        return { id: byHead };
      }
      id = 'region';
    }
  }
  // Natural Earth's Range/mtn also holds single mountains ("Mount Nyangani"): one named as a mountain in English
  // and as a range in no language is a mountain.
  if (id === 'mountain-range' && /^(mount|mt|mont|monte|pico|pic)\b|\b(peak|mountain)$/.test(fold(en))) {
    const range =
      /\b(mountains|range|ranges)\b/.test(fold(en)) ||
      /(gebergte|bergen)\b/.test(fold(row.names.nl ?? '')) ||
      /\b(monts|massif|chaine|cordillere|montagnes)\b/.test(fold(row.names.fr ?? '')) ||
      /(gebirge|berge)\b/.test(fold(row.names.de ?? ''));
    if (!range) id = 'mountain';
  }
  const head = HEAD_FAMILY[headNoun(en)];
  if (head && id !== 'region' && !familyOf(id).includes(head))
    return { skip: `English name "${en}" contradicts class ${id}` };
  return { id };
}

function main(words: OrdinaryWords, personNames: Set<string>): void {
  const args = process.argv.slice(2);
  const mirrorAt = args.indexOf('--mirror');
  const mirror = mirrorAt >= 0 ? (args[mirrorAt + 1] ?? '/work/.mirror') : '/work/.mirror';
  const dir = snapshotDir(mirror, NE_REPO);
  const { commit, date } = headCommit(dir);
  const { rows, dates } = readRows(dir, commit);
  const tableUrl = (layer: Layer) =>
    `https://github.com/${NE_REPO}/blob/${commit}/${NE_DIR}/${layer.file}.tsv`;
  const known = readKnown();
  const worklist = readWorklist();
  const outlines = readOutlines();
  const skips: Skip[] = [];
  const droppedNames: string[] = [];
  const bareNames: string[] = [];

  // English names of every Natural Earth feature (any rank), for telling whether a name is one feature's.
  const byQid = new Map<string, Row[]>();
  for (const row of rows) byQid.set(row.qid, [...(byQid.get(row.qid) ?? []), row]);
  const neNameHolders = new Map<string, Set<string>>();
  for (const row of rows)
    for (const lang of LANGUAGES) {
      const name = lang === 'en' ? englishName(row) : cleanName(row.names[lang], lang);
      if (!name) continue;
      const key = nameKey(name);
      neNameHolders.set(key, (neNameHolders.get(key) ?? new Set()).add(row.qid));
    }
  const riverQids = new Set(
    rows.filter((r) => CLASS_OF[r.cla]?.id === 'river' && r.cla !== 'Lake Centerline').map((r) => r.qid),
  );

  // One feature per Wikidata id.
  const features: Feature[] = [];
  for (const [qid, group] of [...byQid].sort(([a], [b]) => a.localeCompare(b))) {
    const sorted = [...group].sort(
      (a, b) => a.rank - b.rank || LAYERS.indexOf(a.layer) - LAYERS.indexOf(b.layer),
    );
    let main: Row | null = null;
    let classId = '';
    let why = '';
    for (const row of sorted) {
      const en = englishName(row);
      if (!en) {
        why ||= 'no English name';
        continue;
      }
      if (row.cla === 'Lake Centerline' && !riverQids.has(qid)) {
        why ||= 'lake centre line of no river';
        continue;
      }
      const c = classOf(row, en);
      if ('skip' in c) {
        why ||= c.skip;
        continue;
      }
      main = row;
      classId = c.id;
      break;
    }
    const first = sorted[0] as Row;
    if (!main) {
      skips.push({ qid, name: first.names.en || first.name, why });
      continue;
    }
    const en = englishName(main) as string;
    // The English name must be this feature's: it shares a word with Natural Earth's own name or another language's.
    const checks = [
      main.name,
      main.alt,
      ...main.others,
      main.names.nl ?? '',
      main.names.fr ?? '',
      main.names.de ?? '',
    ];
    if (!checks.some((other) => other !== '' && related(en, other))) {
      skips.push({
        qid,
        name: en,
        why: `English name "${en}" shares no word with the feature's other names`,
      });
      continue;
    }
    const labels: Partial<Record<Lang, string>> = { en };
    const classWords = CLASS_WORDS[classId];
    const enSaysClass = classWords?.en.test(fold(en)) ?? false;
    for (const lang of ['nl', 'fr', 'de'] as const) {
      const name = cleanName(main.names[lang], lang);
      if (!name) continue;
      if (isLake(main) && !LAKE_WORDS[lang].test(fold(name)) && nameKey(name) !== nameKey(en)) continue;
      // "Caucasus Mountains" is "Caucase" in French, which names the region too: a bare name is not used where
      // the English one says the class.
      if (enSaysClass && classWords && !classWords[lang].test(fold(name))) {
        bareNames.push(`${en} (${lang} "${name}")`);
        continue;
      }
      labels[lang] = name;
    }
    const rank = Math.min(...group.map((r) => r.rank));
    const europe = group.some((r) => r.layer.europe || r.region === 'Europe');
    const region = group.find((r) => r.region !== '')?.region ?? '';
    // Compared with the data's own English name (for lakes the bare one: "Ontario", not "Lake Ontario").
    const ownEn = cleanName(main.names.en, 'en') ?? en;
    const exonyms = (['nl', 'fr', 'de'] as const).filter((lang) => {
      const name = cleanName(main.names[lang], lang);
      return name !== null && nameKey(name) !== nameKey(ownEn);
    }).length;
    const marine = group.some((r) => r.layer.file === MARINE);
    const score = marine
      ? rank - MARINE_STEP
      : rank -
        (group.some((r) => r.layer.point) ? POINT_STEP : 0) -
        (europe ? 0.5 : 0) -
        (exonyms >= 2 ? 0.5 : 0) +
        (region === 'Antarctica' ? 1.5 : 0);
    const pointRow = group.find((r) => r.lat !== null && r.lon !== null);
    const point = pointRow ? { lat: pointRow.lat as number, lon: pointRow.lon as number } : null;
    features.push({
      qid,
      rows: group,
      main,
      classId,
      rank,
      score,
      labels,
      europe,
      region,
      point,
      elevation: main.elevation,
      country: point ? countryOf(outlines, point.lon, point.lat) : null,
      marine,
    });
  }

  if (process.env.GEO_DEBUG)
    writeFileSync(
      process.env.GEO_DEBUG,
      features
        .map((f) =>
          [
            f.score,
            f.rank,
            f.classId,
            f.qid,
            f.main.layer.file,
            f.region,
            f.country ?? '',
            f.labels.nl,
            f.labels.en,
            f.labels.fr,
            f.labels.de,
          ].join('\t'),
        )
        .join('\n'),
    );
  // Salience.
  const salient = features
    .filter((f) => f.marine || f.score <= THRESHOLD)
    .sort((a, b) => a.score - b.score || a.rank - b.rank || a.qid.localeCompare(b.qid));

  // Already there?
  const fresh: Feature[] = [];
  for (const f of salient) {
    const en = f.labels.en as string;
    const byId = known.qids.get(f.qid);
    const placesNamed = (name: string) =>
      (known.names.get(nameKey(name)) ?? []).filter((x) => x.type === 'place').map((x) => x.id);
    const places = placesNamed(en);
    // An island named in any language as a bundled place is that place's land (Jamaica, Cyprus, Dominica).
    const island = f.classId === 'island' || f.classId === 'island-group';
    const islandOf = island
      ? [...new Set(Object.values(f.labels).flatMap((name) => placesNamed(name as string)))]
      : [];
    const drop = DROP_NAMES[f.qid]?.['*'];
    if (drop) skips.push({ qid: f.qid, name: en, why: drop });
    else if (byId) skips.push({ qid: f.qid, name: en, why: `already bundled as ${byId} (Wikidata id)` });
    else if (places.length > 0)
      skips.push({ qid: f.qid, name: en, why: `already bundled as ${places.join(', ')} (English name)` });
    else if (islandOf.length > 0)
      skips.push({ qid: f.qid, name: en, why: `an island named as the bundled ${islandOf.join(', ')}` });
    else {
      // Another language's name that is a bundled place's (the state Amazonas, the département Jura): not used.
      for (const lang of ['nl', 'fr', 'de'] as const) {
        const name = f.labels[lang];
        const there = name ? placesNamed(name) : [];
        if (name && there.length > 0) {
          droppedNames.push(`${en} (${lang} "${name}"): the name of the bundled ${there.join(', ')}`);
          delete f.labels[lang];
        }
      }
      fresh.push(f);
    }
  }

  // Names: each language's label, unless dropped after review, an English form in Dutch or German, or another
  // entity's.
  const holders = new Map<string, { f: Feature; en: boolean }[]>();
  const nameReview: Noted[] = [];
  const reviewed = new Set<string>();
  const englishForms: (Noted & { kept: boolean })[] = [];
  for (const f of fresh) {
    // A label that merely repeats Natural Earth's `name` where `name` is not the English name (class words aside)
    // may be a copy of a slip there ("Quan" for the Qian): each is listed with its decision (NAME_REVIEW).
    const nameWords = tokens(f.main.name).join(' ');
    const repeats = nameWords !== '' && nameWords !== tokens(f.main.names.en ?? '').join(' ');
    const englishLocal = ENGLISH_LOCAL.has(f.qid) || (f.country !== null && ENGLISH_COUNTRIES.has(f.country));
    for (const lang of LANGUAGES) {
      const label = f.labels[lang];
      if (!label || lang === 'en') continue;
      const reason = DROP_NAMES[f.qid]?.[lang];
      const englishForm = (lang === 'nl' || lang === 'de') && ENGLISH_CLASS_WORD.test(label);
      if (repeats && tokens(label).join(' ') === nameWords) {
        const kept = NAME_REVIEW[f.qid]?.[lang];
        if (kept) reviewed.add(`${f.qid} ${lang}`);
        const decision = reason
          ? `dropped: ${reason}`
          : englishForm && !englishLocal
            ? 'dropped: an English class word (below)'
            : kept
              ? `kept: ${kept}`
              : 'NOT REVIEWED';
        if (decision === 'NOT REVIEWED')
          process.stderr.write(`${f.qid} ${lang} "${label}" repeats Natural Earth's name: not reviewed\n`);
        nameReview.push({
          qid: f.qid,
          line: `${f.labels.en} (${f.qid}), ${lang} "${label}" (\`name\` "${f.main.name}"): ${decision}`,
        });
      }
      if (reason) {
        droppedNames.push(`${f.labels.en} (${lang} "${label}"): ${reason}`);
        delete f.labels[lang];
      } else if (englishForm) {
        englishForms.push({
          qid: f.qid,
          line: `${f.labels.en} (${f.qid}), ${lang} "${label}"`,
          kept: englishLocal,
        });
        if (!englishLocal) delete f.labels[lang];
      }
    }
    for (const key of new Set(Object.values(f.labels).map((n) => nameKey(n as string))))
      holders.set(key, [...(holders.get(key) ?? []), { f, en: nameKey(f.labels.en as string) === key }]);
  }
  /**
   * Who keeps a name two features have: the one whose English name it is, else the more salient one, by NAME_MARGIN
   * (two English names this close: nobody).
   */
  const keeper = (key: string): Feature | null => {
    const list = [...(holders.get(key) ?? [])].sort(
      (a, b) => Number(b.en) - Number(a.en) || a.f.score - b.f.score,
    );
    const [first, second] = list;
    if (!first) return null;
    if (second && second.en === first.en && second.f.score - NAME_MARGIN < first.f.score) return null;
    return first.f;
  };
  for (const [qid, langs] of Object.entries(NAME_REVIEW))
    for (const lang of Object.keys(langs))
      if (!reviewed.has(`${qid} ${lang}`))
        process.stderr.write(`NAME_REVIEW ${qid} ${lang}: no such label repeats Natural Earth's name\n`);
  const kept: Feature[] = [];
  for (const f of fresh) {
    let lost = false;
    for (const lang of LANGUAGES) {
      const name = f.labels[lang];
      if (!name) continue;
      const list = holders.get(nameKey(name)) ?? [];
      const rivals = list.map((h) => h.f).filter((g) => g !== f);
      if (rivals.length === 0 || keeper(nameKey(name)) === f) continue;
      if (lang === 'en') {
        skips.push({
          qid: f.qid,
          name,
          why: `English name also a more (or as) salient feature's: ${rivals.map((g) => g.qid).join(', ')}`,
        });
        lost = true;
        break;
      }
      droppedNames.push(
        `${f.labels.en} (${lang} "${name}"): also the name of ${rivals.map((g) => g.labels.en).join(', ')}`,
      );
      delete f.labels[lang];
    }
    if (!lost) kept.push(f);
  }

  // Ids.
  const usedIds = new Set<string>();
  const idOf = new Map<string, string>();
  for (const f of kept) {
    const fromWorklist = worklist.byQid.get(f.qid);
    let id = fromWorklist ?? kebabId(f.labels.en as string);
    const taken = (x: string) => known.ids.has(x) || usedIds.has(x) || (!fromWorklist && worklist.ids.has(x));
    if (!fromWorklist && taken(id)) id = `${id}-${f.classId}`;
    if (!fromWorklist && taken(id)) id = `${id}-${f.qid.toLowerCase()}`;
    if (taken(id) && !fromWorklist) throw new Error(`id ${id} taken`);
    usedIds.add(id);
    idOf.set(f.qid, id);
  }
  for (const c of OWN_CLASSES)
    if (known.ids.has(c.id) || usedIds.has(c.id)) throw new Error(`class id ${c.id} taken`);

  const classLabel = (id: string): Record<Lang, string> => {
    const own = OWN_CLASSES.find((c) => c.id === id);
    const bundled = known.classes.get(id);
    const labels = (own ?? bundled)?.labels;
    if (!labels?.nl || !labels.en || !labels.fr || !labels.de) throw new Error(`class ${id}: no labels`);
    return labels as Record<Lang, string>;
  };

  // The distinctive word of a country's name ("Congo" in "Congo - Brazzaville", "Republic of the Congo"): a feature
  // named so needs context. Not where the country's name has other words of its own ("Western Sahara").
  const countryWords = new Set<string>();
  for (const country of known.countries.values())
    for (const text of [
      ...Object.values(country.labels),
      ...Object.values(country.aliases ?? {}).flatMap((list) => (list ?? []).map(aliasText)),
    ]) {
      const words = nameKey(text).split(' ');
      const own = words.filter((w) => !COUNTRY_GENERIC.has(w) && !known.names.has(w));
      if (words.length > 1 && own.length === 1 && (own[0] as string).length >= 4)
        countryWords.add(own[0] as string);
    }

  // Entities.
  const entities: Entity[] = [];
  const hinted: string[] = [];
  for (const f of kept) {
    const id = idOf.get(f.qid) as string;
    const source = tableUrl(f.main.layer);
    const statements: Statement[] = [{ property: 'instance-of', value: { entity: f.classId }, source }];
    const country = f.country ? (known.countries.get(f.country) ?? null) : null;
    if (f.country && !country) throw new Error(`${f.qid}: no world entity for ${f.country}`);
    if (country) statements.push({ property: 'country', value: { entity: country.id }, source });
    if (f.point)
      statements.push({
        property: 'coordinates',
        value: {
          coordinates: { lat: Math.round(f.point.lat * 1e4) / 1e4, lon: Math.round(f.point.lon * 1e4) / 1e4 },
        },
        source,
      });
    const en = f.labels.en as string;
    const sources: Entity['sources'] = [];
    const title = WIKI_TITLES[f.qid] ?? (safeTitle(f, en, neNameHolders, known) ? en : null);
    if (title) sources.push({ url: wikipediaPageUrl(title), title: `Wikipedia (en): ${title}` });
    const layers = [...new Set(f.rows.map((r) => r.layer))].sort(
      (a, b) => LAYERS.indexOf(a) - LAYERS.indexOf(b),
    );
    for (const layer of [f.main.layer, ...layers.filter((l) => l !== f.main.layer)])
      sources.push({ url: tableUrl(layer), title: `Natural Earth (public domain), 1:10m ${layer.title}` });
    const labels = f.labels;
    let entity: Entity = {
      id,
      qid: f.qid,
      type: 'place',
      labels,
      aliases: {},
      cues: {},
      descriptions: describe(f, classLabel(f.classId), country),
      summaries: {},
      statements: sortStatements(statements),
      adjective: {},
      related: country ? [country.id] : [],
      sources,
      reviewed: REVIEWED,
    };
    // Names that are also words, people's names or another entity's: linked only with a cue.
    const needs = new Set<string>();
    for (const lang of LANGUAGES) {
      const name = labels[lang];
      if (!name) continue;
      const key = nameKey(name);
      const single = !key.includes(' ');
      // A word of the name's own language (Hunspell's lower-case entries, as scripts/lib/alias-languages.ts reads
      // them); German nouns by hand. A word of another language is handled by the name not travelling there.
      const word =
        single &&
        !NAMES_NOT_WORDS.has(key) &&
        (words[lang]?.has(key) === true || (lang === 'de' && GERMAN_WORDS.has(key)) || key.length <= 3);
      // A word of another language (nl/en/fr) is one too where that language's word reaches this language's news:
      // German "Oranje" is the Dutch national team (CROSS_LANGUAGE_OK lists the names where it does not).
      const foreignWord =
        single &&
        !CROSS_LANGUAGE_OK.has(key) &&
        !NAMES_NOT_WORDS.has(key) &&
        LANGUAGES.some((other) => other !== lang && words[other]?.has(key) === true);
      const person = single && personNames.has(key);
      const partOfCountry = single && countryWords.has(key);
      const byHand = NEEDS_CONTEXT_NAMES.has(key);
      const other = (known.names.get(key) ?? []).length > 0;
      if (word || foreignWord || person || other || partOfCountry || byHand) needs.add(name);
    }
    if (needs.size > 0) {
      const cues: Partial<Record<Lang, string[]>> = {};
      const c = classLabel(f.classId);
      for (const lang of LANGUAGES) {
        const list = [c[lang]];
        if (f.classId === 'river') list.push({ nl: 'rivier', en: 'river', fr: 'rivière', de: 'Fluss' }[lang]);
        if (country?.labels[lang]) list.push(country.labels[lang] as string);
        cues[lang] = [...new Set(list)];
      }
      entity = markNeedsContext(entity, [...needs], cues);
      hinted.push(`${id}: ${[...needs].join(', ')}`);
    }
    entities.push({ ...entity, aliases: markTravellingNames(entity, words) });
  }

  const classIds = new Set(
    entities.flatMap((e) =>
      e.statements
        .filter((s) => s.property === 'instance-of')
        .map((s) => ('entity' in s.value ? s.value.entity : '')),
    ),
  );
  const pack: Pack = {
    format: 'backstory-pack',
    version: 2,
    id: 'geography',
    title: {
      nl: 'Zeeën, rivieren, bergen en streken',
      en: 'Seas, rivers, mountains and regions',
      fr: 'Mers, fleuves, montagnes et régions',
      de: 'Meere, Flüsse, Berge und Regionen',
    },
    description: {
      nl: 'Oceanen, zeeën, zeestraten, rivieren, meren, gebergten, eilanden, woestijnen en andere streken uit het nieuws, naar Natural Earth.',
      en: 'Oceans, seas, straits, rivers, lakes, mountains, islands, deserts and other regions in the news, from Natural Earth.',
      fr: "Océans, mers, détroits, fleuves, lacs, montagnes, îles, déserts et autres régions de l'actualité, d'après Natural Earth.",
      de: 'Ozeane, Meere, Meerengen, Flüsse, Seen, Gebirge, Inseln, Wüsten und andere Regionen aus den Nachrichten, nach Natural Earth.',
    },
    license: 'CC0 1.0',
    anyLanguage: false,
    classes: OWN_CLASSES.filter((c) => classIds.has(c.id)).map(({ family: _family, ...c }) => c),
    entities,
  };
  writePack(OUTPUT, pack, { entityPerLine: true });
  writeNotes({
    commit,
    date,
    dates,
    rows,
    features,
    salient,
    kept,
    entities,
    skips,
    droppedNames,
    bareNames,
    nameReview,
    englishForms,
    hinted,
    known,
  });
  const byClass = new Map<string, number>();
  for (const f of kept) byClass.set(f.classId, (byClass.get(f.classId) ?? 0) + 1);
  process.stderr.write(
    `${OUTPUT}: ${entities.length} places (${features.length} Natural Earth features with a Wikidata id, ${salient.length} salient); ${[
      ...byClass,
    ]
      .sort((a, b) => b[1] - a[1])
      .map(([c, n]) => `${c} ${n}`)
      .join(', ')}\n`,
  );
}

/** Whether the English name is safely the English Wikipedia page's title (see the header). */
function safeTitle(f: Feature, en: string, neNameHolders: Map<string, Set<string>>, known: Known): boolean {
  const words = en.split(/[\s-]+/);
  if (words.length < 2) return false;
  if (!/^[\p{L}' .-]+$/u.test(en)) return false;
  const lower = new Set(['of', 'the', 'and', 'de', 'du', 'la', 'al', 'el', 'del', 'da', 'do', 'di']);
  if (words.some((w, i) => (i === 0 || !lower.has(w)) && !/^\p{Lu}/u.test(w))) return false;
  const head = HEAD_FAMILY[headNoun(en)];
  if (!head || !familyOf(f.classId).includes(head)) return false;
  if ((neNameHolders.get(nameKey(en))?.size ?? 0) > 1) return false;
  if ((known.names.get(nameKey(en)) ?? []).length > 0) return false;
  return true;
}

const NUMBER_SEP: Record<Lang, string> = { nl: '.', en: ',', fr: '\u202f', de: '.' };

function describe(f: Feature, c: Record<Lang, string>, country: Entity | null): Entity['descriptions'] {
  const out: Entity['descriptions'] = {};
  const code = f.country ?? '';
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const noun: Record<Lang, string> = f.classId === 'river' ? { ...c, fr: "cours d'eau" } : c;
  for (const lang of LANGUAGES) {
    let text = cap(noun[lang]);
    const countryLabel = country?.labels[lang] ?? country?.labels.en;
    if (country && countryLabel) {
      const where = {
        nl: `in ${nlCountry(code, countryLabel)}`,
        en: `in ${enCountry(code, countryLabel)}`,
        fr: frIn(code, countryLabel),
        de: deIn(code, countryLabel),
      }[lang];
      text = `${text} ${where}`;
    } else if (CONTINENTS[f.region]) {
      const where =
        lang === 'fr'
          ? FR_IN_CONTINENT[f.region]
          : `in ${(CONTINENTS[f.region] as Record<Lang, string>)[lang]}`;
      text = `${text} ${where}`;
    }
    if (
      f.elevation !== null &&
      f.elevation > 0 &&
      (f.classId === 'mountain' || f.classId === 'mountain-pass')
    ) {
      const metres = String(Math.round(f.elevation)).replace(/\B(?=(\d{3})+(?!\d))/g, NUMBER_SEP[lang]);
      text = `${text} (${metres} m)`;
    }
    out[lang] = text;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Notes

/** A line of the notes about one feature (listed only if the feature is written). */
interface Noted {
  qid: string;
  line: string;
}

interface NotesData {
  commit: string;
  date: string;
  dates: Map<string, string>;
  rows: Row[];
  features: Feature[];
  salient: Feature[];
  kept: Feature[];
  entities: Entity[];
  skips: Skip[];
  droppedNames: string[];
  bareNames: string[];
  nameReview: Noted[];
  englishForms: (Noted & { kept: boolean })[];
  hinted: string[];
  known: Known;
}

function writeNotes(d: NotesData): void {
  const byClass = new Map<string, number>();
  for (const f of d.kept) byClass.set(f.classId, (byClass.get(f.classId) ?? 0) + 1);
  const withCountry = d.entities.filter((e) => e.statements.some((s) => s.property === 'country')).length;
  const withWiki = d.entities.filter((e) =>
    e.sources.some((s) => s.url.startsWith('https://en.wikipedia.org/')),
  ).length;
  const salientSkips = d.skips.filter((s) => d.salient.some((f) => f.qid === s.qid));
  const written = new Set(d.kept.map((f) => f.qid));
  const nameReview = d.nameReview.filter((n) => written.has(n.qid)).map((n) => n.line);
  const englishDropped = d.englishForms.filter((n) => written.has(n.qid) && !n.kept).map((n) => n.line);
  const englishKept = d.englishForms.filter((n) => written.has(n.qid) && n.kept).map((n) => n.line);
  const lines = [
    '# geography: seas, rivers, mountains and regions',
    '',
    `Pack \`${OUTPUT}\` (format v2, id \`geography\`), generated by \`npx tsx scripts/generate/geography.ts\`.`,
    `${d.entities.length} places: ${[...byClass]
      .sort((a, b) => b[1] - a[1])
      .map(([c, n]) => `${c} ${n}`)
      .join(', ')}.`,
    `${withCountry} with a country (point features only), ${withWiki} with an English Wikipedia page, all with a Wikidata id.`,
    '',
    '## Inputs',
    '',
    `- Natural Earth 1:10m physical layers, attribute tables as TSV: \`${NE_REPO}\` at ${d.commit} (commit of ${d.date};`,
    '  the files last changed: ' + [...d.dates].map(([f, day]) => `${f} ${day}`).join(', ') + ').',
    '  Licence: Natural Earth is in the public domain; the repository converts its DBF files mechanically and states no',
    '  licence of its own (its converter code is not used). The Natural Earth release is not named in the repository;',
    '  its fields (name_fa, name_he, name_uk, name_ur, name_zht, wikidataid) are those of Natural Earth 5.x.',
    `- Country outlines: \`${OUTLINES}\` (Natural Earth admin-0, public domain, via world-atlas, ISC): the country of a point.`,
    `- The bundled packs (${d.known.files.length} files): what is there already, the world pack's countries;`,
    '  the worklist (ids; it has no physical-geography lines); Hunspell nl/en/fr word lists and @faker-js/faker person',
    '  names (names that need context).',
    '',
    '## Selection',
    '',
    `${d.rows.length} Natural Earth rows with a Wikidata id, ${d.features.length} features after grouping by that id`,
    `(${d.skips.filter((s) => !d.salient.some((f) => f.qid === s.qid)).length} ids unused: no class, no English name, a contradicting name).`,
    `Salience: the label zoom (min_label; min_zoom less ${POINT_STEP} for points), 0.5 better in Europe, 0.5 better with`,
    `its own names in two of nl/fr/de, 1.5 worse in Antarctica; taken at or below ${THRESHOLD}, and every marine feature:`,
    `${d.salient.length} features, of which`,
    `${salientSkips.length} are left out (below) and ${d.kept.length} written.`,
    '',
    '## Left out among the salient features',
    '',
    ...salientSkips.map((s) => `- ${s.name} (${s.qid}): ${s.why}`),
    '',
    '## Names left out',
    '',
    ...d.droppedNames.map((line) => `- ${line}`),
    '',
    `Bare names where the English name says the class (${d.bareNames.length}, also a region's, a province's or a`,
    `town's name: "Caucase" for the Caucasus Mountains, "Palawan" for Palawan Island), not used: ${d.bareNames.join('; ')}.`,
    '',
    "## Labels that repeat Natural Earth's `name`",
    '',
    "Natural Earth's translations of minor features are often copies of its own `name` field, and a slip there",
    '("Quan" for the Qian, 黔江) reaches every copy. Every Dutch, French and German label that merely repeats `name`',
    '(class words and words under three letters aside) where `name` is not the English name (name_en) is listed here',
    `with the decision after review (NAME_REVIEW, DROP_NAMES): ${nameReview.length} labels of ${
      new Set(d.nameReview.filter((n) => written.has(n.qid)).map((n) => n.qid)).size
    } entities, ${nameReview.filter((line) => / dropped: /.test(line)).length} dropped. The first audit counted 54 labels of`,
    '36 entities with a narrower comparison; this list holds all of them. Most are correct local or international',
    'names (Golfe du Lion, Krakatau, Gunung Tahan, Psiloritis); the review judged from the data (the other language',
    "fields, the local language's field) and the names' form, without look-ups.",
    '',
    ...nameReview.map((line) => `- ${line}`),
    '',
    '## English class words in Dutch and German labels',
    '',
    'A Dutch or German label with an English class word (ending in River, Lake(s), Mountains, Island(s), Sea, Gulf,',
    'Bay, Cape, Strait(s), or starting Cape, Gulf of, Bay of, Sea of, Strait of, Lake) is how those languages write',
    "the name only where the feature's local language is English. Kept where the feature's point lies in the United",
    'States, Canada, the United Kingdom, Ireland, Australia, New Zealand or Liberia, or the feature is in ENGLISH_LOCAL',
    '(checked by hand, same countries); dropped elsewhere, and the card falls back to the English label. Matching is',
    "unchanged: the English label's alias matches in every language.",
    '',
    `Dropped (${englishDropped.length}): ${englishDropped.join('; ')}.`,
    '',
    `Kept (${englishKept.length}): ${englishKept.join('; ')}.`,
    '',
    'Labels with "Mount …" or "… Peak" (nl "Mount Gongga", "Mount Kenya") and French labels with English class words',
    '("Norton Sound") are not checked by this rule.',
    '',
    '## Names that need context',
    '',
    ...d.hinted.map((line) => `- ${line}`),
    '',
    '## Known limits',
    '',
    '- Only point features (peaks, passes, capes, islands given as points) have coordinates and a country: the TSV',
    '  tables carry no geometry, so seas, rivers, lakes, islands and ranges have neither (rivers are not described',
    '  as "in Germany and the Netherlands": no data here says where they run).',
    "- Natural Earth's translations come from Wikidata labels of some date; a few were wrong or odd and are dropped",
    '  (DROP_NAMES); others may remain. Three English labels are a slip in name_en and are taken from `name`',
    `  (EN_FROM_NAME: ${Object.entries(EN_FROM_NAME)
      .map(([qid, why]) => `${qid}, ${why}`)
      .join('; ')}).`,
    '- English Wikipedia links are built from the English label, not read from Wikidata: the page is given only where',
    "  the English name is safely its title (several words, the class's head noun, no other feature or bundled entity",
    '  of that name); no page was fetched to check it, and a link may be a redirect rather than the title. The titles',
    `  the first audit found to differ are set by hand (WIKI_TITLES: ${Object.values(WIKI_TITLES).join(', ')}).`,
    "- Natural Earth ranks rivers on a world scale: Europe's middle-sized rivers (Tiber, Ems, Main, Po: label zoom 6.5",
    '  to 8) fall below the threshold, and the rivers layer has no region to favour them; the Rhine, Danube, Meuse,',
    "  Scheldt, Elbe, Moselle, Loire and Seine are bundled already (or share a bundled place's name).",
    '- Loose Natural Earth classes (Desert, Plateau, Plain…) are taken only where a name says them, else `region`:',
    '  the Sahara, whose names do not say "desert", is a region here.',
    '- Words and shared names are judged by the Hunspell lists (nl/en/fr, lower-case entries and their inflected',
    '  forms; a one-word name that is a word of another of these languages too, unless CROSS_LANGUAGE_OK; not the',
    "  plurals of NAMES_NOT_WORDS), faker's person names, the bundled names and two short hand lists (GERMAN_WORDS,",
    '  NEEDS_CONTEXT_NAMES); German has no word list. The names of the packs made after this one with it bundled',
    '  (MADE_AFTER: towns, regions-world) are not read: they hold the names they share with it with context. Names',
    '  shared with things outside Natural Earth and the packs (Wheeler Peak, Mount Baker, Cabo Corrientes, Bay of',
    '  Plenty, Qianjiang) are not caught.',
    '',
  ];
  writeFileSync(NOTES, `${lines.join('\n')}\n`);
}

main(await loadWordsByLanguage(), await loadPersonNames());
