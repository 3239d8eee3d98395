/**
 * A small offline map: country outlines from the bundled data and a marker per place, as one SVG. Used by
 * the side panel (all the article's places, markers select an entity) and the popover (one place). No
 * tiles, no network: the outlines come in as data (see src/core/geo).
 */
import { useId } from 'preact/hooks';
import type { JSX } from 'preact';
import { layoutMap, type CountryOutline, type GeoPoint } from '../core/geo';

/** A place to mark: the entity's id, the name shown on hover and read by screen readers, and where it is. */
export interface MapPlace extends GeoPoint {
  id: string;
  name: string;
}

export interface MiniMapProps {
  /** Outlines covering at least the places' region: the whole file, or what `selectOutlines` picked. */
  outlines: readonly CountryOutline[];
  places: readonly MapPlace[];
  /** Size in CSS pixels; the SVG scales with its container beyond that (viewBox). */
  width: number;
  height: number;
  /** Accessible name of the map, from _locales ("Places in this article"): no UI strings in code. */
  label: string;
  selectedId?: string | null;
  /** Without it the markers are pictures, not buttons (the popover's single place). */
  onSelect?: (id: string) => void;
  /** Smallest span shown, in degrees (default 2): how far one place alone is zoomed in. */
  minSpanDegrees?: number;
}

/** Marker radii in pixels; the inset keeps the selected one's halo inside the map. */
const RADIUS = 4.5;
const SELECTED_RADIUS = 6.5;
const INSET = SELECTED_RADIUS + 3;

/** The mini-map. Markers keep the places' order, so Tab walks them in the order the caller chose. */
export function MiniMap(props: MiniMapProps): JSX.Element {
  const { outlines, places, width, height, label, selectedId, onSelect, minSpanDegrees } = props;
  const titleId = useId();
  const layout = layoutMap(outlines, places, width, height, {
    inset: INSET,
    ...(minSpanDegrees === undefined ? {} : { minSpanDegrees }),
  });
  const interactive = onSelect !== undefined;
  return (
    <svg
      class="minimap"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      // role="img" would make the marker buttons presentational (ARIA "children presentational"), so a
      // map with buttons is a labelled group; a map without them is a plain image.
      role={interactive ? 'group' : 'img'}
      aria-labelledby={titleId}
    >
      <title id={titleId}>{label}</title>
      <rect class="minimap__sea" width={width} height={height} />
      <g class="minimap__land" aria-hidden="true">
        {layout.paths.map((path, i) => (
          <path
            key={`${path.iso2 ?? '-'}${i}`}
            class="minimap__country"
            data-iso2={path.iso2 ?? undefined}
            d={path.d}
          />
        ))}
      </g>
      {layout.markers.map((marker) => {
        const selected = marker.id === selectedId;
        const select = () => onSelect?.(marker.id);
        const onKeyDown = (event: KeyboardEvent) => {
          if (event.key !== 'Enter' && event.key !== ' ') return;
          event.preventDefault(); // Space would scroll the panel
          select();
        };
        return (
          <g
            key={marker.id}
            class={selected ? 'minimap__marker minimap__marker--selected' : 'minimap__marker'}
            data-part="marker"
            data-entity={marker.id}
            // Lower-case `tabindex`: Preact sets SVG props as attributes verbatim, and SVG ignores `tabIndex`.
            {...(interactive
              ? {
                  role: 'button',
                  tabindex: 0,
                  'aria-label': marker.name,
                  'aria-pressed': selected,
                  onClick: select,
                  onKeyDown,
                }
              : { 'aria-hidden': 'true' })}
          >
            {/* A native tooltip: hovering shows the name without any script. */}
            <title>{marker.name}</title>
            <circle
              class="minimap__halo"
              cx={marker.x}
              cy={marker.y}
              r={(selected ? SELECTED_RADIUS : RADIUS) + 2}
            />
            <circle
              class="minimap__dot"
              cx={marker.x}
              cy={marker.y}
              r={selected ? SELECTED_RADIUS : RADIUS}
            />
          </g>
        );
      })}
    </svg>
  );
}
