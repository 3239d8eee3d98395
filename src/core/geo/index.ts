/** Offline maps: bounding boxes, projection and outline clipping for the mini-maps. Pure: no DOM. */
export type { BBox, CountryOutline, GeoPoint, LonLat, OutlineFile } from './types';
export { fitBounds, lonScale, type FitOptions } from './fit';
export { project, projection, type Projection } from './project';
export { clipOutlines, selectOutlines, type OutlinePath } from './clip';
export {
  bodyBounds,
  boundsOf,
  countryCode,
  countryCover,
  countryOutline,
  groundArea,
  intersect,
  labelPoint,
  outlineContains,
  ringCentroid,
} from './countries';
export { COUNTRY_WINDOW_DEGREES, fitView, type ViewOptions } from './view';
export { spreadMarkers, type Spot } from './spread';
export {
  layoutMap,
  type LayoutOptions,
  type MapItem,
  type MapLayout,
  type PlacedArea,
  type PlacedLabel,
  type PlacedMarker,
} from './layout';
