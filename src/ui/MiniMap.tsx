/**
 * A small offline map: country outlines from the bundled data, the countries an article names shaded with
 * their names on them, and a pin per town, city or district, as one SVG. Used by the side panel (all the
 * article's places; a click or Enter selects an entity) and the popover (one place). No tiles, no network:
 * the outlines come in as data (see src/core/geo).
 */
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { layoutMap, type CountryOutline, type MapItem } from '../core/geo';

/**
 * A place to show: the entity's id, the name shown on hover and read by screen readers, where it is, and for
 * a country its ISO 3166-1 code (it is then drawn as its outline, not as a pin at its capital).
 */
export type MapPlace = MapItem;

export interface MiniMapProps {
  /** Outlines covering at least the places' region: the whole file, or what `selectOutlines` picked. */
  outlines: readonly CountryOutline[];
  places: readonly MapPlace[];
  /** Size in CSS pixels; the SVG scales with its container beyond that (viewBox). */
  width: number;
  height: number;
  /** Accessible name of the map, from _locales ("Places in this article"): no UI strings in code. */
  label: string;
  /** Id of an element that tells how to use the map from the keyboard (also from _locales). */
  describedBy?: string;
  selectedId?: string | null;
  /** Without it the markers are pictures, not buttons (the popover's single place). */
  onSelect?: (id: string) => void;
  /** Smallest span shown, in degrees (default 2): how far one place alone is zoomed in. */
  minSpanDegrees?: number;
  /** Fit to the places' points only (see `LayoutOptions.fitToPoints`): outlines were fetched for that box. */
  fitToPoints?: boolean;
  /**
   * The reader's language: pins get their names beside them where they fit, and the country a pin lies in is
   * named too (in this language, from the browser's own region names), so a town is seen in its country.
   */
  lang?: string;
}

/** The browser's name of a country or territory in `lang` (Intl.DisplayNames), or undefined. */
function regionNamer(lang: string | undefined): ((iso2: string) => string | undefined) | undefined {
  if (!lang) return undefined;
  try {
    const names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    return (iso2) => {
      try {
        return names.of(iso2);
      } catch {
        return undefined;
      }
    };
  } catch {
    return undefined;
  }
}

/** Marker radii in pixels; the inset keeps the selected one's halo inside the map. */
const RADIUS = 4.5;
const SELECTED_RADIUS = 6.5;
const INSET = SELECTED_RADIUS + 3;
/** Pins closer than this are spread onto a small circle, so each can be hovered and clicked. */
const SPREAD = 2 * RADIUS + 4;
/** Country names: font size (also in minimap.css) and the average character width it gives, in pixels. */
const LABEL_CHAR_WIDTH = 6.2;

/** Keys that move between the map's places; the map is one tab stop, as a listbox or a toolbar would be. */
const NEXT = new Set(['ArrowRight', 'ArrowDown']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp']);

/** Whether the browser shows a focus ring there; one that cannot tell (no :focus-visible) says yes. */
function focusVisible(element: Element | null): boolean {
  try {
    return element?.matches(':focus-visible') ?? false;
  } catch {
    return true;
  }
}

/**
 * The mini-map. Places keep the caller's order: arrow keys walk them in that order (Home and End jump to
 * the ends), Tab leaves the map, Enter or Space selects.
 */
export function MiniMap(props: MiniMapProps): JSX.Element {
  const { outlines, places, width, height, label, describedBy, selectedId, onSelect, minSpanDegrees, lang } =
    props;
  const fitToPoints = props.fitToPoints ?? false;
  const titleId = useId();
  const svgRef = useRef<SVGSVGElement>(null);
  // One Intl.DisplayNames per language, not one per render (the side panel re-renders the map on every selection).
  const countryName = useMemo(() => regionNamer(lang), [lang]);
  const layout = layoutMap(outlines, places, width, height, {
    inset: INSET,
    spread: SPREAD,
    charWidth: LABEL_CHAR_WIDTH,
    fitToPoints,
    ...(minSpanDegrees === undefined ? {} : { minSpanDegrees }),
    labelPins: lang !== undefined,
    countryName,
    pinRadius: RADIUS + 2,
  });
  const interactive = onSelect !== undefined;
  const pinned = new Set(layout.markers.map((marker) => marker.id));
  // A country too small to see is a pin; its shape is still shaded but is not a second target.
  const areas = layout.areas.filter((area) => !pinned.has(area.id));
  const drawn = new Set([...pinned, ...areas.map((area) => area.id)]);
  const order = places.map((place) => place.id).filter((id) => drawn.has(id));

  // Roving tab stop: the selected place, else the last one focused, else the first.
  const [current, setCurrent] = useState<string | null>(null);
  useEffect(() => {
    if (selectedId && drawn.has(selectedId)) setCurrent(selectedId);
  }, [selectedId]);
  const tabStop = current !== null && drawn.has(current) ? current : (order[0] ?? null);

  // The area with a visible focus: its ring is drawn again above every shape, or neighbours would hide it.
  const [ringed, setRinged] = useState<string | null>(null);

  const focusPlace = (id: string) => {
    setCurrent(id);
    const targets = svgRef.current?.querySelectorAll<SVGElement>('[role="button"][data-entity]') ?? [];
    for (const target of targets) if (target.getAttribute('data-entity') === id) target.focus();
  };

  const handlers = (id: string, name: string) => {
    if (!interactive) return { 'aria-hidden': 'true' } as const;
    const onKeyDown = (event: KeyboardEvent) => {
      const at = order.indexOf(id);
      let to: string | undefined;
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault(); // Space would scroll the panel
        onSelect(id);
        return;
      }
      if (NEXT.has(event.key)) to = order[(at + 1) % order.length];
      else if (PREVIOUS.has(event.key)) to = order[(at - 1 + order.length) % order.length];
      else if (event.key === 'Home') to = order[0];
      else if (event.key === 'End') to = order[order.length - 1];
      if (to === undefined) return;
      event.preventDefault(); // arrows would scroll the panel
      focusPlace(to);
    };
    return {
      role: 'button' as const,
      // Lower-case `tabindex`: Preact sets SVG props as attributes verbatim, and SVG ignores `tabIndex`.
      tabindex: id === tabStop ? 0 : -1,
      'aria-label': name,
      'aria-pressed': id === selectedId,
      onClick: () => onSelect(id),
      onFocus: (event: FocusEvent) => {
        setCurrent(id);
        setRinged(focusVisible(event.currentTarget as Element | null) ? id : null);
      },
      onBlur: () => setRinged(null),
      onKeyDown,
    };
  };

  return (
    <svg
      ref={svgRef}
      class="minimap"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      // role="img" would make the marker buttons presentational (ARIA "children presentational"), so a
      // map with buttons is a labelled group; a map without them is a plain image.
      role={interactive ? 'group' : 'img'}
      aria-labelledby={titleId}
      aria-describedby={interactive ? describedBy : undefined}
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
      {layout.areas
        .filter((area) => pinned.has(area.id))
        .map((area) => (
          <path key={area.id} class="minimap__area-shape" d={area.d} aria-hidden="true" />
        ))}
      {areas.map((area) => {
        const selected = area.id === selectedId;
        return (
          <g
            key={area.id}
            class={selected ? 'minimap__area minimap__area--selected' : 'minimap__area'}
            data-part="area"
            data-entity={area.id}
            data-iso2={area.iso2}
            {...handlers(area.id, area.name)}
          >
            {/* A native tooltip: hovering shows the name without any script. */}
            <title>{area.name}</title>
            <path class="minimap__area-shape" d={area.d} />
          </g>
        );
      })}
      {areas
        .filter((area) => area.id === selectedId || area.id === ringed)
        .map((area) => (
          <path
            key={area.id}
            class={area.id === ringed ? 'minimap__ring minimap__ring--focus' : 'minimap__ring'}
            d={area.d}
            aria-hidden="true"
          />
        ))}
      {/* Names after every shape, so a neighbour's shading never covers one; clicks fall through to the shape. */}
      <g class="minimap__labels" aria-hidden="true">
        {areas.map((area) => (
          <text key={area.id} class="minimap__label" x={area.labelX} y={area.labelY} text-anchor="middle">
            {area.name}
          </text>
        ))}
        {layout.labels.map((placed) => (
          <text
            key={`${placed.kind}:${placed.id}`}
            class={`minimap__label minimap__label--${placed.kind}`}
            data-part={placed.kind === 'pin' ? 'pin-label' : 'country-label'}
            x={placed.x}
            y={placed.y}
            text-anchor={placed.anchor}
          >
            {placed.text}
          </text>
        ))}
      </g>
      {layout.markers.map((marker) => {
        const selected = marker.id === selectedId;
        const classes = ['minimap__marker', `minimap__marker--${marker.kind}`];
        if (selected) classes.push('minimap__marker--selected');
        return (
          <g
            key={marker.id}
            class={classes.join(' ')}
            data-part="marker"
            data-entity={marker.id}
            {...handlers(marker.id, marker.name)}
          >
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
