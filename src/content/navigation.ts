/**
 * Going to an entity in the article: stepping from one highlighted name to the next by keyboard shortcut (its card
 * opens, and a screen reader hears whose it is), and the side panel's "show me" (the first mention, flashed).
 */
import type { Lang } from '../core/kb/schema';
import { t } from '../platform/browser';
import { inLanguage, typeLabel } from '../ui/i18n';
import type { Segment } from './annotation';
import type { Cards } from './cards';
import { rangeOf } from './highlight';
import type { MentionLayer } from './layer';

export interface Navigation {
  /** Moves to the next (1) or previous (-1) highlighted entity, opening its card; from the last to the first. */
  step(direction: 1 | -1): void;
  /** Scrolls to an entity's first mention and flashes it (the side panel's "show me"). */
  reveal(entityId: string): void;
}

export interface NavigationOptions {
  layer: MentionLayer;
  cards: Pick<Cards, 'open' | 'view'>;
  /** What has been annotated, where a mention that is not drawn (a quiet one) is found too. */
  segments: readonly Segment[];
  /** The language of the cards, which the announcement reads from. */
  lang: Lang;
}

/** Brings a mention's line to the middle of the window. */
function scrollTo(range: Range): void {
  range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
}

export function createNavigation({ layer, cards, segments, lang }: NavigationOptions): Navigation {
  return {
    step(direction) {
      const ordered = layer.ordered();
      if (ordered.length === 0) return;
      const active = layer.getActive();
      // From no name, forward goes to the first and back to the last.
      const index = active ? ordered.indexOf(active) : direction > 0 ? -1 : ordered.length;
      const next = ordered[(index + direction + ordered.length) % ordered.length]!;
      scrollTo(next.range);
      layer.setActive(next);
      cards.open(next, true);
      cards.view.announce(
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
        scrollTo(range);
        layer.flash(range);
        return;
      }
    },
  };
}
