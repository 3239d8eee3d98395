import { describe, expect, it } from 'vitest';
import { factsAsOf } from '../../src/core/facts';
import type { Fact } from '../../src/core/kb/schema';

const office: Fact = {
  key: 'office',
  value: 'President of Syria',
  from: '2000-07-17',
  to: '2024-12-08',
  asOf: '2026-11-24',
};
const exile: Fact = { key: 'exile', value: 'Russia', from: '2024-12-08', asOf: '2026-11-24' };
const born: Fact = { key: 'born', value: '1965', asOf: '2026-11-24' };
const camp: Fact = {
  key: 'held by IS',
  value: 'most of the camp',
  from: '2015-04',
  to: '2018-05',
  asOf: '2026-11-24',
};

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
});
