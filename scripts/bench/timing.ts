/** Timing helpers shared by the Node worker and the in-page bench (performance.now exists in both). */

/**
 * Scans before the warm ones are timed, for every peer and the floor, in Node and in the page. V8 tiers code up
 * only after it has run a while: after 30 scans ours was still half-warm (0.37 ms, against 0.17 ms after 2,000),
 * since its JavaScript and its WebAssembly tier up separately; the regex and aho-corasick are warm sooner.
 */
export const WARMUP_RUNS = 200;

export function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

/** Runs `work` once: its value and how long it took, in ms. */
export function time<T>(work: () => T): [T, number] {
  const start = performance.now();
  const value = work();
  return [value, performance.now() - start];
}
