import { describe, expect, it } from 'vitest';
import type { GoldName } from '../../scripts/lib/corpora';
import { placementOf } from '../../scripts/lib/corpus-evaluation';

/** The span of `words` in `text`. */
function span(text: string, words: string): { start: number; end: number } {
  const start = text.indexOf(words);
  return { start, end: start + words.length };
}

describe('placementOf', () => {
  const text = 'M. Mercier, notre ambassadeur à Madrid, et le président Chirac au bord du lac de Neuchâtel.';
  const envoy: GoldName = {
    ...span(text, 'M. Mercier, notre ambassadeur à Madrid'),
    type: 'PER',
    qid: 'Q9',
    nameParts: [span(text, 'Mercier')],
  };
  const president: GoldName = {
    ...span(text, 'le président Chirac'),
    type: 'PER',
    qid: 'Q2105',
    nameParts: [span(text, 'Chirac')],
  };
  const lake: GoldName = {
    ...span(text, 'lac de Neuchâtel'),
    type: 'LOC',
    qid: 'Q185566',
    nameParts: [span(text, 'Neuchâtel')],
  };
  const gold = [envoy, president, lake];
  const nested: GoldName[] = [
    { ...span(text, 'Madrid'), type: 'LOC' },
    { ...span(text, 'Neuchâtel'), type: 'LOC' },
  ];

  it("counts a mention's name part linked to the mention's own item as the whole name", () => {
    expect(placementOf(text, span(text, 'Chirac'), gold, nested, { qid: 'Q2105', type: 'person' })).toBe(
      'whole',
    );
    // Another item: the town in the lake's name, or a namesake of the person.
    expect(placementOf(text, span(text, 'Neuchâtel'), gold, nested, { qid: 'Q69', type: 'place' })).toBe(
      'nested',
    );
    expect(placementOf(text, span(text, 'Chirac'), gold, nested, { qid: 'Q1', type: 'person' })).toBe(
      'nested',
    );
    expect(placementOf(text, span(text, 'Chirac'), gold, nested)).toBe('nested');
  });

  it('counts a name nested in the words about a person, linked to an entity of its kind, as a whole name', () => {
    expect(placementOf(text, span(text, 'Madrid'), gold, nested, { qid: 'Q2807', type: 'place' })).toBe(
      'whole',
    );
    expect(placementOf(text, span(text, 'Madrid'), gold, nested, { qid: null, type: 'person' })).toBe(
      'nested',
    );
    // Not nested in a place's name, nor in a person's mention whose own name the corpus does not mark.
    const unmarked = gold.map((name) => (name === envoy ? { ...envoy, nameParts: undefined } : name));
    expect(placementOf(text, span(text, 'Madrid'), unmarked, nested, { qid: null, type: 'place' })).toBe(
      'nested',
    );
  });

  it('counts a name joined by a hyphen to a lower-case word as a compound, not to a capitalised one', () => {
    const compounds = "l'Autriche-Hongrie, la Grande-Russie, outre-Rhin, les VLD-lijst";
    const gold: GoldName[] = ['Autriche-Hongrie', 'Grande-Russie', 'outre-Rhin', 'VLD-lijst'].map(
      (words) => ({
        ...span(compounds, words),
        type: 'LOC',
      }),
    );
    expect(placementOf(compounds, span(compounds, 'Hongrie'), gold)).toBe('nested');
    expect(placementOf(compounds, span(compounds, 'Russie'), gold)).toBe('nested');
    expect(placementOf(compounds, span(compounds, 'Rhin'), gold)).toBe('compound');
    expect(placementOf(compounds, span(compounds, 'VLD'), gold)).toBe('compound');
  });

  it('still sorts the other highlights as before', () => {
    expect(placementOf(text, span(text, 'lac de Neuchâtel'), gold, nested)).toBe('whole');
    expect(placementOf(text, span(text, 'notre ambassadeur'), gold, nested)).toBe('nested');
    expect(placementOf(text, span(text, 'Madrid, et'), gold, nested)).toBe('past');
    expect(placementOf(text, span(text, 'bord'), gold, nested)).toBe('none');
  });
});
