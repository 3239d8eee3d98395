/** Small text helpers shared by the pack generators. */
import { keyWords } from '../../../src/core/text/key-words';
import type { Lang } from '../../../src/core/kb/schema';

/** Kebab-case ASCII id: diacritics dropped, ß → ss, everything else that is not a letter or digit → "-". */
export function kebabId(name: string): string {
  return name
    .replace(/ß/g, 'ss')
    .replace(/[Ææ]/g, 'ae')
    .replace(/[Øø]/g, 'o')
    .replace(/[Łł]/g, 'l')
    .replace(/[Đđ]/g, 'd')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The key the matcher compares names by (case and diacritics folded, split into words). */
export function nameKey(text: string): string {
  return keyWords(text).join(' ');
}

/** An acronym such as "UK", "USA", "U.S.", "R.-U.": matched only as written. */
export function isAcronym(text: string): boolean {
  return /^[\p{Lu}.-]+$/u.test(text) && /\p{Lu}.*\p{Lu}/u.test(text) && text.length <= 8;
}

/** Curly apostrophes as the press types them in running text. */
export function straightApostrophe(text: string): string {
  return text.replace(/’/g, "'");
}

const NBSP = '\u00a0';

/** A population as the press writes it: "2,6 miljoen" / "2.6 million" / "120.000" …; null when not worth saying. */
export function formatPopulation(population: number, lang: Lang): string | null {
  if (!Number.isFinite(population) || population < 1000) return null;
  if (population >= 1_000_000) {
    const millions = Math.round(population / 100_000) / 10;
    const whole = Number.isInteger(millions);
    const number = whole
      ? String(millions)
      : lang === 'en'
        ? millions.toFixed(1)
        : millions.toFixed(1).replace('.', ',');
    switch (lang) {
      case 'nl':
        return `${number} miljoen`;
      case 'en':
        return `${number} million`;
      case 'fr':
        return millions < 2 ? `${number} million` : `${number} millions`;
      case 'de':
        return millions === 1 ? 'eine Million' : `${number} Millionen`;
    }
  }
  const digits = String(Math.round(population)).length;
  const step = 10 ** Math.max(0, digits - 2);
  const rounded = Math.round(population / step) * step;
  const grouped = String(rounded).replace(/\B(?=(\d{3})+(?!\d))/g, '|');
  const sep = { nl: '.', en: ',', fr: NBSP, de: '.' }[lang];
  return grouped.replace(/\|/g, sep);
}

/** "a, b and c" in each language. */
export function listJoin(items: readonly string[], lang: Lang): string {
  const and = { nl: 'en', en: 'and', fr: 'et', de: 'und' }[lang];
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1] as string}`;
}

/** Ids made unique: the second and later holders of an id get the suffix (for cities, the country). */
export function uniqueIds<T>(
  items: readonly T[],
  base: (item: T) => string,
  qualifier: (item: T) => string,
): string[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(base(item), (counts.get(base(item)) ?? 0) + 1);
  const used = new Set<string>();
  return items.map((item) => {
    const id = base(item);
    let unique = (counts.get(id) ?? 0) > 1 ? `${id}-${qualifier(item)}` : id;
    for (let n = 2; used.has(unique); n++) unique = `${id}-${qualifier(item)}-${n}`;
    used.add(unique);
    return unique;
  });
}

/** A place name for running text: no parenthetical ("Nuuk (Godthåb)"), straight apostrophes. */
export function cleanPlaceName(name: string): string {
  return straightApostrophe(name.replace(/\s*\([^)]*\)\s*$/, '').trim());
}

/** Ends a sentence with one full stop, also after an abbreviation ("Washington D.C."). */
export function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/**
 * An English Wikipedia page's URL, its title's characters encoded as Wikipedia writes them in links (commas,
 * slashes, colons, brackets, apostrophes and a few more left as they are).
 */
export function wikipediaPageUrl(title: string): string {
  const path = encodeURIComponent(title.replace(/ /g, '_')).replace(
    /%(2C|2F|3A|21|27|28|29|40|24|3B)/g,
    (_, hex: string) => String.fromCharCode(parseInt(hex, 16)),
  );
  return `https://en.wikipedia.org/wiki/${path}`;
}
