/**
 * The salience proxy that ranks the worklist: how often a reader of Dutch, Belgian, French, German, British, US and
 * international news meets a name. The sources give offices, parties' vote shares and dates, not news counts, so
 * each role scores
 *
 *   office weight × recency × country weight
 *
 * and an entity scores its best role plus a little for every further one (see `combineRoles`). The constants are
 * documented in assets/worklist/README.md; change them there and here together.
 */

import countries from 'i18n-iso-countries';

/** The year the worklist is ranked from: a role that ended this year or later counts as current. */
export const REFERENCE_YEAR = 2026;
/** Recency halves every this many years after a role ended. */
export const HALF_LIFE_YEARS = 8;

/** Country weight by ISO 3166-1 alpha-2 code; `EU` for the EU's institutions, `INT` for international bodies. */
const COUNTRY_TIERS: readonly [number, readonly string[]][] = [
  // The six news markets the worklist is for, and the EU, which all of them report on as home news.
  [1, ['NL', 'BE', 'FR', 'DE', 'GB', 'US', 'EU']],
  // Their neighbours named in issue #18, the great powers and the wars that fill international pages.
  [0.7, ['LU', 'AT', 'CH', 'IT', 'ES', 'PL', 'UA', 'RU', 'CN', 'IL', 'PS', 'TR', 'INT']],
  // The rest of the EU, Europe's other states, and the states international news names week after week.
  [
    0.5,
    [
      'DK',
      'SE',
      'FI',
      'IE',
      'PT',
      'GR',
      'CZ',
      'SK',
      'HU',
      'RO',
      'BG',
      'HR',
      'SI',
      'EE',
      'LV',
      'LT',
      'CY',
      'MT',
      'NO',
      'IS',
      'LI',
      'MC',
      'AD',
      'SM',
      'RS',
      'XK',
      'BA',
      'AL',
      'MK',
      'ME',
      'MD',
      'BY',
      'GE',
      'AM',
      'AZ',
      'IR',
      'IQ',
      'SY',
      'LB',
      'JO',
      'EG',
      'SA',
      'AE',
      'QA',
      'YE',
      'AF',
      'IN',
      'PK',
      'JP',
      'KR',
      'KP',
      'TW',
      'BR',
      'AR',
      'MX',
      'VE',
      'CA',
      'AU',
      'ZA',
      'NG',
      'MA',
      'DZ',
      'TN',
      'LY',
      'SD',
      'CD',
      'ET',
    ],
  ],
];
const OTHER_COUNTRY_WEIGHT = 0.3;

const COUNTRY_WEIGHT = new Map<string, number>(
  COUNTRY_TIERS.flatMap(([weight, codes]) => codes.map((code) => [code, weight] as const)),
);

export function countryWeight(country: string): number {
  return COUNTRY_WEIGHT.get(country) ?? OTHER_COUNTRY_WEIGHT;
}

/** 1 while current or ended in the reference year, then halving every HALF_LIFE_YEARS. */
export function recency(endYear: number): number {
  if (endYear >= REFERENCE_YEAR) return 1;
  return 0.5 ** ((REFERENCE_YEAR - endYear) / HALF_LIFE_YEARS);
}

/** What kind of office a role is, which decides its weight and the entity's domain. */
export type OfficeKind =
  | 'head'
  | 'monarch'
  | 'deputy-head'
  | 'key-minister'
  | 'minister'
  | 'junior-minister'
  | 'speaker'
  | 'regional-head'
  | 'mayor'
  | 'legislator-senior'
  | 'legislator'
  | 'adviser'
  | 'central-bank'
  | 'military'
  | 'judge'
  | 'international-head'
  | 'party'
  | 'cabinet'
  | 'election'
  | 'election-ep'
  | 'company'
  | 'agency'
  | 'public-body'
  | 'institution'
  | 'newspaper'
  | 'club'
  | 'athlete'
  | 'city'
  | 'region'
  | 'airport'
  | 'other'
  | 'excluded';

export const OFFICE_WEIGHT: Readonly<Record<OfficeKind, number>> = {
  head: 1,
  monarch: 0.7,
  'deputy-head': 0.55,
  'key-minister': 0.55,
  minister: 0.4,
  'junior-minister': 0.2,
  speaker: 0.35,
  'regional-head': 0.25,
  mayor: 0.25,
  'legislator-senior': 0.3,
  legislator: 0.15,
  adviser: 0.25,
  'central-bank': 0.3,
  military: 0.15,
  judge: 0.15,
  'international-head': 0.6,
  party: 1,
  cabinet: 0.5,
  election: 0.5,
  'election-ep': 0.25,
  // The kinds below are weighed by their own functions (nsiWeight, cityWeight, airportWeight);
  // the numbers here are their ceilings, for reference.
  company: 0.3,
  agency: 0.3,
  'public-body': 0.3,
  institution: 0.3,
  newspaper: 0.1,
  club: 0.4,
  athlete: 0.6,
  city: 0.6,
  region: 0.3,
  airport: 0.25,
  other: 0.1,
  excluded: 0,
};

/** "president of the republic of albania" → "president" when the country is AL; anything else unchanged. */
function stripCountry(text: string, country: string): string {
  if (!/^[A-Z]{2}$/.test(country)) return text;
  const names = (countries.getName(country, 'en', { select: 'all' }) ?? []).map((name) => name.toLowerCase());
  for (const name of names) {
    for (const tail of [` of ${name}`, ` of the ${name}`, ` of the republic of ${name}`]) {
      if (text.endsWith(tail)) return text.slice(0, -tail.length);
    }
  }
  return text;
}

/** Countries where "Secretary of State" names a junior member of the government, not a department's head. */
const JUNIOR_SECRETARY_OF_STATE = new Set([
  'FR',
  'BE',
  'LU',
  'ES',
  'IT',
  'PT',
  'NL',
  'DE',
  'AT',
  'GR',
  'RO',
  'PL',
]);

/**
 * Classifies an office by its English label as the sources write it ("Prime Minister", "Minister of Finance",
 * "Secretary of State for Digital Affairs", "mayor of The Hague"), in the context of its country. First match wins.
 */
export function classifyOffice(label: string, country: string): OfficeKind {
  const text = label.trim().toLowerCase().replace(/\s+/g, ' ');
  if (/\b(ambassador|permanent representative|consul|envoy|high commissioner to)\b/.test(text))
    return 'excluded';
  if (
    /\b(private secretary|spokesperson|press secretary|communications director|deputy chief of staff)\b/.test(
      text,
    )
  )
    return text.includes('white house press secretary') || text === 'government spokesperson'
      ? 'adviser'
      : 'other';
  if (/\b(judge|justice|court)\b/.test(text) && !/\bminister\b|\bsecretary\b|attorney/.test(text))
    return 'judge';
  if (/\b(central bank|national bank|reserve bank|bank of|federal reserve)\b/.test(text))
    return 'central-bank';
  if (/^secretary of the (army|navy|air force)$/.test(text)) return 'junior-minister';
  if (
    /\b(army|navy|naval|air force|marine corps|joint chiefs|general staff|defen[cs]e staff|armed forces|military|commander|commandant)\b/.test(
      text,
    ) &&
    !/\bminister\b|\bsecretary\b|\bminister of state\b/.test(text)
  )
    return 'military';
  // Offices whose sources add the country ("President of Albania") count as the bare office.
  const bare = stripCountry(text, country);
  if (country === 'CH' && /^(president|president of the (swiss )?confederation)$/.test(text))
    return 'deputy-head';
  if (country === 'CH' && /^(federal )?chancellor$/.test(text)) return 'other';
  if (country === 'CH' && text === 'member of the federal council') return 'key-minister';
  if (/^(monarch|king|queen|emperor|grand duke|prince|sovereign)\b/.test(bare)) return 'monarch';
  if (
    /^(president|prime minister|chancellor|federal chancellor|taoiseach|supreme leader|head of state|president of the government|president of the council of ministers|chairman of the state council|chairman of the presidential council|chairman of the presidency|premier|emir|sultan)$/.test(
      bare,
    )
  )
    return 'head';
  if (
    /^(first )?(vice[- ]president|deputy prime minister|vice[- ]chancellor|deputy chancellor|first deputy prime minister|vice premier|deputy premier|tánaiste|tanaiste)\b/.test(
      text,
    )
  )
    return 'deputy-head';
  if (
    /^(state secretary|minister of state|minister-delegate|minister delegate|deputy minister|vice[- ]minister|parliamentary (under[- ])?secretary|under[- ]secretary|undersecretary|assistant secretary|deputy secretary|junior minister|lord of the treasury|lord commissioner|parliamentary state secretary|secretary-general)\b/.test(
      text,
    )
  )
    return 'junior-minister';
  if (/^secretary of state\b/.test(text) && JUNIOR_SECRETARY_OF_STATE.has(country)) return 'junior-minister';
  if (
    /^(president|speaker|chairman|chair|chairperson) of (the )?(national assembly|senate|house|bundestag|bundesrat|chamber|state duma|federation council|national council|council of states|parliament|knesset|grand national assembly|verkhovna rada|sejm|storting|folketing|riksdag|congress|federal council|european parliament|assembly)/.test(
      text,
    )
  )
    return 'speaker';
  if (/^speaker\b/.test(text)) return 'speaker';
  if (country === 'US' && /^secretary of (state|defen[cs]e|the treasury|homeland security)$/.test(text))
    return 'key-minister';
  if (country === 'US' && /^attorney general$/.test(text)) return 'key-minister';
  if (
    /\b(foreign|exchequer|finance|finances|treasury|defen[cs]e|interior|home department|home affairs|armed forces|economy)\b/.test(
      text,
    ) &&
    /^(minister|federal minister|secretary of state|secretary for|chancellor of the exchequer|first secretary)/.test(
      text,
    )
  )
    return 'key-minister';
  if (/^chancellor of the exchequer$/.test(text)) return 'key-minister';
  if (/^first minister\b/.test(text)) return 'regional-head';
  if (
    /^(minister|federal minister|secretary of|secretary for|chancellor of the duchy|lord chancellor|attorney general|lord president|lord privy seal|member of the federal council|paymaster general|leader of the house|chief secretary to the treasury|parliamentary secretary to the treasury|minister without portfolio|government commissioner)/.test(
      text,
    )
  )
    return 'minister';
  if (
    /^(administrator of the environmental protection agency|director of the office of management and budget|united states trade representative|director of national intelligence|director of the cia|director of the fbi|national security advis[eo]r|white house chief of staff|chief of staff of the presidential executive office|secretary of the security council|director of the federal security service|director of the foreign intelligence service|prosecutor[- ]general|ambassador to the united nations)/.test(
      text,
    )
  )
    return 'adviser';
  if (
    /^(governor|lieutenant governor|head of|minister[- ]president|premier of|chief minister|president of the (government|region|regional|generalitat|flemish|walloon|brussels|landtag)|governing mayor|plenipotentiary)\b/.test(
      text,
    )
  )
    return text.startsWith('head of') && /\b(city|izhevsk|chelyabinsk)\b/.test(text)
      ? 'mayor'
      : 'regional-head';
  if (/^(lord )?mayor\b|^burgomaster\b|^mayor of\b/.test(text)) return 'mayor';
  if (
    /^(secretary-general|director-general|president|high representative|chair|managing director|commissioner)\b/.test(
      text,
    ) &&
    country === 'INT'
  )
    return 'international-head';
  if (/\b(senator|member of the senate)\b/.test(text)) return 'legislator-senior';
  if (/\b(member of|representative|deputy to|mp\b)/.test(text)) return 'legislator';
  return 'other';
}

/** The worklist's files, one a domain. */
export type Domain = 'politics' | 'world' | 'economy' | 'media' | 'sport' | 'places' | 'events' | 'culture';

const DOMAIN_OF_KIND: Partial<Record<OfficeKind, Domain>> = {
  'central-bank': 'economy',
  military: 'world',
  judge: 'world',
  election: 'events',
  'election-ep': 'events',
  company: 'economy',
  agency: 'world',
  institution: 'culture',
  newspaper: 'media',
  club: 'sport',
  athlete: 'sport',
  city: 'places',
  region: 'places',
  airport: 'places',
};

/** Where a role puts its entity: offices, parties, cabinets and public bodies are politics; banks, armies and
 * courts, companies, clubs, places and the rest have their own domains. */
export function domainOfKind(kind: OfficeKind): Domain {
  return DOMAIN_OF_KIND[kind] ?? 'politics';
}

/** How far the name-suggestion-index places a brand or an operator (its `locationSet`). */
export type Reach = 'world' | 'region' | 'countries' | 'country' | 'local';

const REACH_WEIGHT: Readonly<Record<Reach, number>> = {
  world: 0.2,
  region: 0.15,
  countries: 0.12,
  country: 0.1,
  local: 0.05,
};

/**
 * A brand's or an operator's weight: the name-suggestion-index gives no size, only where a name is found (the
 * world, a continent, several countries, one country, part of one) and in how many kinds of place (a fuel brand
 * that also runs shops and charging stations is a bigger company than one that runs a single kind). Each further
 * kind adds 0.02, four at most.
 */
export function nsiWeight(reach: Reach, categories: number): number {
  return REACH_WEIGHT[reach] + 0.02 * Math.min(4, Math.max(0, categories - 1));
}

/**
 * A city's weight from its population (Natural Earth's `pop_max`, the metropolitan figure) and its rank as a
 * capital: 0.1 up to 100,000 people, +0.1 for every tenfold more (0.3 at ten million, 0.4 at most), +0.2 for a
 * national capital, +0.05 for a regional one.
 */
export function cityWeight(population: number, capital: 'national' | 'regional' | 'none'): number {
  const size = population > 0 ? Math.min(0.4, Math.max(0.1, 0.1 + 0.1 * (Math.log10(population) - 5))) : 0.1;
  return size + (capital === 'national' ? 0.2 : capital === 'regional' ? 0.05 : 0);
}

/** An airport's weight from Natural Earth's scale rank (2 for the largest hubs, 9 for the smallest). */
export function airportWeight(scaleRank: number): number {
  return Math.min(0.25, Math.max(0.05, 0.3 - 0.025 * scaleRank));
}

/**
 * A party's weight from its best national vote share (per cent), the year of that result and whether it has been
 * in a government. The share counts half by itself and half decayed like a role's recency, so a party that peaked
 * in 1931 weighs less than one that peaked in 2019; a party near a third of the vote weighs like a minister of
 * state, never like a head of government.
 */
export function partyWeight(
  sharePercent: number | null,
  shareYear: number | null,
  inCabinet: boolean,
): number {
  const share = sharePercent === null || Number.isNaN(sharePercent) ? 0 : sharePercent;
  const age = shareYear === null ? 0.5 : 0.5 + 0.5 * recency(shareYear);
  return 0.1 + 0.7 * Math.min(1, share / 35) * age + (inCabinet ? 0.1 : 0);
}

/** A role's score. */
export function roleScore(weight: number, endYear: number, country: string): number {
  return weight * recency(endYear) * countryWeight(country);
}

/**
 * An entity's score from its roles' scores: the best role counts whole, every other one 10 %, and the total never
 * exceeds 1.3 times the best role (so a long career outranks a short one in the same office, but ten junior posts
 * never outrank a head of government).
 */
export function combineRoles(scores: readonly number[]): number {
  if (scores.length === 0) return 0;
  const sorted = [...scores].sort((a, b) => b - a);
  const best = sorted[0] ?? 0;
  const rest = sorted.slice(1).reduce((sum, score) => sum + score, 0);
  return Math.min(best * 1.3, best + 0.1 * rest);
}
