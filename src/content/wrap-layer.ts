/**
 * The fallback highlight layer for browsers without the CSS Custom Highlight API: each mention's text is wrapped
 * in `<backstory-mark>` elements of our own (one per text node the mention spans, so `Bashar al-<em>Assad</em>`
 * gets two), styled per entity type by highlights.css. destroy() takes every wrapper out and joins back exactly
 * the text nodes this layer split, so the page's DOM serialises as it did before; text nodes the page itself
 * keeps side by side stay apart.
 *
 * The segment's text map is kept true while wrapped (the pieces of a split node replace it in the map), so
 * offsets, hover look-ups and `rangeOf` work the same as with the Highlight API.
 */
import type { EntityCard } from '../core/kb/index-format';
import type { Mention } from '../core/resolve/mention';
import { FLASH_MS, rangeOf } from './highlight';
import type { HighlightStyle, MentionLayer, PaintedMention } from './layer';
import { PaintedSegments } from './painted-segments';
import type { TextMap } from './textmap';

/** A custom element name: no page element or stylesheet has a reason to use it. */
export const MARK_TAG = 'backstory-mark';
/** Attributes on each mark, prefixed so that page rules on `[data-type]` and the like never match them. */
export const MARK_TYPE_ATTR = 'data-backstory-type';
export const MARK_STYLE_ATTR = 'data-backstory-style';
export const MARK_ACTIVE_ATTR = 'data-backstory-active';

/** Text nodes split off a page's node and marks, across every layer: the page watcher ignores our own changes. */
const ownNodes = new WeakSet<Node>();

/** Whether a node was made by the wrapping layer (a mark, or a piece split off a page's text node). */
export function isLayerNode(node: Node): boolean {
  return ownNodes.has(node);
}

/** The layer of browsers without the Highlight API (and of the e2e tests that force it). */
export class WrapLayer extends PaintedSegments implements MentionLayer {
  private readonly marksOf = new Map<PaintedMention, Element[]>();
  /** Each page text node this layer split, with the pieces split off it in order. */
  private readonly splits = new Map<Text, Text[]>();
  private flashed: PaintedMention | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly style: HighlightStyle,
    private readonly doc: Document = document,
  ) {
    super();
  }

  /**
   * Quiet mentions are not kept here: each would need an element of its own around its text, which is a change to
   * the page for a name the reader did not ask to see marked. In this fallback later mentions stay plain text.
   */
  add(map: TextMap, mentions: readonly Mention[], cards: Record<string, EntityCard>): PaintedMention[] {
    const kept = mentions.filter((mention) => cards[mention.entityId] && rangeOf(map, mention, this.doc));
    const pieces = this.split(map, kept);
    const painted: PaintedMention[] = [];
    for (const mention of kept) {
      const card = cards[mention.entityId]!;
      const marks = pieces
        .filter((piece) => piece.start >= mention.start && piece.end <= mention.end)
        .map((piece) => this.wrap(piece.node, card));
      // Ranges only after wrapping: moving a text node into its mark would collapse a range that ends in it.
      const item = { mention, card, range: rangeOf(map, mention, this.doc)! };
      this.marksOf.set(item, marks);
      painted.push(item);
    }
    this.keep(map, painted);
    return painted;
  }

  setActive(item: PaintedMention | null): void {
    this.mark(this.active, false);
    this.active = item;
    this.mark(item, true);
  }

  flash(range: Range): void {
    // Only a painted mention has marks to light up; the session reveals the first shown mention, which is one.
    const item = this.ordered().find(
      (p) =>
        p.range.compareBoundaryPoints(Range.START_TO_START, range) === 0 &&
        p.range.compareBoundaryPoints(Range.END_TO_END, range) === 0,
    );
    if (!item) return;
    clearTimeout(this.flashTimer);
    if (this.flashed !== this.active) this.mark(this.flashed, false);
    this.flashed = item;
    this.mark(item, true);
    this.flashTimer = setTimeout(() => {
      if (this.flashed !== this.active) this.mark(this.flashed, false);
      this.flashed = null;
    }, FLASH_MS);
  }

  /** Forgets the mentions whose text left the page; their marks went with it. */
  prune(): void {
    for (const item of this.dropDetached()) this.marksOf.delete(item);
  }

  destroy(): void {
    clearTimeout(this.flashTimer);
    for (const marks of this.marksOf.values()) for (const mark of marks) unwrap(mark);
    // Join each split node back from its pieces, in order, while they still stand where we put them.
    for (const [node, pieces] of this.splits) {
      for (const piece of pieces) {
        if (node.nextSibling !== piece) break;
        node.appendData(piece.data);
        piece.remove();
      }
    }
    this.splits.clear();
    this.marksOf.clear();
    this.forget();
    this.flashed = null;
  }

  /**
   * Splits the map's text nodes at every mention boundary inside them and puts the pieces in the map in place
   * of each split node. Returns the pieces with their offsets in the map's text.
   */
  private split(map: TextMap, mentions: readonly Mention[]): { node: Text; start: number; end: number }[] {
    const cuts = [...new Set(mentions.flatMap((m) => [m.start, m.end]))].sort((a, b) => a - b);
    const nodes: Text[] = [];
    const starts: number[] = [];
    const pieces: { node: Text; start: number; end: number }[] = [];
    map.nodes.forEach((original, i) => {
      const start = map.starts[i]!;
      const end = start + original.data.length;
      let current = original;
      let currentStart = start;
      const splitOff: Text[] = [];
      for (const cut of cuts) {
        if (cut <= currentStart || cut >= end) continue;
        const rest = current.splitText(cut - currentStart);
        ownNodes.add(rest);
        splitOff.push(rest);
        pieces.push({ node: current, start: currentStart, end: cut });
        nodes.push(current);
        starts.push(currentStart);
        current = rest;
        currentStart = cut;
      }
      pieces.push({ node: current, start: currentStart, end });
      nodes.push(current);
      starts.push(currentStart);
      if (splitOff.length > 0) this.splits.set(original, splitOff);
    });
    map.nodes.splice(0, map.nodes.length, ...nodes);
    map.starts.splice(0, map.starts.length, ...starts);
    map.indexOfNode.clear();
    nodes.forEach((node, i) => map.indexOfNode.set(node, i));
    return pieces;
  }

  private wrap(node: Text, card: EntityCard): Element {
    const mark = this.doc.createElement(MARK_TAG);
    mark.setAttribute(MARK_TYPE_ATTR, card.type);
    mark.setAttribute(MARK_STYLE_ATTR, this.style);
    ownNodes.add(mark);
    node.parentNode!.insertBefore(mark, node);
    mark.append(node);
    return mark;
  }

  private mark(item: PaintedMention | null, on: boolean): void {
    for (const mark of (item && this.marksOf.get(item)) ?? []) {
      if (on) mark.setAttribute(MARK_ACTIVE_ATTR, '');
      else mark.removeAttribute(MARK_ACTIVE_ATTR);
    }
  }
}

/** Puts a mark's children back where the mark stands and removes it (if the page has not removed it already). */
function unwrap(mark: Element): void {
  const parent = mark.parentNode;
  if (!parent) return;
  while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
  mark.remove();
}
