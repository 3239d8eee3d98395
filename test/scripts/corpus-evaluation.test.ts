import { describe, expect, it } from 'vitest';
import { placementOf } from '../../scripts/lib/corpus-evaluation';
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
