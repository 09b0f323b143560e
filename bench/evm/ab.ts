/**
 * A/B of two polyvm trees in one process: this tree's `src/evm` and another checkout's (the
 * previous commit, e.g. a `git worktree` of it), loaded side by side, every input checked
 * equal on both, warmed up, then timed interleaved (A, B, A, B, ...) so that the load of a
 * shared machine falls on both alike. Reports the median CPU time per run of each and the
 * ratio base / this (above 1: this tree is faster), and the geometric mean over the inputs.
 *
 *   tsx bench/evm/ab.ts --base /path/to/other/tree [--filter TEXT] [--rounds 9] [--fork Istanbul]
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { bytesToHex, equalBytes } from '../../src/core/bytes.js';
import { median } from '../../src/core/timing.js';
import * as here from '../../src/evm/index.js';
import { loadInputs } from './inputs.js';
import { geometricMean } from './measure.js';

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    filter: { type: 'string' },
    rounds: { type: 'string', default: '9' },
    fork: { type: 'string', default: 'Istanbul' },
    'warm-ms': { type: 'string', default: '800' },
    'round-ms': { type: 'string', default: '60' },
  },
});
if (!values.base) {
  process.stderr.write('bench/evm/ab.ts: --base DIR (the other tree) is required\n');
  process.exit(2);
}
const base = (await import(pathToFileURL(resolve(values.base, 'src/evm/index.ts')).href)) as typeof here;
const fork = values.fork as 'Istanbul' | 'Cancun';
const rounds = Number(values.rounds);
const warmMs = Number(values['warm-ms']);
const roundMs = Number(values['round-ms']);

type RunCode = typeof here.runCode;
const cpuNow = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

/** CPU ms per run of `fn`, over a batch lasting about `ms`. */
function batch(fn: () => void, ms: number): number {
  const c0 = cpuNow();
  const t0 = performance.now();
  let n = 0;
  do {
    fn();
    n++;
  } while (performance.now() - t0 < ms);
  return (cpuNow() - c0) / n;
}

const ratios: number[] = [];
const out: string[] = ['| input | base CPU ms | this CPU ms | base / this |', '|---|---:|---:|---:|'];
for (const input of loadInputs().filter(
  (i) => i.group === 'main' && (!values.filter || i.name.includes(values.filter)),
)) {
  const address = BigInt(`0x${bytesToHex(input.address)}`);
  const caller = BigInt(`0x${bytesToHex(input.caller)}`);
  const opts = { code: input.code, input: input.data, gas: input.gasLimit, fork, address, caller };
  const runner = (rc: RunCode) => () => rc(opts);
  const a = runner(base.runCode);
  const b = runner(here.runCode);
  const ra = a();
  const rb = b();
  if (ra.gasUsed !== rb.gasUsed || !equalBytes(ra.output, rb.output) || ra.status !== rb.status) {
    process.stderr.write(`${input.name}: MISMATCH (gas ${ra.gasUsed} vs ${rb.gasUsed})\n`);
    process.exitCode = 1;
    continue;
  }
  batch(a, warmMs);
  batch(b, warmMs);
  const ta: number[] = [];
  const tb: number[] = [];
  for (let r = 0; r < rounds; r++) {
    if (r % 2) {
      tb.push(batch(b, roundMs));
      ta.push(batch(a, roundMs));
    } else {
      ta.push(batch(a, roundMs));
      tb.push(batch(b, roundMs));
    }
  }
  const ma = median(ta);
  const mb = median(tb);
  ratios.push(ma / mb);
  const line = `| ${input.name.slice(5)} | ${ma.toPrecision(3)} | ${mb.toPrecision(3)} | ${(ma / mb).toFixed(2)}x |`;
  out.push(line);
  process.stderr.write(`${line}\n`);
}
if (ratios.length) out.push(`| geometric mean | | | ${geometricMean(ratios).toFixed(2)}x |`);
process.stdout.write(`${out.join('\n')}\n`);
