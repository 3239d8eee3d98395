/**
 * What the boot script hands the article script (decision 22). Its first highlights: drawn from the background's
 * paint list while the article script (cards, hover, keyboard) is still being injected, then taken over, as the
 * article script's layer registers its highlights under the same names and retires these in the same task, so the
 * page never shows none in between and none of these is drawn after. And the page's changes meanwhile, which the
 * article script's page watch starts from.
 */
import type { PaintItem } from '../messages';
import { BOOT_CHANGES_FLAG, FIRST_PAINT_FLAG } from './flags';
import { highlightName } from './highlight-names';
import { hasHighlightApi } from './highlight-support';
import { locate, type TextMap } from './textmap';

const scope = globalThis as Record<string, unknown>;

/**
 * Draws `paint` (offsets in `map`'s text) under this page's highlight names, unless the article script has taken
 * over already or the browser has no Highlight API (the article script's wrapping layer then draws alone). Returns
 * whether it drew.
 */
export function drawFirstPaint(
  map: TextMap,
  paint: readonly PaintItem[],
  token: string,
  doc = document,
): boolean {
  if (scope[FIRST_PAINT_FLAG] !== undefined || !hasHighlightApi()) return false;
  const drawn = new Map<string, Highlight>();
  for (const { start, end, key } of paint) {
    const from = locate(map, start);
    const to = locate(map, end, true);
    if (!from || !to) continue;
    const range = doc.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    const name = highlightName(token, key);
    let highlight = drawn.get(name);
    if (!highlight) drawn.set(name, (highlight = new Highlight()));
    highlight.add(range);
  }
  for (const [name, highlight] of drawn) CSS.highlights.set(name, highlight);
  scope[FIRST_PAINT_FLAG] = drawn;
  return drawn.size > 0;
}

/**
 * Takes the first paint out, where the article script's layer has not replaced it already, and keeps any from being
 * drawn after: called when the layer has drawn, when annotations are off and when the article script gave up.
 */
export function retireFirstPaint(): void {
  const drawn = scope[FIRST_PAINT_FLAG];
  scope[FIRST_PAINT_FLAG] = 'retired';
  if (!(drawn instanceof Map) || !hasHighlightApi()) return;
  for (const [name, highlight] of drawn as Map<string, Highlight>)
    if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
}

/** The most changes kept for the article script: a page that never gets one must not fill memory with them. */
const CHANGES_KEPT = 10_000;

interface RecordedChanges {
  records: MutationRecord[];
  observer: MutationObserver;
}

/**
 * Keeps the page's changes from now until the article script takes them (takeChanges), so that what the page adds
 * while the article script is on its way (the next story of an infinite scroll) is annotated as if it had watched.
 */
export function recordChanges(doc: Document = document): void {
  if (scope[BOOT_CHANGES_FLAG]) return;
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => {
    for (const record of batch) if (records.length < CHANGES_KEPT) records.push(record);
  });
  observer.observe(doc, { childList: true, subtree: true });
  scope[BOOT_CHANGES_FLAG] = { records, observer } satisfies RecordedChanges;
}

/** The changes recorded since the boot script asked (once; later calls get none), and no more are recorded. */
export function takeChanges(): MutationRecord[] {
  const recorded = scope[BOOT_CHANGES_FLAG] as RecordedChanges | undefined | null;
  scope[BOOT_CHANGES_FLAG] = null;
  if (!recorded) return [];
  const pending = recorded.observer.takeRecords();
  recorded.observer.disconnect();
  return [...recorded.records, ...pending].slice(0, CHANGES_KEPT);
}
