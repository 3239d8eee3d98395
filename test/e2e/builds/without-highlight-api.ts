/**
 * Stands in for src/content/highlight-support.ts in the end-to-end tests' fallback builds (`npm run build:fallback`,
 * vite.config.ts's `fallback` modes): the browser, which has the Highlight API, is taken for one that does not,
 * so the wrapping layer runs in a real browser. Nothing in the shipped build can switch it.
 */
export function hasHighlightApi(): boolean {
  return false;
}
