/**
 * The side panel on the seed article, in both browsers: the summary, who says what, click-to-scroll, the
 * timeline with the article's date, the map (countries shaded, towns pinned) from the keyboard, and the empty
 * state of a page that is not an article.
 */
import { expect, it } from 'vitest';
import { axeViolations } from './axe';
import { inPage } from './reader';
import { SEED } from './seed';
import { waitForAnnotations, waitForHighlights, type BrowserDriver, type ReaderPage } from './suite';

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

/** The side panel's "Not explained" list (empty when the section is not shown), once its summary is there. */
function readGaps(): string[] | null {
  if (!document.querySelector('[data-part="summary"]')?.textContent) return null;
  return Array.from(document.querySelectorAll('[data-part="gaps"] > li'), (li) => li.textContent ?? '');
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
  // The mention the reader is on is the one highlight drawn above the others (src/content/highlight.ts).
  const highlight = [...CSS.highlights.values()].find((candidate) => candidate.priority === 1);
  if (!highlight) return null;
  for (const range of highlight as unknown as Iterable<Range>) return range.toString();
  return null;
}

function highlightCount(): number {
  let count = 0;
  for (const [name, highlight] of CSS.highlights) if (/^[a-z]{11}$/.test(name)) count += highlight.size;
  return count;
}

interface MapFocus {
  /** The place (country area or pin) that has the focus, if the focus is on the map. */
  entity: string | null;
  /** Whether the browser shows a focus indicator there (:focus-visible), and what it draws. */
  visible: boolean;
  ring: string;
  /** How many of the map's places are tab stops (a roving tab stop: one). */
  tabStops: number;
  /** The countries drawn as areas, and the places drawn as pins. */
  areas: string[];
  pins: string[];
  /** The names written beside pins, and the pins' own names (their titles). */
  pinNames: string[];
  pinTitles: string[];
}

function readMapFocus(): MapFocus {
  const map = document.querySelector('[data-part="map"]');
  const active = document.activeElement;
  const onMap = !!map && !!active && map.contains(active) && active.hasAttribute('data-entity');
  // The ring is drawn on the pin's halo or the area's shape (SVG takes no CSS outline everywhere).
  const drawn = onMap ? active.querySelector('.minimap__halo, .minimap__area-shape') : null;
  const style = drawn ? getComputedStyle(drawn) : null;
  return {
    entity: onMap ? active.getAttribute('data-entity') : null,
    visible: onMap && active.matches(':focus-visible'),
    ring: style ? `${style.stroke} ${style.strokeWidth}` : '',
    tabStops: map ? map.querySelectorAll('[role="button"][tabindex="0"]').length : 0,
    areas: Array.from(
      map?.querySelectorAll('[data-part="area"]') ?? [],
      (a) => a.getAttribute('data-entity') ?? '',
    ),
    pins: Array.from(
      map?.querySelectorAll('[data-part="marker"]') ?? [],
      (m) => m.getAttribute('data-entity') ?? '',
    ),
    pinNames: Array.from(map?.querySelectorAll('[data-part="pin-label"]') ?? [], (l) => l.textContent ?? ''),
    pinTitles: Array.from(
      map?.querySelectorAll('[data-part="marker"] > title') ?? [],
      (title) => title.textContent ?? '',
    ),
  };
}

/** The list item the side panel marks as selected, and whether the focus went into it. */
function readSelection(): { selected: string[]; focusInSelected: boolean; inView: boolean } {
  const items = Array.from(document.querySelectorAll('[data-part="entities"] > li.panel__item--selected'));
  const first = items[0];
  const rect = first?.getBoundingClientRect();
  return {
    selected: items.map((li) => li.getAttribute('data-entity') ?? ''),
    focusInSelected: !!first && first.contains(document.activeElement),
    inView: !!rect && rect.bottom > 0 && rect.top < window.innerHeight,
  };
}

/** Presses `key` (at most `max` times) until the map's focus satisfies `done`; returns the last focus read. */
async function pressUntil(
  page: ReaderPage,
  key: string,
  done: (focus: MapFocus) => boolean,
  max = 60,
): Promise<MapFocus> {
  let focus = await inPage(page, readMapFocus);
  for (let presses = 0; presses < max && !done(focus); presses++) {
    await page.keyboard.press(key);
    focus = await inPage(page, readMapFocus);
  }
  return focus;
}

/** What a reader takes in at a glance: the order of the panel's parts, which are shut, and what repeats. */
function readGlance(): {
  order: string[];
  folds: { section: string; open: boolean; heading: string }[];
  castRows: number;
  castTop: number;
  descriptionsWritten: number;
  distinctDescriptions: number;
  timelineDates: string[];
  since: { entity: string; date: string }[];
  sinceMore: string;
} {
  const main = document.querySelector('main.panel');
  const parts = Array.from(main?.children ?? [], (child) =>
    child.matches('header')
      ? 'summary'
      : child.querySelector('[data-part="entities-by-type"]')
        ? 'cast'
        : (child.getAttribute('data-section') ??
          child.getAttribute('data-part') ??
          child.tagName.toLowerCase()),
  );
  // Every description on screen, wherever it is (cast rows, sources): each is written once.
  const descriptions = Array.from(
    document.querySelectorAll('[data-part="description"], [data-part="kind"]'),
    (element) => (element.textContent ?? '').trim(),
  ).filter((text) => text.length > 0);
  return {
    order: parts,
    folds: Array.from(document.querySelectorAll<HTMLDetailsElement>('details[data-section]'), (details) => ({
      section: details.getAttribute('data-section') ?? '',
      open: details.open,
      heading: (details.querySelector('summary')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    })),
    castRows: document.querySelectorAll('[data-part="entities"] > li').length,
    castTop: document.querySelector('[data-part="entities"]')?.getBoundingClientRect().top ?? -1,
    descriptionsWritten: descriptions.length,
    distinctDescriptions: new Set(descriptions).size,
    since: Array.from(document.querySelectorAll('[data-part="since"] li'), (li) => ({
      entity: li.getAttribute('data-entity') ?? '',
      date: (li.querySelector('time')?.textContent ?? '').trim(),
    })),
    sinceMore: (document.querySelector('.since__more')?.textContent ?? '').trim(),
    timelineDates: Array.from(document.querySelectorAll('[data-part="timeline"] time'), (time) =>
      (time.textContent ?? '').trim(),
    ),
  };
}

/** Clicks the cast's name `entityId` (it opens or shuts its whole card); false when there is no such name. */
function clickCastName(entityId: string): boolean {
  const item = document.querySelector(`[data-part="entities"] > li[data-entity="${entityId}"]`);
  const button = item?.querySelector<HTMLButtonElement>('button[data-part="name"]');
  button?.click();
  return !!button;
}

/** Whether the cast's name says it is open, and whether its whole card shows under it. */
function castEntry(entityId: string): { expanded: string | null; card: boolean } {
  const item = document.querySelector(`[data-part="entities"] > li[data-entity="${entityId}"]`);
  const details = item?.querySelector<HTMLElement>('.cast__details');
  return {
    expanded: item?.querySelector('button[data-part="name"]')?.getAttribute('aria-expanded') ?? null,
    card: !!details && !details.hidden && !!details.querySelector('[data-part="card"]'),
  };
}

/** The side panel's link to the glossary, as a path inside the extension ('' when there is none). */
function glossaryPath(): string {
  const link = document.querySelector<HTMLAnchorElement>('[data-part="glossary"]');
  return link ? link.pathname.slice(1) + link.search : '';
}

/** What the glossary page shows: its title, its entries by type, whether its Print button is visible. */
function readGlossary(): {
  title: string;
  entries: string[];
  groups: string[];
  print: boolean;
  sources: number;
} | null {
  const main = document.querySelector('[data-part="glossary"]');
  if (!main) return null;
  const button = document.querySelector<HTMLElement>('[data-part="print"]');
  return {
    title: (document.querySelector('[data-part="title"]')?.textContent ?? '').trim(),
    entries: Array.from(
      document.querySelectorAll('[data-part="entries"] > li'),
      (li) => li.getAttribute('data-entity') ?? '',
    ),
    groups: Array.from(
      document.querySelectorAll('.glossary__group'),
      (g) => g.getAttribute('data-type') ?? '',
    ),
    print: !!button && getComputedStyle(button).display !== 'none',
    sources: document.querySelectorAll('[data-part="entries"] a[href^="https://"]').length,
  };
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

  it('side panel at a glance: the cast first, one line each; the sections after it shut with their counts; nothing written twice; dates in words', async () => {
    const article = await driver().openFixture(SEED.page);
    const panel = await driver().openExtensionPage('src/sidepanel/index.html');
    try {
      await waitForAnnotations(article);
      await article.bringToFront();
      await expect
        .poll(async () => (await inPage(panel, readGlance)).castRows, { timeout: 10_000, interval: 200 })
        .toBe(16);
      const glance = await inPage(panel, readGlance);
      expect(glance.order).toEqual(['summary', 'since', 'cast', 'map', 'sources', 'timeline']);
      // Since this article (21 May 2018): the Assads' rule ended on 8 December 2024, the latest changes first.
      expect(glance.since.map((line) => line.entity)).toContain('syria');
      expect(glance.since.length).toBe(3);
      for (const line of glance.since) expect(line.date).toMatch(/2024|2025/);
      for (const line of glance.since) expect(line.date).not.toMatch(/^\d{4}-\d{2}/);
      expect(glance.sinceMore).toMatch(/\d/);
      // The cast begins on the first screen, under the summary and the note of what changed since.
      expect(glance.castTop).toBeGreaterThan(0);
      expect(glance.castTop).toBeLessThan(450);
      expect(glance.folds).toEqual([
        { section: 'map', open: true, heading: expect.stringMatching(/\(9\)$/) },
        { section: 'sources', open: false, heading: expect.stringMatching(/\(5\)$/) },
        { section: 'timeline', open: false, heading: expect.stringMatching(/\(\d+\)$/) },
      ]);
      expect(glance.descriptionsWritten).toBe(16);
      expect(glance.distinctDescriptions).toBe(16);
      for (const date of glance.timelineDates) expect(date).not.toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(glance.timelineDates.length).toBeGreaterThan(0);
      // A name opens its whole card in place, and shuts it again.
      expect(await inPage(panel, castEntry, 'sohr')).toEqual({ expanded: 'false', card: false });
      expect(await inPage(panel, clickCastName, 'sohr')).toBe(true);
      await expect
        .poll(() => inPage(panel, castEntry, 'sohr'), { timeout: 5_000 })
        .toEqual({ expanded: 'true', card: true });
      expect(await inPage(panel, clickCastName, 'sohr')).toBe(true);
      await expect
        .poll(() => inPage(panel, castEntry, 'sohr'), { timeout: 5_000 })
        .toEqual({ expanded: 'false', card: false });
      expect(await axeViolations(panel), 'axe-core on the panel at a glance').toEqual([]);
    } finally {
      await panel.close();
      await article.close();
    }
  });

  it('side panel: a glossary of the article’s names to print, every name with its card, grouped by type; no button on paper', async () => {
    const article = await driver().openFixture(SEED.page);
    const panel = await driver().openExtensionPage('src/sidepanel/index.html');
    let glossary: ReaderPage | undefined;
    try {
      await waitForAnnotations(article);
      await article.bringToFront();
      await expect
        .poll(() => inPage(panel, glossaryPath), { timeout: 10_000, interval: 200 })
        .toMatch(/^src\/glossary\/index\.html\?tab=\d+$/);
      glossary = await driver().openExtensionPage(await inPage(panel, glossaryPath));
      await expect
        .poll(() => inPage(glossary!, readGlossary), { timeout: 10_000, interval: 200 })
        .not.toBeNull();
      const shown = (await inPage(glossary, readGlossary))!;
      expect(shown.title).toMatch(/^IS-strijders/);
      expect(shown.entries).toHaveLength(16);
      expect(shown.entries).toEqual(expect.arrayContaining(['bashar-al-assad', 'sohr', 'yarmouk', 'syria']));
      expect(shown.groups).toEqual(['person', 'organisation', 'group', 'place']);
      expect(shown.print).toBe(true);
      expect(shown.sources).toBeGreaterThanOrEqual(16);
      expect(await axeViolations(glossary), 'axe-core on the glossary').toEqual([]);
      // On paper (Chromium can show the print media): no Print button.
      const printable = glossary as unknown as {
        emulateMedia?: (options: { media: 'print' | null }) => Promise<void>;
      };
      if (typeof printable.emulateMedia === 'function') {
        await printable.emulateMedia({ media: 'print' });
        expect((await inPage(glossary, readGlossary))!.print).toBe(false);
        await printable.emulateMedia({ media: null });
      }
    } finally {
      await glossary?.close();
      await panel.close();
      await article.close();
    }
  });

  it('side panel: "Not explained" lists names the data lacks, not the nouns a German article capitalises', async () => {
    const german = await driver().openFixture('de-2019-10-14-spa-nordsyrien.html');
    const panel = await driver().openExtensionPage('src/sidepanel/index.html');
    try {
      await waitForHighlights(german, ['Syriens']);
      await german.bringToFront();
      await expect
        .poll(() => inPage(panel, panelTitle), { timeout: 10_000, interval: 200 })
        .toMatch(/^Türkische Offensive/);
      // Before: "Grenzstädten", "Militäroffensive", "Zivilisten" and some forty more nouns.
      await expect.poll(() => inPage(panel, readGaps), { timeout: 10_000, interval: 200 }).toEqual([]);
      const english = await driver().openFixture('en-2018-05-19-wire-yarmouk-truce.html');
      try {
        await waitForHighlights(english, ['Yarmouk']);
        await english.bringToFront();
        await expect
          .poll(() => inPage(panel, readGaps), { timeout: 10_000, interval: 200 })
          .toEqual(expect.arrayContaining(['Levant Wire']));
        const gaps = (await inPage(panel, readGaps)) ?? [];
        for (const time of ['PM', 'UTC']) expect(gaps).not.toContain(time);
        // The page's kicker "World News" is a label, not a name.
        expect(gaps).not.toContain('News');
      } finally {
        await english.close();
      }
    } finally {
      await panel.close();
      await german.close();
    }
  });

  it('side panel: the map shades the countries and pins the towns; Tab reaches it, arrows move, Enter selects', async () => {
    const article = await driver().openFixture(SEED.page);
    const panel = await driver().openExtensionPage('src/sidepanel/index.html');
    try {
      await waitForAnnotations(article);
      await expect
        .poll(async () => (await inPage(panel, readMapFocus)).pins, { timeout: 10_000, interval: 200 })
        .toEqual(expect.arrayContaining(['yarmouk', 'tadamoun', 'hajar-al-aswad']));
      const map = await inPage(panel, readMapFocus);
      // Syria and Jordan are countries: outlines, not pins on Damascus and Amman.
      expect(map.areas).toEqual(expect.arrayContaining(['syria', 'jordan']));
      expect(map.pins).not.toContain('syria');
      expect(map.pins).not.toContain('jordan');
      // Towns are named beside their pins where there is room (each name is one of the pins').
      expect(map.pinNames.length).toBeGreaterThan(0);
      for (const name of map.pinNames) expect(map.pinTitles).toContain(name);
      expect(map.tabStops, 'the map is one tab stop').toBe(1);

      // Tab from the top of the panel until the focus lands on the map.
      let focus = await pressUntil(panel, 'Tab', (f) => f.entity !== null);
      expect(focus.entity, 'Tab reaches the map').not.toBeNull();
      expect(focus.visible, 'the focus is visible on the map').toBe(true);
      expect(focus.ring).not.toMatch(/^none/);

      // Arrow keys walk the places, one at a time and each visibly focused, until Yarmouk.
      const visited = [focus.entity];
      for (let presses = 0; presses < 30 && focus.entity !== 'yarmouk'; presses++) {
        await panel.keyboard.press('ArrowRight');
        focus = await inPage(panel, readMapFocus);
        expect(focus.visible).toBe(true);
        visited.push(focus.entity);
      }
      expect(focus.entity).toBe('yarmouk');
      expect(new Set(visited).size, 'each arrow press moves to another place').toBe(visited.length);
      await panel.keyboard.press('ArrowLeft');
      expect((await inPage(panel, readMapFocus)).entity).toBe(visited.at(-2));
      await panel.keyboard.press('ArrowRight');

      // Enter selects Yarmouk: the list marks it, scrolls to it and moves the focus into it.
      await panel.keyboard.press('Enter');
      await expect
        .poll(() => inPage(panel, readSelection), { timeout: 5_000, interval: 100 })
        .toEqual({ selected: ['yarmouk'], focusInSelected: true, inView: true });

      // A fresh panel: Tab again, then a country is reached backwards (End, ArrowLeft) and selected with Space.
      const again = await driver().openExtensionPage('src/sidepanel/index.html');
      try {
        await expect
          .poll(async () => (await inPage(again, readMapFocus)).areas, { timeout: 10_000, interval: 200 })
          .toContain('syria');
        await pressUntil(again, 'Tab', (f) => f.entity !== null);
        await again.keyboard.press('End');
        focus = await pressUntil(again, 'ArrowLeft', (f) => f.entity === 'syria', 30);
        expect(focus.entity).toBe('syria');
        expect(focus.visible, 'a focused country is visibly focused').toBe(true);
        await again.keyboard.press(' ');
        await expect
          .poll(() => inPage(again, readSelection), { timeout: 5_000, interval: 100 })
          .toEqual({ selected: ['syria'], focusInSelected: true, inView: true });
      } finally {
        await again.close();
      }
    } finally {
      await panel.close();
      await article.close();
    }
  });

  it('side panel: closing the article leaves it, rather than showing a tab that is gone', async () => {
    const article = await driver().openFixture(SEED.page);
    await waitForAnnotations(article);
    const panel = await driver().openExtensionPage('src/sidepanel/index.html');
    try {
      await expect
        .poll(async () => (await inPage(panel, readPanel)).summary, { timeout: 10_000, interval: 200 })
        .not.toBe('');
      await article.close();
      await expect
        .poll(async () => (await inPage(panel, readPanel)).empty, { timeout: 10_000, interval: 200 })
        .toBe(true);
    } finally {
      await panel.close();
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
