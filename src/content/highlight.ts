/**
 * The highlight layer: mentions painted with the CSS Custom Highlight API, one named highlight per entity type
 * (styled by highlights.css), added segment by segment as paragraphs arrive. The page's DOM is never touched;
 * destroy() removes every trace.
 */
import type { EntityCard } from '../core/kb/index-format';
import type { EntityType } from '../core/kb/schema';
import type { Mention } from '../core/mention';
import type { HighlightStyle, MentionLayer, PaintedMention } from './layer';
import { PaintedSegments } from './painted-segments';
import { locate, type TextMap } from './textmap';

export type { PaintedMention } from './layer';

/** Registry names start with this; highlights.css styles each. */
export const HIGHLIGHT_PREFIX = 'backstory-';
/** The mention the reader is on (hovered or stepped to by keyboard). */
export const ACTIVE_HIGHLIGHT = `${HIGHLIGHT_PREFIX}active`;

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

function registryName(style: HighlightStyle, type: EntityType): string | null {
  if (style === 'hover-only') return null;
  return style === 'background' ? `${HIGHLIGHT_PREFIX}bg-${type}` : `${HIGHLIGHT_PREFIX}${type}`;
}

/** The layer of browsers with the CSS Custom Highlight API: the page's DOM is never touched. */
export class HighlightLayer extends PaintedSegments implements MentionLayer {
  private readonly registered = new Map<string, Highlight>();
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private style: HighlightStyle,
    private readonly doc: Document = document,
  ) {
    super();
  }

  /** Paints the mentions of one stretch of text (the article, or paragraphs added later). */
  add(map: TextMap, mentions: readonly Mention[], cards: Record<string, EntityCard>): PaintedMention[] {
    const painted: PaintedMention[] = [];
    for (const mention of mentions) {
      const card = cards[mention.entityId];
      const range = card && rangeOf(map, mention, this.doc);
      if (card && range) painted.push({ mention, card, range });
    }
    this.keep(map, painted);
    for (const item of painted) this.register(item);
    return painted;
  }

  /** Marks the mention the reader is on, or none. */
  setActive(item: PaintedMention | null): void {
    this.active = item;
    if (item) CSS.highlights.set(ACTIVE_HIGHLIGHT, new Highlight(item.range));
    else CSS.highlights.delete(ACTIVE_HIGHLIGHT);
  }

  /** Marks a range for a moment, so the reader's eye finds it after a jump. */
  flash(range: Range): void {
    CSS.highlights.set(ACTIVE_HIGHLIGHT, new Highlight(range));
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => {
      if (this.active) this.setActive(this.active);
      else CSS.highlights.delete(ACTIVE_HIGHLIGHT);
    }, FLASH_MS);
  }

  destroy(): void {
    clearTimeout(this.flashTimer);
    for (const name of this.registered.keys()) CSS.highlights.delete(name);
    CSS.highlights.delete(ACTIVE_HIGHLIGHT);
    this.registered.clear();
    this.forget();
  }

  private register(item: PaintedMention): void {
    const name = registryName(this.style, item.card.type);
    if (!name) return;
    let highlight = this.registered.get(name);
    if (!highlight) {
      highlight = new Highlight();
      this.registered.set(name, highlight);
      CSS.highlights.set(name, highlight);
    }
    highlight.add(item.range);
  }
}
