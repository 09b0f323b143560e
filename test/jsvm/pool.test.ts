/**
 * JsVmPool (seed 003, VMWorker lifecycle management): the pool grows while requests wait, up to
 * maxWorkers, shrinks to minWorkers when idle, and its workers over one state directory lose no
 * update: every transaction is its own block, committed one at a time.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { JsVmPool } from '../../src/jsvm/index.js';
import { abiOf } from './helpers.js';

const COUNTER = `class C {
  init() { storage.put('n', '0'); }
  inc(by) { const n = Number(storage.get('n')) + by; storage.put('n', String(n)); return n; }
  get() { return storage.get('n'); }
}
module.exports = C;`;

const pools: JsVmPool[] = [];
afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
});

test('grows under a queue, loses no update, shrinks when idle', async () => {
  const pool = new JsVmPool({
    stateDir: mkdtempSync(join(tmpdir(), 'polyvm-pool-')),
    minWorkers: 1,
    maxWorkers: 2,
    idleMs: 4000,
  });
  pools.push(pool);
  expect(pool.stats).toMatchObject({ workers: 1, peak: 1, started: 1 });
  await pool.createAccount('alice', '100');
  const d = await pool.deploy({
    code: COUNTER,
    abi: abiOf([['inc', ['number']], ['get']]),
    signers: ['alice'],
  });
  expect(d.status).toBe('success');
  const calls = Array.from({ length: 12 }, (_, i) =>
    pool.call({ contract: d.id!, method: 'inc', args: `[${i + 1}]`, signers: ['alice'] }),
  );
  expect(pool.stats.workers).toBe(2);
  const results = await Promise.all(calls);
  // Both just worked: neither is closed before it has been idle for idleMs.
  expect(pool.stats).toMatchObject({ workers: 2, retired: 0 });
  expect(results.every((r) => r.status === 'success')).toBe(true);
  // Each increment saw every earlier one: the returns are the partial sums, in some order.
  const seen = results.map((r) => Number(r.returns[0])).sort((a, b) => a - b);
  expect(seen[seen.length - 1]).toBe(78);
  expect(new Set(seen).size).toBe(12);
  const get = await pool.call({ contract: d.id!, method: 'get', signers: ['alice'] });
  expect(get.returns).toEqual(['78']);
  expect(pool.stats).toMatchObject({ peak: 2, started: 2, queued: 0 });
  const t0 = Date.now();
  while (pool.stats.workers > 1 && Date.now() - t0 < 20_000) await new Promise((r) => setTimeout(r, 100));
  expect(pool.stats).toMatchObject({ workers: 1, retired: 1 });
  // A retired worker's place is taken again when requests queue.
  const again = await Promise.all(
    [1, 2].map(() => pool.call({ contract: d.id!, method: 'inc', args: '[1]', signers: ['alice'] })),
  );
  expect(again.map((r) => r.status)).toEqual(['success', 'success']);
  expect(pool.stats.started).toBe(3);
}, 60_000);

test('bad options and requests after close are refused with a typed error', async () => {
  expect(() => new JsVmPool({ stateDir: '' })).toThrow(/stateDir must name the state directory/);
  expect(() => new JsVmPool({ stateDir: '/tmp/x', minWorkers: 3, maxWorkers: 2 })).toThrow(
    'JsVmPool: minWorkers 3 is more than maxWorkers 2',
  );
  expect(() => new JsVmPool({ stateDir: '/tmp/x', maxWorkers: 0 })).toThrow(
    'JsVmPool: maxWorkers must be an integer of at least 1, got 0',
  );
  const pool = new JsVmPool({ stateDir: mkdtempSync(join(tmpdir(), 'polyvm-pool-')), minWorkers: 0 });
  await pool.close();
  await expect(pool.hasAccount('alice')).rejects.toMatchObject({ code: 'JS_REQUEST' });
});
