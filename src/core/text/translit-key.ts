/**
 * Transliteration keys: one spelling-blind key per word, so the ways Dutch, English, French and German media write
 * a name from Arabic, Persian, Russian or Ukrainian collide (Yarmouk / Yarmuk / Jarmuk, Bashar / Bachar / Baschar,
 * Zelensky / Zelenskyy / Selenskyj, Deir ez-Zor / Deir al-Sor / Deir Ezzor). Rules, not per-entity lists:
 *  - sh, sch, sj, ch, kh, tsch, tch → x (French ch and German sch are English sh; ch is also German kh);
 *  - j, y before a vowel or at the start, dj, dsch, dzh, zh → j; y elsewhere, ee → i; final ij → i;
 *  - ou, oo, oe, o, u → u; ei, ey → ai; w → v; z → s; q, c, ck → k; gh → g; ph → f; th → t; dh → d;
 *  - doubled letters once; a final h dropped when three letters remain, then a final e when six remain (so the
 *    French damassé is not Damas).
 * Articles (al-, el-, as-, ash-, ad-, ez-…) are handled by the matcher, which sees word boundaries.
 * Input is a folded word (lower case, no diacritics): the matcher's key form.
 */

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/** Multi-letter spellings, longest first, with what they become. */
const GRAPHS: readonly (readonly [string, string])[] = [
  ['tsch', 'x'],
  ['dsch', 'j'],
  ['dzh', 'j'],
  ['sch', 'x'],
  ['tch', 'x'],
  ['sh', 'x'],
  ['sj', 'x'],
  ['ch', 'x'],
  ['kh', 'x'],
  ['zh', 'j'],
  ['dj', 'j'],
  ['gh', 'g'],
  ['ph', 'f'],
  ['th', 't'],
  ['dh', 'd'],
  ['ck', 'k'],
  ['ou', 'u'],
  ['oo', 'u'],
  ['oe', 'u'],
  ['ee', 'i'],
  ['ei', 'ai'],
  ['ey', 'ai'],
];

/** GRAPHS grouped by first letter (keeping their order), so a letter is tried only against its own spellings. */
const GRAPHS_BY_FIRST = new Map<string, (readonly [string, string])[]>();
for (const graph of GRAPHS) {
  const first = graph[0][0] as string;
  const list = GRAPHS_BY_FIRST.get(first);
  if (list) list.push(graph);
  else GRAPHS_BY_FIRST.set(first, [graph]);
}

const SINGLE: Readonly<Record<string, string>> = { q: 'k', c: 'k', w: 'v', z: 's', o: 'u' };

/**
 * Words that are an Arabic article when joined by a hyphen to the next word of a name (ash-Sham, ez-Zor); al, el
 * and ul also when joined by a space (al Sham). The matcher skips them, so "al-Yarmouk" keys as "Yarmouk".
 */
const HYPHEN_ARTICLES = new Set([
  'al',
  'el',
  'ul',
  'as',
  'ash',
  'asch',
  'ach',
  'ad',
  'an',
  'ar',
  'at',
  'az',
  'ez',
  'es',
  'ed',
  'et',
  'en',
  'er',
]);
const SPACE_ARTICLES = new Set(['al', 'el', 'ul']);

/** Whether the folded word is an article skipped before a name word; `hyphen`: joined to it by a hyphen. */
export function isArticleWord(word: string, hyphen: boolean): boolean {
  return hyphen ? HYPHEN_ARTICLES.has(word) : SPACE_ARTICLES.has(word);
}

/** The transliteration key of one folded word. */
export function variantKey(word: string): string {
  let out = '';
  const emit = (piece: string) => {
    for (const ch of piece) if (out[out.length - 1] !== ch) out += ch;
  };
  for (let i = 0; i < word.length;) {
    const graph = GRAPHS_BY_FIRST.get(word[i] as string)?.find(([from]) => word.startsWith(from, i));
    if (graph) {
      emit(graph[1]);
      i += graph[0].length;
      continue;
    }
    const ch = word[i] as string;
    if (ch === 'y') emit(i === 0 || (word[i + 1] !== 'y' && VOWELS.has(word[i + 1] ?? '')) ? 'j' : 'i');
    else emit(SINGLE[ch] ?? ch);
    i++;
  }
  if (out.endsWith('ij') && out.length > 3) out = out.slice(0, -1);
  if (out.endsWith('h') && out.length > 3) out = out.slice(0, -1);
  if (out.endsWith('e') && out.length > 6) out = out.slice(0, -1);
  return out;
}

/**
 * The key of a word with a glued, assimilated article removed (Ezzor → Zor, Assad → Sad, Azzawiya → Zawiya), or
 * undefined when the word does not start that way. Only tried after the first word of a name.
 */
export function gluedArticleKey(word: string): string | undefined {
  if (word.length < 5) return undefined;
  const first = word[0];
  if ((first !== 'a' && first !== 'e') || word[1] !== word[2] || VOWELS.has(word[1] as string))
    return undefined;
  return variantKey(word.slice(2));
}
