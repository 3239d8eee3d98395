/**
 * What both highlight layers keep the same way: the painted mentions of each stretch of text, found again from a
 * text node and an offset (hover), in reading order (keyboard stepping), by entity (first mention only).
 */
import type { PaintedMention } from './layer';
import { offsetOf, type TextMap } from './textmap';

interface Segment {
  map: TextMap;
  /** Sorted by mention start. */
  painted: PaintedMention[];
}

/** The base of HighlightLayer and WrapLayer: the look-ups of the MentionLayer interface. */
export abstract class PaintedSegments {
  private readonly segments: Segment[] = [];
  private readonly segmentOfNode = new Map<Text, Segment>();
  protected active: PaintedMention | null = null;

  /** Keeps a painted stretch of text; its map's nodes must be the ones in the page from now on. */
  protected keep(map: TextMap, painted: PaintedMention[]): void {
    const segment = { map, painted };
    this.segments.push(segment);
    for (const node of map.nodes) this.segmentOfNode.set(node, segment);
  }

  /**
   * Drops the painted mentions whose text left the page (a paragraph removed, a body swapped): their ranges have
   * collapsed or sit in detached nodes. Returns them, so a layer can unregister their ranges.
   */
  protected dropDetached(): PaintedMention[] {
    const dropped: PaintedMention[] = [];
    for (let i = this.segments.length - 1; i >= 0; i--) {
      const segment = this.segments[i]!;
      const kept = segment.painted.filter((item) => {
        const gone = item.range.collapsed || !item.range.startContainer.isConnected;
        if (gone) dropped.push(item);
        return !gone;
      });
      segment.painted = kept;
      if (kept.length === 0 && !segment.map.nodes.some((node) => node.isConnected)) {
        for (const node of segment.map.nodes) this.segmentOfNode.delete(node);
        this.segments.splice(i, 1);
      }
    }
    if (this.active && dropped.includes(this.active)) this.active = null;
    return dropped;
  }

  protected forget(): void {
    this.segments.length = 0;
    this.segmentOfNode.clear();
    this.active = null;
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

  /** Every drawn mention in reading order (quiet ones are passed over). */
  ordered(): PaintedMention[] {
    const all = this.segments.flatMap((segment) => segment.painted.filter((item) => !item.quiet));
    return all.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
  }

  entityIds(): Set<string> {
    return new Set(
      this.segments.flatMap((segment) =>
        segment.painted.filter((p) => !p.quiet).map((p) => p.mention.entityId),
      ),
    );
  }

  getActive(): PaintedMention | null {
    return this.active;
  }
}

/** The painted mention whose span contains a text offset (painted is sorted by start and never overlaps). */
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
