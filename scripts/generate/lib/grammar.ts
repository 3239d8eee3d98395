/**
 * How each language puts a country's name after a preposition. Country names take articles in every language
 * but English mostly: "de Verenigde Staten", "the Netherlands", "de la Syrie" / "du Liban" / "de l'Irak",
 * "in der Türkei" / "im Irak". The rules below cover the patterns; the tables cover the exceptions.
 */

const NL_ARTICLE: Record<string, string> = {
  GB: 'het',
  US: 'de',
  PH: 'de',
  BS: 'de',
  MV: 'de',
  SC: 'de',
  KM: 'de',
  AE: 'de',
  CF: 'de',
  DO: 'de',
  FO: 'de',
  CD: 'de',
  CG: 'de',
  MP: 'de',
  UM: 'de',
  TF: 'de',
  PS: '',
};

/** Dutch: "de Verenigde Staten", "het Verenigd Koninkrijk", "Syrië". */
export function nlCountry(code: string, label: string): string {
  const article = NL_ARTICLE[code] ?? (/eilanden$/.test(label) ? 'de' : '');
  return article ? `${article} ${label}` : label;
}

const EN_THE = new Set([
  'TF',
  'BQ',
  'US',
  'GB',
  'NL',
  'PH',
  'BS',
  'MV',
  'SC',
  'KM',
  'AE',
  'CF',
  'DO',
  'GM',
  'CD',
  'CG',
  'IM',
  'MH',
  'SB',
  'FO',
  'UM',
  'VI',
  'VG',
]);

/** English: "the United States", "Syria". */
export function enCountry(code: string, label: string): string {
  return EN_THE.has(code) || /Islands$/.test(label) ? `the ${label}` : label;
}

/** French names used without an article ("la capitale de Cuba", "d'Israël"). */
const FR_NO_ARTICLE = new Set([
  'CU',
  'CY',
  'MT',
  'MG',
  'SG',
  'MC',
  'IL',
  'HT',
  'BH',
  'OM',
  'DJ',
  'MU',
  'NR',
  'TO',
  'TV',
  'KI',
  'WS',
  'TW',
  'HK',
  'MO',
  'AW',
  'CW',
  'MS',
  'AI',
  'GU',
  'NU',
  'TK',
  'BL',
  'MF',
  'LC',
  'SH',
  'PM',
  'WF',
  'GI',
  'PR',
  'JE',
  'GG',
  'YT',
  'ST',
  'TT',
  'AG',
  'KN',
  'SM',
  'RE',
  'SX',
  'VU',
  'BN',
  'VC',
]);
/** Masculine French names ending in -e. */
const FR_MASCULINE_E = new Set(['MX', 'KH', 'MZ', 'ZW', 'BZ', 'SR', 'GB']);
/** Feminine French names not ending in -e. */
const FR_FEMININE = new Set(['SL']);
const FR_PLURAL = new Set([
  'US',
  'NL',
  'PH',
  'BS',
  'MV',
  'SC',
  'KM',
  'AE',
  'FJ',
  'PW',
  'AS',
  'TF',
  'MH',
  'SB',
  'BQ',
  'BM',
]);

/** French "de" + article + name: "de la Syrie", "du Liban", "de l'Irak", "des États-Unis", "de Cuba", "d'Israël". */
export function frOf(code: string, label: string): string {
  const vowel = /^[AEIOUÉÈÊÎÔHÂ]/i.test(label);
  if (FR_NO_ARTICLE.has(code)) return vowel && !/^H/.test(label) ? `d'${label}` : `de ${label}`;
  if (FR_PLURAL.has(code) || /^(Îles|Terres) /.test(label)) {
    return `des ${label.replace(/^Îles /, 'îles ')}`;
  }
  if (vowel && !/^H/.test(label)) return `de l'${label}`;
  const head = label.split(/[ -]/)[0] ?? label;
  const feminine = FR_FEMININE.has(code) || (/e$/.test(head) && !FR_MASCULINE_E.has(code));
  return feminine ? `de la ${label}` : `du ${label}`;
}

/** French "en/au/aux/à" + name for "a city in …": "en Syrie", "au Liban", "en Irak", "aux États-Unis", "à Cuba". */
export function frIn(code: string, label: string): string {
  const of = frOf(code, label);
  if (of.startsWith('des ')) return `aux ${of.slice(4)}`;
  if (of.startsWith('du ')) return /^[AEIOU]/i.test(label) ? `en ${label}` : `au ${of.slice(3)}`;
  if (of.startsWith("de l'") || of.startsWith('de la ') || of.startsWith("d'")) return `en ${label}`;
  return `à ${label}`;
}

const DE_DATIVE: Record<string, string> = {
  GB: 'dem Vereinigten Königreich',
  US: 'den Vereinigten Staaten',
  NL: 'den Niederlanden',
  PH: 'den Philippinen',
  MV: 'den Malediven',
  BS: 'den Bahamas',
  SC: 'den Seychellen',
  KM: 'den Komoren',
  AE: 'den Vereinigten Arabischen Emiraten',
  SB: 'den Salomonen',
  FO: 'den Färöern',
  CD: 'der Demokratischen Republik Kongo',
  DO: 'der Dominikanischen Republik',
  CF: 'der Zentralafrikanischen Republik',
  VI: 'den Amerikanischen Jungferninseln',
  VG: 'den Britischen Jungferninseln',
  MP: 'den Nördlichen Marianen',
  BQ: 'den Karibischen Niederlanden',
  TF: 'den Französischen Süd- und Antarktisgebieten',
  GS: 'Südgeorgien und den Südlichen Sandwichinseln',
  VC: 'St. Vincent und den Grenadinen',
  IM: 'der Isle of Man',
  CX: 'der Weihnachtsinsel',
  NF: 'der Norfolkinsel',
  BV: 'der Bouvetinsel',
};
const DE_FEMININE = new Set([
  'TR',
  'CH',
  'SK',
  'MN',
  'UA',
  'CF',
  'DO',
  'MD',
  'CI',
  'EH',
  'AQ',
  'VA',
  'CD',
  'CG',
]);
const DE_MASCULINE = new Set(['IQ', 'IR', 'LB', 'YE', 'SD', 'SS', 'TD', 'NE', 'SN', 'OM', 'XK']);

/** German dative noun phrase: "Syrien", "der Türkei", "dem Irak", "den Niederlanden". */
export function deDative(code: string, label: string): string {
  const fixed = DE_DATIVE[code];
  if (fixed) return fixed;
  if (/inseln$/.test(label)) return `den ${label}`;
  if (DE_FEMININE.has(code)) return `der ${label}`;
  if (DE_MASCULINE.has(code)) return `dem ${label}`;
  return label;
}

/** German "in" + dative, with "in dem" contracted: "in Syrien", "in der Türkei", "im Irak". */
export function deIn(code: string, label: string): string {
  const np = deDative(code, label);
  return np.startsWith('dem ') ? `im ${np.slice(4)}` : `in ${np}`;
}

/**
 * German "of": a feminine name takes the genitive ("der Türkei", the same form as its dative); others take "von"
 * with "von dem" contracted: "von Syrien", "vom Irak", "von den Niederlanden".
 */
export function deOf(code: string, label: string): string {
  const np = deDative(code, label);
  if (np.startsWith('der ')) return np;
  return np.startsWith('dem ') ? `vom ${np.slice(4)}` : `von ${np}`;
}

/** Capitalises the first letter (for a sentence that starts with "the Netherlands"). */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
