/**
 * `npx tsx scripts/generate/congress.ts [--mirror /work/.mirror]`: generates assets/packs/us-congress.json and
 * its notes (us-congress.notes.md) from the snapshot of unitedstates/congress-legislators (CC0 1.0), read with git
 * (no work tree, no network):
 *  - every member of `legislators-current.yaml` at the snapshot's HEAD;
 *  - former members who sat in the Senate after 3 January 2009, or held a top leadership role (Speaker, a floor
 *    leader of either chamber) that ended after 1 January 2015. They come from `legislators-historical.yaml` when the
 *    snapshot holds that file; a snapshot that lists it without its content (its largest files may be left out)
 *    falls back on the history of `legislators-current.yaml`: a former member's record as the last committed version
 *    that listed them gives it, kept only when they left at the regular end of a Congress (their last term ends on
 *    3 January of an odd year and they were dropped from the file at that time), since the file never records the
 *    date of a resignation or death. The gh-pages build of the same commit (`legislators-historical.csv`, one row
 *    per former member with their last term) confirms that no later term is missing and gives the current
 *    Wikipedia title. Mid-term leavers are kept only where CHECKED_ENDS gives the day they left, as checked by hand
 *    on stored Wikipedia pages.
 * People already in a bundled pack (assets/packs/*.json: same Wikidata id, or a bundled person of the same name) are
 * left out. Statements: occupation, sex or gender, citizenship, last party, and one `position-held` per continuous
 * run of terms in one chamber for one state, pointing at per-state offices this pack defines. Each statement cites
 * the member's English Wikipedia page (the yaml's `id.wikipedia`), or the stored page a hand check read.
 *
 * After the audit (us-congress.audit.md, error rate 2.03 %), dates follow fixed rules (see runStartValue,
 * runEndValue): a regular term starts and ends on 3 January of an odd year; every other start or end (special
 * elections, appointments, late seatings, resignations, deaths) is written to the month, except where a stored page
 * was checked for that member (CHECKED_RUNS, CHECKED_ENDS: the page's day, with that page as source). Birth dates
 * are written only where a stored page was checked (CORRECTIONS): the yaml's `bio.birthday` is wrong for about
 * 3-4 % of members. Former members without a Wikidata id in the yaml get it from the Wikidata query results in
 * every-politician-scrapers/us-cabinet (`html/bio.csv`, by English Wikipedia title).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Alias, Entity, Lang, Pack, PackClass, Statement } from '../../src/core/kb/schema';
import {
  gitShow,
  headCommit,
  parseTable,
  parseTsv,
  parseYamlSubset,
  slugify,
  snapshotDir,
  type Yaml,
} from '../worklist/lib';
import { dropSharedAliases, markNeedsContext, writePack } from './lib/pack';
import { nameKey } from './lib/text';

const REPO = 'unitedstates/congress-legislators';
const REPO_URL = `https://github.com/${REPO}`;
const CURRENT = 'legislators-current.yaml';
const HISTORICAL = 'legislators-historical.yaml';
const HISTORICAL_CSV = 'legislators-historical.csv';
const LICENSE = 'CC0 1.0';
const OUTPUT = 'assets/packs/us-congress.json';
const NOTES = 'assets/packs/curation/us-congress.notes.md';
const BUNDLED_DIR = 'assets/packs';
const WORKLIST = 'assets/worklist/politics.tsv';
const REVIEWED = '2026-12-05';
/** Wikidata ids (and, for the notes, Wikidata's birth dates) of people with an English Wikipedia title. */
const WIKIDATA_REPO = 'every-politician-scrapers/us-cabinet';
const WIKIDATA_FILE = 'html/bio.csv';
const WIKIDATA_LICENSE = 'no licence file; Wikidata query results (CC0 1.0)';
/**
 * Whether a yaml birth date that Wikidata's (WIKIDATA_FILE) gives to the day as well is written. Off: the audit asked
 * for births only where a stored page was checked. The notes count how many would be written if it were on.
 */
const BIRTHS_CONFIRMED_BY_WIKIDATA = false;
/** A former senator is in when a Senate term of theirs ended after this day (the 111th Congress began). */
const SENATE_SINCE = '2009-01-03';
/** A former leader is in when a top leadership role of theirs ended after this day. */
const LEADER_SINCE = '2015-01-01';
/**
 * A former member (history fallback) counts as leaving at the end of a Congress only when at least this many members
 * were dropped from the file in the same commit: the maintainers' update for a new Congress drops dozens, while a
 * resignation, a death or a special election drops one or two (Butler and Helmy, December 2024, went together).
 */
const MIN_BATCH = 5;
/** Terms in one chamber for one state are one run when the next begins within this many days of the last's end. */
const RUN_GAP_DAYS = 200;
/** Leadership titles that make a member "most senior": their surname alone is an alias (needing context). */
const TOP_ROLES = new Set([
  'Speaker',
  'Speaker of the House',
  'Majority Leader',
  'Minority Leader',
  'Senate Majority Leader',
  'Senate Minority Leader',
  'House Majority Leader',
  'House Minority Leader',
]);
const PARTY_IDS: Record<string, string> = {
  Democrat: 'democratic-party-united-states',
  Republican: 'republican-party-united-states',
};

/**
 * Former members who left mid-term, with the day they left as the stored copy of their English Wikipedia page
 * (search corpus `pages`, checked when the pack was generated) states it: the history of legislators-current.yaml
 * keeps only the term's scheduled end for them. Only used in the history fallback (see the header); the historical
 * yaml has these dates itself. `month`: the page gives only the month (the day is written as year-month).
 */
const CHECKED_ENDS: Record<string, { end: string; checked: string; month?: boolean }> = {
  M000303: { end: '2018-08-25', checked: 'John McCain: infobox "January 3, 1987 – August 25, 2018" (died)' },
  F000062: { end: '2023-09-29', checked: 'Dianne Feinstein: died in office on 29 September 2023' },
  F000457: { end: '2018-01-02', checked: 'Al Franken: infobox "July 7, 2009 – January 2, 2018" (resigned)' },
  B000589: {
    end: '2015-10-31',
    checked: 'John Boehner: infobox House term "January 3, 1991 – October 31, 2015"',
  },
  M001165: {
    end: '2023-12-31',
    month: true,
    checked:
      'Kevin McCarthy: resigned from the House in December 2023 (the day, 31 December, is only in the repository ' +
      'commit that dropped him: written as 2023-12)',
  },
  M000639: {
    end: '2024-08-20',
    checked: 'Bob Menendez: infobox "January 17, 2006 – August 20, 2024" (resigned)',
  },
  I000024: { end: '2023-01-03', checked: 'Jim Inhofe: formally resigned on January 3, 2023' },
  S001197: { end: '2023-01-08', checked: 'Ben Sasse: resigned on January 8, 2023 (University of Florida)' },
  I000055: {
    end: '2019-12-31',
    checked: 'Johnny Isakson: infobox "January 3, 2005 – December 31, 2019" (resigned)',
  },
  K000352: {
    end: '2018-12-31',
    checked: 'Jon Kyl: second stint "September 4, 2018 – December 31, 2018" (resigned)',
  },
};

/** A run of terms whose start and/or end day was checked by hand on a stored page. */
interface CheckedRun {
  type: 'sen' | 'rep';
  state: string;
  start?: string;
  end?: string;
  /** The page read; it becomes the statement's source. Absent: the member's English Wikipedia page (a copy of it). */
  url?: string;
  checked: string;
}

/**
 * Office dates checked by hand on stored pages (search corpus `pages`): by the audit (us-congress.audit.md), by the
 * generator's spot check and the CHECKED_ENDS look-ups, and by the correction pass after the audit. The run is the
 * member's run in that chamber for that state whose yaml start is nearest `start` (else whose end is nearest `end`).
 */
const CHECKED_RUNS: Record<string, CheckedRun[]> = {
  C001056: [
    {
      type: 'sen',
      state: 'TX',
      start: '2002-12-02',
      url: 'https://en.wikipedia.org/wiki/John_Cornyn',
      checked:
        'John Cornyn: infobox Senate "Assumed office December 2, 2002" (re-audit; the yaml has 2002-11-30, his ' +
        'appointment, which the year-month rule had cut to 2002-11)',
    },
  ],
  H000206: [
    {
      type: 'rep',
      state: 'IA',
      start: '1975-01-03',
      end: '1985-01-03',
      url: 'https://military-history.fandom.com/wiki/Tom_Harkin',
      checked:
        'Tom Harkin: infobox House "January 3, 1975 – January 3, 1985" (audit; the yaml has 1975-01-14 – 1984-10-12)',
    },
  ],
  R000361: [
    {
      type: 'sen',
      state: 'WV',
      start: '1985-01-15',
      url: 'https://en.wikipedia.org/wiki/Jay_Rockefeller',
      checked:
        'Jay Rockefeller: infobox Senate "January 15, 1985 – January 3, 2015"; he stayed governor until 14 January ' +
        '(audit; the yaml has 1985-01-03)',
    },
  ],
  N000190: [
    {
      type: 'rep',
      state: 'SC',
      start: '2017-06-20',
      url: 'https://en.wikipedia.org/wiki/Ralph_Norman',
      checked:
        'Ralph Norman: infobox "Assumed office June 20, 2017" (audit; the yaml has 2017-06-26, the swearing-in)',
    },
  ],
  K000385: [
    {
      type: 'rep',
      state: 'IL',
      start: '2013-04-11',
      url: 'https://en.wikipedia.org/wiki/Robin_Kelly',
      checked:
        'Robin Kelly: infobox "Assumed office April 11, 2013" (audit; the yaml has 2013-04-09, the election)',
    },
  ],
  P000145: [
    {
      type: 'sen',
      state: 'CA',
      start: '2021-01-18',
      url: 'https://review.clateway.com/wiki/view_html.php?lang=en&q=Alex_Padilla&sq=Google',
      checked:
        'Alex Padilla: infobox "Assumed office January 18, 2021" (audit; the yaml has 2021-01-20, the day he was ' +
        "sworn in, which the page's text also gives: the infobox is followed)",
    },
  ],
  W000795: [
    {
      type: 'rep',
      state: 'SC',
      start: '2001-12-18',
      url: 'https://review.clateway.com/wiki/view_html.php?q=Joe_Wilson_%28American_politician%29',
      checked: 'Joe Wilson: infobox "Assumed office December 18, 2001" (audit: the yaml agrees)',
    },
  ],
  T000165: [
    {
      type: 'rep',
      state: 'WI',
      start: '2020-05-19',
      url: 'https://en.wikipedia.org/wiki/Tom_Tiffany',
      checked: 'Tom Tiffany: infobox "Assumed office May 19, 2020" (audit: the yaml agrees)',
    },
  ],
  M001245: [
    {
      type: 'rep',
      state: 'TX',
      start: '2026-02-02',
      url: 'https://www.fox26houston.com/news/menefee-sworn-monday-represent-texas-18th-congressional-district',
      checked: 'Christian Menefee: sworn in on Monday 2 February 2026 (audit: the yaml agrees)',
    },
  ],
  H000874: [
    {
      type: 'rep',
      state: 'MD',
      start: '1981-05-19',
      url: 'https://pwojczyn.com/wiki/view_html.php?lang=en&q=Steny_Hoyer&sq=crain_ford',
      checked:
        'Steny Hoyer: infobox "Assumed office May 19, 1981", after a special election (the yaml has 1981-01-05, ' +
        'the start of that Congress)',
    },
  ],
  M000133: [
    {
      type: 'rep',
      state: 'MA',
      start: '1976-11-02',
      end: '2013-07-15',
      url: 'https://wiki.studentb.eu/view_html.php?lang=en&q=Ed_Markey&sq=engine',
      checked:
        'Ed Markey: infobox House "November 2, 1976 – July 15, 2013", after a special election (the yaml has ' +
        '1975-01-14, the start of that Congress)',
    },
    {
      type: 'sen',
      state: 'MA',
      start: '2013-07-16',
      url: 'https://wiki.studentb.eu/view_html.php?lang=en&q=Ed_Markey&sq=engine',
      checked: 'Ed Markey: infobox Senate "Assumed office July 16, 2013"',
    },
  ],
  P000034: [
    {
      type: 'rep',
      state: 'NJ',
      start: '1988-11-08',
      url: 'https://en.wikipedia.org/wiki/Frank_Pallone',
      checked:
        'Frank Pallone: infobox "Assumed office November 8, 1988", after a special election (the yaml has ' +
        '1987-01-06, the start of that Congress)',
    },
  ],
  F000457: [
    {
      type: 'sen',
      state: 'MN',
      start: '2009-07-07',
      checked: 'Al Franken: infobox "July 7, 2009 – January 2, 2018"',
    },
  ],
  K000352: [
    {
      type: 'sen',
      state: 'AZ',
      start: '2018-09-04',
      checked: 'Jon Kyl: second stint "September 4, 2018 – December 31, 2018" (the yaml has 2018-09-05)',
    },
  ],
  M000639: [
    {
      type: 'sen',
      state: 'NJ',
      start: '2006-01-17',
      checked: 'Bob Menendez: infobox Senate "January 17, 2006 – August 20, 2024" (the yaml has 2006-01-18)',
    },
  ],
};

/**
 * Birth dates checked on stored pages; no other birth date is written (the yaml's are wrong for about 3-4 % of
 * members: the audit found 2 of 54, the spot check 1 of 10).
 */
const CORRECTIONS: Record<string, { birthday: string; url: string; checked: string }> = {
  T000487: {
    birthday: '1976-03-03',
    url: 'https://en.wikipedia.org/wiki/Jill_Tokuda',
    checked: 'Jill Tokuda: born March 3, 1976 (the yaml has 1976-03-28)',
  },
  L000593: {
    birthday: '1978-10-20',
    url: 'https://www.hubbry.com/Mike_Levin',
    checked: 'Mike Levin: born October 20, 1978 (audit; the yaml has 1978-10-28)',
  },
  D000607: {
    birthday: '1955-09-29',
    url: 'https://biography.wiki/a/Joe_Donnelly',
    checked: 'Joe Donnelly: born September 29, 1955 (audit; the yaml version read has 1955-09-28)',
  },
};

/** First names the yaml misspells: the first + last alias is not written (re-audit: the pages say "Nicholas"). */
const MISSPELT_FIRST_NAMES: Record<string, string> = { L000598: 'Nicolas' };

/** Aliases that name someone else first: marked as needing context (with the Congress cues). */
const AMBIGUOUS_ALIASES: Record<string, { texts: string[]; why: string }> = {
  R000361: {
    texts: ['John Rockefeller'],
    why: 'Jay Rockefeller: "John Rockefeller" alone means the Standard Oil founder first (audit)',
  },
};

// ---------------------------------------------------------------------------------------------------------------
// The legislators' data.

interface Term {
  type: 'sen' | 'rep';
  start: string;
  end: string;
  state: string;
  party: string | null;
}

interface Role {
  title: string;
  end: string | null;
}

interface Legislator {
  bioguide: string;
  wikipedia: string | null;
  wikidata: string | null;
  first: string;
  last: string;
  nickname: string | null;
  officialFull: string | null;
  birthday: string | null;
  gender: string | null;
  terms: Term[];
  roles: Role[];
  /** A mid-term end checked by hand (CHECKED_ENDS), set on the last term: kept as the page gives it. */
  checkedEnd: { end: string; month: boolean } | null;
  /** Where the record comes from, and the file (at a commit) that gives it. */
  from: 'current' | 'historical' | 'history';
  fileUrl: string;
}

type YamlMap = { [key: string]: Yaml };

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayParts(date: string): { year: number; month: string; day: number } {
  const match = DAY.exec(date);
  if (!match) throw new Error(`not a day: ${date}`);
  return { year: Number(match[1]), month: match[2] ?? '', day: Number(match[3]) };
}

/**
 * The start of a run as the pack writes it (unless CHECKED_RUNS has it). Since 1935 a regular term begins on
 * 3 January of an odd year (20th Amendment), as Wikipedia's infoboxes date it, while the yaml often gives the first
 * day the new Congress sat (2007-01-04, 2011-01-05): a start on 1-10 January of an odd year is 3 January. A later
 * start in January of an odd year may be that Congress's first sitting day (1975-01-14, 1979-01-15) or a member
 * seated late (Jay Rockefeller, 15 January 1985): the yaml cannot tell them apart, so only the month is written. Any
 * other start (a special election, an appointment) is written to the month: infoboxes and the yaml often differ by
 * a day or more there (election day, certification, swearing-in).
 */
function runStartValue(start: string): string {
  const { year, month, day } = dayParts(start);
  if (month === '01' && year % 2 === 1 && day <= 10) return `${year}-01-03`;
  return `${year}-${month}`;
}

/**
 * The end of a closed run as the pack writes it (unless CHECKED_RUNS or CHECKED_ENDS has it). A regular term ends on
 * 3 January of an odd year; older terms in the yaml end on the day the Congress adjourned instead (`sineDie`, read
 * from the yaml itself) or on a day in late December or early January: these are 3 January of the odd year. Any
 * other end (a resignation, a death, a move to the other chamber) is written to the month.
 */
function runEndValue(end: string, sineDie: ReadonlySet<string>): string {
  const { year, month, day } = dayParts(end);
  if (month === '01' && year % 2 === 1 && day <= 10) return `${year}-01-03`;
  if (year % 2 === 0 && ((month === '12' && day >= 20) || sineDie.has(end))) return `${year + 1}-01-03`;
  return `${year}-${month}`;
}

function asMap(value: Yaml | undefined): YamlMap {
  return value !== null && value !== undefined && typeof value === 'object' && !Array.isArray(value)
    ? value
    : {};
}

function asList(value: Yaml | undefined): Yaml[] {
  return Array.isArray(value) ? value : [];
}

function asText(value: Yaml | undefined): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  return null;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function toLegislator(raw: Yaml, from: Legislator['from']): Legislator | null {
  const map = asMap(raw);
  const id = asMap(map.id);
  const name = asMap(map.name);
  const bio = asMap(map.bio);
  const bioguide = asText(id.bioguide);
  const first = asText(name.first);
  const last = asText(name.last);
  if (!bioguide || !first || !last) return null;
  const terms: Term[] = [];
  for (const item of asList(map.terms)) {
    const term = asMap(item);
    const type = asText(term.type);
    const start = asText(term.start);
    const end = asText(term.end);
    const state = asText(term.state);
    if ((type !== 'sen' && type !== 'rep') || !start || !end || !state) continue;
    if (!ISO_DAY.test(start) || !ISO_DAY.test(end))
      throw new Error(`${bioguide}: odd term dates ${start} ${end}`);
    terms.push({ type, start, end, state, party: asText(term.party) });
  }
  terms.sort((a, b) => a.start.localeCompare(b.start));
  const roles: Role[] = asList(map.leadership_roles).flatMap((item) => {
    const role = asMap(item);
    const title = asText(role.title);
    return title ? [{ title, end: asText(role.end) }] : [];
  });
  const wikidata = asText(id.wikidata);
  const birthday = asText(bio.birthday);
  return {
    bioguide,
    wikipedia: asText(id.wikipedia),
    wikidata: wikidata && /^Q[1-9]\d*$/.test(wikidata) ? wikidata : null,
    first,
    last,
    nickname: asText(name.nickname),
    officialFull: asText(name.official_full),
    birthday: birthday && ISO_DAY.test(birthday) ? birthday : null,
    gender: asText(bio.gender),
    terms,
    roles,
    checkedEnd: null,
    from,
    fileUrl: `${REPO_URL}/blob/main/${from === 'current' ? CURRENT : HISTORICAL}`,
  };
}

function parseLegislators(text: string, from: Legislator['from']): Legislator[] {
  return asList(parseYamlSubset(text)).flatMap((raw) => toLegislator(raw, from) ?? []);
}

function git(dir: string, args: readonly string[]): string {
  return execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

function daysBetween(a: string, b: string): number {
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
}

interface Version {
  commit: string;
  date: string;
}

interface Departure {
  legislator: Legislator;
  /** The last committed version that listed them (the first parent of the next), and the first that did not. */
  lastListed: Version;
  droppedIn: Version;
}

/**
 * Former members as the history of legislators-current.yaml knows them: for each person the file once listed and no
 * longer lists at `head`, their record in the last version (along the first-parent line) that listed them. The
 * diffs' `bioguide:` lines say who came and went in each commit.
 */
function departuresFromHistory(dir: string, head: string): Departure[] {
  const log = git(dir, [
    'log',
    '--first-parent',
    '--diff-merges=first-parent',
    '--reverse',
    '-G',
    'bioguide:',
    '--format=@@@ %H %cs %P',
    '-p',
    '--unified=0',
    head,
    '--',
    CURRENT,
  ]);
  const dropped = new Map<string, { lastListed: Version; droppedIn: Version }>();
  let commit: Version | null = null;
  let parent: Version | null = null;
  let removed = new Set<string>();
  let added = new Set<string>();
  const parentDates = new Map<string, string>();
  const flush = () => {
    if (!commit || !parent) return;
    for (const id of removed) if (!added.has(id)) dropped.set(id, { lastListed: parent, droppedIn: commit });
    for (const id of added) dropped.delete(id);
  };
  for (const line of log.split('\n')) {
    const head = /^@@@ ([0-9a-f]{40}) (\S+) ?([0-9a-f]{40})?/.exec(line);
    if (head) {
      flush();
      commit = { commit: head[1] ?? '', date: head[2] ?? '' };
      const parentCommit = head[3] ?? '';
      if (!parentDates.has(parentCommit) && parentCommit !== '')
        parentDates.set(parentCommit, git(dir, ['log', '-1', '--format=%cs', parentCommit]).trim());
      parent = parentCommit ? { commit: parentCommit, date: parentDates.get(parentCommit) ?? '' } : null;
      removed = new Set();
      added = new Set();
      continue;
    }
    const change = /^([-+])\s+bioguide: '?([A-Z]\d{6})'?\s*$/.exec(line);
    if (change) (change[1] === '-' ? removed : added).add(change[2] ?? '');
  }
  flush();
  const byCommit = new Map<string, string[]>();
  for (const [id, { lastListed }] of dropped)
    byCommit.set(lastListed.commit, [...(byCommit.get(lastListed.commit) ?? []), id]);
  const out: Departure[] = [];
  for (const [listed, ids] of [...byCommit].sort(([a], [b]) => a.localeCompare(b))) {
    const wanted = new Set(ids);
    for (const legislator of parseLegislators(gitShow(dir, listed, CURRENT) ?? '', 'history')) {
      const when = dropped.get(legislator.bioguide);
      if (!wanted.has(legislator.bioguide) || !when) continue;
      legislator.fileUrl = `${REPO_URL}/blob/${listed}/${CURRENT}`;
      out.push({ legislator, ...when });
    }
  }
  return out.sort((a, b) => a.legislator.bioguide.localeCompare(b.legislator.bioguide));
}

/**
 * Whether a former member's record says they left at the regular end of a Congress (see the header): their last
 * term ends on 3 January of an odd year, and they were dropped from the file near that day together with others (the
 * maintainers' update for a new Congress), not alone or in a pair (a resignation, a death, a successor sworn in after a special
 * election: the yaml then keeps the term's scheduled end).
 */
function leftAtRegularEnd(departure: Departure, droppedPerCommit: ReadonlyMap<string, number>): boolean {
  const last = departure.legislator.terms.at(-1);
  if (!last || !/^\d{3}[13579]-01-03$/.test(last.end)) return false;
  const days = daysBetween(last.end, departure.droppedIn.date);
  return days >= -45 && days <= 10 && (droppedPerCommit.get(departure.droppedIn.commit) ?? 0) >= MIN_BATCH;
}

/**
 * The days the Congresses adjourned, as the yaml records them: its first committed version ends the terms of older
 * Congresses on that day (1984-10-12, 1994-12-01 …), not on 3 January. A day of September to December of an even
 * year on which at least MIN_BATCH terms end is such a day. The first version and the days found go to the notes.
 */
function sineDieDays(dir: string, head: string): { commit: string; days: string[] } {
  const commit =
    git(dir, ['log', '--reverse', '--format=%H', head, '--', CURRENT]).split('\n')[0]?.trim() ?? '';
  const counts = new Map<string, number>();
  for (const legislator of parseLegislators(gitShow(dir, commit, CURRENT) ?? '', 'history')) {
    for (const term of legislator.terms) {
      const { year, month } = dayParts(term.end);
      if (year % 2 === 0 && month >= '09') counts.set(term.end, (counts.get(term.end) ?? 0) + 1);
    }
  }
  const days = [...counts]
    .filter(([, n]) => n >= MIN_BATCH)
    .map(([day]) => day)
    .sort();
  return { commit, days };
}

interface WikidataBio {
  commit: string;
  date: string;
  /** Wikidata id by English Wikipedia title (titles that one row holds). */
  qidByTitle: Map<string, string>;
  /** Birth day (day precision only) by Wikidata id. */
  bornByQid: Map<string, string>;
}

/** The Wikidata query results of every-politician-scrapers/us-cabinet (people with their Wikipedia titles). */
function readWikidataBio(mirror: string): WikidataBio {
  const dir = snapshotDir(mirror, WIKIDATA_REPO);
  const head = headCommit(dir);
  const rows = parseTable(gitShow(dir, head.commit, WIKIDATA_FILE) ?? '');
  if (rows.length === 0) throw new Error(`no ${WIKIDATA_FILE} in ${dir}`);
  const byTitle = new Map<string, string[]>();
  const bornByQid = new Map<string, string>();
  for (const row of rows) {
    const qid = row.id ?? '';
    if (!/^Q[1-9]\d*$/.test(qid)) continue;
    if (row.enwiki) byTitle.set(row.enwiki, [...(byTitle.get(row.enwiki) ?? []), qid]);
    if (row.dobp === '11' && ISO_DAY.test(row.dob ?? '')) bornByQid.set(qid, row.dob ?? '');
  }
  const qidByTitle = new Map<string, string>();
  for (const [title, qids] of byTitle)
    if (new Set(qids).size === 1 && qids[0]) qidByTitle.set(title, qids[0]);
  return { ...head, qidByTitle, bornByQid };
}

// ---------------------------------------------------------------------------------------------------------------
// States and offices.

interface Place {
  /** English name, and "from …" as the English office label writes it. */
  en: string;
  enFrom: string;
  /** Dutch "voor …", French "de …" with its article, German "für …". */
  nlFor: string;
  frOf: string;
  deFor: string;
  territory?: boolean;
}

const plain = (en: string, nl: string, frOf: string, de: string): Place => ({
  en,
  enFrom: en,
  nlFor: nl,
  frOf,
  deFor: de,
});

/** The 50 states, the District of Columbia and the territories a delegate sits for, by postal code. */
const PLACES: Record<string, Place> = {
  AL: plain('Alabama', 'Alabama', "de l'Alabama", 'Alabama'),
  AK: plain('Alaska', 'Alaska', "de l'Alaska", 'Alaska'),
  AZ: plain('Arizona', 'Arizona', "de l'Arizona", 'Arizona'),
  AR: plain('Arkansas', 'Arkansas', "de l'Arkansas", 'Arkansas'),
  CA: plain('California', 'Californië', 'de Californie', 'Kalifornien'),
  CO: plain('Colorado', 'Colorado', 'du Colorado', 'Colorado'),
  CT: plain('Connecticut', 'Connecticut', 'du Connecticut', 'Connecticut'),
  DE: plain('Delaware', 'Delaware', 'du Delaware', 'Delaware'),
  FL: plain('Florida', 'Florida', 'de Floride', 'Florida'),
  GA: plain('Georgia', 'Georgia', 'de Géorgie', 'Georgia'),
  HI: plain('Hawaii', 'Hawaï', "d'Hawaï", 'Hawaii'),
  ID: plain('Idaho', 'Idaho', "de l'Idaho", 'Idaho'),
  IL: plain('Illinois', 'Illinois', "de l'Illinois", 'Illinois'),
  IN: plain('Indiana', 'Indiana', "de l'Indiana", 'Indiana'),
  IA: plain('Iowa', 'Iowa', "de l'Iowa", 'Iowa'),
  KS: plain('Kansas', 'Kansas', 'du Kansas', 'Kansas'),
  KY: plain('Kentucky', 'Kentucky', 'du Kentucky', 'Kentucky'),
  LA: plain('Louisiana', 'Louisiana', 'de Louisiane', 'Louisiana'),
  ME: plain('Maine', 'Maine', 'du Maine', 'Maine'),
  MD: plain('Maryland', 'Maryland', 'du Maryland', 'Maryland'),
  MA: plain('Massachusetts', 'Massachusetts', 'du Massachusetts', 'Massachusetts'),
  MI: plain('Michigan', 'Michigan', 'du Michigan', 'Michigan'),
  MN: plain('Minnesota', 'Minnesota', 'du Minnesota', 'Minnesota'),
  MS: plain('Mississippi', 'Mississippi', 'du Mississippi', 'Mississippi'),
  MO: plain('Missouri', 'Missouri', 'du Missouri', 'Missouri'),
  MT: plain('Montana', 'Montana', 'du Montana', 'Montana'),
  NE: plain('Nebraska', 'Nebraska', 'du Nebraska', 'Nebraska'),
  NV: plain('Nevada', 'Nevada', 'du Nevada', 'Nevada'),
  NH: plain('New Hampshire', 'New Hampshire', 'du New Hampshire', 'New Hampshire'),
  NJ: plain('New Jersey', 'New Jersey', 'du New Jersey', 'New Jersey'),
  NM: plain('New Mexico', 'New Mexico', 'du Nouveau-Mexique', 'New Mexico'),
  NY: plain('New York', 'New York', "de l'État de New York", 'New York'),
  NC: plain('North Carolina', 'North Carolina', 'de Caroline du Nord', 'North Carolina'),
  ND: plain('North Dakota', 'North Dakota', 'du Dakota du Nord', 'North Dakota'),
  OH: plain('Ohio', 'Ohio', "de l'Ohio", 'Ohio'),
  OK: plain('Oklahoma', 'Oklahoma', "de l'Oklahoma", 'Oklahoma'),
  OR: plain('Oregon', 'Oregon', "de l'Oregon", 'Oregon'),
  PA: plain('Pennsylvania', 'Pennsylvania', 'de Pennsylvanie', 'Pennsylvania'),
  RI: plain('Rhode Island', 'Rhode Island', 'du Rhode Island', 'Rhode Island'),
  SC: plain('South Carolina', 'South Carolina', 'de Caroline du Sud', 'South Carolina'),
  SD: plain('South Dakota', 'South Dakota', 'du Dakota du Sud', 'South Dakota'),
  TN: plain('Tennessee', 'Tennessee', 'du Tennessee', 'Tennessee'),
  TX: plain('Texas', 'Texas', 'du Texas', 'Texas'),
  UT: plain('Utah', 'Utah', "de l'Utah", 'Utah'),
  VT: plain('Vermont', 'Vermont', 'du Vermont', 'Vermont'),
  VA: plain('Virginia', 'Virginia', 'de Virginie', 'Virginia'),
  WA: {
    en: 'Washington',
    enFrom: 'Washington',
    nlFor: 'de staat Washington',
    frOf: "de l'État de Washington",
    deFor: 'den Bundesstaat Washington',
  },
  WV: plain('West Virginia', 'West Virginia', 'de Virginie-Occidentale', 'West Virginia'),
  WI: plain('Wisconsin', 'Wisconsin', 'du Wisconsin', 'Wisconsin'),
  WY: plain('Wyoming', 'Wyoming', 'du Wyoming', 'Wyoming'),
  DC: {
    en: 'District of Columbia',
    enFrom: 'the District of Columbia',
    nlFor: 'het District of Columbia',
    frOf: 'du district de Columbia',
    deFor: 'den District of Columbia',
    territory: true,
  },
  PR: { ...plain('Puerto Rico', 'Puerto Rico', 'de Porto Rico', 'Puerto Rico'), territory: true },
  GU: { ...plain('Guam', 'Guam', 'de Guam', 'Guam'), territory: true },
  AS: {
    ...plain('American Samoa', 'Amerikaans-Samoa', 'des Samoa américaines', 'Amerikanisch-Samoa'),
    territory: true,
  },
  VI: {
    en: 'U.S. Virgin Islands',
    enFrom: 'the U.S. Virgin Islands',
    nlFor: 'de Amerikaanse Maagdeneilanden',
    frOf: 'des îles Vierges des États-Unis',
    deFor: 'die Amerikanischen Jungferninseln',
    territory: true,
  },
  MP: {
    en: 'Northern Mariana Islands',
    enFrom: 'the Northern Mariana Islands',
    nlFor: 'de Noordelijke Marianen',
    frOf: 'des îles Mariannes du Nord',
    deFor: 'die Nördlichen Marianen',
    territory: true,
  },
};

function placeOf(code: string): Place {
  const place = PLACES[code];
  if (!place) throw new Error(`unknown state code ${code}`);
  return place;
}

/** The office a run of terms is held in: its class id, built on first use. */
function officeFor(type: Term['type'], code: string, classes: Map<string, PackClass>): string {
  const place = placeOf(code);
  const slug = slugify(place.en);
  let klass: PackClass;
  if (type === 'sen') {
    klass = {
      id: `us-senator-from-${slug}`,
      qid: null,
      kind: 'office',
      labels: {
        nl: `senator voor ${place.nlFor}`,
        en: `United States senator from ${place.enFrom}`,
        fr: `sénateur ${place.frOf}`,
        de: `US-Senator für ${place.deFor}`,
      },
      femaleLabels: { fr: `sénatrice ${place.frOf}`, de: `US-Senatorin für ${place.deFor}` },
      gender: { nl: 'de', fr: 'm', de: 'm' },
      sources: [],
    };
  } else if (code === 'PR') {
    klass = {
      id: 'resident-commissioner-of-puerto-rico',
      qid: null,
      kind: 'office',
      labels: {
        nl: 'Resident Commissioner van Puerto Rico',
        en: 'Resident Commissioner of Puerto Rico',
        fr: 'commissaire résident de Porto Rico',
        de: 'Resident Commissioner für Puerto Rico',
      },
      femaleLabels: { fr: 'commissaire résidente de Porto Rico' },
      gender: { nl: 'de', fr: 'm', de: 'm' },
      sources: [],
    };
  } else if (place.territory) {
    klass = {
      id: `us-house-delegate-from-${slug}`,
      qid: null,
      kind: 'office',
      labels: {
        nl: `afgevaardigde voor ${place.nlFor} in het Huis van Afgevaardigden`,
        en: `delegate to the U.S. House of Representatives from ${place.enFrom}`,
        fr: `délégué ${place.frOf} à la Chambre des représentants`,
        de: `Delegierter für ${place.deFor} im US-Repräsentantenhaus`,
      },
      femaleLabels: {
        fr: `déléguée ${place.frOf} à la Chambre des représentants`,
        de: `Delegierte für ${place.deFor} im US-Repräsentantenhaus`,
      },
      gender: { nl: 'de', fr: 'm', de: 'm' },
      sources: [],
    };
  } else {
    klass = {
      id: `us-representative-from-${slug}`,
      qid: null,
      kind: 'office',
      labels: {
        nl: `lid van het Huis van Afgevaardigden voor ${place.nlFor}`,
        en: `member of the U.S. House of Representatives from ${place.enFrom}`,
        fr: `représentant ${place.frOf} au Congrès`,
        de: `Abgeordneter für ${place.deFor} im US-Repräsentantenhaus`,
      },
      femaleLabels: {
        fr: `représentante ${place.frOf} au Congrès`,
        de: `Abgeordnete für ${place.deFor} im US-Repräsentantenhaus`,
      },
      gender: { nl: 'het', fr: 'm', de: 'm' },
      sources: [],
    };
  }
  if (!classes.has(klass.id)) classes.set(klass.id, klass);
  return klass.id;
}

// ---------------------------------------------------------------------------------------------------------------
// Runs of terms.

interface Run {
  type: Term['type'];
  state: string;
  start: string;
  end: string;
}

/** Continuous service in one chamber for one state: consecutive terms with no real break between them. */
function runsOf(terms: readonly Term[]): Run[] {
  const runs: Run[] = [];
  for (const term of terms) {
    const last = runs.at(-1);
    if (
      last &&
      last.type === term.type &&
      last.state === term.state &&
      daysBetween(last.end, term.start) <= RUN_GAP_DAYS
    ) {
      if (term.end > last.end) last.end = term.end;
    } else runs.push({ type: term.type, state: term.state, start: term.start, end: term.end });
  }
  return runs;
}

// ---------------------------------------------------------------------------------------------------------------
// Bundled packs: who is already there, and which ids are taken.

interface Bundled {
  qids: Set<string>;
  personNames: Map<string, string>;
  ids: Set<string>;
}

function aliasText(alias: Alias): string {
  return typeof alias === 'string' ? alias : alias.text;
}

function readBundled(): Bundled {
  const qids = new Set<string>();
  const personNames = new Map<string, string>();
  const ids = new Set<string>();
  for (const file of readdirSync(BUNDLED_DIR)
    // Not this generator's own output, which is bundled too once shipped.
    .filter((name) => name.endsWith('.json') && name !== 'us-congress.json')
    .sort()) {
    const pack = JSON.parse(readFileSync(join(BUNDLED_DIR, file), 'utf8')) as Pack;
    for (const klass of pack.classes ?? []) ids.add(klass.id);
    for (const entity of pack.entities) {
      ids.add(entity.id);
      if (entity.qid) qids.add(entity.qid);
      if (entity.type !== 'person') continue;
      const names = [
        ...Object.values(entity.labels),
        ...Object.values(entity.aliases ?? {}).flatMap((list) => (list ?? []).map(aliasText)),
      ];
      for (const name of names) personNames.set(nameKey(name), entity.id);
    }
  }
  return { qids, personNames, ids };
}

// ---------------------------------------------------------------------------------------------------------------
// Entities.

const LANGS: readonly Lang[] = ['nl', 'en', 'fr', 'de'];

/** Words near a shared name that show the article means the member of Congress. */
const CUES: Partial<Record<Lang, string[]>> = {
  en: ['Congress', 'congressman', 'congresswoman', 'senator', 'Senate', 'Representative', 'lawmaker'],
  nl: ['Congres', 'Senaat', 'senator', 'Huis van Afgevaardigden', 'congreslid'],
  fr: ['Congrès', 'Sénat', 'sénateur', 'sénatrice', 'Chambre des représentants', 'élu', 'élue'],
  de: ['Kongress', 'Senat', 'Senator', 'Senatorin', 'Repräsentantenhaus', 'Abgeordnete', 'Abgeordneter'],
};

function wikipediaUrl(title: string): string {
  return `https://en.wikipedia.org/wiki/${encodeURI(title.replace(/ /g, '_'))}`;
}

/** The Wikipedia title without its disambiguation ("Jack Reed (politician)" → "Jack Reed"). */
function commonName(title: string): string {
  return title.replace(/\s*\([^)]*\)\s*$/, '').trim();
}

const hasInitialOrQuote = (name: string) => /["“”()]|(^|\s)[A-Z]\.(\s|$)/.test(name);

interface Built {
  entity: Entity;
  legislator: Legislator;
  seniorAlias: boolean;
  sharedName: boolean;
}

/** A run as the pack writes it: its dates by the rules or as a checked page gives them, and its source. */
interface DatedRun {
  type: Term['type'];
  state: string;
  start: string;
  end: string;
  source: string;
}

/** The member's runs with their written dates (runStartValue, runEndValue, CHECKED_ENDS, CHECKED_RUNS). */
function datedRuns(
  legislator: Legislator,
  sineDie: ReadonlySet<string>,
  source: string,
  current: boolean,
): DatedRun[] {
  const runs = runsOf(legislator.terms);
  const dated: DatedRun[] = runs.map((run) => ({
    type: run.type,
    state: run.state,
    start: runStartValue(run.start),
    end: runEndValue(run.end, sineDie),
    source,
  }));
  const last = dated.at(-1);
  if (legislator.checkedEnd && last) {
    const { end, month } = legislator.checkedEnd;
    last.end = month ? end.slice(0, 7) : end;
  }
  for (const check of CHECKED_RUNS[legislator.bioguide] ?? []) {
    const distance = (run: Run) =>
      check.start
        ? Math.abs(daysBetween(run.start, check.start))
        : Math.abs(daysBetween(run.end, check.end ?? run.end));
    let best = -1;
    runs.forEach((run, i) => {
      if (run.type !== check.type || run.state !== check.state) return;
      const known = runs[best];
      if (!known || distance(run) < distance(known)) best = i;
    });
    const target = dated[best];
    if (!target)
      throw new Error(`${legislator.bioguide}: no ${check.type} ${check.state} run for CHECKED_RUNS`);
    if (check.start) target.start = check.start;
    if (check.end) target.end = check.end;
    if (check.url) target.source = check.url;
  }
  dated.forEach((run, i) => {
    const open = current && i === dated.length - 1;
    if (!open && run.end < run.start) throw new Error(`${legislator.bioguide}: run ends before it starts`);
  });
  return dated;
}

/** A birth date only where a stored page was checked (CORRECTIONS), or, if switched on, where Wikidata agrees. */
function birthOf(legislator: Legislator, wikidata: WikidataBio): { date: string; source?: string } | null {
  const corrected = CORRECTIONS[legislator.bioguide];
  if (corrected) return { date: corrected.birthday, source: corrected.url };
  const confirmed =
    legislator.birthday !== null &&
    legislator.wikidata !== null &&
    wikidata.bornByQid.get(legislator.wikidata) === legislator.birthday;
  return BIRTHS_CONFIRMED_BY_WIKIDATA && confirmed && legislator.birthday
    ? { date: legislator.birthday }
    : null;
}

function buildEntity(
  legislator: Legislator,
  id: string,
  asOf: string,
  current: boolean,
  classes: Map<string, PackClass>,
  sineDie: ReadonlySet<string>,
  wikidata: WikidataBio,
): Built {
  const title = legislator.wikipedia ?? '';
  const source = wikipediaUrl(title);
  const label = commonName(title);
  const names: string[] = [];
  const add = (name: string | null) => {
    const text = name?.replace(/\s+/g, ' ').trim();
    if (text && !names.some((known) => nameKey(known) === nameKey(text))) names.push(text);
  };
  add(label);
  if (legislator.officialFull && !/["“”]/.test(legislator.officialFull)) add(legislator.officialFull);
  if (legislator.nickname) add(`${legislator.nickname} ${legislator.last}`);
  if (
    !hasInitialOrQuote(legislator.first) &&
    MISSPELT_FIRST_NAMES[legislator.bioguide] !== legislator.first
  ) {
    add(`${legislator.first} ${legislator.last}`);
  }
  const seniorAlias = legislator.roles.some((role) => TOP_ROLES.has(role.title));
  const aliases: Alias[] = names.slice(1).map((text) => ({ text, anyLanguage: true }));
  if (seniorAlias) aliases.push({ text: legislator.last, needsContext: true, anyLanguage: true });

  const statements: Statement[] = [{ property: 'occupation', value: { entity: 'politician' }, source }];
  if (legislator.gender === 'M' || legislator.gender === 'F') {
    statements.push({
      property: 'sex-or-gender',
      value: { code: legislator.gender === 'F' ? 'female' : 'male' },
      source,
    });
  }
  statements.push({ property: 'citizenship', value: { entity: 'united-states' }, source });
  const birth = birthOf(legislator, wikidata);
  if (birth)
    statements.push({ property: 'born', value: { date: birth.date }, source: birth.source ?? source });
  const lastTerm = legislator.terms.at(-1);
  const runs = datedRuns(legislator, sineDie, source, current);
  const party = lastTerm?.party ? PARTY_IDS[lastTerm.party] : undefined;
  const lastRun = runs.at(-1);
  if (party && lastRun) {
    // The party of the last term; for a former member, as of the end of that term.
    statements.push({
      property: 'member-of-party',
      value: { entity: party },
      asOf: current ? asOf : lastRun.end,
      source,
    });
  }
  runs.forEach((run, i) => {
    const open = current && i === runs.length - 1;
    const value = { entity: officeFor(run.type, run.state, classes) };
    statements.push(
      open
        ? { property: 'position-held', value, start: run.start, asOf, source: run.source }
        : { property: 'position-held', value, start: run.start, end: run.end, source: run.source },
    );
  });
  const related = ['united-states', ...(party ? [party] : [])];
  const entity: Entity = {
    id,
    qid: legislator.wikidata,
    type: 'person',
    labels: Object.fromEntries(LANGS.map((lang) => [lang, label])),
    aliases: aliases.length > 0 ? { en: aliases } : {},
    cues: seniorAlias ? structuredClone(CUES) : {},
    descriptions: {},
    summaries: {},
    statements,
    adjective: {},
    related,
    sources: [
      { url: source, title: `Wikipedia (en): ${title}` },
      {
        url: legislator.fileUrl,
        title:
          legislator.from === 'history'
            ? `congress-legislators: ${CURRENT} as of ${legislator.fileUrl.split('/').at(-2)?.slice(0, 7)}`
            : `congress-legislators: ${legislator.from === 'current' ? CURRENT : HISTORICAL}`,
      },
    ],
    reviewed: REVIEWED,
  };
  return { entity, legislator, seniorAlias, sharedName: title !== label };
}

// ---------------------------------------------------------------------------------------------------------------
// Main.

function argument(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] ?? fallback) : fallback;
}

interface Skipped {
  name: string;
  why: string;
}

function main(): void {
  const mirror = argument('--mirror', '/work/.mirror');
  const dir = snapshotDir(mirror, REPO);
  const head = headCommit(dir);
  const asOf = head.date;
  const currentText = gitShow(dir, head.commit, CURRENT);
  if (currentText === null) throw new Error(`no ${CURRENT} at ${head.commit}`);
  const current = parseLegislators(currentText, 'current');
  for (const l of current) l.fileUrl = `${REPO_URL}/blob/${head.commit}/${CURRENT}`;
  const currentIds = new Set(current.map((l) => l.bioguide));
  const skipped: Skipped[] = [];
  const displayName = (l: Legislator) => l.officialFull ?? `${l.first} ${l.last}`;

  // Former members: the historical file where the snapshot has it, else the history of the current one.
  const historicalText = gitShow(dir, head.commit, HISTORICAL);
  let former: Legislator[];
  let historicalMode: string;
  const leftMidTerm: Legislator[] = [];
  const endsChecked: string[] = [];
  if (historicalText !== null) {
    historicalMode = `${HISTORICAL} at ${head.commit}`;
    former = parseLegislators(historicalText, 'historical').filter((l) => !currentIds.has(l.bioguide));
    for (const l of former) l.fileUrl = `${REPO_URL}/blob/${head.commit}/${HISTORICAL}`;
  } else {
    const ghPages = git(dir, ['rev-parse', 'refs/heads/gh-pages']).trim();
    const ghSubject = git(dir, ['log', '-1', '--format=%s', ghPages]).trim();
    if (!ghSubject.includes(head.commit)) throw new Error(`gh-pages (${ghSubject}) is not the build of HEAD`);
    const csv = new Map(
      parseTable(gitShow(dir, ghPages, HISTORICAL_CSV) ?? '').map((row) => [row.bioguide_id ?? '', row]),
    );
    historicalMode =
      `the history of ${CURRENT} (the snapshot lists ${HISTORICAL} without its content), checked against ` +
      `${HISTORICAL_CSV} of gh-pages ${ghPages} (the build of ${head.commit})`;
    former = [];
    const departures = departuresFromHistory(dir, head.commit);
    const droppedPerCommit = new Map<string, number>();
    for (const d of departures)
      droppedPerCommit.set(d.droppedIn.commit, (droppedPerCommit.get(d.droppedIn.commit) ?? 0) + 1);
    for (const departure of departures) {
      const l = departure.legislator;
      const row = csv.get(l.bioguide);
      const last = l.terms.at(-1);
      if (!row || !last) {
        skipped.push({ name: displayName(l), why: `not in ${HISTORICAL_CSV}` });
        continue;
      }
      if (row.type !== last.type || row.state !== last.state || (row.party || null) !== last.party) {
        skipped.push({
          name: displayName(l),
          why: `last term in ${HISTORICAL_CSV} (${row.type} ${row.state} ${row.party}) differs: later service unknown`,
        });
        continue;
      }
      if (row.wikipedia_id) l.wikipedia = row.wikipedia_id;
      if (!leftAtRegularEnd(departure, droppedPerCommit)) {
        const checked = CHECKED_ENDS[l.bioguide];
        const last = l.terms.at(-1);
        if (!checked || !last || checked.end < last.start || checked.end > last.end) {
          leftMidTerm.push(l);
          continue;
        }
        last.end = checked.end;
        l.checkedEnd = { end: checked.end, month: checked.month === true };
        const written = checked.month ? checked.end.slice(0, 7) : checked.end;
        endsChecked.push(`${displayName(l)}: ${written} (${checked.checked})`);
      }
      former.push(l);
    }
  }
  const chosenFormer = (l: Legislator) =>
    l.terms.some((t) => t.type === 'sen' && t.end > SENATE_SINCE) ||
    l.roles.some((r) => TOP_ROLES.has(r.title) && (r.end ?? '9999') > LEADER_SINCE);
  const formerChosen = former.filter(chosenFormer);
  const midTermChosen = leftMidTerm.filter(chosenFormer);
  const sineDie = sineDieDays(dir, head.commit);
  const sineDieSet = new Set(sineDie.days);

  // Wikidata ids the yaml lacks (former members whose last listing predates its `id.wikidata`), by Wikipedia title.
  const wikidata = readWikidataBio(mirror);
  const qidsFilled: string[] = [];
  for (const l of [...current, ...formerChosen]) {
    if (l.wikidata || !l.wikipedia) continue;
    const qid = wikidata.qidByTitle.get(l.wikipedia);
    if (!qid) continue;
    l.wikidata = qid;
    qidsFilled.push(`${l.wikipedia} (${qid})`);
  }

  // Ids and the bundled packs.
  const bundled = readBundled();
  const worklistByQid = new Map<string, string>();
  const worklistByTitle = new Map<string, string>();
  for (const row of parseTsv(readFileSync(WORKLIST, 'utf8'))) {
    if (!row.id) continue;
    if (row.qid) worklistByQid.set(row.qid, row.id);
    // For a former member whose yaml record has no QID: the row of the same Wikipedia title.
    if (row.title && row.type === 'person') worklistByTitle.set(row.title, row.id);
  }

  const classes = new Map<string, PackClass>();
  const built: Built[] = [];
  const usedIds = new Set<string>();
  const candidates: { legislator: Legislator; current: boolean }[] = [
    ...current.map((legislator) => ({ legislator, current: true })),
    ...formerChosen.map((legislator) => ({ legislator, current: false })),
  ];
  for (const { legislator, current: isCurrent } of candidates) {
    const name = displayName(legislator);
    if (!legislator.wikipedia) {
      skipped.push({ name, why: 'no Wikipedia title in the yaml' });
      continue;
    }
    if (legislator.wikidata && bundled.qids.has(legislator.wikidata)) {
      skipped.push({ name, why: `already bundled (${legislator.wikidata})` });
      continue;
    }
    const sameName = [commonName(legislator.wikipedia), legislator.officialFull ?? '']
      .map((n) => bundled.personNames.get(nameKey(n)))
      .find((id) => id !== undefined);
    if (sameName) {
      skipped.push({ name, why: `a bundled person has the same name (${sameName})` });
      continue;
    }
    if (legislator.terms.length === 0) {
      skipped.push({ name, why: 'no Senate or House term' });
      continue;
    }
    const id =
      (legislator.wikidata ? worklistByQid.get(legislator.wikidata) : undefined) ??
      worklistByTitle.get(legislator.wikipedia) ??
      slugify(legislator.wikipedia);
    if (bundled.ids.has(id) || usedIds.has(id)) {
      skipped.push({ name, why: `id ${id} is taken` });
      continue;
    }
    usedIds.add(id);
    built.push(buildEntity(legislator, id, asOf, isCurrent, classes, sineDieSet, wikidata));
  }

  // Names shared with someone else: a disambiguated Wikipedia title means the bare name is another's too.
  // Aliases that name someone else first (AMBIGUOUS_ALIASES) are marked the same way.
  let entities = built.map(({ entity, legislator, sharedName }) => {
    const ambiguous = AMBIGUOUS_ALIASES[legislator.bioguide]?.texts ?? [];
    if (!sharedName && ambiguous.length === 0) return entity;
    const plainNames = sharedName
      ? [
          entity.labels.en ?? '',
          legislator.nickname ? `${legislator.nickname} ${legislator.last}` : '',
          `${legislator.first} ${legislator.last}`,
        ].filter((n) => n !== '')
      : [];
    const marked = markNeedsContext(entity, [...plainNames, ...ambiguous], CUES);
    for (const lang of LANGS) {
      const list = marked.aliases[lang];
      if (!list) continue;
      marked.aliases[lang] = list.map((alias) =>
        typeof alias === 'string' ? { text: alias, anyLanguage: true } : { ...alias, anyLanguage: true },
      );
    }
    return marked;
  });
  const dropped: string[] = [];
  entities = dropSharedAliases(entities, (line) => dropped.push(line));
  entities.sort((a, b) => a.id.localeCompare(b.id));

  const pack: Pack = {
    format: 'backstory-pack',
    version: 2,
    id: 'us-congress',
    title: {
      nl: 'Congres van de Verenigde Staten',
      en: 'United States Congress',
      fr: 'Congrès des États-Unis',
      de: 'Kongress der Vereinigten Staaten',
    },
    description: {
      en: 'Members of the US Senate and House of Representatives, and former senators and leaders.',
      nl: 'Leden van de Amerikaanse Senaat en het Huis van Afgevaardigden, en oud-senatoren en -leiders.',
      fr: 'Membres du Sénat et de la Chambre des représentants des États-Unis, anciens sénateurs et dirigeants.',
      de: 'Mitglieder des US-Senats und des Repräsentantenhauses, frühere Senatoren und Fraktionsführer.',
    },
    license: LICENSE,
    anyLanguage: false,
    classes: [...classes.values()].sort((a, b) => a.id.localeCompare(b.id)),
    entities,
  };
  writePack(OUTPUT, pack, { entityPerLine: true });

  const currentCount = built.filter((b) => b.legislator.from === 'current').length;
  const statements = entities.reduce((sum, e) => sum + e.statements.length, 0);
  writeFileSync(
    NOTES,
    notes({
      head,
      historicalMode,
      fromHistory: historicalText === null,
      currentTotal: current.length,
      currentCount,
      formerCount: built.length - currentCount,
      formerTotal: formerChosen.length,
      statements,
      classes: pack.classes.length,
      senior: built.filter((b) => b.seniorAlias).map((b) => b.entity.id),
      shared: built.filter((b) => b.sharedName).map((b) => b.entity.id),
      skipped,
      midTerm: midTermChosen,
      endsChecked,
      dropped,
      sineDie,
      wikidata,
      qidsFilled,
      births: birthCounts(built, wikidata),
      precision: precisionCounts(entities),
      checkedRuns: built.flatMap((b) => (CHECKED_RUNS[b.legislator.bioguide] ?? []).map((c) => c.checked)),
    }),
  );
  process.stdout.write(
    `${OUTPUT}: ${entities.length} people (${currentCount} current, ${built.length - currentCount} former), ` +
      `${statements} statements, ${pack.classes.length} offices; ${skipped.length} skipped, ` +
      `${midTermChosen.length} former members left out for an unknown end date\n`,
  );
}

interface NotesInput {
  head: { commit: string; date: string };
  historicalMode: string;
  fromHistory: boolean;
  currentTotal: number;
  currentCount: number;
  formerCount: number;
  formerTotal: number;
  statements: number;
  classes: number;
  senior: string[];
  shared: string[];
  skipped: Skipped[];
  midTerm: Legislator[];
  endsChecked: string[];
  dropped: string[];
  sineDie: { commit: string; days: string[] };
  wikidata: WikidataBio;
  qidsFilled: string[];
  births: BirthCounts;
  precision: { day: number; month: number };
  checkedRuns: string[];
}

interface BirthCounts {
  written: number;
  yaml: number;
  compared: number;
  agree: number;
  differ: string[];
}

/** How the yaml's birth dates compare with Wikidata's (WIKIDATA_FILE), for the notes. */
function birthCounts(built: readonly Built[], wikidata: WikidataBio): BirthCounts {
  const counts: BirthCounts = { written: 0, yaml: 0, compared: 0, agree: 0, differ: [] };
  for (const { entity, legislator } of built) {
    if (entity.statements.some((s) => s.property === 'born')) counts.written++;
    if (!legislator.birthday) continue;
    counts.yaml++;
    const other = legislator.wikidata ? wikidata.bornByQid.get(legislator.wikidata) : undefined;
    if (!other) continue;
    counts.compared++;
    if (other === legislator.birthday) counts.agree++;
    else counts.differ.push(`${entity.id} (yaml ${legislator.birthday}, Wikidata ${other})`);
  }
  return counts;
}

/** Start and end dates of the offices written to the day and to the month. */
function precisionCounts(entities: readonly Entity[]): { day: number; month: number } {
  const out = { day: 0, month: 0 };
  for (const entity of entities) {
    for (const s of entity.statements) {
      if (s.property !== 'position-held') continue;
      for (const date of [s.start, s.end]) {
        if (date === undefined) continue;
        if (date.length === 10) out.day++;
        else out.month++;
      }
    }
  }
  return out;
}

/** The notes' paragraph on the history fallback (when the snapshot lacks the historical file's content). */
function historyLimitation(input: NotesInput): string {
  const midTerm = input.midTerm
    .map((l) => {
      const last = l.terms.at(-1);
      return `${l.officialFull ?? `${l.first} ${l.last}`} (${last?.type} ${last?.state})`;
    })
    .sort()
    .join('; ');
  return `- **Limitation of this snapshot.** \`${HISTORICAL}\` is listed at HEAD but its content is not in the snapshot, and
  no stored version of it is usable. So former members come from the history of \`${CURRENT}\` (committed since
  2012-09-27): a former member's terms are read from the last version that listed them. That file never records when
  someone resigned, died or was replaced, so **only those who left at the regular end of a Congress are written**
  (last term ending 3 January of an odd year, and dropped from the file between 45 days before and 10 days after
  it, in one commit with at least ${MIN_BATCH} departures: the update for a new Congress). Former senators who left before 2012-09-27 (Ted Kennedy, Robert Byrd, Arlen Specter, Chris Dodd …) are in no
  stored version and are missing. When a snapshot with the historical file is fetched, the script reads it instead
  and these gaps close.
- Former members who left mid-term, written with the day they left as a stored copy of their Wikipedia page gives it
  (\`CHECKED_ENDS\` in the script; ${input.endsChecked.length}):
${input.endsChecked.map((line) => `  - ${line}`).join('\n') || '  - none'}
- Left out because they left mid-term and the end date is not in the data (${input.midTerm.length}): ${midTerm || 'none'}.
`;
}

function notes(input: NotesInput): string {
  const spot = readSpotCheck();
  const skipped = input.skipped.map((s) => `- ${s.name}: ${s.why}`).join('\n');
  return `# us-congress: notes

Generated by \`npx tsx scripts/generate/congress.ts [--mirror /work/.mirror]\` (do not edit the pack by hand).
Pack \`assets/packs/us-congress.json\` (format v2, id \`us-congress\`): **${input.currentCount + input.formerCount}
people** (${input.currentCount} current members, ${input.formerCount} former), ${input.statements} statements,
${input.classes} offices (classes). All entities are \`person\`.

## Input
- \`${REPO}\` (${REPO_URL}), licence **CC0 1.0**, snapshot commit \`${input.head.commit}\` of
  ${input.head.date} (the \`asOf\` of every open statement): \`${CURRENT}\` (${input.currentTotal} people).
- Former members: ${input.historicalMode}.
- The days the older Congresses adjourned: the first committed version of \`${CURRENT}\`
  (\`${input.sineDie.commit}\`), where terms of those Congresses end on that day (${input.sineDie.days.length} days,
  ${input.sineDie.days[0] ?? '-'} … ${input.sineDie.days.at(-1) ?? '-'}: a day of September–December of an even
  year on which at least ${MIN_BATCH} terms end).
- \`${WIKIDATA_REPO}\` (https://github.com/${WIKIDATA_REPO}), ${WIKIDATA_LICENSE}, snapshot commit
  \`${input.wikidata.commit}\` of ${input.wikidata.date}: \`${WIKIDATA_FILE}\` (Wikidata id, birth date and English
  Wikipedia title of office-holders). Used for the Wikidata ids the yaml lacks (${input.qidsFilled.length}, by
  Wikipedia title held by one row: ${input.qidsFilled.join(', ') || 'none'}) and to compare birth dates (below).
- \`assets/packs/*.json\` (who is already bundled; party, country and class ids), \`${WORKLIST}\` (ids by QID).

The yaml is the structured source. Each statement cites the member's English Wikipedia page, whose title is the
yaml's \`id.wikipedia\` (for former members the title of the gh-pages CSV, which is newer); the yaml file is the
entity's second source. \`qid\` is the yaml's \`id.wikidata\`, else the Wikidata id of \`${WIKIDATA_FILE}\` (above).
A statement whose date was checked by hand cites the stored page that was read instead (see "Dates").

## Who
- Every member of \`${CURRENT}\` at the snapshot (senators, representatives, delegates and the Resident Commissioner),
  except those already bundled.
- Former members who sat in the Senate after ${SENATE_SINCE}, or held a top leadership role (Speaker, a floor
  leader) that ended after ${LEADER_SINCE} (${input.formerTotal} found; ${input.formerCount} written after the
  skips below).
${input.fromHistory ? historyLimitation(input) : ''}

## Statements
- \`occupation\` politician; \`sex-or-gender\` from \`bio.gender\`; \`citizenship\` United States (every member of
  Congress is a citizen, and the bundled US entries carry it: it makes descriptions say "American politician").
- \`born\`: **only where a stored page was checked** (${input.births.written}; \`CORRECTIONS\` below), citing that page.
  The yaml's \`bio.birthday\` is wrong for about 3–4 % of members (the audit found 2 of 54 wrong, the spot check 1
  of 10), so the audit's rule drops every other birth date. A second source is on this machine after all:
  \`${WIKIDATA_FILE}\` above gives ${input.births.compared} of the ${input.births.yaml} yaml birth dates to the day;
  ${input.births.agree} agree, ${input.births.differ.length} differ (${input.births.differ.join('; ') || 'none'}).
  Setting \`BIRTHS_CONFIRMED_BY_WIKIDATA\` in the script writes the ${input.births.agree} that agree (two sources);
  left off, as the audit's rule asks, until the lead decides.
- \`member-of-party\`: the party of the last term (Democrat → \`democratic-party-united-states\`, Republican →
  \`republican-party-united-states\`, from uk-us-politics.json). Independents (and others) get none. \`asOf\` is the
  snapshot date for current members and the (written) end of the last term for former ones (the yaml says nothing
  later).
- \`position-held\`: one per continuous run of terms in one chamber for one state (terms whose next begins within
  ${RUN_GAP_DAYS} days of the previous end; district changes inside a state stay one run). The run's \`start\` is the
  first term's \`start\`, its \`end\` the last term's \`end\`, written by the rules under "Dates"; the current run has no \`end\` and \`asOf\` =
  ${input.head.date}. Offices are per state and defined here: \`us-senator-from-<state>\`,
  \`us-representative-from-<state>\`, \`us-house-delegate-from-<territory>\` and
  \`resident-commissioner-of-puerto-rico\` (labels in four languages, French and German female forms). The bundled
  \`us-senator\`/\`us-representative\` have no state, so they were not reused.
- No leadership offices (Speaker, floor leaders) are written, although the yaml's \`leadership_roles\` has them: the
  brief did not ask for them (a follow-up could map them to the bundled \`speaker-of-the-us-house\`,
  \`us-senate-majority-leader\` … classes).
- No \`died\`: the yaml does not give death dates, so a former member who died shows no lifespan.

### Dates (rules applied after the audit)
Of the office dates written, ${input.precision.day} are days and ${input.precision.month} are year-month.
- **Regular terms** start and end on 3 January of an odd year (20th Amendment; since 1935), as infoboxes date them.
  The yaml often gives the first day a Congress sat (2007-01-04, 2011-01-05): a start on 1–10 January of an odd
  year is written as 3 January. A later start in January of an odd year (the first sitting day of some older
  Congresses, 1975-01-14, 1979-01-15, or a member seated late, such as Jay Rockefeller on 15 January 1985) is
  written as the month (\`YYYY-01\`), unless a page was checked.
- Older terms in the yaml end on the day the Congress adjourned (1984-10-12, 1994-12-01 …; the days above), or in
  late December / early January: such an end is written as 3 January of the next odd year.
- **Special elections, appointments and late seatings** (any start outside early January of an odd year), and
  **mid-term ends** (resignation, death, move to the other chamber): infoboxes and the yaml often differ by a day
  or more there (election day, certification, swearing-in: Ralph Norman, Robin Kelly, Alex Padilla), so they are
  written to the month (\`YYYY-MM\`), unless a stored page was checked for that member.
- **Checked by hand** (day as the page gives it, the page as the statement's source; \`CHECKED_RUNS\` and
  \`CHECKED_ENDS\` in the script; where no address is given, the page read was a copy of the member's English
  Wikipedia page, which stays the source):
${input.checkedRuns.map((line) => `  - ${line}`).join('\n')}
- Not visible in the data: a member seated after 3 January whom the yaml starts on 3 January (Rockefeller's case;
  senators who stayed governor into January), and, for terms before about 1993, a member who came in at a special
  election whom the yaml starts at the beginning of that Congress (Hoyer, Markey and Pallone were; they are
  corrected above). Other such cases may remain.

## Names
- Label (same in all four languages): the Wikipedia title without its disambiguation ("Jack Reed (politician)" →
  "Jack Reed"). This is how the press names them; \`name.official_full\` (the brief's choice) often carries middle
  initials or quotes ("Richard J. Durbin", "Eric A. \\"Rick\\" Crawford"), so it is an alias instead (left out when it
  holds quotes).
- Aliases (English, \`anyLanguage\`): \`official_full\`, nickname + surname (\`name.nickname\`), first + last name.
- Surname alone, \`needsContext\` with cues (Congress, Senate, senator …): only for members whose
  \`leadership_roles\` hold a Speaker or floor-leader title (${input.senior.length}): ${input.senior.join(', ') || 'none'}.
- Where the Wikipedia title is disambiguated, the plain name is someone else's too: label and plain aliases are
  marked \`needsContext\` with the same cues (${input.shared.length}): ${input.shared.join(', ') || 'none'}.
- Aliases that name someone else first are marked \`needsContext\` with the same cues (\`AMBIGUOUS_ALIASES\`): ${Object.values(
    AMBIGUOUS_ALIASES,
  )
    .map((a) => a.why)
    .join('; ')}.
- Aliases two members share were dropped: ${input.dropped.length === 0 ? 'none' : input.dropped.join('; ')}.

## Skipped (${input.skipped.length})
${skipped || '- none'}

## Birth dates checked on stored pages (\`CORRECTIONS\` in the script)
${Object.values(CORRECTIONS)
  .map((c) => `- ${c.checked}: ${c.url}`)
  .join('\n')}

## Audit
\`us-congress.audit.md\` (56 of 559 entities, 7 of 344 statements wrong: 2.03 %, above the 2 % rule) asked for the
whole batch to be corrected. The rules above (dates, births, Wikidata ids, the "John Rockefeller" alias) are its
correction; \`us-congress.fixes.md\` records what changed.

## Spot check
${spot}

## Doubts
- Former members' records are those of the last version of \`${CURRENT}\` that listed them. The maintainers
  corrected some term dates later in \`${HISTORICAL}\`; those corrections are not seen here.
- The regular-end rule trusts that a member dropped from the file at the end of a Congress served to its end. A
  member who resigned in the last weeks of a Congress and was dropped only with the new Congress would get the
  scheduled end (3 January) instead of the resignation day. The selection limits former members to senators and
  leaders, where this is rare.
- Wikidata ids from \`${WIKIDATA_FILE}\` (2022 query results) match by English Wikipedia title only; a title that
  moved since 2022 finds none.
- Party: the yaml gives the party per term; a member who changed party after their last term, or who caucuses with a
  party as an independent, is shown with the last term's party, or none.
`;
}

/**
 * The spot check of dates against stored Wikipedia infoboxes (search corpus \`pages\`), done by hand when the pack was
 * generated; kept here so the notes stay reproducible.
 */
const SPOT_CHECK = `Ten members drawn at random from the generated pack (Python \`random.seed(2026)\`, before the corrections
above): David Joyce, Marcy Kaptur, Todd Young, Tommy Tuberville, Cynthia Lummis, Jill Tokuda, Richard Burr, Ted Lieu,
Ron Johnson, Joe Manchin. Each was checked against stored copies of the English Wikipedia page (infobox) or, where the
search returned none, another stored biography (Britannica, congress.wiki): 10 look-ups.
- Birth dates: 10 checked, **1 wrong** (Jill Tokuda: the yaml has 1976-03-28, Wikipedia 3 March 1976); corrected.
- Party: the 9 with a party statement match; Joe Manchin rightly has none (independent in his last term).
- Offices: 13 runs, all years right; of the 5 ends, 4 match to the day and 1 (Todd Young's House end) is confirmed
  only to the year. Start day: 7 match, 1 (Todd Young's House start) is confirmed
  only to the year, **5 differ by 1 to 3 days** (Lummis House 2009-01-06, Burr House 1995-01-04, Burr Senate
  2005-01-04, Lieu 2015-01-06, Johnson 2011-01-05 where the infobox has 3 January): all of the first-sitting-day kind
  described above.
- Mismatch rate: of 37 checked values (10 births, 9 parties, 13 starts, 5 ends), 1 real error (2.7 %) and 5
  convention differences (13.5 %; 5 of 12 day-checked starts).
- Outside the sample, Steny Hoyer's start (1981-01-05) looked wrong and is: he took his seat after a special election
  on 19 May 1981 (1 look-up; corrected). The yaml may record other special-election entrants at the start of the
  Congress; none other was checked.
- 10 more look-ups grounded the ends of the mid-term leavers listed above. 21 look-ups in all.`;

function readSpotCheck(): string {
  return SPOT_CHECK;
}

main();
