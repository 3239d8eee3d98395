/**
 * The data files the build puts in the package (scripts/lib/vite-bundled-data.ts), read by the background with
 * fetch(): a woken service worker reads a file when a request first needs it, not when its scripts start.
 */
import { browser } from '../platform/browser';

/** The bundled names as typed arrays (src/core/engine/index-binary.ts). */
export const INDEX_BINARY_URL = 'data/index.bin';
/** The build's name for the bundled index's contents; none where no build defined one (scripts run by tsx). */
export const INDEX_KEY = typeof __BACKSTORY_INDEX_KEY__ === 'string' ? __BACKSTORY_INDEX_KEY__ : null;
/** Where the parts of the index of that key start; none where no build said. */
export const INDEX_RANGES =
  typeof __BACKSTORY_INDEX_RANGES__ === 'object' ? __BACKSTORY_INDEX_RANGES__ : undefined;
/** The bundled pack list and cue words; the cards are in the card store (src/core/kb/card-store.ts). */
export const BUNDLED_URL = 'data/bundled.json';
/** The country outlines of the mini-maps (assets/maps/outlines.json, minified). */
export const OUTLINES_URL = 'data/outlines.json';

export async function fetchBundled(url: string): Promise<Response> {
  const response = await fetch(browser.runtime.getURL(url));
  if (!response.ok) throw new Error(`Cannot read the bundled data (${url}: HTTP ${response.status}).`);
  return response;
}

/** `load`, run once per background lifetime; a failed load is forgotten, so the next request tries again. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => {
    if (!promise) {
      promise = load();
      promise.catch(() => (promise = undefined));
    }
    return promise;
  };
}
