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
  if (article) map.set(tabId, { windowId, article, touched: Date.now() });
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

/**
 * The article of the active tab of the focused window; when that tab has none (it is an extension page, or
 * the side panel itself opened as a tab), the most recently active tab of that window that has one.
 */
export async function activeArticle(): Promise<ArticleSnapshot | null> {
  const map = await registry();
  const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (active?.id !== undefined) {
    const own = map.get(active.id);
    if (own) return own.article;
  }
  const candidates = [...map.values()].filter(
    (entry) => active === undefined || entry.windowId === active.windowId,
  );
  candidates.sort((a, b) => b.touched - a.touched);
  return candidates[0]?.article ?? null;
}
