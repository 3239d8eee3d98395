/** Pack format version 2: statements validated, rendered as fact lines in four languages, names bound to a language. */
import { describe, expect, it } from 'vitest';
import { createAnnotator } from '../../../src/core/engine/reference';
import { compilePacks } from '../../../src/core/kb/compile';
import { entity, pack, packV2 } from '../pack-fixtures';

const SOURCE = 'https://en.wikipedia.org/wiki/Example';
const presidentOfSyria = {
  id: 'president-of-syria',
  qid: null,
  kind: 'office',
  labels: {
    nl: 'president van Syrië',
    en: 'President of Syria',
    fr: 'président de la Syrie',
    de: 'Präsident Syriens',
  },
  femaleLabels: { fr: 'présidente de la Syrie', de: 'Präsidentin Syriens' },
};

const errorsOf = (statements: unknown[], classes: Record<string, unknown>[] = [presidentOfSyria]) =>
  compilePacks([
    { file: 'p.json', data: packV2('p', [entity('syria'), entity('assad', { statements })], classes) },
  ]).errors.map(({ field, code, message }) => `${field}|${code}|${message}`);

describe('statements: validation', () => {
  it('accepts a well-formed statement of every kind of value', () => {
    expect(
      errorsOf([
        {
          property: 'position-held',
          value: { entity: 'president-of-syria' },
          start: '2000-07-17',
          end: '2024-12-08',
        },
        { property: 'born', value: { date: '1965-09-11' } },
        { property: 'member-count', value: { quantity: 193 }, asOf: '2025-06', source: SOURCE },
        { property: 'coordinates', value: { coordinates: { lat: 33.5, lon: 36.3 } } },
        {
          property: 'significant-event',
          value: { text: { en: 'Exile', nl: 'Ballingschap' } },
          start: '2024-12-08',
        },
        { property: 'iso-3166-1-alpha-2', value: { code: 'SY' } },
        { property: 'citizenship', value: { entity: 'syria' } },
      ]),
    ).toEqual([]);
  });

  it('names every problem, each at its statement: property, value, dates, volatile facts, references', () => {
    expect(
      errorsOf([
        { property: 'office', value: { text: { en: 'President' } } },
        { property: 'born', value: { entity: 'syria' } },
        { property: 'position-held', value: { entity: 'president-of-syria' }, start: '2024', end: '2000' },
        { property: 'headquarters', value: { entity: 'syria' } },
        { property: 'position-held', value: { entity: 'king-of-syria' }, end: '1920' },
        { property: 'born', value: { date: 'yesterday' } },
        { property: 'sex-or-gender', value: { code: 'man' } },
        { property: 'founded', value: { date: '1945' }, label: { en: 'founded' } },
      ]),
    ).toEqual([
      'statements.0.property|notProperty|must be a property of the vocabulary (docs/pack-format.md)',
      'statements.1|valueKind|"born" takes a value of kind date',
      'statements.2|endBeforeStart|"end" must not be before "start"',
      'statements.3|volatileAsOf|a statement whose value can change needs "asOf" while it is open (no "end" or "at")',
      'statements.3|volatileSource|a statement whose value can change needs a "source" while it is open (no "end" or "at")',
      'statements.5.value.date|isoDate|must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)',
      'statements.6|genderCode|"sex-or-gender" takes a code: female, male, intersex',
      'statements.7|labelOnlyNote|"label" is only for "note" statements',
    ]);
    // A statement that passes the schema but names nothing the packs have: the cross-pack check finds it.
    expect(
      errorsOf([{ property: 'position-held', value: { entity: 'king-of-syria' }, end: '1920' }]),
    ).toEqual(['statements.0.value.entity|statementUnknown|names unknown entity or class "king-of-syria"']);
  });

  it('refuses a class id that an entity or another class already has', () => {
    const { errors } = compilePacks([
      {
        file: 'p.json',
        data: packV2(
          'p',
          [entity('syria')],
          [presidentOfSyria, { ...presidentOfSyria }, { ...presidentOfSyria, id: 'syria' }],
        ),
      },
    ]);
    expect(errors.map(({ field, code }) => `${field}|${code}`)).toEqual([
      'classes.1.id|duplicateClassId',
      'classes.2.id|duplicateClassId',
    ]);
  });
});

describe('statements: fact lines', () => {
  const { index } = compilePacks([
    {
      file: 'p.json',
      data: packV2(
        'p',
        [
          entity('syria', { labels: { nl: 'Syrië', en: 'Syria', fr: 'Syrie', de: 'Syrien' } }),
          entity('najat', {
            type: 'person',
            statements: [
              { property: 'sex-or-gender', value: { code: 'female' } },
              {
                property: 'position-held',
                value: { entity: 'president-of-syria' },
                start: '2030',
                note: { en: 'acting', fr: 'par intérim', nl: 'waarnemend', de: 'kommissarisch' },
                asOf: '2031',
                source: SOURCE,
              },
              { property: 'citizenship', value: { entity: 'syria' } },
              { property: 'born', value: { date: '1980-02' } },
            ],
          }),
        ],
        [presidentOfSyria],
      ),
    },
  ]);
  const facts = index!.entities['najat']!.facts;

  it('renders each shown statement in every language: the property, the value, the note; a woman’s office', () => {
    expect(facts.map((fact) => fact.lines)).toEqual([
      {}, // sex-or-gender: no line of its own; it makes the office a woman's
      {
        nl: { value: 'President van Syrië (waarnemend)' },
        en: { value: 'President of Syria (acting)' },
        fr: { value: 'Présidente de la Syrie (par intérim)' },
        de: { value: 'Präsidentin Syriens (kommissarisch)' },
      },
      {
        nl: { key: 'Nationaliteit', value: 'Syrië' },
        en: { key: 'Citizenship', value: 'Syria' },
        fr: { key: 'Nationalité', value: 'Syrie' },
        de: { key: 'Staatsangehörigkeit', value: 'Syrien' },
      },
      {
        nl: { key: 'Geboren', value: 'februari 1980' },
        en: { key: 'Born', value: 'February 1980' },
        fr: { key: 'Naissance', value: 'février 1980' },
        de: { key: 'Geboren', value: 'Februar 1980' },
      },
    ]);
  });

  it('keeps the dates for the card to weigh, and the entity a value names', () => {
    expect(facts[1]).toMatchObject({
      property: 'position-held',
      start: '2030',
      asOf: '2031',
      source: SOURCE,
    });
    expect(facts[1]).not.toHaveProperty('entity'); // an office is a class, not a card to open
    expect(facts[2]).toMatchObject({ entity: 'syria' });
    expect(facts[3]).toMatchObject({ date: '1980-02' });
  });

  it('renders a description where the pack wrote none, and keeps a hand-written one', () => {
    expect(index!.entities['najat']!.descriptions.de).toBe('Präsidentin Syriens seit 2030 (Stand 2031)');
    expect(index!.entities['syria']!.descriptions).toEqual({ nl: 'Beschrijving van syria.' });
  });
});

describe('names know their language', () => {
  const india = (aliases: Record<string, unknown>) =>
    entity('india', {
      labels: { nl: 'India', en: 'India', fr: 'Inde', de: 'Indien' },
      aliases,
    });
  const annotate = (data: unknown, text: string, language: 'nl' | 'de') => {
    const { index, errors } = compilePacks([{ file: 'p.json', data }]);
    expect(errors).toEqual([]);
    return createAnnotator(index!)
      .annotate(text, { language })
      .map((mention) => text.slice(mention.start, mention.end));
  };

  it('matches a name only in articles of its language: Dutch "Indien" is "if", German "Indien" is India', () => {
    const data = packV2('p', [india({})]);
    expect(annotate(data, 'Indien de regering valt, stemt India opnieuw.', 'nl')).toEqual(['India']);
    expect(annotate(data, 'Indien wählt ein neues Parlament.', 'de')).toEqual(['Indien']);
  });

  it('matches a name marked for every language in every article', () => {
    const data = packV2('p', [
      entity('hezbollah', {
        labels: { en: 'Hezbollah' },
        aliases: { en: [{ text: 'Hezbollah', anyLanguage: true }] },
      }),
    ]);
    expect(annotate(data, 'Hezbollah trok zich terug.', 'nl')).toEqual(['Hezbollah']);
    const bound = packV2('p', [entity('hezbollah', { labels: { en: 'Hezbollah' } })]);
    expect(annotate(bound, 'Hezbollah trok zich terug.', 'nl')).toEqual([]);
  });

  it('matches every name of a version 1 pack in every language, as version 1 did', () => {
    expect(annotate(pack('p', [india({})]), 'Indien de regering valt.', 'nl')).toEqual(['Indien']);
  });
});
