/**
 * What each language needs to write a fact line or a description from statements: its locale for dates and
 * numbers, where an adjective goes, and the few phrases descriptions are built of. Language knowledge is data: a
 * fifth language is one more entry, not a branch in the renderer.
 */
import type { Lang } from '../schema';

/** Grammatical gender of a noun, for the adjective that agrees with it (schema.ts ClassSchema.gender). */
export type NounGender = 'm' | 'f' | 'n';

export interface Grammar {
  /** The locale Intl formats this language's dates and numbers with (en-GB: "11 September 1965"). */
  locale: string;
  /** The adjective follows the noun (French "ville syrienne"); else it comes first ("Syrian city"). */
  adjectiveAfterNoun: boolean;
  /** A period of years, open and closed ("since 2024", "2010–2024"). {0}, {1}: the years. */
  since: string;
  /** An open period the data knows only up to a date ("since 2017 (as of 2022)"). {0}: from, {1}: the as-of year. */
  sinceAsOf: string;
  until: string;
  range: string;
  /** A lifespan after a person's description. */
  lifespan: string;
  /** "founded in 1965", per gender of the noun it follows where the language agrees (French fondé / fondée). */
  founded: Partial<Record<NounGender, string>> & { m: string };
  /** Joins the head of a description and its founding phrase ("Syrian news agency founded in 1965"). */
  foundedJoin: string;
  /** Between the parts of a description ("Dutch politician (VVD); Prime Minister 2010–2024"). */
  partSeparator: string;
}

export const GRAMMAR: Record<Lang, Grammar> = {
  en: {
    locale: 'en-GB',
    adjectiveAfterNoun: false,
    since: 'since {0}',
    sinceAsOf: 'since {0} (as of {1})',
    until: 'until {0}',
    range: '{0}–{1}',
    lifespan: '({0}–{1})',
    founded: { m: 'founded in {0}' },
    foundedJoin: ' ',
    partSeparator: '; ',
  },
  nl: {
    locale: 'nl',
    adjectiveAfterNoun: false,
    since: 'sinds {0}',
    sinceAsOf: 'sinds {0} (stand {1})',
    until: 'tot {0}',
    range: '{0}–{1}',
    lifespan: '({0}–{1})',
    founded: { m: 'opgericht in {0}' },
    foundedJoin: ', ',
    partSeparator: '; ',
  },
  fr: {
    locale: 'fr',
    adjectiveAfterNoun: true,
    since: 'depuis {0}',
    sinceAsOf: 'depuis {0} (données de {1})',
    until: "jusqu'en {0}",
    range: '{0}–{1}',
    lifespan: '({0}–{1})',
    founded: { m: 'fondé en {0}', f: 'fondée en {0}' },
    foundedJoin: ' ',
    partSeparator: ' ; ',
  },
  de: {
    locale: 'de',
    adjectiveAfterNoun: false,
    since: 'seit {0}',
    sinceAsOf: 'seit {0} (Stand {1})',
    until: 'bis {0}',
    range: '{0}–{1}',
    lifespan: '({0}–{1})',
    founded: { m: 'gegründet {0}' },
    foundedJoin: ', ',
    partSeparator: '; ',
  },
};

/** Fills {0}, {1}… */
export function fill(template: string, ...values: string[]): string {
  return template.replace(/\{(\d)\}/g, (_, i: string) => values[Number(i)] ?? '');
}

/**
 * A country adjective agreeing with its noun, from the forms the pack gives (schema.ts EntitySchema.adjective):
 * nl [uninflected, inflected], en [form], fr [masculine, feminine], de [stem] with the strong endings of a noun
 * phrase without article (niederländischer Politiker, niederländische Stadt, niederländisches Unternehmen).
 * `inflectedNl`: Dutch inflects before a de-word ("Syrische stad") but not before a het-word ("Syrisch dorp") nor
 * before a man's profession ("Nederlands politicus").
 */
export function agreeingAdjective(
  forms: readonly string[],
  lang: Lang,
  gender: NounGender,
  inflectedNl: boolean,
): string {
  const [first = '', second] = forms;
  switch (lang) {
    case 'nl':
      return inflectedNl ? (second ?? `${first}e`) : first;
    case 'fr':
      return gender === 'f' ? (second ?? `${first}e`) : first;
    case 'de':
      return first + (gender === 'f' ? 'e' : gender === 'n' ? 'es' : 'er');
    default:
      return first;
  }
}
