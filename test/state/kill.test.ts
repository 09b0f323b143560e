/**
 * kill -9 at random points of a loop of transactions (docs/state.md): after every kill the
 * store opens, every acknowledged transaction is in it, and no transaction is in it by half.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { JsVm } from '../../src/jsvm/index.js';
import { LmdbStore } from '../../src/state/index.js';
import { exited, spawnNode } from './processes.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const LOOP = join(FIXTURES, 'transfer-loop.ts');
const HOLD = join(FIXTURES, 'hold-lock.ts');
const KILLS = 8;
const TOTAL = 1_000_000;

function balances(dir: string): Promise<{ alice: bigint; bob: bigint }> {
  const store = new LmdbStore(dir);
  const vm = new JsVm(store);
  const b = { alice: vm.balance('iost', 'alice'), bob: vm.balance('iost', 'bob') };
  vm.close();
  return store.close().then(() => b);
}

it(`kill -9 at ${KILLS} random points loses no acknowledged transaction and leaves none half-done`, async () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'polyvm-kill-')), 'state');
  const setup = new JsVm(new LmdbStore(dir), { autoFlush: true });
  setup.createAccount('alice', String(TOTAL));
  setup.createAccount('bob', '0');
  setup.close();
  await setup.cache.store.close();
  const unit = 10n ** 8n; // iost has 8 decimals
  let committed = 0n;
  for (let round = 0; round < KILLS; round++) {
    const child = spawnNode(LOOP, [dir], dirname(LOOP));
    const exit = exited(child);
    let acks = 0n;
    let lines = '';
    await new Promise<void>((resolve) => {
      const killAfter = 1 + Math.floor(Math.random() * 40);
      child.stdout!.on('data', (d: Buffer) => {
        lines += d;
        const parts = lines.split('\n');
        lines = parts.pop()!;
        for (const l of parts) if (l.startsWith('ack ')) acks = BigInt(l.slice(4));
        if (acks >= killAfter) {
          // Somewhere inside the next transactions: after a random extra delay.
          setTimeout(() => child.kill('SIGKILL'), Math.random() * 15);
          resolve();
        }
      });
      child.on('close', () => resolve());
    });
    const end = await exit;
    expect(end.signal, end.stderr).toBe('SIGKILL');
    const { alice, bob } = await balances(dir);
    expect(alice + bob).toBe(BigInt(TOTAL) * unit);
    expect(bob % unit).toBe(0n);
    // Every acknowledged transfer is there, and at most one more (committed, not yet acked).
    expect(bob / unit).toBeGreaterThanOrEqual(committed + acks);
    expect(bob / unit).toBeLessThanOrEqual(committed + acks + 1n);
    committed = bob / unit;
  }
}, 180_000);

it('a writer killed while it holds the lock: its write is gone and the next writer goes on', async () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'polyvm-kill-')), 'state');
  const setup = new JsVm(new LmdbStore(dir), { autoFlush: true });
  setup.createAccount('alice', '10');
  setup.close();
  await setup.cache.store.close();
  const holder = spawnNode(HOLD, [dir], dirname(HOLD));
  const exit = exited(holder);
  await new Promise<void>((resolve) =>
    holder.stdout!.on('data', (d: Buffer) => String(d).includes('locked') && resolve()),
  );
  holder.kill('SIGKILL');
  expect((await exit).signal).toBe('SIGKILL');
  const store = new LmdbStore(dir);
  expect(store.get(new Uint8Array([0x7a]))).toBeUndefined();
  const vm = new JsVm(store, { autoFlush: true });
  vm.createAccount('bob', '1');
  expect(vm.balanceOf('bob')).toBe('1');
  vm.close();
  await store.close();
});
