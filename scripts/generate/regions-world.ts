/**
 * `npx tsx scripts/generate/regions-world.ts [--mirror /work/.mirror]`: generates assets/packs/regions-world.json
 * (pack `regions-world`, issue #18) and its notes: the sequel of the bundled `regions` pack (scripts/generate/regions.ts)
 * for the first-level divisions of the countries the news names that `regions` leaves out (Turkey, the Russian
 * federal subjects not bundled, the US states not bundled, Japan, South Korea, Iran, Iraq, Israel, Saudi Arabia,
 * Egypt, Morocco, Algeria, Nigeria, South Africa, Kenya, Ethiopia, Mali, Niger, Burkina Faso, DR Congo, Sudan,
 * Somalia, Afghanistan, Pakistan, Bangladesh, Indonesia, the Philippines, Vietnam, Thailand, Myanmar, Argentina,
 * Colombia, Chile, Peru, Venezuela, Norway, Belarus, Georgia, Armenia, Azerbaijan, Kazakhstan, Serbia, Bosnia and
 * Herzegovina, Moldova and the Syrian governorates syria.json lacks), with the same method, inputs and rules:
 *  - the list (ISO 3166-2 code, subdivision category, parent) and human translations of the names: Debian's
 *    iso-codes (/usr/share/iso-codes, LGPL-2.1+), as installed on every machine of the project;
 *  - names in English, German and French and the English Wikipedia title: esosedi/3166 (iso3166-2-db, MIT; its
 *    names come from OpenStreetMap and GeoNames), a fetched snapshot;
 *  - the Wikidata id, a point inside the region and a second opinion on the names (translations that are partly
 *    machine-made): dr5hn/countries-states-cities-database (ODbL-1.0), a fetched snapshot;
 *  - Natural Earth (public domain) admin-1 label points and polygons, to check dr5hn's points only.
 * The method's code (readGdbTable, loadNaturalEarth, pick, agree, buildRegion, confirmPoints, …) is shared with
 * regions.ts in lib/regions-common.ts; this script holds the scope, the classes, the skip lists and the rules this
 * pack adds (`RULES`; see "Rules added" in the notes): a division must be listed by both iso-codes and dr5hn (dr5hn,
 * of 2026, has the reforms iso-codes lacks: Vietnam's 2025 merger, Norway's 2024 counties); a division that is a
 * bundled city (Seoul, Kinshasa, Tokyo…) is skipped as regions.ts skips Berlin; a worklist id (assets/worklist) is
 * used where the worklist has the division's QID or title, and a division whose slug is a bundled city's id takes
 * its kind word ("adana-province") rather than its country's; and the label rules of the audit's fixes
 * (regions-world.fixes.md), which would change regions.json and so are on here only.
 * A name is used only where two of the inputs agree on it (see `pick`); a region without an English name both agree
 * on is left out. Regions a bundled pack (assets/packs, including `regions`) or a staged pack already holds (same
 * QID, same English name and country) are left out. Deterministic; writes the pack and its notes.
 *
 * dr5hn's points are unreliable (a neighbour's point, a capital of another region): a point is kept only where an
 * independent input confirms it (`confirmPoints`): Natural Earth's admin-1 polygon contains it (the US), or Natural
 * Earth's admin-1 label point of the region lies near it. A point that another region shares, or that lies at a
 * regional or national capital, is dropped as well.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadWordsByLanguage, markTravellingNames } from '../lib/alias-languages';
import type { Entity, Lang, Pack, PackClass } from '../../src/core/kb/schema';
import { LANGUAGES } from '../../src/core/kb/schema';
import { slugify } from '../worklist/lib';
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
  type Inputs,
  KIND_WORDS,
  loadBundled,
  loadInputs,
  makeAmbiguity,
  namesakeEnglish,
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

const OUTPUT = 'assets/packs/regions-world.json';
const NOTES = 'assets/packs/curation/regions-world.notes.md';
const REVIEWED = '2026-12-06';

// ---------------------------------------------------------------------------------------------------------------
// Classes

/**
 * Classes this pack defines: kinds of division that no bundled pack has. The others (`province`, `oblast`, `krai`,
 * `administrative-region`, `federated-state`, `us-state`…) are the bundled packs' (BUNDLED_CLASS_IDS).
 */
const CLASSES: PackClass[] = [
  cls(
    'prefecture-of-japan',
    { nl: 'prefectuur', en: 'prefecture', fr: 'préfecture', de: 'Präfektur' },
    { nl: 'de', fr: 'f', de: 'f' },
  ),
  cls(
    'governorate',
    { nl: 'gouvernement', en: 'governorate', fr: 'gouvernorat', de: 'Gouvernement' },
    { nl: 'het', fr: 'm', de: 'n' },
  ),
  cls(
    'republic-of-russia',
    { nl: 'republiek', en: 'republic', fr: 'république', de: 'Republik' },
    { nl: 'de', fr: 'f', de: 'f' },
  ),
  cls(
    'autonomous-okrug',
    { nl: 'autonoom district', en: 'autonomous okrug', fr: 'district autonome', de: 'autonomer Kreis' },
    { nl: 'het', fr: 'm', de: 'm' },
  ),
  cls(
    'district',
    { nl: 'district', en: 'district', fr: 'district', de: 'Bezirk' },
    { nl: 'het', fr: 'm', de: 'm' },
  ),
  cls('county', { nl: 'county', en: 'county', fr: 'comté', de: 'County' }, { nl: 'de', fr: 'm', de: 'n' }),
  cls(
    'county-of-norway',
    { nl: 'provincie', en: 'county', fr: 'comté', de: 'Provinz' },
    { nl: 'de', fr: 'm', de: 'f' },
  ),
  cls(
    'department',
    { nl: 'departement', en: 'department', fr: 'département', de: 'Departamento' },
    { nl: 'het', fr: 'm', de: 'n' },
  ),
  cls(
    'regional-state',
    { nl: 'regionale staat', en: 'regional state', fr: 'État régional', de: 'Regionalstaat' },
    { nl: 'de', fr: 'm', de: 'm' },
  ),
  cls(
    'division',
    { nl: 'divisie', en: 'division', fr: 'division', de: 'Division' },
    { nl: 'de', fr: 'f', de: 'f' },
  ),
  cls(
    'special-region',
    { nl: 'bijzondere regio', en: 'special region', fr: 'région spéciale', de: 'Sonderregion' },
    { nl: 'de', fr: 'f', de: 'f' },
  ),
  cls(
    'city-with-regional-status',
    {
      nl: 'stad met de status van een regio',
      en: 'city with the status of a region',
      fr: 'ville au statut de région',
      de: 'Stadt im Rang einer Region',
    },
    { nl: 'de', fr: 'f', de: 'f' },
  ),
  cls(
    'capital-territory',
    {
      nl: 'hoofdstedelijk territorium',
      en: 'capital territory',
      fr: 'territoire de la capitale',
      de: 'Hauptstadtterritorium',
    },
    { nl: 'het', fr: 'm', de: 'n' },
  ),
  cls(
    'autonomous-republic',
    {
      nl: 'autonome republiek',
      en: 'autonomous republic',
      fr: 'république autonome',
      de: 'autonome Republik',
    },
    { nl: 'de', fr: 'f', de: 'f' },
  ),
  cls(
    'autonomous-province',
    { nl: 'autonome provincie', en: 'autonomous province', fr: 'province autonome', de: 'autonome Provinz' },
    { nl: 'de', fr: 'f', de: 'f' },
  ),
  cls(
    'autonomous-territorial-unit',
    {
      nl: 'autonome territoriale eenheid',
      en: 'autonomous territorial unit',
      fr: 'unité territoriale autonome',
      de: 'autonome territoriale Einheit',
    },
    { nl: 'de', fr: 'f', de: 'f' },
  ),
  cls(
    'entity-of-bosnia-and-herzegovina',
    { nl: 'entiteit', en: 'entity', fr: 'entité', de: 'Entität' },
    { nl: 'de', fr: 'f', de: 'f' },
  ),
];

/** Classes of bundled packs the regions point at too (their labels are read from the bundled packs). */
const BUNDLED_CLASS_IDS = [
  'administrative-region',
  'province',
  'krai',
  'federated-state',
  'federal-district',
  'autonomous-region',
  'territory',
  'oblast',
  'us-state',
  'governorate-of-syria',
] as const;

/** Classes whose divisions are a city: skipped where a bundled city of the country has the same name. */
const CITY_CLASSES = new Set(['city-with-regional-status', 'capital-territory', 'federal-district']);

// ---------------------------------------------------------------------------------------------------------------
// Scope: which countries, which ISO 3166-2 categories (as iso-codes names them), and the class of each.

const CITY = 'city-with-regional-status';

const SCOPE: Record<string, Scope> = {
  AF: { types: { Province: 'province' } },
  AM: { types: { Region: 'administrative-region', City: CITY } },
  AR: { types: { Province: 'province', City: CITY } },
  AZ: {
    types: { Rayon: 'district', Municipality: CITY, 'Autonomous republic': 'autonomous-republic' },
  },
  BA: {
    types: { Entity: 'entity-of-bosnia-and-herzegovina', 'District with special status': 'district' },
  },
  BD: { types: { Division: 'division' } },
  BF: { types: { Region: 'administrative-region' } },
  BY: { types: { Oblast: 'oblast', City: CITY } },
  CD: { types: { Province: 'province', City: CITY } },
  CL: { types: { Region: 'administrative-region' } },
  CO: { types: { Department: 'department', 'Capital district': CITY } },
  DZ: { types: { Province: 'province' } },
  EG: { types: { Governorate: 'governorate' } },
  ET: { types: { 'Regional state': 'regional-state', Administration: CITY } },
  GE: {
    types: { Region: 'administrative-region', 'Autonomous republic': 'autonomous-republic', City: CITY },
  },
  ID: {
    types: { Province: 'province', 'Special region': 'special-region', 'Capital district': CITY },
    withParent: true,
  },
  IL: { types: { District: 'district' } },
  IQ: { types: { Governorate: 'governorate' } },
  IR: { types: { Province: 'province' } },
  JP: { types: { Prefecture: 'prefecture-of-japan' } },
  KE: { types: { County: 'county' } },
  KR: {
    types: {
      Province: 'province',
      'Special self-governing province': 'province',
      'Special city': CITY,
      'Metropolitan city': CITY,
      'Special self-governing city': CITY,
    },
  },
  KZ: { types: { Region: 'administrative-region', City: CITY } },
  MA: { types: { Region: 'administrative-region' } },
  MD: {
    types: { District: 'district', City: CITY, 'Autonomous territorial unit': 'autonomous-territorial-unit' },
  },
  ML: { types: { Region: 'administrative-region', District: CITY } },
  MM: {
    types: {
      Region: 'administrative-region',
      State: 'federated-state',
      'Union territory': 'capital-territory',
    },
  },
  NE: { types: { Region: 'administrative-region', 'Urban community': CITY } },
  NG: { types: { State: 'federated-state', 'Capital territory': 'capital-territory' } },
  NO: { types: { County: 'county-of-norway' } },
  PE: { types: { Region: 'administrative-region', Municipality: CITY } },
  PH: { types: { Region: 'administrative-region' } },
  PK: {
    types: {
      Province: 'province',
      'Pakistan administered area': 'territory',
      'Federal capital territory': 'capital-territory',
    },
  },
  RS: { types: { District: 'district', City: CITY, 'Autonomous province': 'autonomous-province' } },
  RU: {
    types: {
      Republic: 'republic-of-russia',
      'Administrative territory': 'krai',
      'Administrative region': 'oblast',
      'Autonomous district': 'autonomous-okrug',
      'Autonomous city': CITY,
      'Autonomous region': 'autonomous-region',
    },
  },
  SA: { types: { Region: 'administrative-region' } },
  SD: { types: { State: 'federated-state' } },
  SO: { types: { Region: 'administrative-region' } },
  SY: { types: { Province: 'governorate-of-syria' } },
  TH: {
    types: { Province: 'province', 'Metropolitan administration': CITY, 'Special administrative city': CITY },
  },
  TR: { types: { Province: 'province' } },
  US: { types: { State: 'us-state', District: 'federal-district' } },
  VE: { types: { State: 'federated-state', 'Capital district': CITY } },
  VN: { types: { Province: 'province', Municipality: CITY } },
  ZA: { types: { Province: 'province' } },
};

/**
 * Divisions another pack holds under a name the automatic checks (same QID, English Wikipedia title, or English name
 * and country as a bundled region; a city division named as a bundled city) do not see, or that are one place with a
 * bundled city, or that no longer exist.
 */
const SKIP: Record<string, string> = {
  'US-DC': 'washington-d-c (cities.json): the federal district is the city',
  'JP-13': 'tokyo (cities.json): the prefecture (Tokyo Metropolis) is the capital',
  'AR-C': 'buenos-aires (cities.json): the autonomous city is the city',
  'VE-A': "caracas (cities.json): the Capital District is the capital's core",
  'NO-03': 'oslo (cities.json): the county is the city',
  'VN-HN': 'hanoi (cities.json): the municipality is the city',
  'VN-SG': 'ho-chi-minh-city (cities.json): the municipality is the city',
  'KE-30': 'nairobi (cities.json): the county is the city',
  'AR-B':
    "Buenos Aires Province: its inputs give it only the city's name and QID, which the worklist holds for buenos-aires (cities.json); left out until a name of its own is confirmed",
  'VN-26':
    'esosedi\'s English name is cut short ("Thừa Thiên"), and Huế has been a city of its own since 2025 (dr5hn keeps the code)',
  'MD-SN': 'transnistria (geo-news.json)',
  'RS-KM': 'kosovo (world.json)',
  'GE-AB': 'abkhazia (geo-news.json)',
  'ET-TI': 'tigray (geo-news.json)',
  'ET-SN':
    'the Southern Nations, Nationalities and Peoples’ Region was split up in 2021–2023 (Sidama, South West, South and Central Ethiopia); both inputs still list it, a current "regional state" would be wrong',
};

/** No corrections by hand in this pack (see the notes' spot check). */
const CORRECTIONS: Record<string, Correction> = {};

/** No English names fixed by hand in this pack. Same shape as regions.ts's NAME_FIXES. */
const NAME_FIXES: Record<string, NameFix> = {};

/** Where iso-codes' name is the local one: its translation into these languages may rightly be the same text. */
const LOCAL_LANGUAGES: Record<string, readonly Lang[]> = {
  US: ['en'],
  NG: ['en'],
  ZA: ['en'],
  KE: ['en'],
  PK: ['en'],
  PH: ['en'],
  SD: ['en'],
  MA: ['fr'],
  DZ: ['fr'],
  CD: ['fr'],
  ML: ['fr'],
  NE: ['fr'],
  BF: ['fr'],
};

/**
 * Countries whose official names (iso-codes) are transliterated adjectives ("Kharkivska oblast", "Brestskaja
 * voblasć") or pinyin with the kind: they confirm no other name.
 */
const ADJECTIVAL_NAMES = new Set(['UA', 'RU', 'CN', 'BY', 'KZ']);

/**
 * Countries whose official names are not written as the press writes them (scholarly transliterations: "Al Başrah",
 * "Āz̄ārbāyjān-e Shārqī", "Geġark'unik'"; Sámi or Quechua forms: "Trööndelage", "Hunin"): not added as aliases.
 */
const NO_OFFICIAL_ALIAS = new Set([
  'RU',
  'BY',
  'KZ',
  'IR',
  'IQ',
  'IL',
  'SA',
  'EG',
  'SY',
  'AF',
  'AM',
  'GE',
  'NO',
  'PE',
  'KR',
  'JP',
  'TH',
  'MM',
  'BD',
]);

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
  // Geographical and breakaway regions of geo-news (Tigray, Abkhazia) are the same place as the division.
  'region',
  'breakaway-region',
  // The bundled regions pack's classes.
  'administrative-region',
  'state-of-austria',
  'canton-of-switzerland',
  'constituent-country',
  'autonomous-community-of-spain',
  'autonomous-city',
  'voivodeship',
  'krai',
  'province',
  'federated-state',
  'union-territory-of-india',
  'federal-district',
  'department-of-france',
  ...CLASSES.map((c) => c.id),
]);

/** How this pack compares and chooses names, and the rules it adds to regions.ts's (see the notes). */
const RULES: RegionRules = {
  // This pack's kinds too (not in regions.ts): "Red Sea Governorate" / "Red Sea", "Aichi Prefecture" / "Aichi".
  kindWords: new Set([
    ...KIND_WORDS,
    ...'governorate gouvernorat gouvernement prefecture prefectuur praefektur division divisie okrug rayon raion'.split(
      ' ',
    ),
  ]),
  localLanguages: LOCAL_LANGUAGES,
  adjectivalNames: ADJECTIVAL_NAMES,
  noOfficialAlias: NO_OFFICIAL_ALIAS,
  corrections: CORRECTIONS,
  nameFixes: NAME_FIXES,
  regionClasses: REGION_CLASSES,
  firstLevelOnly: true,
  requireDr5hn: true,
  esosediCodeNeedsName: true,
  dedupeByCoreAndTitle: true,
  cityClasses: CITY_CLASSES,
  // The fixes after the audit (regions-world.fixes.md); only keepArticles is on in regions.ts too.
  esosediHeldNotByName: true,
  keepArticles: true,
  echoIsNoTranslation: true,
  noDr5hnLabels: true,
  officialWhereKept: true,
  exactConfirmation: true,
  namesakeEnglish: true,
  genericNames: true,
  // Found by the news evaluation: "Sind die Tarifparteien …" took Sindh.
  wordsByHand: new Map([['sind', 'German "sind", "are"']]),
};

/**
 * The worklist's place ids by QID and by English Wikipedia title (assets/worklist/*.tsv), so that a division the
 * worklist lists keeps its id and the line becomes \`shipped\`.
 */
function loadWorklist(): { byQid: Map<string, string>; byTitle: Map<string, string> } {
  const byQid = new Map<string, string>();
  const byTitle = new Map<string, string>();
  for (const file of readdirSync('assets/worklist')
    .filter((f) => f.endsWith('.tsv'))
    .sort()) {
    const [head, ...lines] = readFileSync(join('assets/worklist', file), 'utf8').split('\n');
    const columns = (head ?? '').split('\t');
    const [idAt, titleAt, typeAt, qidAt] = ['id', 'title', 'type', 'qid'].map((c) => columns.indexOf(c));
    if (idAt === undefined || idAt < 0 || qidAt === undefined || qidAt < 0) continue;
    for (const line of lines) {
      const cells = line.split('\t');
      const id = cells[idAt as number];
      if (!id || cells[typeAt as number] !== 'place') continue;
      const qid = cells[qidAt as number];
      const title = cells[titleAt as number];
      if (qid && !byQid.has(qid)) byQid.set(qid, id);
      if (title && !byTitle.has(title)) byTitle.set(title, id);
    }
  }
  return { byQid, byTitle };
}

async function main(): Promise<void> {
  const inputs = loadInputs(argValue('--mirror', '/work/.mirror'));
  // The bundled packs, but for this pack itself: what ships does not depend on staged work.
  const bundled = loadBundled(inputs.isoByCode, { own: 'regions-world.json', staged: false }, RULES);
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
  namesakeEnglish(regions, inputs.isoByCode, cityNames, bundled, RULES, report);
  const ambiguity = makeAmbiguity(regions, bundled, cityNames, personNames, words, RULES);

  // Ids: the worklist's id where the worklist has the division's QID or English Wikipedia title; else the slug of
  // the English Wikipedia title, else of the English name. A taken id gets the word for its kind where a bundled
  // city holds it ("adana-province"), else the country's.
  const worklist = loadWorklist();
  const usedIds = new Set<string>(CLASSES.map((c) => c.id));
  const entities: Entity[] = [];
  for (const r of regions) {
    const countryId = bundled.countryIds.get(r.country);
    if (!countryId) throw new Error(`${r.code}: no world entity for ${r.country}`);
    const taken = (candidate: string) => bundled.ids.has(candidate) || usedIds.has(candidate);
    const listed =
      (r.qid ? worklist.byQid.get(r.qid) : undefined) ??
      (r.title ? worklist.byTitle.get(r.title) : undefined);
    let id = slugify(r.idBase);
    if (listed && !taken(listed)) {
      id = listed;
      report.worklistIds.push(`${r.code} ${id}`);
    } else if (taken(id)) {
      const kind = slugify(classLabels.get(r.classId)?.en ?? '');
      const byKind = `${id}-${kind}`;
      id =
        bundled.cityIds.has(id) && /^[a-z]+$/.test(kind) && !id.endsWith(`-${kind}`) && !taken(byKind)
          ? byKind
          : `${id}-${slugify(countryId)}`;
    }
    if (taken(id)) throw new Error(`${r.code}: id ${id} taken`);
    // dr5hn gives some city-states the QID of their city (Buenos Aires, Nairobi, Ho Chi Minh City): where the
    // worklist lists that QID under a bundled entity's id, the QID is that entity's, not this division's.
    if (r.qid && listed && listed !== id && bundled.ids.has(listed)) {
      report.cityQids.push(`${r.code} ${r.qid} (${listed})`);
      r.qid = null;
    }
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

  const pack: Pack = {
    format: 'backstory-pack',
    version: 2,
    id: 'regions-world',
    title: {
      nl: 'Regio’s, provincies en deelstaten in de wereld',
      en: 'Regions, provinces and states of the world',
      fr: 'Régions, provinces et États du monde',
      de: 'Regionen, Provinzen und Bundesstaaten der Welt',
    },
    description: {
      nl: 'Bestuurlijke eenheden van het eerste niveau van meer landen die in het nieuws komen, met hun namen in vier talen.',
      en: 'First-level administrative divisions of more countries that the news names, with their names in four languages.',
      fr: 'Divisions administratives de premier niveau d’autres pays cités dans l’actualité, avec leurs noms en quatre langues.',
      de: 'Verwaltungseinheiten der ersten Ebene weiterer Länder, die in den Nachrichten vorkommen, mit Namen in vier Sprachen.',
    },
    license:
      'ODbL 1.0 (names and points from OpenStreetMap via esosedi/3166, points from dr5hn/countries-states-cities-database); CC BY-SA 4.0 (the rest)',
    anyLanguage: false,
    classes: CLASSES,
    entities: entities.map((entity) => ({ ...entity, aliases: markTravellingNames(entity, words) })),
  };
  writePack(OUTPUT, pack, { entityPerLine: true });
  writeNotes(pack, report, inputs);
  process.stderr.write(summary('regions-world', OUTPUT, pack, report));
}

// ---------------------------------------------------------------------------------------------------------------
// Notes

function writeNotes(pack: Pack, report: Report, inputs: Inputs): void {
  const { byCountry, byClass, statements, withQid, withPoint, withTitle } = packCounts(pack);
  const text = `# regions-world — notes

Generated by \`npx tsx scripts/generate/regions-world.ts [--mirror /work/.mirror]\` (deterministic; rerun it rather
than editing the pack). Pack \`assets/packs/regions-world.json\` (format v2): ${pack.entities.length}
entities, all of type \`place\`, ${statements} statements, ${pack.classes.length} classes. Every entity has
\`reviewed: ${REVIEWED}\`. The sequel of the bundled \`regions\` pack (scripts/generate/regions.ts), with its method,
inputs and rules: both scripts take their code from \`scripts/generate/lib/regions-common.ts\`, and this one turns on
the rules listed under "Rules added" (rules 7–12 are the fixes after the audit, regions-world.fixes.md; of them only
"an article is part of a name" is on in regions.ts too, the others would change regions.json).

## Covered

By country: ${byCountry}.

By class: ${byClass}.

Scope (iso-codes categories per country, see \`SCOPE\` in the script): the first-level divisions (ISO 3166-2
subdivisions without a parent; for Indonesia the provinces under its "geographical units") of Turkey, Russia (the
federal subjects \`regions\` and geo-news do not hold), the United States (every state is bundled already, see
"Skipped"), Japan, South Korea, Iran, Iraq, Israel, Saudi Arabia, Egypt, Morocco, Algeria, Nigeria, South Africa,
Kenya, Ethiopia, Mali, Niger, Burkina Faso, DR Congo, Sudan, Somalia, Afghanistan, Pakistan, Bangladesh, Indonesia,
the Philippines (its 17 regions: ISO files the provinces under them), Vietnam, Thailand, Myanmar, Argentina,
Colombia, Chile, Peru, Venezuela, Norway, Belarus, Georgia, Armenia, Azerbaijan (rayons and municipalities),
Kazakhstan, Serbia, Bosnia and Herzegovina, Moldova, and the Syrian governorates syria.json lacks. Left out on
purpose: the US outlying areas (world.json has them as territories), Norway's Arctic regions, Venezuela's federal
dependencies, Serbia's districts that ISO files under Vojvodina and Kosovo.

Statements: \`instance-of\` (class per kind) and \`country\` (the world pack's id) for every entity, citing the
English Wikipedia page on the country's ISO 3166-2 codes (which lists each code with its category); \`coordinates\` where dr5hn gives a point
that an independent input confirms (${withPoint}, see "Points"). No \`capital\`: no input gives the capital with an id that links to cities.json. No volatile
statements. ${withQid} entities carry a QID (dr5hn's \`wikiDataId\`), ${pack.entities.length - withQid} have none.
${withTitle} entities have their English Wikipedia article in \`sources\` (the title esosedi gives, used only where it
agrees with the English name).

## Inputs

${notesInputs(inputs)}

## How entities and names are chosen

${notesMethod(report, RULES)}
- Ids: the worklist's id where assets/worklist lists the division's QID or English Wikipedia title
  (${report.worklistIds.length}: ${report.worklistIds.join(', ') || 'none'}); else the slug of the English Wikipedia
  title (esosedi's), else of the English name; an id a bundled city holds gets the word for the kind ("adana" is the
  city, so the province is "adana-province" when its title does not give that already), any other taken id the
  country's.

## Rules added (this script against regions.ts)

1. A division must be listed by both iso-codes (${inputs.isoVersion}) and dr5hn (${inputs.drHead.date}): dr5hn has the
   reforms iso-codes' list predates. Left out (${report.notInDr5hn.length}): ${report.notInDr5hn.join(', ') || 'none'}.
   Divisions created since (Norway's 2024 counties Østfold, Akershus, Buskerud, Vestfold, Telemark, Troms, Finnmark;
   Ethiopia's Sidama and South West; Algeria's ten provinces of 2019–2021; Indonesia's Papuan provinces of 2022) are
   not in iso-codes' list, so not in the pack.
2. esosedi is joined by code only where its own, English, French or German name agrees with iso-codes' or dr5hn's:
   its Moroccan codes are those of the regions before 2015 (its MA-02 is Gharb-Chrarda-Béni Hssen, ISO's MA-02
   L'Oriental), which a join by code alone gave the old names.
3. \`KIND_WORDS\` also strips "governorate", "prefecture", "division", "okrug", "rayon" and their equivalents, so that
   "Red Sea Governorate" and "Red Sea" agree.
4. A division of a city class (\`city-with-regional-status\`, \`capital-territory\`, \`federal-district\`) whose name
   is a bundled city's of the same country is that city and is skipped, as regions.ts skips Berlin; duplicates of
   bundled regions are also found without the kind words ("Tigray Region" is geo-news' "Tigray") and by the same
   English Wikipedia page in a bundled entity's sources.
5. The official (iso-codes) name becomes an alias only where it is written as the press writes it: not for the
   scholarly transliterations of Arabic, Persian, Russian, Armenian, Georgian, Korean, Japanese, Thai, Burmese and
   Bengali names, nor for the Sámi and Quechua forms iso-codes gives for Norway and Peru (\`NO_OFFICIAL_ALIAS\`).
6. Ids: the worklist's, and the kind word for a name a bundled city holds (above).

Rules added after the audit (regions-world.audit-part1.md and -part2.md; counts of what each changed in
regions-world.fixes.md):

7. An iso-codes translation that only re-spells the official name (other accents, hyphens, apostrophes or case:
   "Al-Quds" for "Al Quds", "Susa" for "Şuşa", "Goycay" for "Göyçay") is no translation (\`echoIsNoTranslation\`;
   ${report.echoes.length} such translations set aside: ${LANGUAGES.map((lang) => `${lang} ${report.echoes.filter((e) => e.endsWith(` ${lang}`)).length}`).join(', ')}). Where no
   other input gives the language's name, the language stays unset and the card shows the English name.
8. dr5hn's translations never become a label (\`noDr5hnLabels\`): they only confirm another input's name (its
   machine Dutch gave "Chocolade" for Chocó, "Atlantisch", "Constantijn", "De Pampa", "Apur", "Centrum"). In name
   comparisons an article is part of the name (\`keepArticles\`: "La Guajira" is not "De Guajira"); only a
   preposition after a kind word ("Provincia de", "Région du") and the elided "l'", "d'" are set aside.
9. Where iso-codes' translator kept the official name ("La Guajira", "Centre", "Chocó"), or iso-codes has no
   translation and the official name is the language's own (French in DR Congo, Mali…) or dr5hn keeps it unchanged,
   the official name is the label if the English label or esosedi's or dr5hn's name agrees
   (\`officialWhereKept\`; ${report.official.length} labels, before the moves under "Names needing context"). For the
   countries of rule 5 only where the English name has
   it letter for letter ("Kunduz", not "Bādghīs").
10. A French or German name of several words is confirmed only by a name with the same core (\`exactConfirmation\`):
   "Gouvernorat de Kafr el-Cheik" was esosedi's French (OpenStreetMap's name:fr, not iso-codes', whose French is the
   official "Kafr ash Shaykh"), confirmed only by dr5hn's "Kafr El-Cheikh" with another ending; it is no longer a
   label. esosedi's region that another subdivision holds by code is not joined by name (\`esosediHeldNotByName\`):
   Thailand's Pattaya (TH-S, "Phatthaya") had been joined to Pattani Province and was a second "Pattani Province";
   it now has no English name two inputs agree on and is left out (see "Dropped").
11. An English label that is only the name of a city of the country becomes the name with its kind, the bare name an
   alias that needs context (\`namesakeEnglish\`; divisions of a city class keep the name): ${report.namesakes.length} labels,
   ${report.namesakes.join(', ') || 'none'}.
12. A name made of compass points, positions and common words for land and water once the kind words are set aside
   needs context and stays a label (\`genericNames\`: ${report.contextNames.filter((line) => line.includes('(generic)')).length} entities, such as "Northern District", "Centre", "Cascades").

No English name was fixed by hand (\`NAME_FIXES\` and \`CORRECTIONS\` are empty).

## Points

${notesPoints(
  pack,
  report,
  "the regions pack's audit",
  "Where Natural Earth's 50m layer has polygons (Australia, Brazil, Canada, the US): inside the region's polygon",
)}

${notesNames(report)}

## Spot check

None made (no search look-ups spent); the lead's audit should draw a sample.

## Doubts

- **English names rest on one input** where esosedi has the region (OpenStreetMap's name:en, 2024): renamings after
  it are missed (for example Venezuela's Vargas, La Guaira since 2019; Bangladesh's Barisal and Chittagong, whose
  new spellings iso-codes has and which stay aliases).
- **Reforms**: the list is iso-codes' intersected with dr5hn's (rule 1). Vietnam's remaining provinces (merged with
  neighbours in 2025) keep their names but not their former borders; Huế (VN-26) is left out. Ethiopia's SNNPR is
  left out by hand (split up in 2021–2023). Burkina Faso renamed and redrew its regions in 2025 (general knowledge,
  no input has it): its 13 regions here are the former ones; the lead may prefer to leave Burkina Faso out.
- **Points** are dr5hn's, kept only where confirmed (see "Points"); only the US has Natural Earth polygons here (and
  its states are all bundled), so every point kept rests on a 2014 label point.
- Dutch labels come from iso-codes' translators (or are the official name where they kept it) and are often missing
  (${report.unconfirmed.get('nl')?.length ?? 0} of ${pack.entities.length}; the reader sees the English name). Since rules 7–9, many are missing that
  dr5hn's translation gave right ("Tsjetsjenië" stays, but "Midden-Java" from iso-codes, which nothing confirms, and
  dr5hn's "Jawa Tengah" are both gone): fewer labels rather than machine-made ones.
- **Descriptions without a country adjective**: the world pack has no Dutch or French adjective for Burkina Faso, none
  for DR Congo in any language ("Congolese" is left out on purpose in scripts/generate/overlays/demonyms.json, as two
  states share it) and no Dutch one for Bangladesh, so these cards read "Regio", "Provincie"… without the country.
  Adding them to demonyms.json would change the bundled world.json (world.ts reads it), so it is left to the lead.
- **Cities with regional status and towns**: the divisions Ulsan, Đà Nẵng and Hai Phong here and the cities of
  those names in towns.json may be one place under two ids, and towns.json now holds the worklist lines \`da-nang\` and \`haiphong\` that this pack took before; the
  city-class check (rule 4) looks at cities.json only. The lead decides which pack keeps them.
- Class labels of this pack (\`CLASSES\`) are written from general knowledge, not from an input; a reviewer should
  read the class list once. \`city-with-regional-status\` is a generic class for the cities ISO lists as first-level
  divisions (Ulsan, Dire Dawa, Haiphong…).
- The District of Columbia is left out as the bundled city washington-d-c (as regions.ts treats Berlin); the worklist
  line \`district-of-columbia\` (Q3551781) stays a candidate. The lead decides whether DC should be its own entity.
- No capital statements: no input links a division to a cities.json entity by an id.
`;
  writeFileSync(NOTES, text);
}

await main();
