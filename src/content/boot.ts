/**
 * What runs on every http(s) page (decision 17): is annotating on for this site, and does the page hold an article?
 * Only then is the background told, and it injects the article script (content/main.ts: highlights, cards, the
 * engine's client) into this frame. A page without an article sends nothing, wakes nothing and carries only this
 * small script. The boot script keeps looking while the page changes (late articles, single-page navigations) a
 * bounded number of times, and again when the settings switch the site back on.
 */
import { findArticle, type ArticleInfo } from './article';
import { buildTextMap } from './textmap';
import { pageRuntime } from '../platform/page-runtime';
import { SETTINGS_KEY, storedDisabledPacks, storedSwitch, switchedOnFor } from '../settings-switch';
import {
  ARTICLE_SCRIPT_FLAG,
  BOOT_ARTICLE_FLAG,
  BOOT_STORAGE_FLAG,
  FORCE_WRAPPING_KEY,
  HIGHLIGHT_TOKEN_FLAG,
  WHOLE_PAGE_FLAG,
} from './flags';
import { newHighlightToken } from './highlight-names';
import { drawFirstPaint, recordChanges } from './boot-handover';

/** A page without an article is looked at again when it changes, but not forever (endless feeds). */
const MAX_ARTICLE_SEARCHES = 20;
/** Changes are gathered this long before the page is looked at again. */
const SETTLE_MS = 400;

const scope = globalThis as Record<string, unknown>;
let asked = false;
/** The storage values read at start (settings, the test-only layer switch), handed on to the article script. */
let stored: Record<string, unknown> = {};
let searches = 0;
let observer: MutationObserver | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

/** The longest article text sent ahead (the article script sends any text itself); about 50 pages of prose. */
const MAX_TEXT_AHEAD = 200_000;

/**
 * Asks the background for the article script, once. With the article's text first: the background annotates it,
 * answers with the highlights to draw, and has the annotation ready when the script asks (the same text map, the
 * same text).
 */
function askForArticleScript(article: ArticleInfo | null): void {
  if (asked || scope[ARTICLE_SCRIPT_FLAG]) return;
  asked = true;
  observer?.disconnect();
  scope[BOOT_STORAGE_FLAG] = stored;
  // One token for the page's life: a second injection (the reader switched the site back on) keeps the names.
  scope[HIGHLIGHT_TOKEN_FLAG] ??= newHighlightToken();
  const highlightToken = scope[HIGHLIGHT_TOKEN_FLAG] as string;
  if (article) scope[BOOT_ARTICLE_FLAG] = article;
  recordChanges();
  const map = article ? buildTextMap(article.root) : null;
  const text = map?.text ?? '';
  const ask = () =>
    pageRuntime.ask({ type: 'articleFound', payload: { highlightToken } }).catch(() => {
      // The extension was updated or removed under this page: stay out of the way.
      asked = false;
    });
  if (!article || !map || text.trim().length === 0 || text.length > MAX_TEXT_AHEAD) {
    void ask();
    return;
  }
  const payload = {
    text,
    language: article.language,
    published: article.published,
    disabledPacks: storedDisabledPacks(stored[SETTINGS_KEY]),
    settings: stored[SETTINGS_KEY],
  };
  // The first highlights, drawn before the article script is asked for: arriving first, its 137 KB would run in the
  // page before them (decision 22). The test-only wrapping switch leaves all drawing to that script's layer.
  pageRuntime
    .ask({ type: 'firstPaint', payload })
    .then(
      (answer) => {
        if (answer && stored[FORCE_WRAPPING_KEY] !== true) drawFirstPaint(map, answer.paint, highlightToken);
      },
      () => undefined,
    )
    .finally(() => void ask());
}

function look(settings: unknown): void {
  if (asked) return;
  if (!switchedOnFor(storedSwitch(settings), location.hostname)) {
    // Switched off for this site (not everywhere: the background marks that on every tab itself): the icon says so.
    if (storedSwitch(settings).enabled)
      pageRuntime.tell({ type: 'reportArticle', payload: { off: true } }).catch(() => undefined);
    return;
  }
  const article = findArticle(document);
  if (article) askForArticleScript(article);
  else watchForArticle(settings);
}

function watchForArticle(settings: unknown): void {
  if (observer || !document.body) return;
  observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (++searches > MAX_ARTICLE_SEARCHES) observer?.disconnect();
      else look(settings);
    }, SETTLE_MS);
  });
  observer.observe(document.body, { childList: true, subtree: true });
}

pageRuntime.onMessage((message) => {
  // The popup's "annotate this page anyway", before the article script is here.
  if ((message as { type?: unknown } | null)?.type !== 'annotateAnyway' || scope[ARTICLE_SCRIPT_FLAG]) return;
  scope[WHOLE_PAGE_FLAG] = true;
  askForArticleScript(null);
});

pageRuntime.watch(SETTINGS_KEY, (settings) => {
  searches = 0;
  stored = { ...stored, [SETTINGS_KEY]: settings };
  // An article script still on its way starts from these, not from what was stored when it was asked for.
  if (scope[BOOT_STORAGE_FLAG]) scope[BOOT_STORAGE_FLAG] = stored;
  look(settings);
});

void pageRuntime.read([SETTINGS_KEY, FORCE_WRAPPING_KEY]).then((values) => {
  stored = values;
  look(values[SETTINGS_KEY]);
});
