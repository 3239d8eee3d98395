/**
 * A small, deterministic language guess for article text when the page does not say: counts the most
 * frequent function words of each supported language. Enough to tell nl/en/fr/de news prose apart.
 */
import { LANGUAGES, type Lang } from './languages';

const FUNCTION_WORDS: Record<Lang, string[]> = {
  nl: [
    'de',
    'het',
    'een',
    'en',
    'van',
    'is',
    'dat',
    'niet',
    'zijn',
    'met',
    'voor',
    'op',
    'ook',
    'heeft',
    'werd',
    'naar',
    'bij',
    'uit',
    'zij',
    'maar',
  ],
  en: [
    'the',
    'and',
    'of',
    'to',
    'in',
    'is',
    'that',
    'was',
    'for',
    'with',
    'on',
    'as',
    'by',
    'has',
    'from',
    'said',
    'were',
    'have',
    'it',
    'which',
  ],
  fr: [
    'le',
    'la',
    'les',
    'des',
    'et',
    'est',
    'du',
    'une',
    'dans',
    'que',
    'pour',
    'pas',
    'qui',
    'sur',
    'au',
    'avec',
    'sont',
    'ont',
    'aux',
    'selon',
  ],
  de: [
    'der',
    'die',
    'das',
    'und',
    'ist',
    'nicht',
    'mit',
    'den',
    'von',
    'sich',
    'des',
    'auf',
    'für',
    'dem',
    'eine',
    'auch',
    'wurde',
    'nach',
    'bei',
    'sind',
  ],
};

const LOOKUP = new Map<string, Lang[]>();
for (const lang of LANGUAGES) {
  for (const word of FUNCTION_WORDS[lang]) LOOKUP.set(word, [...(LOOKUP.get(word) ?? []), lang]);
}

/** Whether a word is one of the most frequent function words of a supported language ("and", "de", "le"…). */
export function isFunctionWord(word: string): boolean {
  return LOOKUP.has(word.toLowerCase());
}

/** The supported language a BCP 47 tag names (nl-BE → nl), or null. */
export function languageFromTag(tag: string | null | undefined): Lang | null {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(primary ?? '') ? (primary as Lang) : null;
}

/** The most likely of nl, en, fr, de for a text, or null when there is too little to tell. */
export function guessLanguage(text: string): Lang | null {
  const scores: Record<Lang, number> = { nl: 0, en: 0, fr: 0, de: 0 };
  let counted = 0;
  for (const match of text
    .slice(0, 20_000)
    .toLowerCase()
    .matchAll(/\p{L}+/gu)) {
    const langs = LOOKUP.get(match[0]);
    if (!langs) continue;
    counted++;
    for (const lang of langs) scores[lang] += 1 / langs.length;
  }
  if (counted < 5) return null;
  return LANGUAGES.reduce((best, lang) => (scores[lang] > scores[best] ? lang : best));
}
