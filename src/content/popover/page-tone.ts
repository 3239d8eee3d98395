/**
 * Whether the page around a name is light or dark, from the colours it paints: a card in the reader's automatic
 * theme takes the page's tone, so a light page gets a light card even on a dark system (and a dark page a dark
 * one), as Dark Reader and the browsers' own pickers match what is under them.
 */

export type Tone = 'light' | 'dark';

/** WCAG relative luminance under which a background reads as dark (mid grey #777 is about 0.18). */
const DARK_LUMINANCE = 0.2;
/** A background at least this opaque decides; fainter ones let the colour beneath show through. */
const OPAQUE_ENOUGH = 0.5;

/** The red, green, blue (0–255) and alpha (0–1) of a computed `rgb()` or `rgba()` colour; null for others. */
export function parseRgb(value: string): { r: number; g: number; b: number; a: number } | null {
  const match = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(
    value.trim(),
  );
  if (!match) return null;
  const alpha =
    match[4] === undefined ? 1 : match[4].endsWith('%') ? parseFloat(match[4]) / 100 : Number(match[4]);
  return { r: Number(match[1]), g: Number(match[2]), b: Number(match[3]), a: alpha };
}

/** WCAG 2 relative luminance of an sRGB colour. */
export function luminance({ r, g, b }: { r: number; g: number; b: number }): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/**
 * The tone of the first background at least half opaque from `start` up to the root; where the page paints none,
 * the canvas: dark only when the page opts into dark colours (`color-scheme`) and the system is dark.
 */
export function pageTone(start: Element | null, win: Window): Tone {
  for (let element = start; element; element = element.parentElement) {
    const colour = parseRgb(win.getComputedStyle(element).backgroundColor);
    if (colour && colour.a >= OPAQUE_ENOUGH) return luminance(colour) < DARK_LUMINANCE ? 'dark' : 'light';
  }
  const root = win.document.documentElement;
  const scheme = root ? win.getComputedStyle(root).colorScheme : '';
  const systemDark = win.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  const optsDark = /\bdark\b/.test(scheme);
  const optsLight = /\blight\b/.test(scheme);
  return optsDark && (systemDark || !optsLight) ? 'dark' : 'light';
}
