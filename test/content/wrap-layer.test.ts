// @vitest-environment happy-dom
/*
 * happy-dom has no CSS.highlights and no Highlight: exactly the browsers the wrapping layer is for. It does have
 * Range and Text.splitText, which linkedom (the other unit tests' DOM) lacks.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { EntityCard } from '../../src/core/kb/index-format';
import type { Mention } from '../../src/core/resolve/mention';
import { HighlightLayer, rangeOf } from '../../src/content/highlight';
import { card, mentionIn } from './card-fixture';
import { createLayer, hasHighlightApi } from '../../src/content/layer';
import { buildTextMap, type TextMap } from '../../src/content/textmap';
import {
  isLayerNode,
  MARK_ACTIVE_ATTR,
  MARK_STYLE_ATTR,
  MARK_TAG,
  MARK_TYPE_ATTR,
  WrapLayer,
} from '../../src/content/wrap-layer';

const CARDS: Record<string, EntityCard> = {
  assad: card('assad', 'person'),
  damascus: card('damascus', 'place'),
  aswad: card('aswad', 'place'),
  sohr: card('sohr', 'organisation'),
};

/** The mention of `words` (its nth occurrence) in the map's text, linked to `entityId`. */
function mentionOf(map: TextMap, words: string, entityId: string, nth = 0): Mention {
  return mentionIn(map.text, words, entityId, nth);
}

function article(html: string): HTMLElement {
  // Parsed, not assigned through innerHTML: the same markup a page's parser would build.
  const parsed = new DOMParser().parseFromString(`<article>${html}</article>`, 'text/html');
  document.body.replaceChildren(document.adoptNode(parsed.body.firstElementChild!));
  return document.querySelector('article')!;
}

function serialise(element: Element): string {
  return new XMLSerializer().serializeToString(element);
}

function marks(root: Element): Element[] {
  return [...root.querySelectorAll(MARK_TAG)];
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('choosing the layer', () => {
  it('sees that this DOM has no Highlight API, and falls back to wrapping', () => {
    expect(hasHighlightApi()).toBe(false);
    expect(createLayer('underline')).toBeInstanceOf(WrapLayer);
  });

  it('sees the API where CSS.highlights and Highlight both exist', () => {
    const scope = { CSS: { highlights: new Map() }, Highlight: class {} } as unknown as typeof globalThis;
    expect(hasHighlightApi(scope)).toBe(true);
    expect(hasHighlightApi({ CSS: { highlights: new Map() } } as unknown as typeof globalThis)).toBe(false);
  });

  it('draws with the Highlight API where the browser has it', () => {
    const scope = globalThis as unknown as Record<string, unknown>;
    scope['CSS'] = { highlights: new Map() };
    scope['Highlight'] = class extends Set {};
    try {
      expect(createLayer('underline')).toBeInstanceOf(HighlightLayer);
    } finally {
      delete scope['CSS'];
      delete scope['Highlight'];
    }
  });
});

describe('WrapLayer', () => {
  it('wraps a name split over inline markup in one mark per text node, styled by type', () => {
    const root = article('<p>De Syrische president Bashar al-<em>Assad</em> sprak in Damascus.</p>');
    const map = buildTextMap(root);
    const layer = new WrapLayer('underline');
    const painted = layer.add(
      map,
      [mentionOf(map, 'Bashar al-Assad', 'assad'), mentionOf(map, 'Damascus', 'damascus')],
      CARDS,
    );

    expect(marks(root).map((mark) => mark.textContent)).toEqual(['Bashar al-', 'Assad', 'Damascus']);
    expect(marks(root).map((mark) => mark.getAttribute(MARK_TYPE_ATTR))).toEqual([
      'person',
      'person',
      'place',
    ]);
    expect(marks(root).every((mark) => mark.getAttribute(MARK_STYLE_ATTR) === 'underline')).toBe(true);
    // The reader's text is untouched, and the second mark sits inside the page's <em>.
    expect(root.textContent).toBe('De Syrische president Bashar al-Assad sprak in Damascus.');
    expect(marks(root)[1]!.parentElement!.tagName).toBe('EM');
    expect(painted.map((item) => item.range.toString())).toEqual(['Bashar al-Assad', 'Damascus']);
    expect(marks(root).every(isLayerNode)).toBe(true);
  });

  it('keeps the text map true while wrapped: offsets still find the same words', () => {
    const root = article('<p>Het SOHR meldt gevechten bij Damascus, zegt het SOHR.</p>');
    const map = buildTextMap(root);
    const text = map.text;
    const later = mentionOf(map, 'SOHR', 'sohr', 1);
    new WrapLayer('underline').add(map, [mentionOf(map, 'Damascus', 'damascus')], CARDS);
    expect(map.text).toBe(text);
    expect(map.nodes.length).toBe(3);
    // A mention the layer did not paint (the second SOHR) still maps onto its words through the updated map.
    expect(rangeOf(map, later)!.toString()).toBe('SOHR');
  });

  it('finds the mention under the caret in any of its pieces, and nothing next to it', () => {
    const root = article('<p>President Bashar al-<em>Assad</em> sprak.</p>');
    const map = buildTextMap(root);
    const layer = new WrapLayer('underline');
    const [assad] = layer.add(map, [mentionOf(map, 'Bashar al-Assad', 'assad')], CARDS);
    const [first, second] = marks(root);
    expect(layer.lookup(first!.firstChild!, 3)).toBe(assad);
    expect(layer.lookup(second!.firstChild!, 5)).toBe(assad);
    const after = root.querySelector('p')!.lastChild!;
    expect(after.textContent).toBe(' sprak.');
    expect(layer.lookup(after, 3)).toBeUndefined();
    // "President " stays outside: a caret at its first letter finds nothing.
    expect(layer.lookup(root.querySelector('p')!.firstChild!, 1)).toBeUndefined();
  });

  it('marks the active mention on every piece, and only one mention at a time', () => {
    const root = article('<p>Bashar al-<em>Assad</em> in Damascus.</p>');
    const map = buildTextMap(root);
    const layer = new WrapLayer('background');
    const [assad, damascus] = layer.add(
      map,
      [mentionOf(map, 'Bashar al-Assad', 'assad'), mentionOf(map, 'Damascus', 'damascus')],
      CARDS,
    );
    const activeTexts = () =>
      marks(root)
        .filter((mark) => mark.hasAttribute(MARK_ACTIVE_ATTR))
        .map((mark) => mark.textContent);
    layer.setActive(assad!);
    expect(activeTexts()).toEqual(['Bashar al-', 'Assad']);
    layer.setActive(damascus!);
    expect(activeTexts()).toEqual(['Damascus']);
    expect(layer.getActive()).toBe(damascus);
    layer.setActive(null);
    expect(activeTexts()).toEqual([]);
  });

  it('orders mentions of several segments in reading order, and covers the pieces it split', () => {
    const root = article('<p id="b">Later: Damascus.</p>');
    const first = buildTextMap(root);
    const layer = new WrapLayer('underline');
    layer.add(first, [mentionOf(first, 'Damascus', 'damascus')], CARDS);
    const earlier = document.createElement('p');
    earlier.textContent = 'Eerst Bashar al-Assad.';
    root.prepend(earlier);
    const second = buildTextMap(earlier, (node) => layer.covers(node));
    expect(second.text).toBe('Eerst Bashar al-Assad.');
    layer.add(second, [mentionOf(second, 'Bashar al-Assad', 'assad')], CARDS);
    expect(layer.ordered().map((item) => item.mention.entityId)).toEqual(['assad', 'damascus']);
    expect(layer.entityIds()).toEqual(new Set(['assad', 'damascus']));
    // Annotating the whole article again skips everything already painted, pieces included.
    expect(buildTextMap(root, (node) => layer.covers(node)).text.trim()).toBe('');
  });

  it('leaves the DOM serialising exactly as before after destroy(), soft hyphens and inline markup included', () => {
    const root = article(
      '<h2>Hajar al-As\u00ADwad</h2><p>In Hajar al-As\u00ADwad zei Bashar al-<em>Assad</em> (SOHR) iets.</p>' +
        '<p>Bashar al-<em>Assad</em>, <b>Damascus</b>; Damascus.</p>',
    );
    const before = serialise(document.body);
    const paragraph = root.querySelector('p')!;
    const originalFirst = paragraph.firstChild;
    const childCount = paragraph.childNodes.length;
    const map = buildTextMap(root);
    const layer = new WrapLayer('underline');
    layer.add(
      map,
      [
        mentionOf(map, 'Hajar al-As\u00ADwad', 'aswad'),
        mentionOf(map, 'Hajar al-As\u00ADwad', 'aswad', 1),
        mentionOf(map, 'Bashar al-Assad', 'assad'),
        mentionOf(map, 'SOHR', 'sohr'),
        mentionOf(map, 'Bashar al-Assad', 'assad', 1),
        mentionOf(map, 'Damascus', 'damascus'),
        mentionOf(map, 'Damascus', 'damascus', 1),
      ],
      CARDS,
    );
    expect(marks(root).length).toBe(9);
    expect(serialise(document.body)).not.toBe(before);
    layer.setActive(layer.ordered()[2]!);
    layer.destroy();
    expect(serialise(document.body)).toBe(before);
    expect(marks(root)).toEqual([]);
    // The page's own text node is back whole, the same node, not a copy.
    expect(paragraph.firstChild).toBe(originalFirst);
    expect(paragraph.childNodes.length).toBe(childCount);
  });

  it('joins back only the nodes it split: text nodes the page keeps side by side stay apart', () => {
    const root = article('<p></p>');
    const paragraph = root.querySelector('p')!;
    paragraph.append('Gisteren in ', 'Damascus', ' en elders.');
    const map = buildTextMap(root);
    const layer = new WrapLayer('underline');
    layer.add(map, [mentionOf(map, 'in Damascus en', 'damascus')], CARDS);
    expect(marks(root).map((mark) => mark.textContent)).toEqual(['in ', 'Damascus', ' en']);
    layer.destroy();
    expect([...paragraph.childNodes].map((node) => node.textContent)).toEqual([
      'Gisteren in ',
      'Damascus',
      ' en elders.',
    ]);
  });

  it('does not throw, and removes what it can, when the page removed a wrapped paragraph meanwhile', () => {
    const root = article('<p>Damascus.</p><p>Bashar al-Assad.</p>');
    const map = buildTextMap(root);
    const layer = new WrapLayer('underline');
    layer.add(
      map,
      [mentionOf(map, 'Damascus', 'damascus'), mentionOf(map, 'Bashar al-Assad', 'assad')],
      CARDS,
    );
    root.querySelector('p')!.remove();
    layer.destroy();
    expect(serialise(root)).toBe(
      '<article xmlns="http://www.w3.org/1999/xhtml"><p>Bashar al-Assad.</p></article>',
    );
  });
});
