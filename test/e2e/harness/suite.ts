/**
 * The reader-facing checks both browsers must pass, written once against a small driver so that the Chromium
 * (Playwright) and Firefox (Puppeteer) test files run exactly the same assertions on the seed fixture.
 */
import { inCard } from './card-root';
import { expect, it } from 'vitest';
import {
  bodyDiffersFromSource,
  inPage,
  readHighlights,
  readGlance,
  readPopover,
  readSidePanel,
  readSwitch,
  rectOfHighlight,
  rectOfText,
  textOutsideArticle,
  type Evaluator,
} from './reader';
import {
  expectedSidePanelNames,
  HOVER_TEXT,
  SEED,
  SEED_HIGHLIGHT_TEXTS,
  SEED_LATER_MENTION_TEXTS,
} from './seed';

/** The slice of a Playwright or Puppeteer Page that the checks use. */
export interface ReaderPage extends Evaluator {
  mouse: {
    move(x: number, y: number): Promise<unknown>;
    click(x: number, y: number): Promise<unknown>;
  };
  keyboard: { press(key: string): Promise<unknown> };
  bringToFront(): Promise<unknown>;
  close(): Promise<unknown>;
}

export interface BrowserDriver {
  /**
   * Opens a fixture page (by file name) in a new tab and waits for it to load; `beforeLoad`: a script (an
   * expression) run in the page's main world before the page's own scripts.
   */
  openFixture(page: string, beforeLoad?: string): Promise<ReaderPage>;
  /** Opens an extension page (e.g. `src/popup/index.html`) in a new tab and waits for it to load. */
  openExtensionPage(path: string): Promise<ReaderPage>;
}

/** How long the extension may take to annotate a freshly loaded page (cold service worker included). */
export const ANNOTATE_TIMEOUT = 20_000;
/** Popover open/close: ~300 ms intent delay, ~250 ms grace; generous for a loaded 2-core CI machine. */
export const POPOVER_TIMEOUT = 5_000;
/** Negative checks ("stays closed", "stays empty") watch for this long: there is no event to wait for. */
export const QUIET_PERIOD = 1_500;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export async function highlightTexts(page: ReaderPage, where: 'in' | 'out' = 'in'): Promise<string[]> {
  const highlights = await inPage(page, readHighlights);
  const texts = highlights.filter((h) => h.inArticle === (where === 'in')).map((h) => h.text);
  return [...new Set(texts)].sort();
}

export async function highlightCount(page: ReaderPage): Promise<number> {
  return (await inPage(page, readHighlights)).length;
}

/** Waits until every expected mention text is highlighted in the article. */
export async function waitForAnnotations(page: ReaderPage): Promise<void> {
  await waitForHighlights(page, SEED_HIGHLIGHT_TEXTS);
}

/** Waits until the article on `page` has all of `texts` highlighted (among others). */
export async function waitForHighlights(page: ReaderPage, texts: readonly string[]): Promise<void> {
  await expect
    .poll(() => highlightTexts(page), { timeout: ANNOTATE_TIMEOUT, interval: 200 })
    .toEqual(expect.arrayContaining([...texts]));
}

/** Where hoverHighlight last put the mouse on each page. */
const restingAt = new WeakMap<ReaderPage, { x: number; y: number }>();

/**
 * Puts the mouse at (x, y) and leaves it resting there: expectPopoverOpen nudges it while it waits, as a reader's
 * hand moves, since the first highlights come before the cards' script (decision 22).
 */
async function restPointer(page: ReaderPage, x: number, y: number): Promise<void> {
  await page.mouse.move(x, y);
  restingAt.set(page, { x, y });
}

/** Puts the mouse on the nth highlighted occurrence of `text` in the article. */
export async function hoverHighlight(page: ReaderPage, text: string, nth = 0): Promise<void> {
  const rect = await inPage(page, rectOfHighlight, text, nth);
  expect(rect, `a highlighted "${text}" in the article`).not.toBeNull();
  await restPointer(page, rect!.centerX, rect!.centerY);
}

/** Moves the mouse to the page's top-left corner: the site's top bar, far from the article and popover. */
export async function moveAway(page: ReaderPage): Promise<void> {
  restingAt.delete(page);
  await page.mouse.move(3, 3);
}

/** The open card, whole ("More" pressed) unless `expand` is false. */
export async function popover(page: ReaderPage, expand = true) {
  return inCard(page, readPopover, expand);
}

/**
 * On every 15th poll for a card, moves a pointer resting at `x`, `y` by a pixel and back. The first highlights come
 * before the cards (decision 22): a pointer that rested on a name before the card's script was there opens nothing
 * until it moves, as a reader's hand makes it.
 */
export async function nudgePointer(
  page: Pick<ReaderPage, 'mouse'>,
  x: number,
  y: number,
  poll: number,
): Promise<void> {
  if (poll % 15 !== 0) return;
  await page.mouse.move(x + 1, y);
  await page.mouse.move(x, y);
}

/** Waits for the card to be open or closed; while waiting for one, nudges the pointer resting on its name. */
export async function expectPopoverOpen(page: ReaderPage, open: boolean): Promise<void> {
  let polls = 0;
  await expect
    .poll(
      async () => {
        const isOpen = (await popover(page, false)).open;
        const rest = restingAt.get(page);
        if (open && !isOpen && rest) await nudgePointer(page, rest.x, rest.y, ++polls);
        return isOpen;
      },
      { timeout: POPOVER_TIMEOUT, interval: 50 },
    )
    .toBe(open);
}

/**
 * Waits until the open card is whole. A background that the page woke answers from its index's stubs (name, type)
 * and sends the rest of the cards after (decision 0001): an early card shows its description a moment later.
 */
export async function expectWholeCard(page: Evaluator): Promise<void> {
  await expect
    .poll(async () => (await inCard(page, readPopover, false)).description, {
      timeout: POPOVER_TIMEOUT,
      interval: 50,
    })
    .not.toBe('');
}

/** Asserts that `read` keeps returning `expected` for QUIET_PERIOD (a negative check has nothing to await). */
export async function expectStays<T>(read: () => Promise<T>, expected: T, what: string): Promise<void> {
  const until = Date.now() + QUIET_PERIOD;
  do {
    expect(await read(), what).toEqual(expected);
    await new Promise((resolve) => setTimeout(resolve, 100));
  } while (Date.now() < until);
}

/** Waits for the popup's switch to be ready (settings loaded) and returns its state. */
export async function readySwitch(popup: ReaderPage) {
  await expect
    .poll(
      async () => {
        const state = await inPage(popup, readSwitch);
        return state.found && !state.disabled;
      },
      { timeout: 10_000, interval: 100 },
    )
    .toBe(true);
  return inPage(popup, readSwitch);
}

/** Clicks the popup's switch as a reader would and waits until it shows `to`. */
export async function flipSwitch(popup: ReaderPage, to: boolean): Promise<void> {
  const state = await readySwitch(popup);
  expect(state.checked, 'switch state before flipping').toBe(!to);
  await popup.mouse.click(state.clickX, state.clickY);
  await expect
    .poll(async () => (await inPage(popup, readSwitch)).checked, { timeout: 5_000, interval: 100 })
    .toBe(to);
}

/**
 * A main-world script run before the page's: keeps the registry entries of our highlights (objects and texts) in
 * the first frame that has any.
 */
const WATCH_FIRST_HIGHLIGHTS = `(() => {
  const check = () => {
    const ours = [...CSS.highlights].filter(([name]) => /^[a-z]{11}$/.test(name));
    if (ours.length > 0) window.__backstoryFirstHighlights = ours;
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

/**
 * The first frame's highlights against today's: whether every first one has been replaced in the registry by
 * another object, and both as sorted "name: text" lines.
 */
function compareFirstHighlights(): { replaced: boolean; first: string[]; now: string[] } {
  const first = (window as unknown as { __backstoryFirstHighlights?: [string, Highlight][] })
    .__backstoryFirstHighlights;
  const lines = (entries: [string, Highlight][]) =>
    entries
      .flatMap(([name, highlight]) =>
        [...(highlight as unknown as Iterable<AbstractRange>)].map((range) => `${name}: ${String(range)}`),
      )
      .sort();
  if (!first) return { replaced: false, first: [], now: [] };
  const now = [...CSS.highlights].filter(([name]) => /^[a-z]{11}$/.test(name)) as [string, Highlight][];
  return {
    replaced: first.every(([name, highlight]) => CSS.highlights.get(name) !== highlight),
    first: lines(first),
    now: lines(now),
  };
}

function markPage(): void {
  (window as unknown as { __backstoryNoReload?: boolean }).__backstoryNoReload = true;
}

function pageWasNotReloaded(): boolean {
  return (window as unknown as { __backstoryNoReload?: boolean }).__backstoryNoReload === true;
}

/** Registers the shared reader tests; `driver()` is read when each test runs (after beforeAll). */
export function readerSuite(driver: () => BrowserDriver): void {
  const open = () => driver().openFixture(SEED.page);

  it('highlights every expected entity mention in the article', async () => {
    const page = await open();
    try {
      await waitForAnnotations(page);
      const highlights = await inPage(page, readHighlights);
      for (const h of highlights) {
        expect(h.name, `highlight name for "${h.text}"`).toMatch(/^[a-z]{11}$/);
        // Each range covers exactly the mention: no surrounding space, no partial words.
        expect(h.text, 'highlighted text').toBe(h.text.trim());
        expect(h.text.length, 'highlighted text length').toBeGreaterThan(0);
        expect(LETTER_OR_DIGIT.test(h.before), `"${h.before}${h.text}" starts mid-word`).toBe(false);
        expect(LETTER_OR_DIGIT.test(h.after), `"${h.text}${h.after}" ends mid-word`).toBe(false);
      }
      // Calm by default: only the first mention of each entity; later short forms stay plain text.
      const texts = highlights.map((h) => h.text);
      for (const later of SEED_LATER_MENTION_TEXTS) expect(texts, 'first mention only').not.toContain(later);
      expect(
        texts.filter((text) => text === 'Damascus'),
        'Damascus is named four times',
      ).toHaveLength(1);
    } finally {
      await page.close();
    }
  });

  it('draws the first highlights before the cards are there, the same ones the cards then take over (decision 22)', async () => {
    const page = await driver().openFixture(SEED.page, WATCH_FIRST_HIGHLIGHTS);
    try {
      await waitForAnnotations(page);
      // A card answers: the article script is there and its layer has drawn.
      await hoverHighlight(page, HOVER_TEXT);
      await expectPopoverOpen(page, true);
      const seen = await inPage(page, compareFirstHighlights);
      expect(seen.first.length, 'highlights seen in the first frame that had any').toBeGreaterThan(0);
      // The first highlights were another script's (the boot script's) than those that answer cards now.
      expect(seen.replaced, 'every first highlight replaced by the layer’s').toBe(true);
      expect(seen.first, 'the same names, in the same styles').toEqual(seen.now);
    } finally {
      await page.close();
    }
  });

  it('a card opens as a glance: name, type, description, three facts and the actions, no inner scroll (#21)', async () => {
    const page = await open();
    try {
      await waitForAnnotations(page);
      await hoverHighlight(page, 'IS');
      await expectPopoverOpen(page, true);
      await expectWholeCard(page);
      const glance = await inCard(page, readGlance);
      expect(glance.parts).toEqual(
        expect.arrayContaining(['card', 'name', 'type', 'description', 'more', 'hide', 'hide-site']),
      );
      for (const later of ['summary', 'why', 'source', 'related', 'map'])
        expect(glance.parts, `"${later}" waits behind More`).not.toContain(later);
      expect(glance.facts).toBeLessThanOrEqual(3);
      expect(glance.more).toBe('false');
      expect(glance.scrolls, `a glance of ${glance.height} px scrolls inside`).toBe(false);
      expect(glance.height).toBeLessThanOrEqual(320);
      // "More" shows the rest in place.
      const whole = await popover(page);
      expect(whole.summary).not.toBe('');
      expect(whole.sourceUrl).toContain('wikipedia.org');
      expect(whole.why).toContain('“IS”');
      // The knowledge states its date (issue #18): the pack the card comes from, and the date of its data.
      expect(whole.why).toMatch(/\)\. Data as of (\d{1,2} )?[A-Z][a-z]+ (\d{1,2}, )?\d{4}\.$/);
    } finally {
      await page.close();
    }
  });

  it('a later mention, left plain by default, still opens its card on hover (issue #21)', async () => {
    const page = await open();
    try {
      await waitForAnnotations(page);
      // "SOHR" is underlined where the article first names it; its second occurrence is plain text.
      const rect = await inPage(page, rectOfText, 'SOHR', 1);
      expect(rect, 'a second "SOHR" in the article').not.toBeNull();
      await restPointer(page, rect!.centerX, rect!.centerY);
      await expectPopoverOpen(page, true);
      await expectWholeCard(page);
      expect((await popover(page)).name).toContain('Observatory');
    } finally {
      await page.close();
    }
  });

  it('highlights nothing outside the article, though the page names the same things there', async () => {
    const page = await open();
    try {
      const outside = await inPage(page, textOutsideArticle);
      for (const word of SEED.outsideArticle)
        expect(outside, 'fixture text outside <article>').toContain(word);
      await waitForAnnotations(page);
      expect(await highlightTexts(page, 'out')).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('finds an article by each sign the first quick look knows: paragraphs side by side, one long one, JSON-LD, og:type', async () => {
    // The first two pages have no JSON-LD, no og:type "article" and no <article>: the first page's paragraphs are
    // each too short to be an article alone, the second page's one paragraph is. The last two are live blogs whose
    // entries each sit alone, so that only the page's mark (one each) makes them an article. A quick look that
    // missed any of these signs would leave its page plain.
    const pages = [
      ['nl-2020-03-06-zonder-markering.html', ['Turkije', 'Bashar al-Assad']],
      ['de-2025-05-06-kurzmeldung.html', ['Frank-Walter Steinmeier', 'Olaf Scholz']],
      ['marks/json-ld-only.html', ['Geert Wilders', 'Dick Schoof']],
      ['marks/og-type-only.html', ['Geert Wilders', 'Dick Schoof']],
    ] as const;
    for (const [name, names] of pages) {
      const page = await driver().openFixture(name);
      try {
        await expect
          .poll(async () => (await inPage(page, readHighlights)).map((h) => h.text), {
            timeout: ANNOTATE_TIMEOUT,
            interval: 200,
          })
          .toEqual(expect.arrayContaining([...names]));
      } finally {
        await page.close();
      }
    }
  });

  it("leaves the page's DOM as the site served it", async () => {
    const page = await open();
    try {
      await waitForAnnotations(page);
      expect(await inPage(page, bodyDiffersFromSource)).toBeNull();
      await hoverHighlight(page, HOVER_TEXT);
      await expectPopoverOpen(page, true);
      // The popover's host is the one addition, and it sits outside <body>.
      expect(await inPage(page, bodyDiffersFromSource)).toBeNull();
      const rootChildren = await inPage(page, () =>
        Array.from(document.documentElement.children, (child) => child.localName),
      );
      expect(rootChildren.filter((name) => name !== 'head' && name !== 'body')).toEqual(['div']);
      await page.keyboard.press('Escape');
      await expectPopoverOpen(page, false);
    } finally {
      await page.close();
    }
  });

  it(`opens a card when the pointer rests on "${HOVER_TEXT}" and closes it when the pointer leaves`, async () => {
    const page = await open();
    try {
      await waitForAnnotations(page);
      await moveAway(page);
      expect((await popover(page)).open, 'popover before hovering').toBe(false);
      await hoverHighlight(page, HOVER_TEXT);
      await expectPopoverOpen(page, true);
      const card = await popover(page);
      expect(card.onRoot, 'popover host is a child of <html>').toBe(true);
      expect(card.name).toBe(HOVER_TEXT);
      expect(card.type).not.toBe('');
      await expectWholeCard(page);
      await moveAway(page);
      await expectPopoverOpen(page, false);
    } finally {
      await page.close();
    }
  });

  it('closes the card on Escape', async () => {
    const page = await open();
    try {
      await waitForAnnotations(page);
      await hoverHighlight(page, HOVER_TEXT);
      await expectPopoverOpen(page, true);
      await page.keyboard.press('Escape');
      await expectPopoverOpen(page, false);
    } finally {
      await page.close();
    }
  });

  it('lets its own pages compile WebAssembly, which the background scans articles with (the manifest CSP)', async () => {
    // The background's scan falls back to JavaScript where WebAssembly is refused, so nothing a reader sees would
    // show a lost 'wasm-unsafe-eval'; extension pages share the background's policy.
    const page = await driver().openExtensionPage('src/options/index.html');
    try {
      expect(await inPage(page, compileEmptyWasmModule)).toBe('compiled');
    } finally {
      await page.close();
    }
  });

  it("lists the article's entities in the side panel, with names, types and descriptions", async () => {
    const article = await open();
    let panel: ReaderPage | undefined;
    try {
      await waitForAnnotations(article);
      await article.bringToFront();
      panel = await driver().openExtensionPage('src/sidepanel/index.html');
      const expected = expectedSidePanelNames().sort();
      await expect
        .poll(async () => (await inPage(panel!, readSidePanel)).map((e) => e.name).sort(), {
          timeout: 10_000,
          interval: 200,
        })
        .toEqual(expected);
      for (const entity of await inPage(panel, readSidePanel)) {
        expect(entity.type, `type of ${entity.name}`).not.toBe('');
        expect(entity.description, `description of ${entity.name}`).not.toBe('');
      }
    } finally {
      await panel?.close();
      await article.close();
    }
  });

  it('switching off in the popup clears every tab at once without a reload; switching on brings them back', async () => {
    const first = await open();
    const second = await open();
    const popup = await driver().openExtensionPage('src/popup/index.html');
    let switchedOff = false;
    try {
      await waitForAnnotations(first);
      await waitForAnnotations(second);
      await inPage(first, markPage);
      await inPage(second, markPage);
      const initial = await readySwitch(popup);
      expect(initial.role).toBe('switch');
      expect(initial.checked, 'annotations are on in a fresh profile').toBe(true);

      await flipSwitch(popup, false);
      switchedOff = true;
      for (const page of [first, second]) {
        await expect.poll(() => highlightCount(page), { timeout: 10_000, interval: 100 }).toBe(0);
        expect(await inPage(page, pageWasNotReloaded), 'same document, no reload').toBe(true);
      }
      // Nothing answers a pointer any more.
      await first.bringToFront();
      const rect = await inPage(first, rectOfText, HOVER_TEXT, 0, 'article');
      expect(rect).not.toBeNull();
      await first.mouse.move(rect!.centerX, rect!.centerY);
      await expectStays(async () => (await popover(first)).open, false, 'popover while switched off');

      await flipSwitch(popup, true);
      switchedOff = false;
      for (const page of [first, second]) {
        await waitForAnnotations(page);
        expect(await inPage(page, pageWasNotReloaded), 'same document, no reload').toBe(true);
      }
    } finally {
      // Leave the profile as the next test expects it, even after a failure.
      if (switchedOff) await flipSwitch(popup, true).catch(() => undefined);
      await popup.close();
      await second.close();
      await first.close();
    }
  });
}

/** Runs in an extension page: whether its CSP lets it compile WebAssembly (an empty module). */
function compileEmptyWasmModule(): string {
  try {
    new WebAssembly.Module(new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
    return 'compiled';
  } catch (error) {
    return `refused: ${(error as Error).message}`;
  }
}
