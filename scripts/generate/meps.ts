/**
 * `npx tsx scripts/generate/meps.ts [--mirror /work/.mirror]`: generates assets/packs/meps.json (pack `meps`,
 * "Members of the European Parliament and US governors") and its notes (meps.notes.md) from three
 * every-politician-scrapers snapshots, read with git (no work tree, no network, no clock).
 *
 * Inputs (no repository has a LICENSE file; the facts written come from Wikidata query results, CC0 1.0; the
 * official lists are only compared with them, and give a name's spelling where it is the same name):
 *  - every-politician-scrapers/european-parliament, `data/wikidata.csv` (Wikidata id, the Parliament's member id,
 *    name as the Parliament writes it, member state of the electoral district, P39 statement id) made by
 *    `bin/scraper/wikidata.rb`: every open "member of the European Parliament" (Q27169) statement of the
 *    parliamentary term Q64038205. `data/official.csv` (the Parliament's own list of members, scraped from
 *    europarl.europa.eu) is read only to confirm each row: a member is written only where the official list has the
 *    same member id in the same member state. Its political groups and national parties are names without Wikidata
 *    ids, so they are not matched to any entity (the brief allows a match by Wikidata id only) and not written.
 *  - every-politician-scrapers/us-governors, `data/wikidata.csv` (state, governor, gender) made by
 *    `bin/scraper/wikidata.rb`: every open "governor" P39 statement with a start date, per US state or territory.
 *    `data/official.csv` (the National Governors Association's list) confirms each row by state and name.
 *  - every-politician-scrapers/us-cabinet, the "PCB" build (`html/holders21.csv`, `html/positions.csv`,
 *    `html/bio.csv`, the conventions scripts/generate/cabinets.ts reads): the start of each governor's open term and
 *    the governor's English Wikipedia title, which the us-governors files lack.
 *
 * What is written, per person: occupation politician; sex or gender where the data gives it (governors only: the
 * MEP files have none); citizenship (MEPs: the member state they were elected in, see `MEP_CITIZENSHIP` and
 * `NOT_NATIONALS`; governors: the United States); one position-held, "Member of the European Parliament for <state>"
 * or "Governor of <state>", open, asOf = the last-change date of the data file that has it open (MEPs: wikidata.csv;
 * governors: us-cabinet's holders21.csv). MEPs have no start (their files give none); governors' start is
 * us-cabinet's. Every statement cites the English Wikipedia page where the data gives its title (governors), else
 * the data file on GitHub at its commit (MEPs). Descriptions are written by template from the statements, with the
 * data's date, in words that fit a woman or a man where the data gives no gender (MEPs). For the same reason every
 * MEP office is this pack's own, worded without a masculine title: Belgium's and France's too (`mep-for-belgium`,
 * `mep-for-france`), whose bundled offices read "député européen belge", "Europaabgeordneter für Frankreich".
 *
 * Names (after the audit, meps.audit.md): labels are the data's names, Romanian ones with ș ț (comma below) where
 * the data writes ş ţ (the cedilla form kept as an alias). Aliases are only names the data yields: Wikidata's
 * English labels in earlier versions of `data/wikidata.csv` (git history), the official list's first given name
 * with its surname (and the first of two Catalan/Spanish surnames joined by "i"/"y"), the Wikipedia title and the
 * worklist's label. An alias another entity of any pack also has is marked needsContext with cues.
 *
 * Left out: people already in a bundled pack (assets/packs/*.json, this pack excepted) by Wikidata id, English
 * Wikipedia page or name (listed in the notes with the id they have there); staged packs (assets/packs-next/) are
 * not read, since they may never ship;
 * rows the official list does not confirm; governors of territories (American Samoa, Guam, the Northern Mariana
 * Islands, Puerto Rico, the US Virgin Islands: the brief asks for state governors); states with more than one row.
 *
 * Ids: the worklist's (assets/worklist/*.tsv, by Wikidata id) where it has the person, else the slug of the name.
 * `readKnown` (extended), `wikipediaUrl`, `commonName` and the term merge are copied from scripts/generate/cabinets.ts
 * (not exported there).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Alias, Entity, Lang, Pack, PackClass, Statement } from '../../src/core/kb/schema';
import { fileDate, gitShow, parseTable, parseTsv, slugify } from '../worklist/lib';
import {
  aliasText,
  argument,
  commonName,
  DATE,
  daysBetween,
  entityNames,
  finishEntities,
  markContextAnyLanguage,
  MERGE_GAP_DAYS,
  office,
  readPackFiles,
  snapshotHead,
  usedClassesOf,
  wikipediaUrl,
  wikiTitleOf,
} from './lib/every-politician';
import { writePack } from './lib/pack';
import { nameKey } from './lib/text';

const OWNER = 'every-politician-scrapers';
const EP_REPO = `${OWNER}/european-parliament`;
const GOV_REPO = `${OWNER}/us-governors`;
const EP_WIKIDATA = 'data/wikidata.csv';
const EP_OFFICIAL = 'data/official.csv';
const GOV_WIKIDATA = 'data/wikidata.csv';
const GOV_OFFICIAL = 'data/official.csv';
const CAB_REPO = `${OWNER}/us-cabinet`;
const CAB_HOLDERS = 'html/holders21.csv';
const CAB_POSITIONS = 'html/positions.csv';
const CAB_BIO = 'html/bio.csv';
const OUTPUT = 'assets/packs/meps.json';
const NOTES = 'assets/packs/curation/meps.notes.md';
const BUNDLED_DIR = 'assets/packs';
const WORLD = 'assets/packs/world.json';
const WORKLIST_DIR = 'assets/worklist';
const REVIEWED = '2026-12-05';
/** The date of meps.audit.md, whose findings on offices and names the generator now follows. */
const AUDIT_DATE = '2026-12-05';
const LICENSE = 'CC0 1.0';
const LANGS: readonly Lang[] = ['nl', 'en', 'fr', 'de'];

/**
 * Whether MEPs get a citizenship statement (the member state they were elected in). Off: it is an inference, not a
 * fact of the data, and a citizen of the Union may stand where they live, so some members sit for a state that is
 * not theirs (stored pages show three, in NOT_NATIONALS; more may remain). The office already names the state.
 */
const MEP_CITIZENSHIP = false;

/** Members elected in a member state whose nationality stored pages say they do not (or did not) hold. */
const NOT_NATIONALS: Record<string, string> = {
  'Sandro Gozi':
    'Italian, elected on a French list (onenewspage.com "Sandro Gozi: the Italian minister turned French MEP"; sandrogozi.eu, La Croix 2024-06-03)',
  'Caroline Roose':
    'Belgian, on a French list (sandrogozi.eu, Le Parisien 2024-05-08: "the Belgian Caroline Roose at EELV")',
  'Frédérique Ries':
    'Luxembourgish, elected in Belgium (liquisearch.com, "Member of the European Parliament – election of non-nationals")',
};

// ---------------------------------------------------------------------------------------------------------------
// Member states and US states.

/** The data's country names that are not the world pack's id slugified. */
const COUNTRY_IDS: Record<string, string> = {
  'Czech Republic': 'czechia',
  Czechia: 'czechia',
  'Republic of Ireland': 'ireland',
};

/** English and German forms where the world pack's label needs an article ("for the Netherlands"). */
const EN_FOR: Record<string, string> = { netherlands: 'the Netherlands' };
const DE_FOR: Record<string, string> = { netherlands: 'die Niederlande', slovakia: 'die Slowakei' };
const CLASS_SLUG: Record<string, string> = { netherlands: 'the-netherlands' };

interface WorldCountry {
  id: string;
  labels: Record<Lang, string>;
  adjFrM: string;
  adjFrF: string;
}

/** US states whose French name is feminine ("gouverneur de Californie"); the others take "du" or "de l'". */
const FR_FEMININE = new Set([
  'Californie',
  'Floride',
  'Géorgie',
  'Louisiane',
  'Pennsylvanie',
  'Virginie',
  'Virginie-Occidentale',
  'Caroline du Nord',
  'Caroline du Sud',
]);

/** "de Californie", "du Texas", "de l'Ohio", "d'Hawaï", "de l'État de New York". */
function frOf(name: string): string {
  if (name === 'Hawaï') return "d'Hawaï";
  if (FR_FEMININE.has(name)) return `de ${name}`;
  if (/^[AEIOUÉÈaeiou]/.test(name)) return `de l'${name}`;
  return `du ${name}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Bundled packs (readKnown after scripts/generate/cabinets.ts, with pages, classes and US states).

interface Known {
  qids: Map<string, string>;
  pages: Map<string, string>;
  personNames: Map<string, string>;
  ids: Set<string>;
  classes: Map<string, PackClass>;
  /** US states of the bundled packs: by Wikidata id and by English label. */
  stateByQid: Map<string, string>;
  stateByName: Map<string, string>;
  labels: Map<string, Record<Lang, string>>;
  /** Every name (label or alias) of every entity of the other packs, any type, by nameKey: where it is. */
  allNames: Map<string, string>;
}

function readKnown(): Known {
  const known: Known = {
    qids: new Map(),
    pages: new Map(),
    personNames: new Map(),
    ids: new Set(),
    classes: new Map(),
    stateByQid: new Map(),
    stateByName: new Map(),
    labels: new Map(),
    allNames: new Map(),
  };
  const stateNames = new Map<string, string[]>();
  for (const { where, bundled, pack } of readPackFiles(BUNDLED_DIR, null, [OUTPUT])) {
    for (const klass of pack.classes ?? []) {
      known.ids.add(klass.id);
      if (bundled) known.classes.set(klass.id, klass);
    }
    for (const entity of pack.entities) {
      known.ids.add(entity.id);
      if (entity.qid) known.qids.set(entity.qid, `${where}: ${entity.id}`);
      if (bundled) known.labels.set(entity.id, entity.labels as Record<Lang, string>);
      if (
        bundled &&
        entity.statements.some(
          (s) => s.property === 'instance-of' && 'entity' in s.value && s.value.entity === 'us-state',
        )
      ) {
        if (entity.qid) known.stateByQid.set(entity.qid, entity.id);
        const key = nameKey(entity.labels.en ?? '');
        stateNames.set(key, [...(stateNames.get(key) ?? []), entity.id]);
      }
      for (const name of entityNames(entity))
        if (!known.allNames.has(nameKey(name))) known.allNames.set(nameKey(name), `${where}: ${entity.id}`);
      if (entity.type !== 'person') continue;
      for (const source of entity.sources) {
        const title = wikiTitleOf(source.url);
        if (title) known.pages.set(title, `${where}: ${entity.id}`);
      }
      for (const name of entityNames(entity)) known.personNames.set(nameKey(name), `${where}: ${entity.id}`);
    }
  }
  // A state without a Wikidata id in the bundled packs is found by its English name, where only one has it.
  for (const [key, ids] of stateNames) if (ids.length === 1 && ids[0]) known.stateByName.set(key, ids[0]);
  return known;
}

function readWorld(): Map<string, WorldCountry> {
  const pack = JSON.parse(readFileSync(WORLD, 'utf8')) as Pack;
  const out = new Map<string, WorldCountry>();
  for (const e of pack.entities) {
    const adj = e.adjective ?? {};
    out.set(e.id, {
      id: e.id,
      labels: {
        nl: e.labels.nl ?? '',
        en: e.labels.en ?? '',
        fr: e.labels.fr ?? '',
        de: e.labels.de ?? '',
      },
      adjFrM: adj.fr?.[0] ?? '',
      adjFrF: adj.fr?.[1] ?? '',
    });
  }
  return out;
}

/** Worklist lines of people by Wikidata id: their id and English Wikipedia title (may be empty). */
function readWorklist(): Map<string, { id: string; title: string; label: string }> {
  const out = new Map<string, { id: string; title: string; label: string }>();
  for (const name of readdirSync(WORKLIST_DIR)
    .filter((n) => n.endsWith('.tsv'))
    .sort()) {
    for (const row of parseTsv(readFileSync(join(WORKLIST_DIR, name), 'utf8'))) {
      if (row.type !== 'person' || !row.id || !row.qid || !('title' in row)) continue;
      out.set(row.qid, { id: row.id, title: row.title ?? '', label: row.label ?? '' });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Names.

/** Name particles written in lower case inside a name ("Pilar del Castillo", "Sophia in 't Veld"). */
const PARTICLES = new Set([
  'i',
  'y',
  'und',
  'del',
  'de',
  'da',
  'das',
  'dos',
  'di',
  'van',
  'von',
  'der',
  'den',
  'in',
  "'t",
  'e',
]);

/**
 * The Parliament writes surnames in capitals ("Roberta METSOLA", "Sophia IN 'T VELD"): such words are written in
 * the ordinary way ("Roberta Metsola", "Sophia in 't Veld"). Words with a lower-case letter are kept as written.
 */
function recase(name: string): string {
  const words = name.split(' ');
  const capitals = (word: string) =>
    word.replace(/[^\p{L}]/gu, '').length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
  return words
    .map((word, i) => {
      const lower = word.toLowerCase();
      // "GARCÍA-MARGALLO Y MARFIL", "PUIGDEMONT I CASAMAJÓ": a one-letter particle between words in capitals.
      if (/^[IYE]$/.test(word) && i > 0 && capitals(words[i - 1] ?? '') && capitals(words[i + 1] ?? ''))
        return lower;
      // "IN 'T VELD", "THUN UND HOHENSTEIN": particles next to words in capitals.
      if (
        i > 0 &&
        PARTICLES.has(lower) &&
        word === word.toUpperCase() &&
        (capitals(word) || capitals(words[i - 1] ?? ''))
      )
        return lower;
      if (!capitals(word)) return word;
      return lower
        .split('-')
        .map((part) => {
          if (part.startsWith("'")) return part;
          const m = /^(\p{L})'(\p{L})(.*)$/u.exec(part); // O'SULLIVAN → O'Sullivan
          if (m) return `${(m[1] ?? '').toUpperCase()}'${(m[2] ?? '').toUpperCase()}${m[3] ?? ''}`;
          return part.charAt(0).toUpperCase() + part.slice(1);
        })
        .join('-');
    })
    .join(' ');
}

/** How many letters of a name carry a diacritic. */
function diacritics(text: string): number {
  return [...text.normalize('NFKD')].filter((c) => /\p{M}/u.test(c)).length;
}

/**
 * An MEP's label from the Wikidata file's name and the Parliament's list: the Wikidata file's name (recased),
 * without a party appended to it ("Guy Verhofstadt - Open Vld"); where the two names are the same but for
 * diacritics, case or hyphens, the one with more diacritics ("Hervé Juvin"); where they differ otherwise, the
 * official one is kept as an alias ("Ana Miranda"). Returns the label and that alias, if any.
 */
function mepName(wikidataName: string, officialName: string): { name: string; other: string | null } {
  const name = recase(wikidataName);
  const official = recase(officialName);
  if (!official) return { name, other: null };
  if (nameKey(name) === nameKey(official))
    return { name: diacritics(official) > diacritics(name) ? official : name, other: null };
  const dash = name.split(' - ');
  if (dash.length === 2 && dash[0] && nameKey(dash[0]) === nameKey(official))
    return { name: dash[0], other: null };
  return { name, other: official };
}

/** A word the Parliament writes in capitals (a surname): two letters or more, all upper case. */
function inCapitals(word: string): boolean {
  return (
    word.replace(/[^\p{L}]/gu, '').length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase()
  );
}

/**
 * Romanian s and t with a cedilla (ş ţ, as the Parliament's list and older encodings write them) in the
 * comma-below form Romanian spells them with (ș ț).
 */
function commaBelow(text: string): string {
  return text.replace(/ş/g, 'ș').replace(/ţ/g, 'ț').replace(/Ş/g, 'Ș').replace(/Ţ/g, 'Ț');
}

/**
 * Short forms of the Parliament's name ("Elżbieta Katarzyna ŁUKACIJEWSKA"): given names are written in the
 * ordinary way, the surname in capitals (with its particles: "Pilar del CASTILLO VERA"). Returns the first given
 * name with the surname ("Elżbieta Łukacijewska"), and where the surname is two joined by "i" or "y" ("RIBA I
 * GINER") the first given name with the first of them ("Diana Riba"). Nothing where the name is not written that
 * way, or its first given name is an initial.
 */
function shortForms(officialName: string): string[] {
  const words = officialName.split(' ').filter((w) => w !== '');
  const first = words.findIndex(inCapitals);
  if (first < 1) return [];
  let start = first;
  while (start > 1 && PARTICLES.has(words[start - 1] ?? '')) start--;
  const given = words[0] ?? '';
  const surname = words.slice(start);
  if (!surname.every((w) => inCapitals(w) || PARTICLES.has(w.toLowerCase()) || /^[IY]$/.test(w))) return [];
  if (given.replace(/[^\p{L}]/gu, '').length < 2 || given.includes('.')) return [];
  const out = [recase(`${given} ${surname.join(' ')}`)];
  const joint = surname.findIndex((w, i) => i > 0 && /^[IY]$/.test(w));
  if (joint > 0 && surname.slice(0, joint).every(inCapitals))
    out.push(recase(`${given} ${surname.slice(0, joint).join(' ')}`));
  return out;
}

/**
 * The English labels Wikidata gave members in the history of `data/wikidata.csv`: the file's name is the name a
 * reference of the membership gives (P1810, which the scrapers add from the official list, in capitals), else the
 * member's English label; so a name without words in capitals in any version up to `commit` is an English label of
 * its time ("Rob Roos" for "Robert ROOS"). By Wikidata id, for rows with the same member id; newest first.
 */
function englishLabels(dir: string, commit: string, path: string): Map<string, string[]> {
  const commits = execFileSync('git', ['--git-dir', dir, 'log', '--format=%H', commit, '--', path], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  })
    .split('\n')
    .filter((line) => /^[0-9a-f]{40}$/.test(line));
  const out = new Map<string, string[]>();
  for (const version of commits) {
    for (const row of parseTable(gitShow(dir, version, path) ?? '')) {
      const qid = (row.item ?? '').trim();
      const name = (row.name ?? '').trim();
      if (!qid || !name || name.split(' ').some(inCapitals)) continue;
      const names = out.get(`${qid}|${(row.id ?? '').trim()}`) ?? [];
      if (!names.includes(name)) names.push(name);
      out.set(`${qid}|${(row.id ?? '').trim()}`, names);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Terms.

/**
 * One office's terms, sorted by start, a term that begins before the previous one ends or at most MERGE_GAP_DAYS
 * after it joined to it (one term in two statements); an empty end is an open term.
 */
function mergeTerms(rows: readonly { start: string; end: string }[]): { start: string; end: string }[] {
  const out: { start: string; end: string }[] = [];
  for (const row of [...rows].sort((a, b) => a.start.localeCompare(b.start))) {
    const last = out.at(-1);
    const joins =
      last !== undefined &&
      (last.end === '' ||
        row.start <= last.end ||
        (last.end.length === 10 &&
          row.start.length === 10 &&
          daysBetween(last.end, row.start) <= MERGE_GAP_DAYS));
    if (last && joins) {
      if (last.end !== '' && (row.end === '' || row.end > last.end)) last.end = row.end;
    } else out.push({ ...row });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Classes.

/** French "la Suède", "l'Autriche", "le Portugal", "les Pays-Bas", "Chypre" (after "pour"). */
function frWithArticle(name: string): string {
  if (name === 'Chypre' || name === 'Malte') return name;
  if (name === 'Pays-Bas') return 'les Pays-Bas';
  if (/^[AEIOUÉÈ]/.test(name)) return `l'${name}`;
  return name.endsWith('e') ? `la ${name}` : `le ${name}`;
}

/** The member state's name after "for" in each language ("the Netherlands", "die Slowakei", "la Suède"). */
function stateFor(w: WorldCountry): Record<Lang, string> {
  return {
    nl: w.labels.nl,
    en: EN_FOR[w.id] ?? w.labels.en,
    fr: frWithArticle(w.labels.fr),
    de: DE_FOR[w.id] ?? w.labels.de,
  };
}

/**
 * The office of a member for one member state, worded so it needs no female form ("membre", "Mitglied",
 * "Parlementslid"): the data gives no member's gender, and a masculine form would be wrong for every woman. Where a
 * bundled pack has the state's office in other words (Belgium and France: "député européen belge",
 * "Europaabgeordneter für Frankreich", with female forms its holders' gender selects), this pack has its own,
 * `mep-for-<state>`, so no woman here is shown with the masculine title.
 */
function mepClass(w: WorldCountry, bundled: ReadonlyMap<string, PackClass>): PackClass {
  const slug = CLASS_SLUG[w.id] ?? w.id;
  const f = stateFor(w);
  const id = `member-of-the-european-parliament-for-${slug}`;
  const fr = `membre du Parlement européen pour ${f.fr}`;
  const de = `Mitglied des Europäischen Parlaments für ${f.de}`;
  const other = bundled.get(id);
  return {
    id: other && (other.labels.fr !== fr || other.labels.de !== de) ? `mep-for-${slug}` : id,
    qid: null,
    kind: 'office',
    labels: {
      nl: `Europees Parlementslid voor ${f.nl}`,
      en: `Member of the European Parliament for ${f.en}`,
      fr,
      de,
    },
    femaleLabels: {},
    gender: { nl: 'het', fr: 'm', de: 'n' },
    sources: [],
  };
}

/** The office's state name per language: "New York", not the world pack's "New York State". */
function officeStateNames(
  stateId: string,
  labels: Record<Lang, string>,
): Record<Lang, string> & { frOf: string } {
  if (stateId === 'new-york-state')
    return { nl: 'New York', en: 'New York', fr: 'New York', de: 'New York', frOf: "de l'État de New York" };
  if (stateId === 'washington-state')
    return {
      nl: 'Washington',
      en: 'Washington',
      fr: 'Washington',
      de: 'Washington',
      frOf: "de l'État de Washington",
    };
  return { ...labels, frOf: frOf(labels.fr) };
}

function governorClass(id: string, names: Record<Lang, string> & { frOf: string }): PackClass {
  return office(
    id,
    {
      nl: `gouverneur van ${names.nl}`,
      en: `Governor of ${names.en}`,
      fr: `gouverneur ${names.frOf}`,
      de: `Gouverneur von ${names.de}`,
    },
    { fr: `gouverneure ${names.frOf}`, de: `Gouverneurin von ${names.de}` },
  );
}

// ---------------------------------------------------------------------------------------------------------------
// People.

type Kind = 'mep' | 'governor';

interface Person {
  kind: Kind;
  qid: string;
  name: string;
  /** Other names of the data (a governor's Wikidata label where the source writes the name otherwise). */
  otherNames: string[];
  /** MEPs: English labels Wikidata gave them in earlier versions of the data file ("Rob Roos"). */
  labelNames: string[];
  /** MEPs: the first given name with the surname of the Parliament's name (shortForms). */
  shortNames: string[];
  /** Romanian MEPs: the data's spelling with cedillas, where the label writes commas below. */
  cedilla: string | null;
  gender: string;
  /** The world pack id of the member state (MEPs) or the bundled state entity (governors). */
  place: string;
  placeName: string;
  classId: string;
  epId: string;
  /** From the worklist (by Wikidata id). */
  worklistId: string;
  title: string;
  worklistLabel: string;
  citizenship: string | null;
  /** The state's name per language as the description writes it ("for the Netherlands", "de l'Alabama"). */
  stateText: Record<Lang, string>;
  /** The office's start where the data gives it, the statement's asOf, and the source of every statement. */
  start: string | undefined;
  asOf: string;
  source: string;
  /** The data files the person's facts come from (entity sources after the Wikipedia page). */
  files: { url: string; title: string }[];
}

interface Input {
  repo: string;
  commit: string;
  date: string;
  dataDate: string;
  officialDate: string;
  url: string;
  rows: number;
}

interface Skip {
  name: string;
  qid: string;
  what: string;
  why: string;
}

const CUES: Record<Kind, Partial<Record<Lang, string[]>>> = {
  mep: {
    en: ['MEP', 'European Parliament', 'MEPs'],
    nl: ['Europarlementariër', 'Europees Parlement', 'Europarlementslid'],
    fr: ['eurodéputé', 'eurodéputée', 'député européen', 'Parlement européen'],
    de: ['Europaabgeordnete', 'Europaabgeordneter', 'EU-Abgeordnete', 'Europaparlament'],
  },
  governor: {
    en: ['governor', 'state'],
    nl: ['gouverneur', 'staat'],
    fr: ['gouverneur', 'gouverneure', 'État'],
    de: ['Gouverneur', 'Gouverneurin', 'Bundesstaat'],
  },
};

function openInput(
  mirror: string,
  repo: string,
  dataPath: string,
  officialPath: string,
): Input & { dir: string } {
  const head = snapshotHead(mirror, repo, dataPath);
  return { ...head, officialDate: fileDate(head.dir, head.commit, officialPath), rows: 0 };
}

function main(): void {
  const mirror = argument('--mirror', '/work/.mirror');
  const known = readKnown();
  const world = readWorld();
  const worklist = readWorklist();
  const made = new Map<string, PackClass>();
  const useClass = (klass: PackClass): string => {
    const bundled = known.classes.get(klass.id);
    if (bundled) {
      if (bundled.labels.en !== klass.labels.en)
        throw new Error(`bundled class ${klass.id} is "${bundled.labels.en}", not "${klass.labels.en}"`);
      return klass.id;
    }
    if (known.ids.has(klass.id)) throw new Error(`id ${klass.id} is taken by another entity or class`);
    if (!made.has(klass.id)) made.set(klass.id, klass);
    return klass.id;
  };
  const people: Person[] = [];
  const unconfirmed: string[] = [];
  const leftOut: string[] = [];
  const notNationals: string[] = [];
  const renamed: string[] = [];
  const cedillas: string[] = [];

  // Members of the European Parliament.
  const ep = openInput(mirror, EP_REPO, EP_WIKIDATA, EP_OFFICIAL);
  const epShow = (path: string) => gitShow(ep.dir, ep.commit, path) ?? '';
  const official = new Map(parseTable(epShow(EP_OFFICIAL)).map((row) => [row.id ?? '', row]));
  const officialCounts = {
    groups: new Set([...official.values()].map((row) => row.group ?? '')).size,
    parties: new Set([...official.values()].map((row) => `${row.country ?? ''}|${row.national_group ?? ''}`))
      .size,
  };
  const epRows = parseTable(epShow(EP_WIKIDATA));
  ep.rows = epRows.length;
  const epQids = new Map<string, number>();
  for (const row of epRows) epQids.set(row.item ?? '', (epQids.get(row.item ?? '') ?? 0) + 1);
  const labelHistory = englishLabels(ep.dir, ep.commit, EP_WIKIDATA);
  for (const row of epRows) {
    const qid = (row.item ?? '').trim();
    const epId = (row.id ?? '').trim();
    const country = (row.country ?? '').trim();
    const placeId = COUNTRY_IDS[country] ?? slugify(country);
    // Romanian names in the comma-below form (ș ț); the data's cedilla spelling stays as an alias.
    const romanian = placeId === 'romania' ? commaBelow : (text: string) => text;
    const officialName = official.get(epId)?.name ?? '';
    const named = mepName((row.name ?? '').trim(), officialName);
    const name = romanian(named.name);
    const other = named.other === null ? null : romanian(named.other);
    if (other || named.name !== recase((row.name ?? '').trim()))
      renamed.push(
        `"${row.name ?? ''}" (${qid}; official list "${officialName}"): label "${name}"${other ? `, alias "${other}"` : ''}`,
      );
    if (name !== named.name) cedillas.push(`${named.name} → ${name} (${qid})`);
    const w = world.get(placeId);
    const off = official.get(epId);
    const offPlace = off ? (COUNTRY_IDS[off.country ?? ''] ?? slugify(off.country ?? '')) : '';
    if (!/^Q[1-9]\d*$/.test(qid) || !name || !/^\d+$/.test(epId) || (epQids.get(qid) ?? 0) > 1) {
      leftOut.push(`${name || qid} (${qid}): no single Wikidata id, name and member id in the data`);
      continue;
    }
    if (!w || !country) {
      leftOut.push(`${name} (${qid}): member state "${country}" not in the world pack`);
      continue;
    }
    if (!off || offPlace !== placeId) {
      unconfirmed.push(`${name} (${qid}, member id ${epId}, ${country})`);
      continue;
    }
    const wl = worklist.get(qid);
    let citizenship: string | null = MEP_CITIZENSHIP ? placeId : null;
    const why = NOT_NATIONALS[name];
    if (why) {
      citizenship = null;
      notNationals.push(`${name} (${qid}, ${w.labels.en}): ${why}`);
    }
    people.push({
      kind: 'mep',
      qid,
      name,
      otherNames: other ? [other] : [],
      labelNames: (labelHistory.get(`${qid}|${epId}`) ?? []).map(romanian),
      shortNames: shortForms(officialName).map(romanian),
      cedilla: name !== named.name ? named.name : null,
      gender: '',
      place: placeId,
      placeName: w.labels.en,
      classId: useClass(mepClass(w, known.classes)),
      epId,
      worklistId: wl?.id ?? '',
      title: wl?.title ?? '',
      worklistLabel: wl?.label ?? '',
      citizenship,
      stateText: stateFor(w),
      start: undefined,
      asOf: ep.dataDate,
      source: ep.url,
      files: [
        {
          url: ep.url,
          title: `${EP_REPO}: ${EP_WIKIDATA} (Wikidata: members of the European Parliament, ${ep.dataDate})`,
        },
        { url: `https://www.europarl.europa.eu/meps/en/${epId}`, title: `European Parliament: ${name}` },
      ],
    });
  }
  for (const notNational of Object.keys(NOT_NATIONALS))
    if (!people.some((p) => p.name === notNational))
      throw new Error(`NOT_NATIONALS: no member named ${notNational} in the data`);

  // US state governors.
  const gov = openInput(mirror, GOV_REPO, GOV_WIKIDATA, GOV_OFFICIAL);
  const govShow = (path: string) => gitShow(gov.dir, gov.commit, path) ?? '';
  const govOfficial = new Map(
    parseTable(govShow(GOV_OFFICIAL)).map((row) => [nameKey(row.state ?? ''), nameKey(row.name ?? '')]),
  );
  const govRows = parseTable(govShow(GOV_WIKIDATA));
  gov.rows = govRows.length;
  const perState = new Map<string, number>();
  for (const row of govRows) perState.set(row.stateid ?? '', (perState.get(row.stateid ?? '') ?? 0) + 1);
  const territories: string[] = [];
  // The start of each governor's term: the us-cabinet snapshot's office holders (the PCB build cabinets.ts reads).
  const cab = openInput(mirror, CAB_REPO, CAB_HOLDERS, CAB_BIO);
  const cabShow = (path: string) => gitShow(cab.dir, cab.commit, path) ?? '';
  const jurisdiction = new Map<string, string>();
  for (const row of parseTable(cabShow(CAB_POSITIONS)))
    if (/^Governor of /.test(row.position ?? ''))
      jurisdiction.set(row.position ?? '', row.jurisdiction ?? '');
  const cabRows = parseTable(cabShow(CAB_HOLDERS));
  cab.rows = cabRows.length;
  const cabBio = new Map(parseTable(cabShow(CAB_BIO)).map((row) => [row.id ?? '', row]));
  const noStart: string[] = [];
  for (const row of govRows) {
    const qid = (row.item ?? '').trim();
    const name = (row.name ?? '').trim();
    const stateName = (row.state ?? '').trim();
    const stateQid = (row.stateid ?? '').trim();
    const stateId = known.stateByQid.get(stateQid) ?? known.stateByName.get(nameKey(stateName));
    if (!stateId) {
      territories.push(`${stateName}: ${name} (${qid})`);
      continue;
    }
    if (!/^Q[1-9]\d*$/.test(qid) || !name || (perState.get(stateQid) ?? 0) > 1) {
      leftOut.push(`${name || qid} (${qid}, ${stateName}): not one Wikidata id and name for the state`);
      continue;
    }
    if (govOfficial.get(nameKey(stateName)) !== nameKey(name)) {
      unconfirmed.push(`${name} (${qid}, governor of ${stateName})`);
      continue;
    }
    const labels = known.labels.get(stateId);
    if (!labels) throw new Error(`no labels for ${stateId}`);
    const names = officeStateNames(stateId, labels);
    const classId = useClass(governorClass(`governor-of-${slugify(names.en)}`, names));
    const enLabel = (row.enLabel ?? '').trim();
    const wl = worklist.get(qid);
    const terms = mergeTerms(
      cabRows
        .filter((r) => r.personID === qid && jurisdiction.get(r.position ?? '') === stateQid)
        .map((r) => ({ start: (r.start ?? '').trim(), end: (r.end ?? '').trim() })),
    );
    const open = terms.filter((t) => t.end === '' && DATE.test(t.start));
    const term = open.length === 1 ? open[0] : undefined;
    if (!term) noStart.push(`${name} (${qid}, ${stateName}): ${terms.length} terms, ${open.length} open`);
    const enwiki = (cabBio.get(qid)?.enwiki ?? '').trim();
    people.push({
      kind: 'governor',
      qid,
      name,
      otherNames: enLabel && nameKey(enLabel) !== nameKey(name) ? [enLabel] : [],
      labelNames: [],
      shortNames: [],
      cedilla: null,
      gender: (row.gender ?? '').trim(),
      place: stateId,
      placeName: names.en,
      classId,
      epId: '',
      worklistId: wl?.id ?? '',
      title: enwiki || (wl?.title ?? ''),
      worklistLabel: wl?.label ?? '',
      citizenship: 'united-states',
      stateText: { nl: names.nl, en: names.en, fr: names.frOf, de: names.de },
      start: term?.start,
      asOf: term && cab.dataDate > gov.dataDate ? cab.dataDate : gov.dataDate,
      source: enwiki ? wikipediaUrl(enwiki) : gov.url,
      files: [
        {
          url: gov.url,
          title: `${GOV_REPO}: ${GOV_WIKIDATA} (Wikidata: US state and territory governors, ${gov.dataDate})`,
        },
        ...(term || enwiki
          ? [
              {
                url: cab.url,
                title: `${CAB_REPO}: ${CAB_HOLDERS} (Wikidata office holders, ${cab.dataDate})`,
              },
            ]
          : []),
      ],
    });
  }

  // Skip the people the bundled packs have; build the others.
  const skipped: Skip[] = [];
  const usedIds = new Set<string>();
  const built: { entity: Entity; person: Person }[] = [];
  const aliasTally = new Map<AliasOrigin, number>();
  const sorted = [...people].sort((a, b) => a.name.localeCompare(b.name) || a.qid.localeCompare(b.qid));
  for (const person of sorted) {
    const what = person.kind === 'mep' ? `MEP for ${person.placeName}` : `Governor of ${person.placeName}`;
    const skip = (why: string) => skipped.push({ name: person.name, qid: person.qid, what, why });
    const byQid = known.qids.get(person.qid);
    if (byQid) {
      skip(`already in ${byQid}`);
      continue;
    }
    const byPage = person.title ? known.pages.get(person.title) : undefined;
    if (byPage) {
      skip(`same Wikipedia page as ${byPage}`);
      continue;
    }
    const byName = [person.name, person.title ? commonName(person.title) : '', ...person.otherNames]
      .filter((n) => n !== '')
      .map((n) => known.personNames.get(nameKey(n)))
      .find((x) => x !== undefined);
    if (byName) {
      skip(`same name as ${byName}`);
      continue;
    }
    const base = person.worklistId || slugify(person.title ? commonName(person.title) : person.name);
    let id = base;
    if (known.ids.has(id) || usedIds.has(id)) id = `${base}-${slugify(person.placeName)}`;
    if (known.ids.has(id) || usedIds.has(id)) id = `${base}-${person.qid.toLowerCase()}`;
    if (known.ids.has(id) || usedIds.has(id)) {
      skip(`id ${base} is taken`);
      continue;
    }
    usedIds.add(id);
    built.push({ entity: buildEntity(person, id, aliasTally), person });
  }

  // Names that need context: one-word names, disambiguated Wikipedia titles, names two people here share; and
  // aliases another entity of this pack or of another pack also has (a short form can be someone else's name).
  const holders = new Map<string, Set<string>>();
  for (const { entity } of built)
    for (const text of [
      ...Object.values(entity.labels),
      ...Object.values(entity.aliases).flatMap((list) => (list ?? []).map(aliasText)),
    ]) {
      const key = nameKey(text);
      holders.set(key, new Set([...(holders.get(key) ?? []), entity.id]));
    }
  const elsewhere = (id: string, text: string): string | null => {
    const others = [...(holders.get(nameKey(text)) ?? [])].filter((other) => other !== id).sort();
    if (others.length > 0) return `meps: ${others.join(', ')}`;
    return known.allNames.get(nameKey(text)) ?? null;
  };
  const contextual: string[] = [];
  const sharedAliases: string[] = [];
  let entities = built.map(({ entity, person }) => {
    const label = entity.labels.en ?? '';
    const disambiguated = person.title !== '' && commonName(person.title) !== person.title;
    const shared = elsewhere(entity.id, label) !== null;
    const texts = !disambiguated && !shared && /\s/.test(label) ? [] : [label];
    if (texts.length > 0) contextual.push(entity.id);
    for (const alias of entity.aliases.en ?? []) {
      const where = elsewhere(entity.id, aliasText(alias));
      if (where === null || nameKey(aliasText(alias)) === nameKey(label)) continue;
      texts.push(aliasText(alias));
      sharedAliases.push(`${entity.id}: "${aliasText(alias)}" (also ${where})`);
    }
    if (texts.length === 0) return entity;
    return markContextAnyLanguage(entity, texts, CUES[person.kind]);
  });
  const finished = finishEntities(entities);
  const dropped = finished.dropped;
  entities = finished.entities;
  const { usedClasses, classes } = usedClassesOf(entities, made.values());
  const pack: Pack = {
    format: 'backstory-pack',
    version: 2,
    id: 'meps',
    title: {
      nl: 'Europarlementariërs en Amerikaanse gouverneurs',
      en: 'Members of the European Parliament and US governors',
      fr: 'Députés européens et gouverneurs américains',
      de: 'Europaabgeordnete und US-Gouverneure',
    },
    description: {
      nl: 'De leden van het Europees Parlement (november 2022) en de gouverneurs van de Amerikaanse staten (mei 2022).',
      en: 'The members of the European Parliament (November 2022) and the governors of the US states (May 2022).',
      fr: 'Les membres du Parlement européen (novembre 2022) et les gouverneurs des États américains (mai 2022).',
      de: 'Die Mitglieder des Europäischen Parlaments (November 2022) und die Gouverneure der US-Bundesstaaten (Mai 2022).',
    },
    license: LICENSE,
    anyLanguage: false,
    classes,
    entities,
  };
  writePack(OUTPUT, pack, { entityPerLine: true });
  const statements = entities.reduce((sum, e) => sum + e.statements.length, 0);
  writeFileSync(
    NOTES,
    notes({
      ep,
      gov,
      cab: { ...cab, noStart, ...officialCounts },
      built: built.map((b) => b.person),
      entities,
      classes,
      reused: [...usedClasses].filter((id) => known.classes.has(id) && id !== 'politician').sort(),
      statements,
      skipped,
      unconfirmed,
      leftOut,
      territories,
      notNationals,
      renamed,
      contextual,
      dropped,
      cedillas: cedillas.filter((line) =>
        entities.some((e) => e.qid !== null && line.endsWith(`(${e.qid})`)),
      ),
      sharedAliases,
      aliasTally,
      ownOffices: classes.filter((c) => c.id.startsWith('mep-for-')).map((c) => c.id),
    }),
  );
  process.stdout.write(
    `${OUTPUT}: ${entities.length} people, ${statements} statements, ${classes.length} new offices; ` +
      `${skipped.length} skipped\n`,
  );
}

/** Where an alias comes from (counted in the notes). */
type AliasOrigin = 'data' | 'wikipedia' | 'worklist' | 'english-label' | 'short-form' | 'cedilla';

function buildEntity(person: Person, id: string, tally: Map<AliasOrigin, number>): Entity {
  const source = person.source;
  const statements: Statement[] = [{ property: 'occupation', value: { entity: 'politician' }, source }];
  if (person.gender === 'male' || person.gender === 'female')
    statements.push({ property: 'sex-or-gender', value: { code: person.gender }, source });
  if (person.citizenship)
    statements.push({ property: 'citizenship', value: { entity: person.citizenship }, source });
  const office: Statement = { property: 'position-held', value: { entity: person.classId } };
  if (person.start) office.start = person.start;
  office.asOf = person.asOf;
  office.source = source;
  statements.push(office);
  const aliases: Alias[] = [];
  const seen = new Set([nameKey(person.name)]);
  const romanian = person.place === 'romania' ? commaBelow : (text: string) => text;
  const candidates: [string, AliasOrigin][] = [
    ...person.otherNames.map((n): [string, AliasOrigin] => [n, 'data']),
    [person.title ? romanian(commonName(person.title)) : '', 'wikipedia'],
    [romanian(recase(person.worklistLabel)), 'worklist'],
    ...person.labelNames.map((n): [string, AliasOrigin] => [n, 'english-label']),
    ...person.shortNames.map((n): [string, AliasOrigin] => [n, 'short-form']),
  ];
  for (const [other, origin] of candidates) {
    if (!other || seen.has(nameKey(other))) continue;
    seen.add(nameKey(other));
    aliases.push({ text: other, anyLanguage: true });
    tally.set(origin, (tally.get(origin) ?? 0) + 1);
  }
  // The cedilla spelling folds to the label's key; it is kept as written (search, display of the data's form).
  if (person.cedilla) {
    aliases.push({ text: person.cedilla, anyLanguage: true });
    tally.set('cedilla', (tally.get('cedilla') ?? 0) + 1);
  }
  const sources: Entity['sources'] = [];
  if (person.title)
    sources.push({ url: wikipediaUrl(person.title), title: `Wikipedia (en): ${person.title}` });
  sources.push(...person.files);
  return {
    id,
    qid: person.qid,
    type: 'person',
    labels: Object.fromEntries(LANGS.map((lang) => [lang, person.name])),
    aliases: aliases.length > 0 ? { en: aliases } : {},
    cues: {},
    descriptions: describe(person),
    summaries: {},
    statements,
    adjective: {},
    related: person.kind === 'mep' ? ['european-parliament', person.place] : [person.place, 'united-states'],
    sources,
    reviewed: REVIEWED,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Descriptions: one template per kind and language, from the statements written (no text from any source).

const MONTHS: Record<Lang, readonly string[]> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  nl: [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  de: [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ],
};

/** "(as of November 2022)" per language, from an ISO date. */
function asOfText(date: string, lang: Lang): string {
  const month = MONTHS[lang][Number(date.slice(5, 7)) - 1] ?? '';
  const year = date.slice(0, 4);
  if (lang === 'en') return `(as of ${month} ${year})`;
  if (lang === 'nl') return `(stand ${month} ${year})`;
  if (lang === 'de') return `(Stand ${month} ${year})`;
  return `(données ${/^[aeiou]/.test(month) ? "d'" : 'de '}${month} ${year})`;
}

function describe(person: Person): Entity['descriptions'] {
  const t = person.stateText;
  const out: Record<Lang, string> = { nl: '', en: '', fr: '', de: '' };
  if (person.kind === 'mep') {
    // No gender in the data: words that fit a woman and a man alike.
    out.en = `Member of the European Parliament for ${t.en}`;
    out.nl = `Lid van het Europees Parlement voor ${t.nl}`;
    out.fr = `Membre du Parlement européen pour ${t.fr}`;
    out.de = `Mitglied des Europäischen Parlaments für ${t.de}`;
  } else {
    const woman = person.gender === 'female';
    const since = (word: string) => (person.start ? ` ${word} ${person.start.slice(0, 4)}` : '');
    out.en = `American politician; Governor of ${t.en}${since('since')}`;
    out.nl = `${woman ? 'Amerikaanse politica' : 'Amerikaans politicus'}; gouverneur van ${t.nl}${since('sinds')}`;
    out.fr = `${woman ? 'Femme politique américaine' : 'Homme politique américain'} ; ${woman ? 'gouverneure' : 'gouverneur'} ${t.fr}${since('depuis')}`;
    out.de = `${woman ? 'Amerikanische Politikerin' : 'Amerikanischer Politiker'}; ${woman ? 'Gouverneurin' : 'Gouverneur'} von ${t.de}${since('seit')}`;
  }
  for (const lang of LANGS) out[lang] = `${out[lang]} ${asOfText(person.asOf, lang)}`;
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Notes.

interface NotesInput {
  ep: Input;
  gov: Input;
  cab: Input & { noStart: string[]; groups: number; parties: number };
  built: Person[];
  entities: Entity[];
  classes: PackClass[];
  reused: string[];
  statements: number;
  skipped: Skip[];
  unconfirmed: string[];
  leftOut: string[];
  territories: string[];
  notNationals: string[];
  renamed: string[];
  contextual: string[];
  dropped: string[];
  cedillas: string[];
  sharedAliases: string[];
  aliasTally: Map<AliasOrigin, number>;
  ownOffices: string[];
}

function notes(input: NotesInput): string {
  const meps = input.built.filter((p) => p.kind === 'mep');
  const governors = input.built.filter((p) => p.kind === 'governor');
  const list = (items: readonly string[]) => items.map((l) => `  - ${l}`).join('\n') || '  - none';
  const skipLines = input.skipped.map((s) => `${s.name} (${s.qid}, ${s.what}): ${s.why}`);
  const perState = new Map<string, number>();
  for (const p of meps) perState.set(p.placeName, (perState.get(p.placeName) ?? 0) + 1);
  const stateLine = [...perState.entries()]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([s, n]) => `${s} ${n}`)
    .join(', ');
  const fromWorklist = input.built.filter((p) => p.worklistId).length;
  const mepPages = meps.filter((p) => p.title).length;
  const govPages = governors.filter((p) => p.source.startsWith('https://en.wikipedia.org/')).length;
  const started = governors.filter((p) => p.start).length;
  const genders = governors.filter((p) => p.gender === 'male' || p.gender === 'female').length;
  const states = input.gov.rows - input.territories.length;
  const row = (i: Input, file: string, confirm: string) =>
    `| \`${i.repo}\` | \`${i.commit}\` | ${i.date} | \`${file}\` | ${i.dataDate} | ${i.rows} | ${confirm} | ${i.officialDate} |`;
  return `# meps: notes

Generated by \`npx tsx scripts/generate/meps.ts [--mirror /work/.mirror]\` (do not edit the pack by hand).
Pack \`${OUTPUT}\` (format v2, id \`meps\`, "Members of the European Parliament and US governors"):
**${input.entities.length} people** (${meps.length} members of the European Parliament, ${governors.length} US state governors),
${input.statements} statements, ${input.classes.length} new office classes; bundled offices reused:
${input.reused.map((id) => `\`${id}\``).join(', ') || 'none'}. All entities are \`person\`.
Check: \`npx tsx scripts/check-pack.ts ${OUTPUT}\`. Deterministic: no network, no clock.

## Inputs
| repository | commit | commit date | file read | its last change (asOf) | rows | compared with | its last change |
| --- | --- | --- | --- | --- | ---: | --- | --- |
${row(input.ep, EP_WIKIDATA, `\`${EP_OFFICIAL}\``)}
${row(input.gov, GOV_WIKIDATA, `\`${GOV_OFFICIAL}\``)}
${row(input.cab, CAB_HOLDERS, `\`${CAB_BIO}\`, \`${CAB_POSITIONS}\``)}

- \`european-parliament/${EP_WIKIDATA}\` (made by \`bin/scraper/wikidata.rb\`): every open Wikidata "member of the
  European Parliament" (Q27169) statement of the parliamentary term Q64038205, with the member's Wikidata id, the
  Parliament's member id (P1186), the name as the statement's reference writes it (the Parliament's form, surname in
  capitals) and the country of the electoral district. \`${EP_OFFICIAL}\` (made by \`bin/scraper/official.rb\` from
  https://www.europarl.europa.eu/meps/en/full-list/xml) is the Parliament's own list: member id, name, member state,
  political group, national party.
- \`us-governors/${GOV_WIKIDATA}\` (made by \`bin/scraper/wikidata.rb\`): every open Wikidata "governor" statement
  with a start, per state or territory: the state's and the governor's Wikidata ids, the name (as the National
  Governors Association writes it where a reference gives it, else the English label), the English label, gender.
  \`${GOV_OFFICIAL}\` is the association's list (state, name).
- \`us-cabinet\` (the "PCB" build that \`scripts/generate/cabinets.ts\` reads, for the US offices including the state
  governors): \`${CAB_HOLDERS}\` (office, person, Wikidata id, start, end), \`${CAB_POSITIONS}\` (the offices'
  Wikidata items and jurisdictions), \`${CAB_BIO}\` (English Wikipedia title). It gives what the us-governors files
  lack: the start of each governor's term and the Wikipedia page. A term is the governor's rows for the office whose
  jurisdiction is the state, rows that touch or follow within ${MERGE_GAP_DAYS} days joined (Phil Murphy's data has a second statement from 2021-11-02, the day the first ends; they are one term).

**Licence.** None of the three repositories has a README or a LICENSE file (as for cabinets). Every fact written
comes from the Wikidata query results (Wikidata's data is CC0 1.0), which is what the pack's \`license\`
("${LICENSE}") says. The two official lists are only compared with them (a row is written only where they agree);
of theirs only a member's name is taken where it is the better spelling of the same name (below); the Parliament's
groups and parties are not used. The scrapers' code is not used. **The lead should confirm this reading before the
pack ships**, as for cabinets.

## Who
- **Members of the European Parliament**: the ${input.ep.rows} rows of \`${EP_WIKIDATA}\`, members on
  ${input.ep.dataDate}; a row is written where the official list has the same member id in the same member state
  (Czechia / "Czech Republic" and Ireland / "Republic of Ireland" taken as the same). Written: ${meps.length}
  (${stateLine}).
- **Governors**: the ${input.gov.rows} rows of \`${GOV_WIKIDATA}\` (${states} states, ${input.territories.length}
  territories). A state is found among the bundled US states (\`uk-us-politics\`, \`places\`) by Wikidata id, else by
  its English name where one bundled US state has it (Georgia, whose bundled entity has no Wikidata id); a row is
  written where the association's list names the same governor for the state. Written: ${governors.length}.
- Territories left out (the brief asks for state governors; the world pack has these as \`territory\`):
${list(input.territories)}
- Rows the official list does not confirm (left out): ${input.unconfirmed.join('; ') || 'none'}.
- Other rows left out: ${input.leftOut.join('; ') || 'none'}.
- **Skipped, already in a bundled pack** (same Wikidata id, English Wikipedia page or name; refer to the id
  there; ${input.skipped.length}):
${list(skipLines)}
- Ids: the worklist's id for ${fromWorklist} of ${input.built.length} people (assets/worklist, matched by Wikidata
  id: the MEPs from the \`european-parliament\` source, the governors from \`us-cabinet\`); ${input.built.length - fromWorklist} take the slug of their name.

## Statements
- \`occupation\` politician.
- \`sex-or-gender\`: governors, from the data (${genders} of ${governors.length}). The MEP files give no gender,
  so MEPs have none; their descriptions and new office labels are worded to fit a woman or a man (below).
- \`citizenship\`: governors, the United States (inferred from the office, as cabinets does; the data does not
  state it). MEPs: none (\`MEP_CITIZENSHIP\` in the script is off; the office names the state they sit for).
  This is an inference too: a citizen of the Union may stand in the member state where they live, so a few members
  sit for a state that is not theirs. Those that stored pages show get no citizenship (\`NOT_NATIONALS\`):
${list(input.notNationals)}
  Others like them may remain; the data cannot tell them apart.
- \`position-held\`: "Member of the European Parliament for <member state>" or "Governor of <state>": one office per
  state (the format's classes take no qualifier, so an office per state is what renders "Governor of Ohio" in every
  language). Bundled offices reused: ${input.reused.join(', ') || 'none'} (the bundled California and South Dakota
  governors' offices would be, but their holders are in bundled packs already). The
  MEP offices read "membre du Parlement européen pour la Suède", "Mitglied des Europäischen Parlaments für
  Schweden" (no female form needed: the data gives no MEP's gender); the governor offices follow the bundled ones,
  with female forms. Belgium and France have MEP offices in the bundled packs (\`be-politics\`, \`fr-politics\`)
  worded "député européen belge", "Europaabgeordneter für Frankreich", whose female forms a holder's gender selects;
  as this pack's members have no gender, it has its own offices for those two states, worded like the others:
  ${input.ownOffices.map((id) => `\`${id}\``).join(', ') || 'none'}.
  - MEPs: **no start, no end** (the files give none); open, \`asOf\` ${input.ep.dataDate} (the last change of
    \`${EP_WIKIDATA}\`).
  - Governors: the start of the open term from \`us-cabinet\` (${started} of ${governors.length}); open, \`asOf\`
    ${input.cab.dataDate} (the last change of \`${CAB_HOLDERS}\`, which still has the term open; the us-governors file
    last changed on ${input.gov.dataDate}). Governors without a start: ${input.cab.noStart.join('; ') || 'none'}.
- Not written: the European Parliament political group and the national party. The official list names them
  (${input.cab.groups} groups, ${input.cab.parties} national parties) without Wikidata ids, and the brief allows a
  match to our entities (parties.json) by Wikidata id only. Also not written: governors' dates of birth, and their
  other offices in \`us-cabinet\` (outside the brief).
- Source of every statement: the person's English Wikipedia page where the data gives its title (governors, from
  \`${CAB_BIO}\`: ${govPages}); else the data file on GitHub at its commit (all MEPs: their files give no title).
  Entity sources list the Wikipedia page (for ${mepPages} MEPs the worklist gives one for their Wikidata id), the data
  files, and for MEPs their page on the Parliament's site (\`/meps/en/<member id>\`).
- Descriptions: written by template from these statements, in four languages, with the data's date: "Member of the
  European Parliament for Sweden (as of November 2022)" / "Lid van het Europees Parlement voor Zweden (stand
  november 2022)"; "American politician; Governor of Alabama since 2017 (as of August 2022)" (the female forms for
  women). The date is there because the terms are open only as of the data: a rendered description would say
  "since 2015" of a governor who left in 2023.
- Labels: the data's name in all four languages. The Parliament writes surnames in capitals: they are written the
  ordinary way ("Roberta METSOLA" → "Roberta Metsola", "Sophia IN 'T VELD" → "Sophia in 't Veld", "GARCÍA-MARGALLO Y
  MARFIL" → "García-Margallo y Marfil"). Where the Wikidata file and the official list spell a member differently:
${list(input.renamed)}
- Romanian names: the Parliament and Wikidata write some with the cedilla letters ş ţ; the labels use the
  comma-below letters Romanian is spelt with (ș ț), and keep the data's spelling as an alias
  (${input.cedillas.length}):
${list(input.cedillas)}
- Aliases (${[...input.aliasTally.values()].reduce((a, b) => a + b, 0)}), only names the data yields, each kept where it
  differs from the label (case and diacritics folded) and from the person's other aliases:
  - the official list's spelling where it is not the same name as the Wikidata file's (${input.aliasTally.get('data') ?? 0}, with a
    governor's English Wikidata label where it differs, "Mike J. Dunleavy");
  - the English Wikipedia title without its disambiguation (${input.aliasTally.get('wikipedia') ?? 0}) and the worklist's label (${input.aliasTally.get('worklist') ?? 0});
  - MEPs: Wikidata's English labels of earlier versions of \`${EP_WIKIDATA}\` (${input.aliasTally.get('english-label') ?? 0}; "Rob Roos" for Robert ROOS,
    "Toine Manders", "Iratxe García"). The file's name is the one a reference of the membership gives (P1810, which
    the scrapers add from the official list, in capitals), else the English label, so a name with no word in
    capitals in any version of the file up to the commit read is an English label of its time (the versions read
    with \`git log\`; rows with the same Wikidata id and member id);
  - MEPs: the first given name with the surname of the official list, whose surnames are in capitals
    (${input.aliasTally.get('short-form') ?? 0}; "Elżbieta Katarzyna ŁUKACIJEWSKA" → "Elżbieta Łukacijewska", "Pilar del CASTILLO VERA" →
    "Pilar del Castillo Vera"), and where the surname is two joined by "i" or "y" the first given name with the first
    ("Diana RIBA I GINER" → "Diana Riba"); none where the first given name is an initial;
  - the cedilla spellings above (${input.aliasTally.get('cedilla') ?? 0}).
  No surname aliases, no nicknames the data does not give ("Toni Comín" is not in it).
- Names that need context (${input.contextual.length}): one-word names, disambiguated Wikipedia titles and names two
  people here share are marked \`needsContext\` with cues (MEP, European Parliament …; governor …):
  ${input.contextual.join(', ') || 'none'}.
- Aliases another entity has, in this pack or in any other bundled pack (any name of any type, case and
  diacritics folded), are kept but marked \`needsContext\` with the cues: ${input.sharedAliases.join('; ') || 'none'}.
- Aliases dropped because two entities share them: ${input.dropped.join('; ') || 'none'}.

## Doubts
- The data is a snapshot: MEPs as of ${input.ep.dataDate} (members who left before that are not here), governors
  as of ${input.cab.dataDate}. Whatever changed since is not in it: the cards show the office open with its asOf
  date, and the descriptions say "as of".
- MEPs have no start date: a card cannot say since when someone sits.
- MEPs' citizenship is inferred (above). MEPs have no gender: their offices (Belgium's and France's included, see
  above) and descriptions are worded to fit a woman or a man.
- Names: the Parliament's forms are sometimes fuller than the press's. The short forms above cover a second given
  name and Catalan double surnames, not a Spanish or Portuguese second surname without "i"/"y" ("Isabel Benjumea
  Benjumea" has "Isabel Benjumea" only because Wikidata's label gave it), nor nicknames ("Toni Comín", "Giosi
  Ferrandino"). A short form drops the other given names, so it is a more common name ("Maria Carvalho", "José
  Fernandes"); none is another entity's name in the packs today (checked above), but people outside them may share it.

## After the audit (${AUDIT_DATE})
The audit (\`meps.audit.md\`) found 0 wrong of 144 statements, but masculine office titles on women's cards and
missing short names, and noted the cedilla spelling of Romanian names; the generator now
1. gives Belgium and France offices of their own (${input.ownOffices.map((id) => `\`${id}\``).join(', ')}), worded like the other states'
   ("membre du Parlement européen pour la Belgique", "Mitglied des Europäischen Parlaments für Frankreich"), instead
   of reusing the bundled masculine ones, so no woman's card shows "député européen" or "Europaabgeordneter";
2. adds the aliases the data yields (Wikidata's earlier English labels, the official list's short forms), marking
   any another entity also has \`needsContext\`;
3. writes Romanian names with ș ț (comma below), the cedilla spelling kept as an alias.
The same people with the same ids and facts; the Belgian and French members' \`position-held\` now points at the
pack's own office.
`;
}

main();
