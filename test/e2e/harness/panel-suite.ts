/**
 * The side panel on the seed article, in both browsers: the summary, who says what, click-to-scroll, the
 * timeline with the article's date, and the empty state of a page that is not an article.
 */
import { expect, it } from 'vitest';
import { axeViolations } from './axe';
import { inPage } from './reader';
import { SEED } from './seed';
import { waitForAnnotations, type BrowserDriver } from './suite';

interface PanelState {
  summary: string;
  sources: string[];
  groups: string[];
  timelineHasArticle: boolean;
  articleDate: string;
  empty: boolean;
  markers: string[];
}

function readPanel(): PanelState {
  const text = (selector: string) => document.querySelector(selector)?.textContent?.trim() ?? '';
  return {
    summary: text('[data-part="summary"]'),
    sources: Array.from(
      document.querySelectorAll('[data-part="sources"] > li'),
      (li) => li.getAttribute('data-entity') ?? '',
    ),
    groups: Array.from(
      document.querySelectorAll('[data-part="entities-by-type"] > section'),
      (s) => s.getAttribute('data-type') ?? '',
    ),
    timelineHasArticle: !!document.querySelector('[data-part="timeline"] [data-part="article-date"]'),
    articleDate: document.querySelector('[data-part="article-date"] time')?.getAttribute('datetime') ?? '',
    empty: !!document.querySelector('[data-part="annotate-anyway"]'),
    markers: Array.from(
      document.querySelectorAll('[data-part="map"] [data-part="marker"]'),
      (m) => m.getAttribute('data-entity') ?? '',
    ),
  };
}

function clickReveal(entityId: string): boolean {
  const button = document.querySelector<HTMLButtonElement>(
    `[data-entity="${entityId}"] [data-part="reveal"]`,
  );
  button?.click();
  return !!button;
}

function clickAnnotateAnyway(): boolean {
  const button = document.querySelector<HTMLButtonElement>('[data-part="annotate-anyway"]');
  button?.click();
  return !!button;
}

function activeText(): string | null {
  const highlight = CSS.highlights.get('backstory-active');
  if (!highlight) return null;
  for (const range of highlight as unknown as Iterable<Range>) return range.toString();
  return null;
}

function highlightCount(): number {
  let count = 0;
  for (const [name, highlight] of CSS.highlights) if (name.startsWith('backstory')) count += highlight.size;
  return count;
}

function panelTitle(): string {
  return document.querySelector('.panel__title')?.textContent?.trim() ?? '';
}

export function panelSuite(driver: () => BrowserDriver): void {
  it('side panel: follows the tab the reader switches to', async () => {
    const seed = await driver().openFixture(SEED.page);
    const other = await driver().openFixture('fr-2018-05-21-damas-depeche.html');
    const panel = await driver().openExtensionPage('src/sidepanel/index.html');
    try {
      await waitForAnnotations(seed);
      await seed.bringToFront();
      await expect
        .poll(() => inPage(panel, panelTitle), { timeout: 10_000, interval: 200 })
        .toMatch(/^IS-strijders/);
      await other.bringToFront();
      await expect
        .poll(() => inPage(panel, panelTitle), { timeout: 10_000, interval: 200 })
        .toMatch(/^Syrie: le régime reprend/);
      await seed.bringToFront();
      await expect
        .poll(() => inPage(panel, panelTitle), { timeout: 10_000, interval: 200 })
        .toMatch(/^IS-strijders/);
    } finally {
      await panel.close();
      await other.close();
      await seed.close();
    }
  });

  it('side panel: summary, sources apart from places, types, timeline with the article date, click-to-scroll', async () => {
    const article = await driver().openFixture(SEED.page);
    const panel = await driver().openExtensionPage('src/sidepanel/index.html');
    try {
      await waitForAnnotations(article);
      await expect
        .poll(async () => (await inPage(panel, readPanel)).summary, { timeout: 10_000, interval: 200 })
        .toMatch(/^16\b/);
      const state = await inPage(panel, readPanel);
      expect(state.sources).toEqual(expect.arrayContaining(['sohr', 'sana']));
      for (const place of ['yarmouk', 'tadamoun', 'hajar-al-aswad'])
        expect(state.sources).not.toContain(place);
      expect(state.groups).toEqual(['person', 'organisation', 'group', 'place']);
      expect(state.timelineHasArticle).toBe(true);
      expect(state.articleDate).toBe('2018-05-21');
      expect(state.markers).toEqual(
        expect.arrayContaining(['damascus', 'yarmouk', 'tadamoun', 'hajar-al-aswad']),
      );
      expect(state.markers).not.toContain('sohr');
      expect(await axeViolations(panel), 'axe-core on the side panel').toEqual([]);
      expect(await inPage(panel, clickReveal, 'jordan')).toBe(true);
      await expect
        .poll(() => inPage(article, activeText), { timeout: 5_000, interval: 100 })
        .toBe('Jordanië');
    } finally {
      await panel.close();
      await article.close();
    }
  });

  it('side panel: a page that is not an article gets nothing, until the reader asks to annotate it anyway', async () => {
    const page = await driver().openFixture('not-an-article.html');
    const panel = await driver().openExtensionPage('src/sidepanel/index.html');
    try {
      await expect
        .poll(async () => (await inPage(panel, readPanel)).empty, { timeout: 10_000, interval: 200 })
        .toBe(true);
      expect(await inPage(page, highlightCount)).toBe(0);
      await page.bringToFront();
      expect(await inPage(panel, clickAnnotateAnyway)).toBe(true);
      await expect
        .poll(() => inPage(page, highlightCount), { timeout: 10_000, interval: 200 })
        .toBeGreaterThan(0);
    } finally {
      await panel.close();
      await page.close();
    }
  });
}
