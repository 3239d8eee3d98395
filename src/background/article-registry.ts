/**
 * Which article each tab shows, so the side panel can follow the tab the reader is looking at. Kept in
 * storage.session as well as memory, because the service worker may be stopped and woken at any time.
 */
import { SNAPSHOT_LIMITS, type ArticleSnapshot } from '../messages';
import { browser } from '../platform/browser';

/**
 * One storage.session key per tab (`article:<tabId>`): the quota is shared by every tab, and one tab's record
 * must never stop another's from being written (issue #22). Each record is bounded (messages.ts SNAPSHOT_LIMITS).
 */
const KEY_PREFIX = 'article:';
/** The key of versions before per-tab records; read once and dropped. */
const LEGACY_KEY = 'articles';

interface TabArticle {
  windowId: number;
  article: ArticleSnapshot;
  /** When the tab was last activated or reported; the side panel falls back to the most recent. */
  touched: number;
}

let articles: Map<number, TabArticle> | undefined;

async function registry(): Promise<Map<number, TabArticle>> {
  if (!articles) {
    const stored = (await browser.storage.session.get(null)) as Record<string, unknown>;
    const map = new Map<number, TabArticle>();
    for (const [key, value] of Object.entries(stored)) {
      const tabId = key.startsWith(KEY_PREFIX) ? Number(key.slice(KEY_PREFIX.length)) : Number.NaN;
      if (Number.isInteger(tabId) && isTabArticle(value)) map.set(tabId, value);
    }
    if (LEGACY_KEY in stored) await browser.storage.session.remove(LEGACY_KEY).catch(() => undefined);
    articles = map;
  }
  return articles;
}

function isTabArticle(value: unknown): value is TabArticle {
  const entry = value as Partial<TabArticle> | null;
  return (
    typeof entry === 'object' &&
    entry !== null &&
    typeof entry.windowId === 'number' &&
    typeof entry.touched === 'number' &&
    Array.isArray(entry.article?.entities)
  );
}

/**
 * Writes one tab's record. A write that fails (the quota) is reported and leaves that tab's record in memory only:
 * the side panel still shows it while the worker runs, and no other tab is touched.
 */
async function persist(tabId: number, entry: TabArticle | undefined): Promise<void> {
  const key = `${KEY_PREFIX}${tabId}`;
  try {
    if (entry) await browser.storage.session.set({ [key]: entry });
    else await browser.storage.session.remove(key);
  } catch (error) {
    console.warn(
      `Backstory could not keep tab ${tabId}'s article:`,
      error instanceof Error ? error.message : error,
    );
  }
}

/** The snapshot within SNAPSHOT_LIMITS, whatever sent it (the content script already cuts it). */
function bounded(article: ArticleSnapshot): ArticleSnapshot {
  const entities = article.entities.slice(0, SNAPSHOT_LIMITS.entities);
  return {
    ...article,
    entities,
    cards: Object.fromEntries(
      entities.flatMap(({ entityId }) => {
        const card = article.cards[entityId];
        return card ? [[entityId, card]] : [];
      }),
    ),
    sources: article.sources.slice(0, SNAPSHOT_LIMITS.sources),
    gaps: article.gaps.slice(0, SNAPSHOT_LIMITS.gaps),
  };
}

export async function setTabArticle(tabId: number, windowId: number, article: ArticleSnapshot | null) {
  const map = await registry();
  if (article) map.set(tabId, { windowId, article: { ...bounded(article), tabId }, touched: Date.now() });
  else map.delete(tabId);
  await persist(tabId, map.get(tabId));
}

export async function forgetTab(tabId: number): Promise<void> {
  const map = await registry();
  if (map.delete(tabId)) await persist(tabId, undefined);
}

export async function touchTab(tabId: number): Promise<void> {
  const map = await registry();
  const entry = map.get(tabId);
  if (!entry) return;
  entry.touched = Date.now();
  await persist(tabId, entry);
}

/** An address without its fragment: jumping to an anchor stays on the page. */
function pageOf(url: string): string {
  return url.replace(/#.*$/, '');
}

function isWebPage(url: string | undefined): boolean {
  return url !== undefined && /^https?:/.test(url);
}

/**
 * The article of the active tab of the focused window (null for a web page without one). When the active tab
 * is not a web page our content script runs in (an extension page: the side panel itself opened as a tab), the
 * article of the web page of that window the reader was on last (null when it has none); where the browser does not
 * say when tabs were last active, the most recently active tab of that window that has an article.
 */
export async function activeArticle(): Promise<ArticleSnapshot | null> {
  const map = await registry();
  const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (active?.id !== undefined) {
    const own = map.get(active.id);
    // A page without an article tells nobody (boot.ts): a tab whose address is no longer its article's has left it.
    if (own && active.url && pageOf(active.url) !== pageOf(own.article.url)) {
      await forgetTab(active.id);
      return null;
    }
    if (own) return own.article;
    if (isWebPage(active.url) || (await tabHost(active.id))) return null;
    const lastWebPage = (await browser.tabs.query({ windowId: active.windowId }))
      .filter((tab) => tab.id !== undefined && tab.lastAccessed !== undefined && isWebPage(tab.url))
      .sort((a, b) => (b.lastAccessed as number) - (a.lastAccessed as number))[0];
    if (lastWebPage) {
      const entry = map.get(lastWebPage.id as number);
      return entry && pageOf(lastWebPage.url as string) === pageOf(entry.article.url) ? entry.article : null;
    }
  }
  const entries = [...map.values()];
  const inWindow = entries.filter((entry) => active === undefined || entry.windowId === active.windowId);
  // An extension page alone in its window (the side panel opened in a window of its own) shows the article read last
  // in any window, as a side panel beside no web page has nothing else to show.
  const candidates = inWindow.length > 0 ? inWindow : entries;
  candidates.sort((a, b) => b.touched - a.touched);
  return candidates[0]?.article ?? null;
}

/** The article of tab `tabId`, or null when it has none or its address is no longer the article's. */
export async function tabArticle(tabId: number): Promise<ArticleSnapshot | null> {
  const entry = (await registry()).get(tabId);
  if (!entry) return null;
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (!tab?.url || pageOf(tab.url) !== pageOf(entry.article.url)) return null;
  return entry.article;
}

/** Counts the distinct entities of a tab's article; null when the tab has none. */
export async function tabEntityCount(tabId: number, url?: string): Promise<number | null> {
  const entry = (await registry()).get(tabId);
  if (!entry || (url && pageOf(url) !== pageOf(entry.article.url))) return null;
  return entry.article.entityCount;
}

const HOSTS_KEY = 'tabHosts';
let hosts: Map<number, string> | undefined;

async function hostRegistry(): Promise<Map<number, string>> {
  if (!hosts) {
    const stored = (await browser.storage.session.get(HOSTS_KEY))[HOSTS_KEY] as
      [number, string][] | undefined;
    hosts = new Map(Array.isArray(stored) ? stored : []);
  }
  return hosts;
}

/**
 * Remembers the hostname a tab's content script runs on (from the message sender, which the browser fills in),
 * for when tabs.query gives no URL (Firefox without the "tabs" permission).
 */
export async function setTabHost(tabId: number, url: string | undefined): Promise<void> {
  if (!url) return;
  let hostname: string;
  try {
    hostname = new URL(url).hostname;
  } catch {
    return;
  }
  const map = await hostRegistry();
  if (map.get(tabId) === hostname) return;
  map.set(tabId, hostname);
  await browser.storage.session.set({ [HOSTS_KEY]: [...map] });
}

export async function tabHost(tabId: number): Promise<string | null> {
  return (await hostRegistry()).get(tabId) ?? null;
}

export async function forgetTabHost(tabId: number): Promise<void> {
  const map = await hostRegistry();
  if (map.delete(tabId)) await browser.storage.session.set({ [HOSTS_KEY]: [...map] });
}
