/**
 * Writers that share a store: a flush commits only on the state its reads saw, exclusive()
 * serialises, and a store's exclusive section is all or nothing.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StateConflictError } from '../core/errors.js';
import { JournaledCache } from './journaled-cache.js';
import { LmdbStore } from './lmdb-store.js';
import { MemoryStore } from './memory-store.js';
import type { KVStore } from './store.js';

const b = (...xs: number[]) => new Uint8Array(xs);
const num = (v: Uint8Array | undefined) => (v ? v[0]! : 0);

/** Two stores on one LMDB directory, as two processes would have them. */
function twoLmdb(): [KVStore, KVStore] {
  const dir = join(mkdtempSync(join(tmpdir(), 'polyvm-conflict-')), 'st');
  return [new LmdbStore(dir), new LmdbStore(dir)];
}

const pairs: [string, () => [KVStore, KVStore]][] = [
  ['two LmdbStores on one directory', twoLmdb],
  [
    'one MemoryStore',
    () => {
      const m = new MemoryStore();
      return [m, m];
    },
  ],
];

describe.each(pairs)('%s', (_name, make) => {
  it('a flush after another writer changed a key it read fails, writes nothing, keeps its changes', () => {
    const [s1, s2] = make();
    s1.put(b(1), b(10));
    const a = new JournaledCache(s1);
    const c = new JournaledCache(s2);
    // Transactions, as the engines run them: a checkpoint, reads, writes, commit.
    a.atomically(() => a.put(b(1), b(num(a.get(b(1))) + 1))); // read 10, write 11
    c.atomically(() => c.put(b(1), b(num(c.get(b(1))) + 5))); // read 10, write 15
    c.flush();
    expect(() => a.flush()).toThrow(StateConflictError);
    expect(() => a.flush()).toThrow(/another writer changed the state this work read; nothing was written/);
    expect(s1.get(b(1))).toEqual(b(15));
    expect(a.get(b(1))).toEqual(b(11));
    a.discard();
    a.atomically(() => a.put(b(1), b(num(a.get(b(1))) + 1)));
    a.flush();
    expect(s2.get(b(1))).toEqual(b(16));
  });

  it('a key read as absent that another writer created is a conflict', () => {
    const [s1, s2] = make();
    const a = new JournaledCache(s1);
    expect(a.has(b(7))).toBe(false);
    a.put(b(8), b(1));
    s2.put(b(7), b(1));
    expect(() => a.flush()).toThrow(StateConflictError);
    expect(s1.get(b(8))).toBeUndefined();
  });

  it('a range read that another writer changed (a key added, a value changed) is a conflict', () => {
    const [s1, s2] = make();
    s1.put(b(2, 1), b(1));
    s1.put(b(2, 3), b(1));
    for (const change of [
      () => s2.put(b(2, 2), b(1)),
      () => s2.put(b(2, 3), b(9)),
      () => s2.delete(b(2, 1)),
    ]) {
      const a = new JournaledCache(s1);
      expect([...a.range({ prefix: b(2) })].length).toBeGreaterThan(0);
      a.put(b(3), b(1));
      change();
      expect(() => a.flush()).toThrow(StateConflictError);
    }
    // A range that was not read to its end does not conflict with a change past where it stopped.
    const a = new JournaledCache(s1);
    const first = a.range({ prefix: b(2) }).next();
    expect(first.done).toBe(false);
    a.put(b(3), b(1));
    s2.put(b(2, 0xff), b(1));
    a.flush();
    expect(s2.get(b(3))).toEqual(b(1));
  });

  it('work run inside exclusive() reads under the lock and flushes without a check to fail', () => {
    const [s1, s2] = make();
    s1.put(b(1), b(1));
    const a = new JournaledCache(s1);
    const c = new JournaledCache(s2);
    expect(a.get(b(1))).toEqual(b(1)); // an earlier read, outside the lock
    c.put(b(1), b(2));
    c.flush();
    a.exclusive(() => {
      a.put(b(1), b(num(a.get(b(1))) + 1));
      a.flush();
    });
    expect(s2.get(b(1))).toEqual(b(3));
  });
});

describe('KVStore.exclusive', () => {
  it.each([
    ['MemoryStore', () => new MemoryStore()],
    ['LmdbStore', () => new LmdbStore(join(mkdtempSync(join(tmpdir(), 'polyvm-excl-')), 'st'))],
  ] as [string, () => KVStore][])(
    '%s: writes inside commit together, or not at all when it throws',
    (_n, make) => {
      const s = make();
      s.put(b(1), b(1));
      expect(() =>
        s.exclusive(() => {
          s.put(b(1), b(2));
          s.batch([
            { type: 'put', key: b(2), value: b(2) },
            { type: 'delete', key: b(1) },
          ]);
          s.exclusive(() => s.put(b(3), b(3)));
          throw new Error('stop');
        }),
      ).toThrow('stop');
      expect([...s.range()].map(([k, v]) => [k[0], v[0]])).toEqual([[1, 1]]);
      expect(
        s.exclusive(() => {
          s.put(b(4), b(4));
          return 'done';
        }),
      ).toBe('done');
      expect(s.get(b(4))).toEqual(b(4));
    },
  );
});
