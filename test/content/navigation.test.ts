// @vitest-environment happy-dom
/* Keyboard stepping through the highlighted names and the side panel's "show me", on the wrapping layer. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Segment } from '../../src/content/annotation';
import { fakeBrowser } from '../background/fake-browser';
import { card, mentionIn } from './card-fixture';

const fake = fakeBrowser();
fake.i18n.getMessage = ((key: string, substitutions?: string[]) =>
  [key, ...(substitutions ?? [])].join('|')) as typeof fake.i18n.getMessage;
vi.mock('webextension-polyfill', () => ({ default: fake }));

const { createNavigation } = await import('../../src/content/navigation');
const { WrapLayer } = await import('../../src/content/wrap-layer');
const { buildTextMap } = await import('../../src/content/textmap');

const CARDS = {
  assad: { ...card('assad', 'person'), descriptions: { en: 'president of Syria' } },
  damascus: card('damascus', 'place'),
  aleppo: card('aleppo', 'place'),
};

function setUp(withAleppo = false) {
  const article = document.createElement('article');
  article.textContent = `Assad sprak in Damascus${withAleppo ? ' en Aleppo' : ''}. Later zei Assad meer.`;
  document.body.append(article);
  const map = buildTextMap(article);
  const drawn = [mentionIn(map.text, 'Assad', 'assad'), mentionIn(map.text, 'Damascus', 'damascus')];
  if (withAleppo) drawn.push(mentionIn(map.text, 'Aleppo', 'aleppo'));
  const quiet = [mentionIn(map.text, 'Assad', 'assad', 1)];
  const layer = new WrapLayer('underline');
  layer.add(map, drawn, CARDS);
  const segments: Segment[] = [{ map, listed: [...drawn, ...quiet] }];
  const cards = { open: vi.fn(), view: { announce: vi.fn() } };
  const navigation = createNavigation({
    layer,
    cards: cards as unknown as Parameters<typeof createNavigation>[0]['cards'],
    segments,
    lang: 'en',
  });
  return { layer, cards, navigation, segments };
}

afterEach(() => document.body.replaceChildren());

describe('createNavigation', () => {
  it('steps through the drawn names in reading order, round from the last to the first, and says whose card', () => {
    const { layer, cards, navigation } = setUp();
    navigation.step(1);
    expect(layer.getActive()?.card.id).toBe('assad');
    expect(cards.open).toHaveBeenLastCalledWith(layer.getActive(), true);
    expect(cards.view.announce).toHaveBeenLastCalledWith(
      'announceEntity|assad|type_person|president of Syria',
    );
    navigation.step(1);
    expect(layer.getActive()?.card.id).toBe('damascus');
    navigation.step(1);
    expect(layer.getActive()?.card.id, 'round from the last to the first').toBe('assad');
    navigation.step(-1);
    expect(layer.getActive()?.card.id).toBe('damascus');
    layer.destroy();
  });

  it('steps back from no name to the last one, as forward goes to the first', () => {
    const { layer, navigation } = setUp(true);
    navigation.step(-1);
    expect(layer.getActive()?.card.id).toBe('aleppo');
    navigation.step(-1);
    expect(layer.getActive()?.card.id).toBe('damascus');
    layer.destroy();
  });

  it('reveals an entity at its first mention, and does nothing for one not in the article', () => {
    const { layer, navigation, segments } = setUp();
    const flash = vi.spyOn(layer, 'flash');
    navigation.reveal('nobody');
    expect(flash).not.toHaveBeenCalled();
    navigation.reveal('assad');
    expect(flash).toHaveBeenCalledTimes(1);
    const range = flash.mock.calls[0]![0];
    expect(range.toString()).toBe('Assad');
    expect(range.startContainer.parentElement?.closest('article')).not.toBeNull();
    expect(segments).toHaveLength(1);
    layer.destroy();
  });
});
