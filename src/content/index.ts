/**
 * The content script's lifecycle: when annotations are on, find the article, have the background link its
 * names, paint the highlights and listen for hovers; when they are switched off (in any tab, any window), undo
 * all of it at once. Nothing here changes the page's DOM except the popover's own host element.
 */
import { shownMentions } from '../core/visible';
import type { ArticleSnapshot } from '../messages';
import { request } from '../platform/browser';
import { loadSettings, watchSettings } from '../platform/settings-store';
import type { Settings } from '../settings';
import { findArticle } from './article';
import { paintHighlights } from './highlight';
import { attachHover } from './hover';
import { createPopoverView } from './popover/mount';
import { buildTextMap } from './textmap';

/** Undoes one activation. */
type Teardown = () => void;

let teardown: Teardown | undefined;
/** Bumped on every change of state, so a slow activation that was overtaken by a switch-off discards itself. */
let generation = 0;

async function activate(mine: number): Promise<void> {
  const article = findArticle(document);
  if (!article) return;
  const map = buildTextMap(article.root);
  const { mentions, cards } = await request('annotate', { text: map.text, language: article.language });
  if (mine !== generation) return;
  const names = shownMentions(mentions);
  const highlights = paintHighlights(map, names, cards);
  const view = createPopoverView();
  const detachHover = attachHover({ map, painted: highlights.painted, cards, lang: article.language, view });
  teardown = () => {
    detachHover();
    view.destroy();
    highlights.destroy();
  };
  const snapshot: ArticleSnapshot = {
    url: location.href,
    title: article.headline ?? document.title,
    language: article.language,
    published: article.published,
    mentions: names,
    cards,
  };
  await request('reportArticle', { article: snapshot });
}

function deactivate(): void {
  teardown?.();
  teardown = undefined;
}

async function apply(settings: Settings): Promise<void> {
  const mine = ++generation;
  deactivate();
  if (!settings.enabled) {
    await request('reportArticle', { article: null });
    return;
  }
  await activate(mine);
}

function reportFailure(error: unknown): void {
  // The page must never break because of us: say what went wrong in the console and stay out of the way.
  console.warn('Backstory could not annotate this page:', error instanceof Error ? error.message : error);
}

watchSettings((settings) => void apply(settings).catch(reportFailure));
loadSettings().then(apply).catch(reportFailure);
