/**
 * Cold speed: one input run `--runs` times (default 10) by one engine in this process, which
 * should be fresh (run.ts starts one per input and engine), so that the first run pays for
 * everything done once per process: module loading aside, V8's compilation tiers, the
 * analysis and the pools. Prints `{ "ms": [...], "cpuMs": [...] }`, wall and CPU time of
 * every run, on stdout.
 *
 *   tsx bench/evm/cold.ts --engine polyvm|ethereumjs --fork Istanbul|Cancun --name INPUT [--runs N]
 */
import { parseArgs } from 'node:util';
import { ethereumjsRunner } from './ethereumjs.js';
import { loadInputs } from './inputs.js';
import { polyvmRunner } from './polyvm.js';

const { values } = parseArgs({
  options: {
    engine: { type: 'string', default: 'polyvm' },
    fork: { type: 'string', default: 'Istanbul' },
    name: { type: 'string' },
    runs: { type: 'string', default: '10' },
  },
});
const fork = values.fork === 'Cancun' ? 'Cancun' : 'Istanbul';
const input = loadInputs().find((i) => i.name === values.name);
if (!input) {
  process.stderr.write(`bench/evm/cold.ts: no input named ${values.name}\n`);
  process.exit(2);
}
const runner = values.engine === 'ethereumjs' ? await ethereumjsRunner(fork) : polyvmRunner(fork);
const run = await runner(input);
const ms: number[] = [];
const cpuMs: number[] = [];
for (let i = 0; i < Number(values.runs); i++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await run();
  ms.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  cpuMs.push((c.user + c.system) / 1000);
}
process.stdout.write(`${JSON.stringify({ ms, cpuMs })}\n`);
