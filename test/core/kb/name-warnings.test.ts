import { describe, expect, it } from 'vitest';
import { nameWarnings, withoutWarnedNames } from '../../../src/core/kb/name-warnings';

const pack = {
  format: 'backstory-pack',
  version: 2,
  id: 'glossary-test',
  entities: [
    {
      id: 'klaverveld',
      labels: { nl: 'Stichting Klaverveld' },
      aliases: { nl: ['Klaverveld', 'and', { text: 'X' }, { text: 'y'.repeat(120) }] },
    },
    { id: 'de', labels: { nl: 'De' }, aliases: {} },
    { id: 'fine', labels: { nl: 'Kwartelpoort' }, aliases: { nl: ['KWP'] } },
  ],
};

describe('names that would underline ordinary text (issue #22)', () => {
  it('warns about function words of any language, single characters and over-long names', () => {
    expect(
      nameWarnings(pack).map(({ entityId, text, kind, reason }) => [
        entityId,
        text.slice(0, 5),
        kind,
        reason,
      ]),
    ).toEqual([
      ['klaverveld', 'and', 'alias', 'common-word'],
      ['klaverveld', 'X', 'alias', 'single-character'],
      ['klaverveld', 'yyyyy', 'alias', 'too-long'],
      ['de', 'De', 'label', 'common-word'],
    ]);
  });

  it('imports without them on request: warned aliases dropped, an entity named by one left out', () => {
    const cleaned = withoutWarnedNames(pack, nameWarnings(pack)) as typeof pack;
    expect(cleaned.entities.map((entity) => entity.id)).toEqual(['klaverveld', 'fine']);
    expect(cleaned.entities[0]!.aliases.nl).toEqual(['Klaverveld']);
    expect(cleaned.entities[1]!.aliases).toEqual({ nl: ['KWP'] });
  });

  it('says nothing about a pack without such names, or about something that is no pack', () => {
    expect(nameWarnings({ entities: [pack.entities[2]] })).toEqual([]);
    expect(nameWarnings(null)).toEqual([]);
    expect(nameWarnings({ entities: 'no' })).toEqual([]);
  });
});
