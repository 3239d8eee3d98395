/** From the world's outlines to the few SVG paths one map needs. */
import { boundsOf } from './countries';
import { projection } from './project';
import type { BBox, CountryOutline, LonLat } from './types';

/** One country's drawable outline: an SVG path `d` in the map's pixels. */
export interface OutlinePath {
  iso2: string | null;
  d: string;
}

function ringIntersects(ring: readonly LonLat[], bbox: BBox): boolean {
  const { west, south, east, north } = boundsOf(ring);
  return west <= bbox.east && east >= bbox.west && south <= bbox.north && north >= bbox.south;
}

/**
 * The outlines with only the rings whose bounding box meets the box, still in longitude/latitude. Small
 * enough to send in a message (so a content script can ask the background for just its region instead of
 * bundling the world), and the input of `clipOutlines`. Rings are kept whole: the SVG viewBox cuts what overflows.
 */
export function selectOutlines(outlines: readonly CountryOutline[], bbox: BBox): CountryOutline[] {
  const selected: CountryOutline[] = [];
  for (const { iso2, rings } of outlines) {
    const kept = rings.filter((ring) => ringIntersects(ring, bbox));
    if (kept.length > 0) selected.push({ iso2, rings: kept });
  }
  return selected;
}

/** Pixels to one decimal: sharper than any screen needs, and short strings. */
function fixed(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/**
 * SVG path data for the countries that meet the box, projected to width × height pixels (one `d` per
 * country, one closed subpath per ring; draw with `fill-rule: evenodd` so holes such as Lesotho show).
 */
export function clipOutlines(
  outlines: readonly CountryOutline[],
  bbox: BBox,
  width: number,
  height: number,
): OutlinePath[] {
  const toPixels = projection(bbox, width, height);
  return selectOutlines(outlines, bbox).map(({ iso2, rings }) => {
    const parts = rings.map((ring) => {
      const points = ring.map(([lon, lat]) => toPixels(lon, lat).map(fixed).join(' '));
      return `M${points.join('L')}Z`;
    });
    return { iso2, d: parts.join('') };
  });
}
