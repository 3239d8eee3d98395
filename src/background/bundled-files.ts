/**
 * The data files the build puts in the package (scripts/lib/vite-bundled-data.ts), read by the background with
 * fetch(): a woken service worker reads a file when a request first needs it, not when its scripts start.
 */
import { browser } from '../platform/browser';

/** The bundled names as typed arrays (src/core/kb/index-binary.ts). */
export const INDEX_BINARY_URL = 'data/index.bin';
/** The bundled cards, cues and pack list, without the names and without the cards' details. */
export const CARDS_URL = 'data/cards.json';
/** The cards' summaries and sources by entity id (src/core/kb/card-details.ts). */
export const CARD_DETAILS_URL = 'data/card-details.json';
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
