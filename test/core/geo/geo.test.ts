import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  clipOutlines,
  countryOutline,
  fitBounds,
  layoutMap,
  outlineContains,
  project,
  selectOutlines,
} from '../../../src/core/geo';
import type { BBox, OutlineFile } from '../../../src/core/geo';

const DAMASCUS = { id: 'damascus', name: 'Damascus', lat: 33.51, lon: 36.29 };
const ALEPPO = { id: 'aleppo', name: 'Aleppo', lat: 36.2, lon: 37.16 };
const YARMOUK = { id: 'yarmouk', name: 'Yarmouk camp', lat: 33.47, lon: 36.3 };
const PLACES = [DAMASCUS, ALEPPO, YARMOUK];
const outlines = (JSON.parse(readFileSync('assets/maps/outlines.json', 'utf8')) as OutlineFile).countries;

function inside(bbox: BBox, p: { lat: number; lon: number }): boolean {
  return p.lon > bbox.west && p.lon < bbox.east && p.lat > bbox.south && p.lat < bbox.north;
}

describe('fitBounds', () => {
  it('contains every place, with padding', () => {
    const bbox = fitBounds(PLACES, { padding: 0.1, aspect: 1.5 });
    for (const place of PLACES) expect(inside(bbox, place)).toBe(true);
    expect(bbox.north).toBeGreaterThan(ALEPPO.lat + 0.2);
    expect(bbox.south).toBeLessThan(YARMOUK.lat - 0.2);
  });

  it('gives the box the target’s shape on the ground (cos latitude corrected)', () => {
    const bbox = fitBounds(PLACES, { aspect: 1.5 });
    const k = Math.cos((((bbox.north + bbox.south) / 2) * Math.PI) / 180);
    expect(((bbox.east - bbox.west) * k) / (bbox.north - bbox.south)).toBeCloseTo(1.5, 6);
  });

  it('never zooms one place in further than the minimum span', () => {
    const bbox = fitBounds([DAMASCUS], { minSpanDegrees: 2, padding: 0, aspect: 1 });
    expect(bbox.north - bbox.south).toBeCloseTo(2, 6);
    expect(inside(bbox, DAMASCUS)).toBe(true);
    // Longitude degrees are shorter at 33.5° N, so the box is wider in degrees than it is tall.
    expect(bbox.east - bbox.west).toBeGreaterThan(2.3);
  });

  it('shows the world when there is nothing to fit', () => {
    expect(fitBounds([])).toEqual({ west: -180, south: -60, east: 180, north: 80 });
  });

  it('stays off the poles', () => {
    const bbox = fitBounds([{ lat: 89, lon: 0 }], { minSpanDegrees: 10 });
    expect(bbox.north).toBeLessThanOrEqual(85);
    expect(Number.isFinite(bbox.east - bbox.west)).toBe(true);
  });
});

describe('project', () => {
  const bbox = fitBounds(PLACES, { aspect: 300 / 200 });

  it('puts places inside the map, north up and east right', () => {
    const [dx, dy] = project(DAMASCUS, bbox, 300, 200);
    const [ax, ay] = project(ALEPPO, bbox, 300, 200);
    for (const x of [dx, ax]) expect(x > 0 && x < 300).toBe(true);
    for (const y of [dy, ay]) expect(y > 0 && y < 200).toBe(true);
    expect(ay).toBeLessThan(dy); // Aleppo is north of Damascus: higher up
    expect(ax).toBeGreaterThan(dx); // and east of it: further right
  });

  it('keeps Yarmouk just south of Damascus, a few pixels apart', () => {
    const [dx, dy] = project(DAMASCUS, bbox, 300, 200);
    const [yx, yy] = project(YARMOUK, bbox, 300, 200);
    expect(yy).toBeGreaterThan(dy);
    expect(Math.hypot(yx - dx, yy - dy)).toBeLessThan(5);
  });

  it('uses one scale on both axes, corrected by cos(latitude)', () => {
    const square = { west: 36, south: 33, east: 37, north: 34 };
    const [x0, y0] = project({ lat: 33.5, lon: 36 }, square, 400, 400);
    const [x1, y1] = project({ lat: 34, lon: 36.5 }, square, 400, 400);
    // Half a degree of longitude is cos(33.5°) ≈ 0.834 times half a degree of latitude on the map.
    expect((x1 - x0) / (y0 - y1)).toBeCloseTo(Math.cos((33.5 * Math.PI) / 180), 6);
  });
});

describe('clipOutlines', () => {
  const bbox = fitBounds(PLACES, { aspect: 1.5 });

  it('keeps Syria and its neighbours, drops Brazil', () => {
    const codes = selectOutlines(outlines, bbox).map((o) => o.iso2);
    expect(codes).toEqual(expect.arrayContaining(['SY', 'LB', 'TR', 'JO']));
    expect(codes).not.toContain('BR');
    expect(codes.length).toBeLessThan(15);
  });

  it('projects to SVG path data in the map’s pixels', () => {
    const syria = clipOutlines(outlines, bbox, 300, 200).find((p) => p.iso2 === 'SY');
    expect(syria?.d).toMatch(/^M-?\d+(\.\d)? -?\d+(\.\d)?(L-?\d+(\.\d)? -?\d+(\.\d)?)+Z/);
  });
});

describe('layoutMap', () => {
  it('keeps every marker inside the inset, even for a box that was not fitted to it', () => {
    const far = { id: 'far', name: 'Far away', lat: -30, lon: -60 };
    const layout = layoutMap(outlines, [DAMASCUS], 240, 160, { inset: 8 });
    expect(layout.markers).toHaveLength(1);
    const [marker] = layoutMap(outlines, [far, DAMASCUS], 240, 160, { inset: 8, minSpanDegrees: 0 }).markers;
    expect(marker!.x).toBeGreaterThanOrEqual(8);
    expect(marker!.y).toBeLessThanOrEqual(152);
  });
});

describe('assets/maps/outlines.json', () => {
  it('is small, rounded and has every country the places need', () => {
    const text = readFileSync('assets/maps/outlines.json', 'utf8');
    // Natural Earth's coastlines cost points the old maritime outlines did not have; read only for a map.
    expect(text.length).toBeLessThan(480 * 1024);
    expect(text).not.toMatch(/\d\.\d{3}/);
    const codes = new Set(outlines.map((o) => o.iso2));
    for (const code of ['SY', 'LB', 'IL', 'PS', 'BE', 'NL', 'MT', 'SG', 'TV'])
      expect(codes.has(code)).toBe(true);
  });
});

describe('the outlines have coastlines and recognised borders', () => {
  const country = (iso2: string) => countryOutline(outlines, iso2)!;
  const inAny = (point: { lat: number; lon: number }) =>
    outlines.filter((o) => outlineContains(o, point)).map((o) => o.iso2);

  it('leaves the sea off every country (the old outlines ran Syria and the Netherlands out to sea)', () => {
    expect(inAny({ lat: 35.0, lon: 35.3 })).toEqual([]); // the Mediterranean off Syria and Lebanon
    expect(inAny({ lat: 53.3, lon: 4.0 })).toEqual([]); // the North Sea off Noord-Holland
    expect(inAny({ lat: 33.51, lon: 36.29 })).toEqual(['SY']); // Damascus
    expect(inAny({ lat: 52.37, lon: 4.9 })).toEqual(['NL']); // Amsterdam
  });

  it('draws Crimea with Ukraine, as the UN General Assembly recognises it', () => {
    for (const point of [
      { lat: 45.0, lon: 34.1 }, // Simferopol
      { lat: 44.6, lon: 33.52 }, // Sevastopol
    ]) {
      expect(outlineContains(country('UA'), point)).toBe(true);
      expect(outlineContains(country('RU'), point)).toBe(false);
    }
  });

  it('keeps Russia in one piece of the world: its box does not wrap round the antimeridian', () => {
    for (const ring of country('RU').rings) {
      const lons = ring.map(([lon]) => lon);
      expect(Math.max(...lons) - Math.min(...lons)).toBeLessThan(180);
    }
  });
});

describe('names on the map', () => {
  const boxes = (layout: ReturnType<typeof layoutMap>, charWidth: number) =>
    layout.labels.map((label) => {
      const width = label.text.length * charWidth;
      const left =
        label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - width : label.x - width / 2;
      return { left, right: left + width, top: label.y - 6.5, bottom: label.y + 6.5, label };
    });

  it('writes a pin’s name beside it, and the country it lies in, only when asked', () => {
    const plain = layoutMap(outlines, [YARMOUK], 340, 150, { minSpanDegrees: 4 });
    expect(plain.labels).toEqual([]);
    const named = layoutMap(outlines, [YARMOUK], 340, 150, {
      minSpanDegrees: 4,
      labelPins: true,
      countryName: (iso2) => ({ SY: 'Syrië' })[iso2],
    });
    expect(named.labels.map((l) => [l.kind, l.text])).toEqual([
      ['pin', 'Yarmouk camp'],
      ['context', 'Syrië'],
    ]);
    const [pin] = named.labels;
    const [marker] = named.markers;
    expect(Math.abs(pin!.y - marker!.y)).toBeLessThan(20);
  });

  it('does not name a country that is itself on the map as an area', () => {
    const syria = { id: 'syria', name: 'Syria', lat: 33.51, lon: 36.29, iso2: 'SY' };
    const layout = layoutMap(outlines, [syria, YARMOUK], 340, 150, {
      labelPins: true,
      countryName: () => 'Syrië',
    });
    expect(layout.labels.filter((l) => l.kind === 'context')).toEqual([]);
  });

  it('never lets two names overlap or leave the map: a name with no room is left off', () => {
    const crowd = Array.from({ length: 8 }, (_, k) => ({
      id: `p${k}`,
      name: `Place number ${k}`,
      lat: 33.5 + k * 0.01,
      lon: 36.3 + k * 0.01,
    }));
    const layout = layoutMap(outlines, crowd, 240, 140, { labelPins: true, spread: 13, charWidth: 6.2 });
    const placed = boxes(layout, 6.2);
    expect(placed.length).toBeGreaterThan(0);
    expect(placed.length).toBeLessThan(crowd.length);
    for (const a of placed) {
      expect(a.left).toBeGreaterThanOrEqual(0);
      expect(a.right).toBeLessThanOrEqual(240);
      for (const b of placed)
        if (a !== b)
          expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).toBe(false);
    }
  });
});
