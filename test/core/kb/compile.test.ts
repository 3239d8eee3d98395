import { describe, expect, it } from 'vitest';
import { compilePacks, formatPackErrors } from '../../../src/core/kb/compile';
import { kbProblem } from '../../../src/core/kb/errors';
import { entity, pack, packV2 } from '../pack-fixtures';

const SOURCE = 'https://en.wikipedia.org/wiki/Example';

describe('compilePacks', () => {
  it('flattens labels and aliases per language, without exact repeats', () => {
    const { index, errors } = compilePacks([
      {
        file: 'a.json',
        data: packV2('syria-2018', [
          entity('sana', {
            labels: { nl: 'Sana', en: 'SANA' },
            aliases: {
              nl: ['Sana', { text: 'Sana', needsContext: true }, { text: 'SANA', caseSensitive: true }],
            },
            cues: { nl: ['Agentschap', 'agentschap', 'Persbureau'] },
            statements: [{ property: 'coordinates', value: { coordinates: { lat: 33.5, lon: 36.3 } } }],
          }),
        ]),
      },
    ]);
    expect(errors).toEqual([]);
    expect(index?.aliases.map((a) => [a.lang, a.text, a.caseSensitive, a.needsContext])).toEqual([
      ['nl', 'Sana', false, false],
      ['nl', 'Sana', false, true],
      ['nl', 'SANA', true, false],
      ['en', 'SANA', true, false],
    ]);
    expect(index?.cues).toEqual({ sana: { nl: ['agentschap', 'persbureau'] } });
    expect(index?.entities.sana).toMatchObject({
      id: 'sana',
      packId: 'syria-2018',
      coordinates: { lat: 33.5, lon: 36.3 },
    });
    expect(index?.packs).toEqual([
      { id: 'syria-2018', title: { nl: 'syria-2018' }, license: 'CC0-1.0', entities: 1 },
    ]);
  });

  it('lets a label take the hints of an alias with the same text, so a display name can be ambiguous', () => {
    const { index } = compilePacks([
      {
        file: 'a.json',
        data: packV2('syria-2018', [
          entity('belga', {
            labels: { nl: 'Belga', en: 'Belga' },
            aliases: { nl: [{ text: 'Belga', needsContext: true }, 'Persagentschap Belga'] },
          }),
        ]),
      },
    ]);
    expect(index?.aliases.map((a) => [a.lang, a.text, a.needsContext])).toEqual([
      ['nl', 'Belga', true],
      ['nl', 'Persagentschap Belga', false],
      ['en', 'Belga', true],
    ]);
  });

  it('keeps a label matching in its own language where an alias of another language has its text and hints', () => {
    // Brands list their acronym once, in English, with its case: the German label "HSBC" must still match in German.
    // Where an alias of another language already matches in every language, the label is that alias.
    const { index } = compilePacks([
      {
        file: 'a.json',
        data: packV2('brands', [
          entity('hsbc', {
            labels: { en: 'HSBC', de: 'HSBC' },
            aliases: { en: [{ text: 'HSBC', caseSensitive: true }] },
          }),
          entity('national-assembly-france', {
            labels: { fr: 'Assemblée nationale', en: 'National Assembly' },
            aliases: { en: [{ text: 'Assemblée nationale', anyLanguage: true }] },
          }),
        ]),
      },
    ]);
    expect(index?.aliases.map((a) => [a.lang, a.text, a.caseSensitive, a.anyLanguage ?? false])).toEqual([
      ['en', 'HSBC', true, false],
      ['de', 'HSBC', true, false],
      ['en', 'National Assembly', false, false],
      ['en', 'Assemblée nationale', false, true],
    ]);
  });

  it('carries the personName hint, to a label of the same text too, and leaves it off plain names', () => {
    const { index } = compilePacks([
      {
        file: 'a.json',
        data: packV2('cities', [
          entity('paris', {
            type: 'place',
            labels: { en: 'Paris', nl: 'Parijs' },
            aliases: { en: [{ text: 'Paris', personName: true }] },
          }),
        ]),
      },
    ]);
    expect(index?.aliases.map((a) => [a.lang, a.text, a.personName ?? false])).toEqual([
      ['nl', 'Parijs', false],
      ['en', 'Paris', true],
    ]);
  });

  it('reports every schema problem at once, with file, entity and field', () => {
    const broken = pack('p', [
      entity('sana', {
        descriptions: { nl: 'x'.repeat(141) },
        aliases: { nl: ['Sana', { text: 'Sana', needsContext: 'yes' }, { text: '' }, 5] },
        colour: 'red',
      }),
      entity('assad', { type: 'people', labels: { nld: 'Assad' } }),
      { qid: null },
    ]);
    const { index, errors } = compilePacks([{ file: 'assets/packs/p.json', data: broken }]);
    expect(index).toBeNull();
    const lines = errors.map((e) => `${e.file}|${e.entityId}|${e.field}|${e.message}`);
    expect(lines).toEqual(
      expect.arrayContaining([
        'assets/packs/p.json|sana|descriptions.nl|must be at most 140 characters',
        'assets/packs/p.json|sana|aliases.nl.1.needsContext|must be true or false, not "yes"',
        'assets/packs/p.json|sana|aliases.nl.3|must be a name or an object with "text", not 5',
        'assets/packs/p.json|sana|aliases.nl.2.text|must not be empty',
        'assets/packs/p.json|sana|colour|is not a known field',
        'assets/packs/p.json|assad|type|must be one of person, organisation, place, event, group, work, concept',
        'assets/packs/p.json|assad|labels.nld|is not a language of the format (nl, en, fr, de)',
        'assets/packs/p.json|null|entities.2.id|is required',
        'assets/packs/p.json|null|entities.2.sources|is required',
      ]),
    );
  });

  it('reports pack-level problems without an entity', () => {
    const { errors } = compilePacks([{ file: 'p.json', data: { ...pack('Bad Id', []), version: 3 } }]);
    expect(errors).toEqual([
      {
        file: 'p.json',
        entityId: null,
        field: 'id',
        code: 'packIdFormat',
        params: [],
        message: 'must be kebab-case ascii',
      },
      {
        file: 'p.json',
        entityId: null,
        field: 'version',
        code: 'packVersion',
        params: [],
        message: 'must be 2 (or 1, the older format a glossary may still use)',
      },
    ]);
  });

  it('checks across packs: duplicate ids, unknown related ids, missing labels, unmatchable names', () => {
    const { index, errors } = compilePacks([
      { file: 'a.json', data: pack('a', [entity('damascus', { related: ['syria', 'nowhere'] })]) },
      {
        file: 'b.json',
        data: pack('a', [
          entity('damascus'),
          entity('syria', { labels: {}, aliases: { nl: ['Syrië', '—'] } }),
        ]),
      },
    ]);
    expect(index).toBeNull();
    expect(errors).toEqual([
      {
        file: 'b.json',
        entityId: null,
        field: 'id',
        code: 'duplicatePackId',
        params: ['a.json'],
        message: 'duplicate pack id (also a.json)',
      },
      {
        file: 'b.json',
        entityId: 'damascus',
        field: 'id',
        code: 'duplicateEntityId',
        params: ['a.json'],
        message: 'duplicate entity id (first in a.json)',
      },
      {
        file: 'a.json',
        entityId: 'damascus',
        field: 'related.1',
        code: 'relatedUnknown',
        params: ['nowhere'],
        message: 'refers to unknown entity "nowhere"',
      },
      {
        file: 'b.json',
        entityId: 'syria',
        field: 'labels',
        code: 'noLabel',
        params: [],
        message: 'needs a label in at least one language',
      },
      {
        file: 'b.json',
        entityId: 'syria',
        field: 'aliases.nl.1',
        code: 'noLetters',
        params: [],
        message: 'has no letters or digits',
      },
    ]);
  });

  it('reports invalid packs alongside valid ones and compiles nothing', () => {
    const { index, errors } = compilePacks([
      { file: 'ok.json', data: pack('ok', [entity('damascus')]) },
      { file: 'bad.json', data: 'not a pack' },
    ]);
    expect(index).toBeNull();
    expect(errors.map((e) => e.file)).toEqual(['bad.json']);
  });
});

describe("the date of a pack's data", () => {
  const member = (asOf: string) => ({
    property: 'member-count',
    value: { quantity: 1 },
    asOf,
    source: SOURCE,
  });
  it('is the latest asOf of its statements, on the pack and on each of its cards', () => {
    const { index } = compilePacks([
      {
        file: 'a.json',
        data: packV2('dated', [
          entity('x', { type: 'organisation', statements: [member('2022-08-02'), member('2019')] }),
          entity('y', { type: 'organisation', statements: [member('2024-01')] }),
        ]),
      },
      { file: 'b.json', data: packV2('undated', [entity('z')]) },
    ]);
    expect(index?.packs.map((p) => [p.id, p.asOf])).toEqual([
      ['dated', '2024-01'],
      ['undated', undefined],
    ]);
    expect(index?.entities.x?.packAsOf).toBe('2024-01');
    expect(index?.entities.z && 'packAsOf' in index.entities.z).toBe(false);
  });
});

describe('formatPackErrors', () => {
  it('prints one readable line per error', () => {
    expect(
      formatPackErrors([
        {
          file: 'assets/packs/x.json',
          entityId: 'sana',
          field: 'descriptions.nl',
          ...kbProblem('tooLong', 140),
        },
        { file: 'assets/packs/x.json', entityId: null, field: 'license', ...kbProblem('empty') },
        { file: 'assets/packs/y.json', entityId: null, field: '', ...kbProblem('notJson', 'Unexpected end') },
      ]),
    ).toBe(
      [
        'assets/packs/x.json: entity "sana": descriptions.nl: must be at most 140 characters',
        'assets/packs/x.json: license: must not be empty',
        'assets/packs/y.json: is not valid JSON (Unexpected end)',
      ].join('\n'),
    );
  });
});
