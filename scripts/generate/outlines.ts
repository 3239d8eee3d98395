/**
 * `npx tsx scripts/generate/outlines.ts`: generates assets/maps/outlines.json, the country outlines the
 * mini-maps draw, from the borders @rapideditor/country-coder ships (GeoJSON MultiPolygons, WGS 84).
 * Run by hand; the output is committed. See assets/maps/SOURCES.md.
 *
 * Steps: group the features by ISO code, drop islands below an area threshold (but never a country's
 * largest polygon, so Malta or Tuvalu keep a shape), simplify each ring with Douglas–Peucker, round to two
 * decimals (about 1 km: finer than anything a 300 px map can show) and drop repeated points.
 * The source has no coastlines (its maritime borders are "highly generalized"): see SOURCES.md.
 */
import { writeFileSync } from 'node:fs';
import { borders } from '@rapideditor/country-coder';
import type { CountryOutline, LonLat, OutlineFile } from '../../src/core/geo/types';

const OUTPUT = 'assets/maps/outlines.json';
const GENERATED = '2026-11-24';
/** Douglas–Peucker tolerance in degrees: ~2 km, invisible at country zoom, keeps the file small. */
const TOLERANCE = 0.02;
/** Polygons smaller than this (square degrees, ~25 km² near the equator) are dropped as specks. */
const MIN_AREA = 0.002;

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
function simplifyRing(ring: Ring): Ring | null {
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
    simplifyLine(open.slice(0, far + 1), TOLERANCE),
    simplifyLine([...open.slice(far), open[0]!], TOLERANCE),
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

function outlines(): CountryOutline[] {
  const byCode = new Map<string | null, Ring[][]>();
  for (const feature of borders.features) {
    if (!feature.geometry) continue; // aggregates (EU, Africa…) have no geometry of their own
    const code = feature.properties.iso1A2 ?? feature.properties.country ?? null;
    const polygons = byCode.get(code) ?? [];
    polygons.push(...(feature.geometry.coordinates as unknown as Ring[][]));
    byCode.set(code, polygons);
  }
  const result: CountryOutline[] = [];
  for (const [iso2, polygons] of byCode) {
    const largest = Math.max(...polygons.map((polygon) => area(polygon[0]!)));
    const rings: Ring[] = [];
    for (const polygon of polygons) {
      const size = area(polygon[0]!);
      if (size < MIN_AREA && size < largest) continue;
      for (const ring of polygon) {
        const simplified = area(ring) >= MIN_AREA || size === largest ? simplifyRing(ring) : null;
        // Tiny countries would vanish entirely: keep their largest ring rounded but unsimplified.
        if (simplified) rings.push(simplified);
        else if (ring === polygon[0] && size === largest)
          rings.push(ring.map(([x, y]): LonLat => [round(x), round(y)]));
      }
    }
    if (rings.length > 0) result.push({ iso2, rings });
  }
  // Stable order so regenerating gives a reviewable diff; the two code-less features go last.
  return result.sort((a, b) => ((a.iso2 ?? '~') < (b.iso2 ?? '~') ? -1 : 1));
}

const file: OutlineFile = {
  source:
    '@rapideditor/country-coder 5.6.1, src/data/borders.json (simplified by scripts/generate/outlines.ts)',
  licence: 'ISC (country-coder contributors); see assets/maps/SOURCES.md',
  generated: GENERATED,
  countries: outlines(),
};
// One country per line: small diffs when the data changes, still compact.
const body = file.countries.map((country) => JSON.stringify(country)).join(',\n');
const { countries: _countries, ...head } = file;
const text = `${JSON.stringify(head).slice(0, -1)},"countries":[\n${body}\n]}\n`;
writeFileSync(OUTPUT, text);
const points = file.countries.reduce((n, c) => n + c.rings.reduce((m, r) => m + r.length, 0), 0);
console.log(
  `${OUTPUT}: ${file.countries.length} outlines, ${points} points, ${(text.length / 1024).toFixed(0)} KB`,
);
