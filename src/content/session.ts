/**
 * One annotation of one article with one set of settings. It only wires the controllers, one per concern: the
 * highlight layer (layer.ts), the cards (cards.ts), the reader's choices on them (choices.ts), annotating text
 * through the background (annotation.ts), hover (hover.ts), keyboard stepping and the side panel's "show me"
 * (navigation.ts). destroy() undoes it all.
 */
import type { Settings } from '../settings';
import { explanationLanguage } from '../ui/i18n';
import { createAnnotation } from './annotation';
import type { ArticleInfo } from './article';
import { createCards } from './cards';
import { createChoices } from './choices';
import { attachHover } from './hover';
import { createLayer } from './layer';
import { createNavigation, type Navigation } from './navigation';

export interface Session extends Navigation {
  /** Annotates elements added to the article after the first pass. */
  addElements(elements: Element[]): Promise<void>;
  /** Drops the highlights of text that left the page. */
  prune(): void;
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

export async function startSession({
  article,
  settings,
  hostname,
  isCurrent,
  highlightToken,
}: SessionOptions): Promise<Session | null> {
  const lang = explanationLanguage(settings.explanationLanguage, article.language);
  const layer = createLayer(settings.highlightStyle, { highlightToken });
  const cards = createCards({
    lang,
    settings,
    published: article.published,
    choices: createChoices({ settings, hostname, lang }),
    onHidden: () => layer.setActive(null),
  });
  const annotation = createAnnotation({ article, settings, lang, layer, cards, isCurrent });
  const teardown = () => {
    annotation.stop();
    cards.destroy();
    layer.destroy();
  };

  try {
    await annotation.annotate(article.root, false);
  } catch (error) {
    // A failed start leaves nothing in the page: no highlights of the slices painted before, which no card would
    // answer (hover is attached only after), and no listener.
    teardown();
    throw error;
  }
  if (!isCurrent()) {
    teardown();
    return null;
  }
  const detachHover = attachHover({ layer, view: cards.view, open: cards.open });

  return {
    ...createNavigation({ layer, cards, segments: annotation.segments, lang }),
    async addElements(elements) {
      for (const element of elements) await annotation.annotate(element, true);
    },
    prune: () => layer.prune(),
    destroy() {
      detachHover();
      teardown();
    },
  };
}
