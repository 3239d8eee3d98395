/** The box a map shows when it has countries (areas) as well as places (points). */
import { boundsOf, intersect } from './countries';
import { fitBounds, lonScale, type FitOptions } from './fit';
import type { BBox, GeoPoint, LonLat } from './types';

/**
 * How far countries may widen a map that also has pins: a window of 30 ground degrees (about 3,300 km)
 * around the pins. Why 30: on the side panel's 368-pixel map a 30° window (plus padding) gives about nine
 * pixels per degree, so two towns 100 km apart are still two markers, while the window still holds a whole
 * region (the Levant with Turkey, Iraq and Jordan; Western Europe from Ireland to Poland). A country bigger
 * than that (Russia, the United States, China) is drawn as far as it reaches into the window, so it is seen
 * at the edge without shrinking every town to one dot. Pins themselves are never cut: when they alone span
 * more than the window, the window grows to them.
 */
export const COUNTRY_WINDOW_DEGREES = 30;

export interface ViewOptions extends FitOptions {
  /** Side of the window countries may widen a map with pins to, in ground degrees. */
  windowDegrees?: number;
}

function corners(box: BBox): GeoPoint[] {
  return [
    { lon: box.west, lat: box.south },
    { lon: box.east, lat: box.north },
  ];
}

/**
 * Fits the view to the points and the areas' boxes (each a country's body, see `bodyBounds`). Without
 * points the areas are shown whole: one country alone, even Russia, is the subject of the map. With points
 * the areas count only as far as they fall inside the window around the points.
 */
export function fitView(
  points: readonly GeoPoint[],
  areas: readonly BBox[],
  options: ViewOptions = {},
): BBox {
  const { windowDegrees = COUNTRY_WINDOW_DEGREES, ...fit } = options;
  if (points.length === 0) return fitBounds(areas.flatMap(corners), fit);
  const pins = boundsOf(points.map(({ lon, lat }): LonLat => [lon, lat]));
  const midLat = (pins.south + pins.north) / 2;
  const midLon = (pins.west + pins.east) / 2;
  const k = lonScale(midLat);
  const halfHeight = Math.max(pins.north - pins.south, windowDegrees) / 2;
  const halfWidth = Math.max((pins.east - pins.west) * k, windowDegrees) / 2 / k;
  const window: BBox = {
    west: midLon - halfWidth,
    south: midLat - halfHeight,
    east: midLon + halfWidth,
    north: midLat + halfHeight,
  };
  const inside = areas.map((area) => intersect(area, window)).filter((box) => box !== null);
  return fitBounds([...points, ...inside.flatMap(corners)], fit);
}
