/**
 * Which names travel between languages (pack format version 2: an alias matches only in articles of the language it
 * is listed under, unless it is marked `anyLanguage`). Used where version 1 names, which matched in every article,
 * become version 2 names (scripts/migrate/pack-v2.ts; the world and cities generators):
 *  - a name listed under every language needs no mark: it is listed wherever it is written;
 *  - demonyms and adjectives stay with their language (Dutch "Syrische" is not a name in a French article);
 *  - a one-word name that is an ordinary word of another language, where it is not listed, stays with its own:
 *    German "Indien" (India) is Dutch "indien" (if), French "Nice" stays out of English prose;
 *  - every other name travels: people, organisations, transliterations ("Deir ez-Zor") and exonyms are written the
 *    same way in news of any language, and matching them there was version 1's behaviour;
 *  - except a name a generator's overlay marks `anyLanguage: false` by hand: it stays with its language (Dutch "VS"
 *    and "Kanton", which German writes for other things).
 * Ordinary words are the lower-case entries of the Hunspell dictionaries of Dutch, English and French with all the
 * forms their affix rules make (French "vas" of "aller", "porta" of "porter"; scripts/generate/lib/city-ambiguity.ts).
 * German capitalises its nouns, so its dictionary cannot tell a word from a name; no German word is checked.
 */
import { hintedTexts } from '../../src/core/kb/compile';
import { LANGUAGES, type Alias, type Entity, type Lang } from '../../src/core/kb/schema';
import { loadOrdinaryWordsOf } from '../generate/lib/city-ambiguity';
import { nameKey } from '../generate/lib/text';

/** Ordinary words per language, as name keys. */
export type OrdinaryWords = Partial<Record<Lang, ReadonlySet<string>>>;

export async function loadWordsByLanguage(): Promise<OrdinaryWords> {
  const words: OrdinaryWords = {};
  for (const lang of ['nl', 'en', 'fr'] as const) {
    words[lang] = await loadOrdinaryWordsOf(lang);
  }
  return words;
}

const textOf = (alias: Alias) => (typeof alias === 'string' ? alias : alias.text);

/** Whether a name listed under `lang` should match in articles of every language. */
export function travels(
  text: string,
  lang: Lang,
  hints: Exclude<Alias, string> | undefined,
  listedUnder: ReadonlySet<Lang>,
  words: OrdinaryWords,
): boolean {
  if (hints?.demonym) return false;
  // Matched only as written ("IS", "SANA"): the capitals tell it from the word.
  if (hints?.caseSensitive) return true;
  const key = nameKey(text);
  if (key.includes(' ')) return true;
  return LANGUAGES.every((other) => other === lang || listedUnder.has(other) || !words[other]?.has(key));
}

/**
 * The entity's aliases with `anyLanguage` set where the name travels (see above). A label that travels and is not
 * listed under every language gets an alias of its own text with the mark (the label itself cannot carry hints).
 */
export function markTravellingNames(
  entity: Pick<Entity, 'labels' | 'aliases'>,
  words: OrdinaryWords,
): Entity['aliases'] {
  const listed = new Map<string, Set<Lang>>();
  const note = (lang: Lang, text: string) => {
    const key = nameKey(text);
    listed.set(key, (listed.get(key) ?? new Set()).add(lang));
  };
  for (const lang of LANGUAGES) {
    const label = entity.labels[lang];
    if (label !== undefined) note(lang, label);
    for (const alias of entity.aliases[lang] ?? []) note(lang, textOf(alias));
  }
  const everywhere = (text: string) => listed.get(nameKey(text))!.size === LANGUAGES.length;
  // A label whose text an alias with hints has, in any language, matches only in the hinted form.
  const hinted = hintedTexts(entity);
  const marked: Entity['aliases'] = {};
  for (const lang of LANGUAGES) {
    const list: Alias[] = [];
    for (const alias of entity.aliases[lang] ?? []) {
      const hints = typeof alias === 'string' ? undefined : alias;
      const text = textOf(alias);
      // `anyLanguage: false`, written by hand in an overlay, keeps a name with its language whatever the rule says
      // (Dutch "VS" and "Kanton" are German "VS" and "Kanton"); the mark itself is not written out.
      if (hints?.anyLanguage === false) {
        const { anyLanguage: _kept, ...rest } = hints;
        list.push(Object.keys(rest).length > 1 ? rest : text);
        continue;
      }
      const mark =
        !hints?.anyLanguage &&
        !everywhere(text) &&
        travels(text, lang, hints, listed.get(nameKey(text))!, words);
      list.push(mark ? { ...(hints ?? { text }), anyLanguage: true } : alias);
    }
    const label = entity.labels[lang];
    if (
      label !== undefined &&
      !everywhere(label) &&
      !hinted.has(label) &&
      !list.some((alias) => textOf(alias) === label) &&
      travels(label, lang, undefined, listed.get(nameKey(label))!, words)
    )
      list.unshift({ text: label, anyLanguage: true });
    if (list.length > 0) marked[lang] = list;
  }
  return marked;
}
