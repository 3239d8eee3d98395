import { describe, expect, it } from 'vitest';
import { kindFits, placementOf } from '../../scripts/lib/corpus-evaluation';
import type { GoldName } from '../../scripts/lib/corpora';

/** The placement of the highlight `highlight` (its first occurrence) against gold names given as their texts. */
function place(text: string, highlight: string, gold: (string | [string, Partial<GoldName>])[]): string {
  const start = text.indexOf(highlight);
  const names = gold.map((entry) => {
    const [name, extra] = typeof entry === 'string' ? [entry, {}] : entry;
    const at = text.indexOf(name);
    return { start: at, end: at + name.length, type: 'LOC' as const, ...extra };
  });
  return placementOf(text, { start, end: start + highlight.length }, names);
}

describe('placementOf', () => {
  it.each([
    ['Berlin (dpa) Heute', 'Berlin', ['Berlin'], 'whole'],
    ['Die Universität Gießen lehrt', 'Gießen', ['Universität Gießen'], 'nested'],
    ['Die Lage in Brandenburg an der Havel', 'Brandenburg an der Havel', ['Brandenburg'], 'past'],
    ['Die Lage in Berlin', 'Lage', ['Berlin'], 'none'],
    ['Der VLD-lijst', 'VLD', ['VLD-lijst'], 'compound'],
    ['Der US-Präsident', 'US', [['US-Präsident', { part: true }]], 'compound'],
    // GermEval tags the token; its derived word loses its hyphen in the rebuilt text.
    ['zur U.S. amerikanischen Oper', 'U.S.', [['U.S. amerikanischen', { part: true }]], 'compound'],
    // One token, one gold name for two names.
    ['München/Hamburg (dpa) Heidi', 'München', ['München/Hamburg'], 'whole'],
    ['München/Hamburg (dpa) Heidi', 'Hamburg', ['München/Hamburg'], 'whole'],
    ['Santa Cruz/Madrid - So kalt', 'Santa Cruz', ['Santa Cruz/Madrid'], 'whole'],
    ['AFP/SID/Miguel Riopa Grund', 'SID', ['AFP/SID/Miguel Riopa'], 'whole'],
    ['das Kraftwerk Völklingen/Fenne', 'Völklingen', ['Kraftwerk Völklingen/Fenne'], 'nested'],
    ['die Strecke Zürich / Bern', 'Zürich', ['Strecke Zürich / Bern'], 'nested'],
  ] as const)('%s: "%s" → %s', (text, highlight, gold, expected) => {
    expect(place(text, highlight, [...gold] as (string | [string, Partial<GoldName>])[])).toBe(expected);
  });
});

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

describe('kindFits', () => {
  it.each([
    // "Präsident Cleveland", "Sydney und Miss Parker": a person's name linked to a place is no name of the data's.
    ['PER', 'place', undefined, false],
    ['PER', 'organisation', undefined, false],
    ['PER', 'person', undefined, true],
    // "van der Straeten" tagged ORG: a firm's name linked to a person.
    ['ORG', 'person', undefined, false],
    // GermEval tags a tournament ORG, CoNLL a club named after its town ORG: those lines are left to the corpora.
    ['ORG', 'event', undefined, true],
    ['ORG', 'place', undefined, true],
    ['LOC', 'organisation', undefined, true],
    ['MISC', 'work', undefined, true],
    // A word derived from a person's name or holding one (GermEval's PERderiv, PERpart) may be anything's.
    ['MISC', 'person', true, true],
  ] as const)('%s linked to a %s (part: %s) → %s', (type, entityType, part, expected) => {
    expect(kindFits({ type, part }, entityType)).toBe(expected);
  });
});

describe('placementOf: names joined by hyphens in one gold name (session 31)', () => {
  it.each([
    // CoNLL tags the token, one name for several: each part highlighted whole is a whole name.
    [
      'near the Costa Rica-Nicaragua border',
      'Nicaragua',
      'Costa Rica-Nicaragua',
      ['Costa Rica', 'Nicaragua'],
      'whole',
    ],
    [
      'the Amsterdam-Rotterdam-Antwerp area',
      'Rotterdam',
      'Amsterdam-Rotterdam-Antwerp',
      ['Amsterdam', 'Rotterdam', 'Antwerp'],
      'whole',
    ],
    ['the Iraq-U.N. memorandum', 'U.N.', 'Iraq-U.N.', ['Iraq', 'U.N.'], 'whole'],
    // Not where a part is no highlighted name: a compound or a longer name.
    ['the Israel-PLO talks', 'Israel', 'Israel-PLO', ['Israel'], 'nested'],
    ['Die EU-Kommission tagte', 'EU', 'EU-Kommission', ['EU'], 'nested'],
    [
      'AGENT - Tokyo-Mitsubishi Bank TYPE',
      'Tokyo',
      'Tokyo-Mitsubishi Bank',
      ['Tokyo', 'Mitsubishi'],
      'nested',
    ],
  ] as const)('%s: "%s" of "%s"', (text, highlight, goldText, shown, expected) => {
    const gold: GoldName[] = [{ ...span(text, goldText), type: 'LOC' }];
    const highlighted = new Set(shown.map((name) => `${span(text, name).start}:${span(text, name).end}`));
    expect(
      placementOf(text, span(text, highlight), gold, [], undefined, (start, end) =>
        highlighted.has(`${start}:${end}`),
      ),
    ).toBe(expected);
  });
});
