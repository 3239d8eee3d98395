import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../src/core/kb/schema';
import type { Mention } from '../../src/core/resolve/mention';
import { paintList } from '../../src/background/paint-list';
import { DEFAULT_SETTINGS, type Settings } from '../../src/settings';

const TEXT = 'Assad spoke in Damascus. Syrian troops left Aswad. Assad left Damascus.';
const TYPES: Record<string, EntityType> = {
  assad: 'person',
  damascus: 'place',
  syria: 'place',
  aswad: 'place',
  'aswad-river': 'place',
};

function mention(words: string, entityId: string, nth = 0, extra: Partial<Mention> = {}): Mention {
  let start = TEXT.indexOf(words);
  for (let i = 0; i < nth; i++) start = TEXT.indexOf(words, start + 1);
  return {
    start,
    end: start + words.length,
    text: words,
    entityId,
    demonym: false,
    why: { alias: words, rule: 'name' },
    ...extra,
  };
}

const MENTIONS = [
  mention('Assad', 'assad'),
  mention('Damascus', 'damascus'),
  mention('Syrian', 'syria', 0, { demonym: true }),
  mention('Aswad', 'aswad', 0, { alternatives: ['aswad-river'] }),
  mention('Assad', 'assad', 1),
  mention('Damascus', 'damascus', 1),
];

function settings(change: Partial<Settings> = {}): Settings {
  return { ...structuredClone(DEFAULT_SETTINGS), ...change };
}

/** What a paint list draws, as "words:key". */
function drawn(paint: ReturnType<typeof paintList>): string[] {
  return paint.map(({ start, end, key }) => `${TEXT.slice(start, end)}@${start}:${key}`);
}

const typeOf = (id: string) => TYPES[id];

describe('the first paint list', () => {
  it('draws the first mention of each name in its type’s style, no demonyms, by default', () => {
    expect(drawn(paintList(MENTIONS, settings(), 'news.example', typeOf))).toEqual([
      'Assad@0:person',
      'Damascus@15:place',
      'Aswad@44:place',
    ]);
  });

  it('follows the reader’s style, mentions, demonyms and types', () => {
    const every = settings({
      highlightStyle: 'background',
      mentions: 'every',
      showDemonyms: true,
      entityTypes: { ...DEFAULT_SETTINGS.entityTypes, person: false },
    });
    expect(drawn(paintList(MENTIONS, every, 'news.example', typeOf))).toEqual([
      'Damascus@15:bg-place',
      'Syrian@25:bg-place',
      'Aswad@44:bg-place',
      'Damascus@62:bg-place',
    ]);
    expect(paintList(MENTIONS, settings({ highlightStyle: 'hover-only' }), 'news.example', typeOf)).toEqual(
      [],
    );
  });

  it('leaves out the names hidden on this site or everywhere, not those hidden on another site', () => {
    const hiding = settings({
      hiddenTerms: [
        { entityId: 'assad', text: 'Assad', site: 'news.example' },
        { entityId: 'damascus', text: 'Damascus', site: 'other.example' },
      ],
    });
    expect(drawn(paintList(MENTIONS, hiding, 'news.example', typeOf))).toEqual([
      'Damascus@15:place',
      'Aswad@44:place',
    ]);
    expect(drawn(paintList(MENTIONS, hiding, 'other.example', typeOf))).toEqual([
      'Assad@0:person',
      'Aswad@44:place',
    ]);
  });

  it('draws a meaning the reader chose in its own type, and nothing of an entity of unknown type', () => {
    const chosen = settings({
      chosenMeanings: [{ text: 'aswad', from: 'aswad', to: 'aswad-river', label: 'Aswad', site: null }],
    });
    const types = (id: string) =>
      id === 'aswad-river' ? 'organisation' : id === 'assad' ? undefined : TYPES[id];
    expect(drawn(paintList(MENTIONS, chosen, 'news.example', types))).toEqual([
      'Damascus@15:place',
      'Aswad@44:organisation',
    ]);
  });
});
