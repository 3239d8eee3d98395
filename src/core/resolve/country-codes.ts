/**
 * A country's code in a results list: the first letters of its name, in parentheses after a competitor's name, as
 * the press writes nationalities in sports results ("Zabel (Dui)", "El Aynaoui (Mar / 15)", "Rubiera (Spa) 4:45").
 * The code is no alias of the packs (Dutch "Spa" is also the Belgian town, "Den" a tree), so it is read only there,
 * and only where the letters open the name of one country alone in the article's language: "Oos" opens both
 * Oostenrijk and Oost-Timor, and names neither.
 */
import type { Lang } from '../kb/schema';
import { forEachAliasOpening, type AliasTable } from '../scan/alias-table';
import type { ScanResult } from '../scan/match';
import type { EntityKnowledge } from './entity-knowledge';
import { initialCase } from './headline';
import { wordText, writtenWord } from './longer-names';
import type { ResolvedMention } from './resolve';

/** The class of the entities a code may name. */
const COUNTRY_CLASS = 'country';

/** A code as written: a capital and two small letters ("Spa", "Dui"). */
const CODE = /^\p{Lu}\p{Ll}{2}$/u;

/** What closes a code: its parenthesis, or a slash before the competitor's team or seed ("(Dui / Festina)"). */
const CODE_END = /^(?:\)| \/)/u;

/** The country a code names, or null where it opens no country's name or those of two, by language and code. */
const countriesCache = new WeakMap<AliasTable, Map<string, CountryName | null>>();

/** A country and the name its code opens. */
interface CountryName {
  entityId: string;
  text: string;
}

/** The code that three bytes spell, if they are three plain letters ("Ita" → "ita"); else undefined. */
function codeOfBytes(opening: Uint8Array, length: number): string | undefined {
  if (length < 3) return undefined;
  let code = '';
  for (let k = 0; k < 3; k++) {
    const letter = (opening[k] as number) | 0x20;
    if (letter < 0x61 || letter > 0x7a) return undefined;
    code += String.fromCharCode(letter);
  }
  return code;
}

/**
 * The country each of `codes` (folded) names in `language`, read in one pass over the alias table for the codes not
 * read before: the aliases' texts are compared first, and only those that open with a code are made.
 */
function countriesOf(
  codes: ReadonlySet<string>,
  aliases: AliasTable,
  language: Lang,
  knowledge: EntityKnowledge,
): Map<string, CountryName | null> {
  let cache = countriesCache.get(aliases);
  if (!cache) countriesCache.set(aliases, (cache = new Map()));
  const key = (code: string) => `${language} ${code}`;
  const unread = [...codes].filter((code) => !cache.has(key(code)));
  if (unread.length > 0) {
    const found = new Map<string, Map<string, string>>(unread.map((code) => [code, new Map()]));
    forEachAliasOpening(aliases, 3, (i, opening, length) => {
      const code = codeOfBytes(opening, length);
      const names = code === undefined ? undefined : found.get(code);
      if (!names || aliases.lang(i) !== language) return;
      const alias = aliases.get(i);
      if (alias.demonym) return;
      if (!knowledge.classes(alias.entityId).includes(COUNTRY_CLASS)) return;
      if (!names.has(alias.entityId)) names.set(alias.entityId, alias.text);
    });
    for (const [code, names] of found) {
      const [only] = names;
      cache.set(key(code), names.size === 1 && only ? { entityId: only[0], text: only[1] } : null);
    }
  }
  return new Map([...codes].map((code) => [code, cache.get(key(code)) ?? null]));
}

/** Word `w` is written as a code in parentheses right after a capitalised word: "Zabel (Dui)". */
export function codeAt(scan: ScanResult, w: number): boolean {
  if (w < 1 || !CODE.test(writtenWord(scan, w))) return false;
  const before = scan.original.slice(scan.originalEnds[w - 1], scan.originalStarts[w]);
  const after = scan.original.slice(scan.originalEnds[w], (scan.originalEnds[w] as number) + 2);
  return before === ' (' && CODE_END.test(after) && initialCase(scan, w - 1) === 'upper';
}

/**
 * The countries' codes of the text's results lists (see above), on words that no other mention holds (`taken`).
 */
export function countryCodes(
  scan: ScanResult,
  aliases: AliasTable,
  language: Lang | undefined,
  knowledge: EntityKnowledge | undefined,
  taken: (w: number) => boolean,
): ResolvedMention[] {
  if (!language || !knowledge) return [];
  const at: number[] = [];
  for (let w = 1; w < scan.words.count; w++) if (!taken(w) && codeAt(scan, w)) at.push(w);
  if (at.length === 0) return [];
  const countries = countriesOf(new Set(at.map((w) => wordText(scan, w))), aliases, language, knowledge);
  const found: ResolvedMention[] = [];
  for (const w of at) {
    const country = countries.get(wordText(scan, w));
    if (!country) continue;
    const start = scan.originalStarts[w] as number;
    const end = scan.originalEnds[w] as number;
    found.push({
      mention: {
        start,
        end,
        text: scan.original.slice(start, end),
        entityId: country.entityId,
        demonym: false,
        why: { alias: country.text, rule: 'variant' },
      },
      firstWord: w,
      lastWord: w,
    });
  }
  return found;
}
