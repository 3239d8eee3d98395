import { describe, expect, it } from 'vitest';
import type { CardFact } from '../../src/core/kb/index-format';
import { factText, sinceArticle } from '../../src/sidepanel/timeline';
import { card } from '../content/card-fixture';

function fact(value: string, start?: string, end?: string): CardFact {
  return {
    property: 'position-held',
    lines: { en: { key: 'Office:', value }, nl: { key: 'Ambt:', value: `${value} (nl)` } },
    ...(start && { start }),
    ...(end && { end }),
  } as CardFact;
}

describe('sinceArticle: what changed after the article', () => {
  const assad = {
    ...card('bashar-al-assad', 'person'),
    facts: [fact('President of Syria', '2000-07-17', '2024-12-08')],
  };
  const army = { ...card('syrian-arab-army', 'organisation'), facts: [fact('Army', '1946', '2025-01')] };
  const town = { ...card('yarmouk', 'place'), facts: [fact('Camp', '1957', '2018-05')] };

  it('lists the facts that began or ended after the article, latest first', () => {
    const changes = sinceArticle([assad, army, town], '2018-05-21');
    expect(changes.map((c) => [c.card.id, c.date, c.edge])).toEqual([
      ['syrian-arab-army', '2025-01', 'to'],
      ['bashar-al-assad', '2024-12-08', 'to'],
    ]);
  });

  it('leaves out a partial date that may be the article’s own period, and everything for an undated article', () => {
    expect(sinceArticle([town], '2018-05-21')).toEqual([]);
    expect(sinceArticle([town], '2018-04-30').map((c) => c.date)).toEqual(['2018-05']);
    expect(sinceArticle([assad, army], null)).toEqual([]);
  });

  it('writes the fact as the card does, in the reader’s language', () => {
    expect(factText(fact('President of Syria'), 'en')).toBe('Office: President of Syria');
    expect(factText(fact('President of Syria'), 'nl')).toBe('Ambt: President of Syria (nl)');
  });
});
