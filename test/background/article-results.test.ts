import { describe, expect, it } from 'vitest';
import { loadAndCompilePacks } from '../../scripts/lib/packs';
import { createAnnotator } from '../../src/core/engine/reference';
import type { EntityCard } from '../../src/core/kb/index-format';
import {
  addStretch,
  foldStretch,
  tallyOf,
  type ArticleMeta,
  type Stretch,
} from '../../src/background/article-results';
import type { ArticleSnapshot } from '../../src/messages';
import { SNAPSHOT_LIMITS } from '../../src/messages';

const { index } = loadAndCompilePacks();
const annotator = createAnnotator(index!);
const cards = index!.entities as Record<string, EntityCard>;

const META: ArticleMeta = {
  url: 'https://news.example/a',
  title: 'Yarmouk',
  language: 'en',
  published: '2018-05-21',
};
const FIRST =
  'Fighting went on in Yarmouk, according to the Syrian Observatory for Human Rights. Assad spoke.';
const LATER = 'Later, Yarmouk was quiet, according to the Syrian Observatory for Human Rights. Putin spoke.';

function stretch(text: string): Stretch {
  const all = annotator.annotate(text, { language: 'en' });
  return { text, all, shown: all };
}

const count = (snapshot: ArticleSnapshot, id: string) =>
  snapshot.entities.find((entity) => entity.entityId === id)?.mentions;

describe('a tab’s article, folded stretch by stretch in the background', () => {
  it('counts names, cites sources and carries the cards of what it lists', () => {
    const { snapshot } = foldStretch(null, META, stretch(FIRST), cards);
    expect(snapshot).toMatchObject({
      url: META.url,
      title: 'Yarmouk',
      language: 'en',
      published: '2018-05-21',
    });
    expect(count(snapshot, 'yarmouk')).toBe(1);
    expect(snapshot.sources).toEqual([{ entityId: 'sohr', statements: 1 }]);
    expect(Object.keys(snapshot.cards).sort()).toEqual(snapshot.entities.map((e) => e.entityId).sort());
    expect(snapshot.cards['yarmouk']?.labels.en).toBe(cards['yarmouk']?.labels.en);
  });

  it('adds a later stretch to the counts and sources, its names placed after the first stretch’s', () => {
    const once = foldStretch(null, META, stretch(FIRST), cards);
    const twice = foldStretch(once, META, stretch(LATER), cards).snapshot;
    expect(count(twice, 'yarmouk')).toBe(2);
    expect(twice.sources).toEqual([{ entityId: 'sohr', statements: 2 }]);
    const putin = twice.entities.find((entity) => entity.entityId.includes('putin'));
    expect(putin?.first).toBeGreaterThan(FIRST.length);
  });

  it('keeps at most the snapshot’s limit of entities, and counts them all', () => {
    const many: Stretch = { text: 'x'.repeat(400), all: [], shown: [] };
    const ids = Object.keys(cards).slice(0, SNAPSHOT_LIMITS.entities + 20);
    many.shown = ids.map((entityId, k) => ({
      start: k,
      end: k + 1,
      text: 'x',
      entityId,
      demonym: false,
      why: { alias: 'x', rule: 'name' },
    }));
    const { snapshot } = foldStretch(null, META, many, cards);
    expect(snapshot.entities).toHaveLength(SNAPSHOT_LIMITS.entities);
    expect(snapshot.entityCount).toBe(ids.length);
  });

  it('starts a frame afresh with a new session, ignores a replaced session’s late stretch, and after a stopped worker adds to the kept snapshot', async () => {
    const whole = async () => cards;
    const none = async () => null;
    const first = await addStretch('1:0', { session: 'a', first: true }, META, stretch(FIRST), whole, none);
    expect(count(first!, 'yarmouk')).toBe(1);
    const renewed = await addStretch('1:0', { session: 'b', first: true }, META, stretch(FIRST), whole, none);
    expect(count(renewed!, 'yarmouk')).toBe(1);
    const stale = await addStretch('1:0', { session: 'a', first: false }, META, stretch(LATER), whole, none);
    expect(stale).toBeNull();
    const later = await addStretch('1:0', { session: 'b', first: false }, META, stretch(LATER), whole, none);
    expect(count(later!, 'yarmouk')).toBe(2);
    // Another frame whose worker forgot it: the kept snapshot of the same page is where it goes on from.
    const kept = async () => tallyOf(first!).snapshot;
    const resumed = await addStretch(
      '2:0',
      { session: 'c', first: false },
      META,
      stretch(LATER),
      whole,
      kept,
    );
    expect(count(resumed!, 'yarmouk')).toBe(2);
    const elsewhere = await addStretch(
      '3:0',
      { session: 'd', first: false },
      { ...META, url: 'https://news.example/b' },
      stretch(LATER),
      whole,
      kept,
    );
    expect(count(elsewhere!, 'yarmouk')).toBe(1);
  });
});
