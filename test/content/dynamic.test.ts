// @vitest-environment happy-dom
/* The page watcher with the wrapping layer at work: its own marks are not new paragraphs of the article. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchPage } from '../../src/content/dynamic';
import { buildTextMap } from '../../src/content/textmap';
import { WrapLayer } from '../../src/content/wrap-layer';
import { card } from './card-fixture';

// The watcher knows the popover's tag name, whose module reaches the extension API; nothing here calls it.
vi.mock('webextension-polyfill', () => ({ default: {} }));

const CARD = card('damascus', 'place');

/** Long enough for the watcher's idle-time batch (at most its 500 ms timeout). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 700));

afterEach(() => {
  document.body.replaceChildren();
});

describe('watchPage with the wrapping layer', () => {
  it('ignores the marks and split text the layer adds, but still reports a paragraph the page adds', async () => {
    const article = document.createElement('article');
    const paragraph = document.createElement('p');
    paragraph.textContent = 'Gevechten in Damascus gaan door.';
    article.append(paragraph);
    document.body.append(article);
    const onAdded = vi.fn();
    const onNavigate = vi.fn();
    const stop = watchPage({ root: article, onAdded, onNavigate });
    try {
      const map = buildTextMap(article);
      const start = map.text.indexOf('Damascus');
      const mention = {
        start,
        end: start + 'Damascus'.length,
        text: 'Damascus',
        entityId: 'damascus',
        demonym: false,
        why: { alias: 'Damascus', rule: 'name' as const },
      };
      const layer = new WrapLayer('underline');
      layer.add(map, [mention], { damascus: CARD });
      expect(article.querySelectorAll('backstory-mark').length).toBe(1);
      await settle();
      expect(onAdded).not.toHaveBeenCalled();
      expect(onNavigate).not.toHaveBeenCalled();

      const later = document.createElement('p');
      later.textContent = 'Later meer.';
      article.append(later);
      await settle();
      expect(onAdded).toHaveBeenCalledWith([later]);
      layer.destroy();
    } finally {
      stop();
    }
  });
});

describe('watchPage through a page that replaces its parts (issue #22)', () => {
  const mentionOf = (map: { text: string }, text: string) => {
    const start = map.text.indexOf(text);
    return {
      start,
      end: start + text.length,
      text,
      entityId: 'damascus',
      demonym: false,
      why: { alias: text, rule: 'name' as const },
    };
  };

  it('sees a swapped <body> (the article gone with it) and asks to annotate from scratch', async () => {
    const article = document.createElement('article');
    article.textContent = 'Gevechten in Damascus gaan door.';
    document.body.append(article);
    const onNavigate = vi.fn();
    const stop = watchPage({ root: article, onAdded: vi.fn(), onNavigate });
    try {
      const fresh = document.createElement('body');
      fresh.append(document.createElement('article'));
      document.documentElement.replaceChild(fresh, document.body);
      await settle();
      expect(onNavigate).toHaveBeenCalled();
    } finally {
      stop();
    }
  });

  it('reports removed paragraphs, and the layer drops their mentions and keeps the others', async () => {
    const article = document.createElement('article');
    const first = document.createElement('p');
    first.textContent = 'Gevechten in Damascus gaan door.';
    const second = document.createElement('p');
    second.textContent = 'Ook rond Damascus.';
    article.append(first, second);
    document.body.append(article);
    const onRemoved = vi.fn();
    const stop = watchPage({ root: article, onAdded: vi.fn(), onRemoved, onNavigate: vi.fn() });
    try {
      const layer = new WrapLayer('underline');
      const firstMap = buildTextMap(first);
      const secondMap = buildTextMap(second);
      layer.add(firstMap, [mentionOf(firstMap, 'Damascus')], { damascus: CARD });
      layer.add(secondMap, [mentionOf(secondMap, 'Damascus')], { damascus: CARD });
      expect(layer.ordered()).toHaveLength(2);
      first.remove();
      await settle();
      expect(onRemoved).toHaveBeenCalled();
      layer.prune();
      expect(layer.ordered().map((item) => item.range.startContainer.isConnected)).toEqual([true]);
      layer.destroy();
    } finally {
      stop();
    }
  });
});

describe('watchPage on an infinite-scroll page (issue #22)', () => {
  const story = (text: string) => {
    const element = document.createElement('article');
    const paragraph = document.createElement('p');
    paragraph.textContent = text;
    element.append(paragraph);
    return element;
  };

  it('reports a story appended beside the article, and paragraphs that arrive in it later', async () => {
    const stories = document.createElement('main');
    const first = story('Gevechten in Damascus gaan door.');
    stories.append(first);
    document.body.append(stories);
    const onAdded = vi.fn();
    const onNavigate = vi.fn();
    const stop = watchPage({ root: first, onAdded, onNavigate });
    try {
      const next = story('Oekraïne en Rusland praten weer.');
      const wrapper = document.createElement('div');
      wrapper.append(next);
      stories.append(wrapper);
      await settle();
      expect(onAdded).toHaveBeenCalledWith([next]);

      const late = document.createElement('p');
      late.textContent = 'Hongarije blokkeert.';
      next.append(late);
      await settle();
      expect(onAdded).toHaveBeenLastCalledWith([late]);
      expect(onNavigate).not.toHaveBeenCalled();
    } finally {
      stop();
    }
  });

  it('leaves what is added beside the article alone when it is not a story, or when the article is a guess', async () => {
    const page = document.createElement('main');
    const first = story('Gevechten in Damascus gaan door.');
    page.append(first);
    document.body.append(page);
    const onAdded = vi.fn();
    const stop = watchPage({ root: first, onAdded, onNavigate: vi.fn() });
    const advert = document.createElement('div');
    advert.textContent = 'Koop nu: reizen naar Egypte.';
    page.append(advert);
    await settle();
    stop();
    expect(onAdded).not.toHaveBeenCalled();

    // A root found by paragraph density (a <div>): an <article> added beside it is not taken for its next part.
    const guessed = document.createElement('div');
    guessed.textContent = 'Gevechten in Damascus gaan door.';
    page.append(guessed);
    const stopGuessed = watchPage({ root: guessed, onAdded, onNavigate: vi.fn() });
    page.append(story('Oekraïne en Rusland praten weer.'));
    await settle();
    stopGuessed();
    expect(onAdded).not.toHaveBeenCalled();
  });
});
