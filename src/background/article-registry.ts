/**
 * Which article each tab shows, so the side panel can follow the tab the reader is looking at. Kept in
 * storage.session as well as memory, because the service worker may be stopped and woken at any time.
 */
import type { ArticleSnapshot } from '../messages';
import { browser } from '../platform/browser';

const STORAGE_KEY = 'articles';

interface TabArticle {
  windowId: number;
  article: ArticleSnapshot;
  /** When the tab was last activated or reported; the side panel falls back to the most recent. */
  touched: number;
}

let articles: Map<number, TabArticle> | undefined;

async function registry(): Promise<Map<number, TabArticle>> {
  if (!articles) {
    const stored = (await browser.storage.session.get(STORAGE_KEY))[STORAGE_KEY] as
      [number, TabArticle][] | undefined;
    articles = new Map(Array.isArray(stored) ? stored : []);
  }
  return articles;
}

async function persist(map: Map<number, TabArticle>): Promise<void> {
  await browser.storage.session.set({ [STORAGE_KEY]: [...map] });
}

export async function setTabArticle(tabId: number, windowId: number, article: ArticleSnapshot | null) {
  const map = await registry();
  if (article) map.set(tabId, { windowId, article: { ...article, tabId }, touched: Date.now() });
  else map.delete(tabId);
  await persist(map);
}

export async function forgetTab(tabId: number): Promise<void> {
  const map = await registry();
  if (map.delete(tabId)) await persist(map);
}

export async function touchTab(tabId: number): Promise<void> {
  const map = await registry();
  const entry = map.get(tabId);
  if (!entry) return;
  entry.touched = Date.now();
  await persist(map);
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
 * is not a web page our content script runs in (an extension page: the side panel itself opened as a tab),
 * the most recently active tab of that window that has an article.
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
  }
  const candidates = [...map.values()].filter(
    (entry) => active === undefined || entry.windowId === active.windowId,
  );
  candidates.sort((a, b) => b.touched - a.touched);
  return candidates[0]?.article ?? null;
}

/** Counts the distinct entities of a tab's article; null when the tab has none. */
export async function tabEntityCount(tabId: number, url?: string): Promise<number | null> {
  const entry = (await registry()).get(tabId);
  if (!entry || (url && pageOf(url) !== pageOf(entry.article.url))) return null;
  return new Set(entry.article.mentions.map((mention) => mention.entityId)).size;
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
