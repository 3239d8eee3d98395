/**
 * Demonyms and adjectives from one curated base form per language (scripts/generate/overlays/demonyms.json):
 * the regular inflections are derived here, the irregular ones are written in the overlay. Every form becomes an
 * alias marked `demonym: true`, so the reader's "show demonyms" setting governs them.
 *
 * Per language the overlay holds `[adjectives, nouns, ...forms taken as written]`; alternatives are separated by
 * `|`, an empty string means none, and `/` after a noun gives its irregular plural (nl, en; `Rus/Russen`, `Lao/`
 * for none) or, in German, its irregular feminine (`Franzose/Französin`); in French, `/` after an adjective gives
 * its irregular feminine (`grec/grecque`).
 */
import type { Alias, Entity, Lang } from '../../../src/core/kb/schema';
import { LANGUAGES } from '../../../src/core/kb/schema';

/** One code's entry: per language `[adjectives, nouns, ...literal forms]`, and forms matched only as written. */
export interface DemonymEntry {
  nl?: string[];
  en?: string[];
  fr?: string[];
  de?: string[];
  caseSensitive?: string[];
  /**
   * An adjective per language that descriptions use but names never match: a form left out of the names because it
   * is also a common first name (Dutch "Frans"), still the word a description needs ("Franse bank").
   */
  describeOnly?: Partial<Record<'nl' | 'en' | 'fr' | 'de', string>>;
}

export type DemonymFile = Record<string, DemonymEntry | string[]>;

/** A head and an optional irregular second form, split at the first `/` (`undefined` when there is none). */
function splitIrregular(spec: string): [string, string | undefined] {
  const slash = spec.indexOf('/');
  return slash < 0 ? [spec, undefined] : [spec.slice(0, slash), spec.slice(slash + 1)];
}

function alternatives(spec: string | undefined): string[] {
  return (spec ?? '')
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

const DOUBLE_VOWEL = /(aa|ee|oo|uu)([bcdfghjklmnpqrstvwxz])$/;

/**
 * Dutch attributive adjective: Syrisch → Syrische; a long vowel before one consonant is written single in the open
 * syllable (Chinees → Chinese, Indiaas → Indiase).
 */
export function nlAdjectiveForms(adjective: string): string[] {
  const long = DOUBLE_VOWEL.exec(adjective);
  const inflected = long ? `${adjective.slice(0, -2)}${long[2] as string}e` : `${adjective}e`;
  return [adjective, inflected];
}

/**
 * Dutch plural of an inhabitant noun: -er/-ër takes -s (Syriërs, Oostenrijkers); a long vowel before the last
 * consonant is written single and s/f voice to z/v (Marokkaan → Marokkanen, Chinees → Chinezen); else -en (Belgen).
 */
export function nlPlural(noun: string): string {
  if (/[eë]r$/.test(noun) && noun.length > 3) return `${noun}s`;
  const long = DOUBLE_VOWEL.exec(noun);
  if (long) {
    const consonant = long[2] === 's' ? 'z' : long[2] === 'f' ? 'v' : (long[2] as string);
    return `${noun.slice(0, -3)}${(long[1] as string)[0]}${consonant}en`;
  }
  return `${noun}en`;
}

/** English plural of an inhabitant noun: none for -ese, -ss and -x nouns (Chinese, Swiss, Manx), else -s (Czechs). */
export function enPlural(noun: string): string | null {
  return /(ese|ss|x)$/.test(noun) ? null : `${noun}s`;
}

/**
 * French adjective forms: masculine, feminine, masculine plural, feminine plural. -en → -enne (syrien, guinéen),
 * -e unchanged (belge), else -e added (français → française, marocain → marocaine, afghan → afghane, qatari →
 * qatarie); plurals add -s unless the form already ends in -s or -x.
 */
export function frAdjectiveForms(spec: string): string[] {
  const [masculine, irregular] = splitIrregular(spec);
  const feminine =
    irregular ??
    (/en$/.test(masculine) ? `${masculine}ne` : /e$/.test(masculine) ? masculine : `${masculine}e`);
  const plural = (form: string) => (/[sx]$/.test(form) ? form : `${form}s`);
  return [masculine, feminine, plural(masculine), plural(feminine)];
}

/** German adjective stem with its four endings: syrisch, syrische, syrischen, syrischer, syrisches. */
export function deAdjectiveForms(stem: string): string[] {
  return [stem, `${stem}e`, `${stem}en`, `${stem}er`, `${stem}es`];
}

/**
 * German inhabitant noun, masculine and feminine, singular and plural: Syrer, Syrerin, Syrerinnen (-er keeps its
 * plural); Afghane, Afghanen, Afghanin; Israeli, Israelis (no feminine derived); Jemenit, Jemeniten, Jemenitin.
 */
export function deNounForms(spec: string): string[] {
  const [masculine, irregular] = splitIrregular(spec);
  let plural: string;
  let feminine: string | undefined;
  if (/er$/.test(masculine)) {
    plural = masculine;
    feminine = `${masculine}in`;
  } else if (/e$/.test(masculine)) {
    plural = `${masculine}n`;
    feminine = `${masculine.slice(0, -1)}in`;
  } else if (/i$/.test(masculine)) {
    plural = `${masculine}s`;
  } else {
    plural = `${masculine}en`;
    feminine = `${masculine}in`;
  }
  feminine = irregular ?? feminine;
  return [masculine, plural, ...(feminine ? [feminine, `${feminine}nen`] : [])];
}

/** Every form one language's spec gives, in order, without repeats. */
export function demonymForms(lang: Lang, spec: readonly string[]): string[] {
  const [adjectives, nouns, ...literal] = spec;
  const forms: string[] = [];
  for (const adjective of alternatives(adjectives)) {
    if (lang === 'nl') forms.push(...nlAdjectiveForms(adjective));
    else if (lang === 'fr') forms.push(...frAdjectiveForms(adjective));
    else if (lang === 'de') forms.push(...deAdjectiveForms(adjective));
    else forms.push(adjective);
  }
  for (const noun of alternatives(nouns)) {
    if (lang === 'de') {
      forms.push(...deNounForms(noun));
      continue;
    }
    const [singular, irregular] = splitIrregular(noun);
    const plural =
      irregular !== undefined ? irregular : lang === 'nl' ? nlPlural(singular) : enPlural(singular);
    forms.push(singular);
    if (plural) forms.push(plural);
  }
  forms.push(...literal.filter((form) => form.trim() !== ''));
  return [...new Set(forms)];
}

/** The demonym aliases of one entry, per language; `caseSensitive` forms are matched only as written. */
export function demonymAliases(entry: DemonymEntry): Partial<Record<Lang, Alias[]>> {
  const exact = new Set(entry.caseSensitive ?? []);
  const out: Partial<Record<Lang, Alias[]>> = {};
  for (const lang of LANGUAGES) {
    const spec = entry[lang];
    if (!spec) continue;
    out[lang] = demonymForms(lang, spec).map((text) =>
      exact.has(text) ? { text, caseSensitive: true, demonym: true } : { text, demonym: true },
    );
  }
  return out;
}

/**
 * The country's adjective for rendered descriptions (the `adjective` field), from the first adjective an entry
 * gives per language: nl [uninflected, inflected] ("Nederlands", "Nederlandse"), en [form], fr [masculine,
 * feminine] ("néerlandais", "néerlandaise"), de [stem] ("niederländisch"). Languages without one are left out.
 */
export function adjectiveOf(entry: DemonymEntry | undefined): Partial<Record<Lang, string[]>> {
  const out: Partial<Record<Lang, string[]>> = {};
  if (!entry) return out;
  for (const lang of LANGUAGES) {
    const first = alternatives(entry[lang]?.[0])[0] || entry.describeOnly?.[lang];
    if (!first) continue;
    if (lang === 'nl') out.nl = nlAdjectiveForms(first);
    else if (lang === 'fr') out.fr = frAdjectiveForms(first).slice(0, 2);
    else out[lang] = [first];
  }
  return out;
}

/** The entries of the overlay file, without its `$comment`. */
export function demonymEntries(file: DemonymFile): Map<string, DemonymEntry> {
  const out = new Map<string, DemonymEntry>();
  for (const [code, entry] of Object.entries(file)) {
    if (code.startsWith('$') || Array.isArray(entry)) continue;
    out.set(code, entry);
  }
  return out;
}

function aliasText(alias: Alias): string {
  return typeof alias === 'string' ? alias : alias.text;
}

/**
 * The entity with its demonym aliases added after its curated and generated ones (an existing alias of the same
 * text wins). A form written exactly as one of the entity's labels is left out: the compiler would otherwise give
 * that label the demonym hint and hide the country's own name (Dutch "Zweden" is Sweden and Swedes). A form that
 * only folds to a label ("arménien", German "Armenien") stays: in a French article it is the demonym that fits.
 */
export function withDemonyms<T extends Pick<Entity, 'labels' | 'aliases'>>(
  entity: T,
  entry: DemonymEntry | undefined,
): T {
  if (!entry) return entity;
  const out = structuredClone(entity);
  const labels = new Set(Object.values(out.labels));
  const extra = demonymAliases(entry);
  for (const lang of LANGUAGES) {
    const existing = out.aliases[lang] ?? [];
    const texts = new Set([...existing.map(aliasText), ...labels]);
    const added = (extra[lang] ?? []).filter((alias) => !texts.has(aliasText(alias)));
    if (existing.length + added.length > 0) out.aliases[lang] = [...existing, ...added];
  }
  return out;
}

/**
 * Demonyms whose key another entity also uses (as label or alias, hinted or not): `id: "text" (lang) is also a
 * name of other-id`. Such a form would link a Dutch "Guinees" to the wrong Guinea; the overlay must settle it.
 */
export function demonymCollisions(
  entities: readonly Pick<Entity, 'id' | 'labels' | 'aliases'>[],
  key: (text: string) => string,
): string[] {
  const holders = new Map<string, Set<string>>();
  const hold = (text: string, id: string) => {
    const k = key(text);
    const set = holders.get(k) ?? new Set<string>();
    set.add(id);
    holders.set(k, set);
  };
  for (const entity of entities) {
    for (const lang of LANGUAGES) {
      const label = entity.labels[lang];
      if (label !== undefined) hold(label, entity.id);
      for (const alias of entity.aliases[lang] ?? []) hold(aliasText(alias), entity.id);
    }
  }
  const out: string[] = [];
  for (const entity of entities) {
    for (const lang of LANGUAGES) {
      for (const alias of entity.aliases[lang] ?? []) {
        if (typeof alias === 'string' || !alias.demonym) continue;
        const others = [...(holders.get(key(alias.text)) ?? [])].filter((id) => id !== entity.id);
        if (others.length > 0)
          out.push(`${entity.id}: "${alias.text}" (${lang}) is also a name of ${others.join(', ')}`);
      }
    }
  }
  return out;
}
