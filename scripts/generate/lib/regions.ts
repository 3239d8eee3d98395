/**
 * UN M49 sub-regions (as country-coder groups them) and how each language says "in <region>". Written by hand:
 * CLDR has the region names but not the preposition and article each one takes ("in het Caribisch gebied",
 * "dans les Caraïbes", "im südlichen Afrika").
 */
import type { Lang } from '../../../src/core/kb/schema';

export interface Region {
  /** The UN M49 name, used as the fact value. */
  name: string;
  /** "in <region>" in each language, ready to put after a noun or verb. */
  in: Record<Lang, string>;
}

export const REGIONS: Record<string, Region> = {
  '015': {
    name: 'Northern Africa',
    in: { nl: 'in Noord-Afrika', en: 'in North Africa', fr: 'en Afrique du Nord', de: 'in Nordafrika' },
  },
  '011': {
    name: 'Western Africa',
    in: { nl: 'in West-Afrika', en: 'in West Africa', fr: "en Afrique de l'Ouest", de: 'in Westafrika' },
  },
  '017': {
    name: 'Middle Africa',
    in: {
      nl: 'in Centraal-Afrika',
      en: 'in Central Africa',
      fr: 'en Afrique centrale',
      de: 'in Zentralafrika',
    },
  },
  '014': {
    name: 'Eastern Africa',
    in: { nl: 'in Oost-Afrika', en: 'in East Africa', fr: "en Afrique de l'Est", de: 'in Ostafrika' },
  },
  '018': {
    name: 'Southern Africa',
    in: {
      nl: 'in zuidelijk Afrika',
      en: 'in Southern Africa',
      fr: 'en Afrique australe',
      de: 'im südlichen Afrika',
    },
  },
  '029': {
    name: 'Caribbean',
    in: {
      nl: 'in het Caribisch gebied',
      en: 'in the Caribbean',
      fr: 'dans les Caraïbes',
      de: 'in der Karibik',
    },
  },
  '013': {
    name: 'Central America',
    in: {
      nl: 'in Midden-Amerika',
      en: 'in Central America',
      fr: 'en Amérique centrale',
      de: 'in Mittelamerika',
    },
  },
  '005': {
    name: 'South America',
    in: { nl: 'in Zuid-Amerika', en: 'in South America', fr: 'en Amérique du Sud', de: 'in Südamerika' },
  },
  '021': {
    name: 'Northern America',
    in: { nl: 'in Noord-Amerika', en: 'in North America', fr: 'en Amérique du Nord', de: 'in Nordamerika' },
  },
  '143': {
    name: 'Central Asia',
    in: { nl: 'in Centraal-Azië', en: 'in Central Asia', fr: 'en Asie centrale', de: 'in Zentralasien' },
  },
  '030': {
    name: 'Eastern Asia',
    in: { nl: 'in Oost-Azië', en: 'in East Asia', fr: "en Asie de l'Est", de: 'in Ostasien' },
  },
  '034': {
    name: 'Southern Asia',
    in: { nl: 'in Zuid-Azië', en: 'in South Asia', fr: 'en Asie du Sud', de: 'in Südasien' },
  },
  '035': {
    name: 'South-eastern Asia',
    in: { nl: 'in Zuidoost-Azië', en: 'in South-East Asia', fr: 'en Asie du Sud-Est', de: 'in Südostasien' },
  },
  '145': {
    name: 'Western Asia',
    in: { nl: 'in West-Azië', en: 'in Western Asia', fr: 'en Asie occidentale', de: 'in Westasien' },
  },
  '151': {
    name: 'Eastern Europe',
    in: { nl: 'in Oost-Europa', en: 'in Eastern Europe', fr: "en Europe de l'Est", de: 'in Osteuropa' },
  },
  '154': {
    name: 'Northern Europe',
    in: { nl: 'in Noord-Europa', en: 'in Northern Europe', fr: 'en Europe du Nord', de: 'in Nordeuropa' },
  },
  '039': {
    name: 'Southern Europe',
    in: { nl: 'in Zuid-Europa', en: 'in Southern Europe', fr: 'en Europe du Sud', de: 'in Südeuropa' },
  },
  '155': {
    name: 'Western Europe',
    in: { nl: 'in West-Europa', en: 'in Western Europe', fr: "en Europe de l'Ouest", de: 'in Westeuropa' },
  },
  '053': {
    name: 'Australia and New Zealand',
    in: { nl: 'in Oceanië', en: 'in Oceania', fr: 'en Océanie', de: 'in Ozeanien' },
  },
  '054': {
    name: 'Melanesia',
    in: { nl: 'in Melanesië', en: 'in Melanesia', fr: 'en Mélanésie', de: 'in Melanesien' },
  },
  '057': {
    name: 'Micronesia',
    in: { nl: 'in Micronesië', en: 'in Micronesia', fr: 'en Micronésie', de: 'in Mikronesien' },
  },
  '061': {
    name: 'Polynesia',
    in: { nl: 'in Polynesië', en: 'in Polynesia', fr: 'en Polynésie', de: 'in Polynesien' },
  },
};

/** The first M49 sub-region among a country-coder feature's groups, if any. */
export function regionOf(groups: readonly string[]): string | null {
  return groups.find((group) => group in REGIONS) ?? null;
}

/**
 * The states that hold sovereignty over the ISO territories, as each language puts them after "under the
 * sovereignty of" (nl "onder soevereiniteit van", fr "relevant de", de "unter der Souveränität").
 */
export const SOVEREIGNS: Record<string, Record<Lang, string>> = {
  AU: { nl: 'Australië', en: 'Australia', fr: "de l'Australie", de: 'Australiens' },
  CN: { nl: 'China', en: 'China', fr: 'de la Chine', de: 'Chinas' },
  DK: { nl: 'Denemarken', en: 'Denmark', fr: 'du Danemark', de: 'Dänemarks' },
  FI: { nl: 'Finland', en: 'Finland', fr: 'de la Finlande', de: 'Finnlands' },
  FR: { nl: 'Frankrijk', en: 'France', fr: 'de la France', de: 'Frankreichs' },
  GB: {
    nl: 'het Verenigd Koninkrijk',
    en: 'the United Kingdom',
    fr: 'du Royaume-Uni',
    de: 'des Vereinigten Königreichs',
  },
  NL: { nl: 'Nederland', en: 'the Netherlands', fr: 'des Pays-Bas', de: 'der Niederlande' },
  NO: { nl: 'Noorwegen', en: 'Norway', fr: 'de la Norvège', de: 'Norwegens' },
  NZ: { nl: 'Nieuw-Zeeland', en: 'New Zealand', fr: 'de la Nouvelle-Zélande', de: 'Neuseelands' },
  US: {
    nl: 'de Verenigde Staten',
    en: 'the United States',
    fr: 'des États-Unis',
    de: 'der Vereinigten Staaten',
  },
};
