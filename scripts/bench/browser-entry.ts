/**
 * What the Chromium engine bench (browser-engine.ts) runs inside a page: our matcher loaded from index bytes, the
 * regex peer and the floor, bundled into one script. Each entry point times itself with the page's clock.
 */
import { matcherFromBytes } from '../../src/core/engine/from-bytes';
import { indexBuffer } from '../../src/core/engine/index-binary';
import { warmDuel, type DuelResult } from './duel';
import { median, time, WARMUP_RUNS } from './timing';
import { floorScan, hashSpans, leftmostLongest, ourPeer, regexPeer, type Peer } from './peers';

export interface PageResult {
  /** From bytes (ours) or alias strings (regex) to ready to scan. */
  loadMs: number;
  firstCallMs: number;
  warmMs: number;
  matches: number;
  hash: string;
}

function measure(peer: Peer, loadMs: number, article: string, warmRuns: number): PageResult {
  const [spans, firstCallMs] = time(() => peer.scan(article));
  for (let k = 0; k < WARMUP_RUNS; k++) peer.scan(article);
  // In batches of ten: a page's clock is coarsened to 0.1 ms.
  const batch = () =>
    time(() => {
      for (let k = 0; k < 10; k++) peer.scan(article);
    })[1] / 10;
  const warmMs = median(Array.from({ length: warmRuns }, batch));
  const resolved = leftmostLongest(spans);
  return { loadMs, firstCallMs, warmMs, matches: resolved.length / 2, hash: hashSpans(resolved) };
}

/** The index's bytes, decoded into indexBuffer(): where the loaded index lives (decision 0013). */
function bytesOf(base64: string): Uint8Array {
  const text = atob(base64);
  const bytes = indexBuffer(text.length);
  for (let k = 0; k < text.length; k++) bytes[k] = text.charCodeAt(k);
  return bytes;
}

export function ours(indexBase64: string, article: string, warmRuns: number): PageResult {
  const bytes = bytesOf(indexBase64);
  const [matcher, loadMs] = time(() => matcherFromBytes(bytes));
  return measure(ourPeer(matcher), loadMs, article, warmRuns);
}

export function regex(aliases: string[], article: string, warmRuns: number): PageResult {
  const [peer, loadMs] = time(() => regexPeer(aliases));
  return measure(peer, loadMs, article, warmRuns);
}

export function floor(article: string, warmRuns: number): PageResult {
  return measure(
    {
      scan: (text) => {
        floorScan(text);
        return [];
      },
    },
    0,
    article,
    warmRuns,
  );
}

/** Ours and the regex in one page, warm scans alternated (duel.ts); in batches of ten for the page's coarse clock. */
export function duel(indexBase64: string, aliases: string[], article: string, rounds: number): DuelResult {
  const ours = ourPeer(matcherFromBytes(bytesOf(indexBase64)));
  return warmDuel(ours, regexPeer(aliases), article, rounds, 10);
}
