import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../src/core/resolve/mention';
import { shownMentions } from '../../../src/core/analysis/visible';

const mention = (entityId: string, start: number, demonym = false): Mention => ({
  start,
  end: start + 3,
  text: 'xxx',
  entityId,
  demonym,
  why: { alias: 'xxx', rule: 'name' },
});

const TYPES: Record<string, 'place' | 'person' | 'organisation'> = {
  syria: 'place',
  assad: 'person',
  sana: 'organisation',
};
const typeOf = (id: string) => TYPES[id];

describe('shownMentions', () => {
  const all = [
    mention('syria', 0),
    mention('assad', 10),
    mention('syria', 20, true),
    mention('syria', 30),
    mention('sana', 40),
  ];

  it('drops demonyms unless asked for', () => {
    expect(shownMentions(all).map((m) => m.start)).toEqual([0, 10, 30, 40]);
    expect(shownMentions(all, { demonyms: true }).map((m) => m.start)).toEqual([0, 10, 20, 30, 40]);
  });

  it('keeps the first mention of each entity only when asked', () => {
    expect(shownMentions(all, { firstOnly: true }).map((m) => m.start)).toEqual([0, 10, 40]);
    expect(
      shownMentions(all, { firstOnly: true, alreadyShown: new Set(['assad']) }).map((m) => m.start),
    ).toEqual([0, 40]);
  });

  it('drops switched-off types, hidden entities, and entities of unknown type', () => {
    expect(shownMentions(all, { typeOf, types: { place: false } }).map((m) => m.entityId)).toEqual([
      'assad',
      'sana',
    ]);
    expect(shownMentions(all, { hidden: new Set(['sana']) }).map((m) => m.entityId)).toEqual([
      'syria',
      'assad',
      'syria',
    ]);
    expect(shownMentions([mention('ghost', 0)], { typeOf })).toEqual([]);
  });
});
