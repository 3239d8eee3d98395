/**
 * The extension at the knowledge base's future sizes (issue #19): today's packs, and today's packs plus synthetic
 * entities in the shipped pack format up to 20,000 and 100,000 entities, each built into its own extension and
 * loaded on the seed fixture page in Chromium. Per size: the package's size, the service worker's start → first
 * reply, load event → highlights (worker stopped and running), card open → its description shown, and the
 * worker's heap. Today's data is the peer: every figure is printed beside it, measured in the same run.
 *
 * The synthetic entities look like the news knowledge base's (people with offices, parties, birth dates and
 * citizenship; parties with founding dates and headquarters; labels in four languages, aliases, a summary for one in
 * ten), with names made by generate.ts, so none of them is named in the seed article: what grows is the data.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CDPSession, Page, Worker } from 'playwright-core';
import { launchChromium, stopServiceWorker, type ChromiumSession } from '../../test/e2e/harness/chromium';
import { startFixtureServer } from '../../test/e2e/harness/server';
import { inPage } from '../../test/e2e/harness/reader';
import { inCard } from '../../test/e2e/harness/card-root';
import { generateAliases, prng } from './generate';
import { FLOOR_FIRST_REPLY, floorExtension } from './peer-extensions';
import { median } from './timing';
import {
  FIRST_ANSWER_STEPS,
  firstAnswerMark,
  type FirstAnswerStep,
} from '../../src/background/first-answer-marks';

const SEED_PAGE = 'seed-nl-2018-05-21.html';
/** A name of the seed article that every build links (the Yarmouk camp), hovered for the card. */
const HOVERED = 'Yarmouk';

export interface ScaleFigures {
  entities: number;
  distBytes: number;
  indexBytes: number;
  workerStartToFirstReplyMs: number;
  loadToHighlightsStoppedMs: number;
  loadToHighlightsRunningMs: number;
  cardOpenToDescriptionMs: number;
  workerHeapBytes: number | null;
  /** A woken worker's way to its first reply: each step's time since the worker started (first-answer-marks.ts). */
  firstAnswerSteps: Record<FirstAnswerStep, number>;
}

/**
 * The floor extension (peer-extensions.ts: its content script sends the text, its worker answers at once, one range is
 * painted) on the same page in the same run: what any extension that annotates in its worker pays at those steps.
 */
export interface FloorFigures {
  workerStartToFirstReplyMs: number;
  loadToHighlightsStoppedMs: number;
  loadToHighlightsRunningMs: number;
}

export interface ScaleBench {
  floor: FloorFigures;
  sizes: ScaleFigures[];
}

/** A version 2 pack of `count` synthetic entities: three people to a party. */
export function syntheticPack(count: number, seed = 19): object {
  const random = prng(seed);
  const names = generateAliases(count, seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const countries = ['netherlands', 'belgium', 'france', 'germany', 'united-kingdom', 'united-states'];
  const source = (name: string) =>
    `https://en.wikipedia.org/wiki/${encodeURIComponent(name.replace(/ /g, '_'))}`;
  const year = () => 1940 + Math.floor(random() * 60);
  const day = (y: number) =>
    `${y}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
  const parties: string[] = [];
  const entities = names.map((name, k) => {
    const id = `synthetic-${k}`;
    const url = source(name);
    const sources = [{ url, title: `Wikipedia (en): ${name}` }];
    const isParty = k % 4 === 0;
    const country = pick(countries);
    const surname = name.split(' ').at(-1)!;
    const summary = (text: string) =>
      k % 10 === 1 ? { summaries: { nl: text, en: text, fr: text, de: text } } : {};
    if (isParty) {
      parties.push(id);
      return {
        id,
        qid: null,
        type: 'organisation',
        labels: { nl: name, en: name, fr: name, de: name },
        aliases: { en: [{ text: name.toUpperCase().slice(0, 6), caseSensitive: true, anyLanguage: true }] },
        sources,
        reviewed: '2026-12-05',
        statements: [
          { property: 'instance-of', value: { entity: 'political-party' }, source: url },
          { property: 'country', value: { entity: country }, source: url },
          { property: 'founded', value: { date: day(year()) }, source: url },
          {
            property: 'led-by',
            value: { text: { nl: surname, en: surname, fr: surname, de: surname } },
            asOf: '2025-06',
            source: url,
          },
        ],
        ...summary(`${name} is a party founded long ago in a country of the bench, with a leader and seats.`),
      };
    }
    const born = year();
    const start = day(born + 30 + Math.floor(random() * 20));
    const party = parties.length > 0 ? pick(parties) : undefined;
    return {
      id,
      qid: null,
      type: 'person',
      labels: { nl: name, en: name, fr: name, de: name },
      aliases: { en: [{ text: surname, needsContext: true, anyLanguage: true }] },
      cues: { en: ['minister', 'party'], nl: ['minister', 'partij'] },
      sources,
      reviewed: '2026-12-05',
      related: party ? [party] : [],
      statements: [
        { property: 'occupation', value: { entity: 'politician' }, source: url },
        { property: 'sex-or-gender', value: { code: random() < 0.5 ? 'female' : 'male' }, source: url },
        { property: 'citizenship', value: { entity: country }, source: url },
        { property: 'born', value: { date: day(born) }, source: url },
        ...(party
          ? [{ property: 'member-of-party', value: { entity: party }, start, asOf: '2025-06', source: url }]
          : []),
        {
          property: 'position-held',
          value: { entity: 'synthetic-minister' },
          start,
          ...(random() < 0.5 ? { end: day(Number(start.slice(0, 4)) + 4) } : { asOf: '2025-06' }),
          source: url,
        },
      ],
      ...summary(`${name} is a politician of the bench who held a ministry for some years and led a party.`),
    };
  });
  return {
    format: 'backstory-pack',
    version: 2,
    id: 'synthetic',
    title: { nl: 'Synthetisch', en: 'Synthetic', fr: 'Synthétique', de: 'Synthetisch' },
    license: 'CC0-1.0',
    classes: [
      {
        id: 'synthetic-minister',
        qid: null,
        kind: 'office',
        labels: { nl: 'minister', en: 'minister', fr: 'ministre', de: 'Minister' },
        femaleLabels: { de: 'Ministerin' },
        gender: { nl: 'de', fr: 'm', de: 'm' },
      },
    ],
    entities,
  };
}

function directorySize(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? directorySize(full) : statSync(full).size;
  }
  return total;
}

/** Builds the extension from `packDir` into `outDir` (the normal Chromium build, other packs). */
function buildWith(packDir: string, outDir: string): void {
  execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--logLevel', 'error'], {
    env: { ...process.env, BACKSTORY_PACK_DIR: packDir },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/**
 * A main-world init script: records when the first Backstory highlight is registered (checked every frame) and the
 * longest task the main thread ran (tasks of 50 ms or more; 0 when there was none). Both page benches use it.
 */
export const WATCH_HIGHLIGHTS = `(() => {
  window.__backstoryLongestTask = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__backstoryLongestTask = Math.max(window.__backstoryLongestTask, entry.duration);
    }
  }).observe({ type: 'longtask', buffered: true });
  const check = () => {
    if (CSS.highlights.size > 0) {
      window.__backstoryHighlightsAt = performance.now();
    } else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

async function loadSeed(
  session: ChromiumSession,
  url: string,
  stoppedWorker: boolean,
): Promise<{ page: Page; afterLoad: number }> {
  const page = await session.context.newPage();
  // Stopped through the new tab itself: stopping it through another tab would wake it again when that closed, and
  // the page's request would find it started.
  if (stoppedWorker) await stopServiceWorker(session, page);
  await page.addInitScript(WATCH_HIGHLIGHTS);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => '__backstoryHighlightsAt' in window, null, { timeout: 30_000 });
  const afterLoad = await page.evaluate(
    () =>
      (window as unknown as { __backstoryHighlightsAt: number }).__backstoryHighlightsAt -
      (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
  );
  return { page, afterLoad };
}

/**
 * Time from the card opening (hovered, after the hover-intent delay) to its description showing: the card store's
 * read, which a card opened on a woken worker waits for.
 */
async function openToDescription(page: Page): Promise<number> {
  const rect = await inPage(
    page,
    (text: string) => {
      for (const [name, highlight] of CSS.highlights) {
        if (!/^[a-z]{11}$/.test(name)) continue; // ours (src/content/highlight-names.ts)
        for (const abstract of highlight as unknown as Iterable<AbstractRange>) {
          const range = abstract as Range;
          if (range.toString() !== text) continue;
          range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
          const box = range.getBoundingClientRect();
          return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
        }
      }
      return null;
    },
    HOVERED,
  );
  if (!rect) throw new Error(`scale bench: no highlighted "${HOVERED}" on the seed page`);
  // The card is in a closed shadow root: the page cannot watch it, so the bench polls it through the DevTools
  // protocol (test/e2e/harness/card-root.ts), stamping the page's clock each time; resolution is one poll (~2–5 ms).
  await page.mouse.move(rect.x, rect.y);
  let cardAt: number | undefined;
  const deadline = Date.now() + 30_000;
  let polls = 0;
  while (Date.now() < deadline) {
    // The first highlights come before the cards' script (decision 22): a pointer resting on the name since then
    // opens its card at its next move, as a reader's hand makes one.
    if (cardAt === undefined && ++polls % 100 === 0) {
      await page.mouse.move(rect.x + 1, rect.y);
      await page.mouse.move(rect.x, rect.y);
    }
    const seen = await inCard(page, (root) => ({
      now: performance.now(),
      card: !!root?.querySelector('[data-part="card"]'),
      description: !!root?.querySelector('[data-part="description"]')?.textContent?.trim(),
    }));
    if (seen.card) cardAt ??= seen.now;
    if (seen.description && cardAt !== undefined) return seen.now - cardAt;
  }
  throw new Error(`scale bench: the card of "${HOVERED}" showed no description within 30 s`);
}

function extensionWorker(session: ChromiumSession): Worker | undefined {
  return session.context.serviceWorkers().find((w) => w.url().startsWith(session.extensionUrl('')));
}

/** The worker's used JS heap after a collection, through the browser's DevTools protocol; null where refused. */
async function workerHeap(session: ChromiumSession, page: Page): Promise<number | null> {
  let cdp: CDPSession | undefined;
  try {
    cdp = await session.context.newCDPSession(page);
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: { targetId: string; type: string; url: string }[];
    };
    const target = targetInfos.find(
      (info) => info.type === 'service_worker' && info.url.startsWith(session.extensionUrl('')),
    );
    if (!target) return null;
    const { sessionId } = (await cdp.send('Target.attachToTarget', {
      targetId: target.targetId,
      flatten: false,
    })) as { sessionId: string };
    const replies = new Map<number, (result: unknown) => void>();
    cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
      if (event.sessionId !== sessionId) return;
      const message = JSON.parse(event.message) as { id?: number; result?: unknown };
      if (message.id !== undefined) replies.get(message.id)?.(message.result);
    });
    let nextId = 1;
    const send = (method: string) =>
      new Promise<unknown>((resolve, reject) => {
        const id = nextId++;
        replies.set(id, resolve);
        setTimeout(() => reject(new Error(`${method} timed out`)), 5000);
        void cdp!.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
      });
    await send('HeapProfiler.enable');
    await send('HeapProfiler.collectGarbage');
    const usage = (await send('Runtime.getHeapUsage')) as { usedSize: number };
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    return usage.usedSize;
  } catch {
    return null;
  } finally {
    await cdp?.detach().catch(() => undefined);
  }
}

async function measure(distDir: string, entities: number, runs: number): Promise<ScaleFigures> {
  const server = await startFixtureServer();
  const session = await launchChromium(distDir);
  const url = `${server.url}${SEED_PAGE}`;
  const samples: Omit<ScaleFigures, 'entities' | 'distBytes' | 'indexBytes'>[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const woken = await loadSeed(session, url, true);
      const hover = await openToDescription(woken.page);
      const worker = extensionWorker(session);
      const names = FIRST_ANSWER_STEPS.map(firstAnswerMark);
      const steps = worker
        ? await worker.evaluate(
            (marks) => marks.map((name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN),
            names,
          )
        : names.map(() => Number.NaN);
      const firstAnswerSteps = Object.fromEntries(
        FIRST_ANSWER_STEPS.map((step, k) => [step, steps[k] as number]),
      ) as Record<FirstAnswerStep, number>;
      const heap = await workerHeap(session, woken.page);
      await woken.page.close();
      const warm = await loadSeed(session, url, false);
      await warm.page.close();
      samples.push({
        workerStartToFirstReplyMs: firstAnswerSteps['first-reply'],
        firstAnswerSteps,
        loadToHighlightsStoppedMs: woken.afterLoad,
        loadToHighlightsRunningMs: warm.afterLoad,
        cardOpenToDescriptionMs: hover,
        workerHeapBytes: heap,
      });
    }
  } finally {
    await session.close();
    await server.close();
  }
  const median = (pick: (s: (typeof samples)[number]) => number | null) => medianOf(samples.map(pick));
  const heap = median((s) => s.workerHeapBytes);
  return {
    entities,
    distBytes: directorySize(distDir),
    indexBytes: statSync(path.join(distDir, 'data/index.bin')).size,
    workerStartToFirstReplyMs: median((s) => s.workerStartToFirstReplyMs),
    loadToHighlightsStoppedMs: median((s) => s.loadToHighlightsStoppedMs),
    loadToHighlightsRunningMs: median((s) => s.loadToHighlightsRunningMs),
    cardOpenToDescriptionMs: median((s) => s.cardOpenToDescriptionMs),
    workerHeapBytes: Number.isNaN(heap) ? null : heap,
    firstAnswerSteps: Object.fromEntries(
      FIRST_ANSWER_STEPS.map((step) => [step, median((s) => s.firstAnswerSteps[step])]),
    ) as Record<FirstAnswerStep, number>,
  };
}

async function measureFloor(runs: number): Promise<FloorFigures> {
  const dir = await floorExtension();
  const server = await startFixtureServer();
  const session = await launchChromium(dir);
  const url = `${server.url}${SEED_PAGE}`;
  const samples: FloorFigures[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const woken = await loadSeed(session, url, true);
      const reply = await extensionWorker(session)?.evaluate(
        (mark) => performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN,
        FLOOR_FIRST_REPLY,
      );
      await woken.page.close();
      const warm = await loadSeed(session, url, false);
      await warm.page.close();
      samples.push({
        workerStartToFirstReplyMs: reply ?? Number.NaN,
        loadToHighlightsStoppedMs: woken.afterLoad,
        loadToHighlightsRunningMs: warm.afterLoad,
      });
    }
  } finally {
    await session.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
  const median = (pick: (s: FloorFigures) => number) => medianOf(samples.map(pick));
  return {
    workerStartToFirstReplyMs: median((s) => s.workerStartToFirstReplyMs),
    loadToHighlightsStoppedMs: median((s) => s.loadToHighlightsStoppedMs),
    loadToHighlightsRunningMs: median((s) => s.loadToHighlightsRunningMs),
  };
}

/** The median of the figures measured (timing.ts's), NaN where none was (null or NaN: not measured). */
function medianOf(values: (number | null)[]): number {
  const measured = values.filter((v): v is number => v !== null && !Number.isNaN(v));
  return measured.length === 0 ? Number.NaN : median(measured);
}

/**
 * Builds and measures today's packs and the synthetic sizes (total entities, today's included), `runs` loads each;
 * `progress` hears each step.
 */
export async function runScaleBench(
  sizes: readonly number[],
  runs: number,
  progress: (line: string) => void,
): Promise<ScaleBench> {
  const work = await mkdtemp(path.join(tmpdir(), 'backstory-scale-'));
  try {
    progress('scale: measuring the floor extension in Chromium…');
    const floor = await measureFloor(runs);
    const bundled = readdirSync('assets/packs').filter((name) => name.endsWith('.json'));
    const today = bundled.reduce((sum, name) => {
      const pack = JSON.parse(readFileSync(path.join('assets/packs', name), 'utf8')) as {
        entities: unknown[];
      };
      return sum + pack.entities.length;
    }, 0);
    const results: ScaleFigures[] = [];
    for (const size of [0, ...sizes]) {
      const packDir = path.join(work, `packs-${size}`);
      mkdirSync(packDir, { recursive: true });
      for (const name of bundled) copyFileSync(path.join('assets/packs', name), path.join(packDir, name));
      if (size > today)
        writeFileSync(path.join(packDir, 'synthetic.json'), JSON.stringify(syntheticPack(size - today)));
      const distDir = path.join(work, `dist-${size}`);
      progress(`scale: building ${size === 0 ? `today's ${today}` : size} entities…`);
      buildWith(packDir, distDir);
      progress(`scale: measuring ${size === 0 ? today : size} entities in Chromium…`);
      results.push(await measure(distDir, size === 0 ? today : size, runs));
      await rm(distDir, { recursive: true, force: true });
    }
    return { floor, sizes: results };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

export function formatScaleBench({ floor, sizes: results }: ScaleBench, runs: number): string {
  const mb = (bytes: number | null) => (bytes === null ? 'n/a' : `${(bytes / 1024 / 1024).toFixed(1)} MB`);
  const ms = (value: number) => (Number.isNaN(value) ? 'n/a' : `${value.toFixed(0)} ms`);
  const lines = [
    `scale: the seed page in Chromium with today's data (first row, the peer) and synthetic larger data, median of ${runs}`,
    '  entities   dist/      index.bin  worker start→first reply  load→highlights (stopped / running)  card open→description  worker heap',
  ];
  lines.push(
    `  ${'floor'.padEnd(9)}  ${'–'.padEnd(9)}  ${'–'.padEnd(9)}  ${ms(floor.workerStartToFirstReplyMs).padEnd(24)}  ${`${ms(floor.loadToHighlightsStoppedMs)} / ${ms(floor.loadToHighlightsRunningMs)}`.padEnd(36)}  (the floor extension: sends the text, its worker answers at once, paints one range)`,
  );
  for (const r of results)
    lines.push(
      `  ${String(r.entities).padEnd(9)}  ${mb(r.distBytes).padEnd(9)}  ${mb(r.indexBytes).padEnd(9)}  ${ms(r.workerStartToFirstReplyMs).padEnd(24)}  ${`${ms(r.loadToHighlightsStoppedMs)} / ${ms(r.loadToHighlightsRunningMs)}`.padEnd(36)}  ${ms(r.cardOpenToDescriptionMs).padEnd(17)}  ${mb(r.workerHeapBytes)}`,
    );
  // The machine's speed moves between runs more than the code does; the floor ran the same code (decision 30).
  const times = (value: number, floorValue: number) =>
    Number.isNaN(value) || !(floorValue > 0) ? 'n/a' : `${(value / floorValue).toFixed(2)}×`;
  lines.push("scale: the same times as multiples of the floor extension's in this run (decision 30)");
  for (const r of results)
    lines.push(
      `  ${String(r.entities).padEnd(9)}  first reply ${times(r.workerStartToFirstReplyMs, floor.workerStartToFirstReplyMs).padEnd(7)}  load→highlights ${times(r.loadToHighlightsStoppedMs, floor.loadToHighlightsStoppedMs)} / ${times(r.loadToHighlightsRunningMs, floor.loadToHighlightsRunningMs)}`,
    );
  lines.push(
    `scale: a woken worker's way to its first reply, ms since it started (median of ${runs}): ${FIRST_ANSWER_STEPS.join(' → ')}`,
  );
  for (const r of results)
    lines.push(
      `  ${String(r.entities).padEnd(9)}  ${FIRST_ANSWER_STEPS.map((step) => ms(r.firstAnswerSteps[step]).padEnd(8)).join('  ')}`,
    );
  return lines.join('\n');
}
