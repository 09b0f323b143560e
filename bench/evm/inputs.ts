/**
 * The standard EVM benchmarks (ipsilon/evm-benchmarks, the suite evmone and geth use):
 * state tests whose contract sits at 0xbe7c43a5...01; each `transaction.data` entry is one
 * input, labelled in `_info.labels`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hexToBytes } from '../../src/core/bytes.js';

export interface BenchInput {
  /** `group/benchmark/label`, e.g. `main/sha1_divs/5311`. */
  name: string;
  group: 'main' | 'micro';
  code: Uint8Array;
  data: Uint8Array;
  gasLimit: bigint;
  address: Uint8Array;
  caller: Uint8Array;
}

const here = dirname(fileURLToPath(import.meta.url));

export function benchmarksDir(): string {
  return resolve(
    process.env.POLYVM_BENCH_DIR ??
      join(here, '..', '..', '..', 'shared', 'bench', 'evm-benchmarks', 'benchmarks'),
  );
}

export function loadInputs(dir = benchmarksDir()): BenchInput[] {
  if (!existsSync(dir)) throw new Error(`benchmark data not found at ${dir} (set POLYVM_BENCH_DIR)`);
  const inputs: BenchInput[] = [];
  for (const group of ['main', 'micro'] as const) {
    const groupDir = join(dir, group);
    for (const file of readdirSync(groupDir)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const doc = JSON.parse(readFileSync(join(groupDir, file), 'utf8'));
      for (const [testName, test] of Object.entries<StateTestLike>(doc)) {
        const to = test.transaction.to.toLowerCase();
        const account = Object.entries(test.pre).find(([a]) => a.toLowerCase() === to)?.[1];
        if (!account) throw new Error(`${file}: no pre-state account for ${to}`);
        const labels = test._info?.labels ?? {};
        test.transaction.data.forEach((data, i) => {
          inputs.push({
            name: `${group}/${testName || basename(file, '.json')}/${labels[String(i)] ?? i}`,
            group,
            code: hexToBytes(account.code, `${file} code`),
            data: hexToBytes(data, `${file} transaction.data[${i}]`),
            gasLimit: BigInt(test.transaction.gasLimit[0]!),
            address: hexToBytes(to),
            caller: hexToBytes(test.transaction.sender),
          });
        });
      }
    }
  }
  return inputs;
}

interface StateTestLike {
  _info?: { labels?: Record<string, string> };
  pre: Record<string, { code: string }>;
  transaction: { to: string; sender: string; data: string[]; gasLimit: string[] };
}
