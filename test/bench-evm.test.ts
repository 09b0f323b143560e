/**
 * The EVM benchmark harness as a correctness smoke test (not timed): every benchmark input
 * gives the same output and gas on polyvm and on @ethereumjs/evm, at Istanbul and Cancun.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { benchmarksDir } from '../bench/evm/inputs.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = benchmarksDir();
const found = existsSync(dir);

describe.skipIf(!found)(`bench:evm --check${found ? '' : ` (skipped: data not found at ${dir})`}`, () => {
  it('polyvm and ethereumjs agree on output and gas for every input', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(root, 'bench/evm/run.ts'), '--check', '--json'],
      {
        encoding: 'utf8',
        cwd: root,
        maxBuffer: 1 << 26,
      },
    );
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as {
      rows: { name: string; fork: string; same: boolean; mismatch?: string }[];
    };
    // 8 main benchmarks with 14 inputs and 6 micro benchmarks with 13 inputs, at two forks.
    expect(report.rows).toHaveLength(54);
    expect(report.rows.filter((r) => !r.same)).toEqual([]);
    expect(run.status).toBe(0);
  }, 300_000);
});
