/**
 * The engine in Chromium, where the extension runs it: our matcher (loaded from index.bin bytes), the regex peer and
 * the floor, each in a fresh page of the system Chromium, on the same generated names and article as the Node bench.
 * Node 20's V8 has no Maglev tier; Chromium's has, so a first call there is what a reader's first article costs.
 */
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_QUIET_FLAGS, chromiumPath } from '../../test/e2e/harness/chromium';
import { encodeIndex } from '../../src/core/engine/index-binary';
import { buildMatcherTables } from '../../src/core/scan/match';
import { compiledAliases, generateAliases, generateText } from './generate';
import type { PageResult } from './browser-entry';
import type { DuelResult } from './duel';

export interface BrowserEngineResult {
  aliases: number;
  articleChars: number;
  indexBytes: number;
  ours: PageResult;
  regex: PageResult | { failed: string };
  floor: PageResult;
  agree: boolean;
  /** Ours and the regex in one page, warm scans alternated (duel.ts), or why not. */
  duel: DuelResult | { failed: string };
}

/** The page-side code as one classic script that defines `BackstoryBench`. */
async function pageScript(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: 'scripts/bench/browser-entry.ts', formats: ['iife'], name: 'BackstoryBench' },
    },
  });
  const bundle = (Array.isArray(output) ? output[0] : output) as { output: { code?: string }[] };
  const code = bundle.output[0]?.code;
  if (!code) throw new Error('browser engine bench: the page script did not build');
  return code;
}

export async function benchEngineInChromium(
  size = 100_000,
  articleChars = 30_000,
  warmRuns = 30,
): Promise<BrowserEngineResult> {
  const aliases = generateAliases(size);
  const article = generateText(aliases, articleChars, 3);
  const compiled = compiledAliases(aliases);
  const bytes = encodeIndex({ aliases: compiled, cues: {} }, buildMatcherTables(compiled));
  const script = await pageScript();
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...CHROMIUM_QUIET_FLAGS, '--no-sandbox'],
  });
  try {
    // A fresh page per peer: its first call meets a cold JIT, as a reader's first article does.
    const inPage = async <T>(run: string, arg: unknown): Promise<T> => {
      const page = await browser.newPage();
      try {
        await page.addScriptTag({ content: script });
        return (await page.evaluate(
          ([name, value]) =>
            (window as unknown as Record<string, Record<string, (...a: unknown[]) => unknown>>)
              .BackstoryBench![name as string]!(...(value as unknown[])),
          [run, arg] as const,
        )) as T;
      } finally {
        await page.close();
      }
    };
    const ours = await inPage<PageResult>('ours', [Buffer.from(bytes).toString('base64'), article, warmRuns]);
    const regex = await inPage<PageResult>('regex', [aliases, article, warmRuns]).catch((error: Error) => ({
      failed: error.message.split('\n')[0]!.slice(0, 120),
    }));
    const floor = await inPage<PageResult>('floor', [article, warmRuns]);
    const duel = await inPage<DuelResult>('duel', [
      Buffer.from(bytes).toString('base64'),
      aliases,
      article,
      warmRuns * 4,
    ]).catch((error: Error) => ({ failed: error.message.split('\n')[0]!.slice(0, 120) }));
    return {
      aliases: size,
      articleChars: article.length,
      indexBytes: bytes.byteLength,
      ours,
      regex,
      floor,
      agree: !('failed' in regex) && regex.hash === ours.hash,
      duel,
    };
  } finally {
    await browser.close();
  }
}

export function formatBrowserEngine(result: BrowserEngineResult): string {
  const ms = (value: number) => value.toFixed(value >= 10 ? 1 : 2);
  const row = (name: string, r: PageResult | { failed: string }) =>
    'failed' in r
      ? `  ${name.padEnd(10)} failed: ${r.failed}`
      : `  ${name.padEnd(10)} ${ms(r.loadMs).padStart(9)} ${ms(r.firstCallMs).padStart(9)} ${ms(r.warmMs).padStart(8)}`;
  return [
    `engine in Chromium (${result.aliases.toLocaleString('en')} generated names, ${(result.articleChars / 1000).toFixed(0)} KB article, each peer in a fresh page) — match sets ${result.agree ? 'agree' : 'DIFFER'}`,
    `  ${'peer'.padEnd(10)} ${'load ms'.padStart(9)} ${'1st call'.padStart(9)} ${'warm ms'.padStart(8)}`,
    row('backstory', result.ours),
    row('regex', result.regex),
    row('floor', result.floor),
    'failed' in result.duel
      ? `  alternated in one page: failed: ${result.duel.failed}`
      : `  warm, alternated batch by batch in one page (${result.duel.rounds} rounds): ours ${ms(result.duel.oursMs)} ms, regex ${ms(result.duel.theirsMs)} ms — ours ${(result.duel.theirsMs / result.duel.oursMs).toFixed(2)}× the regex's throughput`,
  ].join('\n');
}
