/**
 * The one interface of the highlight layer, and the choice between its two implementations at start-up: the CSS
 * Custom Highlight API (highlight.ts; the page's DOM untouched) where the browser has it, else wrapping each
 * mention in an element of our own (wrap-layer.ts; undone exactly by destroy()).
 */
import type { EntityCard } from '../core/kb/index-format';
import type { Mention } from '../core/resolve/mention';
import type { Settings } from '../settings';
import { HighlightLayer } from './highlight';
import { newHighlightToken } from './highlight-names';
import { hasHighlightApi } from './highlight-support';
import type { TextMap } from './textmap';
import { WrapLayer } from './wrap-layer';

export type HighlightStyle = Settings['highlightStyle'];

export interface PaintedMention {
  mention: Mention;
  card: EntityCard;
  range: Range;
  /**
   * A later mention of a name already shown (the reader's "first mention" setting): not drawn, but it answers a
   * hover like any other, where a reader needs a reminder most. Keyboard stepping passes over it.
   */
  quiet?: boolean;
}

/** What the session, hover and keyboard stepping need from a layer, whichever way it paints. */
export interface MentionLayer {
  /**
   * Paints the mentions of one stretch of text (the article, or paragraphs added later); `quiet` ones are kept for
   * hover but not drawn (PaintedMention.quiet).
   */
  add(
    map: TextMap,
    mentions: readonly Mention[],
    cards: Record<string, EntityCard>,
    quiet?: readonly Mention[],
  ): PaintedMention[];
  /** Whether a text node is already part of a painted segment (so it is not annotated twice). */
  covers(node: Text): boolean;
  /** The painted mention at a caret position, if any (the character after or before the caret). */
  lookup(node: Node, offsetInNode: number): PaintedMention | undefined;
  /** Every painted mention in reading order. */
  ordered(): PaintedMention[];
  entityIds(): Set<string>;
  /** Marks the mention the reader is on, or none. */
  setActive(item: PaintedMention | null): void;
  /** Marks a range for a moment, so the reader's eye finds it after a jump. */
  flash(range: Range): void;
  getActive(): PaintedMention | null;
  /** Drops the mentions whose text left the page (removed paragraphs, a swapped body). */
  prune(): void;
  /** Removes every trace of the layer from the page. */
  destroy(): void;
}

export { hasHighlightApi } from './highlight-support';

/** The Highlight API layer when the browser has it, else the wrapping fallback. */
export function createLayer(
  style: HighlightStyle,
  { highlightToken = newHighlightToken(), doc = document }: { highlightToken?: string; doc?: Document } = {},
): MentionLayer {
  return hasHighlightApi() ? new HighlightLayer(style, highlightToken, doc) : new WrapLayer(style, doc);
}
