/**
 * The popover's place in the page: one host element with a shadow root, created on first use and removed by
 * destroy(). Page styles cannot reach inside; our styles cannot leak out. Positioned with floating-ui against
 * the hovered word, flipping and shifting so it stays on screen and never covers the word.
 */
import { computePosition, flip, offset, shift, type VirtualElement } from '@floating-ui/dom';
import { h, render } from 'preact';
import type { EntityCard } from '../../core/kb/index-format';
import type { Lang } from '../../core/kb/schema';
import type { MentionReason } from '../../core/mention';
import cardCss from '../../ui/card.css?inline';
import popoverCss from './popover.css?inline';
import { Popover } from './Popover';

export const POPOVER_TAG = 'backstory-popover';

/** Gap between the word and the card, in CSS pixels. */
const GAP_PX = 8;
/** Distance the card keeps from the viewport's edges. */
const EDGE_PADDING_PX = 8;

export interface PopoverView {
  show(anchor: Range, card: EntityCard, lang: Lang, why: MentionReason): void;
  hide(): void;
  isOpen(): boolean;
  /** Whether an event happened inside the card (the pointer moved into it). */
  contains(event: Event): boolean;
  destroy(): void;
}

export function createPopoverView(doc: Document = document): PopoverView {
  let host: HTMLElement | null = null;
  let frame: HTMLElement | null = null;
  let open = false;

  const ensureHost = () => {
    if (host && frame) return frame;
    host = doc.createElement(POPOVER_TAG);
    // Open, so tests and assistive technology can read it; the content is public reference text.
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = cardCss + popoverCss;
    frame = doc.createElement('div');
    shadow.append(style, frame);
    doc.documentElement.append(host);
    return frame;
  };

  return {
    show(anchor, card, lang, why) {
      const target = ensureHost();
      render(h(Popover, { card, lang, why }), target);
      open = true;
      const element = target.firstElementChild as HTMLElement;
      // Hidden until placed, so the card never flashes at the viewport's corner.
      element.style.visibility = 'hidden';
      const reference: VirtualElement = {
        getBoundingClientRect: () => anchor.getBoundingClientRect(),
        getClientRects: () => anchor.getClientRects(),
      };
      void computePosition(reference, element, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [offset(GAP_PX), flip({ padding: EDGE_PADDING_PX }), shift({ padding: EDGE_PADDING_PX })],
      }).then(({ x, y }) => {
        element.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
        element.style.visibility = '';
      });
    },
    hide() {
      if (frame) render(null, frame);
      open = false;
    },
    isOpen: () => open,
    contains: (event) => host !== null && event.composedPath().includes(host),
    destroy() {
      if (frame) render(null, frame);
      host?.remove();
      host = frame = null;
      open = false;
    },
  };
}
