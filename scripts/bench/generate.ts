/**
 * Deterministic bench inputs: dictionaries of multilingual names (Arabic, Slavic, Dutch, German, French shapes;
 * particles and shared first words, so the tries share prefixes as real name lists do) and news-like text in four
 * languages with names of the dictionary dropped in. The same seed gives the same inputs on every machine.
 * No apostrophes, dots or spaced/hyphenated twins, so every peer can agree on plain case-insensitive word matching.
 */
import type { CompiledAlias } from '../../src/core/kb/index-format';

/** mulberry32: a small, fast, seedable PRNG. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = {
  arabic: [
    'ka',
    'mal',
    'zah',
    'rif',
    'sha',
    'dar',
    'ham',
    'mud',
    'kha',
    'lid',
    'nas',
    'ral',
    'qa',
    'sim',
    'tah',
    'bar',
    'jib',
    'fa',
    'rouk',
    'dun',
    'zai',
    'nab',
    'ghaz',
    'sur',
  ],
  slavic: [
    'vlo',
    'dym',
    'yr',
    'zel',
    'ens',
    'kyi',
    'enko',
    'chuk',
    'pet',
    'rov',
    'iva',
    'nov',
    'mik',
    'hai',
    'lo',
    'bor',
    'ysl',
    'sla',
    'vich',
    'tsky',
    'ser',
    'gei',
    'ol',
    'ena',
  ],
  germanic: [
    'berg',
    'huis',
    'stein',
    'man',
    'hof',
    'ver',
    'bee',
    'ke',
    'van',
    'wijk',
    'dorp',
    'gen',
    'mül',
    'ler',
    'schrö',
    'der',
    'brink',
    'holt',
    'jan',
    'sen',
    'kamp',
    'hau',
    'sen',
    'rie',
  ],
  french: [
    'beau',
    'champ',
    'du',
    'bois',
    'le',
    'fèvre',
    'mar',
    'tin',
    'ville',
    'court',
    'ro',
    'chel',
    'lau',
    'rent',
    'gi',
    'rard',
    'mont',
    'éli',
    'sé',
    'fran',
    'çois',
    'cler',
    'mont',
    'aude',
  ],
} as const;
const STYLES = Object.keys(SYLLABLES) as (keyof typeof SYLLABLES)[];
/** Words that open many names: the shared prefixes of a real dictionary. */
const OPENERS = {
  arabic: ['Abu', 'Deir', 'Tell', 'Kafr', 'Bab', 'Jabal', 'Wadi', 'Harakat', 'Jaish'],
  slavic: ['Nova', 'Staro', 'Velyka', 'Mala', 'Svyato'],
  germanic: ['Sint', 'Nieuw', 'Groot', 'Sankt', 'Ober', 'Unter', 'Bad'],
  french: ['Saint', 'Mont', 'Port', 'Val', 'Villeneuve', 'Front', 'Conseil'],
} as const;
const PARTICLES = {
  arabic: ['al-', 'el-', 'bin ', 'ibn '],
  slavic: [''],
  germanic: ['van ', 'von ', 'van der ', 'ter '],
  french: ['de ', 'du ', 'le ', 'la '],
} as const;

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function nameWord(random: () => number, style: (typeof STYLES)[number]): string {
  const count = 2 + Math.floor(random() * 2.2);
  let word = '';
  for (let k = 0; k < count; k++) word += pick(random, SYLLABLES[style]);
  return word[0]!.toUpperCase() + word.slice(1);
}

/** `count` distinct names, 1 to 5 words, about 15 characters on average. */
export function generateAliases(count: number, seed = 1): string[] {
  const random = prng(seed);
  const names = new Set<string>();
  const firstWords: string[][] = STYLES.map(() => []);
  while (names.size < count) {
    const styleIndex = Math.floor(random() * STYLES.length);
    const style = STYLES[styleIndex]!;
    const parts: string[] = [];
    const roll = random();
    if (roll < 0.15) parts.push(pick(random, OPENERS[style]));
    else if (roll < 0.45 && firstWords[styleIndex]!.length > 0)
      parts.push(pick(random, firstWords[styleIndex]!));
    const first = nameWord(random, style);
    if (firstWords[styleIndex]!.length < 3000) firstWords[styleIndex]!.push(first);
    if (parts.length === 0 || random() < 0.3) parts.push(first);
    const more = random();
    let last = nameWord(random, style);
    if (more < 0.5) last = pick(random, PARTICLES[style]) + last;
    if (more < 0.85) parts.push(last);
    if (random() < 0.1) parts.push(nameWord(random, style));
    names.add(parts.join(' ').replace(/- /g, '-'));
  }
  return [...names];
}

const VOCABULARY = (
  'de het een van en in op is dat die niet met voor zijn er aan ook als bij door naar om maar dan nog wel ' +
  'regering leger stad dorp mensen zegt volgens minister president oorlog vrede gesprekken week maandag gisteren ' +
  'the a of and to in is that for on with as was by at from has have said government army city people minister ' +
  'war peace talks week monday yesterday according officials reported attack forces border refugees camp ' +
  'le la les des du et un une dans pour sur avec par est sont selon gouvernement armée ville habitants ministre ' +
  'guerre paix pourparlers semaine lundi hier attaque forces frontière réfugiés camp ' +
  'der die das und ein eine im mit für auf von zu ist sind nach laut regierung armee stadt menschen minister ' +
  'krieg frieden gespräche woche montag gestern angriff truppen grenze flüchtlinge lager sagte berichtete'
).split(' ');
const PUNCTUATION = [' ', ' ', ' ', ' ', ' ', ' ', ', ', '. ', '; ', ' (', ') ', ': ', '\n\n'];

/**
 * News-like text of about `size` UTF-16 units: ordinary words and punctuation, with a name from `aliases` every dozen
 * words or so (half of them from the 1,000 most "popular", as the news repeats the same few), some in capitals.
 */
export function generateText(aliases: readonly string[], size: number, seed = 2): string {
  const random = prng(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    let word: string;
    if (random() < 0.08) {
      const pool = random() < 0.5 ? Math.min(1000, aliases.length) : aliases.length;
      word = aliases[Math.floor(random() * pool)]!;
      if (random() < 0.05) word = word.toUpperCase();
    } else word = pick(random, VOCABULARY);
    const piece = word + pick(random, PUNCTUATION);
    parts.push(piece);
    length += piece.length;
  }
  return parts.join('');
}

/** Generated names as compiled aliases: two names per entity, all plain (no case rule, no context, no demonym). */
export function compiledAliases(texts: readonly string[]): CompiledAlias[] {
  return texts.map((text, k) => ({
    text,
    entityId: `e${k >> 1}`,
    lang: 'en',
    caseSensitive: false,
    needsContext: false,
    demonym: false,
  }));
}
