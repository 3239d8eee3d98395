/**
 * `npm run bench [-- --quick] [-- --json] [-- --no-browser] [-- --page-only] [-- --scale-only]`: figures, not assertions. Each figure is printed beside
 * a peer measured in the same run, so a slow machine slows both:
 *  - engine vs peers (scripts/bench/engine.ts): our matcher against one trie-built regular expression and
 *    @monyone/aho-corasick, plus a floor, on 1k…1M generated names (--quick: 1k and 10k, 1 MB of news);
 *  - the same engine, regex and floor in Chromium (scripts/bench/browser-engine.ts), where the extension runs them:
 *    100,000 names (--quick: 10,000), each in a fresh page;
 *  - Wikidata import (scripts/bench/import.ts): `npm run import:wikidata` on a synthetic dump of 1,000,000 lines
 *    (--quick: 100,000), the scan on DuckDB against readline + JSON.parse, lines per second and peak RSS;
 *  - engine: annotating the seed article with the bundled packs, against a naive peer (one case-insensitive
 *    regular expression of every alias, the usual first implementation);
 *  - scale (scripts/bench/scale.ts): today's packs and synthetic packs of 20,000 and 100,000 entities (--quick:
 *    20,000), each built into an extension and loaded on the seed fixture in Chromium: package size, worker start →
 *    first reply, load → highlights with the worker stopped and running, card open → description, worker heap;
 *  - page: on the seed fixture in Chromium, from navigation start to highlights painted, against the page's
 *    own load event (without extensions, with one empty content script, with ours), also with a service worker
 *    that was stopped (as Chromium stops an idle one) and so starts with the page's request; and the page's JS heap
 *    with and without the extension.
 */
import { readFileSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { createAnnotator } from '../src/core/engine/reference';
import { regexPeer } from './bench/peers';
import { chromium } from 'playwright-core';
import {
  CHROMIUM_QUIET_FLAGS,
  chromiumPath,
  launchChromium,
  stopServiceWorker,
} from '../test/e2e/harness/chromium';
import { startFixtureServer } from '../test/e2e/harness/server';
import { FULL, QUICK, formatEngineBench, runEngineBench } from './bench/engine';
import { benchEngineInChromium, formatBrowserEngine } from './bench/browser-engine';
import { IMPORT_FULL, IMPORT_QUICK, formatImportBench, runImportBench } from './bench/import';
import { loadAndCompilePacks } from './lib/packs';
import { formatScaleBench, runScaleBench, WATCH_HIGHLIGHTS } from './bench/scale';
import {
  emptyContentScriptExtension,
  floorExtension,
  readingContentScriptExtension,
} from './bench/peer-extensions';

const ARGS = process.argv.slice(2);
const JSON_OUTPUT = ARGS.includes('--json');
/** Everything for humans goes to stderr in --json mode, so stdout is one JSON object. */
const say = (line: string) => (JSON_OUTPUT ? process.stderr.write(`${line}\n`) : console.log(line));

const SEED_TEXT = readFileSync('test/fixtures/articles/article-nl-2018-05-21.txt', 'utf8');
const ENGINE_RUNS = 2000;
const PAGE_RUNS = 9;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timeRuns(runs: number, work: () => unknown): number[] {
  for (let i = 0; i < Math.min(50, runs); i++) work(); // warm up the JIT
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return times;
}

function benchEngine(): Record<string, number> | null {
  const startBuild = performance.now();
  const { index, errors } = loadAndCompilePacks();
  if (!index) {
    say(`engine on the seed article: skipped, the bundled packs are invalid (${errors.length} errors)`);
    return null;
  }
  const compileMs = performance.now() - startBuild;
  const startAnnotator = performance.now();
  const annotator = createAnnotator(index);
  const annotatorMs = performance.now() - startAnnotator;
  // The same trie-built regular expression the generated-dictionary bench uses as its peer.
  const peer = regexPeer(index.aliases.map((alias) => alias.text));
  const ours = median(timeRuns(ENGINE_RUNS, () => annotator.annotate(SEED_TEXT, { language: 'nl' })));
  const theirs = median(timeRuns(ENGINE_RUNS, () => peer.scan(SEED_TEXT)));
  const kb = (SEED_TEXT.length / 1024).toFixed(1);
  say(`engine (${index.aliases.length} names, seed article ${kb} KB, median of ${ENGINE_RUNS})`);
  say(`  compile packs            ${compileMs.toFixed(1)} ms`);
  say(`  build annotator          ${annotatorMs.toFixed(2)} ms`);
  say(`  annotate seed: Backstory ${(ours * 1000).toFixed(0)} µs (links, resolves, disambiguates)`);
  say(`  annotate seed: regex     ${(theirs * 1000).toFixed(0)} µs (one trie-built regex, matches only)`);
  return { names: index.aliases.length, compileMs, annotatorMs, annotateSeedMs: ours, regexSeedMs: theirs };
}

interface PageTimes {
  load: number;
  /** The end of DOMContentLoaded, when Chromium runs content scripts declared for document_end. */
  contentScripts: number;
  highlights: number;
  /** The longest task on the page's main thread (content script included), from the Long Tasks API. */
  longestTask: number;
  heapBytes: number;
}

/** The seed, and the long read: the longest article of the fixtures. */
const PAGES = ['seed-nl-2018-05-21.html', 'en-2025-06-14-longread-yarmouk-return.html'];
/**
 * The heaviest pages of issue #22's hostile corpus (test/fixtures/pages/hostile/): the longest main-thread task with
 * and without the extension, the page's own work included (200,000 JSON-LD items; 5,000 mentions; 200,000 elements and a 2 MB text node).
 */
const HEAVY_PAGES = ['hostile/huge-jsonld.html', 'hostile/many-mentions.html', 'hostile/deep-dom.html'];
const HEAVY_RUNS = 5;
/** After the first highlights, how long a heavy page's later slices may take to paint (long tasks are still seen). */
const HEAVY_SETTLE_MS = 1_500;
/** A search-results page: the extension's boot script runs there and finds no article. */
const NO_ARTICLE_PAGE = 'nl-2025-05-14-zoekresultaten.html';

async function benchPage(): Promise<Record<string, Record<string, number>>> {
  const server = await startFixtureServer();
  const session = await launchChromium('dist');
  const emptyDir = await emptyContentScriptExtension();
  const empty = await launchChromium(emptyDir);
  const readingDir = await readingContentScriptExtension();
  const reading = await launchChromium(readingDir);
  const floorDir = await floorExtension();
  const floor = await launchChromium(floorDir);
  const bareBrowser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...CHROMIUM_QUIET_FLAGS, '--no-sandbox'],
  });
  const bare = await bareBrowser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const measure = async (
      url: string,
      withExtension: boolean,
      context = withExtension ? session.context : bare,
      settleMs = 0,
      stoppedWorker = false,
      owner = session,
    ): Promise<PageTimes> => {
      const page = await context.newPage();
      // Stopped through the new tab itself: stopping it through another tab would wake it again when that closed.
      if (stoppedWorker) await stopServiceWorker(owner, page);
      await page.addInitScript(WATCH_HIGHLIGHTS);
      await page.goto(url, { waitUntil: 'load' });
      if (withExtension)
        await page.waitForFunction(() => '__backstoryHighlightsAt' in window, null, { timeout: 10_000 });
      else await page.waitForTimeout(300);
      if (settleMs > 0) await page.waitForTimeout(settleMs);
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
      const times = await page.evaluate(() => ({
        load: (window.performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
          .loadEventEnd,
        // Where content scripts declared for document_end start, ours and the floor's alike.
        contentScripts: (window.performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
          .domContentLoadedEventEnd,
        highlights:
          (window as unknown as { __backstoryHighlightsAt?: number }).__backstoryHighlightsAt ?? NaN,
        longestTask: (window as unknown as { __backstoryLongestTask?: number }).__backstoryLongestTask ?? NaN,
      }));
      await page.close();
      return { ...times, heapBytes: heap.usedSize };
    };
    const results: Record<string, Record<string, number>> = {};
    for (const name of PAGES) {
      const url = `${server.url}${name}`;
      const withExt: PageTimes[] = [];
      const without: PageTimes[] = [];
      const withEmpty: PageTimes[] = [];
      const woken: PageTimes[] = [];
      const floorRunning: PageTimes[] = [];
      const floorWoken: PageTimes[] = [];
      for (let i = 0; i < PAGE_RUNS; i++) {
        withExt.push(await measure(url, true));
        without.push(await measure(url, false));
        withEmpty.push(await measure(url, false, empty.context));
        // As after 30 s without events, when Chromium stops the worker: the page's request starts it again.
        woken.push(await measure(url, true, session.context, 0, true));
        floorRunning.push(await measure(url, true, floor.context));
        floorWoken.push(await measure(url, true, floor.context, 0, true, floor));
      }
      const med = (list: PageTimes[], pick: (t: PageTimes) => number) => median(list.map(pick));
      const ms = (v: number) => `${v.toFixed(0)} ms`;
      const mb = (v: number) => `${(v / 1024 / 1024).toFixed(2)} MB`;
      say(
        `page ${name} in Chromium, median of ${PAGE_RUNS} loads (peer: the same page without the extension)`,
      );
      say(
        `  load event                    ${ms(med(without, (t) => t.load))} without, ${ms(med(withEmpty, (t) => t.load))} with an empty content script, ${ms(med(withExt, (t) => t.load))} with`,
      );
      say(
        `  highlights painted            ${ms(med(withExt, (t) => t.highlights))} after navigation start, ${ms(med(withExt, (t) => t.highlights - t.load))} after the load event (the floor extension's: ${ms(med(floorRunning, (t) => t.highlights - t.load))})`,
      );
      say(
        `  … after a stopped worker      ${ms(med(woken, (t) => t.highlights - t.load))} after the load event (the page's request wakes it; the floor extension's: ${ms(med(floorWoken, (t) => t.highlights - t.load))})`,
      );
      const fromStart = (t: PageTimes) => t.highlights - t.contentScripts;
      const ratio = (ours: PageTimes[], peer: PageTimes[]) =>
        `${(med(ours, fromStart) / med(peer, fromStart)).toFixed(2)}×`;
      say(
        `  content script → highlights   ${ms(med(withExt, fromStart))} ours, ${ms(med(floorRunning, fromStart))} the floor extension's (${ratio(withExt, floorRunning)}) with a running worker; ${ms(med(woken, fromStart))} and ${ms(med(floorWoken, fromStart))} (${ratio(woken, floorWoken)}) with a stopped one`,
      );
      say(
        `  longest main-thread task      ${ms(med(without, (t) => t.longestTask))} without, ${ms(med(withExt, (t) => t.longestTask))} with (0: none of 50 ms or more)`,
      );
      say(
        `  renderer JS heap              ${mb(med(without, (t) => t.heapBytes))} without, ${mb(med(withExt, (t) => t.heapBytes))} with (page and content script)`,
      );
      results[name] = {
        loadNoExtensionMs: med(without, (t) => t.load),
        loadWithEmptyContentScriptMs: med(withEmpty, (t) => t.load),
        loadWithExtensionMs: med(withExt, (t) => t.load),
        highlightsMs: med(withExt, (t) => t.highlights),
        highlightsAfterLoadMs: med(withExt, (t) => t.highlights - t.load),
        highlightsWokenWorkerAfterLoadMs: med(woken, (t) => t.highlights - t.load),
        floorHighlightsAfterLoadMs: med(floorRunning, (t) => t.highlights - t.load),
        floorHighlightsWokenWorkerAfterLoadMs: med(floorWoken, (t) => t.highlights - t.load),
        contentScriptToHighlightsMs: med(withExt, fromStart),
        contentScriptToHighlightsFloorMs: med(floorRunning, fromStart),
        contentScriptToHighlightsWokenMs: med(woken, fromStart),
        contentScriptToHighlightsWokenFloorMs: med(floorWoken, fromStart),
        longestTaskNoExtensionMs: med(without, (t) => t.longestTask),
        longestTaskWithExtensionMs: med(withExt, (t) => t.longestTask),
        heapNoExtensionBytes: med(without, (t) => t.heapBytes),
        heapWithExtensionBytes: med(withExt, (t) => t.heapBytes),
      };
    }
    for (const name of HEAVY_PAGES) {
      const url = `${server.url}${name}`;
      const withExt: number[] = [];
      const without: number[] = [];
      for (let i = 0; i < HEAVY_RUNS; i++) {
        withExt.push((await measure(url, true, session.context, HEAVY_SETTLE_MS)).longestTask);
        without.push((await measure(url, false, bare, HEAVY_SETTLE_MS)).longestTask);
      }
      say(`page ${name} (hostile corpus) in Chromium, median of ${HEAVY_RUNS} loads`);
      say(
        `  longest main-thread task      ${median(without).toFixed(0)} ms without, ${median(withExt).toFixed(0)} ms with (0: none of 50 ms or more; the page's own work included)`,
      );
      results[name] = {
        longestTaskNoExtensionMs: median(without),
        longestTaskWithExtensionMs: median(withExt),
      };
    }
    // A page without an article: what our boot script costs there, beside an empty content script and no
    // extension. ScriptDuration is the main thread's JavaScript time in the page's process (content scripts too).
    const scriptTime = async (context: typeof bare): Promise<number> => {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await page.goto(`${server.url}${NO_ARTICLE_PAGE}`, { waitUntil: 'load' });
      await page.waitForTimeout(300);
      const { metrics } = (await cdp.send('Performance.getMetrics')) as {
        metrics: { name: string; value: number }[];
      };
      await page.close();
      return (metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? Number.NaN) * 1000;
    };
    const noArticle = {
      without: [] as number[],
      empty: [] as number[],
      reading: [] as number[],
      ours: [] as number[],
    };
    for (let i = 0; i < PAGE_RUNS; i++) {
      noArticle.without.push(await scriptTime(bare));
      noArticle.empty.push(await scriptTime(empty.context));
      noArticle.reading.push(await scriptTime(reading.context));
      noArticle.ours.push(await scriptTime(session.context));
    }
    const bootBytes = statSync('dist/src/content/boot.js').size;
    say(`page ${NO_ARTICLE_PAGE} (no article) in Chromium, median of ${PAGE_RUNS} loads`);
    say(
      `  main-thread script time       ${median(noArticle.without).toFixed(2)} ms without, ${median(noArticle.empty).toFixed(2)} ms with an empty content script, ${median(noArticle.reading).toFixed(2)} ms with one that reads the paragraphs, ${median(noArticle.ours).toFixed(2)} ms with ours`,
    );
    say(
      `  script on every page          ${(bootBytes / 1024).toFixed(1)} KB (the boot script; the article script ${(statSync('dist/src/content/main.js').size / 1024).toFixed(0)} KB only on articles)`,
    );
    results[NO_ARTICLE_PAGE] = {
      scriptNoExtensionMs: median(noArticle.without),
      scriptEmptyContentScriptMs: median(noArticle.empty),
      scriptReadingContentScriptMs: median(noArticle.reading),
      scriptWithExtensionMs: median(noArticle.ours),
      bootScriptBytes: bootBytes,
    };
    return results;
  } finally {
    await session.close();
    await empty.close();
    await rm(emptyDir, { recursive: true, force: true });
    await reading.close();
    await rm(readingDir, { recursive: true, force: true });
    await floor.close();
    await rm(floorDir, { recursive: true, force: true });
    await bareBrowser.close();
    await server.close();
  }
}

// --page-only: just the page bench, for work on the content script; --scale-only: the scale and page benches, the
// figures of issue #19's budgets, for work on the background.
const PAGE_ONLY = ARGS.includes('--page-only');
const SCALE_ONLY = ARGS.includes('--scale-only');
const seed = PAGE_ONLY ? null : benchEngine();
say('');
const peers =
  PAGE_ONLY || SCALE_ONLY
    ? null
    : await runEngineBench(ARGS.includes('--quick') ? QUICK : FULL, (line) =>
        process.stderr.write(`${line}\n`),
      );
if (peers) say(formatEngineBench(peers));
say('');
const importBench =
  PAGE_ONLY || SCALE_ONLY
    ? null
    : await runImportBench(ARGS.includes('--quick') ? IMPORT_QUICK : IMPORT_FULL, (line) =>
        process.stderr.write(`${line}\n`),
      );
if (importBench) {
  say(formatImportBench(importBench));
  say('');
}
const browserEngine =
  ARGS.includes('--no-browser') || PAGE_ONLY || SCALE_ONLY
    ? null
    : await benchEngineInChromium(ARGS.includes('--quick') ? 10_000 : 100_000);
if (browserEngine) {
  say(formatBrowserEngine(browserEngine));
  say('');
}
const SCALE_RUNS = ARGS.includes('--quick') ? 1 : 3;
const scale =
  ARGS.includes('--no-browser') || PAGE_ONLY
    ? null
    : await runScaleBench(ARGS.includes('--quick') ? [20_000] : [20_000, 100_000], SCALE_RUNS, (line) =>
        process.stderr.write(`${line}\n`),
      );
if (scale) {
  say(formatScaleBench(scale, SCALE_RUNS));
  say('');
}
const page = ARGS.includes('--no-browser') ? null : await benchPage();
if (JSON_OUTPUT)
  process.stdout.write(`${JSON.stringify({ seed, peers, importBench, browserEngine, scale, page })}\n`);
