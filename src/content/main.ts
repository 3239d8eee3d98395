/**
 * The article script's lifecycle: injected by the background into a frame whose boot script (boot.ts) found an
 * article, or whose reader asked to annotate the page anyway. When annotations are on for this site, find the
 * article and start a session (session.ts); start over with the settings when they change (in any tab, any window),
 * or undo everything when switched off; start over too after a single-page-app navigation, a change of packs, the
 * reader's "annotate anyway" (tab-messages.ts) and a return from the back/forward cache (page-lifecycle.ts). Keeps
 * watching the page for paragraphs that arrive later (dynamic.ts), and leaves the page clean when its extension goes.
 */
import { request } from '../platform/browser';
import { loadSettings, watchSettings } from '../platform/settings-store';
import { enabledFor, type Settings } from '../settings';
import { findArticle, wholePage, type ArticleInfo } from './article';
import { watchPage } from './dynamic';
import { startSession, type Session } from './session';
import { retireFirstPaint, takeChanges } from './boot-handover';
import {
  ARTICLE_SCRIPT_FLAG,
  BOOT_ARTICLE_FLAG,
  BOOT_STORAGE_FLAG,
  HIGHLIGHT_TOKEN_FLAG,
  WHOLE_PAGE_FLAG,
} from './flags';
import { isHighlightToken } from './highlight-names';
import { watchPageLifecycle, type PageLifecycle } from './page-lifecycle';
import { listenForTabMessages } from './tab-messages';

const shared = globalThis as Record<string, unknown>;

/** A page without an article is looked at again when it changes, but not forever (endless feeds). */
const MAX_ARTICLE_SEARCHES = 20;

let settings: Settings | null = null;
let session: Session | null = null;
let stopWatching: (() => void) | null = null;
let searches = 0;
/** The reader asked to annotate this page although it does not look like an article (here, or in the boot script). */
let wholePageRequested = shared[WHOLE_PAGE_FLAG] === true;
/** Bumped on every restart, so a slow start overtaken by a newer one discards itself. */
let generation = 0;
/** The page's return from the back/forward cache, and the extension's going. */
let lifecycle: PageLifecycle | null = null;

function stop(): void {
  generation++;
  stopWatching?.();
  stopWatching = null;
  session?.destroy();
  session = null;
}

/** Whether this frame carries our highlight stylesheet (the background inserts it with this script). */
let stylesPresent = true;

/** Puts the highlight stylesheet in or takes it out (switched off: no trace of us in the page's styles). */
async function setStyles(present: boolean): Promise<void> {
  const token = shared[HIGHLIGHT_TOKEN_FLAG];
  if (stylesPresent === present || !isHighlightToken(token)) return;
  stylesPresent = present;
  await request('highlightStyles', { highlightToken: token, present });
}

async function start(): Promise<void> {
  stop();
  const mine = generation;
  if (!settings || !enabledFor(settings, location.hostname)) {
    retireFirstPaint();
    takeChanges();
    await setStyles(false);
    await request('reportArticle', { off: true });
    return;
  }
  await setStyles(true);
  const article = bootArticle() ?? findArticle(document) ?? (wholePageRequested ? wholePage(document) : null);
  if (article) {
    session = await startSession({
      article,
      settings,
      hostname: location.hostname,
      isCurrent: () => mine === generation,
      highlightToken: isHighlightToken(shared[HIGHLIGHT_TOKEN_FLAG])
        ? shared[HIGHLIGHT_TOKEN_FLAG]
        : undefined,
    });
  } else {
    retireFirstPaint();
    await request('reportArticle', {});
  }
  if (mine !== generation) return;
  if (!article && ++searches > MAX_ARTICLE_SEARCHES) return;
  stopWatching = watchPage({
    root: article?.root ?? null,
    onAdded: (elements) => void session?.addElements(elements).catch(reportFailure),
    onRemoved: () => session?.prune(),
    onNavigate: restart,
    earlier: takeChanges(),
  });
}

/** The article the boot script found, once (later starts look again), while its element is still in the page. */
function bootArticle(): ArticleInfo | null {
  const found = shared[BOOT_ARTICLE_FLAG] as ArticleInfo | undefined;
  delete shared[BOOT_ARTICLE_FLAG];
  return found?.root.isConnected ? found : null;
}

function reportFailure(error: unknown): void {
  // The page must never break because of us: say what went wrong in the console and stay out of the way (no
  // highlights left from the boot script's first paint that no card would answer).
  retireFirstPaint();
  console.warn('Backstory could not annotate this page:', error instanceof Error ? error.message : error);
  // An orphan's requests fail: it leaves now, not at the reader's next move.
  lifecycle?.leaveIfOrphaned();
}

const restart = () => void start().catch(reportFailure);

/** Everything the script listens to, registered once per frame (the background injects it once, but may again). */
function run(): void {
  lifecycle = watchPageLifecycle({ onRestored: restart, onOrphaned: stop });
  listenForTabMessages({
    packsChanged: restart,
    step: (direction) => session?.step(direction),
    reveal: (entityId) => session?.reveal(entityId),
    annotateAnyway: () => {
      wholePageRequested = true;
      restart();
    },
  });

  /** Settings that came from a change are newer than the ones read at start, whichever arrives first. */
  let changed = false;
  watchSettings((next) => {
    changed = true;
    settings = next;
    searches = 0;
    restart();
  });

  // What the boot script read just before asking for this script: no second storage round trip.
  const prefetched = shared[BOOT_STORAGE_FLAG] as Record<string, unknown> | undefined;
  loadSettings(prefetched)
    .then((loaded) => {
      if (!changed) settings = loaded;
      return start();
    })
    .catch(reportFailure);
}

if (!shared[ARTICLE_SCRIPT_FLAG]) {
  shared[ARTICLE_SCRIPT_FLAG] = true;
  run();
}
