/**
 * `npm run bench:evm`: polyvm and @ethereumjs/evm side by side on the standard EVM
 * benchmarks, same code, calldata and fork. Each input is first run once by both and must
 * give the same output and gas; then each is timed (warm-up excluded, median of runs).
 *
 *   npm run bench:evm -- [--fork Istanbul|Cancun|all] [--filter TEXT] [--json] [--check]
 *                        [--eest NETWORK[,NETWORK...]|none] [--cold both|polyvm|none]
 *                        [--gas-benchmark 10M|none]
 *
 * `--check` runs every input once per fork and compares results, without timing (the CI
 * smoke test). Exit 1 when any result differs. Cold speed: each input is also run 10 times
 * in a fresh process per engine (cold.ts), and the first and tenth run are reported beside
 * the steady-state median (`--cold polyvm` skips ethereumjs's, `none` both). After the benchmarks, the block throughput
 * over the EEST blockchain tests of each network (eest.ts; default Cancun, Prague, Osaka),
 * and with `EEST_BENCHMARK_DIR` naming execution-spec-tests' gas benchmark fixtures (Osaka),
 * the throughput of every benchmark block at one gas value (gas-benchmark.ts; default 10M).
 * With `EVMONE_BENCH=path/to/evmone-bench`, every Istanbul input is also timed in evmone's
 * baseline interpreter right after polyvm (evmone.ts), and the table gives polyvm / evmone in
 * CPU time per run (wall time on a shared machine measures the other jobs).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { equalBytes } from '../../src/core/bytes.js';
import { type EestThroughput, eestThroughput } from './eest.js';
import { ethereumjsRunner, type Runner, type RunOutcome } from './ethereumjs.js';
import { evmoneTiming } from './evmone.js';
import { type GasBenchmark, gasBenchmark } from './gas-benchmark.js';
import { type BenchInput, loadInputs } from './inputs.js';
import { geometricMean, measure } from './measure.js';
import { polyvmRunner } from './polyvm.js';

type Fork = 'Istanbul' | 'Cancun';

interface Row {
  name: string;
  fork: Fork;
  gasUsed: string;
  same: boolean;
  mismatch?: string;
  polyvmMs?: number;
  ethereumjsMs?: number;
  ratio?: number;
  mgasPerSec?: number;
  /** First and tenth run in a fresh process (cold.ts), wall ms. */
  polyvmCold?: [number, number];
  ethereumjsCold?: [number, number];
  /** evmone baseline (Istanbul only): analysis once, and analysis per call. */
  evmoneMs?: number;
  evmoneTotalMs?: number;
  /** polyvm / evmone in CPU time per run (analysis once), and the two CPU times. */
  vsEvmone?: number;
  polyvmCpuMs?: number;
  evmoneCpuMs?: number;
}

const evmoneBench = process.env.EVMONE_BENCH;

const { values } = parseArgs({
  options: {
    fork: { type: 'string', default: 'all' },
    filter: { type: 'string' },
    json: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    eest: { type: 'string', default: 'Cancun,Prague,Osaka' },
    cold: { type: 'string', default: 'both' },
    'gas-benchmark': { type: 'string', default: '10M' },
  },
});
const forks: Fork[] =
  values.fork === 'all' ? ['Istanbul', 'Cancun'] : values.fork === 'Cancun' ? ['Cancun'] : ['Istanbul'];
if (!['all', 'Istanbul', 'Cancun'].includes(values.fork!)) {
  process.stderr.write(`bench:evm: --fork must be Istanbul, Cancun or all, got ${values.fork}\n`);
  process.exit(2);
}

const inputs = loadInputs().filter((i) => !values.filter || i.name.includes(values.filter));
const rows: Row[] = [];
for (const fork of forks) {
  const polyvm = polyvmRunner(fork);
  const ethereumjs = await ethereumjsRunner(fork);
  for (const input of inputs) {
    const row = await compare(input, fork, polyvm, ethereumjs);
    rows.push(row);
    if (!values.json) process.stderr.write(`${fork} ${input.name}: ${describe(row)}\n`);
  }
}

const failed = rows.filter((r) => !r.same);
const summary = forks.map((fork) => {
  const main = rows.filter((r) => r.fork === fork && r.name.startsWith('main/') && r.ratio !== undefined);
  return {
    fork,
    mainInputs: main.length,
    geometricMeanSpeedup: main.length ? geometricMean(main.map((r) => r.ratio!)) : undefined,
    minSpeedup: main.length ? Math.min(...main.map((r) => r.ratio!)) : undefined,
    ...vsEvmoneSummary(main),
  };
});
const eest: EestThroughput[] = [];
if (!values.check && values.eest !== 'none')
  for (const network of values.eest!.split(',')) {
    const r = eestThroughput(network);
    if (!r) break;
    eest.push(r);
    if (!values.json)
      process.stderr.write(`EEST ${network}: ${r.tests} tests, ${r.mgasPerSec.toFixed(1)} Mgas/s\n`);
  }
let gasBench: GasBenchmark | undefined;
if (!values.check && values['gas-benchmark'] !== 'none') {
  gasBench = gasBenchmark(values['gas-benchmark']!);
  if (gasBench && !values.json)
    process.stderr.write(
      `gas benchmarks ${gasBench.gasValue}: ${gasBench.rows.length} tests, ${gasBench.failed} failed, ${gasBench.mgasPerSec.toFixed(1)} Mgas/s\n`,
    );
}
if (values.json) {
  const gasRows = gasBench && {
    ...gasBench,
    gas: gasBench.gas.toString(),
    rows: gasBench.rows.map((r) => ({ ...r, gas: r.gas.toString() })),
  };
  const eestRows = eest.map((e) => ({ ...e, gas: e.gas.toString() }));
  process.stdout.write(
    `${JSON.stringify({ date: new Date().toISOString(), rows, summary, eest: eestRows, gasBenchmark: gasRows }, null, 2)}\n`,
  );
} else {
  printTable(rows, summary);
  if (eest.length) {
    const out = ['', '| EEST blockchain tests | tests | gas | ms | Mgas/s |', '|---|---:|---:|---:|---:|'];
    for (const e of eest)
      out.push(`| ${e.network} | ${e.tests} | ${e.gas} | ${e.ms.toFixed(0)} | ${e.mgasPerSec.toFixed(1)} |`);
    process.stdout.write(`${out.join('\n')}\n`);
  }
  if (gasBench) {
    const out = [
      '',
      `| gas benchmark (${gasBench.gasValue}, Osaka) | gas | ms | Mgas/s |`,
      '|---|---:|---:|---:|',
    ];
    for (const r of gasBench.rows)
      out.push(
        r.pass
          ? `| ${r.name} | ${r.gas} | ${fmt(r.ms)} | ${r.mgasPerSec.toFixed(1)} |`
          : `| ${r.name} | FAILED: ${r.error ?? ''} | | |`,
      );
    out.push(
      `| all ${gasBench.rows.length - gasBench.failed} that imported | ${gasBench.gas} | ${fmt(gasBench.ms)} | ${gasBench.mgasPerSec.toFixed(1)} |`,
    );
    process.stdout.write(`${out.join('\n')}\n`);
  }
}
const eestFailed = eest.some((e) => e.failed > 0) || (gasBench?.failed ?? 0) > 0;
process.exitCode = failed.length || eestFailed ? 1 : 0;

async function compare(input: BenchInput, fork: Fork, polyvm: Runner, ethereumjs: Runner): Promise<Row> {
  const runP = await polyvm(input);
  const runE = await ethereumjs(input);
  const p = await runP();
  const e = await runE();
  const mismatch = differ(p, e);
  const row: Row = { name: input.name, fork, gasUsed: p.gasUsed.toString(), same: !mismatch, mismatch };
  if (values.check || mismatch) return row;
  const tp = await measure(runP);
  const te = await measure(runE, { minRuns: 3, minTotalMs: 300 });
  row.polyvmMs = tp.medianMs;
  row.ethereumjsMs = te.medianMs;
  row.ratio = te.medianMs / tp.medianMs;
  row.mgasPerSec = Number(p.gasUsed) / 1e3 / tp.medianMs;
  if (evmoneBench && fork === 'Istanbul') {
    // polyvm's CPU time against evmone's is measured again after the first measurement
    // (at least 0.7 s of runs): a short input that reaches new paths of the loop triggers a
    // recompile, and V8's compiler threads count in the process's CPU time, which inflated
    // the first measurement of swap_math 2-5x (bench/evm/README.md, round three).
    const tc = await measure(runP);
    const t = evmoneTiming(evmoneBench, input, p.output);
    row.evmoneMs = t.executeMs;
    row.evmoneTotalMs = t.totalMs;
    row.polyvmCpuMs = tc.medianCpuMs;
    row.evmoneCpuMs = t.executeCpuMs;
    row.vsEvmone = tc.medianCpuMs / t.executeCpuMs;
  }
  if (values.cold !== 'none') row.polyvmCold = cold('polyvm', input, fork);
  if (values.cold === 'both') row.ethereumjsCold = cold('ethereumjs', input, fork);
  return row;
}

/** Geometric mean and worst of polyvm / evmone, analysis once and analysis per call. */
function vsEvmoneSummary(main: Row[]) {
  const timed = main.filter((r) => r.vsEvmone !== undefined);
  if (!timed.length) return {};
  return {
    evmoneInputs: timed.length,
    geometricMeanVsEvmone: geometricMean(timed.map((r) => r.vsEvmone!)),
    worstVsEvmone: Math.max(...timed.map((r) => r.vsEvmone!)),
    geometricMeanVsEvmoneTotal: geometricMean(timed.map((r) => r.polyvmCpuMs! / r.evmoneTotalMs!)),
  };
}

/** The first and tenth run of `input` by `engine` in a fresh process (cold.ts). */
function cold(engine: string, input: BenchInput, fork: Fork): [number, number] {
  const script = fileURLToPath(new URL('./cold.ts', import.meta.url));
  const args = [...process.execArgv, script, '--engine', engine, '--fork', fork, '--name', input.name];
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bench/evm/cold.ts ${engine} ${input.name} failed: ${r.stderr}`);
  const { ms } = JSON.parse(r.stdout) as { ms: number[] };
  return [ms[0]!, ms[9]!];
}

function differ(p: RunOutcome, e: RunOutcome): string | undefined {
  if (p.gasUsed !== e.gasUsed) return `gas ${p.gasUsed} vs ethereumjs ${e.gasUsed}`;
  if (!equalBytes(p.output, e.output)) return 'output differs';
  if (Boolean(p.error) !== Boolean(e.error))
    return `error ${p.error ?? 'none'} vs ethereumjs ${e.error ?? 'none'}`;
  return undefined;
}

function describe(row: Row): string {
  if (!row.same) return `MISMATCH: ${row.mismatch}`;
  if (row.ratio === undefined) return `same output and gas (${row.gasUsed})`;
  const c = row.polyvmCold
    ? `; cold 1st ${fmt(row.polyvmCold[0])} ms, 10th ${fmt(row.polyvmCold[1])} ms`
    : '';
  const ev =
    row.vsEvmone !== undefined
      ? `; CPU ${fmt(row.polyvmCpuMs!)} ms vs evmone ${fmt(row.evmoneCpuMs!)} ms, ${row.vsEvmone.toFixed(1)}x`
      : '';
  return `${fmt(row.polyvmMs!)} ms vs ${fmt(row.ethereumjsMs!)} ms, ${row.ratio.toFixed(1)}x${ev}${c}`;
}

function fmt(ms: number): string {
  return ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(2) : ms.toFixed(4);
}

function printTable(all: Row[], sums: typeof summary): void {
  const out: string[] = [];
  const ev = all.some((r) => r.vsEvmone !== undefined);
  out.push(
    `| fork | benchmark / input | gas | polyvm ms | ethereumjs ms | speedup |${ev ? ' polyvm CPU ms | evmone CPU ms | polyvm / evmone (CPU) | evmone total CPU ms |' : ''} polyvm Mgas/s | polyvm cold 1st / 10th ms | 1st / steady | ethereumjs cold 1st / 10th ms |`,
  );
  out.push(`|---|---|---:|---:|---:|---:|${ev ? '---:|---:|---:|---:|' : ''}---:|---:|---:|---:|`);
  const evCells = (r: Row) =>
    !ev
      ? ''
      : r.vsEvmone === undefined
        ? ' | | | |'
        : ` ${fmt(r.polyvmCpuMs!)} | ${fmt(r.evmoneCpuMs!)} | ${r.vsEvmone.toFixed(1)}x | ${fmt(r.evmoneTotalMs!)} |`;
  const pair = (c?: [number, number]) => (c ? `${fmt(c[0])} / ${fmt(c[1])}` : '');
  for (const r of all) {
    const firstRatio = r.polyvmCold ? `${(r.polyvmCold[0] / r.polyvmMs!).toFixed(1)}x` : '';
    out.push(
      r.ratio === undefined
        ? `| ${r.fork} | ${r.name} | ${r.gasUsed} | ${r.same ? 'checked' : `MISMATCH: ${r.mismatch}`} | | |${evCells(r)} | | | | |`
        : `| ${r.fork} | ${r.name} | ${r.gasUsed} | ${fmt(r.polyvmMs!)} | ${fmt(r.ethereumjsMs!)} | ${r.ratio.toFixed(1)}x |${evCells(r)} ${r.mgasPerSec!.toFixed(0)} | ${pair(r.polyvmCold)} | ${firstRatio} | ${pair(r.ethereumjsCold)} |`,
    );
  }
  for (const s of sums) {
    if (s.geometricMeanSpeedup !== undefined) {
      out.push('');
      out.push(
        `${s.fork}: geometric-mean speedup over ethereumjs on ${s.mainInputs} main inputs ${s.geometricMeanSpeedup.toFixed(1)}x (lowest ${s.minSpeedup!.toFixed(1)}x)`,
      );
      if (s.geometricMeanVsEvmone !== undefined)
        out.push(
          `${s.fork}: polyvm / evmone baseline on ${s.evmoneInputs} main inputs: geometric mean ${s.geometricMeanVsEvmone.toFixed(1)}x (worst ${s.worstVsEvmone!.toFixed(1)}x; ${s.geometricMeanVsEvmoneTotal!.toFixed(1)}x counting evmone's per-call analysis)`,
        );
    }
  }
  process.stdout.write(`${out.join('\n')}\n`);
}
