/** Timing: warm-up runs excluded, then the median of repeated runs. */
import { median, warmingUp } from '../../src/core/timing.js';

export interface Timing {
  medianMs: number;
  /** Median CPU time of the process per run (user + system): steadier on a shared machine. */
  medianCpuMs: number;
  runs: number;
}

/**
 * Warms `fn` up (src/core/timing.ts: the same rule as `polyvm evm run --bench`), then runs
 * it at least `minRuns` times and until `minTotalMs` have passed.
 */
export async function measure(
  fn: () => unknown,
  { minRuns = 5, maxRuns = 200, minTotalMs = 500 } = {},
): Promise<Timing> {
  const w0 = performance.now();
  for (let i = 0; warmingUp(i, w0); i++) await fn();
  const times: number[] = [];
  const cpu: number[] = [];
  const start = performance.now();
  while (times.length < minRuns || (times.length < maxRuns && performance.now() - start < minTotalMs)) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { medianMs: median(times), medianCpuMs: median(cpu), runs: times.length };
}

export function geometricMean(values: readonly number[]): number {
  return Math.exp(values.reduce((s, v) => s + Math.log(v), 0) / values.length);
}
