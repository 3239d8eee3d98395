// @vitest-environment happy-dom
/*
 * happy-dom has Range but no Highlight API: a registry and a Highlight of our own stand in for the browser's, as
 * small as the API the first paint and the highlight layer use (a Map of names to sets of ranges).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { drawFirstPaint, retireFirstPaint } from '../../src/content/boot-handover';
import { FIRST_PAINT_FLAG } from '../../src/content/flags';
import { HighlightLayer } from '../../src/content/highlight';
import { highlightName } from '../../src/content/highlight-names';
import { buildTextMap, type TextMap } from '../../src/content/textmap';
import type { Mention } from '../../src/core/resolve/mention';
import { card } from './card-fixture';

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

const scope = globalThis as unknown as Record<string, unknown>;
const TOKEN = 'abcdefghij';
let registry: Map<string, FakeHighlight>;

beforeEach(() => {
  registry = new Map();
  scope['CSS'] = { highlights: registry };
  scope['Highlight'] = FakeHighlight;
});

afterEach(() => {
  delete scope['CSS'];
  delete scope['Highlight'];
  delete scope[FIRST_PAINT_FLAG];
  document.body.replaceChildren();
});

function articleMap(): TextMap {
  const parsed = new DOMParser().parseFromString(
    '<article><p>Assad spoke in <b>Damascus</b>.</p><p>Troops left Aswad.</p></article>',
    'text/html',
  );
  document.body.replaceChildren(document.adoptNode(parsed.body.firstElementChild!));
  return buildTextMap(document.querySelector('article')!);
}

/** The registry as "name: words, words". */
function painted(): Record<string, string[]> {
  return Object.fromEntries(
    [...registry].map(([name, highlight]) => [
      name,
      [...highlight].map((range) => (range as Range).toString()),
    ]),
  );
}

const at = (map: TextMap, words: string) => ({
  start: map.text.indexOf(words),
  end: map.text.indexOf(words) + words.length,
});

describe('the first paint', () => {
  it('draws the background’s paint list on the boot script’s text map, by style', () => {
    const map = articleMap();
    drawFirstPaint(
      map,
      [
        { ...at(map, 'Assad'), key: 'person' },
        { ...at(map, 'Damascus'), key: 'place' },
        { ...at(map, 'Aswad'), key: 'place' },
      ],
      TOKEN,
    );
    expect(painted()).toEqual({
      [highlightName(TOKEN, 'person')]: ['Assad'],
      [highlightName(TOKEN, 'place')]: ['Damascus', 'Aswad'],
    });
  });

  it('is taken over by the article script’s layer with nothing left of its own, and never drawn again', () => {
    const map = articleMap();
    drawFirstPaint(
      map,
      [
        { ...at(map, 'Assad'), key: 'person' },
        { ...at(map, 'Aswad'), key: 'place' },
      ],
      TOKEN,
    );
    // The layer draws what the article script annotated (here, without Aswad: the reader hid it meanwhile).
    const layer = new HighlightLayer('underline', TOKEN, document);
    const mention: Mention = {
      ...at(map, 'Assad'),
      text: 'Assad',
      entityId: 'assad',
      demonym: false,
      why: { alias: 'Assad', rule: 'name' },
    };
    layer.add(map, [mention], { assad: card('assad', 'person') });
    retireFirstPaint();
    expect(painted()).toEqual({ [highlightName(TOKEN, 'person')]: ['Assad'] });
    // A late answer draws nothing over the layer's.
    drawFirstPaint(map, [{ ...at(map, 'Damascus'), key: 'place' }], TOKEN);
    expect(painted()).toEqual({ [highlightName(TOKEN, 'person')]: ['Assad'] });
    layer.destroy();
    expect(painted()).toEqual({});
  });

  it('goes entirely when retired before any layer drew (annotations switched off, the script gave up)', () => {
    const map = articleMap();
    drawFirstPaint(map, [{ ...at(map, 'Assad'), key: 'person' }], TOKEN);
    retireFirstPaint();
    expect(painted()).toEqual({});
  });

  it('draws nothing where the browser has no Highlight API', () => {
    delete scope['CSS'];
    const map = articleMap();
    expect(() => drawFirstPaint(map, [{ ...at(map, 'Assad'), key: 'person' }], TOKEN)).not.toThrow();
    expect(scope[FIRST_PAINT_FLAG]).toBeUndefined();
  });
});
