import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { EntityCard } from '../../src/core/kb/index-format';
import { SNAPSHOT_LIMITS, type ArticleSnapshot } from '../../src/messages';
import { fakeBrowser } from './fake-browser';

/** storage.session as Chromium's: the whole area may hold QUOTA bytes (of JSON), and a write past it fails. */
const QUOTA = 200_000;
const fake = fakeBrowser();
const write = fake.storage.session.set.bind(fake.storage.session);
fake.storage.session.set = async (items: Record<string, unknown>) => {
  const after = new Map(fake.storage.session.data);
  for (const [key, value] of Object.entries(items)) after.set(key, value);
  const bytes = [...after].reduce((sum, [key, value]) => sum + key.length + JSON.stringify(value).length, 0);
  if (bytes > QUOTA) throw new Error('Resource::kQuotaBytes quota exceeded');
  await write(items);
};
vi.mock('webextension-polyfill', () => ({ default: fake }));

function card(id: string): EntityCard {
  return {
    id,
    type: 'place',
    labels: { en: id },
    descriptions: { en: `The place ${id}.` },
  } as unknown as EntityCard;
}

function snapshot(url: string, entities: number, padding = 0): ArticleSnapshot {
  const ids = Array.from({ length: entities }, (_, k) => `e${k}`);
  return {
    url,
    title: 'x'.repeat(padding),
    language: 'en',
    published: null,
    entities: ids.map((entityId, k) => ({ entityId, mentions: entities - k, first: k })),
    entityCount: entities,
    cards: Object.fromEntries(ids.map((id) => [id, card(id)])),
    sources: [],
    gaps: Array.from({ length: 500 }, (_, k) => `Gap ${k}`),
  };
}

describe('the tab article registry at the storage quota (issue #22)', () => {
  beforeEach(() => {
    fake.storage.session.data.clear();
    vi.resetModules();
  });

  it('keeps each record within the limits, whatever it is sent', async () => {
    const { setTabArticle } = await import('../../src/background/article-registry');
    await setTabArticle(1, 1, snapshot('https://a.example/', 1000));
    const stored = fake.storage.session.data.get('article:1') as { article: ArticleSnapshot };
    expect(stored.article.entities).toHaveLength(SNAPSHOT_LIMITS.entities);
    expect(Object.keys(stored.article.cards)).toHaveLength(SNAPSHOT_LIMITS.entities);
    expect(stored.article.gaps).toHaveLength(SNAPSHOT_LIMITS.gaps);
    expect(stored.article.entityCount).toBe(1000);
  });

  it('one tab over the quota neither loses its own record in memory nor stops another tab', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const registry = await import('../../src/background/article-registry');
    await registry.setTabArticle(1, 1, snapshot('https://huge.example/', 3, QUOTA));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('tab 1'), expect.stringContaining('quota'));
    expect(fake.storage.session.data.has('article:1')).toBe(false);
    expect(await registry.tabEntityCount(1)).toBe(3);

    await registry.setTabArticle(2, 1, snapshot('https://small.example/', 5));
    expect(fake.storage.session.data.has('article:2')).toBe(true);
    // A woken worker reads the records back: the small tab's is there.
    vi.resetModules();
    const woken = await import('../../src/background/article-registry');
    expect(await woken.tabEntityCount(2)).toBe(5);
    expect(await woken.tabEntityCount(1)).toBeNull();
    warn.mockRestore();
  });

  it('drops the single record of older versions and a damaged record', async () => {
    fake.storage.session.data.set('articles', [[3, { broken: true }]]);
    fake.storage.session.data.set('article:4', { windowId: 1, touched: 1, article: { entities: 'no' } });
    const registry = await import('../../src/background/article-registry');
    expect(await registry.tabEntityCount(4)).toBeNull();
    expect(fake.storage.session.data.has('articles')).toBe(false);
  });
});

describe('the article the side panel shows when it is itself the active tab', () => {
  type Tab = { id: number; windowId: number; url: string; active: boolean; lastAccessed?: number };
  let tabs: Tab[] = [];

  beforeEach(() => {
    fake.storage.session.data.clear();
    vi.resetModules();
    fake.tabs.query = async (query: { active?: boolean; windowId?: number } = {}) =>
      tabs.filter(
        (tab) =>
          (query.active === undefined || tab.active === query.active) &&
          (query.windowId === undefined || tab.windowId === query.windowId),
      );
  });

  const panel = (lastAccessed?: number): Tab => ({
    id: 9,
    windowId: 1,
    url: 'chrome-extension://backstory/src/sidepanel/index.html',
    active: true,
    ...(lastAccessed !== undefined && { lastAccessed }),
  });

  it('is that of the web page the reader was on last: none when that page has no article', async () => {
    const { activeArticle, setTabArticle } = await import('../../src/background/article-registry');
    await setTabArticle(1, 1, snapshot('https://news.example/article', 3));
    tabs = [
      { id: 1, windowId: 1, url: 'https://news.example/article', active: false, lastAccessed: 100 },
      { id: 2, windowId: 1, url: 'https://shop.example/', active: false, lastAccessed: 200 },
      panel(300),
    ];
    expect(await activeArticle()).toBeNull();
    tabs[0]!.lastAccessed = 250;
    expect((await activeArticle())?.url).toBe('https://news.example/article');
  });

  it("is the article read last in any window where the panel's own window has no web page", async () => {
    const { activeArticle, setTabArticle } = await import('../../src/background/article-registry');
    await setTabArticle(1, 1, snapshot('https://news.example/article', 3));
    // The focused window's active tab, the panel, comes first.
    tabs = [
      { ...panel(300), windowId: 2 },
      { id: 1, windowId: 1, url: 'https://news.example/article', active: true, lastAccessed: 100 },
    ];
    expect((await activeArticle())?.url).toBe('https://news.example/article');
  });

  it('is the most recently reported article where the browser does not say when tabs were active', async () => {
    const { activeArticle, setTabArticle } = await import('../../src/background/article-registry');
    await setTabArticle(1, 1, snapshot('https://news.example/article', 3));
    tabs = [
      { id: 1, windowId: 1, url: 'https://news.example/article', active: false },
      { id: 2, windowId: 1, url: 'https://shop.example/', active: false },
      panel(),
    ];
    expect((await activeArticle())?.url).toBe('https://news.example/article');
  });
});
