import { describe, expect, it } from 'vitest';
import { factsAsOf, period } from '../../../src/core/resolve/facts';
import type { CardFact } from '../../../src/core/kb/index-format';

const office: CardFact = {
  property: 'position-held',
  lines: { en: { value: 'President of Syria' } },
  start: '2000-07-17',
  end: '2024-12-08',
};
const exile: CardFact = {
  property: 'significant-event',
  lines: { en: { value: 'Exile in Russia' } },
  start: '2024-12-08',
  asOf: '2026-11-24',
};
const born: CardFact = { property: 'born', lines: { en: { key: 'Born', value: '1965' } }, date: '1965' };
const camp: CardFact = {
  property: 'controlled-by',
  lines: { en: { key: 'Held by', value: 'Islamic State' } },
  start: '2015-04',
  end: '2018-05',
};
const award: CardFact = { property: 'award-received', lines: {}, at: '2013' };

describe('factsAsOf', () => {
  it('marks, for a 2018 article, what held then, what ended since and what began since', () => {
    const timings = factsAsOf([office, exile, born, camp], '2018-05-21').map((f) => f.timing);
    expect(timings).toEqual(['ended-since', 'began-since', 'timeless', 'ended-since']);
  });

  it('treats a partial end date as the end of its month or year', () => {
    expect(factsAsOf([camp], '2018-05-31')[0]!.timing).toBe('ended-since');
    expect(factsAsOf([camp], '2018-06-01')[0]!.timing).toBe('before');
  });

  it('for a 2025 article, the presidency is over and the exile holds', () => {
    expect(factsAsOf([office, exile], '2025-03-01').map((f) => f.timing)).toEqual(['before', 'during']);
  });

  it('shows every fact as timeless when the article has no date', () => {
    expect(factsAsOf([office, exile], null).map((f) => f.timing)).toEqual(['timeless', 'timeless']);
  });

  it('does not guess a period for a fact without one, nor for a date-valued one', () => {
    expect(factsAsOf([born, award], '2018-05-21').map((f) => f.timing)).toEqual(['timeless', 'timeless']);
  });
});

describe('period', () => {
  it('gives the years of a period, and the one year of a fact true at a date', () => {
    expect(period(office)).toEqual({ from: '2000', to: '2024' });
    expect(period(exile)).toEqual({ from: '2024', to: undefined });
    expect(period(award)).toEqual({ from: '2013', to: '2013' });
    expect(period(born)).toEqual({ from: undefined, to: undefined });
  });
});
