/** The box a mini-map shows: around its places, padded, never too tight, shaped like the map. */
import type { BBox, GeoPoint } from './types';

export interface FitOptions {
  /** Margin on each side, as a fraction of the places' span (0.15 = 15 %). */
  padding?: number;
  /**
   * Smallest span shown, in degrees of latitude (east–west it is the same ground distance): one city alone
   * would otherwise be zoomed in without limit, and a map with no surroundings explains nothing.
   */
  minSpanDegrees?: number;
  /** Width / height of the target in pixels: the box gets the same shape, so nothing is stretched. */
  aspect?: number;
}

const DEFAULTS = { padding: 0.15, minSpanDegrees: 2, aspect: 1 };
/** The whole inhabited world, shown when there is nothing to fit. */
const WORLD: BBox = { west: -180, south: -60, east: 180, north: 80 };
/** Web maps stop near here too; beyond it cos(latitude) makes the east–west span explode. */
const MAX_LAT = 85;

/** cos(latitude): how much shorter a degree of longitude is than a degree of latitude there. */
export function lonScale(lat: number): number {
  // Floor it so boxes near the poles stay finite.
  return Math.max(Math.cos((lat * Math.PI) / 180), 0.05);
}

/**
 * A longitude/latitude box around the points. Spans are compared in "ground degrees" (a longitude span
 * multiplied by cos of the middle latitude), so padding, minimum span and aspect ratio hold on the map as
 * `project` draws it. Points west and east of the antimeridian are not joined across it.
 */
export function fitBounds(points: readonly GeoPoint[], options: FitOptions = {}): BBox {
  const { padding, minSpanDegrees, aspect } = { ...DEFAULTS, ...options };
  if (points.length === 0) return WORLD;
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const { lat, lon } of points) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  const midLat = (south + north) / 2;
  const midLon = (west + east) / 2;
  const k = lonScale(midLat);
  let height = Math.max(north - south, minSpanDegrees) * (1 + 2 * padding);
  let width = Math.max((east - west) * k, minSpanDegrees) * (1 + 2 * padding);
  // Grow the short side to the target's shape rather than shrink the long one: every point stays inside.
  if (width / height < aspect) width = height * aspect;
  else height = width / aspect;
  // Keep the box off the poles by sliding it, not squashing it.
  const top = Math.min(midLat + height / 2, MAX_LAT);
  const bottom = Math.max(top - height, -MAX_LAT);
  return {
    west: midLon - width / k / 2,
    south: bottom,
    east: midLon + width / k / 2,
    north: bottom + height,
  };
}
