/**
 * The highlight layer: mentions painted with the CSS Custom Highlight API, one named highlight per entity type
 * (styled by highlights.css), added segment by segment as paragraphs arrive. The page's DOM is never touched;
 * destroy() removes every trace.
 */
import type { EntityCard } from '../core/kb/index-format';
import type { Mention } from '../core/resolve/mention';
import type { HighlightStyle, MentionLayer, PaintedMention } from './layer';
import { highlightName, styleKey } from './highlight-names';
import { PaintedSegments } from './painted-segments';
import { locate, type TextMap } from './textmap';

export type { PaintedMention } from './layer';

/** Above the type highlights, so the mention the reader is on shows over its underline. */
const ACTIVE_PRIORITY = 1;

/** How long a revealed mention stays marked. */
export const FLASH_MS = 1600;

/** The live Range of a mention in a text map. */
export function rangeOf(map: TextMap, mention: Mention, doc: Document = document): Range | null {
  const start = locate(map, mention.start);
  const end = locate(map, mention.end, true);
  if (!start || !end) return null;
  const range = doc.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  return range;
}

/** The layer of browsers with the CSS Custom Highlight API: the page's DOM is never touched. */
export class HighlightLayer extends PaintedSegments implements MentionLayer {
  private readonly registered = new Map<string, Highlight>();
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  /** The registry name of the mention the reader is on (hovered or stepped to by keyboard). */
  private readonly activeName: string;

  /** `token`: this page's highlight names (highlight-names.ts), the ones the inserted stylesheet styles. */
  constructor(
    private style: HighlightStyle,
    private readonly token: string,
    private readonly doc: Document = document,
  ) {
    super();
    this.activeName = highlightName(token, 'active');
  }

  private setActiveRange(range: Range): void {
    const highlight = new Highlight(range);
    highlight.priority = ACTIVE_PRIORITY;
    CSS.highlights.set(this.activeName, highlight);
  }

  /** Paints the mentions of one stretch of text (the article, or paragraphs added later). */
  add(
    map: TextMap,
    mentions: readonly Mention[],
    cards: Record<string, EntityCard>,
    quiet: readonly Mention[] = [],
  ): PaintedMention[] {
    const painted: PaintedMention[] = [];
    const item = (mention: Mention, isQuiet: boolean) => {
      const card = cards[mention.entityId];
      const range = card && rangeOf(map, mention, this.doc);
      if (card && range)
        painted.push(isQuiet ? { mention, card, range, quiet: true } : { mention, card, range });
    };
    for (const mention of mentions) item(mention, false);
    for (const mention of quiet) item(mention, true);
    painted.sort((a, b) => a.mention.start - b.mention.start);
    this.keep(map, painted);
    for (const entry of painted) if (!entry.quiet) this.register(entry);
    return painted;
  }

  /** Marks the mention the reader is on, or none. */
  setActive(item: PaintedMention | null): void {
    this.active = item;
    if (item) this.setActiveRange(item.range);
    else CSS.highlights.delete(this.activeName);
  }

  /** Marks a range for a moment, so the reader's eye finds it after a jump. */
  flash(range: Range): void {
    this.setActiveRange(range);
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => {
      if (this.active) this.setActive(this.active);
      else CSS.highlights.delete(this.activeName);
    }, FLASH_MS);
  }

  /** Unregisters the ranges of mentions whose text left the page (issue #22: stale, empty ranges stayed). */
  prune(): void {
    const dropped = this.dropDetached();
    if (dropped.length === 0) return;
    for (const highlight of this.registered.values())
      for (const item of dropped) highlight.delete(item.range);
    if (!this.active) CSS.highlights.delete(this.activeName);
  }

  destroy(): void {
    clearTimeout(this.flashTimer);
    for (const name of this.registered.keys()) CSS.highlights.delete(name);
    CSS.highlights.delete(this.activeName);
    this.registered.clear();
    this.forget();
  }

  private register(item: PaintedMention): void {
    const key = styleKey(this.style, item.card.type);
    if (!key) return;
    const name = highlightName(this.token, key);
    let highlight = this.registered.get(name);
    if (!highlight) {
      highlight = new Highlight();
      this.registered.set(name, highlight);
      CSS.highlights.set(name, highlight);
    }
    highlight.add(item.range);
  }
}
