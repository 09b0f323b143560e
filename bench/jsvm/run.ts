/**
 * JavaScript VM benchmarks: metering overhead (instrumented vs. raw V8 on the same
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
const { instrument, JsVm } = await import('../../src/jsvm/index.js');
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

function prepare(source: string) {
  const iso = new ivm.Isolate({ memoryLimit: 128 });
  const ctx = iso.createContextSync();
  iso
    .compileScriptSync(
      `var __pvm_m = { g: 0, l: Infinity, d: 0, f: null };
     function __pvm_oog() { throw new Error('oog'); }
     function __pvm_deep() { throw new Error('deep'); }
     var module = { exports: {} };
     (function (module) { 'use strict';\n${source}\n})(module);
     var __C = module.exports;
     function __bench(n) { return new __C().run(n); }`,
    )
    .runSync(ctx);
  const fn = ctx.global.getSync('__bench', { reference: true }) as InstanceType<typeof ivm.Reference>;
  return { iso, fn };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Raw and instrumented runs alternate, so both see the same machine load; medians compared. */
function metering() {
  const n = 300_000;
  const raw = prepare(COMPUTE);
  const metered = prepare(instrument(COMPUTE));
  const times = { raw: [] as number[], metered: [] as number[] };
  for (let i = 0; i < 60; i++) {
    for (const [name, p] of [
      ['raw', raw],
      ['metered', metered],
    ] as const) {
      const t = performance.now();
      p.fn.applySync(undefined, [n]);
      if (i >= 10) times[name].push(performance.now() - t); // the first rounds warm up the JIT
    }
  }
  raw.iso.dispose();
  metered.iso.dispose();
  const r = median(times.raw);
  const m = median(times.metered);
  console.log(
    `metering overhead: raw V8 ${r.toFixed(2)} ms, instrumented ${m.toFixed(2)} ms, ratio ${(m / r).toFixed(2)}x (medians of 50 alternating runs)`,
  );
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
warmCalls();
await transfers(false, 1);
await transfers(false, 100);
await transfers(true, 1);
await transfers(true, 100);
