/**
 * The worklist's inputs beyond politics: elections and cabinets (ParlGov), places (Natural Earth, US states), sport
 * (football clubs), media (US newspapers), companies and public bodies (the name-suggestion-index).
 * Each adapter reads a fetched snapshot (see assets/worklist/README.md, "Rebuilding") and returns candidates as
 * sources.ts's adapters do; readSources calls them. The parsing of each file is a pure function exported for the
 * tests.
 *
 * Nothing is added from memory: every candidate comes from a row of a file named in its source's provenance.
 */
import { countryCodeOfAlpha3, countryCodeOfName } from './countries';
import {
  enwikiTitle,
  gitFiles,
  normaliseTitle,
  open,
  parseTable,
  qidOrNull,
  read,
  refreshed,
  yearOf,
  type Snapshot,
} from './lib';
import {
  airportWeight,
  REFERENCE_YEAR,
  cityWeight,
  countryWeight,
  nsiWeight,
  OFFICE_WEIGHT,
  type OfficeKind,
  type Reach,
} from './salience';
import type { Candidate, SourceFile, SourceResult } from './sources';

/** Events and offices are kept when they happened or held in or after this year (as in sources.ts). */
const SINCE_YEAR = 2000;

function result(
  key: string,
  repo: string,
  snapshot: Snapshot,
  licence: string,
  files: SourceFile[],
  candidates: Candidate[],
): SourceResult {
  return { key, repo, commit: snapshot.commit, date: snapshot.date, licence, files, candidates };
}

/** A page title without its disambiguation ("Hamburg Airport", "Newcastle United F.C."): the name it stands for. */
function titleLabel(title: string): string {
  return title.replace(/\s*\([^)]*\)$/, '');
}

// ---------------------------------------------------------------------------------------------------------------
// ParlGov's database as its web application imports it (hdigital/parlgov-web): elections and cabinets with the
// English Wikipedia page ParlGov links.

export const PARLGOV_WEB_REPO = 'hdigital/parlgov-web';
const PARLGOV_DIR = 'scripts/migrate_parlgov-db/import-data-legacy';
const PARLGOV_COUNTRIES = `${PARLGOV_DIR}/02__datacore__Country.csv`;
const PARLGOV_ELECTIONS = `${PARLGOV_DIR}/31__elections__Election.csv`;
const PARLGOV_CABINETS = `${PARLGOV_DIR}/41__cabinets__Cabinet.csv`;
const PARLGOV_LICENCE =
  'MIT (LICENSE of the repository); ParlGov legacy data via ParlGov web, Döring, doi:10.5281/zenodo.14357360';
/** ParlGov's election types (its code table, `01__datacore__Code.csv`): 13 national parliament, 1 European. */
const ELECTION_TYPES: Readonly<Record<string, { kind: OfficeKind; label: string }>> = {
  '13': { kind: 'election', label: 'parliamentary election' },
  '1': { kind: 'election-ep', label: 'European Parliament election' },
};
/** A page that names a government, not its head ("Balkenende II" is also accepted: it is the cabinet's name). */
const CABINET_TITLE =
  /\b(cabinet|government|ministry|kabinet|kabinett|regierung|gouvernement|coalition|council of ministers)\b/i;

export function parlGovElections(
  elections: readonly Record<string, string>[],
  countryOf: ReadonlyMap<string, string>,
): Candidate[] {
  const candidates: Candidate[] = [];
  for (const row of elections) {
    const year = yearOf(row.date);
    const type = ELECTION_TYPES[row.type ?? ''];
    const title = enwikiTitle(row.wikipedia ?? '');
    if (year === null || year < SINCE_YEAR || !type || !title) continue;
    const country = countryOf.get(row.country ?? '') ?? '';
    candidates.push({
      source: 'parlgov-elections',
      qid: null,
      title,
      label: title,
      type: 'event',
      roles: [
        {
          kind: type.kind,
          label: `${type.label}${row.early === '1' ? ', early' : ''}`,
          country,
          start: year,
          end: year,
          weight: OFFICE_WEIGHT[type.kind],
        },
      ],
    });
  }
  return candidates;
}

/**
 * Cabinets since 2000 whose page names the government. A cabinet ends when ParlGov says it terminated, else when
 * the cabinet that follows it (the one that names it as its `previous_cabinet`) starts; the last one of a country
 * holds until the file's date.
 */
export function parlGovCabinets(
  cabinets: readonly Record<string, string>[],
  countryOf: ReadonlyMap<string, string>,
  openEnd: number,
): Candidate[] {
  const nextStart = new Map<string, number>();
  for (const row of cabinets) {
    const start = yearOf(row.start_date);
    const previous = row.previous_cabinet ?? '';
    if (start === null || !previous) continue;
    nextStart.set(previous, Math.min(nextStart.get(previous) ?? start, start));
  }
  const candidates: Candidate[] = [];
  for (const row of cabinets) {
    const title = enwikiTitle(row.wikipedia ?? '');
    if (!title || /^list of\b/i.test(title)) continue;
    if (!CABINET_TITLE.test(title) && title !== row.name) continue;
    const end = yearOf(row.termination_date) ?? nextStart.get(row.id ?? '') ?? openEnd;
    if (end < SINCE_YEAR) continue;
    candidates.push({
      source: 'parlgov-cabinets',
      qid: null,
      title,
      label: row.name || title,
      type: 'organisation',
      roles: [
        {
          kind: 'cabinet',
          label: `cabinet${row.caretaker === '1' ? ' (caretaker)' : ''}`,
          country: countryOf.get(row.country ?? '') ?? '',
          start: yearOf(row.start_date),
          end,
          weight: OFFICE_WEIGHT.cabinet,
        },
      ],
    });
  }
  return candidates;
}

function parlGovWeb(mirror: string): SourceResult[] {
  const snapshot = open(mirror, PARLGOV_WEB_REPO);
  if (!snapshot) return [];
  const countries = parseTable(read(snapshot, PARLGOV_COUNTRIES) ?? '');
  const countryOf = new Map(countries.map((row) => [row.id ?? '', row.code_iso2 ?? '']));
  const elections = parseTable(read(snapshot, PARLGOV_ELECTIONS) ?? '');
  const cabinets = parseTable(read(snapshot, PARLGOV_CABINETS) ?? '');
  const countryFile = { path: PARLGOV_COUNTRIES, rows: countries.length };
  return [
    result(
      'parlgov-elections',
      PARLGOV_WEB_REPO,
      snapshot,
      PARLGOV_LICENCE,
      [{ path: PARLGOV_ELECTIONS, rows: elections.length }, countryFile],
      parlGovElections(elections, countryOf),
    ),
    result(
      'parlgov-cabinets',
      PARLGOV_WEB_REPO,
      snapshot,
      PARLGOV_LICENCE,
      [{ path: PARLGOV_CABINETS, rows: cabinets.length }, { ...countryFile }],
      parlGovCabinets(cabinets, countryOf, refreshed(snapshot, PARLGOV_CABINETS)),
    ),
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Natural Earth as GeoJSON (martynafford/natural-earth-geojson): populated places with Wikidata ids, first-order
// regions and airports with Wikipedia pages. Only the plain .json files the snapshot holds are read (the largest
// 1:10m layers are there only as .7z).

export const NATURAL_EARTH_REPO = 'martynafford/natural-earth-geojson';
const NE_PLACES = [
  '50m/cultural/ne_50m_populated_places.json',
  '110m/cultural/ne_110m_populated_places.json',
];
const NE_REGIONS = '50m/cultural/ne_50m_admin_1_states_provinces.json';
const NE_AIRPORTS = '10m/cultural/ne_10m_airports.json';

type Properties = Record<string, unknown>;

function features(text: string | null): Properties[] {
  if (!text) return [];
  const json = JSON.parse(text) as { features?: { properties?: Properties }[] };
  return (json.features ?? []).map((feature) => feature.properties ?? {});
}

/** A property by name in any case (Natural Earth's layers write `NAME` in some, `name` in others); '' for the
 * layers' "no value" (-99, null). */
function property(properties: Properties, name: string): string {
  const value = properties[name] ?? properties[name.toUpperCase()] ?? properties[name.toLowerCase()];
  if (value === null || value === undefined || value === -99 || value === '-99') return '';
  return String(value).trim();
}

/** Classes of populated places that are places people live in (not research stations or ruins). */
const CAPITAL_OF: Readonly<Record<string, 'national' | 'regional' | 'none'>> = {
  'Admin-0 capital': 'national',
  'Admin-0 capital alt': 'national',
  'Admin-0 region capital': 'regional',
  'Admin-1 capital': 'regional',
  'Admin-1 region capital': 'regional',
  'Populated place': 'none',
};

export function naturalEarthPlaces(places: readonly Properties[], openEnd: number): Candidate[] {
  const candidates: Candidate[] = [];
  for (const place of places) {
    const qid = qidOrNull(property(place, 'wikidataid'));
    const featureClass = property(place, 'featurecla');
    const capital = CAPITAL_OF[featureClass];
    if (!qid || !capital) continue;
    const population = Number(property(place, 'pop_max')) || 0;
    const iso = property(place, 'iso_a2');
    const country = /^[A-Z]{2}$/.test(iso) ? iso : countryCodeOfAlpha3(property(place, 'adm0_a3'));
    const millions =
      population >= 1e6 ? `${(population / 1e6).toFixed(1)} M` : `${Math.round(population / 1e3)} k`;
    const geonames = Number(property(place, 'geonameid'));
    candidates.push({
      source: 'natural-earth',
      qid,
      title: null,
      geonames: geonames > 0 ? String(Math.round(geonames)) : null,
      label: property(place, 'name_en') || property(place, 'name'),
      type: 'place',
      roles: [
        {
          kind: 'city',
          label: `${featureClass.toLowerCase()}, population ${millions}`,
          country,
          start: null,
          end: openEnd,
          weight: cityWeight(population, capital),
        },
      ],
    });
  }
  return candidates;
}

export function naturalEarthRegions(regions: readonly Properties[], openEnd: number): Candidate[] {
  const candidates: Candidate[] = [];
  for (const region of regions) {
    const title = enwikiTitle(property(region, 'wikipedia'));
    if (!title) continue;
    const kind = property(region, 'type_en') || 'region';
    candidates.push({
      source: 'natural-earth',
      qid: qidOrNull(property(region, 'wikidataid')),
      title,
      label: property(region, 'name') || titleLabel(title),
      type: 'place',
      roles: [
        {
          kind: 'region',
          label: `${kind.toLowerCase()} of ${property(region, 'admin')}`,
          country: property(region, 'iso_a2'),
          start: null,
          end: openEnd,
          weight: OFFICE_WEIGHT.region,
        },
      ],
    });
  }
  return candidates;
}

/** Airports: the layer gives no country, so they weigh as a state outside the tiers (0.3). */
export function naturalEarthAirports(airports: readonly Properties[], openEnd: number): Candidate[] {
  const candidates: Candidate[] = [];
  for (const airport of airports) {
    const title = enwikiTitle(property(airport, 'wikipedia'));
    const scaleRank = Number(property(airport, 'scalerank'));
    if (!title || !Number.isFinite(scaleRank)) continue;
    candidates.push({
      source: 'natural-earth',
      qid: null,
      title,
      label: titleLabel(title),
      type: 'place',
      roles: [
        {
          kind: 'airport',
          label: `${property(airport, 'type') || 'airport'} airport, scale rank ${scaleRank}`,
          country: '',
          start: null,
          end: openEnd,
          weight: airportWeight(scaleRank),
        },
      ],
    });
  }
  return candidates;
}

function naturalEarth(mirror: string): SourceResult | null {
  const snapshot = open(mirror, NATURAL_EARTH_REPO);
  if (!snapshot) return null;
  const files: SourceFile[] = [];
  const candidates: Candidate[] = [];
  const layer = (path: string, adapt: (rows: Properties[], openEnd: number) => Candidate[]): void => {
    const rows = features(read(snapshot, path));
    files.push({ path, rows: rows.length });
    // A place holds no office that ends: it is as current as the reference year (see the README, "Places").
    candidates.push(...adapt(rows, REFERENCE_YEAR));
  };
  for (const path of NE_PLACES) layer(path, naturalEarthPlaces);
  layer(NE_REGIONS, naturalEarthRegions);
  layer(NE_AIRPORTS, naturalEarthAirports);
  return result(
    'natural-earth',
    NATURAL_EARTH_REPO,
    snapshot,
    'CC0 1.0 (licence of the repository); Natural Earth, public domain',
    files,
    candidates,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// openfootball/clubs: the clubs of the top divisions (and of England's, Germany's, Argentina's and Brazil's second),
// by country, as their English Wikipedia pages are titled (`<continent>/clubs.wiki.txt`, 2019–2020 seasons).

export const CLUBS_REPO = 'openfootball/clubs';
const CLUBS_FILES = [
  'europe/clubs.wiki.txt',
  'north-america/clubs.wiki.txt',
  'south-america/clubs.wiki.txt',
  'asia/clubs.wiki.txt',
  'middle-east/clubs.wiki.txt',
];
/** The football nations of the United Kingdom, which the files list as countries. */
const HOME_NATIONS = new Set(['england', 'scotland', 'wales', 'northern ireland']);

/**
 * A `clubs.wiki.txt` file: `= Country` headings, then the clubs' page titles one a line, `#` comments. (Blank lines
 * group the clubs, but not reliably by division, so every club listed counts alike.)
 */
export function parseClubsWiki(text: string): { country: string; title: string }[] {
  const clubs: { country: string; title: string }[] = [];
  let country = '';
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '' || /^=+$/.test(line)) continue;
    if (line.startsWith('=')) {
      const name = (line.replace(/^=+\s*/, '').split('•')[0] ?? '').trim();
      country = HOME_NATIONS.has(name.toLowerCase()) ? 'GB' : countryCodeOfName(name);
      continue;
    }
    clubs.push({ country, title: normaliseTitle(line) });
  }
  return clubs;
}

function footballClubs(mirror: string): SourceResult | null {
  const snapshot = open(mirror, CLUBS_REPO);
  if (!snapshot) return null;
  const files: SourceFile[] = [];
  const candidates: Candidate[] = [];
  for (const path of CLUBS_FILES) {
    const clubs = parseClubsWiki(read(snapshot, path) ?? '');
    files.push({ path, rows: clubs.length });
    const openEnd = refreshed(snapshot, path);
    for (const club of clubs) {
      candidates.push({
        source: 'openfootball-clubs',
        qid: null,
        title: club.title,
        label: titleLabel(club.title),
        type: 'organisation',
        roles: [
          {
            kind: 'club',
            label: 'football club of the top divisions (2019–20 list)',
            country: club.country,
            start: null,
            end: openEnd,
            weight: OFFICE_WEIGHT.club,
          },
        ],
      });
    }
  }
  return result(
    'openfootball-clubs',
    CLUBS_REPO,
    snapshot,
    'CC0 1.0 (LICENSE.md of the repository)',
    files,
    candidates,
  );
}

// Tennis: JeffSackmann/tennis_atp and tennis_wta have world rankings with Wikidata ids, but under CC BY-NC-SA
// (non-commercial), so the worklist does not read them.

// ---------------------------------------------------------------------------------------------------------------
// hearvox/wiki-media-cred: US newspapers as Wikipedia's state lists link them, with Wikidata ids; the US states.

export const MEDIA_CRED_REPO = 'hearvox/wiki-media-cred';
const US_NEWSPAPERS = 'data/wikipedia-us-newspapers.tsv';
const US_STATES = 'data/wikidata-us-states.tsv';

export function usNewspapers(rows: readonly Record<string, string>[], openEnd: number): Candidate[] {
  const candidates: Candidate[] = [];
  for (const row of rows) {
    const path = /^\/wiki\/(.+)$/.exec(row.path ?? '');
    const title = path?.[1] ? normaliseTitle(path[1]) : null;
    const qid = qidOrNull(row.qid);
    if (!title && !qid) continue;
    candidates.push({
      source: 'us-newspapers',
      qid,
      title,
      label: row['WP-title'] || title || qid || '',
      type: 'organisation',
      roles: [
        {
          kind: 'newspaper',
          label: `newspaper in ${row.state}`,
          country: 'US',
          start: null,
          end: openEnd,
          weight: OFFICE_WEIGHT.newspaper,
        },
      ],
    });
  }
  return candidates;
}

export function usStates(rows: readonly Record<string, string>[], openEnd: number): Candidate[] {
  const candidates: Candidate[] = [];
  for (const row of rows) {
    const qid = qidOrNull(row.qid);
    if (!qid || !row.state) continue;
    candidates.push({
      source: 'us-states',
      qid,
      title: null,
      label: row.state,
      type: 'place',
      roles: [
        {
          kind: 'region',
          label: 'state of the United States',
          country: 'US',
          start: null,
          end: openEnd,
          weight: OFFICE_WEIGHT.region,
        },
      ],
    });
  }
  return candidates;
}

function mediaCred(mirror: string): SourceResult[] {
  const snapshot = open(mirror, MEDIA_CRED_REPO);
  if (!snapshot) return [];
  const licence = 'CC0 1.0 (LICENSE of the repository); Wikipedia titles, Wikidata ids';
  const newspapers = parseTable(read(snapshot, US_NEWSPAPERS) ?? '', '\t');
  const states = parseTable(read(snapshot, US_STATES) ?? '', '\t');
  return [
    result(
      'us-newspapers',
      MEDIA_CRED_REPO,
      snapshot,
      licence,
      [{ path: US_NEWSPAPERS, rows: newspapers.length }],
      usNewspapers(newspapers, refreshed(snapshot, US_NEWSPAPERS)),
    ),
    result(
      'us-states',
      MEDIA_CRED_REPO,
      snapshot,
      licence,
      [{ path: US_STATES, rows: states.length }],
      usStates(states, REFERENCE_YEAR),
    ),
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// The name-suggestion-index (osmlab/name-suggestion-index): the brands and operators OpenStreetMap tags, each with
// its Wikidata id, the kinds of place it runs and where. One candidate per Wikidata id and tree.

export const NSI_REPO = 'osmlab/name-suggestion-index';
const NSI_TREES = [
  { folder: 'data/brands', tag: 'brand' },
  { folder: 'data/operators', tag: 'operator' },
] as const;

/**
 * The kind (and so the domain) of an operator by the kind of place it runs. Operators of kinds not listed are left
 * out: parks, toilets, recycling, street furniture, schools and the like are run mostly by towns, whose Wikidata
 * item is the place, not an organisation.
 */
const OPERATOR_KINDS: readonly [RegExp, OfficeKind][] = [
  [
    /^(amenity\/(police|courthouse|prison|fire_station)|landuse\/military|emergency\/(ambulance_station|disaster_response|lifeguard|water_rescue))$/,
    'agency',
  ],
  [/^office\/government$/, 'public-body'],
  [/^amenity\/(university|college|library)$/, 'institution'],
  [
    /^(power\/|route\/(power|railway|tracks)$|man_made\/(pipeline|mast|works|water_works|wastewater_plant)$|office\/(energy_supplier|water_utility)$|telecom\/|amenity\/(charging_station|post_office|post_depot|post_box|car_sharing|hospital|clinic|vending_machine|telephone|ticket_validator)$|advertising\/|highway\/(toll_booth|toll_gantry|services)$|shop\/|tourism\/|amenity\/pub$)/,
    'company',
  ],
];
/** Operators named as a town's administration ("City of Elizabeth", "Stadt Frankfurt am Main"): their Wikidata
 * item is most often the town itself. */
const MUNICIPAL_NAME =
  /\b((city|town|county|village|borough|municipality|district|township|parish) (of|council)\b|^(stadt|gemeinde|landkreis|kreis|markt|ville|commune|communauté|métropole|gemeente)\b|(ayuntamiento|municipal|municipalidad|municipio|município|prefeitura|concello|ajuntament|comune di|mairie|gmina|kommune|kommun)\b)/i;

function nsiKind(tree: 'brand' | 'operator', category: string, name: string): OfficeKind | null {
  if (tree === 'brand') return category === 'office/political_party' ? 'party' : 'company';
  if (MUNICIPAL_NAME.test(name)) return null;
  return OPERATOR_KINDS.find(([pattern]) => pattern.test(category))?.[1] ?? null;
}

/** M49 codes of continents and regions ("150" Europe); "001" is the world. */
const M49 = /^\d{3}$/;

/** How far a set of `locationSet.include` entries reaches, and the country that weighs most among them. */
export function nsiReach(include: readonly unknown[]): { reach: Reach; country: string } {
  const countries = new Set<string>();
  let local = false;
  let region = false;
  for (const entry of include) {
    if (typeof entry !== 'string') continue;
    const code = entry.toLowerCase();
    if (code === '001') return { reach: 'world', country: 'INT' };
    if (M49.test(code)) region = true;
    else if (/^[a-z]{2}$/.test(code)) countries.add(code.toUpperCase());
    else {
      // "us-ca.geojson", "gb-eng", "fr-idf.geojson": part of a country.
      const match = /^([a-z]{2})-/.exec(code);
      if (match?.[1]) {
        countries.add(match[1].toUpperCase());
        local = true;
      }
    }
  }
  if (region || countries.size >= 5) return { reach: 'region', country: 'INT' };
  const best =
    [...countries].sort((a, b) => countryWeight(b) - countryWeight(a) || a.localeCompare(b))[0] ?? '';
  if (countries.size >= 2) return { reach: 'countries', country: best };
  return { reach: local ? 'local' : 'country', country: best };
}

interface NsiItem {
  displayName?: string;
  locationSet?: { include?: unknown[] };
  tags?: Record<string, string>;
}

/** One kind of place in one tree (`data/brands/shop/supermarket.json`: brands of supermarkets) and its items. */
export interface NsiFile {
  tree: 'brand' | 'operator';
  category: string;
  items: readonly NsiItem[];
}

/** Both trees' files folded into one candidate per Wikidata id (RWE the operator of power plants and RWE the brand
 * of a bookcase scheme are one company). */
export function nsiCandidates(files: readonly NsiFile[], end: number): Candidate[] {
  const found = new Map<
    string,
    { names: Map<string, number>; kind: OfficeKind; categories: Set<string>; include: unknown[] }
  >();
  for (const { tree, category, items } of files) {
    for (const item of items) {
      const tags = item.tags ?? {};
      const qid = qidOrNull(tags[`${tree}:wikidata`]);
      if (!qid) continue;
      const name = tags[`${tree}:en`] || tags[tree] || item.displayName || '';
      const kind = nsiKind(tree, category, name);
      if (!kind) continue;
      const known = found.get(qid);
      if (known) {
        known.names.set(name, (known.names.get(name) ?? 0) + 1);
        known.categories.add(category);
        known.include.push(...(item.locationSet?.include ?? []));
        // A political party or a public body stays one whatever else it runs.
        if (known.kind === 'company' && kind !== 'company') known.kind = kind;
      } else {
        found.set(qid, {
          names: new Map([[name, 1]]),
          kind,
          categories: new Set([category]),
          include: [...(item.locationSet?.include ?? [])],
        });
      }
    }
  }
  const candidates: Candidate[] = [];
  for (const [qid, entry] of [...found.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const { reach, country } = nsiReach(entry.include);
    const categories = [...entry.categories].sort();
    // The name most items give (the first met on a tie): "E.Leclerc", not one of its shop formats.
    const label = [...entry.names.entries()].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
    const more = categories.length > 3 ? ` and ${categories.length - 3} more` : '';
    candidates.push({
      source: 'nsi',
      qid,
      title: null,
      label,
      type: 'organisation',
      roles: [
        {
          kind: entry.kind,
          label: `brand or operator of ${categories.slice(0, 3).join(', ')}${more} (${reach})`,
          country,
          start: null,
          end,
          weight: nsiWeight(reach, categories.length),
        },
      ],
    });
  }
  return candidates;
}

function nsi(mirror: string): SourceResult | null {
  const snapshot = open(mirror, NSI_REPO);
  if (!snapshot) return null;
  const files: NsiFile[] = [];
  const sourceFiles: SourceFile[] = [];
  for (const tree of NSI_TREES) {
    let rows = 0;
    for (const path of gitFiles(snapshot.dir, snapshot.commit, tree.folder)) {
      if (!path.endsWith('.json')) continue;
      const text = read(snapshot, path);
      if (!text) continue;
      const items = (JSON.parse(text) as { items?: NsiItem[] }).items ?? [];
      rows += items.length;
      files.push({ tree: tree.tag, category: path.slice(tree.folder.length + 1, -'.json'.length), items });
    }
    sourceFiles.push({ path: tree.folder, rows });
  }
  // The index is kept current: a name it lists is in use in the year its data last changed.
  return result(
    'nsi',
    NSI_REPO,
    snapshot,
    'BSD 3-Clause (LICENSE.md of the repository); Wikidata ids (CC0 1.0)',
    sourceFiles,
    nsiCandidates(files, refreshed(snapshot, 'data')),
  );
}

// ---------------------------------------------------------------------------------------------------------------

/** Every adapter of this file; `missing` lists the repositories that were not fetched. */
export function readDomainSources(mirror: string): { results: SourceResult[]; missing: string[] } {
  const results: SourceResult[] = [];
  const missing: string[] = [];
  const add = (repo: string, found: SourceResult | SourceResult[] | null): void => {
    const list = found === null ? [] : Array.isArray(found) ? found : [found];
    if (list.length === 0) missing.push(repo);
    results.push(...list);
  };
  add(PARLGOV_WEB_REPO, parlGovWeb(mirror));
  add(NATURAL_EARTH_REPO, naturalEarth(mirror));
  add(CLUBS_REPO, footballClubs(mirror));
  add(MEDIA_CRED_REPO, mediaCred(mirror));
  add(NSI_REPO, nsi(mirror));
  return { results, missing };
}
