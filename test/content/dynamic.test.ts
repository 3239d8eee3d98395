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
