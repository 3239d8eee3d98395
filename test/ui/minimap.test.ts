/**
 * MiniMap rendered with Preact into a linkedom document (preact-render-to-string is not installed; linkedom
 * is, and gives a DOM to query and dispatch events on). Layout numbers are tested in test/core/geo.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OutlineFile } from '../../src/core/geo';
import { MiniMap, type MiniMapProps } from '../../src/ui/MiniMap';

const outlines = (JSON.parse(readFileSync('assets/maps/outlines.json', 'utf8')) as OutlineFile).countries;
const PLACES = [
  { id: 'damascus', name: 'Damascus', lat: 33.51, lon: 36.29 },
  { id: 'aleppo', name: 'Aleppo', lat: 36.2, lon: 37.16 },
  { id: 'yarmouk', name: 'Yarmouk camp', lat: 33.47, lon: 36.3 },
];

let root: HTMLElement;
const saved = { document: globalThis.document };

beforeEach(() => {
  const { document } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  // Preact creates nodes through the global document.
  globalThis.document = document as unknown as Document;
  root = document.getElementById('root') as unknown as HTMLElement;
});

afterEach(() => {
  render(null, root);
  globalThis.document = saved.document;
});

function show(props: Partial<MiniMapProps> = {}): SVGSVGElement {
  const all: MiniMapProps = { outlines, places: PLACES, width: 300, height: 200, label: 'Places', ...props };
  render(h(MiniMap, all), root);
  return root.querySelector('svg') as unknown as SVGSVGElement;
}

describe('MiniMap', () => {
  it('is a labelled SVG with country outlines and a marker per place', () => {
    const svg = show({ onSelect: () => {} });
    expect(svg.getAttribute('role')).toBe('group');
    const titleId = svg.getAttribute('aria-labelledby');
    expect(svg.querySelector('title')?.getAttribute('id')).toBe(titleId);
    expect(svg.querySelector('title')?.textContent).toBe('Places');
    const countries = [...svg.querySelectorAll('path.minimap__country')].map((p) =>
      p.getAttribute('data-iso2'),
    );
    expect(countries).toContain('SY');
    expect(countries).not.toContain('BR');
    const markers = [...svg.querySelectorAll('[data-part="marker"]')];
    expect(markers.map((m) => m.getAttribute('data-entity'))).toEqual(['damascus', 'aleppo', 'yarmouk']);
    expect(markers[1]?.getAttribute('aria-label')).toBe('Aleppo');
    expect(markers[1]?.getAttribute('role')).toBe('button');
    // SVG attribute names are case-sensitive: only `tabindex` makes a <g> focusable.
    expect(markers[1]?.getAttributeNames()).toContain('tabindex');
    expect(markers[1]?.querySelector('title')?.textContent).toBe('Aleppo');
  });

  it('emphasises the selected place and keeps markers inside the map', () => {
    const svg = show({ selectedId: 'aleppo', onSelect: () => {} });
    const selected = svg.querySelector('.minimap__marker--selected');
    expect(selected?.getAttribute('data-entity')).toBe('aleppo');
    expect(selected?.getAttribute('aria-pressed')).toBe('true');
    for (const dot of svg.querySelectorAll('circle')) {
      const [cx, cy, r] = ['cx', 'cy', 'r'].map((a) => Number(dot.getAttribute(a)));
      expect(cx! - r! >= 0 && cx! + r! <= 300 && cy! - r! >= 0 && cy! + r! <= 200).toBe(true);
    }
  });

  it('calls onSelect on click, Enter and Space', () => {
    const onSelect = vi.fn();
    const svg = show({ onSelect });
    const marker = svg.querySelector('[data-entity="yarmouk"]')!;
    marker.dispatchEvent(new root.ownerDocument.defaultView!.Event('click'));
    for (const key of ['Enter', ' ', 'a']) {
      const event = new root.ownerDocument.defaultView!.Event('keydown') as unknown as { key: string };
      event.key = key;
      marker.dispatchEvent(event as unknown as Event);
    }
    expect(onSelect.mock.calls).toEqual([['yarmouk'], ['yarmouk'], ['yarmouk']]);
  });

  it('is a plain image when nothing can be selected (the popover’s one place)', () => {
    const svg = show({ places: [PLACES[0]!] });
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.querySelector('[role="button"]')).toBeNull();
    expect(svg.querySelectorAll('[data-part="marker"]')).toHaveLength(1);
  });

  it('shades a country with its name instead of pinning its capital; the area is a button like a pin', () => {
    const onSelect = vi.fn();
    const syria = { id: 'syria', name: 'Syria', lat: 33.51, lon: 36.29, iso2: 'SY' };
    const svg = show({ places: [syria, ...PLACES], onSelect });
    const area = svg.querySelector('[data-part="area"]')!;
    expect(area.getAttribute('data-entity')).toBe('syria');
    expect(area.getAttribute('role')).toBe('button');
    expect(area.getAttribute('aria-label')).toBe('Syria');
    expect(area.querySelector('title')?.textContent).toBe('Syria');
    expect(area.querySelector('path.minimap__area-shape')?.getAttribute('d')).toMatch(/^M/);
    expect([...svg.querySelectorAll('.minimap__label')].map((l) => l.textContent)).toEqual(['Syria']);
    expect(svg.querySelector('[data-part="marker"][data-entity="syria"]')).toBeNull();
    area.dispatchEvent(new root.ownerDocument.defaultView!.Event('click'));
    expect(onSelect.mock.calls).toEqual([['syria']]);
  });

  it('is one tab stop; arrow keys, Home and End move between places in the caller’s order', () => {
    const syria = { id: 'syria', name: 'Syria', lat: 33.51, lon: 36.29, iso2: 'SY' };
    const svg = show({ places: [syria, ...PLACES], onSelect: () => {} });
    const stops = () =>
      [...svg.querySelectorAll('[role="button"]')]
        .filter((el) => el.getAttribute('tabindex') === '0')
        .map((el) => el.getAttribute('data-entity'));
    expect(stops()).toEqual(['syria']);
    const press = (id: string, key: string) => {
      const event = new root.ownerDocument.defaultView!.Event('keydown') as unknown as { key: string };
      event.key = key;
      // Preact re-renders after a state change asynchronously; act() flushes it.
      act(() => {
        svg.querySelector(`[data-entity="${id}"]`)!.dispatchEvent(event as unknown as Event);
      });
    };
    press('syria', 'ArrowRight');
    expect(stops()).toEqual(['damascus']);
    press('damascus', 'ArrowDown');
    expect(stops()).toEqual(['aleppo']);
    press('aleppo', 'ArrowLeft');
    expect(stops()).toEqual(['damascus']);
    press('damascus', 'End');
    expect(stops()).toEqual(['yarmouk']);
    press('yarmouk', 'ArrowRight'); // wraps around
    expect(stops()).toEqual(['syria']);
    press('syria', 'ArrowUp');
    expect(stops()).toEqual(['yarmouk']);
    press('yarmouk', 'Home');
    expect(stops()).toEqual(['syria']);
  });
});
