/**
 * Hover intent: the pointer resting on a highlighted word opens its card after OPEN_DELAY_MS; leaving the word
 * (and not entering the card) closes it after CLOSE_DELAY_MS; Escape closes it at once. Each interaction gets a
 * token so a late timer of an earlier hover can never open a stale card.
 */
import type { EntityCard } from '../core/kb/index-format';
import type { Lang } from '../core/kb/schema';
import type { PaintedMention } from './highlight';
import type { PopoverView } from './popover/mount';
import { offsetOf, type TextMap } from './textmap';

/** Long enough that sweeping the pointer across a paragraph opens nothing. */
export const OPEN_DELAY_MS = 300;
/** Long enough to cross the gap between the word and its card. */
export const CLOSE_DELAY_MS = 250;
/** Tolerance around a word's boxes, in CSS pixels, so the underline itself counts as the word. */
const HIT_SLOP_PX = 2;

export interface HoverOptions {
  map: TextMap;
  painted: PaintedMention[];
  cards: Record<string, EntityCard>;
  lang: Lang;
  view: PopoverView;
  doc?: Document;
}

/** The text position under a point, in both engines. */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function rangeContainsPoint(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (
      x >= rect.left - HIT_SLOP_PX &&
      x <= rect.right + HIT_SLOP_PX &&
      y >= rect.top - HIT_SLOP_PX &&
      y <= rect.bottom + HIT_SLOP_PX
    ) {
      return true;
    }
  }
  return false;
}

/** Binary search over mentions sorted by start for the one containing a text offset. */
function paintedAt(painted: PaintedMention[], offset: number): PaintedMention | undefined {
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

/** Starts listening; returns the function that stops and closes everything. */
export function attachHover({ map, painted, cards, lang, view, doc = document }: HoverOptions): () => void {
  const controller = new AbortController();
  const listen = { signal: controller.signal, passive: true, capture: true };
  let current: PaintedMention | undefined;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let token = 0;
  let frame = 0;

  const cancelOpen = () => clearTimeout(openTimer);
  const cancelClose = () => clearTimeout(closeTimer);
  const close = () => {
    cancelOpen();
    cancelClose();
    token++;
    current = undefined;
    view.hide();
  };
  const scheduleClose = () => {
    cancelClose();
    closeTimer = setTimeout(close, CLOSE_DELAY_MS);
  };

  const hitTest = (x: number, y: number): PaintedMention | undefined => {
    const caret = caretAt(doc, x, y);
    if (!caret) return undefined;
    const offset = offsetOf(map, caret.node, caret.offset);
    if (offset < 0) return undefined;
    // The caret sits between characters; the character under the pointer may be just before it.
    const hit = paintedAt(painted, offset) ?? paintedAt(painted, offset - 1);
    return hit && rangeContainsPoint(hit.range, x, y) ? hit : undefined;
  };

  const onPointer = (x: number, y: number, inCard: boolean) => {
    if (inCard) return cancelClose();
    const hit = hitTest(x, y);
    if (hit && hit === current) return cancelClose();
    cancelOpen();
    if (!hit) {
      if (view.isOpen()) scheduleClose();
      else current = undefined;
      return;
    }
    current = hit;
    const mine = ++token;
    openTimer = setTimeout(() => {
      const card = cards[hit.mention.entityId];
      if (mine !== token || !card) return;
      cancelClose();
      view.show(hit.range, card, lang, hit.mention.why);
    }, OPEN_DELAY_MS);
  };

  doc.addEventListener(
    'pointermove',
    (event) => {
      if (event.pointerType === 'touch') return;
      const inCard = view.contains(event);
      const { clientX, clientY } = event;
      // One hit test per frame at most, however fast the pointer reports.
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => onPointer(clientX, clientY, inCard));
    },
    listen,
  );
  // No card while the reader scrolls: the word under the pointer is moving.
  doc.addEventListener('scroll', () => (view.isOpen() ? close() : cancelOpen()), listen);
  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && view.isOpen()) close();
    },
    { signal: controller.signal, capture: true },
  );

  return () => {
    controller.abort();
    cancelAnimationFrame(frame);
    close();
  };
}
