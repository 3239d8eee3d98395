/** Offline maps: bounding boxes, projection and outline clipping for the mini-maps. Pure: no DOM. */
export type { BBox, CountryOutline, GeoPoint, LonLat, OutlineFile } from './types';
export { fitBounds, lonScale, type FitOptions } from './fit';
export { project, projection, type Projection } from './project';
export { clipOutlines, selectOutlines, type OutlinePath } from './clip';
export { layoutMap, type MapLayout, type PlacedMarker } from './layout';
