/**
 * Sentence templates for the cities pack: a short description and a two-to-three-sentence summary per language
 * from the city's names, its country (with the article and preposition each language needs, see grammar.ts),
 * whether it is the capital, a borough of another city (Manhattan) or a township (Soweto), and its population with the
 * year of its count.
 */
import type { Lang } from '../../../src/core/kb/schema';
import { deIn, deOf, enCountry, frIn, frOf, nlCountry } from './grammar';
import { namesSentence, type Subject } from './names-sentence';
import type { PartKind } from './statements';
import { formatPopulation, sentence } from './text';

export interface CityFacts {
  labels: Record<Lang, string>;
  /** ISO code and labels of the country the city is in. */
  country: { code: string; labels: Record<Lang, string> };
  capital: boolean;
  /** The city it is part of, if it is one: a borough (Manhattan of New York) or a township (Soweto of
   * Johannesburg), with that city's names. */
  partOf?: { kind: PartKind; names: Record<Lang, string> };
  population: number;
  /** The year of the population's count (its source's, a Wikipedia page's infobox). */
  year: string;
}

function inhabitants(facts: CityFacts, lang: Lang): string | null {
  const n = formatPopulation(facts.population, lang);
  if (!n) return null;
  switch (lang) {
    case 'nl':
      return `ongeveer ${n} inwoners`;
    case 'en':
      return `about ${n} inhabitants`;
    case 'fr':
      return facts.population >= 1_000_000 ? `environ ${n} d'habitants` : `environ ${n} habitants`;
    case 'de':
      return `etwa ${n} Einwohner`;
  }
}

/** The noun of a part of a city, as a description starts: "Stadsdeel", "Borough", "Township". */
const PART_NOUN: Record<PartKind, Record<Lang, string>> = {
  borough: { nl: 'Stadsdeel', en: 'Borough', fr: 'Arrondissement', de: 'Stadtbezirk' },
  township: { nl: 'Township', en: 'Township', fr: 'Township', de: 'Township' },
};

/** How the summary refers back to the place: nl "de stad"/"het stadsdeel"/"de township", fr, de pronouns. */
const SUBJECT: Record<PartKind | 'city', Subject> = {
  city: { nl: 'de stad', fr: 'elle', de: 'sie' },
  borough: { nl: 'het stadsdeel', fr: 'il', de: 'er' },
  township: { nl: 'de township', fr: 'il', de: 'es' },
};

/** What the place is, as the description starts: "Hoofdstad van Syrië", "Borough of New York, in the United States". */
function what(facts: CityFacts, lang: Lang): string {
  const { code, labels } = facts.country;
  const part = facts.partOf;
  const of = part?.names[lang];
  const noun = part ? PART_NOUN[part.kind][lang] : '';
  switch (lang) {
    case 'nl':
      if (facts.capital) return `Hoofdstad van ${nlCountry(code, labels.nl)}`;
      return of
        ? `${noun} van ${of}, in ${nlCountry(code, labels.nl)}`
        : `Stad in ${nlCountry(code, labels.nl)}`;
    case 'en':
      if (facts.capital) return `Capital of ${enCountry(code, labels.en)}`;
      return of
        ? `${noun} of ${of}, in ${enCountry(code, labels.en)}`
        : `City in ${enCountry(code, labels.en)}`;
    case 'fr':
      if (facts.capital) return `Capitale ${frOf(code, labels.fr)}`;
      return of ? `${noun} ${frDe(of)}, ${frIn(code, labels.fr)}` : `Ville ${frIn(code, labels.fr)}`;
    case 'de':
      if (facts.capital) return `Hauptstadt ${deOf(code, labels.de)}`;
      return of ? `${noun} von ${of} ${deIn(code, labels.de)}` : `Stadt ${deIn(code, labels.de)}`;
  }
}

/** French "de" before a city's name, elided before a vowel ("de New York", "d'Ixelles"); an h is left alone. */
function frDe(name: string): string {
  return /^[aeiouyàâéèêëîïôûü]/i.test(name) ? `d'${name}` : `de ${name}`;
}

export function describeCity(facts: CityFacts, lang: Lang): string {
  const people = inhabitants(facts, lang);
  const tail = people ? `${lang === 'fr' ? ' ;' : ';'} ${people} (${facts.year})` : '';
  return `${what(facts, lang)}${tail}.`;
}

export function summarizeCity(facts: CityFacts, lang: Lang): string {
  const label = facts.labels[lang];
  const people = inhabitants(facts, lang);
  const part = facts.capital ? undefined : facts.partOf?.kind;
  const subject = SUBJECT[part ?? 'city'];
  // "is a borough of New York, in …": the description's words after an article, in lower case (German keeps its
  // nouns capitalised).
  const rest = what(facts, lang);
  const tail = lang === 'de' ? rest : rest.charAt(0).toLowerCase() + rest.slice(1);
  const sentences: string[] = [];
  switch (lang) {
    case 'nl':
      sentences.push(`${label} is ${facts.capital ? 'de' : 'een'} ${tail}.`);
      if (people) sentences.push(`In ${facts.year} telde ${subject.nl} ${people}.`);
      break;
    case 'en':
      sentences.push(`${label} is ${facts.capital ? 'the' : 'a'} ${tail}.`);
      if (people) sentences.push(`It had ${people} in ${facts.year}.`);
      break;
    case 'fr':
      sentences.push(`${label} est ${facts.capital ? 'la' : part ? 'un' : 'une'} ${tail}.`);
      if (people) sentences.push(`En ${facts.year}, ${subject.fr} comptait ${people}.`);
      break;
    case 'de':
      sentences.push(`${label} ist ${facts.capital ? 'die' : part ? 'ein' : 'eine'} ${tail}.`);
      if (people) sentences.push(`${facts.year} hatte ${subject.de} ${people}.`);
      break;
  }
  sentences.push(namesSentence(facts.labels, lang, subject));
  return sentences.map(sentence).join(' ');
}
