import { describe, expect, it } from 'vitest';
import {
  addDetails,
  cardFromStub,
  separateDetails,
  stubsOf,
  withEmptyDetails,
} from '../../../src/core/kb/card-details';
import { compilePacks } from '../../../src/core/kb/compile';
import { entity, pack } from '../pack-fixtures';

const INDEX = compilePacks([
  {
    file: 'syria.json',
    data: pack('syria', [
      entity('yarmouk', { labels: { nl: 'Yarmouk' }, summaries: { nl: 'Een wijk van Damascus.' } }),
      entity('sohr', {
        labels: { en: 'SOHR' },
        related: ['yarmouk'],
        facts: [
          { key: 'founded', value: '2006', asOf: '2018-05-21' },
          { key: 'director', value: 'Rami Abdulrahman', from: '2006', asOf: '2018-05-21' },
        ],
      }),
    ]),
  },
]).index!;

describe('card details', () => {
  it('leave the cards file, and come back whole', () => {
    const { cards, details } = separateDetails(INDEX);
    expect(cards.aliases).toEqual([]);
    for (const card of Object.values(cards.entities)) {
      expect(card).not.toHaveProperty('summaries');
      expect(card).not.toHaveProperty('sources');
    }
    expect(details['yarmouk']).toEqual({
      summaries: { nl: 'Een wijk van Damascus.' },
      sources: [{ url: 'https://example.org/source', title: 'Bron' }],
    });
    expect(Object.keys(details)).toEqual(['yarmouk', 'sohr']);
    // As the background reads them: the cards file parsed, its cards given empty details, then their own.
    const parsed = withEmptyDetails(JSON.parse(JSON.stringify(cards)));
    expect(parsed.entities['yarmouk']).toMatchObject({ summaries: {}, sources: [] });
    const whole = Object.fromEntries(
      Object.entries(parsed.entities).map(([id, card]) => [id, addDetails(card, details[id])]),
    );
    expect(whole).toEqual(INDEX.entities);
    expect({ ...parsed, entities: whole }).toEqual({ ...INDEX, aliases: [] });
  });

  it('leave a card without details as it is', () => {
    const card = INDEX.entities['sohr']!;
    expect(addDetails(card, undefined)).toBe(card);
  });

  it('keep in a stub what resolving and painting need: type, pack, names, related entities, dated facts', () => {
    const sohr = INDEX.entities['sohr']!;
    const stub = stubsOf(INDEX.entities)['sohr']!;
    expect(stub).toEqual({
      type: sohr.type,
      packId: 'syria',
      labels: { en: 'SOHR' },
      related: ['yarmouk'],
      facts: [{ property: 'note', start: '2006', lines: {} }],
    });
    expect(sohr.facts[1]).toMatchObject({ property: 'note', start: '2006' });
    // A card from its stub alone: the rest empty until the whole card comes.
    expect(cardFromStub('sohr', stub)).toEqual({
      ...sohr,
      facts: [{ property: 'note', start: '2006', lines: {} }],
      descriptions: {},
      summaries: {},
      sources: [],
      reviewed: '',
    });
  });
});
