/** Everything the mini-map draws, computed without a DOM so it can be tested and reused. */
import { clipOutlines, type OutlinePath } from './clip';
import { bodyBounds, countryOutline, intersect, labelPoint, outlineContains } from './countries';
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

/**
 * A name written on the map beside a pin, or of a country a pin lies in (`context`: a country the places are in
 * but no item of the map, named so a town is seen in its country). `x`, `y` are the text's anchor and middle.
 */
export interface PlacedLabel {
  id: string;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
  kind: 'pin' | 'context';
}

export interface MapLayout {
  bbox: BBox;
  paths: OutlinePath[];
  areas: PlacedArea[];
  markers: PlacedMarker[];
  /** Names beside pins and of the countries they lie in, only where they fit without covering another name. */
  labels: PlacedLabel[];
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
  /** Write each pin's name beside it where it fits (the names stay in the pins' titles either way). */
  labelPins?: boolean;
  /**
   * The name of a country by its ISO code, in the reader's language: the country a pin lies in is then named
   * on the map (unless it is itself one of the items). Without it no country is named that is not an item.
   */
  countryName?: (iso2: string) => string | undefined;
  /** The pins' radius in pixels, which a name keeps clear of (default 5). */
  pinRadius?: number;
}

/** Line height of a name on the map, in pixels, for the room it takes (11 px type in minimap.css). */
const LABEL_HEIGHT = 13;
/** Gap between a pin and its name, in pixels. */
const LABEL_GAP = 4;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Room kept between two names, in pixels, so they read as two. */
const LABEL_PADDING = 4;

function overlaps(a: Box, b: Box): boolean {
  const p = LABEL_PADDING;
  return a.left < b.right + p && b.left < a.right + p && a.top < b.bottom && b.top < a.bottom;
}

/**
 * Places names without overlaps, first come first served: the areas' names are fixed, then each pin's name
 * tries the right, the left, above and below its pin, then the countries the pins lie in get theirs at their
 * label point. A name that fits nowhere is left off; its place keeps its name as a title.
 */
function placeLabels(
  outlines: readonly CountryOutline[],
  items: readonly MapItem[],
  areas: readonly PlacedArea[],
  markers: readonly PlacedMarker[],
  toPixels: (lon: number, lat: number) => [number, number],
  size: { width: number; height: number; inset: number; charWidth: number },
  options: LayoutOptions,
): PlacedLabel[] {
  const { width, height, charWidth } = size;
  const edge = 2;
  const radius = options.pinRadius ?? 5;
  const taken: Box[] = [
    ...areas.map((area) => {
      const half = (area.name.length * charWidth) / 2;
      return {
        left: area.labelX - half,
        right: area.labelX + half,
        top: area.labelY - LABEL_HEIGHT / 2,
        bottom: area.labelY + LABEL_HEIGHT / 2,
      };
    }),
    ...markers.map((m) => ({
      left: m.x - radius,
      right: m.x + radius,
      top: m.y - radius,
      bottom: m.y + radius,
    })),
  ];
  const fits = (box: Box) =>
    box.left >= edge &&
    box.top >= edge &&
    box.right <= width - edge &&
    box.bottom <= height - edge &&
    !taken.some((other) => overlaps(box, other));
  const labels: PlacedLabel[] = [];
  const boxOf = (x: number, y: number, textWidth: number, anchor: PlacedLabel['anchor']): Box => {
    const left = anchor === 'start' ? x : anchor === 'end' ? x - textWidth : x - textWidth / 2;
    return { left, right: left + textWidth, top: y - LABEL_HEIGHT / 2, bottom: y + LABEL_HEIGHT / 2 };
  };
  if (options.labelPins) {
    for (const marker of markers) {
      if (marker.kind !== 'place') continue;
      const textWidth = marker.name.length * charWidth;
      const away = radius + LABEL_GAP;
      const tries: [number, number, PlacedLabel['anchor']][] = [
        [marker.x + away, marker.y, 'start'],
        [marker.x - away, marker.y, 'end'],
        [marker.x, marker.y - away - LABEL_HEIGHT / 2, 'middle'],
        [marker.x, marker.y + away + LABEL_HEIGHT / 2, 'middle'],
      ];
      for (const [x, y, anchor] of tries) {
        const box = boxOf(x, y, textWidth, anchor);
        if (!fits(box)) continue;
        taken.push(box);
        labels.push({ id: marker.id, text: marker.name, x, y, anchor, kind: 'pin' });
        break;
      }
    }
  }
  if (options.countryName) {
    const named = new Set(items.flatMap((item) => (item.iso2 ? [item.iso2] : [])));
    for (const marker of markers) {
      if (marker.kind !== 'place') continue;
      const item = items.find((candidate) => candidate.id === marker.id);
      const outline = item && outlines.find((o) => o.iso2 !== null && outlineContains(o, item));
      if (!outline?.iso2 || named.has(outline.iso2)) continue;
      named.add(outline.iso2);
      const text = options.countryName(outline.iso2);
      if (!text) continue;
      const centre = labelPoint(outline);
      const [x, y] = toPixels(centre.lon, centre.lat);
      const box = boxOf(x, y, text.length * charWidth, 'middle');
      if (!fits(box)) continue;
      taken.push(box);
      labels.push({ id: outline.iso2, text, x, y, anchor: 'middle', kind: 'context' });
    }
  }
  return labels;
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
  const labels = placeLabels(
    outlines,
    items,
    areas,
    markers,
    toPixels,
    { width, height, inset, charWidth },
    options,
  );
  return { bbox, paths: clipOutlines(outlines, bbox, width, height), areas, markers, labels };
}
