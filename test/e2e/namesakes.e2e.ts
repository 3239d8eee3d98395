/**
 * End-to-end in Chromium and Firefox: names that real entities share, settled in the built extension as in the CLI.
 * A match report names RSC Anderlecht and, one paragraph on, the mayor of the municipality Anderlecht; a player
 * called Jordan stays plain. A 1999 archive page's "president Assad" is Hafez, which only the article's date can
 * tell: the content script sends it to the background with the text. A Title Case headline's "Assad" is the Bashar
 * al-Assad its first paragraph names. A news roundup's Lewis Hamilton, Whitney Houston, Queen Victoria and "male
 * voters" stay plain, and so does the Paris of Paris Saint-Germain; so do the names inside "Grand Prix van Nederland",
 * "Antwerp Expo" and "Amsterdam-Osdorp", longer names the data does not know. An earthquake report's "provinces of
 * Aleppo and Idlib" and its list of provinces link the provinces, not the cities of the same names. A World Cup
 * report's "Argentina", beside "penalties" once, is the team at every mention. Screenshots kept
 * in build/screenshots.
 * Build first: `npm run build && npm run build:firefox`.
 */
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { asReaderPage, launchFirefox, type FirefoxSession } from './harness/firefox';
import { inPage, readHighlights } from './harness/reader';
import { startFixtureServer, type FixtureServer } from './harness/server';
import {
  expectPopoverOpen,
  expectWholeCard,
  highlightTexts,
  hoverHighlight,
  moveAway,
  popover,
  waitForHighlights,
  type ReaderPage,
} from './harness/suite';

type ShotPage = ReaderPage & { screenshot(options: { path: string }): Promise<unknown> };

const WIDTH = 1100;
const HEIGHT = 800;

let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer('test/fixtures/namesakes');
  await mkdir('build/screenshots', { recursive: true });
});

afterAll(async () => {
  await server?.close();
});

/** The checks, for a browser that opens a fixture page (by file name) at WIDTH × HEIGHT. */
function namesakesSuite(browser: string, openPage: (url: string) => Promise<ShotPage>): void {
  async function open(name: string, expected: string[]): Promise<ShotPage> {
    const page = await openPage(new URL(name, server.url).href);
    await waitForHighlights(page, expected);
    return page;
  }

  /** The card of the nth highlighted `text`, read once it is open and whole. */
  async function cardOf(page: ShotPage, text: string, nth = 0) {
    await moveAway(page);
    await expectPopoverOpen(page, false);
    await hoverHighlight(page, text, nth);
    await expectPopoverOpen(page, true);
    await expectWholeCard(page);
    return popover(page);
  }

  it('tells RSC Anderlecht from the municipality, and leaves the player Jordan plain', async () => {
    const page = await open('nl-2024-03-10-topper.html', ['Anderlecht', 'Club Brugge']);
    try {
      expect(await highlightTexts(page)).not.toContain('Jordan');
      const club = await cardOf(page, 'Anderlecht', 0);
      expect(club.name).toBe('RSC Anderlecht');
      // The calm default underlines the first mention of each entity: the next "Anderlecht" shown is the mayor's.
      const town = await cardOf(page, 'Anderlecht', 1);
      expect(town.name).toBe('Anderlecht');
      expect(town.description).toMatch(/gemeente|municipality|commune|Gemeinde/i);
      // The reader is told which word settled it: the cue next to the name.
      expect(town.why).toContain('burgemeester');
      await new Promise((resolve) => setTimeout(resolve, 200)); // the card's entrance animation
      await page.screenshot({ path: `build/screenshots/namesakes-anderlecht-${browser}.png` });
    } finally {
      await page.close();
    }
  });

  it('links the surname of a Title Case headline to the man the text below names in full', async () => {
    const page = await open('en-2025-03-07-coast-clashes.html', ['Assad', 'Latakia']);
    try {
      // The headline's "Assad" is the first mention of him, so it is the one the calm default underlines.
      const card = await cardOf(page, 'Assad');
      expect(card.name).toBe('Bashar al-Assad');
      // …and why: the full name the paragraph below the headline gives.
      expect(card.why).toContain('“Assad”');
      expect(card.why).toContain('“Bashar al-Assad”');
      await new Promise((resolve) => setTimeout(resolve, 200));
      await page.screenshot({ path: `build/screenshots/namesakes-headline-${browser}.png` });
    } finally {
      await page.close();
    }
  });

  it('leaves names of people and words plain where a place has the same name', async () => {
    const page = await open('en-2025-05-24-weekend-in-brief.html', ['Paris', 'Monaco', 'London']);
    try {
      // Lewis Hamilton, Whitney Houston and Queen Victoria are no capitals; "male voters" are not in Malé.
      const texts = await highlightTexts(page);
      for (const plain of ['Hamilton', 'Houston', 'Victoria', 'male']) expect(texts).not.toContain(plain);
      // Only the Paris of the rail strike: the one of "Paris Saint-Germain" is part of the club's name.
      const parises = (await inPage(page, readHighlights)).filter((h) => h.text === 'Paris');
      expect(parises).toHaveLength(1);
      expect(parises[0]?.after).toBe(' ');
      const card = await cardOf(page, 'Paris');
      expect(card.name).toBe('Paris');
      await new Promise((resolve) => setTimeout(resolve, 200));
      await page.screenshot({ path: `build/screenshots/namesakes-people-${browser}.png` });
    } finally {
      await page.close();
    }
  });

  it('leaves a name inside a longer one plain, and explains the museums of the culture pack', async () => {
    const page = await open('nl-2025-06-14-weekendoverzicht.html', ['Antwerpen', 'Amsterdam', 'Rijksmuseum']);
    try {
      // "Grand Prix van Nederland", "Antwerp Expo" and "Amsterdam-Osdorp" are longer names the data does not know.
      const highlights = await inPage(page, readHighlights);
      expect(highlights.map((h) => h.text)).not.toContain('Nederland');
      expect(highlights.map((h) => h.text)).not.toContain('Antwerp');
      const amsterdams = highlights.filter((h) => h.text === 'Amsterdam');
      expect(amsterdams).toHaveLength(1);
      expect(amsterdams[0]?.after).toBe(' ');
      const card = await cardOf(page, 'Rijksmuseum');
      expect(card.name).toBe('Rijksmuseum');
      expect(card.description).toMatch(/museum/i);
      // A director is only as current as the page that named him: the card says which year that was.
      expect(card.facts).toMatch(/Taco Dibbits \(as of 2019\)/);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await page.screenshot({ path: `build/screenshots/namesakes-longer-names-${browser}.png` });
    } finally {
      await page.close();
    }
  });

  it('tells provinces from their chief cities by the noun before them and by the names listed beside them', async () => {
    const page = await open('en-2023-02-09-quake-provinces.html', ['Sanliurfa', 'Aleppo']);
    try {
      // "the Syrian provinces of Aleppo and Idlib": the governorate, not the city, and the noun is the reason.
      const aleppo = await cardOf(page, 'Aleppo');
      expect(aleppo.name).toBe('Aleppo Governorate');
      expect(aleppo.why).toContain('provinces');
      // Sanliurfa is a city's name too; listed with Kahramanmaras (named as the province before) and Hatay, it is
      // the province, and the card says which name of the list settled it.
      const sanliurfa = await cardOf(page, 'Sanliurfa');
      expect(sanliurfa.name).toBe('Şanlıurfa Province');
      expect(sanliurfa.why).toContain('“Kahramanmaras”');
      await new Promise((resolve) => setTimeout(resolve, 200));
      await page.screenshot({ path: `build/screenshots/namesakes-provinces-${browser}.png` });
    } finally {
      await page.close();
    }
  });

  it("reads a 1999 page's date: president Assad is Hafez al-Assad", async () => {
    const page = await open('nl-1999-03-12-archief-assad.html', ['Assad', 'Damascus']);
    try {
      const card = await cardOf(page, 'Assad');
      expect(card.name).toMatch(/^Hafe?[zs] al-Assad$/);
      // Only the page's date tells the two presidents apart, and the card says so.
      expect(card.why).toContain('1999');
      await new Promise((resolve) => setTimeout(resolve, 200));
      await page.screenshot({ path: `build/screenshots/namesakes-assad-1999-${browser}.png` });
    } finally {
      await page.close();
    }
  });

  it('reads a country named as its team once beside a football word as the team throughout the report', async () => {
    const page = await open('en-2022-12-19-world-cup-final.html', [
      'Argentina',
      'Lionel Messi',
      'Kylian Mbappe',
    ]);
    try {
      // The headline's "Argentina" has no football word beside it; the first paragraph's, beside "penalties", is the
      // team, and so the headline's is too (the card shows the first mention of each entity).
      const headline = await cardOf(page, 'Argentina', 0);
      expect(headline.name).toBe('Argentina national football team');
      expect(headline.why).toMatch(/elsewhere next to “penalties”/);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await page.screenshot({ path: `build/screenshots/namesakes-world-cup-${browser}.png` });
    } finally {
      await page.close();
    }
  });
}

describe('Chromium: namesakes in a real page', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium(process.env.BACKSTORY_CHROMIUM_DIR ?? 'dist');
  });
  afterAll(async () => {
    await session?.close();
  });

  namesakesSuite('chromium', async (url) => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: WIDTH, height: HEIGHT });
    await page.goto(url, { waitUntil: 'load' });
    return page;
  });
});

describe('Firefox: namesakes in a real page', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox(process.env.BACKSTORY_FIREFOX_DIR ?? 'dist-firefox');
  });
  afterAll(async () => {
    await session?.close();
  });

  namesakesSuite('firefox', async (url) => {
    const page = await session.browser.newPage();
    await page.setViewport({ width: WIDTH, height: HEIGHT });
    await page.goto(url, { waitUntil: 'load' });
    return asReaderPage(page);
  });
});
