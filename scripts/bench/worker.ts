/**
 * One peer at one dictionary size, in its own process (so its heap is its own and a peer that blows up takes only
 * itself down). Reads the inputs the parent wrote, prints progress lines and then one JSON result line:
 *   node --expose-gc --import tsx scripts/bench/worker.ts <peer> <aliases file> <article file> <news file>
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { matcherFromBytes } from '../../src/core/engine/from-bytes';
import { encodeIndex, indexBuffer } from '../../src/core/engine/index-binary';
import { buildMatcherTables, type Matcher } from '../../src/core/scan/match';
import { compiledAliases } from './generate';
import { warmDuel } from './duel';
import { median, time, WARMUP_RUNS } from './timing';
import {
  ahoCorasickPeer,
  floorScan,
  hashSpans,
  leftmostLongest,
  ourPeer,
  regexPeer,
  type Peer,
} from './peers';

export type PeerName = 'backstory' | 'regex' | 'aho-corasick' | 'floor';
/** The worker's last argument for a run that only takes another sample of the first call (engine.ts passes it). */
const FIRST_CALL_ONLY = 'first-call-only';
/**
 * Not peers: ours and the regex in one process, warm scans alternated (duel.ts); and the build of our index, on its
 * own (as `npm run build:data` makes index.bin), for the backstory worker to load.
 */
export type WorkerMode = PeerName | 'duel' | 'backstory-index';

/** What one worker reports; times in ms, sizes in bytes. */
export interface WorkerResult {
  peer: PeerName;
  aliases: number;
  buildMs: number;
  /** The serialised index (ours: index.bin; regex: its source in UTF-16), or null when the peer has none. */
  indexBytes: number | null;
  /** From bytes (or alias strings, for peers that can only build) to ready to scan. */
  loadMs: number;
  firstCallMs: number;
  warmMs: number;
  /** Every sample of the first call, each in a fresh process: firstCallMs is their median (engine.ts). */
  firstCallSamples?: number[];
  /** Ours only: the article scanned with transliteration variants and inflections on. */
  warmVariantsMs?: number;
  newsMs: number;
  newsMBps: number;
  articleMatches: number;
  articleHash: string;
  newsMatches: number;
  newsHash: string;
  /** Heap + array buffers held after loading, after a full GC: what the index costs to keep. */
  retainedBytes: number;
  /**
   * The same after the peer has scanned the article and the news: what it costs to keep once used. A regular
   * expression compiles its matcher on first use, and our alias table decodes the aliases an article touched.
   */
  inUseBytes: number;
  /** Peak resident set of the whole process. */
  maxRssBytes: number;
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
/**
 * Lets V8 finish freeing what was dropped before counting: array buffers are swept on another thread after a GC,
 * so a count taken straight after building still includes the builder's freed typed arrays.
 */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
const heldBytes = async () => {
  // Twice: a large freed buffer (the 10 MB news scan's) can still be counted after one collection and 50 ms.
  for (let k = 0; k < 2; k++) {
    gc();
    await settle();
  }
  // `external` counts array buffers and WebAssembly memories (ours holds the index and the scan's arrays there).
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.external;
};

/**
 * Runs the bench's own code once before the baseline, so that its compiled code counts for no peer: the regex at
 * 1,000 names seemed to hold 0.5 MB, most of it this file's and peers.ts's code.
 */
function warmHarness(): void {
  for (let k = 0; k < 3; k++) {
    const [spans] = time(() => [4, 9, 0, 3, 4, 7]);
    hashSpans(leftmostLongest(spans));
    median([1, 2, 3]);
  }
}

/**
 * Our index for `aliasFile`, built by a `backstory-index` worker into a file beside it; with `reuse`, the one an
 * earlier worker built (its build time is that worker's to report).
 */
function buildIndexFile(
  aliasFile: string,
  reuse: boolean,
): { path: string; buildMs: number; indexBytes: number } {
  const path = `${aliasFile}.index.bin`;
  if (reuse && existsSync(path)) return { path, buildMs: 0, indexBytes: statSync(path).size };
  const out = execFileSync(
    process.execPath,
    [...process.execArgv, process.argv[1]!, 'backstory-index', aliasFile, path],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  const line = out.split('\n').find((l) => l.startsWith('RESULT '));
  if (!line) throw new Error(`the index build printed no result: ${out.slice(0, 200)}`);
  return { path, ...(JSON.parse(line.slice(7)) as { buildMs: number; indexBytes: number }) };
}

/**
 * Our matcher from the index file, and the time it took from the file's bytes: they are read untimed (as the
 * service worker fetches index.bin) into indexBuffer(), the scan's memory, where the loaded index lives (decision
 * 0013). The file's own buffer is garbage after.
 */
function loadIndexFile(path: string): [Matcher, number] {
  const buffer = readIntoIndexBuffer(path);
  // The read's garbage (the file's own buffer: 34 MB at 1,000,000 names) is collected before, not inside, the timed
  // load: collecting it there took 4-6 ms of the 7-9 ms that load took at 1,000,000 names.
  gc();
  return time(() => matcherFromBytes(buffer));
}

function readIntoIndexBuffer(path: string): Uint8Array {
  const file = readFileSync(path);
  const buffer = indexBuffer(file.byteLength);
  buffer.set(file);
  return buffer;
}

async function main(): Promise<void> {
  const [mode, aliasFile, articleFile, newsFile, warmRunsArg, extent] = process.argv.slice(2) as [
    WorkerMode,
    string,
    string,
    string,
    string?,
    string?,
  ];
  // Another sample of the first call: the same steps up to it, then only it (engine.ts takes their median).
  const firstCallOnly = extent === FIRST_CALL_ONLY;
  const warmRuns = Number(warmRunsArg ?? 20);
  if (mode === 'backstory-index') {
    // The index file goes where the article would be read from: this mode reads no article.
    const compiled = compiledAliases(readFileSync(aliasFile, 'utf8').split('\n'));
    const [bytes, buildMs] = time(() =>
      encodeIndex({ aliases: compiled, cues: {} }, buildMatcherTables(compiled)),
    );
    writeFileSync(articleFile, bytes);
    process.stdout.write(`RESULT ${JSON.stringify({ buildMs, indexBytes: bytes.byteLength })}\n`);
    return;
  }
  const article = readFileSync(articleFile, 'utf8');
  const aliasTexts = readFileSync(aliasFile, 'utf8').split('\n');
  if (mode === 'duel') {
    const compiled = compiledAliases(aliasTexts);
    const ours = ourPeer(
      matcherFromBytes(encodeIndex({ aliases: compiled, cues: {} }, buildMatcherTables(compiled))),
    );
    const regex = regexPeer(aliasTexts);
    process.stdout.write('built\n');
    process.stdout.write(
      `RESULT ${JSON.stringify({ peer: 'duel', aliases: aliasTexts.length, ...warmDuel(ours, regex, article, 400) })}\n`,
    );
    return;
  }
  const news = readFileSync(newsFile, 'utf8');
  warmHarness();
  const baseline = await heldBytes();

  let peer: Peer;
  let buildMs: number;
  let loadMs: number;
  let indexBytes: number | null = null;
  let variantScan: ((text: string) => unknown) | undefined;
  const peerName: PeerName = mode;
  if (peerName === 'floor') {
    const [, ms] = time(() => floorScan(article));
    const [, newsMs] = time(() => floorScan(news));
    for (let k = 0; k < WARMUP_RUNS; k++) floorScan(article);
    const warm = median(Array.from({ length: warmRuns }, () => time(() => floorScan(article))[1]));
    report({
      peer: peerName,
      aliases: 0,
      buildMs: 0,
      indexBytes: null,
      loadMs: 0,
      firstCallMs: ms,
      warmMs: warm,
      newsMs,
      newsMBps: news.length / 1e6 / (newsMs / 1000),
      articleMatches: 0,
      articleHash: '',
      newsMatches: 0,
      newsHash: '',
      retainedBytes: 0,
      inUseBytes: 0,
      maxRssBytes: process.resourceUsage().maxRSS * 1024,
    });
    return;
  }
  if (peerName === 'backstory') {
    // Built in a process of its own, as `npm run build:data` builds index.bin: the extension never has the
    // builder's code, its caches or its garbage, so this process must not either.
    const built = buildIndexFile(aliasFile, firstCallOnly);
    buildMs = built.buildMs;
    indexBytes = built.indexBytes;
    const [matcher, load] = loadIndexFile(built.path);
    loadMs = load;
    peer = ourPeer(matcher);
    variantScan = (text) => matcher.scan(text);
  } else {
    process.stdout.write('building\n');
    const [built, ms] = time(() =>
      peerName === 'regex' ? regexPeer(aliasTexts) : ahoCorasickPeer(aliasTexts),
    );
    peer = built;
    buildMs = loadMs = ms;
    if (peerName === 'regex') indexBytes = (built as unknown as { sourceLength: number }).sourceLength * 2;
  }
  process.stdout.write('built\n');
  gc();
  const retainedBytes = Math.max(0, (await heldBytes()) - baseline);

  const [firstSpans, firstCallMs] = time(() => peer.scan(article));
  if (firstCallOnly) {
    process.stdout.write(`RESULT ${JSON.stringify({ peer: peerName, firstCallMs })}\n`);
    return;
  }
  for (let k = 0; k < WARMUP_RUNS; k++) peer.scan(article);
  const warmMs = median(Array.from({ length: warmRuns }, () => time(() => peer.scan(article))[1]));
  let warmVariantsMs: number | undefined;
  if (variantScan) {
    for (let k = 0; k < WARMUP_RUNS; k++) variantScan(article);
    warmVariantsMs = median(Array.from({ length: warmRuns }, () => time(() => variantScan!(article))[1]));
  }
  const articleSpans = leftmostLongest(firstSpans);
  // The spans are the bench's, not the peer's: only their count and hash stay reachable for the count below (the
  // news's 100,000-odd spans alone are 1.7 MB, which made the smallest peer look twice its size).
  const [newsMatches, newsHash, newsMs] = ((): [number, string, number] => {
    const [raw, ms] = time(() => peer.scan(news));
    const spans = leftmostLongest(raw);
    return [spans.length / 2, hashSpans(spans), ms];
  })();
  const inUseBytes = Math.max(0, (await heldBytes()) - baseline);
  // Keeps the peer reachable until here, so the count above includes it.
  peer.scan('');
  report({
    peer: peerName,
    aliases: aliasTexts.length,
    buildMs,
    indexBytes,
    loadMs,
    firstCallMs,
    warmMs,
    ...(warmVariantsMs === undefined ? {} : { warmVariantsMs }),
    newsMs,
    newsMBps: news.length / 1e6 / (newsMs / 1000),
    articleMatches: articleSpans.length / 2,
    articleHash: hashSpans(articleSpans),
    newsMatches,
    newsHash,
    retainedBytes,
    inUseBytes,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
  });
}

function report(result: WorkerResult): void {
  process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
}

await main();
