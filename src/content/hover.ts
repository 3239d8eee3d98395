/**
 * Hover intent: the pointer resting on a highlighted word opens its card after OPEN_DELAY_MS; leaving the word
 * (and not entering the card) closes it after CLOSE_DELAY_MS; Escape closes it at once. Each interaction gets a
 * token so a late timer of an earlier hover can never open a stale card.
 */
import type { MentionLayer, PaintedMention } from './layer';
import type { PopoverView } from './popover/mount';

/** Long enough that sweeping the pointer across a paragraph opens nothing. */
export const OPEN_DELAY_MS = 300;
/** Long enough to cross the gap between the word and its card. */
export const CLOSE_DELAY_MS = 250;
/** Tolerance around a word's boxes, in CSS pixels, so the underline itself counts as the word. */
const HIT_SLOP_PX = 2;

export interface HoverOptions {
  layer: MentionLayer;
  view: PopoverView;
  /** Opens the card of a painted mention (the caller knows the language and the article's date). */
  open(item: PaintedMention): void;
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

/** Starts listening; returns the function that stops and closes everything. */
export function attachHover({ layer, view, open, doc = document }: HoverOptions): () => void {
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
    // The caret sits between characters; the layer checks the character on either side of it.
    const hit = layer.lookup(caret.node, caret.offset);
    return hit && rangeContainsPoint(hit.range, x, y) ? hit : undefined;
  };

  const onPointer = (x: number, y: number, inCard: boolean) => {
    if (inCard) return cancelClose();
    const hit = hitTest(x, y);
    if (hit && hit === current) return cancelClose();
    cancelOpen();
    if (!hit) {
      if (view.isOpen() && !view.isPinned()) scheduleClose();
      else current = undefined;
      return;
    }
    current = hit;
    const mine = ++token;
    openTimer = setTimeout(() => {
      if (mine !== token || view.isPinned()) return;
      cancelClose();
      open(hit);
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
  // Touch: a tap on a highlighted word opens its card at once; a tap elsewhere closes it.
  doc.addEventListener(
    'pointerup',
    (event) => {
      if (event.pointerType !== 'touch' || view.contains(event)) return;
      const hit = hitTest(event.clientX, event.clientY);
      if (!hit) return view.isOpen() ? close() : undefined;
      cancelOpen();
      cancelClose();
      current = hit;
      token++;
      open(hit);
    },
    listen,
  );
  // No card while the reader scrolls: the word under the pointer is moving.
  doc.addEventListener('scroll', () => (view.isOpen() && !view.isPinned() ? close() : cancelOpen()), listen);
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
