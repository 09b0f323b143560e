/**
 * How polyvm times repeated runs (`polyvm evm run --bench`, `npm run bench:*`): warm-up
 * runs first, excluded from the result, then the median of the timed runs. One rule for
 * both, so that the CLI and the harnesses report the same time for the same input.
 */

/**
 * At least `minRuns` warm-up runs, then more until `ms` have passed (at most `maxRuns`): a
 * short input runs thousands of times, so that V8 has optimised the paths it takes.
 */
export const WARMUP = { minRuns: 2, maxRuns: 10_000, ms: 200 } as const;

/** True while run number `i` (from 0) still belongs to the warm-up that started at `startMs`. */
export function warmingUp(i: number, startMs: number): boolean {
  return i < WARMUP.minRuns || (i < WARMUP.maxRuns && performance.now() - startMs < WARMUP.ms);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
