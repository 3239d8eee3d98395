/**
 * Sentence templates for the world pack: one short description and a two-to-three-sentence summary per language,
 * built only from the facts the generator has (kind, region, sovereign state, capital, the names in the other
 * languages). The sentences never start with the country's name, so no article or verb agreement can go wrong
 * ("de Verenigde Staten zijn", "les Pays-Bas sont").
 */
import type { Lang } from '../../../src/core/kb/schema';
import { REGIONS, SOVEREIGNS } from './regions';
import { namesSentence } from './names-sentence';
import { sentence } from './text';

export interface CountryFacts {
  code: string;
  /** country: a state; territory: under another state's sovereignty; area: disputed or special status. */
  kind: 'country' | 'territory' | 'area';
  labels: Record<Lang, string>;
  /** M49 sub-region code (key of REGIONS), if any. */
  region: string | null;
  /** ISO code of the sovereign state, for territories. */
  sovereign: string | null;
  /** Capital (or main town of a territory) in each language, if any. */
  capital: Record<Lang, string> | null;
}

function regionIn(facts: CountryFacts, lang: Lang): string {
  return facts.region ? ` ${REGIONS[facts.region]?.in[lang] ?? ''}` : '';
}

function sovereign(facts: CountryFacts, lang: Lang): string | null {
  return facts.sovereign ? (SOVEREIGNS[facts.sovereign]?.[lang] ?? null) : null;
}

export function describeCountry(facts: CountryFacts, lang: Lang): string {
  return describe(facts, lang).replace(/\.\.$/, '.');
}

function describe(facts: CountryFacts, lang: Lang): string {
  const where = regionIn(facts, lang);
  const cap = facts.capital?.[lang];
  const sov = sovereign(facts, lang);
  if (facts.kind === 'country') {
    switch (lang) {
      case 'nl':
        return `Land${where}${cap ? ` met ${cap} als hoofdstad` : ''}.`;
      case 'en':
        return `Country${where}${cap ? ` with ${cap} as its capital` : ''}.`;
      case 'fr':
        return `Pays${where ? ` situé${where}` : ''}${cap ? ` ; capitale : ${cap}` : ''}.`;
      case 'de':
        return `Staat${where}${cap ? ` mit der Hauptstadt ${cap}` : ''}.`;
    }
  }
  switch (lang) {
    case 'nl':
      return `Gebied${where}${sov ? ` onder soevereiniteit van ${sov}` : ''}${cap ? `; hoofdplaats ${cap}` : ''}.`;
    case 'en':
      return `Territory${where}${sov ? ` under the sovereignty of ${sov}` : ''}${cap ? `; main town: ${cap}` : ''}.`;
    case 'fr':
      return `Territoire${where ? ` situé${where}` : ''}${sov ? ` relevant ${sov}` : ''}${cap ? ` ; chef-lieu : ${cap}` : ''}.`;
    case 'de':
      return `Gebiet${where}${sov ? ` unter der Souveränität ${sov}` : ''}${cap ? `; Hauptort: ${cap}` : ''}.`;
  }
}

export function summarizeCountry(facts: CountryFacts, lang: Lang): string {
  const where = regionIn(facts, lang);
  const cap = facts.capital?.[lang];
  const sov = sovereign(facts, lang);
  const country = facts.kind === 'country';
  const sentences: string[] = [];
  switch (lang) {
    case 'nl': {
      const subject = country ? 'Dit land' : 'Dit gebied';
      if (where && sov) sentences.push(`${subject} ligt${where} en valt onder de soevereiniteit van ${sov}.`);
      else if (where) sentences.push(`${subject} ligt${where}.`);
      else if (sov) sentences.push(`${subject} valt onder de soevereiniteit van ${sov}.`);
      if (cap)
        sentences.push(country ? sentence(`De hoofdstad is ${cap}`) : sentence(`De hoofdplaats is ${cap}`));
      break;
    }
    case 'en': {
      const subject = country ? 'This country' : 'This territory';
      if (where && sov) sentences.push(`${subject} lies${where} and is under the sovereignty of ${sov}.`);
      else if (where) sentences.push(`${subject} lies${where}.`);
      else if (sov) sentences.push(`${subject} is under the sovereignty of ${sov}.`);
      if (cap)
        sentences.push(country ? sentence(`Its capital is ${cap}`) : sentence(`Its main town is ${cap}`));
      break;
    }
    case 'fr': {
      const subject = country ? 'Ce pays' : 'Ce territoire';
      if (where && sov) sentences.push(`${subject} se trouve${where} et relève ${sov}.`);
      else if (where) sentences.push(`${subject} se trouve${where}.`);
      else if (sov) sentences.push(`${subject} relève ${sov}.`);
      if (cap)
        sentences.push(country ? sentence(`Sa capitale est ${cap}`) : sentence(`Son chef-lieu est ${cap}`));
      break;
    }
    case 'de': {
      const subject = country ? 'Dieser Staat' : 'Dieses Gebiet';
      if (where && sov) sentences.push(`${subject} liegt${where} und untersteht der Souveränität ${sov}.`);
      else if (where) sentences.push(`${subject} liegt${where}.`);
      else if (sov) sentences.push(`${subject} untersteht der Souveränität ${sov}.`);
      if (cap)
        sentences.push(
          country ? sentence(`Seine Hauptstadt ist ${cap}`) : sentence(`Sein Hauptort ist ${cap}`),
        );
      break;
    }
  }
  sentences.push(namesSentence(facts.labels, lang, { nl: 'het', fr: 'il', de: country ? 'er' : 'es' }));
  return sentences.join(' ');
}
