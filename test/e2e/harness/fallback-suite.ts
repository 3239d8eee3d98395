/**
 * The wrapping highlight layer (for browsers without the CSS Highlight API) in real browsers, both of which have
 * the API: run on the fallback builds (`npm run build:fallback`: dist-fallback/, dist-firefox-fallback/), in which
 * the module that asks the browser for the API says it has none (test/e2e/builds/without-highlight-api.ts). On the
 * fixture whose names are split by inline markup and soft hyphens: the reader sees underlined names, the card opens
 * on hover, and switching off leaves the DOM exactly as the server sent it.
 */
import { inCard } from './card-root';
import { mkdir } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { bodyDiffersFromSource, inPage, readPopover } from './reader';
import { patchSettings, resetSettings, stepAllTabs, type ShotPage } from './reading-suite';
import { ANNOTATE_TIMEOUT, expectPopoverOpen, type BrowserDriver } from './suite';

const FIXTURE = 'be-nl-2018-05-03-gesplitste-namen.html';

interface SeenMark {
  text: string;
  type: string | null;
  parent: string;
  /** The computed text-decoration-line: what the reader sees under the word. */
  decoration: string;
}

/** Every `<backstory-mark>` in the article, and whether the Highlight API registry has anything of ours. */
function readMarks(): { marks: SeenMark[]; registered: number } {
  const marks = Array.from(document.querySelectorAll('article backstory-mark'), (mark) => ({
    text: mark.textContent ?? '',
    type: mark.getAttribute('data-backstory-type'),
    parent: mark.parentElement?.tagName ?? '',
    decoration: getComputedStyle(mark).textDecorationLine,
  }));
  let registered = 0;
  if (typeof CSS !== 'undefined' && CSS.highlights) {
    for (const name of CSS.highlights.keys()) if (/^[a-z]{11}$/.test(name)) registered++;
  }
  return { marks, registered };
}

/** The text of the marks the reader is on (data-backstory-active), joined: one mention's words. */
function activeMarks(): string {
  return Array.from(
    document.querySelectorAll('backstory-mark[data-backstory-active]'),
    (mark) => mark.textContent,
  ).join('');
}

/** The middle of the first mark whose text is `text`, after scrolling it into view. */
function rectOfMark(text: string): { x: number; y: number } | null {
  const mark = Array.from(document.querySelectorAll('article backstory-mark')).find(
    (element) => element.textContent === text,
  );
  if (!mark) return null;
  mark.scrollIntoView({ block: 'center', behavior: 'instant' });
  const box = mark.getClientRects()[0] ?? mark.getBoundingClientRect();
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

export function fallbackSuite(driver: () => BrowserDriver, browserName: string): void {
  it('wraps names in its own marks when the Highlight API is not used; hover opens the card; off restores the DOM', async () => {
    const control = await driver().openExtensionPage('src/sidepanel/index.html');
    let page: ShotPage | undefined;
    try {
      await inPage(control, resetSettings);
      await inPage(control, patchSettings, { mentions: 'every' });
      page = await driver().openFixture(FIXTURE);
      const shown = page;
      await expect
        .poll(async () => (await inPage(shown, readMarks)).marks.map((mark) => mark.text), {
          timeout: ANNOTATE_TIMEOUT,
          interval: 200,
        })
        // "Bashar al-<em>Assad</em>": one mark in each text node; "Damas</span><span>cus": likewise.
        .toEqual(expect.arrayContaining(['Bashar al-', 'Assad', 'Damas', 'cus', 'Ya\u00ADrmouk']));
      const { marks, registered } = await inPage(page, readMarks);
      expect(registered, 'nothing in the Highlight API registry').toBe(0);
      expect(marks.find((mark) => mark.text === 'Assad')?.parent).toBe('EM');
      expect(marks.find((mark) => mark.text === 'Assad')?.type).toBe('person');
      expect(marks.find((mark) => mark.text === 'cus')?.type).toBe('place');
      for (const mark of marks)
        expect(mark.decoration, `underline under "${mark.text}"`).toContain('underline');
      expect(await inPage(page, bodyDiffersFromSource), 'the marks are in the DOM while on').not.toBeNull();

      const point = await inPage(page, rectOfMark, 'Bashar al-');
      expect(point).not.toBeNull();
      await page.mouse.move(point!.x, point!.y);
      await expectPopoverOpen(page, true);
      expect((await inCard(page, readPopover)).name).toBe('Bashar al-Assad');
      if (page.screenshot) {
        await mkdir('build/screenshots', { recursive: true });
        // Past the card's 120 ms fade-in, so the picture shows it as a reader does.
        await new Promise((resolve) => setTimeout(resolve, 300));
        await page.screenshot({ path: `build/screenshots/fallback-highlights-${browserName}.png` });
      }
      await page.keyboard.press('Escape');
      await expectPopoverOpen(page, false);

      // The keyboard command steps through the marks as through highlights: the first name in reading order.
      await page.bringToFront();
      expect(await inPage(control, stepAllTabs, 1)).toBeGreaterThan(0);
      await expectPopoverOpen(page, true);
      await expect
        .poll(() => inPage(shown, activeMarks), { timeout: 5_000, interval: 100 })
        .toBe('Yar\u00ADmouk');
      await page.keyboard.press('Escape');
      await expectPopoverOpen(page, false);

      await inPage(control, patchSettings, { enabled: false });
      await expect
        .poll(async () => (await inPage(shown, readMarks)).marks.length, { timeout: 10_000, interval: 100 })
        .toBe(0);
      expect(await inPage(page, bodyDiffersFromSource), 'the DOM as the server sent it').toBeNull();
    } finally {
      await inPage(control, resetSettings).catch(() => undefined);
      await page?.close().catch(() => undefined);
      await control.close().catch(() => undefined);
    }
  });
}
