/** Timing helpers shared by the Node worker and the in-page bench (performance.now exists in both). */

export function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

/** Runs `work` once: its value and how long it took, in ms. */
export function time<T>(work: () => T): [T, number] {
  const start = performance.now();
  const value = work();
  return [value, performance.now() - start];
}
