/**
 * The VM manager's figures (seed 003): cold start (a new worker on an existing state directory
 * to its first call's result: the restart), a contract's first call on a new engine against a
 * warm call, and calls per second through `JsVmPool` at 1 and 2 workers (rounds interleaved).
 * Run alone: `node --no-node-snapshot --import tsx bench/jsvm/manager.ts`; `npm run bench:jsvm` runs it last.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const { JsVm, JsVmPool, JsVmWorker } = await import('../../src/jsvm/index.js');
const { LmdbStore } = await import('../../src/state/index.js');

const CODE = `class K { init() {} bump(k) { const v = Number(storage.get(k) || '0') + 1; storage.put(k, String(v)); return v; } }\nmodule.exports = K;`;
const ABI = { lang: 'javascript', version: '1.0.0', abi: [{ name: 'bump', args: ['string'] }] };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

/** A state directory with alice and the counter contract deployed. */
async function prepared(): Promise<{ dir: string; id: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'polyvm-bench-mgr-'));
  const w = new JsVmWorker({ stateDir: dir });
  await w.createAccount('alice', '1000');
  const d = await w.deploy({ code: CODE, abi: ABI, signers: ['alice'] });
  await w.close();
  return { dir, id: d.id! };
}

async function coldStart(dir: string, id: string): Promise<number> {
  const t = performance.now();
  const w = new JsVmWorker({ stateDir: dir });
  const r = await w.call({ contract: id, method: 'bump', args: '["cold"]', signers: ['alice'] });
  const took = performance.now() - t;
  if (r.status !== 'success') throw new Error(r.error);
  await w.close();
  return took;
}

/** On one thread: a new engine's first call (isolate, context, prelude, compile) and warm calls after. */
async function firstAndWarm(dir: string, id: string): Promise<{ first: number; warm: number }> {
  const store = new LmdbStore(dir);
  const vm = new JsVm(store, { autoFlush: true });
  const t = performance.now();
  vm.call({ contract: id, method: 'bump', args: '["first"]', signers: ['alice'] });
  const first = performance.now() - t;
  const times: number[] = [];
  for (let i = 0; i < 300; i++) {
    const s = performance.now();
    vm.call({ contract: id, method: 'bump', args: '["warm"]', signers: ['alice'] });
    times.push(performance.now() - s);
  }
  vm.close();
  await store.close();
  return { first, warm: median(times) };
}

async function throughput(dir: string, id: string, workers: number, n: number): Promise<number> {
  const pool = new JsVmPool({ stateDir: dir, minWorkers: workers, maxWorkers: workers });
  // Warm every worker first: the figure is calls per second once the pool is up.
  await Promise.all(
    Array.from({ length: workers * 4 }, (_, i) =>
      pool.call({ contract: id, method: 'bump', args: `["w${i}"]`, signers: ['alice'] }),
    ),
  );
  const t = performance.now();
  const rs = await Promise.all(
    Array.from({ length: n }, (_, i) =>
      pool.call({ contract: id, method: 'bump', args: `["k${i % 16}"]`, signers: ['alice'] }),
    ),
  );
  const secs = (performance.now() - t) / 1000;
  if (rs.some((r) => r.status !== 'success')) throw new Error('a call failed');
  await pool.close();
  return n / secs;
}

export async function manager(): Promise<void> {
  const { dir, id } = await prepared();
  const colds: number[] = [];
  for (let i = 0; i < 5; i++) colds.push(await coldStart(dir, id));
  const fw = [];
  for (let i = 0; i < 3; i++) fw.push(await firstAndWarm(dir, id));
  console.log(
    `cold start (new worker thread on the state to its first call's result): median ${ms(median(colds))} (${colds.map((c) => c.toFixed(0)).join(', ')})`,
  );
  console.log(
    `first call on a new engine (isolate, context, prelude): median ${ms(median(fw.map((x) => x.first)))}; warm call after: median ${(median(fw.map((x) => x.warm)) * 1000).toFixed(0)} µs`,
  );
  const rate: Record<number, number[]> = { 1: [], 2: [] };
  for (let round = 0; round < 3; round++)
    for (const w of round % 2 === 0 ? [1, 2] : [2, 1]) rate[w]!.push(await throughput(dir, id, w, 1000));
  for (const w of [1, 2])
    console.log(
      `JsVmPool, ${w} worker${w > 1 ? 's' : ''}, 1,000 calls in flight, each flushed to LMDB: ${rate[w]!.map((r) => r.toFixed(0)).join(', ')} calls/s`,
    );
  rmSync(dir, { recursive: true, force: true });
}

if (import.meta.url === `file://${process.argv[1]}`) await manager();
