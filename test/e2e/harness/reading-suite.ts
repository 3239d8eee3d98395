/**
 * Reader behaviours beyond the first pass, shared by both browsers: options taking effect on an open page,
 * paragraphs that arrive later, single-page-app navigation, hostile page styles, pinning, hiding a term,
 * stepping through entities from the keyboard command.
 */
import { countCardRoots, inCard, inToast } from './card-root';
import { mkdir } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { inPage, readHighlights, readPopover } from './reader';
import { HOVER_TEXT, SEED, SEED_LATER_MENTION_TEXTS } from './seed';
import {
  ANNOTATE_TIMEOUT,
  expectPopoverOpen,
  expectWholeCard,
  highlightTexts,
  hoverHighlight,
  moveAway,
  waitForAnnotations,
  expectStays,
  type BrowserDriver,
  type ReaderPage,
} from './suite';

/** Merges a change into the stored settings, from an extension page (which has the storage API). */
export function patchSettings(patch: Record<string, unknown>): Promise<void> {
  const api = (globalThis as unknown as { chrome: typeof chrome }).chrome;
  return api.storage.local.get('settings').then((stored) => {
    const current = (stored.settings ?? {}) as Record<string, unknown>;
    return api.storage.local.set({ settings: { ...current, ...patch } });
  });
}

/** Removes the stored settings: the defaults again. */
export function resetSettings(): Promise<void> {
  const api = (globalThis as unknown as { chrome: typeof chrome }).chrome;
  return api.storage.local.remove('settings');
}

/** The side panel's summary line ('' until it shows an article). */
function panelSummary(): string {
  return document.querySelector('[data-part="summary"]')?.textContent ?? '';
}

/** Sends the keyboard command's message to every tab, as the background does for the active one. */
export function stepAllTabs(direction: 1 | -1): Promise<number> {
  const api = (globalThis as unknown as { chrome: typeof chrome }).chrome;
  return api.tabs.query({}).then(async (tabs) => {
    let reached = 0;
    for (const tab of tabs) {
      if (tab.id === undefined) continue;
      try {
        await api.tabs.sendMessage(tab.id, { type: 'step', payload: { direction } });
        reached++;
      } catch {
        // Tabs without our content script (extension pages) do not answer.
      }
    }
    return reached;
  });
}

function appendParagraph(text: string): void {
  const paragraph = document.createElement('p');
  paragraph.textContent = text;
  document.querySelector('article')!.append(paragraph);
}

function navigateInPlace(headline: string, body: string): void {
  history.pushState({}, '', `${location.pathname}?story=2`);
  const article = document.querySelector('article')!;
  const fresh = document.createElement('article');
  const h1 = document.createElement('h1');
  h1.textContent = headline;
  fresh.append(h1);
  for (let i = 0; i < 5; i++) {
    const paragraph = document.createElement('p');
    paragraph.textContent = body;
    fresh.append(paragraph);
  }
  article.replaceWith(fresh);
}

/** A page that restyles everything with !important, and even the elements it finds on its root. */
function addHostileStyle(): void {
  const style = document.createElement('style');
  style.textContent =
    '* { color: rgb(255, 0, 0) !important; background: rgb(0, 255, 0) !important; position: static !important;' +
    ' font: 22px/1.2 serif !important; visibility: visible !important; transform: none !important; }' +
    ' html > div { display: none !important; opacity: 0 !important; width: 0 !important; }';
  document.head.append(style);
}

function popoverHasPin(root: ShadowRoot | null): boolean {
  const button = root?.querySelector<HTMLButtonElement>('[data-part="pin"]');
  button?.click();
  return button?.getAttribute('aria-pressed') === 'true';
}

/** A drag of the card by its head, `dx`, `dy` pixels, as a pointer's events; returns the card's new left and top. */
function dragCardHead(root: ShadowRoot | null, dx: number, dy: number): { left: number; top: number } | null {
  const head = root?.querySelector<HTMLElement>('.card__name');
  const card = root?.querySelector<HTMLElement>('.popover');
  if (!head || !card) return null;
  const box = head.getBoundingClientRect();
  const x = box.x + 10;
  const y = box.y + box.height / 2;
  const send = (type: string, at: [number, number]) =>
    head.dispatchEvent(
      new PointerEvent(type, {
        bubbles: true,
        composed: true,
        pointerId: 9,
        pointerType: 'mouse',
        clientX: at[0],
        clientY: at[1],
      }),
    );
  send('pointerdown', [x, y]);
  for (let step = 1; step <= 4; step++) send('pointermove', [x + (dx * step) / 4, y + (dy * step) / 4]);
  send('pointerup', [x + dx, y + dy]);
  const moved = card.getBoundingClientRect();
  return { left: Math.round(moved.left), top: Math.round(moved.top) };
}

/** How many cards are open on the page (a docked one and another count two). */
function highlightCardCount(page: ReaderPage): Promise<number> {
  return countCardRoots(page, '.popover');
}

/** Where the card is and what it shows: its layout class, its box, its name, whether its pin is pressed. */
function cardPlace(root: ShadowRoot | null): {
  layout: string;
  right: number;
  top: number;
  width: number;
  name: string;
  pinned: boolean;
} | null {
  const card = root?.querySelector<HTMLElement>('.popover');
  if (!card) return null;
  const box = card.getBoundingClientRect();
  return {
    layout: [...card.classList].find((name) => name.startsWith('popover--')) ?? '',
    right: Math.round(document.documentElement.clientWidth - box.right),
    top: Math.round(box.top),
    width: Math.round(box.width),
    name: (root?.querySelector('[data-part="name"]')?.textContent ?? '').trim(),
    pinned: root?.querySelector('[data-part="pin"]')?.getAttribute('aria-pressed') === 'true',
  };
}

/** The undo note: its role, words and button, or null when none is shown. */
function readToast(root: ShadowRoot | null): { role: string; text: string; button: string } | null {
  const box = root?.querySelector('[data-backstory-toast]');
  if (!box || !box.isConnected) return null;
  return {
    role: box.getAttribute('role') ?? '',
    text: (box.querySelector('.toast__text')?.textContent ?? '').trim(),
    button: (box.querySelector('button')?.textContent ?? '').trim(),
  };
}

function clickUndo(root: ShadowRoot | null): boolean {
  const button = root?.querySelector<HTMLButtonElement>('[data-backstory-toast] button');
  button?.click();
  return !!button;
}

function clickHide(root: ShadowRoot | null): boolean {
  const button = root?.querySelector<HTMLButtonElement>('[data-part="hide"]');
  button?.click();
  return !!button;
}

/** Opens "Not this" on the card; false when the card has no such button. */
function openNotThis(root: ShadowRoot | null): boolean {
  const button = root?.querySelector<HTMLButtonElement>('[data-part="not-this"]');
  if (button && button.getAttribute('aria-expanded') !== 'true') button.click();
  return !!button;
}

/** The meanings "Not this" offers: entity id and the name shown. */
function offeredMeanings(root: ShadowRoot | null): { id: string; name: string }[] {
  return Array.from(root?.querySelectorAll('[data-part="choose"]') ?? [], (choice) => ({
    id: choice.getAttribute('data-entity') ?? '',
    name: (choice.querySelector('.popover__choice-name')?.textContent ?? '').trim(),
  }));
}

function chooseMeaning(root: ShadowRoot | null, entityId: string): boolean {
  const choice = root?.querySelector<HTMLButtonElement>(`[data-part="choose"][data-entity="${entityId}"]`);
  choice?.click();
  return !!choice;
}

/** The card's note that the reader chose this meaning, or '' when it has none. */
function chosenNote(root: ShadowRoot | null): string {
  const note = root?.querySelector('[data-part="chosen"]');
  return (note?.textContent ?? '').trim();
}

function chosenMeanings(): Promise<unknown> {
  const api = (globalThis as unknown as { chrome: typeof chrome }).chrome;
  return api.storage.local
    .get('settings')
    .then((stored) => (stored.settings as { chosenMeanings?: unknown } | undefined)?.chosenMeanings ?? []);
}

/** Scrolls the options page's list of chosen meanings into view; whether it is there. */
function showChosenMeanings(): boolean {
  const list = document.querySelector('[data-part="chosen-meanings"]');
  list?.scrollIntoView({ block: 'center', behavior: 'instant' });
  return !!list;
}

/** The options page's "Undo" of the first chosen meaning; the row's text, or null when there is none. */
function undoFirstChosenMeaning(): string | null {
  const row = document.querySelector('[data-part="chosen-meanings"] li');
  row?.querySelector<HTMLButtonElement>('button')?.click();
  return row ? (row.textContent ?? '').replace(/\s+/g, ' ').trim() : null;
}

function popoverMap(root: ShadowRoot | null): {
  svg: boolean;
  markers: string[];
  names: string[];
  seaApartFromLand: boolean;
} {
  const map = root?.querySelector('[data-part="map"]');
  const sea = map?.querySelector('.minimap__sea');
  const land = map?.querySelector('.minimap__country');
  return {
    svg: !!map?.querySelector('svg path'),
    markers: Array.from(
      map?.querySelectorAll('[data-part="marker"]') ?? [],
      (m) => m.getAttribute('data-entity') ?? '',
    ),
    // What a reader reads on the map: the place's name beside its pin, the country it lies in.
    names: Array.from(
      map?.querySelectorAll('[data-part="pin-label"], [data-part="country-label"]') ?? [],
      (label) => `${label.getAttribute('data-part')}: ${label.textContent ?? ''}`,
    ),
    seaApartFromLand: !!sea && !!land && getComputedStyle(sea).fill !== getComputedStyle(land).fill,
  };
}

/** The card's tone as a reader sees it: light text on it means a dark card. */
function cardTone(root: ShadowRoot | null): 'light' | 'dark' | null {
  const card = root?.querySelector('[data-part="card"]');
  if (!card) return null;
  const [r, g, b] = (getComputedStyle(card).color.match(/[\d.]+/g) ?? []).map(Number);
  if (r === undefined || g === undefined || b === undefined) return null;
  return (r + g + b) / 3 > 128 ? 'dark' : 'light';
}

/** Paints the seed article and the page behind it in a dark colour, as a site's own dark mode does. */
function darkenPage(): void {
  for (const element of document.querySelectorAll<HTMLElement>('html, body, main, article, header')) {
    element.style.backgroundColor = 'rgb(16, 18, 22)';
    element.style.color = 'rgb(230, 230, 230)';
  }
}

/** Which part of the card has the focus: its data-part, `dialog` for the card itself, `outside` if the page has it. */
function focusInCard(root: ShadowRoot | null): string {
  const host = root?.host;
  if (!root || !host || document.activeElement !== host) return 'outside';
  const element = root.activeElement;
  if (!element) return 'outside';
  if (element.getAttribute('role') === 'dialog') return 'dialog';
  return element.getAttribute('data-part') ?? element.localName;
}

/** In the page, after a keyboard-opened card closed: the focus is back on the page, the caret right after the name. */
function caretAfterFocus(): { focusOnBody: boolean; caretAfter: string } {
  const selection = getSelection();
  const node = selection?.anchorNode;
  const offset = selection?.anchorOffset ?? 0;
  return {
    focusOnBody: document.activeElement === document.body,
    caretAfter:
      node?.nodeType === Node.TEXT_NODE ? (node as Text).data.slice(Math.max(0, offset - 2), offset) : '',
  };
}

function activeHighlight(): string | null {
  // The mention the reader is on is the one highlight drawn above the others (src/content/highlight.ts).
  const highlight = [...CSS.highlights.values()].find((candidate) => candidate.priority === 1);
  if (!highlight) return null;
  for (const range of highlight as unknown as Iterable<Range>) return range.toString();
  return null;
}

/** A page that can also save a screenshot (Playwright's Page does; the Firefox driver adds it). */
export interface ShotPage extends ReaderPage {
  screenshot?(options: { path: string }): Promise<unknown>;
}

export function readingSuite(driver: () => BrowserDriver, browserName = 'browser'): void {
  const openWithSettings = async (patch: Record<string, unknown> | null) => {
    // The side panel page only reads settings, so it cannot race the changes made through it.
    const control = await driver().openExtensionPage('src/sidepanel/index.html');
    await inPage(control, resetSettings);
    if (patch) await inPage(control, patchSettings, patch);
    const page = await driver().openFixture(SEED.page);
    await waitForAnnotations(page);
    // The side panel lists the article once its article script has annotated it: the cards and the keyboard
    // commands are there then, not with the first highlights (decision 22).
    await expect
      .poll(() => inPage(control, panelSummary), { timeout: ANNOTATE_TIMEOUT, interval: 100 })
      .not.toBe('');
    return { control, page };
  };
  const closeAll = async (...pages: (ReaderPage | undefined)[]) => {
    for (const page of pages) await page?.close().catch(() => undefined);
  };

  it('shows every mention when the reader asks for it, on the open page, without reload', async () => {
    const { control, page } = await openWithSettings(null);
    try {
      await inPage(control, patchSettings, { mentions: 'every' });
      await expect
        .poll(() => highlightTexts(page), { timeout: 10_000, interval: 200 })
        .toEqual(expect.arrayContaining(SEED_LATER_MENTION_TEXTS));
      await inPage(control, patchSettings, { entityTypes: { person: false } });
      // One predicate: while the page re-annotates it is briefly empty, which is not the state we wait for.
      await expect
        .poll(
          async () => {
            const texts = await highlightTexts(page);
            return (
              texts.includes('Yarmouk') && !texts.includes('Bashar al-Assad') && !texts.includes('Assad')
            );
          },
          { timeout: 10_000, interval: 200 },
        )
        .toBe(true);
    } finally {
      await inPage(control, resetSettings).catch(() => undefined);
      await closeAll(page, control);
    }
  });

  it('annotates a paragraph that arrives after load, and a new article after an in-page navigation', async () => {
    const { control, page } = await openWithSettings(null);
    try {
      expect(await highlightTexts(page)).not.toContain('Rusland');
      await inPage(page, appendParagraph, 'Rusland steunt het regime al sinds 2015 met luchtaanvallen.');
      await expect.poll(() => highlightTexts(page), { timeout: 10_000, interval: 200 }).toContain('Rusland');
      const before = (await inPage(page, readHighlights)).length;
      expect(before).toBeGreaterThan(10);
      await inPage(
        page,
        navigateInPlace,
        'Nieuwe gevechten bij Hajar al-Aswad',
        'Volgens het Syrisch Observatorium voor de Mensenrechten vluchtten inwoners van Hajar al-Aswad naar Turkije en Irak.',
      );
      await expect
        .poll(async () => (await highlightTexts(page)).sort(), { timeout: 10_000, interval: 200 })
        .toEqual(['Hajar al-Aswad', 'Irak', 'Syrisch Observatorium voor de Mensenrechten', 'Turkije']);
    } finally {
      await closeAll(page, control);
    }
  });

  it('keeps its card readable on a page that restyles everything, and our element, with !important', async () => {
    const { control, page } = await openWithSettings(null);
    try {
      await inPage(page, addHostileStyle);
      await hoverHighlight(page, HOVER_TEXT);
      await expectPopoverOpen(page, true);
      expect((await inCard(page, readPopover)).name).toBe(HOVER_TEXT);
    } finally {
      await closeAll(page, control);
    }
  });

  it("shows a place's card with an offline mini-map and its marker", async () => {
    const { control, page } = await openWithSettings(null);
    try {
      await hoverHighlight(page, HOVER_TEXT);
      await expectPopoverOpen(page, true);
      // The map is part of the whole card, behind "More" (a card opens as a glance).
      await inCard(page, readPopover);
      await expect
        .poll(() => inCard(page, popoverMap), { timeout: 5_000, interval: 100 })
        .toEqual({
          svg: true,
          markers: ['yarmouk'],
          names: ['pin-label: Yarmouk', 'country-label: Syria'],
          seaApartFromLand: true,
        });
    } finally {
      await closeAll(page, control);
    }
  });

  it('the card takes the tone of the page under the name (light page, light card; dark page, dark card); a chosen theme wins', async () => {
    const { control, page } = await openWithSettings(null);
    let chosen: ReaderPage | undefined;
    try {
      await hoverHighlight(page, HOVER_TEXT);
      await expectPopoverOpen(page, true);
      expect(await inCard(page, cardTone)).toBe('light');
      await page.keyboard.press('Escape');
      await expectPopoverOpen(page, false);
      await inPage(page, darkenPage);
      await moveAway(page);
      await hoverHighlight(page, HOVER_TEXT);
      await expectPopoverOpen(page, true);
      await expect.poll(() => inCard(page, cardTone), { timeout: 5_000 }).toBe('dark');
      await page.keyboard.press('Escape');
      await expectPopoverOpen(page, false);
      // The reader who chose light keeps it, whatever the page paints.
      await inPage(control, patchSettings, { theme: 'light' });
      chosen = await driver().openFixture(SEED.page);
      await waitForAnnotations(chosen);
      await inPage(chosen, darkenPage);
      await hoverHighlight(chosen, HOVER_TEXT);
      await expectPopoverOpen(chosen, true);
      expect(await inCard(chosen, cardTone)).toBe('light');
    } finally {
      await closeAll(chosen, page, control);
    }
  });

  it('keeps a pinned card open when the pointer leaves; Escape still closes it', async () => {
    const { control, page } = await openWithSettings(null);
    try {
      await hoverHighlight(page, HOVER_TEXT);
      await expectPopoverOpen(page, true);
      expect(await inCard(page, popoverHasPin)).toBe(true);
      await moveAway(page);
      await expectStays(async () => (await inCard(page, readPopover)).open, true, 'pinned card');
      await page.keyboard.press('Escape');
      await expectPopoverOpen(page, false);
    } finally {
      await closeAll(page, control);
    }
  });

  it('a pinned card docks at the window’s edge, moves by its head, stays while the page scrolls and blocks no other card; Escape closes the other first', async () => {
    const { control, page } = await openWithSettings(null);
    try {
      await hoverHighlight(page, HOVER_TEXT);
      await expectPopoverOpen(page, true);
      expect(await inCard(page, popoverHasPin)).toBe(true);
      // Docked: at the top right of the window, out of the text.
      await expect
        .poll(() => inCard(page, cardPlace), { timeout: 2_000 })
        .toMatchObject({ layout: 'popover--dock', right: 12, top: 12, pinned: true });
      const docked = (await inCard(page, cardPlace))!;
      expect(docked.name).toContain(HOVER_TEXT);
      await moveAway(page);
      await inPage(page, () => window.scrollBy({ top: 300, behavior: 'instant' }));
      await expectStays(async () => (await inCard(page, cardPlace))?.top, 12, 'docked card after scrolling');
      await inPage(page, () => window.scrollBy({ top: -300, behavior: 'instant' }));
      // Moved by its head: dragged 300 px left and 200 down, it stays there, also while the page scrolls.
      const before = (await inCard(page, cardPlace))!;
      const moved = (await inCard(page, dragCardHead, -300, 200))!;
      const width = await inPage(page, () => document.documentElement.clientWidth);
      expect(Math.abs(moved.left - (width - 12 - before.width - 300))).toBeLessThanOrEqual(2);
      expect(Math.abs(moved.top - (12 + 200))).toBeLessThanOrEqual(2);
      await inPage(page, () => window.scrollBy({ top: 300, behavior: 'instant' }));
      expect((await inCard(page, cardPlace))!.top).toBe(moved.top);
      await inPage(page, () => window.scrollBy({ top: -300, behavior: 'instant' }));
      // Another name opens its own card beside the docked one.
      await hoverHighlight(page, 'Bashar al-Assad');
      await expect.poll(() => highlightCardCount(page), { timeout: 5_000 }).toBe(2);
      await page.keyboard.press('Escape');
      await expect.poll(() => highlightCardCount(page), { timeout: 5_000 }).toBe(1);
      expect((await inCard(page, cardPlace))?.layout).toBe('popover--dock');
      await page.keyboard.press('Escape');
      await expect.poll(() => highlightCardCount(page), { timeout: 5_000 }).toBe(0);
    } finally {
      await closeAll(page, control);
    }
  });

  it('stops highlighting a term the reader hides, in every tab', async () => {
    const { control, page } = await openWithSettings(null);
    const other = await driver().openFixture(SEED.page);
    try {
      await waitForAnnotations(other);
      // The reader hides it in the tab they are reading.
      await page.bringToFront();
      await hoverHighlight(page, HOVER_TEXT);
      await expectPopoverOpen(page, true);
      expect(await inCard(page, clickHide)).toBe(true);
      for (const tab of [page, other]) {
        await expect
          .poll(
            async () => {
              const texts = await highlightTexts(tab);
              return !texts.includes(HOVER_TEXT) && texts.includes('Tadamoun');
            },
            { timeout: 10_000, interval: 200 },
          )
          .toBe(true);
      }
      // A note says what happened (a status region, so it is announced), and Undo brings the name back everywhere.
      await expect
        .poll(() => inToast(page, readToast), { timeout: 5_000, interval: 100 })
        .toEqual({ role: 'status', text: `“${HOVER_TEXT}” is no longer highlighted.`, button: 'Undo' });
      expect(await inToast(page, clickUndo)).toBe(true);
      for (const tab of [page, other]) {
        await expect
          .poll(async () => (await highlightTexts(tab)).includes(HOVER_TEXT), {
            timeout: 10_000,
            interval: 200,
          })
          .toBe(true);
      }
      expect(await inToast(page, readToast), 'the note is gone after Undo').toBeNull();
    } finally {
      await inPage(control, resetSettings).catch(() => undefined);
      await closeAll(other, page, control);
    }
  });

  it('steps to the next entity with the keyboard command: marks it and opens its card', async () => {
    const { control, page } = await openWithSettings(null);
    try {
      await page.bringToFront();
      expect(await inPage(control, stepAllTabs, 1)).toBeGreaterThan(0);
      await expectPopoverOpen(page, true);
      const first = await inPage(page, activeHighlight);
      expect(first).toBe('IS');
      await inPage(control, stepAllTabs, 1);
      await expect
        .poll(() => inPage(page, activeHighlight), { timeout: 5_000, interval: 100 })
        .toBe('Damascus');
      expect((await inCard(page, readPopover)).name).toBe('Damascus');
      await inPage(control, stepAllTabs, -1);
      await expect.poll(() => inPage(page, activeHighlight), { timeout: 5_000, interval: 100 }).toBe('IS');
    } finally {
      await closeAll(page, control);
    }
  });

  it('a card opened by keyboard takes the focus, keeps Tab inside, and Escape gives it back at the name (#21)', async () => {
    const { control, page } = await openWithSettings(null);
    try {
      await page.bringToFront();
      expect(await inPage(control, stepAllTabs, 1)).toBeGreaterThan(0);
      await expectPopoverOpen(page, true);
      await expect.poll(() => inCard(page, focusInCard), { timeout: 5_000, interval: 100 }).toBe('dialog');
      await page.keyboard.press('Tab');
      expect(await inCard(page, focusInCard)).toBe('pin');
      // However often the reader presses Tab, the focus stays on the card's own controls.
      const seen = new Set<string>();
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press('Tab');
        seen.add(await inCard(page, focusInCard));
      }
      expect(seen).toContain('pin');
      expect(seen).toContain('close');
      expect([...seen].every((part) => part !== 'outside' && part !== 'dialog')).toBe(true);
      await page.keyboard.press('Escape');
      await expectPopoverOpen(page, false);
      expect(await inPage(page, caretAfterFocus)).toEqual({ focusOnBody: true, caretAfter: 'IS' });
    } finally {
      await closeAll(page, control);
    }
  });

  it('"Not this" offers the namesake the data also has; choosing it relinks the name, after a reload too, undoable in options', async () => {
    const { control, page } = await openWithSettings({ mentions: 'every' });
    let current: ShotPage = page;
    /** The name on the card of the highlighted "Assad", hovering it afresh (the page re-annotates meanwhile). */
    const cardOfAssad = async () => {
      await moveAway(current);
      await expectPopoverOpen(current, false);
      await hoverHighlight(current, 'Assad');
      await expectPopoverOpen(current, true);
      return (await inCard(current, readPopover)).name;
    };
    try {
      expect(await cardOfAssad()).toBe('Bashar al-Assad');
      expect(await inCard(current, openNotThis), 'a "Not this" button on a name with a namesake').toBe(true);
      await expect
        .poll(() => inCard(current, offeredMeanings), { timeout: 5_000, interval: 100 })
        .toContainEqual({ id: 'hafez-al-assad', name: 'Hafez al-Assad' });
      const offered = await inCard(current, offeredMeanings);
      expect(offered.map((choice) => choice.id)).not.toContain('bashar-al-assad');
      if (current.screenshot) {
        await expectWholeCard(current);
        await mkdir('build/screenshots', { recursive: true });
        await new Promise((resolve) => setTimeout(resolve, 300));
        await current.screenshot({ path: `build/screenshots/popover-did-you-mean-${browserName}.png` });
      }
      expect(await inCard(current, chooseMeaning, 'hafez-al-assad')).toBe(true);
      await expect
        .poll(() => inPage(control, chosenMeanings), { timeout: 5_000, interval: 100 })
        .toEqual([
          {
            text: 'Assad',
            from: 'bashar-al-assad',
            to: 'hafez-al-assad',
            label: 'Hafez al-Assad',
            site: null,
          },
        ]);
      await expect.poll(cardOfAssad, { timeout: 15_000, interval: 200 }).toBe('Hafez al-Assad');
      expect(await inCard(current, chosenNote), "the card says it is the reader's choice").toContain('Assad');
      // The full name earlier in the article is still Bashar: only the words the reader relinked changed.
      await moveAway(current);
      await expectPopoverOpen(current, false);
      await hoverHighlight(current, 'Bashar al-Assad');
      await expectPopoverOpen(current, true);
      expect((await inCard(current, readPopover)).name).toBe('Bashar al-Assad');

      await current.close();
      current = await driver().openFixture(SEED.page);
      await waitForAnnotations(current);
      expect(await cardOfAssad(), 'the choice survives a reload').toBe('Hafez al-Assad');

      const options: ShotPage = await driver().openExtensionPage('src/options/index.html');
      try {
        await expect
          .poll(() => inPage(options, showChosenMeanings), {
            timeout: 10_000,
            interval: 200,
          })
          .toBe(true);
        await options.screenshot?.({ path: `build/screenshots/options-chosen-meaning-${browserName}.png` });
        await expect
          .poll(() => inPage(options, undoFirstChosenMeaning), { timeout: 10_000, interval: 200 })
          .toContain('Assad');
        await expect
          .poll(() => inPage(control, chosenMeanings), { timeout: 5_000, interval: 100 })
          .toEqual([]);
      } finally {
        await options.close().catch(() => undefined);
      }
      await expect.poll(cardOfAssad, { timeout: 15_000, interval: 200 }).toBe('Bashar al-Assad');
    } finally {
      await inPage(control, resetSettings).catch(() => undefined);
      await closeAll(current, control);
    }
  });
}
