/** Shapes shared by the outline generator, the geo helpers and the mini-map. */

/** A position as GeoJSON writes it: longitude first, degrees (WGS 84). */
export type LonLat = readonly [lon: number, lat: number];

/** A place to mark on the map, in degrees (WGS 84). */
export interface GeoPoint {
  lat: number;
  lon: number;
}

/** A longitude/latitude box in degrees; west < east (boxes across the antimeridian are not supported). */
export interface BBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

/**
 * One country or territory: its rings (outer rings and holes alike, drawn with `fill-rule: evenodd`).
 * `iso2` is the ISO 3166-1 alpha-2 code of the feature or of the country it belongs to; null for the two
 * features country-coder codes to no one (Northern Cyprus, Bir Tawil).
 */
export interface CountryOutline {
  iso2: string | null;
  rings: LonLat[][];
}

/** The file `assets/maps/outlines.json`. */
export interface OutlineFile {
  source: string;
  licence: string;
  generated: string;
  countries: CountryOutline[];
}
