/**
 * One annotation of one article with one set of settings: paints what the reader chose to see, opens cards,
 * steps through entities from the keyboard, annotates paragraphs that arrive later. destroy() undoes it all.
 */
import type { EntityCard } from '../core/kb/index-format';
import type { Lang } from '../core/kb/schema';
import { shownMentions, type ShownOptions } from '../core/visible';
import type { ArticleSnapshot } from '../messages';
import { request, t } from '../platform/browser';
import { updateSettings } from '../platform/settings-store';
import type { Settings } from '../settings';
import type { ArticleInfo } from './article';
import { HighlightLayer, type PaintedMention } from './highlight';
import { inLanguage, typeLabel } from '../ui/i18n';
import { attachHover } from './hover';
import { createPopoverView, type PopoverView } from './popover/mount';
import { buildTextMap } from './textmap';
import type { Mention } from '../core/mention';

export interface Session {
  /** Annotates elements added to the article after the first pass. */
  addElements(elements: Element[]): Promise<void>;
  /** Moves to the next (1) or previous (-1) highlighted entity, opening its card. */
  step(direction: 1 | -1): void;
  destroy(): void;
}

export interface SessionOptions {
  article: ArticleInfo;
  settings: Settings;
  hostname: string;
  /** Whether this session is still the current one (a newer one may have replaced it mid-request). */
  isCurrent(): boolean;
}

export async function startSession({
  article,
  settings,
  hostname,
  isCurrent,
}: SessionOptions): Promise<Session | null> {
  const lang: Lang =
    settings.explanationLanguage === 'article' ? article.language : settings.explanationLanguage;
  const hidden = new Set(
    settings.hiddenTerms
      .filter((term) => term.site === null || term.site === hostname)
      .map((term) => term.entityId),
  );
  const layer = new HighlightLayer(settings.highlightStyle);
  const cards: Record<string, EntityCard> = {};
  /** Every mention the reader's choices let through (all of them, not just the first): what the side panel lists. */
  const listed: Mention[] = [];
  let destroyed = false;

  const filter = (extra: Partial<ShownOptions>): ShownOptions => ({
    typeOf: (id) => cards[id]?.type,
    types: settings.entityTypes,
    demonyms: settings.showDemonyms,
    hidden,
    ...extra,
  });

  const view: PopoverView = createPopoverView(() => layer.setActive(null));
  const closeCard = () => view.hide();

  const openCard = (item: PaintedMention) => {
    view.show(item.range, {
      card: item.card,
      lang,
      why: item.mention.why,
      text: item.mention.text,
      published: article.published,
      onHide: (onlyThisSite) => {
        closeCard();
        const term = {
          entityId: item.card.id,
          text: item.mention.text,
          site: onlyThisSite ? hostname : null,
        };
        // The settings change re-annotates every open tab without this term.
        void updateSettings({ hiddenTerms: [...settings.hiddenTerms, term] });
      },
    });
  };

  const report = () => {
    const snapshot: ArticleSnapshot = {
      url: location.href,
      title: article.headline ?? document.title,
      language: article.language,
      published: article.published,
      mentions: [...listed].sort((a, b) => a.start - b.start),
      cards,
    };
    return request('reportArticle', { article: snapshot });
  };

  const annotate = async (root: Element, skipCovered: boolean) => {
    const map = buildTextMap(root, skipCovered ? (node) => layer.covers(node) : undefined);
    if (map.text.trim().length === 0) return;
    const result = await request('annotate', { text: map.text, language: article.language });
    if (destroyed || !isCurrent()) return;
    Object.assign(cards, result.cards);
    listed.push(...shownMentions(result.mentions, filter({})));
    const firstOnly = settings.mentions === 'first';
    const painted = shownMentions(
      result.mentions,
      filter({ firstOnly, alreadyShown: firstOnly ? layer.entityIds() : undefined }),
    );
    layer.add(map, painted, cards);
  };

  await annotate(article.root, false);
  if (destroyed || !isCurrent()) {
    layer.destroy();
    view.destroy();
    return null;
  }
  const detachHover = attachHover({ layer, view, open: openCard });
  await report();

  return {
    async addElements(elements) {
      for (const element of elements) await annotate(element, true);
      if (!destroyed) await report();
    },
    step(direction) {
      const ordered = layer.ordered();
      if (ordered.length === 0) return;
      const current = layer.getActive();
      const index = current ? ordered.indexOf(current) : -1;
      const next = ordered[(index + direction + ordered.length) % ordered.length]!;
      next.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
      layer.setActive(next);
      openCard(next);
      view.announce(
        t('announceEntity', [
          inLanguage(next.card.labels, lang) ?? next.mention.text,
          typeLabel(next.card.type),
          inLanguage(next.card.descriptions, lang) ?? '',
        ]),
      );
    },
    destroy() {
      destroyed = true;
      detachHover();
      view.destroy();
      layer.destroy();
    },
  };
}
