/**
 * The cards of one session: which card is open where, and what it shows. Two views: the card that follows the pointer
 * and the keyboard (`current`), and the one the reader pinned, docked at the window's edge (`docked`). Pinning hands
 * the card over and a fresh view takes the next names, so a pinned card blocks no other. Cards arrive as stubs from a
 * woken background and are completed here; a place's card gets its mini-map; a card's "Related" opens another.
 */
import { countryCode, fitBounds } from '../core/geo';
import type { EntityCard } from '../core/kb/index-format';
import type { Lang } from '../core/kb/schema';
import { request } from '../platform/browser';
import type { Settings } from '../settings';
import type { ReaderChoices } from './choices';
import type { PaintedMention } from './layer';
import { MAP_HEIGHT, MAP_MIN_SPAN, MAP_WIDTH } from './popover/Popover';
import { createPopoverView, isCardHost, type PopoverView } from './popover/mount';

export interface Cards {
  /**
   * What hover and keyboard code hold: it forwards to the current card, and counts the docked card as card (the
   * pointer over it is not over the page).
   */
  readonly view: PopoverView;
  /** Every card the background sent so far, by entity id: the layer's painted mentions hold these objects. */
  readonly known: Record<string, EntityCard>;
  /** Keeps the cards of a stretch's mentions; `partial`: they are stubs, read whole now and completed in place. */
  add(cards: Record<string, EntityCard>, partial: boolean): void;
  /** Opens the card of a painted mention; `byKeyboard`: the focus moves into it. */
  open(item: PaintedMention, byKeyboard?: boolean): void;
  destroy(): void;
}

export interface CardsOptions {
  lang: Lang;
  settings: Settings;
  /** The article's date, which the card's facts are told against ("since 2011", "then"). */
  published: string | null;
  /** The card's "Not this" and "Hide". */
  choices: ReaderChoices;
  /** The highlight no card is open on any more (the layer marks the one the reader is on). */
  onHidden(): void;
  doc?: Document;
}

export function createCards({
  lang,
  settings,
  published,
  choices,
  onHidden,
  doc = document,
}: CardsOptions): Cards {
  const known: Record<string, EntityCard> = {};
  let destroyed = false;

  const newView = (): PopoverView =>
    createPopoverView(onHidden, settings.theme, doc, () => {
      docked?.destroy();
      docked = current;
      current = newView();
    });
  let docked: PopoverView | null = null;
  let current = newView();
  const view: PopoverView = {
    show: (anchor, content, options) => current.show(anchor, content, options),
    hide: () => current.hide(),
    isOpen: () => current.isOpen(),
    isPinned: () => current.isPinned(),
    contains: (event) => current.contains(event) || (docked?.contains(event) ?? false),
    shows: (entityId) => current.shows(entityId) || (docked?.shows(entityId) ?? false),
    update: (entityId, patch) => {
      current.update(entityId, patch);
      docked?.update(entityId, patch);
    },
    announce: (message) => current.announce(message),
    destroy: () => {
      current.destroy();
      docked?.destroy();
    },
  };
  // Escape closes the card that follows the pointer first (hover.ts), then the docked one.
  const closeDocked = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !current.isOpen() && docked?.isOpen()) docked.hide();
  };
  doc.addEventListener('keydown', closeDocked, true);

  /**
   * Settles once the cards asked for so far are whole. A background that this page woke answers from the stubs in
   * its index before it has read the cards (decision 0001): they are asked for then, one request after another, and
   * a card already open is completed when they come.
   */
  let cardsRead: Promise<void> = Promise.resolve();
  const readWholeCards = (ids: string[]) => {
    cardsRead = cardsRead.then(async () => {
      try {
        const whole = await request('wholeCards', { ids, lang, disabledPacks: settings.disabledPacks });
        for (const [id, complete] of Object.entries(whole)) {
          const card = known[id];
          if (!card || destroyed) continue;
          // In place: the painted mentions and the cards' lists of related and alternative cards hold these objects.
          Object.assign(card, complete);
          if (!view.shows(id)) continue;
          // Its related names too: a stub lists them in entity order, the whole card in the pack's order.
          view.update(id, { card: { ...card }, related: relatedOf(card) });
          // A place's map needs its coordinates and country, which its stub did not have.
          addMap(card);
        }
      } catch (error) {
        // The cards still show their names and types.
        console.warn('Backstory could not read the cards:', error instanceof Error ? error.message : error);
      }
    });
  };

  const cardsOf = (ids: readonly string[]) =>
    ids.map((id) => known[id]).filter((other): other is EntityCard => other !== undefined);
  const relatedOf = (card: EntityCard) => cardsOf(card.related);

  /** A card of an entity opened from another card's "Related", anchored where that card was. */
  const openRelated = (anchor: Range, card: EntityCard) => {
    view.show(anchor, {
      card,
      lang,
      published,
      related: relatedOf(card),
      onOpenRelated: (other) => openRelated(anchor, other),
      onHide: () => undefined,
    });
  };

  /** A place's card gets its mini-map once the background sends the outlines of its region. */
  const addMap = (card: EntityCard) => {
    if (card.type !== 'place' || !card.coordinates) return;
    const bbox = fitBounds([card.coordinates], {
      aspect: MAP_WIDTH / MAP_HEIGHT,
      minSpanDegrees: MAP_MIN_SPAN,
    });
    // A country's card shows the whole country (its outline comes shaded), a town's the region around its point.
    const country = countryCode(card.facts) ?? undefined;
    request('mapOutlines', { bbox, ...(country ? { country } : {}) }).then(
      (outlines) => view.update(card.id, { outlines }),
      () => undefined, // No map is better than a broken card.
    );
  };

  const open = ({ card, mention, range }: PaintedMention, byKeyboard = false) => {
    addMap(card);
    view.show(
      range,
      {
        card,
        lang,
        why: mention.why,
        text: mention.text,
        published,
        related: relatedOf(card),
        onOpenRelated: (other) => openRelated(range, other),
        alternatives: cardsOf(mention.alternatives ?? []),
        chosen: mention.chosen === true,
        onChoose: (other, onlyThisSite) => {
          view.hide();
          choices.choose(mention, other, onlyThisSite);
        },
        onHide: (onlyThisSite) => {
          // Asked before the card goes: a reader on its buttons by keyboard has the focus inside it.
          const fromKeyboard = doc.activeElement !== null && isCardHost(doc.activeElement);
          view.hide();
          choices.hide(mention, card, onlyThisSite, fromKeyboard);
        },
      },
      { focus: byKeyboard },
    );
  };

  return {
    view,
    known,
    add(cards, partial) {
      Object.assign(known, cards);
      if (partial) readWholeCards(Object.keys(cards));
    },
    open,
    destroy() {
      destroyed = true;
      doc.removeEventListener('keydown', closeDocked, true);
      view.destroy();
    },
  };
}
