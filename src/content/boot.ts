/**
 * What runs on every http(s) page (decision 17): does the page hold an article, and is annotating on for this site?
 * Only then is the background sent the text (it is woken a little before, with nothing of the page: decision 29), and
 * it injects the article script (content/main.ts: highlights, cards, the
 * engine's client) into this frame. A page without an article calls no extension API at all (not even storage: the
 * first use of each API's bindings costs the page about 2 ms, decision 23), sends nothing, wakes nothing and carries
 * only this small script. The boot script keeps looking while the page changes (late articles, single-page
 * navigations) a bounded number of times, and again when the settings switch the site back on.
 */
import { findArticle, type ArticleInfo } from './article';
import { buildTextMap, type TextMap } from './textmap';
import { pageRuntime } from '../platform/page-runtime';
import { SETTINGS_KEY, storedDisabledPacks, storedSwitch, switchedOnFor } from '../settings-switch';
import {
  ARTICLE_SCRIPT_FLAG,
  BOOT_ARTICLE_FLAG,
  BOOT_STORAGE_FLAG,
  HIGHLIGHT_TOKEN_FLAG,
  WHOLE_PAGE_HOOK,
  WHOLE_PAGE_FLAG,
} from './flags';
import { newHighlightToken } from './highlight-names';
import { drawFirstPaint, recordChanges, retireFirstPaint, takeChanges } from './boot-handover';

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
/** The storage values, once read: only when the page first shows an article. */
let reading: Promise<void> | null = null;
let storedRead = false;

/** The longest article text sent ahead (the article script sends any text itself); about 50 pages of prose. */
const MAX_TEXT_AHEAD = 200_000;

/** The article's text and map, built while the settings are read (both are needed before the first request). */
interface Prepared {
  article: ArticleInfo;
  map: TextMap;
}

/**
 * Asks the background for the article script, once. With the article's text first: the background annotates it,
 * answers with the highlights to draw, and has the annotation ready when the script asks (the same text map, the
 * same text).
 */
function askForArticleScript(prepared: Prepared | null): void {
  if (asked || scope[ARTICLE_SCRIPT_FLAG]) return;
  asked = true;
  observer?.disconnect();
  // Handed on only when read: the side panel's "annotate anyway" asks without reading (the article script reads).
  if (storedRead) scope[BOOT_STORAGE_FLAG] = stored;
  // One token for the page's life: a second injection (the reader switched the site back on) keeps the names.
  scope[HIGHLIGHT_TOKEN_FLAG] ??= newHighlightToken();
  const highlightToken = scope[HIGHLIGHT_TOKEN_FLAG] as string;
  if (prepared) scope[BOOT_ARTICLE_FLAG] = prepared.article;
  recordChanges();
  const text = prepared?.map.text ?? '';
  const ask = () =>
    pageRuntime.ask({ type: 'articleFound', payload: { highlightToken } }).catch(() => {
      asked = false;
      askAgainLater();
    });
  if (!prepared || text.trim().length === 0 || text.length > MAX_TEXT_AHEAD) {
    void ask();
    return;
  }
  const { article, map } = prepared;
  const payload = {
    text,
    language: article.language,
    published: article.published,
    disabledPacks: storedDisabledPacks(stored[SETTINGS_KEY]),
    settings: stored[SETTINGS_KEY],
  };
  // The first highlights, drawn before the article script is asked for: arriving first, its 137 KB would run in the
  // page before them (decision 22). Without the Highlight API it draws nothing: the article script's layer wraps.
  pageRuntime
    .ask({ type: 'firstPaint', payload })
    .then((answer) => (answer ? drawFirstPaint(map, answer.paint, highlightToken) : false))
    // No answer, or a first paint that failed (the page changed under it): the article script still comes.
    .catch(() => false)
    .then((drew) => (drew ? afterNextFrame(ask) : void ask()));
}

/** How long after a failed request the page is looked at again (once). */
const ASK_AGAIN_AFTER_MS = 500;
let askedAgain = false;

/**
 * A request that failed while the extension is still there (its worker stopped as it woke and closed the request's
 * channel) is made again once: the browser starts the worker anew for it. An extension updated or removed under this
 * page has no runtime any more: then the page is left as it is.
 */
function askAgainLater(): void {
  if (askedAgain || !pageRuntime.extensionAlive()) return;
  askedAgain = true;
  setTimeout(look, ASK_AGAIN_AFTER_MS);
}

/** How long a visible page's next frame is waited for at most (a page may stop producing frames). */
const FRAME_WAIT_MS = 100;

/**
 * Calls `then` once the frame after this task is on screen: the article script, asked for next, runs 110 KB in
 * the page, which would otherwise hold the first highlights' frame back (decision 25). A hidden page paints no
 * frames: it asks at once.
 */
function afterNextFrame(then: () => void): void {
  if (document.visibilityState === 'hidden') {
    then();
    return;
  }
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    then();
  };
  // A task queued from an animation frame's callback runs after that frame is painted.
  requestAnimationFrame(() => setTimeout(once, 0));
  const fallback = setTimeout(once, FRAME_WAIT_MS);
}

/**
 * Reads the settings (and starts following them) the first time the page shows an article: a page without one
 * never touches an extension API.
 */
function readStorage(): Promise<void> {
  reading ??= (async () => {
    pageRuntime.watch(SETTINGS_KEY, (settings) => {
      searches = 0;
      stored = { ...stored, [SETTINGS_KEY]: settings };
      // An article script still on its way starts from these, not from what was stored when it was asked for.
      if (scope[BOOT_STORAGE_FLAG]) scope[BOOT_STORAGE_FLAG] = stored;
      // Switched off (everywhere or here) before the article script took the first highlights over, or where it never
      // came: they go now, as the reader asked, not when it arrives. Its own highlights it takes out itself.
      if (!switchedOnFor(storedSwitch(settings), location.hostname)) retireFirstPaint();
      look();
    });
    const values = await pageRuntime.read([SETTINGS_KEY]);
    // A change heard while reading is newer than what the read returns.
    stored = { ...values, ...stored };
    storedRead = true;
  })();
  return reading;
}

function look(): void {
  if (asked) return;
  const article = findArticle(document);
  if (!article) {
    watchForArticle();
    return;
  }
  const ahead = !storedRead;
  const read = readStorage();
  // Told before the settings are read and the text is built, a stopped worker wakes and reads its index while the page
  // does both (decision 29). Nothing of the page goes with it. Once the settings are known it is not worth a message.
  if (ahead) pageRuntime.tell({ type: 'articleAhead', payload: {} }).catch(() => undefined);
  // Built while storage answers: the page's changes from here on are recorded for the article script, and they
  // would be in a map built later too.
  recordChanges();
  const map = buildTextMap(article.root);
  // Built now, while storage answers: the request that follows the answer would otherwise wait for them.
  pageRuntime.warm();
  void read.then(() => {
    if (asked) return;
    const settings = stored[SETTINGS_KEY];
    if (switchedOnFor(storedSwitch(settings), location.hostname)) askForArticleScript({ article, map });
    else if (storedSwitch(settings).enabled) {
      // Switched off for this site (not everywhere: the background marks that on every tab itself): the icon says
      // so. The settings watch looks again when the site is switched back on.
      pageRuntime.tell({ type: 'reportArticle', payload: { off: true } }).catch(() => undefined);
      lookAgainWhenRestored();
    }
    if (!asked) takeChanges();
  }, stayOutOfTheWay);
}

let restoreWatched = false;

/**
 * Back from the back/forward cache, the background's record of the tab (and its icon) is the page the tab showed
 * meanwhile: the page is looked at again, and says "off for this site" again. Only on a page that said so: the article
 * script handles its own return (page-lifecycle.ts), and a page without an article has nothing to say.
 */
function lookAgainWhenRestored(): void {
  if (restoreWatched) return;
  restoreWatched = true;
  addEventListener(
    'pageshow',
    (event) => {
      if (event.persisted && !asked) look();
    },
    { passive: true },
  );
}

/** The extension was updated or removed under this page (its APIs throw): nothing more to do here. */
function stayOutOfTheWay(): void {
  reading = null;
}

function watchForArticle(): void {
  if (observer) return;
  observer = new MutationObserver((records) => {
    // Scripts and styles added to the head bring no article: only changes elsewhere count as a reason to look again.
    const head = document.head;
    if (head && records.every((record) => head.contains(record.target))) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (++searches > MAX_ARTICLE_SEARCHES) observer?.disconnect();
      else look();
    }, SETTLE_MS);
  });
  // The document, not its body: the body is the first element this script would touch, which costs a page without
  // an article more than its whole look (decision 28).
  observer.observe(document, { childList: true, subtree: true });
}

// The side panel's "annotate this page anyway", before the article script is here: called through
// scripting.executeScript (sidepanel), not a message, so that no page registers a listener it rarely needs.
scope[WHOLE_PAGE_HOOK] = () => {
  if (scope[ARTICLE_SCRIPT_FLAG]) return;
  scope[WHOLE_PAGE_FLAG] = true;
  askForArticleScript(null);
};

look();
