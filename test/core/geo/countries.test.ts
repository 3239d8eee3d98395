import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  bodyBounds,
  countryCode,
  countryCover,
  countryOutline,
  fitView,
  groundArea,
  intersect,
  labelPoint,
  layoutMap,
  spreadMarkers,
  COUNTRY_WINDOW_DEGREES,
  type BBox,
  type OutlineFile,
} from '../../../src/core/geo';

const outlines = (JSON.parse(readFileSync('assets/maps/outlines.json', 'utf8')) as OutlineFile).countries;
const DAMASCUS = { id: 'damascus', name: 'Damascus', lat: 33.51, lon: 36.29 };
const YARMOUK = { id: 'yarmouk', name: 'Yarmouk', lat: 33.47, lon: 36.3 };
const TADAMOUN = { id: 'tadamoun', name: 'Tadamoun', lat: 33.48, lon: 36.31 };
/** Countries as the world pack gives them: the point is the capital's. */
const SYRIA = { id: 'syria', name: 'Syria', lat: 33.51, lon: 36.29, iso2: 'SY' };
const JORDAN = { id: 'jordan', name: 'Jordan', lat: 31.95, lon: 35.93, iso2: 'JO' };
const UK = { id: 'united-kingdom', name: 'United Kingdom', lat: 51.51, lon: -0.13, iso2: 'GB' };
const RUSSIA = { id: 'russia', name: 'Russia', lat: 55.75, lon: 37.62, iso2: 'RU' };
const USA = { id: 'united-states', name: 'United States', lat: 38.9, lon: -77.04, iso2: 'US' };

function contains(box: BBox, inner: BBox): boolean {
  return (
    box.west <= inner.west && box.east >= inner.east && box.south <= inner.south && box.north >= inner.north
  );
}

function spanOf(box: BBox): { width: number; height: number } {
  const k = Math.cos((((box.north + box.south) / 2) * Math.PI) / 180);
  return { width: (box.east - box.west) * k, height: box.north - box.south };
}

describe('countryCode', () => {
  it('reads the ISO code fact of a world-pack country, and nothing else', () => {
    expect(
      countryCode([
        { property: 'capital', code: undefined },
        { property: 'iso-3166-1-alpha-2', code: 'SY' },
      ]),
    ).toBe('SY');
    expect(countryCode([{ property: 'capital' }])).toBeNull();
    expect(countryCode([{ property: 'iso-3166-1-alpha-2', code: 'Syria' }])).toBeNull();
    expect(countryCode([{ property: 'note', code: 'SY' }])).toBeNull();
  });
});

describe('countryOutline and bodyBounds', () => {
  it('gives France its mainland as its body, not its overseas départements', () => {
    const france = countryOutline(outlines, 'FR')!;
    const body = bodyBounds(france);
    // Metropolitan France lies between about 5° W and 10° E, 41° and 51.5° N (Corsica included).
    expect(body.west).toBeGreaterThan(-7);
    expect(body.east).toBeLessThan(11);
    expect(body.south).toBeGreaterThan(40);
    expect(body.north).toBeLessThan(53);
  });

  it('keeps Alaska and Hawaii out of the body of the United States, and Northern Ireland in the UK’s', () => {
    const us = bodyBounds(countryOutline(outlines, 'US')!);
    expect(us.north).toBeLessThan(50);
    expect(us.west).toBeGreaterThan(-140);
    const uk = bodyBounds(countryOutline(outlines, 'GB')!);
    expect(uk.west).toBeLessThan(-6); // Northern Ireland reaches west of 7° W
    expect(uk.south).toBeGreaterThan(45); // not the South Atlantic islands
  });

  it('has no outline for a code the file does not have', () => {
    expect(countryOutline(outlines, 'ZZ')).toBeNull();
  });

  it('measures area on the ground: a degree of longitude counts less far north', () => {
    const square = (lat: number) =>
      [
        [0, lat],
        [1, lat],
        [1, lat + 1],
        [0, lat + 1],
        [0, lat],
      ] as [number, number][];
    expect(groundArea(square(0))).toBeCloseTo(1, 3);
    expect(groundArea(square(59.5))).toBeCloseTo(0.5, 2);
  });

  it('puts Syria’s name inside Syria, not on Damascus', () => {
    const point = labelPoint(countryOutline(outlines, 'SY')!);
    expect(point.lon).toBeGreaterThan(37);
    expect(point.lon).toBeLessThan(40.5);
    expect(point.lat).toBeGreaterThan(33.5);
    expect(point.lat).toBeLessThan(36.5);
  });

  it('intersects boxes, and says when they do not meet', () => {
    const a = { west: 0, south: 0, east: 10, north: 10 };
    expect(intersect(a, { west: 5, south: -5, east: 20, north: 5 })).toEqual({
      west: 5,
      south: 0,
      east: 10,
      north: 5,
    });
    expect(intersect(a, { west: 11, south: 0, east: 12, north: 1 })).toBeNull();
  });
});

describe('fitView', () => {
  it('fits one country alone whole, even Russia', () => {
    const russia = bodyBounds(countryOutline(outlines, 'RU')!);
    expect(contains(fitView([], [russia]), { ...russia, north: Math.min(russia.north, 85) })).toBe(true);
  });

  it('widens a map of towns to the countries around them', () => {
    const syria = bodyBounds(countryOutline(outlines, 'SY')!);
    const view = fitView([DAMASCUS, YARMOUK], [syria], { aspect: 368 / 220 });
    expect(contains(view, syria)).toBe(true);
  });

  it('lets no country widen a map with pins beyond the window: the towns stay apart', () => {
    const bodies = [RUSSIA, USA].map((c) => bodyBounds(countryOutline(outlines, c.iso2)!));
    const view = fitView([DAMASCUS], bodies, { aspect: 1, padding: 0 });
    const { width, height } = spanOf(view);
    expect(height).toBeLessThanOrEqual(COUNTRY_WINDOW_DEGREES + 1e-6);
    expect(width).toBeLessThanOrEqual(COUNTRY_WINDOW_DEGREES + 1e-6);
    // Russia reaches into the window (the Caucasus is within 15° of Damascus): it widens the view north.
    expect(view.north).toBeGreaterThan(DAMASCUS.lat + 10);
  });

  it('never cuts pins off: towns further apart than the window still all fit', () => {
    const view = fitView([DAMASCUS, { lat: 51.5, lon: -0.13 }], [], { aspect: 1 });
    expect(view.west).toBeLessThan(-0.13);
    expect(view.east).toBeGreaterThan(36.29);
  });
});

describe('spreadMarkers', () => {
  it('moves markers closer than the distance apart, and leaves lone ones alone', () => {
    const spots = [
      { x: 100, y: 100 },
      { x: 101, y: 100 },
      { x: 100, y: 101 },
      { x: 200, y: 50 },
    ];
    const spread = spreadMarkers(spots, 12);
    for (let i = 0; i < 3; i++)
      for (let j = i + 1; j < 3; j++)
        expect(Math.hypot(spread[i]!.x - spread[j]!.x, spread[i]!.y - spread[j]!.y)).toBeGreaterThan(11.9);
    expect(spread[3]).toEqual({ x: 200, y: 50 });
    // Around their common centre, not somewhere else.
    const cx = (spread[0]!.x + spread[1]!.x + spread[2]!.x) / 3;
    expect(cx).toBeCloseTo((100 + 101 + 100) / 3, 6);
  });
});

describe('layoutMap with countries', () => {
  it('shades the United Kingdom instead of putting a pin on London', () => {
    const layout = layoutMap(outlines, [UK], 368, 220);
    expect(layout.markers).toEqual([]);
    expect(layout.areas.map((a) => [a.id, a.iso2])).toEqual([['united-kingdom', 'GB']]);
    expect(layout.areas[0]!.d).toMatch(/^M/);
    // The view holds Great Britain and Northern Ireland, not just London's surroundings.
    expect(layout.bbox.north).toBeGreaterThan(58);
    expect(layout.bbox.west).toBeLessThan(-7);
  });

  it('keeps pins for towns, spreads Damascus’s districts apart, and writes country names inside the map', () => {
    const width = 368;
    const height = 220;
    const layout = layoutMap(outlines, [SYRIA, JORDAN, DAMASCUS, YARMOUK, TADAMOUN], width, height, {
      inset: 10,
      spread: 13,
      charWidth: 6.2,
    });
    expect(layout.areas.map((a) => a.id)).toEqual(['syria', 'jordan']);
    expect(layout.markers.map((m) => m.id)).toEqual(['damascus', 'yarmouk', 'tadamoun']);
    const [d, y, t] = layout.markers;
    expect(Math.hypot(d!.x - y!.x, d!.y - y!.y)).toBeGreaterThan(12.9);
    expect(Math.hypot(t!.x - y!.x, t!.y - y!.y)).toBeGreaterThan(12.9);
    for (const area of layout.areas) {
      const half = (area.name.length * 6.2) / 2;
      expect(area.labelX - half).toBeGreaterThanOrEqual(10);
      expect(area.labelX + half).toBeLessThanOrEqual(width - 10);
    }
    // Syria's name is east of Damascus, in the country's middle.
    expect(layout.areas[0]!.labelX).toBeGreaterThan(d!.x);
  });

  it('leaves off a country wholly outside the window, and pins a country without outline', () => {
    const layout = layoutMap(
      outlines,
      [DAMASCUS, USA, { id: 'atlantis', name: 'Atlantis', lat: 30, lon: 40, iso2: 'ZZ' }],
      368,
      220,
      { inset: 10 },
    );
    expect(layout.areas).toEqual([]);
    expect(layout.markers.map((m) => [m.id, m.kind])).toEqual([
      ['damascus', 'place'],
      ['atlantis', 'place'],
    ]);
  });

  it('fits to the points only when asked (the popover’s outlines cover that box), still shading the country', () => {
    const layout = layoutMap(outlines, [UK], 320, 140, { minSpanDegrees: 6, fitToPoints: true });
    expect(layout.markers).toEqual([]);
    expect(layout.areas.map((a) => a.id)).toEqual(['united-kingdom']);
    // The box is the one around London the popover asked the background for, not all of Great Britain.
    expect(layout.bbox.north - layout.bbox.south).toBeCloseTo(6 * 1.3, 6);
    expect(layout.bbox.north).toBeLessThan(58);
    const [area] = layout.areas;
    expect(area!.labelY).toBeGreaterThan(0);
    expect(area!.labelY).toBeLessThan(140);
  });

  it('gives a country too small to see a pin as well as its shading', () => {
    const malta = { id: 'malta', name: 'Malta', lat: 35.9, lon: 14.51, iso2: 'MT' };
    const layout = layoutMap(outlines, [malta, UK, RUSSIA], 368, 220);
    expect(layout.markers.map((m) => [m.id, m.kind])).toEqual([['malta', 'country']]);
    expect(layout.areas.map((a) => a.id).sort()).toEqual(['malta', 'russia', 'united-kingdom']);
  });
});

describe('countryCover: the outlines a country card needs', () => {
  const aroundLondon: BBox = { west: -3.1, south: 49.5, east: 2.9, north: 53.5 };

  it('grows the box around the capital to the whole country and some of its neighbours', () => {
    const cover = countryCover(outlines, 'GB', aroundLondon);
    const body = bodyBounds(countryOutline(outlines, 'GB')!);
    expect(contains(cover, aroundLondon)).toBe(true);
    expect(contains(cover, body)).toBe(true);
    // Scotland's north and Northern Ireland's west are in; the box around London alone had neither.
    expect(cover.north).toBeGreaterThan(58.5);
    expect(cover.west).toBeLessThan(-8);
  });

  it('keeps the box as it is for a code without an outline', () => {
    expect(countryCover(outlines, 'ZZ', aroundLondon)).toEqual(aroundLondon);
  });
});
