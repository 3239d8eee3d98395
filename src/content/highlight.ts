/**
 * The highlight layer: mentions painted with the CSS Custom Highlight API, one named highlight per entity type
 * (styled by highlights.css), added segment by segment as paragraphs arrive. The page's DOM is never touched;
 * destroy() removes every trace.
 */
import type { EntityCard } from '../core/kb/index-format';
import type { EntityType } from '../core/kb/schema';
import type { Mention } from '../core/mention';
import type { Settings } from '../settings';
import { locate, offsetOf, type TextMap } from './textmap';

/** Registry names start with this; highlights.css styles each. */
export const HIGHLIGHT_PREFIX = 'backstory-';
/** The mention the reader is on (hovered or stepped to by keyboard). */
export const ACTIVE_HIGHLIGHT = `${HIGHLIGHT_PREFIX}active`;

export type HighlightStyle = Settings['highlightStyle'];

/** How long a revealed mention stays marked. */
const FLASH_MS = 1600;

export interface PaintedMention {
  mention: Mention;
  card: EntityCard;
  range: Range;
}

interface Segment {
  map: TextMap;
  /** Sorted by mention start. */
  painted: PaintedMention[];
}

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

export class HighlightLayer {
  private readonly segments: Segment[] = [];
  private readonly segmentOfNode = new Map<Text, Segment>();
  private readonly registered = new Map<string, Highlight>();
  private active: PaintedMention | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private style: HighlightStyle,
    private readonly doc: Document = document,
  ) {}

  /** Paints the mentions of one stretch of text (the article, or paragraphs added later). */
  add(map: TextMap, mentions: readonly Mention[], cards: Record<string, EntityCard>): PaintedMention[] {
    const painted: PaintedMention[] = [];
    for (const mention of mentions) {
      const card = cards[mention.entityId];
      const range = card && rangeOf(map, mention, this.doc);
      if (card && range) painted.push({ mention, card, range });
    }
    const segment = { map, painted };
    this.segments.push(segment);
    for (const node of map.nodes) this.segmentOfNode.set(node, segment);
    for (const item of painted) this.register(item);
    return painted;
  }

  /** Whether a text node is already part of a painted segment (so it is not annotated twice). */
  covers(node: Text): boolean {
    return this.segmentOfNode.has(node);
  }

  /** The painted mention at a caret position, if any (the character after or before the caret). */
  lookup(node: Node, offsetInNode: number): PaintedMention | undefined {
    const segment = this.segmentOfNode.get(node as Text);
    if (!segment) return undefined;
    const offset = offsetOf(segment.map, node, offsetInNode);
    return findContaining(segment.painted, offset) ?? findContaining(segment.painted, offset - 1);
  }

  /** Every painted mention in reading order. */
  ordered(): PaintedMention[] {
    const all = this.segments.flatMap((segment) => segment.painted);
    return all.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
  }

  entityIds(): Set<string> {
    return new Set(this.segments.flatMap((segment) => segment.painted.map((p) => p.mention.entityId)));
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

  getActive(): PaintedMention | null {
    return this.active;
  }

  destroy(): void {
    clearTimeout(this.flashTimer);
    for (const name of this.registered.keys()) CSS.highlights.delete(name);
    CSS.highlights.delete(ACTIVE_HIGHLIGHT);
    this.registered.clear();
    this.segments.length = 0;
    this.segmentOfNode.clear();
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

function findContaining(painted: PaintedMention[], offset: number): PaintedMention | undefined {
  let low = 0;
  let high = painted.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const { mention } = painted[mid]!;
    if (offset < mention.start) high = mid - 1;
    else if (offset >= mention.end) low = mid + 1;
    else return painted[mid];
  }
  return undefined;
}
