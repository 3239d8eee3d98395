/**
 * The annotator of the bundled data, built once per background lifetime. Only the background holds the whole
 * index: content scripts send article text here and get back mentions and the cards of what was found.
 */
import { createAnnotator } from '../core/annotate';
import type { CompiledIndex, EntityCard } from '../core/kb/index-format';
import type { Lang } from '../core/kb/schema';
import type { Mention } from '../core/mention';
import { browser } from '../platform/browser';

const INDEX_URL = 'data/index.json';

interface Loaded {
  index: CompiledIndex;
  annotator: ReturnType<typeof createAnnotator>;
}

let loading: Promise<Loaded> | undefined;

function load(): Promise<Loaded> {
  loading ??= (async () => {
    const response = await fetch(browser.runtime.getURL(INDEX_URL));
    if (!response.ok)
      throw new Error(`Cannot read the bundled data (${INDEX_URL}: HTTP ${response.status}).`);
    const index = (await response.json()) as CompiledIndex;
    return { index, annotator: createAnnotator(index) };
  })();
  // A failed load is not cached: the next request tries again.
  loading.catch(() => (loading = undefined));
  return loading;
}

/** Links the names in an article's text; returns the mentions and the cards of the entities mentioned. */
export async function annotateText(
  text: string,
  language: Lang,
): Promise<{ mentions: Mention[]; cards: Record<string, EntityCard> }> {
  const { index, annotator } = await load();
  const mentions = annotator.annotate(text, { language });
  const cards: Record<string, EntityCard> = {};
  for (const { entityId } of mentions) {
    const card = index.entities[entityId];
    if (card) cards[entityId] = card;
  }
  return { mentions, cards };
}
