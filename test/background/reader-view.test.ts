import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../src/core/kb/schema';
import type { Mention } from '../../src/core/resolve/mention';
import { paintList, readerView } from '../../src/background/reader-view';
import { mentionIn } from '../content/card-fixture';
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
  return mentionIn(TEXT, words, entityId, nth, extra);
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

describe('the reader’s view of an article’s mentions', () => {
  it('keeps later mentions quiet under "first mention only", and draws every one under "every mention"', () => {
    const quiet = (view: ReturnType<typeof readerView>) =>
      view.shown.map(({ text, start, quiet }) => `${text}@${start}${quiet ? ' quiet' : ''}`);
    expect(quiet(readerView(MENTIONS, settings(), 'news.example', typeOf))).toEqual([
      'Assad@0',
      'Damascus@15',
      'Aswad@44',
      'Assad@51 quiet',
      'Damascus@62 quiet',
    ]);
    expect(quiet(readerView(MENTIONS, settings({ mentions: 'every' }), 'news.example', typeOf))).toEqual([
      'Assad@0',
      'Damascus@15',
      'Aswad@44',
      'Assad@51',
      'Damascus@62',
    ]);
  });

  it('continues "first mention only" over a later stretch: what the page drew before stays quiet', () => {
    const view = readerView(MENTIONS, settings(), 'news.example', typeOf, new Set(['damascus']));
    expect(view.shown.filter((m) => !m.quiet).map((m) => m.text)).toEqual(['Assad', 'Aswad']);
  });

  it('gives attribution and gaps every mention, chosen meanings applied, hidden ones and demonyms included', () => {
    const view = readerView(
      MENTIONS,
      settings({
        hiddenTerms: [{ entityId: 'assad', text: 'Assad', site: null }],
        chosenMeanings: [{ text: 'Aswad', from: 'aswad', to: 'aswad-river', label: 'Aswad', site: null }],
      }),
      'news.example',
      typeOf,
    );
    expect(view.all.map((m) => m.entityId)).toEqual([
      'assad',
      'damascus',
      'syria',
      'aswad-river',
      'assad',
      'damascus',
    ]);
    expect(view.shown.map((m) => m.entityId)).toEqual(['damascus', 'aswad-river', 'damascus']);
  });
});
