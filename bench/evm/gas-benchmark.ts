/**
 * Block throughput on execution-spec-tests' gas benchmarks: the `benchmark` fixtures build
 * (tests/benchmark of ethereum/execution-specs, filled for Osaka at several block gas
 * values; published in github:erigontech/eest-fixtures under `benchmark/`), each test one
 * block that spends about the chosen gas on one opcode, precompile or scenario. The data
 * stays outside the repository: `EEST_BENCHMARK_DIR` names the folder holding its
 * `blockchain_tests` (or that folder itself). Every test at the chosen gas value is
 * imported as `polyvm evm blocktest` does (decoding, checks, execution, receipts, state
 * root), once to warm up and then `runs` times; reported per test as the median time and
 * Mgas/s, and in total as the gas of all tests over the sum of their medians. A test
 * that does not import is counted as failed and left out of the throughput.
 * Part of `npm run bench:evm` (`--gas-benchmark 10M`, `none` to skip).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { median } from '../../src/core/timing.js';
import { runBlockTests } from '../../src/evm/index.js';

export interface GasBenchmarkRow {
  /** File under blockchain_tests without `.json`, and the test's parameters. */
  name: string;
  pass: boolean;
  error?: string;
  gas: bigint;
  ms: number;
  mgasPerSec: number;
}

export interface GasBenchmark {
  dir: string;
  gasValue: string;
  rows: GasBenchmarkRow[];
  failed: number;
  gas: bigint;
  ms: number;
  mgasPerSec: number;
}

function jsonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir).sort()) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...jsonFiles(p));
    else if (e.endsWith('.json') && !e.startsWith('.')) out.push(p);
  }
  return out;
}

/** The blockchain_tests folder named by EEST_BENCHMARK_DIR, or undefined when absent. */
export function gasBenchmarkDir(): string | undefined {
  const d = process.env.EEST_BENCHMARK_DIR;
  if (!d) return undefined;
  const inner = join(d, 'blockchain_tests');
  return existsSync(inner) ? inner : existsSync(d) ? d : undefined;
}

/** undefined when the data is absent. `gasValue` as the fixtures name it: 1M, 10M, 30M, ... */
export function gasBenchmark(gasValue: string, { runs = 3, filter = '' } = {}): GasBenchmark | undefined {
  const dir = gasBenchmarkDir();
  if (!dir) return undefined;
  const suffix = `gas-value_${gasValue}]`;
  const rows: GasBenchmarkRow[] = [];
  for (const file of jsonFiles(dir)) {
    let root: Record<string, unknown>;
    try {
      root = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch {
      continue; // a Git LFS pointer or a file that is not JSON
    }
    const base = relative(dir, file).replace(/\.json$/, '');
    for (const [testName, test] of Object.entries(root)) {
      if (!testName.endsWith(suffix)) continue;
      const params = testName.slice(testName.indexOf('[') + 1, -1).replace(/^fork_\w+-blockchain_test-?/, '');
      const name = `${base}${params ? ` [${params}]` : ''}`;
      if (filter && !name.includes(filter)) continue;
      const text = JSON.stringify({ [testName]: test });
      const once = () => {
        const t0 = performance.now();
        const [r] = runBlockTests(file, text);
        return { r: r!, ms: performance.now() - t0 };
      };
      const first = once();
      if (!first.r.pass) {
        rows.push({ name, pass: false, error: first.r.error, gas: 0n, ms: 0, mgasPerSec: 0 });
        continue;
      }
      const times: number[] = [];
      for (let i = 0; i < runs; i++) times.push(once().ms);
      const ms = median(times);
      const gas = first.r.gasUsed ?? 0n;
      rows.push({ name, pass: true, gas, ms, mgasPerSec: Number(gas) / 1000 / ms });
    }
  }
  const ok = rows.filter((r) => r.pass);
  const gas = ok.reduce((a, r) => a + r.gas, 0n);
  const ms = ok.reduce((a, r) => a + r.ms, 0);
  return {
    dir,
    gasValue,
    rows,
    failed: rows.length - ok.length,
    gas,
    ms,
    mgasPerSec: ms > 0 ? Number(gas) / 1000 / ms : 0,
  };
}
