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
