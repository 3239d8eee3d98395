/**
 * Country names and codes as the worklist's sources write them, to ISO 3166-1 alpha-2 (the code the salience weights
 * use). Names i18n-iso-countries knows resolve through it; the aliases below are the spellings it does not know.
 * Entities that are not generally recognised states (Abkhazia, Donetsk People's Republic…) get no code.
 */
import countries from 'i18n-iso-countries';

const ALIASES: Readonly<Record<string, string>> = {
  'republic of ireland': 'IE',
  'czech republic': 'CZ',
  'the bahamas': 'BS',
  bahamas: 'BS',
  'the gambia': 'GM',
  gambia: 'GM',
  'east timor': 'TL',
  kosovo: 'XK',
  palestine: 'PS',
  'state of palestine': 'PS',
  'vatican city': 'VA',
  macedonia: 'MK',
  'north macedonia': 'MK',
  swaziland: 'SZ',
  eswatini: 'SZ',
  'sao tome and principe': 'ST',
  'são tomé and príncipe': 'ST',
  'st. lucia': 'LC',
  'st. kitts and nevis': 'KN',
  'antigua & barbuda': 'AG',
  'ivory coast': 'CI',
  'cape verde': 'CV',
  'congo–brazzaville': 'CG',
  'congo-brazzaville': 'CG',
  congo: 'CG',
  'congo–kinshasa': 'CD',
  'congo-kinshasa': 'CD',
  'democratic republic of the congo': 'CD',
  'federated states of micronesia': 'FM',
  micronesia: 'FM',
  'united states': 'US',
  'united kingdom': 'GB',
  russia: 'RU',
  'south korea': 'KR',
  'north korea': 'KP',
  taiwan: 'TW',
  china: 'CN',
  laos: 'LA',
  vietnam: 'VN',
  syria: 'SY',
  iran: 'IR',
  moldova: 'MD',
  'european union': 'EU',
  'german federal republic': 'DE',
  brunei: 'BN',
  rumania: 'RO',
  'st. vincent and the grenadines': 'VC',
};

/** "China (People's Republic of China)" → "CN"; "Abkhazia" → "". */
export function countryCodeOfName(name: string): string {
  const plain = name.replace(/\s*\(.*\)\s*$/, '').trim();
  const alias = ALIASES[plain.toLowerCase()];
  if (alias) return alias;
  return countries.getAlpha2Code(plain, 'en') ?? '';
}

/** ISO 3166-1 alpha-3 → alpha-2 ("NLD" → "NL"); '' when unknown. */
export function countryCodeOfAlpha3(code: string): string {
  return countries.alpha3ToAlpha2(code) ?? '';
}

/**
 * IOC country codes (as sports data writes nationalities) that differ from ISO 3166-1 alpha-3; the others are the
 * same code. Historic teams (URS, YUG, TCH, FRG) and "UNK" resolve to ''.
 */
const IOC_TO_ALPHA3: Readonly<Record<string, string>> = {
  ALG: 'DZA',
  ANG: 'AGO',
  ANT: 'ATG',
  ARU: 'ABW',
  ASA: 'ASM',
  BAH: 'BHS',
  BAN: 'BGD',
  BAR: 'BRB',
  BER: 'BMU',
  BHU: 'BTN',
  BIZ: 'BLZ',
  BOT: 'BWA',
  BRN: 'BHR',
  BRU: 'BRN',
  BUL: 'BGR',
  BUR: 'BFA',
  CAM: 'KHM',
  CAY: 'CYM',
  CGO: 'COG',
  CHA: 'TCD',
  CHI: 'CHL',
  CRC: 'CRI',
  CRO: 'HRV',
  DEN: 'DNK',
  ESA: 'SLV',
  FIJ: 'FJI',
  GAM: 'GMB',
  GBS: 'GNB',
  GEQ: 'GNQ',
  GER: 'DEU',
  GRE: 'GRC',
  GRN: 'GRD',
  GUA: 'GTM',
  GUI: 'GIN',
  HAI: 'HTI',
  HON: 'HND',
  INA: 'IDN',
  IRI: 'IRN',
  ISV: 'VIR',
  IVB: 'VGB',
  KSA: 'SAU',
  KUW: 'KWT',
  LAT: 'LVA',
  LBA: 'LBY',
  LES: 'LSO',
  LIB: 'LBN',
  MAD: 'MDG',
  MAS: 'MYS',
  MAW: 'MWI',
  MGL: 'MNG',
  MON: 'MCO',
  MRI: 'MUS',
  MTN: 'MRT',
  MYA: 'MMR',
  NCA: 'NIC',
  NED: 'NLD',
  NEP: 'NPL',
  NGR: 'NGA',
  NIG: 'NER',
  OMA: 'OMN',
  PAR: 'PRY',
  PHI: 'PHL',
  PLE: 'PSE',
  POR: 'PRT',
  PUR: 'PRI',
  ROM: 'ROU',
  RSA: 'ZAF',
  SAM: 'WSM',
  SEY: 'SYC',
  SIN: 'SGP',
  SKN: 'KNA',
  SLO: 'SVN',
  SOL: 'SLB',
  SRI: 'LKA',
  SUD: 'SDN',
  SUI: 'CHE',
  TAN: 'TZA',
  TGA: 'TON',
  TOG: 'TGO',
  TPE: 'TWN',
  TRI: 'TTO',
  UAE: 'ARE',
  URU: 'URY',
  VAN: 'VUT',
  VIE: 'VNM',
  VIN: 'VCT',
  ZAM: 'ZMB',
  ZIM: 'ZWE',
};

/** IOC country code → ISO 3166-1 alpha-2 ("NED" → "NL", "ESP" → "ES", "KOS" → "XK"); '' when unknown. */
export function countryCodeOfIoc(code: string): string {
  const upper = code.trim().toUpperCase();
  if (upper === 'KOS') return 'XK';
  return countryCodeOfAlpha3(IOC_TO_ALPHA3[upper] ?? upper);
}
