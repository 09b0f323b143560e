/** Timing: warm-up runs excluded, then the median of repeated runs. */

export interface Timing {
  medianMs: number;
  runs: number;
}

/** Runs `fn` `warmup` times, then at least `minRuns` times and until `minTotalMs` have passed. */
export async function measure(
  fn: () => unknown,
  { warmup = 2, minRuns = 5, maxRuns = 200, minTotalMs = 500 } = {},
): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  const start = performance.now();
  while (times.length < minRuns || (times.length < maxRuns && performance.now() - start < minTotalMs)) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return { medianMs: median(times), runs: times.length };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function geometricMean(values: readonly number[]): number {
  return Math.exp(values.reduce((s, v) => s + Math.log(v), 0) / values.length);
}
