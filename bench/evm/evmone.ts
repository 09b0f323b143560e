/**
 * The native reference: evmone's baseline interpreter through its `evmone-bench` tool, when
 * `EVMONE_BENCH` names one (built from github:ethereum/evmone outside this repository).
 * evmone-bench's code-file form is used, `evmone-bench CODE_HEX_FILE INPUT_HEX EXPECTED_HEX`,
 * which runs the code at Istanbul (its fixed revision) over its mocked host with the largest
 * gas limit, checks the output against polyvm's and reports, in google-benchmark JSON,
 * `baseline/execute/…` (the code analysed once) and `baseline/total/…` (evmc's execute,
 * analysis on every call).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bytesToHex } from '../../src/core/bytes.js';
import type { BenchInput } from './inputs.js';

export interface EvmoneTiming {
  /** Per run, the code analysed once (evmone-bench `baseline/execute`). */
  executeMs: number;
  /** The same in CPU time (google-benchmark's `cpu_time`). */
  executeCpuMs: number;
  /** Per run through evmc's execute, analysis included (`baseline/total`), CPU time. */
  totalMs: number;
}

interface BenchmarkJson {
  benchmarks: {
    name: string;
    real_time: number;
    cpu_time: number;
    time_unit: string;
    error_message?: string;
  }[];
}

const UNIT_MS: Record<string, number> = { ns: 1e-6, us: 1e-3, ms: 1, s: 1e3 };

/** Times `input` in evmone; `expected` is the output it must give (polyvm's, checked equal to ethereumjs's). */
export function evmoneTiming(binary: string, input: BenchInput, expected: Uint8Array): EvmoneTiming {
  const dir = mkdtempSync(join(tmpdir(), 'polyvm-evmone-'));
  try {
    const codeFile = join(dir, 'code.hex');
    writeFileSync(codeFile, bytesToHex(input.code));
    const args = [
      codeFile,
      bytesToHex(input.data),
      bytesToHex(expected),
      '--benchmark_filter=^baseline/(execute|total)/',
      '--benchmark_format=json',
      '--benchmark_min_time=0.3s',
    ];
    const r = spawnSync(binary, args, { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (r.status !== 0) throw new Error(`${binary} failed on ${input.name}: ${r.stderr || r.stdout}`);
    const doc = JSON.parse(r.stdout.slice(r.stdout.indexOf('{'))) as BenchmarkJson;
    const pick = (kind: string, cpu = false): number => {
      const b = doc.benchmarks.find((x) => x.name.startsWith(`baseline/${kind}/`));
      if (!b) throw new Error(`${binary}: no baseline/${kind} result for ${input.name}`);
      if (b.error_message) throw new Error(`${binary} on ${input.name}: ${b.error_message}`);
      return (cpu ? b.cpu_time : b.real_time) * (UNIT_MS[b.time_unit] ?? Number.NaN);
    };
    return { executeMs: pick('execute'), executeCpuMs: pick('execute', true), totalMs: pick('total', true) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
