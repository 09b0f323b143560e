/**
 * MemoryStore ranges (a sorted key index built on demand, dropped when keys come or go)
 * against LmdbStore, whose order is LMDB's, over random interleavings of writes and ranges.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LmdbStore } from './lmdb-store.js';
import { MemoryStore } from './memory-store.js';
import type { KVStore, RangeOptions } from './store.js';

// A fixed pseudo-random sequence (xorshift32) for reproducible runs.
let seed = 0x1234567;
const rand = (n: number) => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) % n;
};
/** Short keys over few byte values, so that prefixes, bounds and 0x00/0xff edges collide. */
const key = () => Uint8Array.from({ length: 1 + rand(3) }, () => [0, 1, 2, 0x7f, 0x80, 0xff][rand(6)]!);
const dump = (s: KVStore, o: RangeOptions) =>
  [...s.range(o)].map(([k, v]) => `${Buffer.from(k).toString('hex')}=${Buffer.from(v).toString('hex')}`);

describe('MemoryStore range', () => {
  it('agrees with LmdbStore after every write, with random bounds, prefixes, reverse and limits', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'polyvm-memstore-'));
    const lmdb = new LmdbStore(join(dir, 'db'));
    const mem = new MemoryStore();
    try {
      for (let step = 0; step < 400; step++) {
        const k = key();
        const op = rand(4);
        if (op === 0) {
          for (const s of [mem, lmdb]) s.delete(k);
        } else if (op === 1) {
          const ops = [
            { type: 'put' as const, key: key(), value: Uint8Array.of(step & 0xff) },
            { type: 'delete' as const, key: key() },
          ];
          for (const s of [mem, lmdb]) s.batch(ops);
        } else {
          for (const s of [mem, lmdb]) s.put(k, Uint8Array.of(step & 0xff, op));
        }
        const o: RangeOptions = {};
        if (rand(3) === 0) o.prefix = key().subarray(0, 1);
        if (rand(3) === 0) o.start = key();
        if (rand(3) === 0) o.end = key();
        if (rand(2) === 0) o.reverse = true;
        if (rand(3) === 0) o.limit = rand(5);
        // LMDB's forward order is the oracle (its reverse ranges are checked in store.test.ts).
        let want = dump(lmdb, { prefix: o.prefix, start: o.start, end: o.end });
        if (o.reverse) want = want.reverse();
        if (o.limit !== undefined) want = want.slice(0, o.limit);
        expect(dump(mem, o), JSON.stringify({ step, o })).toEqual(want);
      }
      expect(dump(mem, {}).length).toBeGreaterThan(10);
    } finally {
      await lmdb.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('byte keys as strings', () => {
  it('maps every byte to the char of its code, and back', async () => {
    const { bytesToKey, keyToBytes } = await import('./key-string.js');
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const key = bytesToKey(all.subarray(1, 255));
    expect(key.length).toBe(254);
    for (let i = 0; i < key.length; i++) expect(key.charCodeAt(i)).toBe(i + 1);
    expect(keyToBytes(key)).toEqual(all.subarray(1, 255).slice());
    expect(bytesToKey(new Uint8Array(0))).toBe('');
  });
});
