/**
 * Sentence templates for the cities pack: a short description and a two-to-three-sentence summary per language
 * from the city's names, its country (with the article and preposition each language needs, see grammar.ts),
 * whether it is the capital, and its GeoNames population.
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

export function describeCity(facts: CityFacts, lang: Lang): string {
  const { code, labels } = facts.country;
  const people = inhabitants(facts, lang);
  const tail = people ? `; ${people} (GeoNames, ${facts.year})` : '';
  switch (lang) {
    case 'nl':
      return `${facts.capital ? `Hoofdstad van ${nlCountry(code, labels.nl)}` : `Stad in ${nlCountry(code, labels.nl)}`}${tail}.`;
    case 'en':
      return `${facts.capital ? `Capital of ${enCountry(code, labels.en)}` : `City in ${enCountry(code, labels.en)}`}${tail}.`;
    case 'fr':
      return `${facts.capital ? `Capitale ${frOf(code, labels.fr)}` : `Ville ${frIn(code, labels.fr)}`}${people ? ` ; ${people} (GeoNames, ${facts.year})` : ''}.`;
    case 'de':
      return `${facts.capital ? `Hauptstadt ${deOf(code, labels.de)}` : `Stadt ${deIn(code, labels.de)}`}${tail}.`;
  }
}

export function summarizeCity(facts: CityFacts, lang: Lang): string {
  const { code, labels } = facts.country;
  const label = facts.labels[lang];
  const people = inhabitants(facts, lang);
  const sentences: string[] = [];
  switch (lang) {
    case 'nl':
      sentences.push(
        facts.capital
          ? `${label} is de hoofdstad van ${nlCountry(code, labels.nl)}.`
          : `${label} is een stad in ${nlCountry(code, labels.nl)}.`,
      );
      if (people) sentences.push(`Volgens GeoNames heeft de stad ${people} (stand ${facts.year}).`);
      break;
    case 'en':
      sentences.push(
        facts.capital
          ? `${label} is the capital of ${enCountry(code, labels.en)}.`
          : `${label} is a city in ${enCountry(code, labels.en)}.`,
      );
      if (people) sentences.push(`According to GeoNames it has ${people} (data as of ${facts.year}).`);
      break;
    case 'fr':
      sentences.push(
        facts.capital
          ? `${label} est la capitale ${frOf(code, labels.fr)}.`
          : `${label} est une ville ${frIn(code, labels.fr)}.`,
      );
      if (people) sentences.push(`Selon GeoNames, elle compte ${people} (données de ${facts.year}).`);
      break;
    case 'de':
      sentences.push(
        facts.capital
          ? `${label} ist die Hauptstadt ${deOf(code, labels.de)}.`
          : `${label} ist eine Stadt ${deIn(code, labels.de)}.`,
      );
      if (people) sentences.push(`Laut GeoNames hat sie ${people} (Stand ${facts.year}).`);
      break;
  }
  sentences.push(namesSentence(facts.labels, lang, { nl: 'de stad', fr: 'elle', de: 'sie' }));
  return sentences.map(sentence).join(' ');
}
