/**
 * JavaScript VM benchmarks: metering overhead (the metered engine vs. raw V8 on the same
 * compute-heavy contract), warm-call latency, and token transfers per second with state
 * committed to LMDB. Run: `npx tsx bench/jsvm/run.ts` (re-executes itself with
 * --no-node-snapshot, which isolated-vm needs on Node 20).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

if (!process.execArgv.includes('--no-node-snapshot')) {
  const r = spawnSync(
    process.execPath,
    ['--no-node-snapshot', ...process.execArgv, ...process.argv.slice(1)],
    { stdio: 'inherit' },
  );
  process.exit(r.status ?? 1);
}

const ivm = (await import('isolated-vm')).default;
const { JsVm } = await import('../../src/jsvm/index.js');
const { DIGEST_NAMES, WORKLOAD_CODE, WORKLOAD_NAMES } = await import('../../test/jsvm/workloads.js');
const { LmdbStore, MemoryStore } = await import('../../src/state/index.js');

const COMPUTE = `
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
class Compute {
  init() {}
  run(n) {
    let acc = 0;
    for (let i = 0; i < n; i++) { acc = (acc * 31 + i * i) % 1000003; if (i % 7 === 0) acc ^= i; }
    const arr = [];
    for (let i = 0; i < 2000; i++) arr.push((i * 7919) % 2003);
    arr.sort((a, b) => a - b);
    let s = '';
    for (let i = 0; i < 200; i++) s += String.fromCharCode(97 + (i % 26));
    return acc + fib(20) + arr[1000] + s.length;
  }
}
module.exports = Compute;`;

/** Raw V8: the contract's class in a bare isolate, no instrumentation, V8's own built-ins. */
function prepareRaw(source: string) {
  const iso = new ivm.Isolate({ memoryLimit: 128 });
  const ctx = iso.createContextSync();
  iso
    .compileScriptSync(
      `var module = { exports: {} };
     (function (module) { 'use strict';\n${source}\n})(module);
     var __C = module.exports;
     function __bench(n) { return new __C().run(n); }`,
    )
    .runSync(ctx);
  const fn = ctx.global.getSync('__bench', { reference: true }) as InstanceType<typeof ivm.Reference>;
  return { run: (n: number) => fn.applySync(undefined, [n]), dispose: () => iso.dispose() };
}

/** Metered: the same class deployed to a JsVm and called as a transaction (instrumented code, the prelude's metered built-ins). */
function prepareMetered(source: string) {
  const vm = new JsVm(new MemoryStore(), { timeLimitMs: 600_000 });
  vm.createAccount('alice', '1000');
  const d = vm.deploy({ code: source, abi: ABI([{ name: 'run', args: ['number'] }]), signers: ['alice'] });
  if (d.status !== 'success') throw new Error(d.error);
  return {
    run: (n: number) => {
      const r = vm.call({
        contract: d.id!,
        method: 'run',
        args: `[${n}]`,
        signers: ['alice'],
        gasLimit: 1e15,
      });
      if (r.status !== 'success') throw new Error(r.error);
      return r.returns[0];
    },
    dispose: () => vm.close(),
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Raw and metered runs alternate, so both see the same machine load; medians compared. */
function metering() {
  const n = 300_000;
  const raw = prepareRaw(COMPUTE);
  const metered = prepareMetered(COMPUTE);
  if (String(raw.run(10)) !== metered.run(10)) throw new Error('raw and metered results differ');
  const times = { raw: [] as number[], metered: [] as number[] };
  for (let i = 0; i < 60; i++) {
    for (const [name, p] of [
      ['raw', raw],
      ['metered', metered],
    ] as const) {
      const t = performance.now();
      p.run(n);
      if (i >= 10) times[name].push(performance.now() - t); // the first rounds warm up the JIT
    }
  }
  raw.dispose();
  metered.dispose();
  const r = median(times.raw);
  const m = median(times.metered);
  console.log(
    `metering overhead: raw V8 ${r.toFixed(2)} ms, metered ${m.toFixed(2)} ms, ratio ${(m / r).toFixed(2)}x (medians of 50 alternating runs)`,
  );
}

/** The heaviest work per gas found for each built-in (test/jsvm/workloads.ts), each run to 4,000,000 gas. */
function heaviest() {
  const vm = new JsVm(new MemoryStore(), { onLog: () => {} });
  vm.createAccount('alice', '1000');
  const names = [...WORKLOAD_NAMES];
  const d = vm.deploy({
    code: WORKLOAD_CODE,
    abi: ABI([...names, ...DIGEST_NAMES].map((name) => ({ name, args: [] }))),
    signers: ['alice'],
    gasLimit: 100_000_000,
  });
  const rows = names.map((name) => {
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      const r = vm.call({ contract: d.id!, method: name, signers: ['alice'] });
      if (r.error !== 'out of gas') throw new Error(`${name}: ${r.error}`);
      best = Math.min(best, performance.now() - t);
    }
    return [name, (best * 1e6) / 4_000_000] as const;
  });
  rows.sort((a, b) => b[1] - a[1]);
  const top = rows.slice(0, 8).map(([n, ns]) => `${n} ${ns.toFixed(0)}`);
  console.log(
    `heaviest work per gas (ns/gas, best of 3, 4,000,000 gas each; the clock stops at 2 s): ${top.join(', ')}`,
  );
  vm.close();
}

const ABI = (abi: unknown[]) => ({ lang: 'javascript', version: '1.0.0', abi });

function warmCalls() {
  const vm = new JsVm(new MemoryStore(), { autoFlush: true });
  vm.createAccount('alice', '1000');
  const d = vm.deploy({
    code: `class K { init() {} bump(k) { const v = Number(storage.get(k) || '0') + 1; storage.put(k, String(v)); return v; } }\nmodule.exports = K;`,
    abi: ABI([{ name: 'bump', args: ['string'] }]),
    signers: ['alice'],
  });
  for (let i = 0; i < 200; i++)
    vm.call({ contract: d.id!, method: 'bump', args: '["a"]', signers: ['alice'] });
  const times: number[] = [];
  for (let i = 0; i < 5000; i++) {
    const t = performance.now();
    vm.call({ contract: d.id!, method: 'bump', args: '["a"]', signers: ['alice'] });
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  console.log(
    `warm call (storage get + put): mean ${(mean * 1000).toFixed(0)} µs, p50 ${(times[2500]! * 1000).toFixed(0)} µs, p99 ${(times[4950]! * 1000).toFixed(0)} µs; isolates created: ${vm.isolatesCreated}`,
  );
  vm.close();
}

async function transfers(viaContract: boolean, block: number) {
  const dir = mkdtempSync(join(tmpdir(), 'polyvm-bench-'));
  const store = new LmdbStore(dir);
  const vm = new JsVm(store, { autoFlush: block === 1 });
  vm.createAccount('alice', '1000000');
  vm.createAccount('bob', '0');
  vm.flush();
  let contract = 'token.iost';
  let method = 'transfer';
  let args = '["iost","alice","bob","0.01","bench"]';
  if (viaContract) {
    const d = vm.deploy({
      code: `class Pay { init() {} pay(to, amount) { blockchain.transfer(tx.publisher, to, amount, 'bench'); } }\nmodule.exports = Pay;`,
      abi: ABI([
        { name: 'pay', args: ['string', 'string'], amountLimit: [{ token: 'iost', val: 'unlimited' }] },
      ]),
      signers: ['alice'],
    });
    contract = d.id!;
    method = 'pay';
    args = '["bob","0.01"]';
  }
  vm.flush();
  const n = 5000;
  const t = performance.now();
  for (let i = 0; i < n; i++) {
    const r = vm.call({ contract, method, args, signers: ['alice'] });
    if (r.status !== 'success') throw new Error(r.error);
    if (block > 1 && (i + 1) % block === 0) vm.flush();
  }
  vm.flush();
  const secs = (performance.now() - t) / 1000;
  const bal = vm.balanceOf('bob');
  vm.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  const how = viaContract ? 'through a JS contract (blockchain.transfer)' : 'token.iost transfer';
  console.log(`${how}, commit every ${block} tx: ${(n / secs).toFixed(0)} tx/s (bob holds ${bal} iost)`);
}

metering();
heaviest();
warmCalls();
await transfers(false, 1);
await transfers(false, 100);
await transfers(true, 1);
await transfers(true, 100);
await (await import('./manager.js')).manager();
