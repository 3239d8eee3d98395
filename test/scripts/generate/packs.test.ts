/**
 * The committed generated packs (assets/packs/world.json and cities.json): complete, valid together, and
 * holding the ids other packs rely on. Reads the committed JSON only; no generator or apt package is run.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { compilePacks } from '../../../src/core/kb/compile';
import { LANGUAGES, type Pack } from '../../../src/core/kb/schema';
import { validatePack } from '../../../src/core/kb/validate';
import { nameKey } from '../../../scripts/generate/lib/text';

const require = createRequire(import.meta.url);
const FILES = ['assets/packs/world.json', 'assets/packs/cities.json'];
const raw = FILES.map((file) => ({ file, data: JSON.parse(readFileSync(file, 'utf8')) as unknown }));
const [world, cities] = raw.map(({ file, data }) => validatePack(file, data).pack as Pack) as [Pack, Pack];

describe('world and cities packs', () => {
  it('compile together without errors and without the syria pack', () => {
    const { index, errors } = compilePacks(raw);
    expect(errors).toEqual([]);
    expect(index?.packs.map((p) => p.id)).toEqual(['world', 'cities']);
  });

  it('world has every ISO 3166-1 alpha-2 code', () => {
    const iso = require('i18n-iso-countries') as { getAlpha2Codes(): Record<string, string> };
    const codes = new Set(
      world.entities.flatMap((e) => e.facts.filter((f) => f.key === 'ISO 3166-1 code').map((f) => f.value)),
    );
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

  it('stays small enough to ship', () => {
    expect(readFileSync(FILES[0] as string).length).toBeLessThan(1_500_000);
    expect(readFileSync(FILES[1] as string).length).toBeLessThan(1_000_000);
  });
});
