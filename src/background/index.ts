/**
 * The background: answers the typed requests of content scripts and extension pages, keeps track of each tab's
 * article, and manages the reader's packs. Listeners are registered at top level so a woken service worker
 * receives the event that woke it.
 */
// First: it starts what a first answer waits for while the rest is evaluated.
import './early-reads';
import type { ArticleSnapshot, BackgroundRequests, RequestMessage, RequestType, Result } from '../messages';
import { isRequestMessage } from '../messages';
import { broadcast, browser, injectArticleScript, setFrameStyles } from '../platform/browser';
import articleScript from '../content/main?script';
import highlightStyles from '../content/highlights.css?raw';
import { highlightCss, isHighlightToken } from '../content/highlight-names';
import {
  annotateMentions,
  annotateText,
  entityTypes,
  prepareIndexCopy,
  readIndexAhead,
  wholeCards,
} from './annotator';
import { paintList, readerView } from './reader-view';
import { addStretch, forgetTabStretches } from './article-results';
import { loadSettings } from '../platform/settings-store';
import { parseSettings } from '../settings';
import type { Lang } from '../core/kb/schema';
import type { Mention } from '../core/resolve/mention';
import { showCount, showOff } from './badge';
import { listenForCommands } from './commands';
import { countryCover, selectOutlines, type OutlineFile } from '../core/geo';
import { fetchBundled, once, OUTLINES_URL } from './bundled-files';
import {
  activeArticle,
  forgetTab,
  forgetTabHost,
  setTabArticle,
  setTabHost,
  tabArticle,
  tabEntityCount,
  tabHost,
  touchTab,
} from './article-registry';
import { exportPack, importPack, listPacks, removePack } from './packs';
import type { Runtime } from 'webextension-polyfill';
import { markFirstAnswer } from './first-answer-marks';

/**
 * The country outlines, read on the first map a card asks for. Imported into the worker's scripts instead, their
 * 420 KB of JavaScript took about 150 ms of every wake (Chromium, this 2-core VM) before any request was answered.
 */
const bundledOutlines = once(
  async () => ((await (await fetchBundled(OUTLINES_URL)).json()) as OutlineFile).countries,
);

type Handlers = {
  [K in RequestType]: (
    payload: BackgroundRequests[K]['request'],
    sender: Runtime.MessageSender,
  ) => Promise<BackgroundRequests[K]['response']>;
};

/** Hostname of an http(s) URL, else null (extension pages, about:, file:). */
function webHost(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : null;
  } catch {
    return null;
  }
}

/** Tells every tab's content script to annotate again (packs changed); tabs without one ignore it. */
async function notifyTabs(): Promise<void> {
  await broadcast({ type: 'packsChanged', payload: {} });
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : browser.tabs.sendMessage(tab.id, { type: 'packsChanged' }).catch(() => undefined),
    ),
  );
}

/**
 * Articles a boot script sent ahead, annotated while their article script is being injected, by tab and frame: the
 * article script's first `annotate` of the same text takes the answer from here (decision 17). Lost with the worker,
 * which then annotates as asked.
 */
const ahead = new Map<
  string,
  {
    text: string;
    language: Lang;
    published: string | null;
    /** The switched-off packs it was annotated with, as JSON. */
    disabledPacks: string;
    mentions: Promise<Mention[] | null>;
  }
>();
const AHEAD_KEPT = 16;

function frameKey(sender: Runtime.MessageSender): string {
  return `${sender.tab?.id}:${sender.frameId ?? 0}`;
}

const handlers: Handlers = {
  articleAhead: () => {
    readIndexAhead();
    return Promise.resolve(null);
  },
  firstPaint: async ({ text, language, published = null, disabledPacks, settings }, sender) => {
    if (sender.tab?.id === undefined) throw new Error('firstPaint must come from a tab.');
    const mentions = annotateMentions(text, language, published, disabledPacks).catch((error: unknown) => {
      console.warn('Backstory: cannot annotate the article:', error);
      return null;
    });
    ahead.delete(frameKey(sender));
    ahead.set(frameKey(sender), {
      text,
      language,
      published,
      disabledPacks: JSON.stringify(disabledPacks ?? null),
      mentions,
    });
    if (ahead.size > AHEAD_KEPT) ahead.delete(ahead.keys().next().value as string);
    const found = await mentions;
    if (!found) return null;
    const ids = found.flatMap(({ entityId, alternatives = [] }) => [entityId, ...alternatives]);
    const types = await entityTypes(ids, disabledPacks);
    const hostname = webHost(sender.url ?? sender.tab?.url) ?? '';
    return { paint: paintList(found, parseSettings(settings).settings, hostname, (id) => types.get(id)) };
  },
  articleFound: async ({ highlightToken }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) throw new Error('articleFound must come from a tab.');
    if (!isHighlightToken(highlightToken)) throw new Error('articleFound needs a highlight token.');
    // Recorded beside the injection, not on its way: in a woken worker this first session-storage access took 65–140
    // ms. Every article script is injected from here, so its `annotate` requests need not record it again.
    setTabHost(tabId, sender.url ?? sender.tab?.url).catch((error: unknown) =>
      console.warn('Backstory: cannot record the tab’s site:', error),
    );
    await injectArticleScript(
      tabId,
      sender.frameId ?? 0,
      articleScript,
      highlightCss(highlightStyles, highlightToken),
    );
    return null;
  },
  highlightStyles: async ({ highlightToken, present }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) throw new Error('highlightStyles must come from a tab.');
    if (!isHighlightToken(highlightToken)) throw new Error('highlightStyles needs a highlight token.');
    await setFrameStyles(tabId, sender.frameId ?? 0, highlightCss(highlightStyles, highlightToken), present);
    return null;
  },
  annotate: async (request, sender) => {
    const { text, language, published = null, cardLanguage, disabledPacks } = request;
    const tab = sender.tab;
    if (tab?.id === undefined) throw new Error('annotate must come from a tab.');
    const sent = ahead.get(frameKey(sender));
    const same =
      sent &&
      sent.text === text &&
      sent.language === language &&
      sent.published === published &&
      sent.disabledPacks === JSON.stringify(disabledPacks ?? null);
    if (sent) ahead.delete(frameKey(sender));
    const found = same ? ((await sent.mentions) ?? undefined) : undefined;
    const [result, settings] = await Promise.all([
      annotateText(text, language, published, { cardLanguage, found, disabledPacks }),
      request.settings ? parseSettings(request.settings).settings : loadSettings(),
    ]);
    const url = sender.url ?? tab.url ?? '';
    const view = readerView(
      result.mentions,
      settings,
      webHost(url) ?? '',
      (id) => result.cards[id]?.type,
      new Set(request.drawn),
    );
    // The side panel's article, folded in after the answer: the page paints first.
    addStretch(
      frameKey(sender),
      request,
      { url, title: request.title, language, published },
      { text, all: view.all, shown: view.shown },
      (ids) => wholeCards(ids, cardLanguage ?? language, disabledPacks),
      () => tabArticle(tab.id!),
    )
      .then(async (snapshot) => {
        // Not for a tab closed meanwhile: its record was forgotten, and would come back.
        const open = await browser.tabs.get(tab.id!).catch(() => null);
        if (snapshot && open) await publishArticle(tab.id!, tab.windowId ?? -1, snapshot);
      })
      .catch((error: unknown) => console.warn('Backstory: cannot keep the tab’s article:', error));
    return { mentions: view.shown, cards: result.cards, ...(result.partial && { partial: true }) };
  },
  wholeCards: ({ ids, lang, disabledPacks }) => wholeCards(ids, lang, disabledPacks),
  reportArticle: async ({ off }, sender) => {
    const tab = sender.tab;
    if (tab?.id === undefined) throw new Error('reportArticle must come from a tab.');
    await setTabHost(tab.id, sender.url ?? tab.url);
    forgetTabStretches(tab.id);
    await publishArticle(tab.id, tab.windowId ?? -1, null, off);
    return null;
  },
  getActiveArticle: () => activeArticle(),
  getTabArticle: ({ tabId }) => tabArticle(tabId),
  mapOutlines: async ({ bbox, country }) => {
    const countries = await bundledOutlines();
    return selectOutlines(countries, country ? countryCover(countries, country, bbox) : bbox);
  },
  getTabStatus: async ({ tabId }) => {
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    const hostname = tab?.url ? webHost(tab.url) : await tabHost(tabId);
    return { hostname, entities: await tabEntityCount(tabId, tab?.url) };
  },
  listPacks: () => listPacks(),
  importPack: async ({ fileName, data }) => {
    const result = await importPack(fileName, data);
    if (result.pack) await notifyTabs();
    return result;
  },
  exportPack: ({ id }) => exportPack(id),
  removePack: async ({ id }) => {
    await removePack(id);
    await notifyTabs();
    return null;
  },
};

/** Keeps a tab's article (or its lack of one), shows its count or "off" on the icon, and tells open panels. */
async function publishArticle(
  tabId: number,
  windowId: number,
  article: ArticleSnapshot | null,
  off = false,
): Promise<void> {
  await setTabArticle(tabId, windowId, article);
  await (off ? showOff(tabId) : showCount(tabId, article));
  await broadcast({ type: 'articleChanged', payload: { tabId } });
}

async function handle(message: RequestMessage, sender: Runtime.MessageSender): Promise<Result<unknown>> {
  try {
    const handler = handlers[message.type] as (p: unknown, s: Runtime.MessageSender) => Promise<unknown>;
    const value = await handler(message.payload, sender);
    // Their times are since this worker started: what a reader on a woken worker waits for. The first paint's answer
    // brings the first highlights (decision 22); the article script's `annotate` the cards.
    if ((message.type === 'firstPaint' && value !== null) || message.type === 'annotate')
      markFirstAnswer('first-reply');
    if (message.type === 'annotate') markFirstAnswer('cards-reply');
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

listenForCommands();

// A new or updated extension copies its index where a woken worker reads it fastest (annotator.ts, decision 21).
browser.runtime.onInstalled.addListener(() => void prepareIndexCopy());

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!isRequestMessage(message)) return undefined;
  return handle(message, sender);
});

browser.tabs.onActivated.addListener(({ tabId }) => {
  void touchTab(tabId).then(() => broadcast({ type: 'articleChanged', payload: { tabId } }));
});

// A closed article leaves the side panel too: it asks again once the tab is forgotten.
browser.tabs.onRemoved.addListener((tabId) => {
  forgetTabStretches(tabId);
  void Promise.all([forgetTab(tabId), forgetTabHost(tabId)]).then(() =>
    broadcast({ type: 'articleChanged', payload: { tabId } }),
  );
});

markFirstAnswer('evaluated');
