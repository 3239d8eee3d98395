/**
 * Countries as areas: which outline belongs to a country entity, where its body lies (its main landmass and
 * the islands near it, not every overseas territory), and where its name goes on a map. Pure: no DOM.
 */
import { lonScale } from './fit';
import type { CardFact } from '../kb/index-format';
import type { BBox, CountryOutline, GeoPoint, LonLat } from './types';

/**
 * Gap, in ground degrees (~110 km), under which a ring still belongs to a country's body: parts of one country
 * that belong together lie that close (Northern Ireland to Great Britain, Shetland to Orkney, Sicily to Italy),
 * while Alaska (1.4° off the lower 48 states), Hawaii or French Guiana stay apart.
 */
const BODY_GAP_DEGREES = 1;

/** The ISO 3166-1 alpha-2 code a card's facts give (countries and territories in the world pack), or null. */
export function countryCode(facts: readonly Pick<CardFact, 'property' | 'code'>[]): string | null {
  const value = facts
    .find((fact) => fact.property === 'iso-3166-1-alpha-2')
    ?.code?.trim()
    .toUpperCase();
  return value !== undefined && /^[A-Z]{2}$/.test(value) ? value : null;
}

/** The country's outline, or null when none is bundled. */
export function countryOutline(outlines: readonly CountryOutline[], iso2: string): CountryOutline | null {
  const rings = outlines.filter((outline) => outline.iso2 === iso2).flatMap((outline) => outline.rings);
  return rings.length > 0 ? { iso2, rings } : null;
}

/** The longitude/latitude box of points. */
export function boundsOf(points: readonly LonLat[]): BBox {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const [lon, lat] of points) {
    if (lon < west) west = lon;
    if (lon > east) east = lon;
    if (lat < south) south = lat;
    if (lat > north) north = lat;
  }
  return { west, south, east, north };
}

/** Area of a ring in square ground degrees (longitudes shrunk by cos latitude), so Alaska is not inflated. */
export function groundArea(ring: readonly LonLat[]): number {
  if (ring.length < 3) return 0;
  const { south, north } = boundsOf(ring);
  const k = lonScale((south + north) / 2);
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x1, y1] = ring[j]!;
    const [x2, y2] = ring[i]!;
    sum += (x1 - x2) * (y1 + y2);
  }
  return Math.abs((sum / 2) * k);
}

/** The ground distance in degrees between two boxes (0 when they meet). */
function gap(a: BBox, b: BBox): number {
  const k = lonScale((Math.max(a.south, b.south) + Math.min(a.north, b.north)) / 2);
  const dx = Math.max(0, a.west - b.east, b.west - a.east) * k;
  const dy = Math.max(0, a.south - b.north, b.south - a.north);
  return Math.hypot(dx, dy);
}

function union(a: BBox, b: BBox): BBox {
  return {
    west: Math.min(a.west, b.west),
    south: Math.min(a.south, b.south),
    east: Math.max(a.east, b.east),
    north: Math.max(a.north, b.north),
  };
}

/**
 * The box whose outlines a card's map of `iso2` needs: `around` (the box about its point) grown to the country's
 * body with a quarter of its size on each side for the neighbours, so a country's card shows the whole country
 * and not only the part around its capital. `around` alone for a code with no outline.
 */
export function countryCover(outlines: readonly CountryOutline[], iso2: string, around: BBox): BBox {
  const outline = countryOutline(outlines, iso2);
  if (!outline) return around;
  const body = bodyBounds(outline);
  const padLon = (body.east - body.west) / 4;
  const padLat = (body.north - body.south) / 4;
  return union(around, {
    west: Math.max(-180, body.west - padLon),
    south: Math.max(-90, body.south - padLat),
    east: Math.min(180, body.east + padLon),
    north: Math.min(90, body.north + padLat),
  });
}

/** The largest ring by ground area: the mainland. */
function largestRing(outline: CountryOutline): readonly LonLat[] {
  let best: readonly LonLat[] = outline.rings[0] ?? [];
  let bestArea = -1;
  for (const ring of outline.rings) {
    const area = groundArea(ring);
    if (area > bestArea) [best, bestArea] = [ring, area];
  }
  return best;
}

/**
 * The box of the country's body: its largest ring and the rings reached from it in steps of at most
 * BODY_GAP_DEGREES, each step from a ring already in (an archipelago joins island by island). Overseas
 * territories, an ocean away, stay out: a map fitted to France shows France, not the Indian Ocean.
 */
export function bodyBounds(outline: CountryOutline): BBox {
  const main = boundsOf(largestRing(outline));
  const rest = outline.rings.map((ring) => boundsOf(ring));
  // Island by island: a ring joins when it lies within the gap of one that has joined (Shetland by way of
  // Orkney), never of the body's whole box, which would swallow whatever lies beside a large country.
  const joined: BBox[] = [main];
  let body = main;
  for (let k = 0; k < joined.length; k++) {
    const from = joined[k]!;
    for (let i = rest.length - 1; i >= 0; i--) {
      if (gap(rest[i]!, from) > BODY_GAP_DEGREES) continue;
      body = union(body, rest[i]!);
      joined.push(rest[i]!);
      rest.splice(i, 1);
    }
  }
  return body;
}

/**
 * Area-weighted centroid of a ring (planar, in degrees): the middle of a country's mainland, which for most
 * shapes lies inside it. Falls back to the box's centre for a degenerate ring.
 */
export function ringCentroid(ring: readonly LonLat[]): GeoPoint {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = ring[j]!;
    const [x1, y1] = ring[i]!;
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  if (Math.abs(area) < 1e-12) {
    const box = boundsOf(ring);
    return { lon: (box.west + box.east) / 2, lat: (box.south + box.north) / 2 };
  }
  return { lon: cx / (3 * area), lat: cy / (3 * area) };
}

/** Where the country's name goes: the middle of its mainland. */
export function labelPoint(outline: CountryOutline): GeoPoint {
  return ringCentroid(largestRing(outline));
}

/** The part of `a` inside `b`, or null when they do not meet. */
export function intersect(a: BBox, b: BBox): BBox | null {
  const box = {
    west: Math.max(a.west, b.west),
    south: Math.max(a.south, b.south),
    east: Math.min(a.east, b.east),
    north: Math.min(a.north, b.north),
  };
  return box.west <= box.east && box.south <= box.north ? box : null;
}

/** Whether `point` lies in the outline (even-odd over all its rings, as the map fills them). */
export function outlineContains(outline: CountryOutline, point: GeoPoint): boolean {
  let within = false;
  for (const ring of outline.rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > point.lat !== yj > point.lat && point.lon < ((xj - xi) * (point.lat - yi)) / (yj - yi) + xi)
        within = !within;
    }
  }
  return within;
}
