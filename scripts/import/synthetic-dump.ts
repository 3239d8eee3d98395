/**
 * A synthetic Wikidata JSON dump for the import bench: the official shape (a JSON array, `[` on the first line, one
 * entity per line ending in a comma, `]` on the last) with records shaped like Wikidata's. Written to a temporary
 * folder at bench time, never committed; the same seed gives the same dump on every machine.
 *
 * What it holds, so the bench's selection keeps some and refers to others:
 * - Q1–Q300: occupations (P31 Q28640) with labels in the four languages and some female forms (P2521);
 * - Q301–Q500: countries (P31 Q6256);
 * - then people (P31 Q5, 8 %), cities (P31 Q515, 4 %), organisations (P31 Q43229, 3 %) and scholarly articles
 *   (P31 Q13442814, the rest, as in Wikidata where they are the largest group), each with a few claims, labels in
 *   several languages, references on some statements, and sitelinks (none for most articles).
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { prng } from '../bench/generate';

export const SYNTHETIC = {
  occupations: 300,
  countries: 200,
  /** Classes of the generated records, as a selection file names them. */
  human: 'Q5',
  city: 'Q515',
  organisation: 'Q43229',
  article: 'Q13442814',
  country: 'Q6256',
  occupation: 'Q28640',
} as const;

const LANGS = [
  'en',
  'de',
  'fr',
  'nl',
  'es',
  'it',
  'pl',
  'ru',
  'sv',
  'pt',
  'ja',
  'zh',
  'ar',
  'uk',
  'ca',
  'fi',
];
const SYLLABLES = [
  'an',
  'ber',
  'cor',
  'dal',
  'en',
  'fal',
  'gor',
  'han',
  'is',
  'jor',
  'kel',
  'lin',
  'mar',
  'nor',
];
const WORDS = [
  'study',
  'of',
  'the',
  'effect',
  'protein',
  'cell',
  'analysis',
  'river',
  'model',
  'in',
  'and',
  'data',
];

type Rand = () => number;

const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
const int = (rand: Rand, min: number, max: number) => min + Math.floor(rand() * (max - min + 1));

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function hex(rand: Rand, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 8) {
    const x = Math.floor(rand() * 0x100000000);
    out += HEX[x >>> 24]! + HEX[(x >>> 16) & 255]! + HEX[(x >>> 8) & 255]! + HEX[x & 255]!;
  }
  return out.slice(0, length);
}

function word(rand: Rand, syllables = int(rand, 2, 3)): string {
  let out = '';
  for (let i = 0; i < syllables; i++) out += pick(rand, SYLLABLES);
  return out[0]!.toUpperCase() + out.slice(1);
}

function date(rand: Rand, from: number, to: number): string {
  const year = int(rand, from, to);
  const month = String(int(rand, 1, 12)).padStart(2, '0');
  const day = String(int(rand, 1, 28)).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

function snak(property: string, rand: Rand, datavalue: unknown, datatype: string) {
  return { snaktype: 'value', property, hash: hex(rand, 40), datavalue, datatype };
}

const item = (id: number) => ({
  value: { 'entity-type': 'item', 'numeric-id': id, id: `Q${id}` },
  type: 'wikibase-entityid',
});
const time = (day: string, precision = 11) => ({
  value: {
    time: `+${day}T00:00:00Z`,
    timezone: 0,
    before: 0,
    after: 0,
    precision,
    calendarmodel: 'http://www.wikidata.org/entity/Q1985727',
  },
  type: 'time',
});

class Claims {
  readonly claims: Record<string, unknown[]> = {};
  constructor(
    private readonly qid: string,
    private readonly rand: Rand,
  ) {}

  add(property: string, datavalue: unknown, datatype: string, qualifiers?: Record<string, unknown>) {
    const rand = this.rand;
    const statement: Record<string, unknown> = {
      mainsnak: snak(property, rand, datavalue, datatype),
      type: 'statement',
    };
    if (qualifiers) {
      statement.qualifiers = Object.fromEntries(
        Object.entries(qualifiers).map(([pid, value]) => [
          pid,
          [
            snak(
              pid,
              rand,
              value,
              pid === 'P580' || pid === 'P582' || pid === 'P585' ? 'time' : 'wikibase-item',
            ),
          ],
        ]),
      );
      statement['qualifiers-order'] = Object.keys(qualifiers);
    }
    statement.id = `${this.qid}$${hex(rand, 8)}-${hex(rand, 4)}-${hex(rand, 4)}-${hex(rand, 4)}-${hex(rand, 12)}`;
    statement.rank = rand() < 0.05 ? 'preferred' : 'normal';
    if (rand() < 0.2) {
      statement.references = [
        {
          hash: hex(rand, 40),
          snaks: {
            P248: [snak('P248', rand, item(int(rand, 1_000_000, 9_000_000)), 'wikibase-item')],
            P813: [snak('P813', rand, time(date(rand, 2014, 2025)), 'time')],
          },
          'snaks-order': ['P248', 'P813'],
        },
      ];
    }
    (this.claims[property] ??= []).push(statement);
  }
}

function terms(rand: Rand, name: string, languages: number) {
  const first = Math.floor(rand() * LANGS.length);
  const langs = Array.from(
    { length: Math.min(languages, LANGS.length) },
    (_, i) => LANGS[(first + i) % LANGS.length]!,
  );
  if (!langs.includes('en')) langs[0] = 'en';
  return Object.fromEntries(langs.map((language) => [language, { language, value: name }]));
}

function sitelinks(rand: Rand, name: string, count: number) {
  const langs = LANGS.slice(0, Math.min(count, LANGS.length));
  const links: Record<string, unknown> = {};
  for (const lang of langs) links[`${lang}wiki`] = { site: `${lang}wiki`, title: name, badges: [] };
  for (let i = langs.length; i < count; i++)
    links[`x${i}wiki`] = { site: `x${i}wiki`, title: name, badges: [] };
  return links;
}

/** The entity of line `index` (0-based) of a dump seeded with `seed`. */
export function syntheticEntity(index: number, seed: number): Record<string, unknown> {
  const rand = prng(seed * 1_000_003 + index);
  const n = index + 1;
  const qid = `Q${n}`;
  const claims = new Claims(qid, rand);
  let labels: Record<string, unknown>;
  let descriptions: Record<string, unknown> = {};
  let aliases: Record<string, unknown> = {};
  let links: Record<string, unknown> = {};
  const { occupations, countries } = SYNTHETIC;
  if (n <= occupations) {
    const name = word(rand).toLowerCase();
    labels = terms(rand, name, 10);
    for (const language of ['nl', 'fr', 'de'])
      (labels as Record<string, unknown>)[language] = { language, value: name };
    claims.add('P31', item(28640), 'wikibase-item');
    if (rand() < 0.6)
      for (const language of ['fr', 'de', 'nl'])
        claims.add(
          'P2521',
          { value: { text: `${name}e`, language }, type: 'monolingualtext' },
          'monolingualtext',
        );
    links = sitelinks(rand, name, int(rand, 5, 40));
  } else if (n <= occupations + countries) {
    const name = word(rand, 3);
    labels = terms(rand, name, 16);
    descriptions = terms(rand, 'country', 8);
    claims.add('P31', item(6256), 'wikibase-item');
    links = sitelinks(rand, name, int(rand, 50, 200));
  } else {
    const kind = rand();
    if (kind < 0.08) {
      const name = `${word(rand)} ${word(rand)}`;
      labels = terms(rand, name, int(rand, 2, 12));
      descriptions = terms(
        rand,
        `${word(rand).toLowerCase()} and ${word(rand).toLowerCase()}`,
        int(rand, 1, 6),
      );
      if (rand() < 0.3) aliases = { en: [{ language: 'en', value: name.split(' ')[1]! }] };
      claims.add('P31', item(5), 'wikibase-item');
      claims.add('P21', item(rand() < 0.5 ? 6581097 : 6581072), 'wikibase-item');
      claims.add('P569', time(date(rand, 1900, 2000)), 'time');
      claims.add('P27', item(int(rand, occupations + 1, occupations + countries)), 'wikibase-item');
      claims.add('P106', item(int(rand, 1, occupations)), 'wikibase-item');
      if (rand() < 0.3) claims.add('P106', item(int(rand, 1, occupations)), 'wikibase-item');
      if (rand() < 0.2) {
        const start = date(rand, 1990, 2015);
        claims.add('P39', item(int(rand, 1, occupations)), 'wikibase-item', {
          P580: time(start),
          ...(rand() < 0.7 ? { P582: time(`${Number(start.slice(0, 4)) + 4}${start.slice(4)}`) } : {}),
        });
      }
      claims.add('P214', { value: String(int(rand, 1e6, 9e8)), type: 'string' }, 'external-id');
      links = sitelinks(rand, name, rand() < 0.6 ? int(rand, 0, 3) : int(rand, 4, 60));
    } else if (kind < 0.12) {
      const name = word(rand, 3);
      labels = terms(rand, name, int(rand, 4, 16));
      descriptions = terms(rand, `city in ${word(rand)}`, int(rand, 2, 6));
      claims.add('P31', item(515), 'wikibase-item');
      claims.add('P17', item(int(rand, occupations + 1, occupations + countries)), 'wikibase-item');
      claims.add(
        'P1082',
        { value: { amount: `+${int(rand, 1000, 5_000_000)}`, unit: '1' }, type: 'quantity' },
        'quantity',
        { P585: time(`${int(rand, 2000, 2024)}-01-01`) },
      );
      claims.add(
        'P625',
        {
          value: {
            latitude: rand() * 180 - 90,
            longitude: rand() * 360 - 180,
            altitude: null,
            precision: 0.0001,
            globe: 'http://www.wikidata.org/entity/Q2',
          },
          type: 'globecoordinate',
        },
        'globe-coordinate',
      );
      links = sitelinks(rand, name, int(rand, 1, 80));
    } else if (kind < 0.15) {
      const name = `${word(rand)} ${pick(rand, ['Group', 'Institute', 'Party', 'Union'])}`;
      labels = terms(rand, name, int(rand, 2, 8));
      descriptions = terms(rand, 'organisation', int(rand, 1, 4));
      claims.add('P31', item(43229), 'wikibase-item');
      claims.add('P571', time(date(rand, 1850, 2020), 9), 'time');
      claims.add('P159', item(int(rand, 501, 10_000)), 'wikibase-item');
      links = sitelinks(rand, name, int(rand, 0, 20));
    } else {
      const words = int(rand, 6, 14);
      const title = Array.from({ length: words }, () => pick(rand, WORDS)).join(' ');
      labels = { en: { language: 'en', value: title } };
      descriptions = {
        en: { language: 'en', value: `scientific article published in ${int(rand, 1950, 2024)}` },
      };
      claims.add('P31', item(13442814), 'wikibase-item');
      claims.add(
        'P1476',
        { value: { text: title, language: 'en' }, type: 'monolingualtext' },
        'monolingualtext',
      );
      claims.add('P577', time(date(rand, 1950, 2024)), 'time');
      claims.add(
        'P356',
        { value: `10.${int(rand, 1000, 9999)}/${hex(rand, 10)}`, type: 'string' },
        'external-id',
      );
      for (let i = int(rand, 1, 2); i > 0; i--)
        claims.add('P50', item(int(rand, 501, 1_000_000)), 'wikibase-item');
    }
  }
  const day = date(rand, 2015, 2025);
  return {
    type: 'item',
    id: qid,
    labels,
    descriptions,
    aliases,
    claims: claims.claims,
    sitelinks: links,
    lastrevid: int(rand, 100_000_000, 2_300_000_000),
    modified: `${day}T${String(int(rand, 0, 23)).padStart(2, '0')}:00:00Z`,
  };
}

/** Writes a dump of `lines` entity lines (plus the array's two brackets) to `path`; resolves with its size in bytes. */
export async function writeSyntheticDump(path: string, lines: number, seed = 1): Promise<number> {
  const out = createWriteStream(path);
  let bytes = 0;
  let buffer = '[\n';
  for (let i = 0; i < lines; i++) {
    buffer += JSON.stringify(syntheticEntity(i, seed)) + (i < lines - 1 ? ',\n' : '\n');
    if (buffer.length > 1 << 20) {
      bytes += Buffer.byteLength(buffer);
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  buffer += ']\n';
  bytes += Buffer.byteLength(buffer);
  out.end(buffer);
  await once(out, 'finish');
  return bytes;
}
