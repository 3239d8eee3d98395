/**
 * End-to-end in Firefox ESR (Puppeteer over WebDriver BiDi): the add-on built in dist-firefox/, installed
 * temporarily, on the seed news page. Build first: `npm run build:firefox`.
 *
 * A temporary add-on is removed when Firefox quits, so "state survives a restart" is a Chromium-only test.
 */
import { hostileSuite } from './harness/hostile-suite';
import { afterAll, beforeAll, describe } from 'vitest';
import { fallbackSuite } from './harness/fallback-suite';
import { languageSuite } from './harness/language-suite';
import { asReaderPage, launchFirefox, type FirefoxSession } from './harness/firefox';
import { startFixtureServer, type FixtureServer } from './harness/server';
import { panelSuite } from './harness/panel-suite';
import { readingSuite } from './harness/reading-suite';
import { readerSuite, type BrowserDriver } from './harness/suite';

/** Override to test another build (e.g. a packed release unpacked elsewhere). */
const EXTENSION_DIR = process.env.BACKSTORY_FIREFOX_DIR ?? 'dist-firefox';
/** The build for a browser without the Highlight API (`npm run build:fallback`). */
const FALLBACK_DIR = process.env.BACKSTORY_FIREFOX_FALLBACK_DIR ?? 'dist-firefox-fallback';

/** The suites' way into this Firefox: fixture pages from the local server, the add-on's own pages. */
function driverFor(session: FirefoxSession, server: FixtureServer): BrowserDriver {
  return {
    async openFixture(name, beforeLoad) {
      const page = await session.browser.newPage();
      if (beforeLoad) await page.evaluateOnNewDocument(beforeLoad);
      await page.goto(new URL(name, server.url).href, { waitUntil: 'load' });
      return asReaderPage(page);
    },
    async openExtensionPage(path) {
      return asReaderPage(await session.openExtensionPage(path));
    },
  };
}

describe('Firefox: a reader on the seed article', () => {
  let server: FixtureServer;
  let session: FirefoxSession;

  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launchFirefox(EXTENSION_DIR);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  const driver = (): BrowserDriver => driverFor(session, server);

  readerSuite(driver);
  readingSuite(driver, 'firefox');
  panelSuite(driver);
  hostileSuite(driver, 'Firefox');
});

describe('Firefox without the Highlight API: the wrapping layer', () => {
  let server: FixtureServer;
  let session: FirefoxSession;

  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launchFirefox(FALLBACK_DIR);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  fallbackSuite(() => driverFor(session, server), 'firefox');
});

for (const lang of ['fr', 'nl'] as const) {
  describe(`Firefox: a reader whose browser speaks ${lang}, on a Dutch article`, () => {
    let server: FixtureServer;
    let session: FirefoxSession;

    beforeAll(async () => {
      server = await startFixtureServer();
      // Debian's language pack (firefox-esr-l10n-fr, -nl) makes the browser, and so the add-on, speak it.
      session = await launchFirefox(EXTENSION_DIR, { extraPrefs: { 'intl.locale.requested': lang } });
    });

    afterAll(async () => {
      await session?.close();
      await server?.close();
    });

    languageSuite(() => driverFor(session, server), lang);
  });
}
