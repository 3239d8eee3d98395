/**
 * The engine comparison of `npm run bench`: on generated dictionaries of growing size and the same generated texts,
 * Backstory's matcher (built and serialised to index.bin bytes in a process of its own, as `npm run build:data`
 * does, and loaded from them) against one regular expression built from a trie and @monyone/aho-corasick, plus the floor (a loop that reads every character through a lookup table).
 * Each peer runs in its own child process (its own heap; a peer that cannot build in 60 s or 4 GB is reported as
 * such and killed, not waited for). All peers get the same files; their match sets are compared by hash.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateAliases, generateText } from './generate';
import { median, WARMUP_RUNS } from './timing';
import type { DuelResult } from './duel';
import type { PeerName, WorkerMode, WorkerResult } from './worker';

export interface EngineBenchOptions {
  sizes: number[];
  articleChars: number;
  newsChars: number;
  warmRuns: number;
  buildTimeoutMs: number;
  scanTimeoutMs: number;
  heapLimitMb: number;
  /** Fresh processes whose first call is timed, per peer and size: the table gives their median. */
  firstCallRuns: number;
}

export const FULL: EngineBenchOptions = {
  sizes: [1_000, 10_000, 100_000, 1_000_000],
  articleChars: 30_000,
  newsChars: 10_000_000,
  warmRuns: 30,
  buildTimeoutMs: 60_000,
  scanTimeoutMs: 120_000,
  heapLimitMb: 4096,
  firstCallRuns: 5,
};

export const QUICK: EngineBenchOptions = {
  ...FULL,
  sizes: [1_000, 10_000],
  newsChars: 1_000_000,
  warmRuns: 15,
  firstCallRuns: 3,
};

/** What a worker run came to: its result line, or why there is none. */
type Failure = 'build-timeout' | 'scan-timeout' | 'out-of-memory' | 'failed';
type Outcome<Result> =
  | ({ status: 'ok' } & Result)
  | {
      status: Failure;
      peer: WorkerMode;
      aliases: number;
      detail: string;
    };

export type PeerOutcome = Outcome<WorkerResult>;

/** The duel worker's result line (worker.ts). */
type DuelLine = DuelResult & { peer: 'duel'; aliases: number };

export interface SizeResult {
  aliases: number;
  articleChars: number;
  newsChars: number;
  peers: PeerOutcome[];
  /** Whether every peer that finished found exactly the same matches (article and news). */
  agree: boolean;
}

export interface EngineBenchResult {
  options: EngineBenchOptions;
  floor: PeerOutcome;
  sizes: SizeResult[];
  /**
   * Ours against the regex, warm scans alternated in one process, at the largest size the regex built (duel.ts);
   * null when it built at no size or the duel failed.
   */
  duel: (DuelResult & { aliases: number }) | null;
}

const PEERS: PeerName[] = ['backstory', 'regex', 'aho-corasick'];

function runWorker<Result>(
  peer: WorkerMode,
  files: { aliases: string; article: string; news: string },
  size: number,
  options: EngineBenchOptions,
  extent: string[] = [],
): Promise<Outcome<Result>> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        '--expose-gc',
        `--max-old-space-size=${options.heapLimitMb}`,
        '--import',
        'tsx',
        'scripts/bench/worker.ts',
        peer,
        files.aliases,
        files.article,
        files.news,
        String(options.warmRuns),
        ...extent,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    let built = false;
    let outcome: Outcome<Result> | undefined;
    const fail = (status: Failure, detail: string) => {
      outcome ??= { status, peer, aliases: size, detail };
      child.kill('SIGKILL');
    };
    // Ours must build at every size (that is the claim), so it gets five times the peers' limit; the time is reported.
    const buildTimeoutMs = options.buildTimeoutMs * (peer === 'backstory' ? 5 : 1);
    let timer = setTimeout(
      () => fail('build-timeout', `no index after ${buildTimeoutMs / 1000} s`),
      buildTimeoutMs,
    );
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (!built && stdout.includes('built\n')) {
        built = true;
        clearTimeout(timer);
        timer = setTimeout(
          () => fail('scan-timeout', `scans not done ${options.scanTimeoutMs / 1000} s after build`),
          options.scanTimeoutMs,
        );
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 4000) stderr += chunk.toString();
    });
    child.on('close', () => {
      clearTimeout(timer);
      const line = stdout.split('\n').find((l) => l.startsWith('RESULT '));
      if (outcome) resolve(outcome);
      else if (line) resolve({ status: 'ok', ...(JSON.parse(line.slice(7)) as Result) });
      else if (/heap out of memory|Allocation failed/i.test(stderr))
        resolve({
          status: 'out-of-memory',
          peer,
          aliases: size,
          detail: `over ${options.heapLimitMb} MB of heap`,
        });
      else resolve({ status: 'failed', peer, aliases: size, detail: firstErrorLine(stderr) });
    });
  });
}

function firstErrorLine(stderr: string): string {
  const line = stderr.split('\n').find((l) => /Error|error:/.test(l)) ?? stderr.split('\n')[0] ?? '';
  // A regex error quotes the whole pattern (megabytes): keep the name and the reason at the end.
  const regex = /^(.*Invalid regular expression: )\/.*\/[a-z]*: (.*)$/.exec(line);
  return regex ? `${regex[1]}…: ${regex[2]}` : line.slice(0, 200);
}

/**
 * A cold first call is one sample per process, and on a shared machine one sample can be twice another: more fresh
 * processes take one each (the worker's `first-call-only` runs), and the peer's first call becomes their median.
 */
async function sampleFirstCalls(
  result: WorkerResult,
  files: { aliases: string; article: string; news: string },
  size: number,
  options: EngineBenchOptions,
): Promise<void> {
  const samples = [result.firstCallMs];
  for (let k = 1; k < options.firstCallRuns; k++) {
    const sample = await runWorker<{ firstCallMs: number }>(result.peer, files, size, options, [
      'first-call-only',
    ]);
    if (sample.status === 'ok') samples.push(sample.firstCallMs);
  }
  result.firstCallSamples = samples;
  result.firstCallMs = median(samples);
}

/** Runs the comparison; `log` gets progress lines (stderr in --json mode). */
export async function runEngineBench(
  options: EngineBenchOptions,
  log: (line: string) => void,
): Promise<EngineBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-bench-'));
  try {
    const largest = Math.max(...options.sizes);
    log(`generating ${largest.toLocaleString('en')} names…`);
    const allAliases = generateAliases(largest);
    const sizes: SizeResult[] = [];
    let floor: PeerOutcome | undefined;
    let duelFiles: { files: { aliases: string; article: string; news: string }; size: number } | undefined;
    for (const size of options.sizes) {
      const aliases = allAliases.slice(0, size);
      const files = {
        aliases: join(dir, `aliases-${size}.txt`),
        article: join(dir, `article-${size}.txt`),
        news: join(dir, `news-${size}.txt`),
      };
      writeFileSync(files.aliases, aliases.join('\n'));
      const article = generateText(aliases, options.articleChars, 3);
      const news = generateText(aliases, options.newsChars, 4);
      writeFileSync(files.article, article);
      writeFileSync(files.news, news);
      floor ??= await runWorker<WorkerResult>('floor', files, 0, options);
      const peers: PeerOutcome[] = [];
      for (const peer of PEERS) {
        log(`  ${size.toLocaleString('en')} names: ${peer}…`);
        const outcome = await runWorker<WorkerResult>(peer, files, size, options);
        if (outcome.status === 'ok') await sampleFirstCalls(outcome, files, size, options);
        peers.push(outcome);
      }
      const done = peers.filter((p): p is Extract<PeerOutcome, { status: 'ok' }> => p.status === 'ok');
      const agree = done.every(
        (p) => p.articleHash === done[0]!.articleHash && p.newsHash === done[0]!.newsHash,
      );
      sizes.push({ aliases: size, articleChars: article.length, newsChars: news.length, peers, agree });
      if (peers.some((p) => p.peer === 'regex' && p.status === 'ok')) duelFiles = { files, size };
    }
    let duel: EngineBenchResult['duel'] = null;
    if (duelFiles) {
      log(`  ${duelFiles.size.toLocaleString('en')} names: ours and the regex, alternated…`);
      const outcome = await runWorker<DuelLine>('duel', duelFiles.files, duelFiles.size, options);
      if (outcome.status === 'ok') duel = outcome;
    }
    return { options, floor: floor!, sizes, duel };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const ms = (value: number) =>
  value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
const mb = (bytes: number | null) => (bytes === null ? '—' : (bytes / 1024 / 1024).toFixed(2));

/** The result as a table for humans. */
export function formatEngineBench(result: EngineBenchResult): string {
  const lines: string[] = [];
  const { floor } = result;
  const article = `${(result.options.articleChars / 1000).toFixed(0)} KB article`;
  const news = `${(result.options.newsChars / 1e6).toFixed(0)} MB news`;
  lines.push(
    `engine vs peers (generated names; ${article}; ${news}; each peer in its own process; 1st call: median of ` +
      `${result.options.firstCallRuns} fresh processes; warm: median of ${result.options.warmRuns} scans after ` +
      `${WARMUP_RUNS})`,
  );
  if (floor.status === 'ok')
    lines.push(
      `  floor (read every char through a table): ${floor.newsMBps.toFixed(0)} MB/s; ${ms(floor.warmMs)} ms per article`,
    );
  const header = [
    'peer'.padEnd(13),
    'build ms'.padStart(9),
    'index MB'.padStart(9),
    'load ms'.padStart(8),
    '1st call'.padStart(9),
    'warm ms'.padStart(8),
    'news MB/s'.padStart(10),
    'matches art/news'.padStart(17),
    'heap MB'.padStart(8),
    'in use'.padStart(7),
    'RSS MB'.padStart(7),
  ].join(' ');
  for (const size of result.sizes) {
    lines.push('');
    lines.push(
      `  ${size.aliases.toLocaleString('en')} names — match sets ${size.agree ? 'agree' : 'DIFFER'}`,
    );
    lines.push(`  ${header}`);
    for (const peer of size.peers) {
      if (peer.status !== 'ok') {
        lines.push(`  ${peer.peer.padEnd(13)} ${peer.status}: ${peer.detail}`);
        continue;
      }
      lines.push(
        `  ${[
          peer.peer.padEnd(13),
          ms(peer.buildMs).padStart(9),
          mb(peer.indexBytes).padStart(9),
          ms(peer.loadMs).padStart(8),
          ms(peer.firstCallMs).padStart(9),
          ms(peer.warmMs).padStart(8),
          peer.newsMBps.toFixed(1).padStart(10),
          `${peer.articleMatches}/${peer.newsMatches}`.padStart(17),
          mb(peer.retainedBytes).padStart(8),
          mb(peer.inUseBytes).padStart(7),
          mb(peer.maxRssBytes).padStart(7),
        ].join(' ')}`,
      );
      if (peer.warmVariantsMs !== undefined)
        lines.push(
          `  ${''.padEnd(13)} (with transliteration variants and inflections: warm ${ms(peer.warmVariantsMs)} ms)`,
        );
    }
  }
  const { duel } = result;
  if (duel) {
    lines.push('');
    lines.push(
      `  warm, alternated scan by scan in one process (${duel.aliases.toLocaleString('en')} names, ${duel.rounds} rounds): ` +
        `ours ${ms(duel.oursMs)} ms, regex ${ms(duel.theirsMs)} ms — ours ${(duel.theirsMs / duel.oursMs).toFixed(2)}× the regex's throughput`,
    );
  }
  return lines.join('\n');
}
