/**
 * Paints mentions with the CSS Custom Highlight API: one named highlight per entity type, styled by
 * highlights.css. The page's DOM is never touched; destroy() removes every trace.
 */
import type { EntityCard } from '../core/kb/index-format';
import type { Mention } from '../core/mention';
import { locate, type TextMap } from './textmap';

/** Registry names are `backstory-<type>`; highlights.css styles each. */
export const HIGHLIGHT_PREFIX = 'backstory-';

export interface PaintedMention {
  mention: Mention;
  range: Range;
}

export interface Highlights {
  painted: PaintedMention[];
  destroy(): void;
}

export function rangeOf(map: TextMap, mention: Mention, doc: Document): Range | null {
  const start = locate(map, mention.start);
  const end = locate(map, mention.end, true);
  if (!start || !end) return null;
  const range = doc.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  return range;
}

export function paintHighlights(
  map: TextMap,
  mentions: Mention[],
  cards: Record<string, EntityCard>,
  doc: Document = document,
): Highlights {
  const byType = new Map<string, Range[]>();
  const painted: PaintedMention[] = [];
  for (const mention of mentions) {
    const card = cards[mention.entityId];
    const range = card && rangeOf(map, mention, doc);
    if (!card || !range) continue;
    painted.push({ mention, range });
    const ranges = byType.get(card.type) ?? [];
    ranges.push(range);
    byType.set(card.type, ranges);
  }
  const names: string[] = [];
  for (const [type, ranges] of byType) {
    const name = HIGHLIGHT_PREFIX + type;
    CSS.highlights.set(name, new Highlight(...ranges));
    names.push(name);
  }
  return {
    painted,
    destroy() {
      for (const name of names) CSS.highlights.delete(name);
    },
  };
}
