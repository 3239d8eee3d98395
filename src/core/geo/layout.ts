/** Everything the mini-map draws, computed without a DOM so it can be tested and reused. */
import { clipOutlines, type OutlinePath } from './clip';
import { fitBounds, type FitOptions } from './fit';
import { projection } from './project';
import type { BBox, CountryOutline, GeoPoint } from './types';

/** A place on the map: its id and name, and where its marker goes in pixels. */
export interface PlacedMarker {
  id: string;
  name: string;
  x: number;
  y: number;
}

export interface MapLayout {
  bbox: BBox;
  paths: OutlinePath[];
  markers: PlacedMarker[];
}

/**
 * Fits the box to the places, projects outlines and markers. `inset` is the room kept free at each edge
 * (at least the largest marker's radius plus its halo): a marker is clamped inside it, so it is never cut
 * off even when the box was not fitted to it.
 */
export function layoutMap(
  outlines: readonly CountryOutline[],
  places: readonly (GeoPoint & { id: string; name: string })[],
  width: number,
  height: number,
  options: FitOptions & { inset?: number } = {},
): MapLayout {
  const inset = Math.min(options.inset ?? 10, width / 2, height / 2);
  const bbox = fitBounds(places, { aspect: width / height, ...options });
  const toPixels = projection(bbox, width, height);
  const clamp = (value: number, max: number) => Math.min(Math.max(value, inset), max - inset);
  const markers = places.map(({ id, name, lat, lon }) => {
    const [x, y] = toPixels(lon, lat);
    return { id, name, x: clamp(x, width), y: clamp(y, height) };
  });
  return { bbox, paths: clipOutlines(outlines, bbox, width, height), markers };
}
