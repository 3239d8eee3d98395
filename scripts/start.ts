/**
 * `npm start`: the demo. Builds the extension, serves the seed news page locally and opens it in Chromium with
 * the extension loaded.
 *
 * - With a DISPLAY: a real Chromium window; runs until the window is closed or Ctrl-C.
 * - Without one (CI, SSH): headless; waits for the highlights, rests the pointer on "Yarmouk" until the popover
 *   opens, saves build/start-popover.png and prints the highlighted names with their types.
 *
 * Options: --no-build (use the existing dist/), --extension DIR (load another unpacked build),
 * --page FILE (another page from test/fixtures/pages).
 */
import { inCard } from '../test/e2e/harness/card-root';
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { assertChromium, launchChromium, type ChromiumSession } from '../test/e2e/harness/chromium';
import {
  inPage,
  readHighlights,
  readPopover,
  readSidePanel,
  rectOfHighlight,
} from '../test/e2e/harness/reader';
import { startFixtureServer, type FixtureServer } from '../test/e2e/harness/server';

const SEED_PAGE = 'seed-nl-2018-05-21.html';
const PREFERRED_HOVER = 'Yarmouk';
const SCREENSHOT = path.resolve('build/start-popover.png');
const HIGHLIGHT_TIMEOUT_MS = 30_000;
const POPOVER_TIMEOUT_MS = 5_000;

const { values: options } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    extension: { type: 'string', default: 'dist' },
    page: { type: 'string', default: SEED_PAGE },
  },
});

function log(message: string): void {
  console.log(`[start] ${message}`);
}

function fail(message: string, code = 1): never {
  console.error(`[start] ${message}`);
  process.exit(code);
}

function run(command: string, args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function waitUntil<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs: number,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Headless: annotate, hover, screenshot, report. Returns the exit code. */
async function demoHeadless(session: ChromiumSession, url: string): Promise<number> {
  const page: Page = session.context.pages()[0] ?? (await session.context.newPage());
  await page.goto(url, { waitUntil: 'load' });
  log(`opened ${url}`);

  // Wait until the highlights have appeared and stopped changing.
  let previous = -1;
  const highlights = await waitUntil(
    () => inPage(page, readHighlights),
    (found) => {
      const settled = found.length > 0 && found.length === previous;
      previous = found.length;
      return settled;
    },
    HIGHLIGHT_TIMEOUT_MS,
  );
  if (highlights.length === 0) {
    await mkdir(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    console.error(`[start] screenshot of the page without highlights: ${SCREENSHOT}`);
    console.error(
      `[start] no highlights on the page after ${HIGHLIGHT_TIMEOUT_MS / 1000} s. Is the extension in ${options.extension} ` +
        'built and working? Look for "Backstory" warnings in the page console.',
    );
    return 1;
  }

  const target = highlights.find((h) => h.inArticle && h.text === PREFERRED_HOVER) ?? highlights[0]!;
  const rect = await inPage(page, rectOfHighlight, target.text, 0);
  let popoverOpened = false;
  if (rect) {
    await page.mouse.move(rect.centerX, rect.centerY);
    const state = await waitUntil(
      // As it opens (a glance), not with "More" pressed: the screenshot shows what a reader first sees.
      () => inCard(page, readPopover, false),
      (p) => p.open && p.description !== '',
      POPOVER_TIMEOUT_MS,
    );
    popoverOpened = state.open;
    if (popoverOpened)
      log(`popover open on "${target.text}": ${state.name} (${state.type}): ${state.description}`);
  }
  await mkdir(path.dirname(SCREENSHOT), { recursive: true });
  await page.screenshot({ path: SCREENSHOT });
  console.log(`Screenshot: ${SCREENSHOT}`);

  const inArticle = highlights.filter((h) => h.inArticle).length;
  const outside = highlights.filter((h) => !h.inArticle);
  // The side panel lists each entity once, as the reader sees it there.
  const panel = await session.context.newPage();
  await panel.goto(session.extensionUrl('src/sidepanel/index.html'));
  const entities = await waitUntil(
    () => inPage(panel, readSidePanel),
    (list) => list.length > 0,
    HIGHLIGHT_TIMEOUT_MS,
  );
  await panel.close();
  console.log(`Entities found: ${entities.length} (${inArticle} highlighted mentions in the article)`);
  for (const entity of entities) console.log(`  ${entity.name}  [${entity.type}]  ${entity.description}`);
  const names = [...new Set(highlights.filter((h) => h.inArticle).map((h) => h.text))];
  console.log(`Highlighted as: ${names.join(', ')}`);
  if (outside.length > 0)
    console.log(`Highlighted OUTSIDE the article (a bug): ${outside.map((h) => h.text).join(', ')}`);
  if (!popoverOpened) {
    return fail(
      `the popover did not open within ${POPOVER_TIMEOUT_MS / 1000} s of hovering "${target.text}".`,
    );
  }
  return 0;
}

/** Headed: show the page and wait for the reader to close the window or press Ctrl-C. */
async function demoHeaded(session: ChromiumSession, url: string): Promise<void> {
  const page = session.context.pages()[0] ?? (await session.context.newPage());
  await page.goto(url, { waitUntil: 'load' });
  log(`opened ${url}`);
  log('Rest the pointer on a highlighted name; the toolbar button has the on/off switch and the side panel.');
  log('Close the window or press Ctrl-C to stop.');
  await new Promise<void>((resolve) => session.context.once('close', () => resolve()));
  log('the browser was closed; bye.');
}

async function main(): Promise<number> {
  await assertChromium().catch((error: Error) => fail(error.message, 2));

  if (!options['no-build'] && options.extension === 'dist') {
    log('building the extension: npm run build');
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const code = await run(npm, ['run', 'build']);
    if (code !== 0) fail(`npm run build failed (exit ${code}).`, code);
  }

  const server: FixtureServer = await startFixtureServer();
  const url = new URL(options.page, server.url).href;
  const headed = !!process.env.DISPLAY;
  log(
    `serving test/fixtures/pages at ${server.url}; launching Chromium ${headed ? 'with a window' : 'headless'}`,
  );

  let session: ChromiumSession | undefined;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await session?.close().catch(() => undefined);
    await server.close().catch(() => undefined);
    process.exit(code);
  };
  process.once('SIGINT', () => void stop(130));
  process.once('SIGTERM', () => void stop(143));

  try {
    session = await launchChromium(options.extension, {
      headless: !headed,
      handleSignals: false,
      ...(headed && { viewport: null, args: ['--window-size=1280,900'] }),
    }).catch((error: Error) => {
      if (!headed) throw error;
      throw new Error(
        `${error.message.split('\n')[0]}\nCould not open a Chromium window on DISPLAY=${process.env.DISPLAY}. ` +
          'Unset DISPLAY (`DISPLAY= npm start`) to run the headless demo instead.',
      );
    });
    log(`extension ${session.extensionId} loaded from ${path.resolve(options.extension)}`);
    if (headed) {
      await demoHeaded(session, url);
      return 0;
    }
    return await demoHeadless(session, url);
  } finally {
    await session?.close().catch(() => undefined);
    await server.close().catch(() => undefined);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => fail(error instanceof Error ? error.message : String(error)),
);
