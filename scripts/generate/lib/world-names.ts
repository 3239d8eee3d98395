/**
 * Country names per language from CLDR (the forms the press uses: "Verenigd Koninkrijk", "Syrie") plus aliases
 * from CLDR's short and variant forms and i18n-iso-countries' official and alternative names.
 */
import type { Alias, Lang } from '../../../src/core/kb/schema';
import { LANGUAGES } from '../../../src/core/kb/schema';
import { isAcronym, nameKey, straightApostrophe } from './text';

/** Codes whose CLDR short form is the name the press uses ("Hong Kong SAR China" → "Hong Kong"). */
const SHORT_IS_LABEL = new Set(['HK', 'MO', 'PS', 'MM']);

/** English CLDR style ("St. Kitts & Nevis") as the press writes it ("Saint Kitts and Nevis"). */
export function pressStyle(name: string, lang: Lang): string {
  let out = straightApostrophe(name);
  if (lang === 'en')
    out = out
      .replace(/ & /g, ' and ')
      .replace(/^St\. /, 'Saint ')
      .replace(/^U\.S\. /, 'US ')
      .replace(/ and Grenadines$/, ' and the Grenadines');
  return out;
}

/** Parenthesised parts that are not names by themselves: "Congo (Republic)", "Saint-Martin (partie néerlandaise)". */
const NOT_A_NAME =
  /^(\p{Ll}.*|Republic|Republiek|Republik|République|Demokratische Republik|Kingdom of the)$/u;

/** "Myanmar (Burma)" → ["Myanmar", "Burma"]; names without a parenthesis come back alone. */
export function splitParenthesis(name: string): string[] {
  const match = /^(.+?) \(([^)]+)\)$/.exec(name);
  if (!match) return [name];
  const inner = match[2] as string;
  return NOT_A_NAME.test(inner) ? [match[1] as string] : [match[1] as string, inner];
}

export interface CountryNames {
  labels: Record<Lang, string>;
  aliases: Partial<Record<Lang, Alias[]>>;
}

/** Labels and aliases of one code from CLDR territory names and i18n-iso-countries' names. */
export function countryNames(
  code: string,
  cldr: Record<Lang, Record<string, string>>,
  isoNames: (code: string, lang: Lang) => string[],
): CountryNames {
  const labels = {} as Record<Lang, string>;
  const aliases: Partial<Record<Lang, Alias[]>> = {};
  for (const lang of LANGUAGES) {
    const t = cldr[lang];
    const full = t[code] ?? isoNames(code, lang)[0] ?? code;
    const short = t[`${code}-alt-short`];
    const variant = t[`${code}-alt-variant`];
    const label = pressStyle(SHORT_IS_LABEL.has(code) && short ? short : full, lang);
    const labelParts = splitParenthesis(label);
    labels[lang] = labelParts[0] as string;
    // i18n-iso-countries lists sorting forms ("Korea, Republic of", "Netherlands (Kingdom of the)"): left out.
    const iso = isoNames(code, lang).filter((name) => !/[,()]/.test(name));
    const candidates = [full, short, variant]
      .filter((name): name is string => name !== undefined)
      .flatMap(splitParenthesis)
      .concat(iso)
      .flatMap((name) => [name, pressStyle(name, lang)])
      .concat(labelParts.slice(1));
    const list: Alias[] = [];
    const seen = new Set([nameKey(labels[lang])]);
    for (const name of candidates) {
      const text = name.trim();
      const key = nameKey(text);
      if (!text || key === '' || seen.has(key)) continue;
      seen.add(key);
      list.push(isAcronym(text) ? { text, caseSensitive: true } : text);
    }
    if (list.length > 0) aliases[lang] = list;
  }
  return { labels, aliases };
}
