/**
 * Equirectangular projection with its standard parallel at the middle of the box: x = lon · cos(φ₀),
 * y = lat. Within a few hundred kilometres (a mini-map's range) shapes and distances stay true to a few
 * percent, with no projection library; far from φ₀ (a world view) east–west is stretched, which is fine
 * for orientation.
 */
import { lonScale } from './fit';
import type { BBox, GeoPoint } from './types';

/** Maps longitude and latitude to SVG pixels (x to the right = east, y down = south). */
export type Projection = (lon: number, lat: number) => [x: number, y: number];

/**
 * The projection that fits the box into width × height pixels with one scale on both axes, centred. A box
 * from `fitBounds` with the same aspect fills the area exactly; any other box is letterboxed, never
 * stretched.
 */
export function projection(bbox: BBox, width: number, height: number): Projection {
  const k = lonScale((bbox.south + bbox.north) / 2);
  const midLon = (bbox.west + bbox.east) / 2;
  const midLat = (bbox.south + bbox.north) / 2;
  const spanX = Math.max((bbox.east - bbox.west) * k, 1e-9);
  const spanY = Math.max(bbox.north - bbox.south, 1e-9);
  const scale = Math.min(width / spanX, height / spanY);
  return (lon, lat) => [width / 2 + (lon - midLon) * k * scale, height / 2 - (lat - midLat) * scale];
}

/** One point in SVG pixels; for many points build the `projection` once. */
export function project(point: GeoPoint, bbox: BBox, width: number, height: number): [x: number, y: number] {
  return projection(bbox, width, height)(point.lon, point.lat);
}
