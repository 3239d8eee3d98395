/**
 * End-to-end in Chromium (Playwright): the built extension from dist/ on the seed news page, as a reader sees
 * it. Build first: `npm run build`.
 */
import { hostileSuite } from './harness/hostile-suite';
import { inCard } from './harness/card-root';
import { mkdir, rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadAndCompilePacks } from '../../scripts/lib/packs';
import { axeViolations } from './harness/axe';
import { fallbackSuite } from './harness/fallback-suite';
import {
  launchChromium,
  stopServiceWorker,
  workerStartsDuring,
  type ChromiumSession,
} from './harness/chromium';
import { panelSuite } from './harness/panel-suite';
import { readingSuite } from './harness/reading-suite';
import { languageSuite } from './harness/language-suite';
import { inPage, readPopover, rectOfText } from './harness/reader';
import { HOVER_TEXT, SEED } from './harness/seed';
import { startFixtureServer, type FixtureServer } from './harness/server';
import {
  expectPopoverOpen,
  expectStays,
  expectWholeCard,
  flipSwitch,
  highlightCount,
  hoverHighlight,
  popover,
  readerSuite,
  readySwitch,
  waitForAnnotations,
  type BrowserDriver,
} from './harness/suite';

/** Override to test another build (e.g. a packed release unpacked elsewhere). */
const EXTENSION_DIR = process.env.BACKSTORY_CHROMIUM_DIR ?? 'dist';
/** The build for a browser without the Highlight API (`npm run build:fallback`). */
const FALLBACK_DIR = process.env.BACKSTORY_CHROMIUM_FALLBACK_DIR ?? 'dist-fallback';

async function openIn(session: ChromiumSession, url: string, beforeLoad?: string): Promise<Page> {
  const page = await session.context.newPage();
  if (beforeLoad) await page.addInitScript(beforeLoad);
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

function driverFor(session: ChromiumSession, server: FixtureServer): BrowserDriver {
  return {
    openFixture: (name, beforeLoad) => openIn(session, new URL(name, server.url).href, beforeLoad),
    openExtensionPage: (path) => openIn(session, session.extensionUrl(path)),
  };
}

let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
});

afterAll(async () => {
  await server?.close();
});

describe('Chromium without the Highlight API: the wrapping layer', () => {
  let session: ChromiumSession;

  beforeAll(async () => {
    session = await launchChromium(FALLBACK_DIR);
  });

  afterAll(async () => {
    await session?.close();
  });

  fallbackSuite(() => driverFor(session, server), 'chromium');
});

describe('Chromium: a reader on the seed article', () => {
  let session: ChromiumSession;

  beforeAll(async () => {
    session = await launchChromium(EXTENSION_DIR);
  });

  afterAll(async () => {
    await session?.close();
  });

  readerSuite(() => driverFor(session, server));
  readingSuite(() => driverFor(session, server), 'chromium');
  panelSuite(() => driverFor(session, server));
  hostileSuite(() => driverFor(session, server), 'Chromium');

  it('after its service worker was stopped, answers the page from its index, then completes the open card', async () => {
    // The page's request wakes it, and it answers from the stubs in index.bin before it has read the cards: the
    // card below can only get its description, summary and source through the content script's second request.
    // Stopped through the tab itself: no tab opens or closes, which would wake it before the page asks.
    const page = await session.context.newPage();
    await stopServiceWorker(session, page);
    await page.goto(new URL(SEED.page, server.url).href, { waitUntil: 'load' });
    try {
      await waitForAnnotations(page);
      await hoverHighlight(page, HOVER_TEXT);
      await expectPopoverOpen(page, true);
      // The seed is Dutch, and cards speak the article's language unless the reader chose another.
      const yarmouk = loadAndCompilePacks().index!.entities['yarmouk']!;
      // In the reader's language: the browser's, English (the article is Dutch).
      expect(yarmouk.summaries.en).toBeTruthy();
      await expect
        .poll(async () => (await popover(page)).summary, { timeout: 5_000, interval: 100 })
        .toBe(yarmouk.summaries.en);
      const card = await popover(page);
      expect(card.name).toBe(HOVER_TEXT);
      expect(card.description).toBe(yarmouk.descriptions.en);
      expect(card.sourceUrl).toBe(yarmouk.sources[0]!.url);
    } finally {
      await page.close();
    }
  });

  it('leaves pages without an article alone: nothing painted, nothing sent, the stopped worker not woken', async () => {
    const pages = [
      'nl-2025-05-14-zoekresultaten.html',
      'fr-2025-03-02-boutique-livres.html',
      'de-2025-02-24-ressort-politik.html',
    ];
    // One tab, navigated from page to page: switching tabs is an event the background listens to (the side panel
    // follows the active tab), loading a page is not.
    const page = await openIn(session, 'about:blank');
    try {
      const woke = await workerStartsDuring(session, page, async () => {
        for (const name of pages) {
          await page.goto(new URL(name, server.url).href, { waitUntil: 'load' });
          await new Promise((resolve) => setTimeout(resolve, 300));
          expect(await highlightCount(page)).toBe(0);
        }
      });
      expect(woke).toBe(false);
      // The same check sees an article's page wake it, so it can fail.
      const wokeForArticle = await workerStartsDuring(session, page, async () => {
        await page.goto(new URL(SEED.page, server.url).href, { waitUntil: 'load' });
      });
      expect(wokeForArticle).toBe(true);
    } finally {
      await page.close();
    }
  });

  it("keeps the open card out of the page's reach (closed shadow root), while a reader sees it", async () => {
    const page = await openIn(session, new URL(SEED.page, server.url).href);
    try {
      await waitForAnnotations(page);
      await hoverHighlight(page, HOVER_TEXT);
      await expectPopoverOpen(page, true);
      // What the page's own scripts can reach: no open shadow root anywhere, and none of the card's words.
      const fromPage = await inPage(page, () => {
        const hosts = [...document.querySelectorAll('*')].filter((element) => element.shadowRoot);
        const cardHost = document.documentElement.lastElementChild;
        return {
          openRoots: hosts.length,
          hostText: cardHost?.textContent ?? '',
          // Playwright's shadow-piercing engine is a page-side script too: it sees no card.
          piercing: document.querySelectorAll('[data-part="card"]').length,
        };
      });
      expect(fromPage).toEqual({ openRoots: 0, hostText: '', piercing: 0 });
      expect(await page.locator('[data-part="card"]').count()).toBe(0);
      // The reader sees it (the protocol's own access, as the accessibility tree has).
      expect((await inCard(page, readPopover)).name).toBe(HOVER_TEXT);
      await page.keyboard.press('Escape');
      await expectPopoverOpen(page, false);
    } finally {
      await page.close();
    }
  });
});

/**
 * Where the card sits against the hovered word and the viewport, read from the page. The word as the article
 * writes it: the card names the entity in the reader's language, which may be another spelling.
 */
function cardGeometry(
  root: ShadowRoot | null,
  hovered: string,
): { card: DOMRect; word: DOMRect; width: number; height: number } | null {
  const card = root?.querySelector('.popover');
  const active = CSS.highlights.size > 0;
  if (!card || !active) return null;
  let word: DOMRect | null = null;
  for (const [, highlight] of CSS.highlights) {
    for (const range of highlight as unknown as Iterable<Range>) {
      if (range.toString() === hovered) word = range.getBoundingClientRect();
    }
  }
  if (!word) return null;
  return { card: card.getBoundingClientRect(), word, width: innerWidth, height: innerHeight };
}

/** A screen as a reader of that language sees it, in light and dark, kept in build/screenshots. */
async function languageScreenshots(reader: unknown, name: string): Promise<void> {
  const page = reader as Page;
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.waitForTimeout(200); // the theme's transition
    await page.screenshot({ path: `build/screenshots/${name}-${colorScheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

for (const lang of ['fr', 'nl'] as const) {
  describe(`Chromium: a reader whose browser speaks ${lang}, on a Dutch article (screenshots in build/screenshots)`, () => {
    let session: ChromiumSession;
    beforeAll(async () => {
      session = await launchChromium(EXTENSION_DIR, { args: [`--lang=${lang}`] });
      await mkdir('build/screenshots', { recursive: true });
    });
    afterAll(async () => {
      await session?.close();
    });
    languageSuite(() => driverFor(session, server), lang, languageScreenshots);

    it(`${lang}: at a phone's width, the card and its fact lines (screenshots)`, async () => {
      const page = await session.context.newPage();
      try {
        await page.setViewportSize({ width: 390, height: 844 });
        await page.goto(new URL(SEED.page, server.url).href, { waitUntil: 'load' });
        await waitForAnnotations(page);
        await hoverHighlight(page, HOVER_TEXT);
        await expectPopoverOpen(page, true);
        await expectWholeCard(page);
        await page.waitForTimeout(200); // the card's entrance animation
        await page.screenshot({ path: `build/screenshots/language-${lang}-card-phone.png` });
        const shown = await inCard(page, (root) => {
          root?.querySelector('[data-part="facts"]')?.scrollIntoView({ block: 'nearest' });
          const box = root?.querySelector('[data-part="card"]')?.getBoundingClientRect();
          return {
            facts: root?.querySelectorAll('[data-part="facts"] li').length ?? 0,
            clip: box ? { x: box.x, y: box.y, width: box.width, height: box.height } : null,
          };
        });
        expect(shown.clip).not.toBeNull();
        await page.screenshot({
          path: `build/screenshots/language-${lang}-card-facts.png`,
          clip: shown.clip!,
        });
        expect(shown.facts).toBeGreaterThan(1);
      } finally {
        await page.close();
      }
    });
  });
}

describe('Chromium: the popover in light, dark and on a narrow screen (screenshots kept in build/screenshots)', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium(EXTENSION_DIR);
    await mkdir('build/screenshots', { recursive: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  for (const [name, colorScheme, width, word] of [
    ['light', 'light', 1280, 'Bashar al-Assad'],
    ['dark', 'dark', 1280, HOVER_TEXT],
    ['narrow', 'light', 390, 'Tadamoun'],
  ] as const) {
    it(`${name}: on screen, not over the word`, async () => {
      const page = await session.context.newPage();
      try {
        await page.setViewportSize({ width, height: 800 });
        await page.emulateMedia({ colorScheme });
        await page.goto(new URL(SEED.page, server.url).href, { waitUntil: 'load' });
        await waitForAnnotations(page);
        await hoverHighlight(page, word);
        await expectPopoverOpen(page, true);
        await expectWholeCard(page);
        await page.waitForTimeout(200); // the card's entrance animation
        await page.screenshot({ path: `build/screenshots/popover-${name}.png` });
        const geometry = await inCard(page, cardGeometry, word);
        expect(geometry).not.toBeNull();
        const { card, word: box } = geometry!;
        expect(card.left).toBeGreaterThanOrEqual(0);
        expect(card.right).toBeLessThanOrEqual(geometry!.width + 0.5);
        expect(card.top).toBeGreaterThanOrEqual(0);
        expect(card.bottom).toBeLessThanOrEqual(geometry!.height + 0.5);
        const overlaps =
          card.left < box.right && box.left < card.right && card.top < box.bottom && box.top < card.bottom;
        expect(overlaps, 'the card covers the word').toBe(false);
        if (name === 'narrow') expect(Math.round(card.width)).toBe(width);
      } finally {
        await page.close();
      }
    });
  }
});

describe('Chromium: the side panel in dark (screenshot kept in build/screenshots)', () => {
  it('has no axe violations in dark either', async () => {
    const session = await launchChromium(EXTENSION_DIR);
    try {
      const driver = driverFor(session, server);
      const article = await driver.openFixture(SEED.page);
      await waitForAnnotations(article);
      const panel = await session.context.newPage();
      await panel.emulateMedia({ colorScheme: 'dark' });
      await panel.setViewportSize({ width: 400, height: 900 });
      await panel.goto(session.extensionUrl('src/sidepanel/index.html'));
      await panel.waitForSelector('[data-part="summary"]', { timeout: 10_000 });
      await mkdir('build/screenshots', { recursive: true });
      await panel.screenshot({ path: 'build/screenshots/sidepanel-dark.png' });
      expect(await axeViolations(panel), 'axe-core on the side panel in dark').toEqual([]);
    } finally {
      await session.close();
    }
  });
});

describe('Chromium: the off switch survives a browser restart', () => {
  let userDataDir: string | undefined;

  afterAll(async () => {
    if (userDataDir) await rm(userDataDir, { recursive: true, force: true });
  });

  it('stays off after a restart, and switching back on still works', async () => {
    // First run: switch off.
    const first = await launchChromium(EXTENSION_DIR, { keepProfile: true });
    userDataDir = first.userDataDir;
    try {
      const driver = driverFor(first, server);
      const page = await driver.openFixture(SEED.page);
      await waitForAnnotations(page);
      const popup = await driver.openExtensionPage('src/popup/index.html');
      await flipSwitch(popup, false);
      await expect.poll(() => highlightCount(page), { timeout: 10_000, interval: 100 }).toBe(0);
    } finally {
      await first.close();
    }

    // Second run, same profile: still off.
    const second = await launchChromium(EXTENSION_DIR, { userDataDir });
    try {
      expect(second.extensionId, 'same unpacked extension, same id').toBe(first.extensionId);
      const driver = driverFor(second, server);
      const popup = await driver.openExtensionPage('src/popup/index.html');
      expect((await readySwitch(popup)).checked, 'switch after restart').toBe(false);
      const page = await driver.openFixture(SEED.page);
      await page.bringToFront();
      await expectStays(() => highlightCount(page), 0, 'highlights after restart while off');
      const rect = await inPage(page, rectOfText, HOVER_TEXT, 0, 'article');
      expect(rect).not.toBeNull();
      await page.mouse.move(rect!.centerX, rect!.centerY);
      await expectStays(async () => (await popover(page)).open, false, 'popover after restart while off');

      // The content script was there all along, just honouring the setting: switching on annotates the page.
      await flipSwitch(popup, true);
      await waitForAnnotations(page);
    } finally {
      await second.close();
    }
  });
});

describe('Chromium: an article left open while the extension is reloaded (an update)', () => {
  it("takes its highlights out of the page at the reader's next move, and shows no card", async () => {
    const session = await launchChromium(EXTENSION_DIR);
    try {
      const page = await openIn(session, new URL(SEED.page, server.url).href);
      await waitForAnnotations(page);
      const rect = await inPage(page, rectOfText, HOVER_TEXT);
      expect(rect).not.toBeNull();
      const worker = session.context
        .serviceWorkers()
        .find((w) => w.url().startsWith(session.extensionUrl('')));
      expect(worker).toBeDefined();
      // As an update does: the extension restarts, and the page's article script is left without it. The old worker
      // goes; the new one starts only when something asks for it.
      const gone = new Promise<void>((resolve) => worker!.once('close', () => resolve()));
      await worker!.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
      await gone;
      // Until the reader moves, the page is as it was (nothing watches it in the meantime).
      expect(await highlightCount(page)).toBeGreaterThan(0);
      await page.mouse.move(rect!.centerX, rect!.centerY);
      await expect.poll(() => highlightCount(page), { timeout: 5_000, interval: 100 }).toBe(0);
      await expectStays(async () => (await popover(page, false)).open, false, 'no card opens');
    } finally {
      await session.close();
    }
  });
});
