/**
 * Sentence templates for the cities pack: a short description and a two-to-three-sentence summary per language
 * from the city's names, its country (with the article and preposition each language needs, see grammar.ts),
 * whether it is the capital or a borough of another city (Manhattan), and its GeoNames population.
 */
import type { Lang } from '../../../src/core/kb/schema';
import { deIn, deOf, enCountry, frIn, frOf, nlCountry } from './grammar';
import { namesSentence } from './names-sentence';
import { formatPopulation, sentence } from './text';

export interface CityFacts {
  labels: Record<Lang, string>;
  /** ISO code and labels of the country the city is in. */
  country: { code: string; labels: Record<Lang, string> };
  capital: boolean;
  /** The names of the city it is a borough of (New York, for Manhattan), if it is one. */
  boroughOf?: Record<Lang, string>;
  population: number;
  /** Year of the population figure. */
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

/** What the place is, as the description starts: "Hoofdstad van Syrië", "Borough of New York, in the United States". */
function what(facts: CityFacts, lang: Lang): string {
  const { code, labels } = facts.country;
  const of = facts.boroughOf?.[lang];
  switch (lang) {
    case 'nl':
      if (facts.capital) return `Hoofdstad van ${nlCountry(code, labels.nl)}`;
      return of
        ? `Stadsdeel van ${of}, in ${nlCountry(code, labels.nl)}`
        : `Stad in ${nlCountry(code, labels.nl)}`;
    case 'en':
      if (facts.capital) return `Capital of ${enCountry(code, labels.en)}`;
      return of
        ? `Borough of ${of}, in ${enCountry(code, labels.en)}`
        : `City in ${enCountry(code, labels.en)}`;
    case 'fr':
      if (facts.capital) return `Capitale ${frOf(code, labels.fr)}`;
      return of ? `Arrondissement de ${of}, ${frIn(code, labels.fr)}` : `Ville ${frIn(code, labels.fr)}`;
    case 'de':
      if (facts.capital) return `Hauptstadt ${deOf(code, labels.de)}`;
      return of ? `Stadtbezirk von ${of} ${deIn(code, labels.de)}` : `Stadt ${deIn(code, labels.de)}`;
  }
}

export function describeCity(facts: CityFacts, lang: Lang): string {
  const people = inhabitants(facts, lang);
  const tail = people ? `${lang === 'fr' ? ' ;' : ';'} ${people} (GeoNames, ${facts.year})` : '';
  return `${what(facts, lang)}${tail}.`;
}

export function summarizeCity(facts: CityFacts, lang: Lang): string {
  const label = facts.labels[lang];
  const people = inhabitants(facts, lang);
  const borough = !facts.capital && facts.boroughOf !== undefined;
  // "is a borough of New York, in …": the description's words after an article, in lower case (German keeps its
  // nouns capitalised).
  const rest = what(facts, lang);
  const tail = lang === 'de' ? rest : rest.charAt(0).toLowerCase() + rest.slice(1);
  const sentences: string[] = [];
  switch (lang) {
    case 'nl':
      sentences.push(`${label} is ${facts.capital ? 'de' : 'een'} ${tail}.`);
      if (people)
        sentences.push(
          `Volgens GeoNames heeft ${borough ? 'het stadsdeel' : 'de stad'} ${people} (stand ${facts.year}).`,
        );
      break;
    case 'en':
      sentences.push(`${label} is ${facts.capital ? 'the' : 'a'} ${tail}.`);
      if (people) sentences.push(`According to GeoNames it has ${people} (data as of ${facts.year}).`);
      break;
    case 'fr':
      sentences.push(`${label} est ${facts.capital ? 'la' : borough ? 'un' : 'une'} ${tail}.`);
      if (people)
        sentences.push(
          `Selon GeoNames, ${borough ? 'il' : 'elle'} compte ${people} (données de ${facts.year}).`,
        );
      break;
    case 'de':
      sentences.push(`${label} ist ${facts.capital ? 'die' : borough ? 'ein' : 'eine'} ${tail}.`);
      if (people)
        sentences.push(`Laut GeoNames hat ${borough ? 'er' : 'sie'} ${people} (Stand ${facts.year}).`);
      break;
  }
  const subject = borough
    ? ({ nl: 'het stadsdeel', fr: 'il', de: 'er' } as const)
    : ({ nl: 'de stad', fr: 'elle', de: 'sie' } as const);
  sentences.push(namesSentence(facts.labels, lang, subject));
  return sentences.map(sentence).join(' ');
}
