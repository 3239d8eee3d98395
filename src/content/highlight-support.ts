/**
 * Whether the browser has the CSS Custom Highlight API, asked in this one place. The end-to-end tests' build for
 * browsers without it (`npm run build:fallback`) puts test/e2e/builds/without-highlight-api.ts here instead.
 */

/** `CSS.highlights` and the `Highlight` constructor (Chrome 105+, Firefox 140+). */
export function hasHighlightApi(where: typeof globalThis = globalThis): boolean {
  const css = (where as { CSS?: { highlights?: unknown } }).CSS;
  return (
    typeof css?.highlights === 'object' && typeof (where as { Highlight?: unknown }).Highlight === 'function'
  );
}
