/** Everything the mini-map draws, computed without a DOM so it can be tested and reused. */
import { clipOutlines, type OutlinePath } from './clip';
import { bodyBounds, countryOutline, intersect, labelPoint } from './countries';
import { fitBounds } from './fit';
import { projection } from './project';
import { spreadMarkers } from './spread';
import type { BBox, CountryOutline, GeoPoint } from './types';
import { fitView, type ViewOptions } from './view';

/**
 * One thing to show: a place (a pin at its point) or, with `iso2`, a country (its outline shaded, its name
 * written on it). A country whose outline is not bundled falls back to a pin at its point.
 */
export interface MapItem extends GeoPoint {
  id: string;
  name: string;
  iso2?: string | null;
}

/** A pin in pixels. `country` marks a country shown as a pin because its outline is too small to see. */
export interface PlacedMarker {
  id: string;
  name: string;
  x: number;
  y: number;
  kind: 'place' | 'country';
}

/** A country drawn as an area: its outline as SVG path data, and where its name goes (text centre). */
export interface PlacedArea {
  id: string;
  name: string;
  iso2: string;
  d: string;
  labelX: number;
  labelY: number;
}

export interface MapLayout {
  bbox: BBox;
  paths: OutlinePath[];
  areas: PlacedArea[];
  markers: PlacedMarker[];
}

export interface LayoutOptions extends ViewOptions {
  /** Room kept free at each edge, in pixels (the largest marker's radius plus its halo). */
  inset?: number;
  /** Markers closer than this are spread apart (pixels); 0 leaves them where they are. */
  spread?: number;
  /** Average width of one character of a country's name, in pixels: keeps names inside the map. */
  charWidth?: number;
  /**
   * Fit the view to every item's point (a country's is its capital), not to the countries' bodies: for a
   * caller whose outlines were fetched for that box only (the popover asks the background for the region
   * around one point), so nothing outside them is shown as empty sea. Countries are still shaded, not pinned.
   */
  fitToPoints?: boolean;
}

/** A country whose body is smaller than this on the map, in pixels both ways, gets a pin: a speck is no target. */
const MIN_AREA_PIXELS = 8;

/**
 * Fits the view to the places' points and the countries' bodies (see `fitView` for the cap), projects
 * outlines, areas and markers. `inset` is the room kept free at each edge: a marker or name is clamped
 * inside it, so it is never cut off even when the box was not fitted to it.
 */
export function layoutMap(
  outlines: readonly CountryOutline[],
  items: readonly MapItem[],
  width: number,
  height: number,
  options: LayoutOptions = {},
): MapLayout {
  const inset = Math.min(options.inset ?? 10, width / 2, height / 2);
  const { spread = 0, charWidth = 6.5 } = options;
  const countries = items.map((item) => {
    const outline = item.iso2 ? countryOutline(outlines, item.iso2) : null;
    return { item, outline, body: outline ? bodyBounds(outline) : null };
  });
  const points = countries.filter((c) => !c.outline).map((c) => c.item);
  const bodies = countries.flatMap((c) => (c.body ? [c.body] : []));
  const bbox = options.fitToPoints
    ? fitBounds(items, { aspect: width / height, ...options })
    : fitView(points, bodies, { aspect: width / height, ...options });
  const toPixels = projection(bbox, width, height);
  const clamp = (value: number, low: number, high: number) =>
    Math.min(Math.max(value, low), Math.max(low, high));

  const areas: PlacedArea[] = [];
  const pins: PlacedMarker[] = [];
  for (const { item, outline, body } of countries) {
    const { id, name } = item;
    if (!outline || !body) {
      const [x, y] = toPixels(item.lon, item.lat);
      pins.push({ id, name, x, y, kind: 'place' });
      continue;
    }
    const visible = intersect(body, bbox);
    // A country wholly outside the window (the United Kingdom on a map of Syria) is left off: a pin in a
    // corner would look like a place there. The side panel's list still has it.
    if (!visible) continue;
    const [x0, y0] = toPixels(body.west, body.north);
    const [x1, y1] = toPixels(body.east, body.south);
    const [d] = clipOutlines([outline], bbox, width, height).map((path) => path.d);
    const centre = labelPoint(outline);
    let [lx, ly] = toPixels(centre.lon, centre.lat);
    if (lx < 0 || lx > width || ly < 0 || ly > height) {
      // The mainland's middle is off the map (Russia seen from Syria): name the part that is on it.
      [lx, ly] = toPixels((visible.west + visible.east) / 2, (visible.south + visible.north) / 2);
    }
    if (x1 - x0 < MIN_AREA_PIXELS && y1 - y0 < MIN_AREA_PIXELS) {
      pins.push({ id, name, x: lx, y: ly, kind: 'country' });
      if (d) areas.push({ id, name, iso2: outline.iso2!, d, labelX: lx, labelY: ly });
      continue;
    }
    const half = (name.length * charWidth) / 2;
    areas.push({
      id,
      name,
      iso2: outline.iso2!,
      d: d ?? '',
      labelX: clamp(lx, inset + half, width - inset - half),
      labelY: clamp(ly, inset + 6, height - inset - 6),
    });
  }
  const markers = (spread > 0 ? spreadMarkers(pins, spread) : pins).map((marker) => ({
    ...marker,
    x: clamp(marker.x, inset, width - inset),
    y: clamp(marker.y, inset, height - inset),
  }));
  return { bbox, paths: clipOutlines(outlines, bbox, width, height), areas, markers };
}
