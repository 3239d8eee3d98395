/**
 * Launches the system Chromium with the built extension loaded unpacked, in a persistent profile (extensions
 * need one). Nothing here reaches the network: every background service that would is switched off.
 */
import { access, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export interface ChromiumSession {
  context: BrowserContext;
  /** The extension's id (the host of its chrome-extension:// URLs). */
  extensionId: string;
  /** The profile directory; pass it back as `userDataDir` to relaunch with the same state. */
  userDataDir: string;
  /** `chrome-extension://<id>/<path>`. */
  extensionUrl(pathInExtension: string): string;
  /** Closes the browser; removes the profile unless it was passed in or `keepProfile` was set. */
  close(): Promise<void>;
}

export interface LaunchChromiumOptions {
  /** Reuse this profile (e.g. to test that state survives a restart). It is never deleted by close(). */
  userDataDir?: string;
  /** Keep a freshly created profile on close() so that a later launch can reuse it. */
  keepProfile?: boolean;
  /** Show the window (needs a DISPLAY). Defaults to headless. */
  headless?: boolean;
  /** Extra command-line switches. */
  args?: string[];
  viewport?: { width: number; height: number } | null;
  /** A phone: touch input (`page.tap()`, `page.touchscreen`) and mobile viewport rules. Pair with a narrow viewport. */
  touch?: boolean;
  /** Let Playwright close the browser on Ctrl-C/SIGTERM/SIGHUP (default true); false if the caller does. */
  handleSignals?: boolean;
}

/** Switches that keep Chromium off the network and quiet in CI. */
export const CHROMIUM_QUIET_FLAGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-sync',
  '--disable-quic',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--disable-breakpad',
  '--metrics-recording-only',
  '--password-store=basic',
  '--use-mock-keychain',
];

/** The Chromium binary: $CHROMIUM_PATH or Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** Throws an explanatory error if the Chromium binary is missing. */
export async function assertChromium(): Promise<string> {
  const executable = chromiumPath();
  try {
    await access(executable);
  } catch {
    throw new Error(
      `Chromium not found at ${executable}. Install it (as root: apt-get install chromium) ` +
        'or point CHROMIUM_PATH at a Chromium binary.',
    );
  }
  return executable;
}

async function assertBuilt(dir: string): Promise<void> {
  try {
    await access(path.join(dir, 'manifest.json'));
  } catch {
    throw new Error(`No built extension in ${dir} (manifest.json missing): run \`npm run build\` first.`);
  }
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** The extension's service worker, waiting for it to start if it has not yet. */
async function extensionWorker(context: BrowserContext, timeout = 30_000): Promise<Worker> {
  const isExtension = (worker: Worker) => worker.url().startsWith('chrome-extension://');
  const existing = context.serviceWorkers().find(isExtension);
  if (existing) return existing;
  return context.waitForEvent('serviceworker', { predicate: isExtension, timeout });
}

/** Launches Chromium with the unpacked extension in `extensionDir` (default `dist`). */
export async function launchChromium(
  extensionDir = 'dist',
  options: LaunchChromiumOptions = {},
): Promise<ChromiumSession> {
  const executablePath = await assertChromium();
  const absDir = path.resolve(extensionDir);
  await assertBuilt(absDir);
  const ownProfile = !options.userDataDir;
  const userDataDir = options.userDataDir ?? (await mkdtemp(path.join(tmpdir(), 'backstory-chromium-')));
  const args = [
    `--disable-extensions-except=${absDir}`,
    `--load-extension=${absDir}`,
    ...CHROMIUM_QUIET_FLAGS,
    ...(isRoot() ? ['--no-sandbox'] : []),
    ...(options.args ?? []),
  ];
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: options.headless ?? true,
      args,
      viewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
      ...(options.touch ? { hasTouch: true, isMobile: true } : {}),
      handleSIGINT: options.handleSignals ?? true,
      handleSIGTERM: options.handleSignals ?? true,
      handleSIGHUP: options.handleSignals ?? true,
      // Playwright's own default of --disable-extensions would defeat the point.
      ignoreDefaultArgs: ['--disable-extensions', '--disable-back-forward-cache'],
    });
  } catch (error) {
    if (ownProfile) await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
  try {
    const worker = await extensionWorker(context);
    const extensionId = new URL(worker.url()).host;
    return {
      context,
      extensionId,
      userDataDir,
      extensionUrl: (p) => `chrome-extension://${extensionId}/${p.replace(/^\//, '')}`,
      async close() {
        await context.close().catch(() => undefined);
        if (ownProfile && !options.keepProfile) await rm(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close().catch(() => undefined);
    if (ownProfile) await rm(userDataDir, { recursive: true, force: true });
    throw new Error(
      `Chromium started but the extension's service worker did not (is ${absDir} a valid build?): ${String(error)}`,
    );
  }
}

/**
 * Stops the extension's service worker as Chromium stops an idle one (after 30 s without events), and waits until
 * it has stopped: the next event for it starts it again, with nothing in memory. Without `via` it does so through a
 * blank tab, whose closing the background hears (tabs.onActivated, onRemoved): the worker starts again at once. To
 * have the next page's own request wake it, pass that page (already open, on about:blank): no tab opens or closes.
 */
export async function stopServiceWorker(session: ChromiumSession, via?: Page): Promise<void> {
  const blank = via ?? (await session.context.newPage());
  try {
    const cdp = await session.context.newCDPSession(blank);
    const stopped = new Promise<void>((resolve) =>
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        const ours = versions.filter((v) => v.scriptURL.startsWith(session.extensionUrl('')));
        if (ours.length > 0 && ours.every((v) => v.runningStatus === 'stopped')) resolve();
      }),
    );
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
    await cdp.detach();
  } finally {
    if (!via) await blank.close();
  }
}

/**
 * Stops the extension's service worker, then runs `action` and says whether the worker started again during it or
 * in the `settleMs` after: read from the DevTools protocol's service worker events through `page` (no tab is opened
 * or closed, which the background would hear), so a boot script that sends nothing can be seen to wake nothing.
 */
export async function workerStartsDuring(
  session: ChromiumSession,
  page: Page,
  action: () => Promise<void>,
  settleMs = 1500,
): Promise<boolean> {
  const cdp = await session.context.newCDPSession(page);
  try {
    let state: 'stopping' | 'stopped' | 'watching' = 'stopping';
    let started = false;
    let onStopped: () => void = () => undefined;
    const stopped = new Promise<void>((resolve) => (onStopped = resolve));
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      const ours = versions.filter((v) => v.scriptURL.startsWith(session.extensionUrl('')));
      if (ours.length === 0) return;
      if (state === 'stopping' && ours.every((v) => v.runningStatus === 'stopped')) {
        state = 'stopped';
        onStopped();
      } else if (state === 'watching' && ours.some((v) => v.runningStatus !== 'stopped')) started = true;
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
    state = 'watching';
    await action();
    await new Promise((resolve) => setTimeout(resolve, settleMs));
    return started;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
