/**
 * What a reader sees of an article's mentions (issue #19: the background owns the article, the page gets a paint
 * list): the meanings they chose applied, the names they hid, the types and the demonyms they switched off left
 * out; of the rest, which are drawn and which stay quiet (a later mention under "first mention only", which still
 * answers a hover), and the first paint's styles. One rule for the boot script's first paint and the article
 * script's layer.
 */
import type { EntityType } from '../core/kb/schema';
import type { Mention } from '../core/resolve/mention';
import { applyRelinks } from '../core/resolve/relink';
import { shownMentions, type ShownOptions } from '../core/analysis/visible';
import { styleKey } from '../content/highlight-names';
import type { PaintItem, PaintMention } from '../messages';
import { choicesOn, type Settings } from '../settings';

export interface ReaderView {
  /** Every mention with the reader's chosen meanings applied (what attribution and gaps read). */
  all: Mention[];
  /** The mentions the reader is shown, in text order; `quiet` where not drawn. */
  shown: PaintMention[];
}

/**
 * The reader's view of `mentions` on a page of `hostname`; `alreadyShown`: entities drawn earlier on the page (for
 * paragraphs that arrive later).
 */
export function readerView(
  mentions: readonly Mention[],
  settings: Settings,
  hostname: string,
  typeOf: (entityId: string) => EntityType | undefined,
  alreadyShown?: ReadonlySet<string>,
): ReaderView {
  const { hidden, relinks } = choicesOn(settings, hostname);
  const all = applyRelinks(mentions, relinks);
  const options: ShownOptions = {
    typeOf,
    types: settings.entityTypes,
    demonyms: settings.showDemonyms,
    hidden,
  };
  const listed = shownMentions(all, options);
  const firstOnly = settings.mentions === 'first';
  const drawn = new Set(
    shownMentions(all, { ...options, firstOnly, alreadyShown: firstOnly ? alreadyShown : undefined }),
  );
  return {
    all,
    shown: listed.map((mention) => (drawn.has(mention) ? mention : { ...mention, quiet: true })),
  };
}

/** The first paint: the drawn mentions' places and styles. */
export function paintList(
  mentions: readonly Mention[],
  settings: Settings,
  hostname: string,
  typeOf: (entityId: string) => EntityType | undefined,
): PaintItem[] {
  const paint: PaintItem[] = [];
  for (const { start, end, entityId, quiet } of readerView(mentions, settings, hostname, typeOf).shown) {
    const type = quiet ? undefined : typeOf(entityId);
    const key = type && styleKey(settings.highlightStyle, type);
    if (key) paint.push({ start, end, key });
  }
  return paint;
}
