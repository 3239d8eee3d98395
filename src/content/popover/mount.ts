/**
 * The popover's place in the page: one host element with a closed shadow root, created on first use and removed
 * by destroy(). The host is a plain `<div>`, not a custom element, so a page cannot define its name first and take
 * the card over; the root is closed, so the page's scripts cannot read the card (the reader's own glossary text)
 * or rewrite its links (docs/threat-model.md says what a page can still learn). Page styles cannot reach inside;
 * the host's own box is pinned with inline !important declarations, which outrank even a page rule like
 * `* { display: none !important }`. Positioned with floating-ui against the
 * word, flipping and shifting so it stays on screen and never covers the word.
 */
import { pageTone } from './page-tone';
import { computePosition, flip, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import { h, render } from 'preact';
import cardCss from '../../ui/card.css?inline';
import popoverCss from './popover.css?inline';
import minimapCss from '../../ui/minimap.css?inline';
import { Popover, type PopoverProps } from './Popover';

/** The host elements of our cards in this world, so that the page watcher can tell our changes from the page's. */
const hosts = new WeakSet<Element>();
export function isCardHost(element: Element): boolean {
  return hosts.has(element);
}

/** Marks the card's frame inside the closed root (only code holding the root can see it: tests read it there). */
export const CARD_FRAME_ATTRIBUTE = 'data-backstory-frame';

/** Gap between the word and the card, in CSS pixels. */
const GAP_PX = 8;
/** Distance the card keeps from the viewport's edges. */
const EDGE_PADDING_PX = 8;
/** A card never shrinks below this; it still shows name, type and description. */
const MIN_CARD_HEIGHT_PX = 140;
/** Up to this viewport width the card is a full-width sheet instead of a floating card. */
const SHEET_MAX_WIDTH_PX = 480;

const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  display: 'block',
  position: 'fixed',
  top: '0',
  left: '0',
  width: '0',
  height: '0',
  'z-index': '2147483647',
  visibility: 'visible',
  opacity: '1',
  transform: 'none',
  'pointer-events': 'none',
};

/**
 * A plain `<div>` for one of our closed shadow roots (the card, the undo note): pinned at the viewport's corner with
 * zero size (its fixed-position content places itself), styled so page rules cannot move or hide it, and known to
 * the page watcher as ours.
 */
export function createOwnHost(doc: Document): HTMLElement {
  const host = doc.createElement('div');
  hosts.add(host);
  for (const [property, value] of Object.entries(HOST_STYLE))
    host.style.setProperty(property, value, 'important');
  return host;
}

export type CardContent = Omit<PopoverProps, 'pinned' | 'onPin' | 'onClose' | 'layout'>;

/**
 * A floating card beside the word; on narrow screens a full-width sheet along the edge away from the word, so
 * it never covers what the reader tapped.
 */
function layoutFor(anchor: Range, viewport: Window): PopoverProps['layout'] {
  if (viewport.innerWidth > SHEET_MAX_WIDTH_PX) return 'float';
  const box = anchor.getBoundingClientRect();
  return box.top + box.height / 2 > viewport.innerHeight / 2 ? 'sheet-top' : 'sheet-bottom';
}

export interface PopoverView {
  /**
   * Opens the card at the words. `focus`: the reader came by keyboard, so the focus moves into the card (Tab then
   * cycles inside it) and returns where it was when the card closes.
   */
  show(anchor: Range, content: CardContent, options?: { focus?: boolean }): void;
  hide(): void;
  isOpen(): boolean;
  isPinned(): boolean;
  /** Whether an event happened inside the card (the pointer moved into it). */
  contains(event: Event): boolean;
  /** Whether the open card is `entityId`'s. */
  shows(entityId: string): boolean;
  /** Adds to the open card (the mini-map, once its outlines arrive), if it still shows the same entity. */
  update(entityId: string, patch: Partial<CardContent>): void;
  /** Says something to screen readers once, through a polite live region. */
  announce(message: string): void;
  destroy(): void;
}

/**
 * A docked card can be moved: dragged by its head (its name and type) with a mouse, pen or finger, anywhere in the
 * window, kept whole on screen. The head, not the whole card, so its text can still be selected and its buttons
 * pressed; the dock at the window's edge is where it goes without dragging (WCAG 2.5.7).
 */
function moveByHead(frame: HTMLElement, isDocked: () => boolean, doc: Document): void {
  let drag: { dx: number; dy: number; pointerId: number; card: HTMLElement } | null = null;
  frame.addEventListener('pointerdown', (event) => {
    const card = frame.firstElementChild as HTMLElement | null;
    const target = event.composedPath()[0];
    if (!isDocked() || !card || !(target instanceof Element) || !target.closest('.card__head')) return;
    if (target.closest('button, a, input')) return;
    const box = card.getBoundingClientRect();
    drag = { dx: event.clientX - box.left, dy: event.clientY - box.top, pointerId: event.pointerId, card };
    try {
      card.setPointerCapture(event.pointerId);
    } catch {
      // A pointer the browser does not track (a synthetic one): the moves still reach the frame.
    }
    event.preventDefault(); // no text selection while dragging
  });
  frame.addEventListener('pointermove', (event) => {
    if (!drag || event.pointerId !== drag.pointerId) return;
    const { card } = drag;
    const box = card.getBoundingClientRect();
    const width = doc.documentElement.clientWidth;
    const height = doc.documentElement.clientHeight;
    const left = Math.min(Math.max(0, event.clientX - drag.dx), Math.max(0, width - box.width));
    const top = Math.min(
      Math.max(0, event.clientY - drag.dy),
      Math.max(0, height - Math.min(box.height, 48)),
    );
    card.style.left = `${Math.round(left)}px`;
    card.style.top = `${Math.round(top)}px`;
    card.style.right = 'auto';
  });
  const end = () => {
    drag = null;
  };
  frame.addEventListener('pointerup', end);
  frame.addEventListener('pointercancel', end);
}

/**
 * `onHidden` runs whenever the card goes away: close button, Escape, pointer leaving, a new card. With `onDock`, a
 * card pinned beside its word docks at the window's edge instead (out of the text, staying while the page
 * scrolls) and `onDock` runs: the caller then opens other cards in another view, so a pinned card blocks none.
 */
export function createPopoverView(
  onHidden: () => void,
  theme: 'system' | 'light' | 'dark' = 'system',
  doc: Document = document,
  onDock?: () => void,
): PopoverView {
  let host: HTMLElement | null = null;
  let frame: HTMLElement | null = null;
  let live: HTMLElement | null = null;
  /** Where the focus was before a keyboard-opened card took it (null: the card does not hold the focus). */
  let returnFocus: { element: Element | null; anchor: Range } | null = null;
  let open = false;
  let pinned = false;
  /** Pinned and docked at the window's edge. */
  let docked = false;
  let last: { anchor: Range; content: CardContent } | null = null;

  const ensureFrame = () => {
    if (host && frame) return frame;
    host = createOwnHost(doc);
    // The reader's forced theme; card.css reads it through :host([data-theme]).
    if (theme !== 'system') host.setAttribute('data-theme', theme);
    // Closed: assistive technology reads it all the same (the accessibility tree crosses shadow roots).
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = cardCss + minimapCss + popoverCss;
    frame = doc.createElement('div');
    frame.setAttribute(CARD_FRAME_ATTRIBUTE, '');
    live = doc.createElement('div');
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    live.className = 'visually-hidden';
    shadow.append(style, frame, live);
    moveByHead(frame, () => docked, doc);
    // Tab and Shift+Tab cycle inside the card (it is a dialog), so a keyboard reader reaches every action.
    frame.addEventListener('keydown', (event) => {
      if (event.key !== 'Tab' || !frame) return;
      const stops = [...frame.querySelectorAll<HTMLElement>('button, a[href], input, [tabindex="0"]')].filter(
        (element) => !element.hasAttribute('disabled') && element.getClientRects().length > 0,
      );
      if (stops.length === 0) return;
      const at = shadow.activeElement;
      const first = stops[0]!;
      const last = stops[stops.length - 1]!;
      const outside = !at || !stops.includes(at as HTMLElement);
      if (event.shiftKey && (at === first || outside)) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && (at === last || outside)) {
        event.preventDefault();
        first.focus();
      }
    });
    doc.documentElement.append(host);
    return frame;
  };

  /** Gives the focus back: to what had it, else a caret at the name (where Tab goes on from). */
  const restoreFocus = () => {
    const saved = returnFocus;
    returnFocus = null;
    if (!saved || doc.activeElement !== host) return;
    (host as HTMLElement).blur();
    const element = saved.element as HTMLElement | null;
    if (element && element !== doc.body && element.isConnected && typeof element.focus === 'function') {
      element.focus({ preventScroll: true });
      return;
    }
    const caret = saved.anchor.cloneRange();
    caret.collapse(false);
    doc.getSelection()?.removeAllRanges();
    doc.getSelection()?.addRange(caret);
  };

  /** A keyboard-opened card takes the focus once it is placed (a hidden element cannot be focused). */
  let focusPending = false;
  const takeFocus = (dialog: HTMLElement) => {
    if (!focusPending) return;
    focusPending = false;
    // The dialog itself first, so a screen reader says whose card it is; Tab goes on to its buttons.
    dialog.setAttribute('tabindex', '-1');
    dialog.focus({ preventScroll: true });
  };

  const draw = (place: boolean) => {
    if (!last) return;
    const target = ensureFrame();
    const { anchor, content } = last;
    const layout = docked ? 'dock' : layoutFor(anchor, doc.defaultView!);
    render(
      h(Popover, {
        ...content,
        layout,
        pinned,
        onPin: (value: boolean) => {
          // A docked card belongs to no word any more: unpinned, it goes.
          if (!value && docked) return view.hide();
          pinned = value;
          const dock = value && layout === 'float' && onDock !== undefined;
          if (dock) docked = true;
          draw(dock);
          if (dock) onDock();
        },
        onClose: () => view.hide(),
      }),
      target,
    );
    if (!place) return;
    const element = target.firstElementChild as HTMLElement;
    if (layout !== 'float') {
      element.style.transform = '';
      element.style.maxHeight = '';
      takeFocus(element);
      return;
    }
    // Hidden until placed, so the card never flashes at the viewport's corner.
    element.style.visibility = 'hidden';
    const reference: VirtualElement = {
      getBoundingClientRect: () => anchor.getBoundingClientRect(),
      getClientRects: () => anchor.getClientRects(),
    };
    void computePosition(reference, element, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(GAP_PX),
        flip({ padding: EDGE_PADDING_PX }),
        shift({ padding: EDGE_PADDING_PX }),
        // When neither side has room for the whole card, it takes the room there is and scrolls inside.
        size({
          padding: EDGE_PADDING_PX,
          apply({ availableHeight }) {
            element.style.maxHeight = `${Math.max(MIN_CARD_HEIGHT_PX, Math.floor(availableHeight))}px`;
          },
        }),
      ],
    }).then(({ x, y }) => {
      element.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      element.style.visibility = '';
      takeFocus(element);
    });
  };

  const shows = (entityId: string) => open && last?.content.card.id === entityId;

  const view: PopoverView = {
    show(anchor, content, options = {}) {
      docked = false;
      // The automatic theme takes the tone of the page under the name (page-tone.ts), each time a card opens.
      if (theme === 'system') {
        const at = anchor.startContainer;
        const element = at.nodeType === 1 ? (at as Element) : at.parentElement;
        ensureFrame();
        host?.setAttribute('data-theme', pageTone(element, doc.defaultView ?? window));
      }
      pinned = false;
      last = { anchor, content };
      open = true;
      if (options.focus && !returnFocus) returnFocus = { element: doc.activeElement, anchor };
      else if (returnFocus) returnFocus.anchor = anchor;
      focusPending = options.focus === true;
      draw(true);
    },
    hide() {
      restoreFocus();
      if (frame) render(null, frame);
      const wasOpen = open;
      open = pinned = docked = false;
      last = null;
      if (wasOpen) onHidden();
    },
    isOpen: () => open,
    isPinned: () => pinned,
    contains: (event) => host !== null && event.composedPath().includes(host),
    shows,
    update(entityId, patch) {
      if (!shows(entityId) || !last) return;
      last = { anchor: last.anchor, content: { ...last.content, ...patch } };
      draw(true);
    },
    announce(message) {
      ensureFrame();
      // Cleared first so that the same words announced twice are still announced.
      live!.textContent = '';
      setTimeout(() => live && (live.textContent = message), 50);
    },
    destroy() {
      restoreFocus();
      if (frame) render(null, frame);
      host?.remove();
      host = frame = live = null;
      open = pinned = false;
      last = null;
    },
  };
  return view;
}
