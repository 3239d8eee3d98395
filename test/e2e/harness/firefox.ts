/**
 * Launches Firefox ESR through puppeteer-core (WebDriver BiDi) and installs the built add-on temporarily.
 * The add-on's moz-extension:// UUID is normally random per profile; the `extensions.webextensions.uuids` pref
 * pins it so that tests can open the popup and side panel pages by URL.
 */
import { access, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { firefoxCaller } from './card-root';
import type { ReaderPage } from './suite';

/** The add-on id from the Firefox manifest (scripts/lib/firefox-manifest.ts, GECKO_ID). */
export const ADDON_ID = 'backstory@backstory.invalid';
/** The moz-extension:// host the tests pin the add-on to. Any UUID works; this one is fixed for the tests. */
export const ADDON_UUID = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b';

export interface FirefoxSession {
  browser: Browser;
  /** The id Firefox reported for the installed add-on (should equal ADDON_ID). */
  addonId: string;
  userDataDir: string;
  /** `moz-extension://<ADDON_UUID>/<path>`. */
  extensionUrl(pathInExtension: string): string;
  /**
   * Opens an extension page in a new tab and waits until it has loaded. Use this rather than page.goto():
   * Firefox loads moz-extension:// pages but sends no navigation events for them over WebDriver BiDi, so
   * goto() would time out (and page.url() keeps saying about:blank; read location.href instead).
   */
  openExtensionPage(pathInExtension: string): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchFirefoxOptions {
  /** Reuse this profile; it is never deleted by close(). */
  userDataDir?: string;
  headless?: boolean;
  extraPrefs?: Record<string, unknown>;
}

/**
 * Preferences that keep Firefox off the network (updates, telemetry, Safe Browsing, captive portal checks,
 * remote settings, add-on metadata) and make the first run quiet.
 */
export const FIREFOX_QUIET_PREFS: Record<string, unknown> = {
  'app.update.enabled': false,
  'app.update.auto': false,
  'app.update.checkInstallTime': false,
  'app.normandy.enabled': false,
  'app.shield.optoutstudies.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.startup.page': 0,
  'browser.newtabpage.enabled': false,
  'browser.newtabpage.activity-stream.feeds.system.topstories': false,
  'browser.newtabpage.activity-stream.feeds.snippets': false,
  'browser.newtabpage.activity-stream.showSponsored': false,
  'browser.newtabpage.activity-stream.showSponsoredTopSites': false,
  'browser.ping-centre.telemetry': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.provider.google.updateURL': '',
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.search.update': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.topsites.contile.enabled': false,
  'browser.urlbar.suggest.quicksuggest.sponsored': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.server': '',
  'extensions.update.enabled': false,
  'extensions.update.autoUpdateDefault': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.blocklist.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'services.settings.server': 'http://127.0.0.1:9/',
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.http.speculative-parallel-limit': 0,
  'media.gmp-manager.updateEnabled': false,
  'geo.provider.network.url': '',
  'identity.fxaccounts.enabled': false,
  'dom.push.connection.enabled': false,
};

/** Prefs that make the test add-on behave like an installed one whose host permissions were granted. */
const ADDON_PREFS: Record<string, unknown> = {
  'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
  // MV3 host permissions (content_scripts matches) are granted at install time rather than on request.
  'extensions.originControls.grantByDefault': true,
};

/** The Firefox binary: $FIREFOX_PATH or Debian's /usr/bin/firefox-esr. */
export function firefoxPath(): string {
  return process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
}

/** Launches Firefox and installs the add-on built in `extensionDir` (default `dist-firefox`). */
export async function launchFirefox(
  extensionDir = 'dist-firefox',
  options: LaunchFirefoxOptions = {},
): Promise<FirefoxSession> {
  const executablePath = firefoxPath();
  try {
    await access(executablePath);
  } catch {
    throw new Error(
      `Firefox not found at ${executablePath}. Install it (as root: apt-get install firefox-esr) ` +
        'or point FIREFOX_PATH at a Firefox binary.',
    );
  }
  const absDir = path.resolve(extensionDir);
  try {
    await access(path.join(absDir, 'manifest.json'));
  } catch {
    throw new Error(
      `No built add-on in ${absDir} (manifest.json missing): run \`npm run build:firefox\` first.`,
    );
  }
  const ownProfile = !options.userDataDir;
  const userDataDir = options.userDataDir ?? (await mkdtemp(path.join(tmpdir(), 'backstory-firefox-')));
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: options.headless ?? true,
      userDataDir,
      // WebDriver BiDi refuses to navigate to moz-extension:// URLs unless this is set; the tests open the
      // popup and side panel pages as tabs, so they need it.
      args: ['--remote-allow-system-access'],
      defaultViewport: { width: 1280, height: 900 },
      extraPrefsFirefox: { ...FIREFOX_QUIET_PREFS, ...ADDON_PREFS, ...options.extraPrefs },
    });
  } catch (error) {
    if (ownProfile) await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
  const cleanup = async () => {
    await browser.close().catch(() => undefined);
    if (ownProfile) await rm(userDataDir, { recursive: true, force: true });
  };
  let addonId: string;
  try {
    addonId = await browser.installExtension(absDir);
  } catch (error) {
    await cleanup();
    throw new Error(`Firefox refused to install the add-on from ${absDir}: ${String(error)}`);
  }
  if (addonId !== ADDON_ID) {
    await cleanup();
    throw new Error(
      `Installed add-on has id ${addonId}, expected ${ADDON_ID}; the uuid pref would not apply.`,
    );
  }
  const extensionUrl = (p: string) => `moz-extension://${ADDON_UUID}/${p.replace(/^\//, '')}`;
  return {
    browser,
    addonId,
    userDataDir,
    extensionUrl,
    openExtensionPage: async (p) => {
      const page = await browser.newPage();
      await navigateWithoutEvents(page, extensionUrl(p));
      return page;
    },
    close: cleanup,
  };
}

interface BidiNavigable {
  navigate(url: string, wait?: 'none' | 'interactive' | 'complete'): Promise<void>;
}

/**
 * Navigates with the bare BiDi browsingContext.navigate command (which does report completion for
 * moz-extension:// pages), then confirms from inside the page that it is the one asked for.
 */
async function navigateWithoutEvents(page: Page, url: string, timeout = 15_000): Promise<void> {
  // Puppeteer's BiDi frame keeps its browsing context here; not public API, so fall back gracefully.
  const context = (page.mainFrame() as unknown as { browsingContext?: Partial<BidiNavigable> })
    .browsingContext;
  if (typeof context?.navigate === 'function') {
    await context.navigate(url, 'complete');
  } else {
    void page.goto(url, { timeout }).catch(() => undefined);
  }
  await page.waitForFunction(
    (expected: string) => location.href === expected && document.readyState === 'complete',
    { timeout, polling: 100 },
    url,
  );
  // A file missing from the add-on loads as an empty document rather than an error page.
  const empty = await page.evaluate(
    () => !document.head?.childElementCount && !document.body?.childElementCount,
  );
  if (empty) throw new Error(`${url} loaded as an empty document: is that file missing from the build?`);
}

/** A Puppeteer page as the suites' ReaderPage (Puppeteer's evaluate is generic over functions; suites send text). */
export function asReaderPage(
  page: Page,
): ReaderPage & { screenshot(options: { path: string }): Promise<unknown> } {
  return {
    evaluate: (expression: string) => page.evaluate(expression),
    callOnCardRoot: firefoxCaller(page),
    mouse: { move: (x, y) => page.mouse.move(x, y), click: (x, y) => page.mouse.click(x, y) },
    keyboard: { press: (key) => page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]) },
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
    screenshot: ({ path }: { path: string }) => page.screenshot({ path: path as `${string}.png` }),
  };
}
