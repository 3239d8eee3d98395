/**
 * `npx tsx scripts/generate/outlines.ts`: generates assets/maps/outlines.json, the country outlines the
 * mini-maps draw, from Natural Earth's 1:50m admin-0 countries as world-atlas 2.0.2 ships them (TopoJSON,
 * read with topojson-client). Natural Earth has coastlines, so land and sea are apart on the map.
 * Run by hand; the output is committed. See assets/maps/SOURCES.md.
 *
 * Steps: key each feature by the ISO 3166-1 alpha-2 code of its numeric id (i18n-iso-countries), or by its name
 * where Natural Earth gives no id (UNCODED); draw Crimea with Ukraine (RECOGNISED_BORDERS: the source draws the
 * line of control); drop islands below an area threshold (but never a country's largest polygon, so Malta or
 * Tuvalu keep a shape), simplify each ring with Douglas–Peucker, round to two decimals (about 1 km: finer than
 * anything a 300 px map can show) and drop repeated points.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature, merge } from 'topojson-client';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import countries from 'i18n-iso-countries';
import type { CountryOutline, LonLat, OutlineFile } from '../../src/core/geo/types';

const OUTPUT = 'assets/maps/outlines.json';
const GENERATED = '2026-12-05';
/**
 * Douglas–Peucker tolerance in degrees, by the country's size: a map is fitted to a country's body, so a small
 * country is seen close up and keeps its detail (the Netherlands ~0.015°, ~1.5 km), a large one is seen from afar
 * and keeps less (Russia or Canada 0.08°); about a pixel at the zoom the country's own card shows.
 */
function toleranceFor(largestArea: number): number {
  return Math.min(0.08, Math.max(0.01, Math.sqrt(largestArea) / 150));
}
/** Polygons smaller than this (square degrees, ~25 km² near the equator) are dropped as specks. */
const MIN_AREA = 0.002;

/**
 * Features Natural Earth gives no ISO numeric id, by its name: Kosovo has its user-assigned code; Somaliland is
 * drawn as part of Somalia, which no UN member disputes; the others belong to no single country on the map.
 */
const UNCODED: Readonly<Record<string, string | null>> = {
  Kosovo: 'XK',
  Somaliland: 'SO',
  'N. Cyprus': null,
  'Indian Ocean Ter.': null,
  'Siachen Glacier': null,
};

/**
 * Polygons Natural Earth 4.1 files under the country that controls them, moved to the country the UN General
 * Assembly recognises (resolution 68/262 for Crimea), found by a point inside them.
 */
const RECOGNISED_BORDERS: readonly { from: string; to: string; inside: LonLat; what: string }[] = [
  { from: '643', to: '804', inside: [34.1, 45.0], what: 'Crimea (with Sevastopol)' },
];

type Ring = LonLat[];

/** Signed shoelace area in square degrees; only its size matters here. */
function area(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x1, y1] = ring[j]!;
    const [x2, y2] = ring[i]!;
    sum += (x1 - x2) * (y1 + y2);
  }
  return Math.abs(sum / 2);
}

/** Distance from p to the segment a–b, in degrees (planar: the tolerance is tiny, so this is enough). */
function segmentDistance(p: LonLat, a: LonLat, b: LonLat): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Douglas–Peucker on an open polyline, iterative so long borders cannot overflow the stack. */
function simplifyLine(points: Ring, tolerance: number): Ring {
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let worst = -1;
    let worstDistance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance(points[i]!, points[first]!, points[last]!);
      if (d > worstDistance) [worst, worstDistance] = [i, d];
    }
    if (worst < 0) continue;
    keep[worst] = 1;
    stack.push([first, worst], [worst, last]);
  }
  return points.filter((_, i) => keep[i] === 1);
}

/**
 * Simplifies a closed ring: split at the point farthest from the start, so both halves have distinct ends
 * (Douglas–Peucker needs a real chord), then round and drop the repeats that rounding creates.
 */
function simplifyRing(ring: Ring, tolerance: number): Ring | null {
  const open = ring.slice(0, -1);
  let far = 0;
  for (let i = 1; i < open.length; i++) {
    if (
      Math.hypot(open[i]![0] - open[0]![0], open[i]![1] - open[0]![1]) >
      Math.hypot(open[far]![0] - open[0]![0], open[far]![1] - open[0]![1])
    )
      far = i;
  }
  const halves = [
    simplifyLine(open.slice(0, far + 1), tolerance),
    simplifyLine([...open.slice(far), open[0]!], tolerance),
  ];
  const joined = [...halves[0]!, ...halves[1]!.slice(1)].map(([lon, lat]): LonLat => [
    round(lon),
    round(lat),
  ]);
  const out = joined.filter((p, i) => i === 0 || p[0] !== joined[i - 1]![0] || p[1] !== joined[i - 1]![1]);
  // A closed ring needs three distinct corners; fewer means the island shrank to a dot.
  return out.length >= 4 ? out : null;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Whether `point` lies inside `ring` (even-odd rule). */
function inside(point: LonLat, ring: readonly LonLat[]): boolean {
  let within = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > point[1] !== yj > point[1] && point[0] < ((xj - xi) * (point[1] - yi)) / (yj - yi) + xi)
      within = !within;
  }
  return within;
}

type CountryGeometry = (Polygon | MultiPolygon) & { id?: string; properties?: { name?: string } };

/** The world-atlas topology with RECOGNISED_BORDERS applied: the polygon moved and merged with its country. */
function recognised(topology: Topology): CountryGeometry[] {
  const collection = topology.objects.countries as GeometryCollection<{ name?: string }>;
  let geometries = collection.geometries as CountryGeometry[];
  for (const move of RECOGNISED_BORDERS) {
    const from = geometries.find((g) => g.id === move.from);
    const to = geometries.find((g) => g.id === move.to);
    if (!from || !to || from.type !== 'MultiPolygon') throw new Error(`cannot move ${move.what}`);
    const k = polygonsOf(topology, from).findIndex((polygon) => inside(move.inside, polygon[0]!));
    if (k < 0) throw new Error(`${move.what} is not in ${move.from}`);
    const moved: Polygon = { type: 'Polygon', arcs: from.arcs[k]! };
    const merged = merge(topology, [to, moved]);
    const rest: MultiPolygon = { ...from, arcs: from.arcs.filter((_, i) => i !== k) };
    const joined = { ...to, type: 'MultiPolygon', arcs: [] } as CountryGeometry;
    geometries = geometries.map((g) => (g === from ? rest : g === to ? joined : g)) as CountryGeometry[];
    mergedShapes.set(joined, merged.coordinates as unknown as Ring[][]);
  }
  return geometries;
}
/**
 * A ring cut at the antimeridian keeps its cut edge at one longitude: world-atlas writes Russia's and Fiji's
 * edge as -180 while the rest of the ring lies east of 0, which would make the ring (and the country's box) span
 * the whole world. The edge goes to the ring's own side, and a ring that crosses the line runs on past it.
 */
function onItsSide(ring: Ring): Ring {
  const east = ring.filter(([lon]) => lon > 0).length > ring.length / 2;
  const sided = ring.map(([lon, lat]): LonLat =>
    Math.abs(lon) === 180 ? [east ? 180 : -180, lat] : [lon, lat],
  );
  const lons = sided.map(([lon]) => lon);
  if (Math.max(...lons) - Math.min(...lons) <= 180) return sided;
  // A ring that really crosses (Chukotka, Fiji): its few points beyond the line continue past ±180, as the
  // mini-map's plain projection can draw them.
  return sided.map(([lon, lat]): LonLat =>
    east && lon < 0 ? [lon + 360, lat] : !east && lon > 0 ? [lon - 360, lat] : [lon, lat],
  );
}

/** A country's polygons (outer ring first, then its holes), however the topology stores them. */
function polygonsOf(topology: Topology, geometry: CountryGeometry): Ring[][] {
  const shape = (
    feature(topology, geometry) as unknown as { geometry: { type: string; coordinates: unknown } }
  ).geometry;
  const polygons = shape.type === 'Polygon' ? [shape.coordinates as Ring[]] : (shape.coordinates as Ring[][]);
  return polygons.map((polygon) => polygon.map(onItsSide));
}

/** The coordinates of geometries made by merge(), which has no arcs to give. */
const mergedShapes = new Map<CountryGeometry, Ring[][]>();

function iso2Of(geometry: CountryGeometry): string | null {
  if (geometry.id === undefined) {
    const name = geometry.properties?.name ?? '';
    if (!(name in UNCODED)) throw new Error(`Natural Earth feature without an id: ${name}`);
    return UNCODED[name]!;
  }
  const code = countries.numericToAlpha2(geometry.id);
  if (!code) throw new Error(`no ISO 3166-1 alpha-2 code for ${geometry.id}`);
  return code;
}

/**
 * The outlines of the 1:50m countries, plus those of the 1:10m file for the countries 1:50m leaves out (Tuvalu
 * and other specks), so every state the packs name has a shape.
 */
function outlines(topology: Topology, finer: Topology): CountryOutline[] {
  const byCode = new Map<string | null, Ring[][]>();
  for (const geometry of recognised(topology)) {
    const shape = mergedShapes.get(geometry) ?? polygonsOf(topology, geometry);
    const code = iso2Of(geometry);
    byCode.set(code, [...(byCode.get(code) ?? []), ...shape]);
  }
  const coarse = new Set(byCode.keys());
  for (const geometry of (finer.objects.countries as GeometryCollection).geometries as CountryGeometry[]) {
    const code = geometry.id === undefined ? null : iso2Of(geometry);
    if (code === null || coarse.has(code)) continue;
    byCode.set(code, [...(byCode.get(code) ?? []), ...polygonsOf(finer, geometry)]);
  }
  const result: CountryOutline[] = [];
  for (const [iso2, polygons] of byCode) {
    const largest = Math.max(...polygons.map((polygon) => area(polygon[0]!)));
    const tolerance = toleranceFor(largest);
    const rings: Ring[] = [];
    for (const polygon of polygons) {
      const size = area(polygon[0]!);
      if (size < MIN_AREA && size < largest) continue;
      for (const ring of polygon) {
        const simplified = area(ring) >= MIN_AREA || size === largest ? simplifyRing(ring, tolerance) : null;
        if (simplified) rings.push(simplified);
        else if (ring === polygon[0] && size === largest)
          rings.push(ring.map(([x, y]): LonLat => [round(x), round(y)]));
      }
    }
    if (rings.length > 0) result.push({ iso2, rings });
  }
  return result.sort((a, b) => ((a.iso2 ?? '~') < (b.iso2 ?? '~') ? -1 : 1));
}

const require = createRequire(import.meta.url);
const atlasPath = require.resolve('world-atlas/countries-50m.json');
const atlasVersion = (
  JSON.parse(readFileSync(require.resolve('world-atlas/package.json'), 'utf8')) as { version: string }
).version;
const topology = JSON.parse(readFileSync(atlasPath, 'utf8')) as Topology;
const finer = JSON.parse(readFileSync(require.resolve('world-atlas/countries-10m.json'), 'utf8')) as Topology;
const file: OutlineFile = {
  source: `Natural Earth 1:50m admin-0 countries (1:10m for those 1:50m leaves out), as world-atlas ${atlasVersion} ships them (countries-50m.json, countries-10m.json), simplified by scripts/generate/outlines.ts`,
  licence: 'Natural Earth: public domain; world-atlas: ISC (Michael Bostock); see assets/maps/SOURCES.md',
  generated: GENERATED,
  countries: outlines(topology, finer),
};
const body = file.countries.map((country) => JSON.stringify(country)).join(',\n');
const { countries: _countries, ...head } = file;
const text = `${JSON.stringify(head).slice(0, -1)},"countries":[\n${body}\n]}\n`;
writeFileSync(OUTPUT, text);
const points = file.countries.reduce((n, c) => n + c.rings.reduce((m, r) => m + r.length, 0), 0);
console.log(
  `${OUTPUT}: ${file.countries.length} outlines, ${points} points, ${(text.length / 1024).toFixed(0)} KB`,
);
