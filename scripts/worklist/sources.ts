/**
 * The worklist's inputs: public repositories fetched as snapshots (see assets/worklist/README.md, "Rebuilding"),
 * each read by an adapter that turns its rows into candidates. A candidate is one source's view of one entity: its
 * Wikidata id and English Wikipedia title where the source gives them, its name, type and the roles that make it
 * salient. The generator (build.ts) merges candidates of the same entity and ranks them.
 *
 * Nothing is added from memory: every candidate comes from a row of a file named in its source's provenance.
 */
import { countryCodeOfAlpha3, countryCodeOfName } from './countries';
import { readDomainSources } from './domains';
import {
  enwikiTitle,
  fileDate,
  normaliseTitle,
  open,
  parseTable,
  parseTsv,
  parseYamlSubset,
  qidOrNull,
  read,
  refreshed,
  snapshotDir,
  yearOf,
  type Yaml,
} from './lib';
import { classifyOffice, OFFICE_WEIGHT, partyWeight, REFERENCE_YEAR, type OfficeKind } from './salience';

export type EntityType = 'person' | 'organisation' | 'place' | 'event' | 'group' | 'work' | 'concept';

export interface Role {
  kind: OfficeKind;
  /** The office or fact as the source names it ("Prime Minister", "party: 26.6 % (2012)"). */
  label: string;
  country: string;
  start: number | null;
  /**
   * Last year the role held. A role its source gives no end ends in the year the source file was last refreshed:
   * the source knew it held then, and whether it still holds is for the shipping step to check.
   */
  end: number;
  weight: number;
}

export interface Candidate {
  source: string;
  qid: string | null;
  title: string | null;
  /** A GeoNames id, for places whose source gives one: it finds the place in a pack that cites GeoNames. */
  geonames?: string | null;
  label: string;
  type: EntityType;
  roles: Role[];
}

export interface SourceFile {
  path: string;
  rows: number;
  /** When the file last changed before the snapshot's commit (filled in by readSources). */
  date?: string;
}

export interface SourceResult {
  key: string;
  repo: string;
  commit: string;
  date: string;
  licence: string;
  files: SourceFile[];
  candidates: Candidate[];
}

/** Countries whose parties issue #18 asks for: the EU's 27, the UK, the US, Switzerland, Norway, Ukraine, Russia,
 * Turkey and Israel (ISO 3166-1 alpha-3, as Party Facts and ParlGov write them). The worklist takes every country's
 * parties (weighed by the country); the pack generators use this list to choose what to write first. */
export const PARTY_COUNTRIES = new Set([
  'AUT',
  'BEL',
  'BGR',
  'HRV',
  'CYP',
  'CZE',
  'DNK',
  'EST',
  'FIN',
  'FRA',
  'DEU',
  'GRC',
  'HUN',
  'IRL',
  'ITA',
  'LVA',
  'LTU',
  'LUX',
  'MLT',
  'NLD',
  'POL',
  'PRT',
  'ROU',
  'SVK',
  'SVN',
  'ESP',
  'SWE',
  'GBR',
  'USA',
  'CHE',
  'NOR',
  'UKR',
  'RUS',
  'TUR',
  'ISR',
]);

/** Parties, offices and leaders are kept when active in or after this year. */
const SINCE_YEAR = 2000;

// ---------------------------------------------------------------------------------------------------------------
// Party Facts (hdigital/partyfactsdata): core parties, their Wikipedia pages and Wikidata ids.

const PARTYFACTS_REPO = 'hdigital/partyfactsdata';
const PARTYFACTS_CORE = 'import/elecglob/partyfacts-core-parties.csv';
const PARTYFACTS_WIKIDATA = 'import/wikipedia/wikidata.csv';
const PARLGOV_IN_PARTYFACTS = 'import/parlgov/parlgov.csv';
const PARLGOV_PARTYFACTS_IDS = 'import/mapp/partyfacts-parlgov.csv';

function partyFacts(mirror: string): SourceResult | null {
  const snapshot = open(mirror, PARTYFACTS_REPO);
  if (!snapshot) return null;
  const core = parseTable(read(snapshot, PARTYFACTS_CORE) ?? '');
  const wikidata = parseTable(read(snapshot, PARTYFACTS_WIKIDATA) ?? '');
  const qidOf = new Map(wikidata.map((row) => [row.partyfacts_id ?? '', qidOrNull(row.wikidata_id)]));
  const openEnd = refreshed(snapshot, PARTYFACTS_CORE);
  const candidates: Candidate[] = [];
  for (const row of core) {
    if (row.technical) continue;
    const title = enwikiTitle(row.wikipedia ?? '');
    const qid = qidOf.get(row.partyfacts_id ?? '') ?? null;
    if (!title && !qid) continue;
    const last = yearOf(row.year_last);
    if (last !== null && last < SINCE_YEAR) continue;
    const share = row.share ? Number(row.share) : null;
    const country = countryCodeOfAlpha3(row.country ?? '');
    candidates.push({
      source: 'partyfacts',
      qid,
      title,
      label: row.name_english || row.name || title || qid || '',
      type: 'organisation',
      roles: [
        {
          kind: 'party',
          label: `party${share === null ? '' : `, best vote share ${share} % (${row.share_year})`}`,
          country,
          start: yearOf(row.year_first),
          end: last ?? openEnd,
          weight: partyWeight(share, yearOf(row.share_year), false),
        },
      ],
    });
  }
  return {
    key: 'partyfacts',
    repo: PARTYFACTS_REPO,
    commit: snapshot.commit,
    date: snapshot.date,
    licence: 'MIT (LICENSE.md of the repository); Party Facts, Döring & Regel 2019',
    files: [
      { path: PARTYFACTS_CORE, rows: core.length },
      { path: PARTYFACTS_WIKIDATA, rows: wikidata.length },
    ],
    candidates,
  };
}

/** ParlGov's party table as imported into Party Facts (ParlGov 2024 release): vote shares and cabinet seats. */
function parlGov(mirror: string): SourceResult | null {
  const snapshot = open(mirror, PARTYFACTS_REPO);
  if (!snapshot) return null;
  const rows = parseTable(read(snapshot, PARLGOV_IN_PARTYFACTS) ?? '');
  // ParlGov links pages by older titles ("Freie Demokratische Partei"); Party Facts' link table and Wikidata ids
  // let its rows merge with Party Facts' ("Free Democratic Party (Germany)").
  const links = parseTable(read(snapshot, PARLGOV_PARTYFACTS_IDS) ?? '');
  const wikidata = parseTable(read(snapshot, PARTYFACTS_WIKIDATA) ?? '');
  const qidOfPartyFacts = new Map(
    wikidata.map((row) => [row.partyfacts_id ?? '', qidOrNull(row.wikidata_id)]),
  );
  const qidOf = new Map(
    links.map((row) => [row.parlgov_id ?? '', qidOfPartyFacts.get(row.partyfacts_id ?? '') ?? null]),
  );
  const candidates: Candidate[] = [];
  for (const row of rows) {
    const title = enwikiTitle(row.wikipedia ?? '');
    if (!title) continue;
    const last = yearOf(row.last);
    if (last === null || last < SINCE_YEAR) continue;
    const share = row.share_max ? Number(row.share_max) : null;
    const cabinets = Number(row.cabinet_n || '0');
    candidates.push({
      source: 'parlgov',
      qid: qidOf.get(row.party_id ?? '') ?? null,
      title,
      label: row.party_name_english || row.party_name || title,
      type: 'organisation',
      roles: [
        {
          kind: 'party',
          label: `party, ${row.election_n || 0} national elections, ${cabinets} cabinets${share === null ? '' : `, best vote share ${share} % (${row.share_max_year})`}`,
          country: countryCodeOfAlpha3(row.country ?? ''),
          start: yearOf(row.first),
          // A party that contested an election sits for the term that follows it (four years, typically).
          end: Math.min(last + 4, REFERENCE_YEAR),
          weight: partyWeight(share, yearOf(row.share_max_year), cabinets > 0),
        },
      ],
    });
  }
  return {
    key: 'parlgov',
    repo: PARTYFACTS_REPO,
    commit: snapshot.commit,
    date: snapshot.date,
    licence: 'MIT (LICENSE.md of the repository); ParlGov, Döring & Manow 2024, doi:10.7910/DVN/2VZ5ZC',
    files: [
      { path: PARLGOV_IN_PARTYFACTS, rows: rows.length },
      { path: PARLGOV_PARTYFACTS_IDS, rows: links.length },
    ],
    candidates,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// unitedstates/congress-legislators: the current Congress, and every president and vice president.

const CONGRESS_REPO = 'unitedstates/congress-legislators';
const CONGRESS_CURRENT = 'legislators-current.yaml';
const CONGRESS_EXECUTIVE = 'executive.yaml';

function asMap(value: Yaml | undefined): { [key: string]: Yaml } {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
}
function asList(value: Yaml | undefined): Yaml[] {
  return Array.isArray(value) ? value : [];
}
function asText(value: Yaml | undefined): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

function congress(mirror: string): SourceResult | null {
  const snapshot = open(mirror, CONGRESS_REPO);
  if (!snapshot) return null;
  const candidates: Candidate[] = [];
  const files: SourceFile[] = [];
  for (const path of [CONGRESS_CURRENT, CONGRESS_EXECUTIVE]) {
    const openEnd = refreshed(snapshot, path);
    const people = asList(parseYamlSubset(read(snapshot, path) ?? ''));
    files.push({ path, rows: people.length });
    for (const item of people) {
      const person = asMap(item);
      const ids = asMap(person.id);
      const name = asMap(person.name);
      const title = asText(ids.wikipedia) ? normaliseTitle(asText(ids.wikipedia)) : null;
      const qid = qidOrNull(asText(ids.wikidata));
      const label = asText(name.official_full) || [asText(name.first), asText(name.last)].join(' ').trim();
      const roles: Role[] = [];
      for (const termItem of asList(person.terms)) {
        const term = asMap(termItem);
        const end = yearOf(asText(term.end)) ?? openEnd;
        if (end < SINCE_YEAR) continue;
        const type = asText(term.type);
        const kind: OfficeKind | null =
          type === 'prez'
            ? 'head'
            : type === 'viceprez'
              ? 'deputy-head'
              : type === 'sen'
                ? 'legislator-senior'
                : type === 'rep'
                  ? 'legislator'
                  : null;
        if (!kind) continue;
        const office =
          type === 'prez'
            ? 'President of the United States'
            : type === 'viceprez'
              ? 'Vice President of the United States'
              : type === 'sen'
                ? `Senator from ${asText(term.state)}`
                : `Representative from ${asText(term.state)}`;
        roles.push({
          kind,
          label: office,
          country: 'US',
          start: yearOf(asText(term.start)),
          end,
          weight: OFFICE_WEIGHT[kind],
        });
      }
      for (const leadershipItem of asList(person.leadership_roles)) {
        const leadership = asMap(leadershipItem);
        const office = asText(leadership.title);
        const end = yearOf(asText(leadership.end)) ?? openEnd;
        if (!office || end < SINCE_YEAR) continue;
        roles.push({
          kind: 'speaker',
          label: office,
          country: 'US',
          start: yearOf(asText(leadership.start)),
          end,
          weight: OFFICE_WEIGHT.speaker,
        });
      }
      if (roles.length === 0 || (!title && !qid)) continue;
      candidates.push({ source: 'congress', qid, title, label: label || title || '', type: 'person', roles });
    }
  }
  return {
    key: 'congress',
    repo: CONGRESS_REPO,
    commit: snapshot.commit,
    date: snapshot.date,
    licence: 'CC0 1.0 (LICENSE of the repository)',
    files,
    candidates,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// every-politician-scrapers: per-country office-holders since 2000 from Wikidata (html/holders21.csv), their
// English Wikipedia pages where the repository lists them (html/bio.csv).

/** Countries whose whole government (ministers, state secretaries, mayors, speakers…) the worklist covers. */
export const FULL_COUNTRIES = new Set(['NL', 'BE', 'FR', 'DE', 'AT', 'CH', 'LU', 'GB', 'US']);
/** Elsewhere, only offices at least this heavy (heads, deputies, ministers, speakers). */
const OTHER_COUNTRIES_MIN_WEIGHT = 0.35;

/**
 * Repository → country. `INT` is the repository of international bodies (UN, ICJ, Council of Europe…); '' a state
 * that is not generally recognised (Donetsk). Iceland's repository survives only as a fork (Jkudjo/iceland-cabinet).
 */
export const EPSC_REPOS: readonly (readonly [string, string])[] = [
  ['every-politician-scrapers/netherlands-cabinet', 'NL'],
  ['every-politician-scrapers/belgium-cabinet', 'BE'],
  ['every-politician-scrapers/france-cabinet', 'FR'],
  ['every-politician-scrapers/austria-cabinet', 'AT'],
  ['every-politician-scrapers/swiss-federal-council', 'CH'],
  ['every-politician-scrapers/luxembourg-cabinet', 'LU'],
  ['every-politician-scrapers/united-kingdom-cabinet', 'GB'],
  ['every-politician-scrapers/scotland-cabinet', 'GB'],
  ['every-politician-scrapers/wales-cabinet', 'GB'],
  ['every-politician-scrapers/us-cabinet', 'US'],
  ['every-politician-scrapers/world', 'INT'],
  ['every-politician-scrapers/ukraine-cabinet', 'UA'],
  ['every-politician-scrapers/russia-cabinet', 'RU'],
  ['every-politician-scrapers/turkey-ministers', 'TR'],
  ['every-politician-scrapers/israel-ministers', 'IL'],
  ['every-politician-scrapers/norway-cabinet', 'NO'],
  ['every-politician-scrapers/italy-ministers', 'IT'],
  ['every-politician-scrapers/spain-ministers', 'ES'],
  ['every-politician-scrapers/poland-cabinet', 'PL'],
  ['every-politician-scrapers/portugal-cabinet', 'PT'],
  ['every-politician-scrapers/ireland-ministers', 'IE'],
  ['every-politician-scrapers/denmark-cabinet', 'DK'],
  ['every-politician-scrapers/sweden-cabinet', 'SE'],
  ['every-politician-scrapers/finland-cabinet', 'FI'],
  ['every-politician-scrapers/greece-cabinet', 'GR'],
  ['every-politician-scrapers/hungary-cabinet', 'HU'],
  ['every-politician-scrapers/czech-ministers', 'CZ'],
  ['every-politician-scrapers/slovakia-cabinet', 'SK'],
  ['every-politician-scrapers/slovenia-cabinet', 'SI'],
  ['every-politician-scrapers/croatia-ministers', 'HR'],
  ['every-politician-scrapers/romania-cabinet', 'RO'],
  ['every-politician-scrapers/bulgaria-cabinet', 'BG'],
  ['every-politician-scrapers/estonia', 'EE'],
  ['every-politician-scrapers/latvia-cabinet', 'LV'],
  ['every-politician-scrapers/lithuania', 'LT'],
  ['every-politician-scrapers/cyprus-cabinet', 'CY'],
  ['every-politician-scrapers/malta-ministers', 'MT'],
  ['every-politician-scrapers/china-ministers', 'CN'],
  ['every-politician-scrapers/india-ministers', 'IN'],
  ['every-politician-scrapers/japan-ministers', 'JP'],
  ['every-politician-scrapers/brazil-ministers', 'BR'],
  ['every-politician-scrapers/canada-cabinet', 'CA'],
  ['every-politician-scrapers/australia-cabinet', 'AU'],
  ['every-politician-scrapers/south-korea-ministers', 'KR'],
  ['every-politician-scrapers/mexico-ministers', 'MX'],
  ['every-politician-scrapers/indonesia-ministers', 'ID'],
  ['every-politician-scrapers/south-africa-cabinet', 'ZA'],
  ['every-politician-scrapers/saudi-ministers', 'SA'],
  ['every-politician-scrapers/iran-ministers', 'IR'],
  ['every-politician-scrapers/iraq-ministers', 'IQ'],
  ['every-politician-scrapers/syria', 'SY'],
  ['every-politician-scrapers/egypt-ministers', 'EG'],
  ['every-politician-scrapers/argentina-ministers', 'AR'],
  ['every-politician-scrapers/nigeria', 'NG'],
  ['every-politician-scrapers/pakistan-ministers', 'PK'],
  ['every-politician-scrapers/venezuela', 'VE'],
  ['every-politician-scrapers/serbia-ministers', 'RS'],
  ['every-politician-scrapers/bosnia-herzegovina-ministers', 'BA'],
  ['every-politician-scrapers/kosovo-cabinet', 'XK'],
  ['every-politician-scrapers/albania-cabinet', 'AL'],
  ['every-politician-scrapers/north-macedonia-ministers', 'MK'],
  ['every-politician-scrapers/montenegro-cabinet', 'ME'],
  ['every-politician-scrapers/moldova-ministers', 'MD'],
  ['every-politician-scrapers/belarus-ministers', 'BY'],
  ['every-politician-scrapers/georgia-ministers', 'GE'],
  ['every-politician-scrapers/armenia-ministers', 'AM'],
  // Every other state's repository (heads, deputies, ministers and speakers only; see OTHER_COUNTRIES_MIN_WEIGHT).
  ['every-politician-scrapers/afghanistan', 'AF'],
  ['every-politician-scrapers/algeria-cabinet', 'DZ'],
  ['every-politician-scrapers/andorra-cabinet', 'AD'],
  ['every-politician-scrapers/angola', 'AO'],
  ['every-politician-scrapers/antigua-barbuda-ministers', 'AG'],
  ['every-politician-scrapers/azerbaijan-cabinet', 'AZ'],
  ['every-politician-scrapers/bahamas-cabinet', 'BS'],
  ['every-politician-scrapers/bahrain', 'BH'],
  ['every-politician-scrapers/bangladesh-ministers', 'BD'],
  ['every-politician-scrapers/barbados-cabinet', 'BB'],
  ['every-politician-scrapers/belize-ministers', 'BZ'],
  ['every-politician-scrapers/benin-ministers', 'BJ'],
  ['every-politician-scrapers/bhutan-ministers', 'BT'],
  ['every-politician-scrapers/bolivia-ministers', 'BO'],
  ['every-politician-scrapers/botswana-ministers', 'BW'],
  ['every-politician-scrapers/brunei-ministers', 'BN'],
  ['every-politician-scrapers/burkina-faso', 'BF'],
  ['every-politician-scrapers/burundi-ministers', 'BI'],
  ['every-politician-scrapers/cabo-verde', 'CV'],
  ['every-politician-scrapers/cambodia', 'KH'],
  ['every-politician-scrapers/cameroon', 'CM'],
  ['every-politician-scrapers/central-african-republic', 'CF'],
  ['every-politician-scrapers/chad-ministers', 'TD'],
  ['every-politician-scrapers/chile-ministers', 'CL'],
  ['every-politician-scrapers/comoros', 'KM'],
  ['every-politician-scrapers/congo-brazzaville', 'CG'],
  ['every-politician-scrapers/congo-kinshasa-ministers', 'CD'],
  ['every-politician-scrapers/costa-rica', 'CR'],
  ['every-politician-scrapers/cuba', 'CU'],
  ['every-politician-scrapers/djibouti-ministers', 'DJ'],
  ['every-politician-scrapers/dominica', 'DM'],
  ['every-politician-scrapers/dominican-republic', 'DO'],
  ['every-politician-scrapers/donetsk', ''],
  ['every-politician-scrapers/ecuador-ministers', 'EC'],
  ['every-politician-scrapers/el-salvador-ministers', 'SV'],
  ['every-politician-scrapers/equatorial-guinea', 'GQ'],
  ['every-politician-scrapers/eritrea-ministers', 'ER'],
  ['every-politician-scrapers/eswatini', 'SZ'],
  ['every-politician-scrapers/ethiopia-ministers', 'ET'],
  ['every-politician-scrapers/fiji-ministers', 'FJ'],
  ['every-politician-scrapers/gabon-ministers', 'GA'],
  ['every-politician-scrapers/gambia-ministers', 'GM'],
  ['every-politician-scrapers/ghana-ministers', 'GH'],
  ['every-politician-scrapers/grenada', 'GD'],
  ['every-politician-scrapers/guatemala-ministers', 'GT'],
  ['every-politician-scrapers/guinea', 'GN'],
  ['every-politician-scrapers/guinea-bissau', 'GW'],
  ['every-politician-scrapers/guyana', 'GY'],
  ['every-politician-scrapers/haiti', 'HT'],
  ['every-politician-scrapers/honduras-ministers', 'HN'],
  ['every-politician-scrapers/ivory-coast', 'CI'],
  ['every-politician-scrapers/jamaica-ministers', 'JM'],
  ['every-politician-scrapers/jordan-ministers', 'JO'],
  ['every-politician-scrapers/kazakhstan-cabinet', 'KZ'],
  ['every-politician-scrapers/kenya', 'KE'],
  ['every-politician-scrapers/kiribati-ministers', 'KI'],
  ['every-politician-scrapers/kuwait-ministers', 'KW'],
  ['every-politician-scrapers/kyrgyzstan-ministers', 'KG'],
  ['every-politician-scrapers/laos', 'LA'],
  ['every-politician-scrapers/lebanon', 'LB'],
  ['every-politician-scrapers/lesotho-ministers', 'LS'],
  ['every-politician-scrapers/liberia-ministers', 'LR'],
  ['every-politician-scrapers/libya', 'LY'],
  ['every-politician-scrapers/liechtenstein-ministers', 'LI'],
  ['every-politician-scrapers/madagascar-ministers', 'MG'],
  ['every-politician-scrapers/malawi-ministers', 'MW'],
  ['every-politician-scrapers/malaysia-ministers', 'MY'],
  ['every-politician-scrapers/maldives-ministers', 'MV'],
  ['every-politician-scrapers/mali', 'ML'],
  ['every-politician-scrapers/marshall-islands-ministers', 'MH'],
  ['every-politician-scrapers/mauritania', 'MR'],
  ['every-politician-scrapers/mauritius-ministers', 'MU'],
  ['every-politician-scrapers/micronesia-ministers', 'FM'],
  ['every-politician-scrapers/mongolia-ministers', 'MN'],
  ['every-politician-scrapers/morocco-ministers', 'MA'],
  ['every-politician-scrapers/mozambique', 'MZ'],
  ['every-politician-scrapers/myanmar-ministers', 'MM'],
  ['every-politician-scrapers/nepal-ministers', 'NP'],
  ['every-politician-scrapers/new-zealand-cabinet', 'NZ'],
  ['every-politician-scrapers/nicaragua', 'NI'],
  ['every-politician-scrapers/niger-ministers', 'NE'],
  ['every-politician-scrapers/north-korea', 'KP'],
  ['every-politician-scrapers/oman', 'OM'],
  ['every-politician-scrapers/palau', 'PW'],
  ['every-politician-scrapers/palestine', 'PS'],
  ['every-politician-scrapers/panama-ministers', 'PA'],
  ['every-politician-scrapers/papua-new-guinea', 'PG'],
  ['every-politician-scrapers/paraguay-ministers', 'PY'],
  ['every-politician-scrapers/philippines-ministers', 'PH'],
  ['every-politician-scrapers/qatar-ministers', 'QA'],
  ['every-politician-scrapers/rwanda-ministers', 'RW'],
  ['every-politician-scrapers/san-marino-ministers', 'SM'],
  ['every-politician-scrapers/sao-tome-and-principe', 'ST'],
  ['every-politician-scrapers/senegal-ministers', 'SN'],
  ['every-politician-scrapers/sierra-leone', 'SL'],
  ['every-politician-scrapers/singapore-ministers', 'SG'],
  ['every-politician-scrapers/solomons-ministers', 'SB'],
  ['every-politician-scrapers/somalia-cabinet', 'SO'],
  ['every-politician-scrapers/south-sudan', 'SS'],
  ['every-politician-scrapers/sri-lanka-cabinet', 'LK'],
  ['every-politician-scrapers/st-kitts-and-nevis-cabinet', 'KN'],
  ['every-politician-scrapers/st-lucia-cabinet', 'LC'],
  ['every-politician-scrapers/st-vincent-and-the-grenadines', 'VC'],
  ['every-politician-scrapers/sudan', 'SD'],
  ['every-politician-scrapers/suriname', 'SR'],
  ['every-politician-scrapers/taiwan', 'TW'],
  ['every-politician-scrapers/tajikistan-ministers', 'TJ'],
  ['every-politician-scrapers/tanzania-ministers', 'TZ'],
  ['every-politician-scrapers/timor-leste-ministers', 'TL'],
  ['every-politician-scrapers/togo', 'TG'],
  ['every-politician-scrapers/tonga-ministers', 'TO'],
  ['every-politician-scrapers/trinidad-and-tobago-cabinet', 'TT'],
  ['every-politician-scrapers/tunisia-ministers', 'TN'],
  ['every-politician-scrapers/turkmenistan', 'TM'],
  ['every-politician-scrapers/tuvalu-ministers', 'TV'],
  ['every-politician-scrapers/uae-ministers', 'AE'],
  ['every-politician-scrapers/uganda-ministers', 'UG'],
  ['every-politician-scrapers/uruguay-ministers', 'UY'],
  ['every-politician-scrapers/uzbekistan-ministers', 'UZ'],
  ['every-politician-scrapers/vanuatu-cabinet', 'VU'],
  ['every-politician-scrapers/vietnam', 'VN'],
  ['every-politician-scrapers/yemen', 'YE'],
  ['every-politician-scrapers/zambia-ministers', 'ZM'],
  ['every-politician-scrapers/zimbabwe', 'ZW'],
  ['Jkudjo/iceland-cabinet', 'IS'],
];

const EPSC_HOLDERS = 'html/holders21.csv';
const EPSC_BIO = 'html/bio.csv';

/** QID → English Wikipedia title from every fetched repository's html/bio.csv (one person, one page). */
function epscTitles(mirror: string): Map<string, string> {
  const titles = new Map<string, string>();
  for (const [repo] of EPSC_REPOS) {
    const snapshot = open(mirror, repo);
    if (!snapshot) continue;
    for (const row of parseTable(read(snapshot, EPSC_BIO) ?? '')) {
      const qid = qidOrNull(row.id);
      if (qid && row.enwiki) titles.set(qid, normaliseTitle(row.enwiki));
    }
  }
  return titles;
}

function epsc(
  mirror: string,
  repo: string,
  country: string,
  titles: Map<string, string>,
): SourceResult | null {
  const snapshot = open(mirror, repo);
  if (!snapshot) return null;
  const holders = parseTable(read(snapshot, EPSC_HOLDERS) ?? '');
  const bio = parseTable(read(snapshot, EPSC_BIO) ?? '');
  const openEnd = refreshed(snapshot, EPSC_HOLDERS);
  const candidates: Candidate[] = [];
  for (const row of holders) {
    const qid = qidOrNull(row.personID);
    if (!qid) continue;
    const office = row.position ?? '';
    const kind = classifyOffice(office, country);
    const weight = OFFICE_WEIGHT[kind];
    if (weight === 0) continue;
    if (!FULL_COUNTRIES.has(country) && weight < OTHER_COUNTRIES_MIN_WEIGHT) continue;
    const end = yearOf(row.end) ?? openEnd;
    if (end < SINCE_YEAR) continue;
    candidates.push({
      source: repo.split('/')[1] ?? repo,
      qid,
      title: titles.get(qid) ?? null,
      label: row.person || qid,
      type: 'person',
      roles: [{ kind, label: office, country, start: yearOf(row.start), end, weight }],
    });
  }
  const files: SourceFile[] = [{ path: EPSC_HOLDERS, rows: holders.length }];
  if (bio.length > 0) files.push({ path: EPSC_BIO, rows: bio.length });
  return {
    key: repo.split('/')[1] ?? repo,
    repo,
    commit: snapshot.commit,
    date: snapshot.date,
    licence: 'no licence file; Wikidata query results (CC0 1.0)',
    files,
    candidates,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// every-politician-scrapers/european-parliament: the European Parliament's members (9th term) matched to Wikidata.

const EP_REPO = 'every-politician-scrapers/european-parliament';
const EP_MEMBERS = 'data/wikidata.csv';

function europeanParliament(mirror: string, titles: Map<string, string>): SourceResult | null {
  const snapshot = open(mirror, EP_REPO);
  if (!snapshot) return null;
  const rows = parseTable(read(snapshot, EP_MEMBERS) ?? '');
  const openEnd = refreshed(snapshot, EP_MEMBERS);
  const candidates: Candidate[] = [];
  for (const row of rows) {
    const qid = qidOrNull(row.item);
    if (!qid) continue;
    candidates.push({
      source: 'european-parliament',
      qid,
      title: titles.get(qid) ?? null,
      label: row.name || qid,
      type: 'person',
      roles: [
        {
          kind: 'legislator',
          label: `Member of the European Parliament for ${row.country}`,
          country: 'EU',
          start: null,
          end: openEnd,
          weight: OFFICE_WEIGHT.legislator,
        },
      ],
    });
  }
  return {
    key: 'european-parliament',
    repo: EP_REPO,
    commit: snapshot.commit,
    date: snapshot.date,
    licence:
      'no licence file; Wikidata query results (CC0 1.0) matched to the list of members on the Parliament site',
    files: [{ path: EP_MEMBERS, rows: rows.length }],
    candidates,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// every-politician-scrapers/world-leaders-2021: every state's head of state and of government, 2021–2022, with the
// English Wikipedia page each is linked to on Wikipedia's list of state leaders.

const LEADERS_REPO = 'every-politician-scrapers/world-leaders-2021';
/** Words every office in the list contains; a row whose office has none of them names no office. */
const LEADER_OFFICE =
  /\b(president|presidency|prime minister|premier|chancellor|minister|monarch|monarchy|king|queen|emperor|emir|sultan|grand duke|prince|chairman|chairmen|chair|captains? regent|governor|leader|secretary|head|supreme|regent|yang di-pertuan|taoiseach|council|heads of (state|government)|high representative)\b/i;
/** Office names that stand where a person's page should be ("Pope" for the sovereign of Vatican City). */
const GENERIC_TITLE = /^(pope|president|prime minister|king|queen|monarch)$/i;
const LEADERS_WIKIPEDIA = 'data/wikipedia.csv';

function worldLeaders(mirror: string): SourceResult | null {
  const snapshot = open(mirror, LEADERS_REPO);
  if (!snapshot) return null;
  const rows = parseTable(read(snapshot, LEADERS_WIKIPEDIA) ?? '');
  const openEnd = refreshed(snapshot, LEADERS_WIKIPEDIA);
  const candidates: Candidate[] = [];
  for (const row of rows) {
    const qid = qidOrNull(row.officeholder);
    const title = row.officeholderlabel ? normaliseTitle(row.officeholderlabel) : null;
    if (!qid || !title || GENERIC_TITLE.test(title)) continue;
    const office = row.positionlabel ?? '';
    // The list holds heads of state and of government; a few rows name a person or a body where the office
    // should be (a scraping slip), and those are left out.
    if (!LEADER_OFFICE.test(office) || qidOrNull(row.position) === qid) continue;
    const country = countryCodeOfName(row.country ?? '');
    const kind: OfficeKind =
      /^(king|queen|monarch|emperor|sultan|emir|grand duke|prince|yang di-pertuan)/i.test(office)
        ? 'monarch'
        : /^governor-general/i.test(office)
          ? 'other'
          : /^high representative/i.test(office)
            ? 'international-head'
            : 'head';
    candidates.push({
      source: 'world-leaders-2021',
      qid,
      title,
      label: title.replace(/\s*\(.*\)$/, ''),
      type: 'person',
      roles: [
        {
          kind,
          label: office,
          country,
          start: yearOf(row.start_year),
          end: yearOf(row.end_year) ?? openEnd,
          weight: OFFICE_WEIGHT[kind],
        },
      ],
    });
  }
  return {
    key: 'world-leaders-2021',
    repo: LEADERS_REPO,
    commit: snapshot.commit,
    date: snapshot.date,
    licence: 'no licence file; Wikipedia list of state leaders (CC BY-SA 4.0) matched to Wikidata (CC0 1.0)',
    files: [{ path: LEADERS_WIKIPEDIA, rows: rows.length }],
    candidates,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Cabinets by name: the EU's member states' governments (every-politician-scrapers/eu-cabinets) and every state's
// current government with an English Wikipedia page (every-politician-scrapers/world).

const EU_CABINETS_REPO = 'every-politician-scrapers/eu-cabinets';
const EU_CABINETS = 'data/wikipedia.csv';
const WORLD_REPO = 'every-politician-scrapers/world';
const WORLD_CABINETS = 'wikidata/results/enwiki-current-cabinets.csv';

function cabinets(mirror: string): SourceResult[] {
  const results: SourceResult[] = [];
  const eu = open(mirror, EU_CABINETS_REPO);
  if (eu) {
    const rows = parseTable(read(eu, EU_CABINETS) ?? '');
    const euOpen = refreshed(eu, EU_CABINETS);
    results.push({
      key: 'eu-cabinets',
      repo: EU_CABINETS_REPO,
      commit: eu.commit,
      date: eu.date,
      licence: 'no licence file; Wikipedia page titles (CC BY-SA 4.0) and Wikidata ids (CC0 1.0)',
      files: [{ path: EU_CABINETS, rows: rows.length }],
      candidates: rows
        .filter((row) => row.cabinetlabel)
        .map((row) => ({
          source: 'eu-cabinets',
          qid: qidOrNull(row.cabinet),
          title: normaliseTitle(row.cabinetlabel ?? ''),
          label: row.cabinetlabel ?? '',
          type: 'organisation' as const,
          roles: [
            {
              kind: 'cabinet' as const,
              label: `government of ${row.countrylabel}`,
              country: countryCodeOfName(row.countrylabel ?? ''),
              start: null,
              end: euOpen,
              weight: OFFICE_WEIGHT.cabinet,
            },
          ],
        })),
    });
  }
  const world = open(mirror, WORLD_REPO);
  if (world) {
    const rows = parseTable(read(world, WORLD_CABINETS) ?? '');
    const openEnd = refreshed(world, WORLD_CABINETS);
    const candidates: Candidate[] = [];
    for (const row of rows) {
      const national = row.country && row.country === row.jurisdiction;
      const union = row.jurisdictionLabel === 'European Union';
      if (!row.page || (!national && !union)) continue;
      const end = yearOf(row.abolished) ?? openEnd;
      candidates.push({
        source: 'world-cabinets',
        qid: qidOrNull(row.item),
        title: normaliseTitle(row.page),
        label: row.itemLabel || row.page,
        type: 'organisation',
        roles: [
          {
            kind: 'cabinet',
            label: union ? 'European Commission' : `government of ${row.countryLabel}`,
            country: union ? 'EU' : countryCodeOfName(row.countryLabel ?? ''),
            start: yearOf(row.inception),
            end,
            weight: OFFICE_WEIGHT.cabinet,
          },
        ],
      });
    }
    results.push({
      key: 'world-cabinets',
      repo: WORLD_REPO,
      commit: world.commit,
      date: world.date,
      licence: 'no licence file; Wikidata query results (CC0 1.0) with English Wikipedia page titles',
      files: [{ path: WORLD_CABINETS, rows: rows.length }],
      candidates,
    });
  }
  return results;
}

// ---------------------------------------------------------------------------------------------------------------
// Archigos 4.1 (globalgov/manystates): every state's effective leader, 1875–2015, with a DBpedia resource (= an
// English Wikipedia title) for some. Only leaders in office in or after 2000 with a resource are used.

const MANYSTATES_REPO = 'globalgov/manystates';

function earliest(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}
const ARCHIGOS = 'data-raw/leaders/archigos/arch_annual.txt';
const COW_STATES = 'data-raw/states/COW/states2016.csv';

function archigos(mirror: string): SourceResult | null {
  const snapshot = open(mirror, MANYSTATES_REPO);
  if (!snapshot) return null;
  const rows = parseTsv(read(snapshot, ARCHIGOS) ?? '');
  const states = parseTable(read(snapshot, COW_STATES) ?? '');
  // By numeric code first: Archigos's letter codes differ from the state list's in places (RUM/ROM, FJI/FIJ).
  const countryOf = new Map(states.map((row) => [row.ccode ?? '', countryCodeOfName(row.statenme ?? '')]));
  const countryOfLetters = new Map(
    states.map((row) => [row.stateabb ?? '', countryCodeOfName(row.statenme ?? '')]),
  );
  const leaders = new Map<string, { title: string; country: string; start: number | null; end: number }>();
  for (const row of rows) {
    const uri = row['dbpedia.uri'] ?? '';
    const match = /^https?:\/\/dbpedia\.org\/resource\/(.+)$/.exec(uri);
    const end = yearOf(row.enddate);
    if (!match?.[1] || end === null) continue;
    const key = `${row.leadid}|${row.idacr}`;
    const known = leaders.get(key);
    const start = yearOf(row.startdate);
    leaders.set(key, {
      title: normaliseTitle(match[1]),
      country: countryOf.get(row.ccode ?? '') || countryOfLetters.get(row.idacr ?? '') || '',
      start: earliest(known?.start ?? null, start),
      end: Math.max(known?.end ?? 0, end),
    });
  }
  return {
    key: 'archigos',
    repo: MANYSTATES_REPO,
    commit: snapshot.commit,
    date: snapshot.date,
    licence:
      'CC BY 4.0 (LICENSE.md of the repository); Archigos 4.1, Goemans, Gleditsch & Chiozza 2009; titles from DBpedia (CC BY-SA)',
    files: [
      { path: ARCHIGOS, rows: rows.length },
      { path: COW_STATES, rows: states.length },
    ],
    // Kept when in office in or after 2000; the start is the spell's first year, before 2000 or not.
    candidates: [...leaders.values()]
      .filter((leader) => leader.end >= SINCE_YEAR)
      .map((leader) => ({
        source: 'archigos',
        qid: null,
        title: leader.title,
        label: leader.title.replace(/\s*\(.*\)$/, ''),
        type: 'person' as const,
        roles: [
          {
            kind: 'head' as const,
            label: 'effective leader (Archigos)',
            country: leader.country,
            start: leader.start,
            end: leader.end,
            weight: OFFICE_WEIGHT.head,
          },
        ],
      })),
  };
}

/** Reads every source present in the mirror; `missing` lists the repositories that were not fetched. */
export function readSources(mirror: string): { results: SourceResult[]; missing: string[] } {
  const results: SourceResult[] = [];
  const missing: string[] = [];
  const add = (repo: string, result: SourceResult | null): void => {
    if (result) results.push(result);
    else if (!missing.includes(repo)) missing.push(repo);
  };
  add(PARTYFACTS_REPO, partyFacts(mirror));
  add(PARTYFACTS_REPO, parlGov(mirror));
  add(CONGRESS_REPO, congress(mirror));
  add(LEADERS_REPO, worldLeaders(mirror));
  add(MANYSTATES_REPO, archigos(mirror));
  const cabinetResults = cabinets(mirror);
  results.push(...cabinetResults);
  if (!cabinetResults.some((result) => result.repo === EU_CABINETS_REPO)) missing.push(EU_CABINETS_REPO);
  const titles = epscTitles(mirror);
  for (const [repo, country] of EPSC_REPOS) add(repo, epsc(mirror, repo, country, titles));
  add(EP_REPO, europeanParliament(mirror, titles));
  const domains = readDomainSources(mirror);
  results.push(...domains.results);
  missing.push(...domains.missing);
  for (const result of results) {
    const dir = snapshotDir(mirror, result.repo);
    for (const file of result.files) file.date = fileDate(dir, result.commit, file.path);
  }
  return { results, missing };
}
