import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clipOutlines, fitBounds, layoutMap, project, selectOutlines } from '../../../src/core/geo';
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
    expect(text.length).toBeLessThan(400 * 1024);
    expect(text).not.toMatch(/\d\.\d{3}/);
    const codes = new Set(outlines.map((o) => o.iso2));
    for (const code of ['SY', 'LB', 'IL', 'PS', 'BE', 'NL', 'MT', 'SG', 'TV'])
      expect(codes.has(code)).toBe(true);
  });
});
