/**
 * The committed generated packs (assets/packs/world.json and cities.json): complete, valid together (pack format
 * version 2), holding the ids other packs rely on, and saying with their statements what the data packages say.
 * Reads the committed JSON and the installed data packages; no generator or apt package is run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { compilePacks } from '../../../src/core/kb/compile';
import { LANGUAGES, PackSchema, type Entity, type Pack, type Statement } from '../../../src/core/kb/schema';
import { PROPERTIES } from '../../../src/core/kb/vocabulary';
import { validatePack } from '../../../src/core/kb/validate';
import { loadCldrTerritories } from '../../../scripts/generate/lib/sources';
import { NOT_PACK_CITIES } from '../../../scripts/generate/lib/city-select';
import { REGIONS } from '../../../scripts/generate/lib/regions';
import { regionClassId } from '../../../scripts/generate/lib/statements';
import { nameKey } from '../../../scripts/generate/lib/text';

const require = createRequire(import.meta.url);
const FILES = ['assets/packs/world.json', 'assets/packs/cities.json'];
const raw = FILES.map((file) => ({ file, data: JSON.parse(readFileSync(file, 'utf8')) as unknown }));
const [world, cities] = raw.map(({ file, data }) => validatePack(file, data).pack as Pack) as [Pack, Pack];

/** Every id an entity value may point at: the entities and classes of every pack (version 1 or 2). */
const knownIds = new Set<string>();
for (const file of readdirSync('assets/packs').filter((name) => name.endsWith('.json'))) {
  const pack = JSON.parse(readFileSync(`assets/packs/${file}`, 'utf8')) as {
    entities: { id: string }[];
    classes?: { id: string }[];
  };
  for (const { id } of [...pack.entities, ...(pack.classes ?? [])]) knownIds.add(id);
}

const statementsOf = (entity: Entity, property: Statement['property']) =>
  entity.statements.filter((s) => s.property === property);
const entityValue = (s: Statement | undefined) => (s && 'entity' in s.value ? s.value.entity : undefined);
const isoOf = (entity: Entity) => {
  const value = statementsOf(entity, 'iso-3166-1-alpha-2')[0]?.value;
  return value && 'code' in value ? value.code : undefined;
};
const both = () => [
  ...world.entities.map((entity) => ({ pack: world, entity })),
  ...cities.entities.map((entity) => ({ pack: cities, entity })),
];

describe('world and cities packs', () => {
  it('compile without errors of their own, by themselves and beside every other pack they point at', () => {
    // Alone they are not complete: the United Kingdom was a member of the EU (institutions.json).
    const others = readdirSync('assets/packs')
      .filter((name) => name.endsWith('.json'))
      .map((name) => `assets/packs/${name}`)
      .filter((file) => !FILES.includes(file))
      .map((file) => ({ file, data: JSON.parse(readFileSync(file, 'utf8')) as unknown }));
    const { index, errors } = compilePacks([...raw, ...others]);
    expect(errors.filter((error) => FILES.includes(error.file))).toEqual([]);
    expect(index?.packs.map((p) => p.id)).toEqual(expect.arrayContaining(['world', 'cities']));
    const alone = compilePacks(raw).errors.map((error) => `${error.entityId}: ${error.message}`);
    expect(alone).toEqual(['united-kingdom: names unknown entity or class "european-union"']);
  });

  it('are version 2 packs valid under the schema, with statements instead of facts', () => {
    for (const { file, data } of raw) {
      const result = v.safeParse(PackSchema, data);
      expect(result.issues?.map((issue) => issue.message) ?? [], file).toEqual([]);
      expect((data as { version: number }).version).toBe(2);
      for (const entity of (data as { entities: Record<string, unknown>[] }).entities) {
        expect(entity, `${file} ${String(entity.id)}`).not.toHaveProperty('facts');
        expect(entity, `${file} ${String(entity.id)}`).not.toHaveProperty('coordinates');
      }
    }
  });

  it('world has every ISO 3166-1 alpha-2 code', () => {
    const iso = require('i18n-iso-countries') as { getAlpha2Codes(): Record<string, string> };
    const codes = new Set(world.entities.map(isoOf));
    expect(world.entities.every((e) => statementsOf(e, 'iso-3166-1-alpha-2').length === 1)).toBe(true);
    const expected = Object.keys(iso.getAlpha2Codes()).filter((code) => code !== 'XK');
    expect(expected).toHaveLength(249);
    expect(expected.filter((code) => !codes.has(code))).toEqual([]);
  });

  it('keeps the ids other packs refer to', () => {
    const ids = new Set(world.entities.map((e) => e.id));
    for (const id of ['syria', 'turkey', 'iraq', 'jordan', 'russia', 'united-kingdom'])
      expect(ids).toContain(id);
    const damascus = cities.entities.find((e) => e.id === 'damascus');
    expect(damascus?.labels).toEqual({ nl: 'Damascus', en: 'Damascus', fr: 'Damas', de: 'Damaskus' });
    expect(damascus?.related).toContain('syria');
  });

  it('has labels and descriptions in all four languages and summaries in nl and en everywhere', () => {
    for (const entity of [...world.entities, ...cities.entities]) {
      for (const lang of LANGUAGES) {
        expect(entity.labels[lang], `${entity.id} label ${lang}`).toBeTruthy();
        expect(entity.descriptions[lang], `${entity.id} description ${lang}`).toBeTruthy();
      }
      expect(entity.summaries.nl && entity.summaries.en, entity.id).toBeTruthy();
    }
  });

  it('links every city to a country of the world pack', () => {
    const ids = new Set(world.entities.map((e) => e.id));
    for (const city of cities.entities) expect(ids.has(city.related[0] ?? ''), city.id).toBe(true);
  });

  it('never lets two entities share a plain alias', () => {
    const holders = new Map<string, Set<string>>();
    for (const entity of [...world.entities, ...cities.entities]) {
      for (const lang of LANGUAGES) {
        for (const alias of entity.aliases[lang] ?? []) {
          if (typeof alias !== 'string' && (alias.needsContext || alias.caseSensitive)) continue;
          const text = (typeof alias === 'string' ? alias : alias.text).toLowerCase();
          holders.set(text, new Set([...(holders.get(text) ?? []), entity.id]));
        }
      }
    }
    expect([...holders].filter(([, ids]) => ids.size > 1)).toEqual([]);
  });

  it('never gives two entities the same label unless it needs context', () => {
    const holders = new Map<string, Set<string>>();
    for (const entity of [...world.entities, ...cities.entities]) {
      const hinted = new Set(
        LANGUAGES.flatMap((lang) => entity.aliases[lang] ?? [])
          .filter((alias) => typeof alias !== 'string' && (alias.needsContext || alias.caseSensitive))
          .map((alias) => nameKey(typeof alias === 'string' ? alias : alias.text)),
      );
      for (const label of Object.values(entity.labels)) {
        const key = nameKey(label ?? '');
        if (hinted.has(key)) continue;
        holders.set(key, new Set([...(holders.get(key) ?? []), entity.id]));
      }
    }
    expect([...holders].filter(([, ids]) => ids.size > 1)).toEqual([]);
  });

  it('let names travel to articles of other languages as version 1 matched them, but not demonyms or words', () => {
    const travelling = (id: string) => {
      const entity = [...world.entities, ...cities.entities].find((e) => e.id === id) as Entity;
      return LANGUAGES.flatMap((lang) => entity.aliases[lang] ?? []).flatMap((alias) =>
        typeof alias !== 'string' && alias.anyLanguage ? [alias.text] : [],
      );
    };
    expect(travelling('germany')).toContain('Deutschland');
    // German "Indien" is Dutch "indien" (if): it stays in German articles.
    expect(travelling('india')).not.toContain('Indien');
    const demonyms = both().flatMap(({ entity }) =>
      LANGUAGES.flatMap((lang) => entity.aliases[lang] ?? []).flatMap((alias) =>
        typeof alias !== 'string' && alias.demonym && alias.anyLanguage
          ? [`${entity.id}: ${alias.text}`]
          : [],
      ),
    );
    expect(demonyms).toEqual([]);
  });

  it('stays small enough to ship', () => {
    expect(readFileSync(FILES[0] as string).length).toBeLessThan(1_500_000);
    // Version 2 cites a source on every statement: about 170 bytes a city more than version 1's facts.
    expect(readFileSync(FILES[1] as string).length).toBeLessThan(1_200_000);
  });
});

describe('statements of the world and cities packs', () => {
  it('point only at entities and classes that exist in some pack', () => {
    const dangling = both().flatMap(({ entity }) =>
      entity.statements.flatMap((s) =>
        'entity' in s.value && !knownIds.has(s.value.entity)
          ? [`${entity.id}: ${s.property} ${s.value.entity}`]
          : [],
      ),
    );
    expect(dangling).toEqual([]);
  });

  it('give no class the id of an entity of any pack (one set of ids: Micronesia the state, not the region)', () => {
    const entityIds = new Set<string>();
    for (const file of readdirSync('assets/packs').filter((name) => name.endsWith('.json')))
      for (const { id } of (
        JSON.parse(readFileSync(`assets/packs/${file}`, 'utf8')) as { entities: { id: string }[] }
      ).entities)
        entityIds.add(id);
    expect([...world.classes, ...cities.classes].filter((c) => entityIds.has(c.id)).map((c) => c.id)).toEqual(
      [],
    );
  });

  it('define every class they use, once, and use every class they define', () => {
    for (const pack of [world, cities]) {
      const defined = pack.classes.map((c) => c.id);
      expect(new Set(defined).size).toBe(defined.length);
      const used = new Set(
        pack.entities.flatMap((e) =>
          e.statements.flatMap((s) =>
            'entity' in s.value && defined.includes(s.value.entity) ? [s.value.entity] : [],
          ),
        ),
      );
      expect(
        defined.filter((id) => !used.has(id)),
        pack.id,
      ).toEqual([]);
    }
    expect(world.classes.map((c) => c.id).sort()).toEqual(
      ['country', 'territory', ...Object.keys(REGIONS).map(regionClassId)].sort(),
    );
    expect(cities.classes.map((c) => c.id)).toEqual([
      'city',
      'capital-city',
      'borough',
      'township',
      'world-heritage-site',
    ]);
    for (const c of [...world.classes, ...cities.classes])
      for (const lang of LANGUAGES) expect(c.labels[lang], `${c.id} ${lang}`).toBeTruthy();
  });

  it('cite, on every statement, an https page that the entity lists among its sources', () => {
    const uncited = both().flatMap(({ entity }) => {
      const urls = new Set(entity.sources.map((s) => s.url));
      return entity.statements.flatMap((s) =>
        s.source && urls.has(s.source) ? [] : [`${entity.id}: ${s.property} cites ${s.source ?? 'nothing'}`],
      );
    });
    expect(uncited).toEqual([]);
  });

  it('write free text in all four languages', () => {
    const partial = both().flatMap(({ entity }) =>
      entity.statements.flatMap((s) => {
        const text = 'text' in s.value ? s.value.text : undefined;
        return [
          ...(text && LANGUAGES.some((lang) => !text[lang]) ? [`${entity.id}: ${s.property}`] : []),
          ...[s.note, s.label].flatMap((map) =>
            map && LANGUAGES.some((lang) => !map[lang]) ? [`${entity.id}: ${s.property} note or label`] : [],
          ),
        ];
      }),
    );
    expect(partial).toEqual([]);
  });

  it('make every world entity a country or a territory, and every city a city, a capital, a borough or a township', () => {
    for (const entity of world.entities) {
      const classes = statementsOf(entity, 'instance-of').map(entityValue);
      expect(classes.length === 1 && ['country', 'territory'].includes(classes[0] ?? ''), entity.id).toBe(
        true,
      );
    }
    const cityIds = new Set(cities.entities.map((e) => e.id));
    for (const entity of cities.entities) {
      const classes = statementsOf(entity, 'instance-of').map(entityValue);
      expect(
        classes.length === 1 && ['city', 'capital-city', 'borough', 'township'].includes(classes[0] ?? ''),
        entity.id,
      ).toBe(true);
      // A capital-city is the capital of something; a city is in a country or (Jerusalem) a capital with a note.
      const capitalOf = statementsOf(entity, 'capital-of');
      if (classes[0] === 'capital-city') expect(capitalOf, entity.id).toHaveLength(1);
      else expect(statementsOf(entity, 'country').length + capitalOf.length, entity.id).toBe(1);
      // A borough or a township is part of a city of the pack.
      const partOf = statementsOf(entity, 'part-of').map(entityValue);
      expect(partOf.length === 1 && cityIds.has(partOf[0] ?? ''), entity.id).toBe(
        ['borough', 'township'].includes(classes[0] ?? ''),
      );
    }
    const parts = (kind: string) =>
      cities.entities
        .filter((e) => entityValue(statementsOf(e, 'instance-of')[0]) === kind)
        .map((e) => `${e.id} of ${entityValue(statementsOf(e, 'part-of')[0]) ?? '?'}`);
    expect(parts('borough')).toEqual([
      'brooklyn of new-york',
      'queens of new-york',
      'iztapalapa of mexico-city',
      'manhattan of new-york',
      'the-bronx of new-york',
      'gustavo-adolfo-madero of mexico-city',
    ]);
    expect(parts('township')).toEqual(['soweto of johannesburg']);
  });

  it('label boroughs as the press names them (Queens, not "Borough of Queens")', () => {
    const labels = (id: string) => cities.entities.find((e) => e.id === id)?.labels;
    expect(labels('queens')).toEqual({ nl: 'Queens', en: 'Queens', fr: 'Queens', de: 'Queens' });
    expect(labels('the-bronx')).toEqual({ nl: 'Bronx', en: 'The Bronx', fr: 'Bronx', de: 'Bronx' });
    const formal = cities.entities.flatMap((e) =>
      Object.values(e.labels).filter((label) => /^(Borough|City) of /.test(label ?? '')),
    );
    expect(formal).toEqual([]);
  });

  it('hold no GeoNames record that is no city of its own (a quarter, a subdistrict, a division total)', () => {
    const geonamesIds = cities.entities.flatMap((e) =>
      e.sources
        .flatMap((s) => /^https:\/\/www\.geonames\.org\/(\d+)$/.exec(s.url)?.slice(1) ?? [])
        .map(Number),
    );
    expect(geonamesIds.filter((id) => NOT_PACK_CITIES.has(id))).toEqual([]);
    for (const id of ['guankou', 'camayenne', 'yono', 'dadonghai', 'kowloon', 'dombivali', 'kalyan'])
      expect(cities.entities.map((e) => e.id)).not.toContain(id);
    expect(cities.entities.map((e) => e.id)).toContain('kalyan-dombivli');
  });

  it('give every city its country: the world entity of the country it lies in, also a related id', () => {
    const worldIds = new Set(world.entities.map((e) => e.id));
    for (const city of cities.entities) {
      const country = entityValue(statementsOf(city, 'country')[0] ?? statementsOf(city, 'capital-of')[0]);
      expect(worldIds.has(country ?? ''), city.id).toBe(true);
      expect(city.related, city.id).toContain(country);
    }
  });

  it("name as a country's capital the city that the cities pack makes its capital (city-states: themselves)", () => {
    const cityIds = new Map(cities.entities.map((e) => [e.id, e]));
    const wrong = world.entities.flatMap((country) => {
      const capital = entityValue(statementsOf(country, 'capital')[0]);
      if (!capital || capital === country.id) return [];
      const city = cityIds.get(capital);
      return city && entityValue(statementsOf(city, 'capital-of')[0]) === country.id
        ? []
        : [`${country.id}: capital ${capital}`];
    });
    expect(wrong).toEqual([]);
    expect(
      world.entities.filter((e) => entityValue(statementsOf(e, 'capital')[0]) === e.id).map((e) => e.id),
    ).toEqual(['gibraltar', 'monaco', 'singapore', 'vatican-city']);
    // GeoNames' capital where countries-list names another or none: Mbabane (Eswatini's executive capital;
    // Lobamba is its legislative one) and Plymouth (Montserrat's abandoned de jure capital).
    const capitalOf = new Map(world.entities.map((e) => [e.id, entityValue(statementsOf(e, 'capital')[0])]));
    expect(
      cities.entities
        .filter((city) => {
          const country = entityValue(statementsOf(city, 'capital-of')[0]);
          return country !== undefined && capitalOf.get(country) !== city.id;
        })
        .map((city) => city.id),
    ).toEqual(['mbabane', 'plymouth']);
  });

  it('put each country in the M49 sub-region that CLDR puts it in, named as CLDR names it', () => {
    const containment = (
      require('cldr-core/supplemental/territoryContainment.json') as {
        supplemental: { territoryContainment: Record<string, { _contains: string[] }> };
      }
    ).supplemental.territoryContainment;
    const regionOf = new Map<string, string>();
    for (const m49 of Object.keys(REGIONS))
      for (const code of containment[m49]?._contains ?? []) regionOf.set(code, regionClassId(m49));
    const wrong = world.entities.flatMap((entity) => {
      const regions = statementsOf(entity, 'part-of').map(entityValue);
      const expected = regionOf.get(isoOf(entity) ?? '');
      return regions.length <= 1 && (regions.length === 0 || regions[0] === expected)
        ? []
        : [`${entity.id}: ${regions.join(', ')} (CLDR: ${expected})`];
    });
    expect(wrong).toEqual([]);
    // Only the remote islands M49 files under a far continent, and Antarctica, have none.
    expect(
      world.entities
        .filter((e) => statementsOf(e, 'part-of').length === 0)
        .map(isoOf)
        .sort(),
    ).toEqual(['AQ', 'BV', 'GS', 'HM', 'IO', 'TF', 'UM']);
    const cldr = loadCldrTerritories();
    for (const [m49] of Object.entries(REGIONS)) {
      const region = world.classes.find((c) => c.id === regionClassId(m49));
      for (const lang of LANGUAGES) expect(region?.labels[lang], `${m49} ${lang}`).toBe(cldr[lang][m49]);
    }
  });

  it("give every population as the city's Wikipedia page dates it (the count's year, the page), never 0", () => {
    const counted = JSON.parse(
      readFileSync('scripts/generate/overlays/city-populations.json', 'utf8'),
    ) as Record<string, { id: string; population: number | null; year?: string; page?: string }>;
    const byId = new Map(Object.values(counted).map((entry) => [entry.id, entry]));
    for (const city of cities.entities) {
      const entry = byId.get(city.id);
      const stated = statementsOf(city, 'population');
      if (!entry?.population) {
        // No dated figure: no statement, and the texts name none.
        expect(stated, city.id).toEqual([]);
        expect(`${city.descriptions.en} ${city.summaries.en ?? ''}`, city.id).not.toMatch(/inhabitants/u);
        continue;
      }
      expect(stated, city.id).toHaveLength(1);
      const [s] = stated as [Statement];
      expect(s.asOf, city.id).toBe(entry.year);
      expect(s.at, city.id).toBeUndefined();
      expect(s.source, city.id).toBe(entry.page);
      expect('quantity' in s.value && s.value.quantity, city.id).toBe(entry.population);
      expect(
        city.sources.map((source) => source.url),
        city.id,
      ).toContain(entry.page);
      // The texts give its year, not GeoNames' extract's (a figure under a thousand they leave out).
      if (/inhabitants/u.test(city.descriptions.en ?? ''))
        expect(city.descriptions.en, city.id).toContain(`(${(entry.year as string).slice(0, 4)})`);
    }
    // Every city of the pack has an entry, with a figure or the reason for none.
    expect(cities.entities.filter((e) => !byId.has(e.id)).map((e) => e.id)).toEqual([]);
    // Their texts name no figure either, where they have none.
    for (const id of ['kingston-jamaica', 'nanchong', 'taipei'].filter((id) => !byId.get(id)?.population)) {
      const city = cities.entities.find((e) => e.id === id) as Entity;
      for (const lang of LANGUAGES)
        expect(`${city.descriptions[lang]} ${city.summaries[lang] ?? ''}`, `${id} ${lang}`).not.toMatch(/\d/);
    }
    const open = both().flatMap(({ entity }) =>
      entity.statements
        .filter((s) => PROPERTIES[s.property].volatile && !s.end && !s.at)
        .filter((s) => !s.asOf || !s.source)
        .map((s) => `${entity.id}: ${s.property}`),
    );
    expect(open).toEqual([]);
  });

  it('give most countries an adjective in the shape each language needs', () => {
    const withAdjective = world.entities.filter((e) => Object.keys(e.adjective).length > 0);
    expect(withAdjective.length).toBeGreaterThan(200);
    for (const entity of withAdjective) {
      const { nl, en, fr, de } = entity.adjective;
      if (nl)
        expect(nl.length === 2 && nl[1]?.endsWith('e') && /^\p{Lu}/u.test(nl[0] ?? ''), entity.id).toBe(true);
      if (en) expect(en.length === 1 && /^\p{Lu}/u.test(en[0] ?? ''), entity.id).toBe(true);
      if (fr) expect(fr.length === 2 && /^\p{Ll}/u.test(fr[0] ?? ''), entity.id).toBe(true);
      if (de) expect(de.length === 1 && /^\p{Ll}/u.test(de[0] ?? ''), entity.id).toBe(true);
    }
    const netherlands = world.entities.find((e) => e.id === 'netherlands');
    expect(netherlands?.adjective).toEqual({
      nl: ['Nederlands', 'Nederlandse'],
      en: ['Dutch'],
      fr: ['néerlandais', 'néerlandaise'],
      de: ['niederländisch'],
    });
    expect(cities.entities.every((e) => Object.keys(e.adjective).length === 0)).toBe(true);
  });
});
