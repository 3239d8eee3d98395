/**
 * One annotation of one article with one set of settings: paints what the reader chose to see, opens cards,
 * steps through entities from the keyboard, annotates paragraphs that arrive later. destroy() undoes it all.
 */
import type { EntityCard } from '../core/kb/index-format';
import type { Lang } from '../core/kb/schema';
import { request, t } from '../platform/browser';
import { loadSettings, updateSettings } from '../platform/settings-store';
import type { Settings } from '../settings';
import type { ArticleInfo } from './article';
import { rangeOf } from './highlight';
import { createLayer, type PaintedMention } from './layer';
import { retireFirstPaint } from './boot-handover';
import { newHighlightToken } from './highlight-names';
import { explanationLanguage, inLanguage, interfaceLanguage, typeLabel } from '../ui/i18n';
import { attachHover } from './hover';
import { countryCode, fitBounds } from '../core/geo';
import { MAP_HEIGHT, MAP_MIN_SPAN, MAP_WIDTH } from './popover/Popover';
import { createPopoverView, isCardHost, type PopoverView } from './popover/mount';
import { showUndoToast } from './popover/toast';
import { buildTextMap, sliceTextMap, type TextMap } from './textmap';
import type { Mention } from '../core/resolve/mention';
import { termKey } from '../core/resolve/relink';

export interface Session {
  /** Annotates elements added to the article after the first pass. */
  addElements(elements: Element[]): Promise<void>;
  /** Drops the highlights of text that left the page. */
  prune(): void;
  /** Moves to the next (1) or previous (-1) highlighted entity, opening its card. */
  step(direction: 1 | -1): void;
  /** Scrolls to an entity's first mention and flashes it (the side panel's "show me"). */
  reveal(entityId: string): void;
  destroy(): void;
}

export interface SessionOptions {
  article: ArticleInfo;
  settings: Settings;
  hostname: string;
  /** Whether this session is still the current one (a newer one may have replaced it mid-request). */
  isCurrent(): boolean;
  /** This page's highlight token (content/highlight-names.ts), which the inserted stylesheet is written for. */
  highlightToken?: string;
}

/**
 * The most text annotated in one message and painted in one task: about 60 pages of prose, far more than any news
 * article, so a real article is one slice and a huge page is several (content/textmap.ts sliceTextMap).
 */
const SLICE_CHARS = 200_000;

export async function startSession({
  article,
  settings,
  hostname,
  isCurrent,
  highlightToken,
}: SessionOptions): Promise<Session | null> {
  const lang: Lang = explanationLanguage(settings.explanationLanguage, article.language);
  const layer = createLayer(settings.highlightStyle, { highlightToken });
  const cards: Record<string, EntityCard> = {};
  /** Every mention the reader is shown (drawn or quiet), per stretch of text, as the background sent them. */
  const segments: { map: TextMap; listed: Mention[] }[] = [];
  let destroyed = false;
  /** This session, for the background's record of the tab's article (background/article-results.ts). */
  const sessionId = newHighlightToken();
  let firstStretch = true;

  /**
   * The cards: the one that follows the pointer and the keyboard (`current`), and the one the reader pinned, docked
   * at the window's edge (`docked`): pinning hands the card over and a fresh view takes the next names, so a
   * pinned card blocks no other. `view` is what the rest of the session and the hover code hold: it forwards to the
   * current one, and counts the docked card as card (the pointer over it is not over the page).
   */
  const newView = (): PopoverView =>
    createPopoverView(
      () => layer.setActive(null),
      settings.theme,
      document,
      () => {
        docked?.destroy();
        docked = current;
        current = newView();
      },
    );
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
  document.addEventListener('keydown', closeDocked, true);
  const closeCard = () => view.hide();

  /**
   * Settles once the cards are whole. A background that this page woke answers from the stubs in its index before
   * it has read the cards (decision 0001): they are asked for then, and a card already open is completed when they
   * come.
   */
  let cardsRead: Promise<void> = Promise.resolve();
  const readWholeCards = (ids: string[]) => {
    cardsRead = cardsRead.then(async () => {
      try {
        const whole = await request('wholeCards', { ids, lang, disabledPacks: settings.disabledPacks });
        for (const [id, complete] of Object.entries(whole)) {
          const card = cards[id];
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

  const relatedOf = (card: EntityCard) =>
    card.related.map((id) => cards[id]).filter((other): other is EntityCard => other !== undefined);

  /** A card of an entity opened from another card's "Related", anchored where that card was. */
  const openRelated = (anchor: Range, card: EntityCard) => {
    view.show(anchor, {
      card,
      lang,
      published: article.published,
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

  /**
   * Remembers that these words mean `other`. Choosing the meaning the data gave in the first place takes back
   * the earlier choice instead of stacking a second one on it. The settings change re-annotates every open tab.
   */
  const choose = (mention: Mention, other: EntityCard, onlyThisSite: boolean) => {
    closeCard();
    const site = onlyThisSite ? hostname : null;
    // A relinked mention keeps the entity the data chose first among its alternatives (core/resolve/relink.ts).
    const original = mention.chosen ? mention.alternatives?.[0] : mention.entityId;
    if (!original) return;
    const kept = settings.chosenMeanings.filter(
      (choice) =>
        !(termKey(choice.text) === termKey(mention.text) && choice.from === original && choice.site === site),
    );
    const label = inLanguage(other.labels, lang) ?? other.id;
    const added =
      other.id === original ? [] : [{ text: mention.text, from: original, to: other.id, label, site }];
    void updateSettings({ chosenMeanings: [...kept, ...added] });
  };

  const openCard = (item: PaintedMention, byKeyboard = false) => {
    addMap(item.card);
    view.show(
      item.range,
      {
        card: item.card,
        lang,
        why: item.mention.why,
        text: item.mention.text,
        published: article.published,
        related: relatedOf(item.card),
        onOpenRelated: (other) => openRelated(item.range, other),
        alternatives: (item.mention.alternatives ?? [])
          .map((id) => cards[id])
          .filter((other): other is EntityCard => other !== undefined),
        chosen: item.mention.chosen === true,
        onChoose: (other, onlyThisSite) => choose(item.mention, other, onlyThisSite),
        onHide: (onlyThisSite) => {
          // A reader on the card's buttons by keyboard gets the focus on Undo, not lost with the card.
          const fromKeyboard = document.activeElement !== null && isCardHost(document.activeElement);
          closeCard();
          const term = {
            entityId: item.card.id,
            text: item.mention.text,
            site: onlyThisSite ? hostname : null,
          };
          const isTerm = (other: typeof term) =>
            other.entityId === term.entityId && other.text === term.text && other.site === term.site;
          // The settings change re-annotates every open tab without this term; Undo takes it out again.
          void updateSettings({ hiddenTerms: [...settings.hiddenTerms, term] }).then(() =>
            showUndoToast(
              t(onlyThisSite ? 'hiddenToastSite' : 'hiddenToast', [item.mention.text]),
              t('toastUndo'),
              () =>
                void loadSettings().then((now) =>
                  updateSettings({ hiddenTerms: now.hiddenTerms.filter((other) => !isTerm(other)) }),
                ),
              { focus: fromKeyboard, lang: interfaceLanguage() },
            ),
          );
        },
      },
      { focus: byKeyboard },
    );
  };

  const annotate = async (root: Element, skipCovered: boolean) => {
    const whole = buildTextMap(root, skipCovered ? (node) => layer.covers(node) : undefined);
    for (const map of sliceTextMap(whole, SLICE_CHARS)) {
      if (destroyed || !isCurrent()) return;
      await annotateSlice(map);
    }
  };

  /** One slice of an article's text: annotated in the background, painted here as it says. */
  const annotateSlice = async (map: TextMap) => {
    if (map.text.trim().length === 0) return;
    const first = firstStretch;
    firstStretch = false;
    const result = await request('annotate', {
      text: map.text,
      language: article.language,
      published: article.published,
      cardLanguage: lang,
      disabledPacks: settings.disabledPacks,
      settings,
      session: sessionId,
      first,
      title: article.headline ?? document.title,
      drawn: [...layer.entityIds()],
    });
    if (destroyed || !isCurrent()) return;
    Object.assign(cards, result.cards);
    if (result.partial) readWholeCards(Object.keys(result.cards));
    segments.push({ map, listed: result.mentions });
    // The later mentions are not drawn but answer a hover (issue #21: a reminder is needed exactly there).
    layer.add(
      map,
      result.mentions.filter((mention) => !mention.quiet),
      cards,
      result.mentions.filter((mention) => mention.quiet),
    );
    // In the same task as the layer's drawing: the boot script's first highlights go as these come.
    retireFirstPaint();
  };

  await annotate(article.root, false);
  if (destroyed || !isCurrent()) {
    document.removeEventListener('keydown', closeDocked, true);
    layer.destroy();
    view.destroy();
    return null;
  }
  const detachHover = attachHover({ layer, view, open: openCard });

  return {
    async addElements(elements) {
      for (const element of elements) await annotate(element, true);
    },
    prune() {
      layer.prune();
    },
    step(direction) {
      const ordered = layer.ordered();
      if (ordered.length === 0) return;
      const current = layer.getActive();
      const index = current ? ordered.indexOf(current) : -1;
      const next = ordered[(index + direction + ordered.length) % ordered.length]!;
      next.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
      layer.setActive(next);
      openCard(next, true);
      view.announce(
        t('announceEntity', [
          inLanguage(next.card.labels, lang) ?? next.mention.text,
          typeLabel(next.card.type),
          inLanguage(next.card.descriptions, lang) ?? '',
        ]),
      );
    },
    reveal(entityId) {
      for (const { map, listed } of segments) {
        const mention = listed.find((m) => m.entityId === entityId);
        const range = mention && rangeOf(map, mention);
        if (!range) continue;
        range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
        layer.flash(range);
        return;
      }
    },
    destroy() {
      destroyed = true;
      detachHover();
      document.removeEventListener('keydown', closeDocked, true);
      view.destroy();
      layer.destroy();
    },
  };
}
