/**
 * A small, deterministic language guess for article text when the page does not say: counts the most frequent
 * function words of each supported language (lang/<code>.json: frequentWords). Enough to tell nl/en/fr/de news prose
 * apart.
 */
import { frequentWords as de } from './lang/de.json';
import { frequentWords as en } from './lang/en.json';
import { frequentWords as fr } from './lang/fr.json';
import { frequentWords as nl } from './lang/nl.json';
import { LANGUAGES, type Lang } from './languages';

/**
 * The most frequent words of each language (lang/<code>.json): named imports, so that the boot script, which guesses
 * the language of every page, carries these lists and none of the rest of each file.
 */
const FUNCTION_WORDS: Record<Lang, readonly string[]> = { nl, en, fr, de };

let lookup: Map<string, Lang[]> | null = null;

/**
 * Each function word's languages, built on first use: the boot script carries this module onto every page, and
 * building the table as it loaded was a large part of what a page without an article paid (decision 28).
 */
function languagesOf(word: string): Lang[] | undefined {
  if (!lookup) {
    lookup = new Map();
    for (const lang of LANGUAGES) {
      for (const word of FUNCTION_WORDS[lang]) lookup.set(word, [...(lookup.get(word) ?? []), lang]);
    }
  }
  return lookup.get(word);
}

/** Whether a word is one of the most frequent function words of a supported language ("and", "de", "le"…). */
export function isFunctionWord(word: string): boolean {
  return languagesOf(word.toLowerCase()) !== undefined;
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
    const langs = languagesOf(match[0]);
    if (!langs) continue;
    counted++;
    for (const lang of langs) scores[lang] += 1 / langs.length;
  }
  if (counted < 5) return null;
  return LANGUAGES.reduce((best, lang) => (scores[lang] > scores[best] ? lang : best));
}
