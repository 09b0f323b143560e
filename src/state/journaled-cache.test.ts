import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { JournalError, StateStoreError } from '../core/errors.js';
import { JournaledCache } from './journaled-cache.js';
import { LmdbStore } from './lmdb-store.js';
import { MemoryStore } from './memory-store.js';
import type { BatchOp } from './store.js';

const here = dirname(fileURLToPath(import.meta.url));
const b = (...xs: number[]) => new Uint8Array(xs);
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'polyvm-journal-'));
  dirs.push(d);
  return d;
}
/** Every file below `dir` with its size and SHA-256, to prove a directory was not modified. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[p] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}
const contents = (c: { range(): Iterable<[Uint8Array, Uint8Array]> }) =>
  Object.fromEntries(
    [...c.range()].map(([k, v]) => [Buffer.from(k).toString('hex'), Buffer.from(v).toString('hex')]),
  );

describe('JournaledCache checkpoints', () => {
  it('revert discards exactly the writes after its checkpoint, at every nesting level', () => {
    const store = new MemoryStore();
    store.put(b(0), b(0));
    store.put(b(9), b(9));
    const cache = new JournaledCache(store);
    // Level i writes key i and overwrites key 0 and deletes key 9 at level 3.
    const snapshots: Record<string, string>[] = [];
    for (let level = 1; level <= 5; level++) {
      snapshots.push(contents(cache));
      cache.checkpoint();
      cache.put(b(level), b(level));
      cache.put(b(0), b(level));
      if (level === 3) cache.delete(b(9));
    }
    expect(cache.depth).toBe(5);
    expect(contents(cache)).toEqual({
      '00': '05',
      '01': '01',
      '02': '02',
      '03': '03',
      '04': '04',
      '05': '05',
    });
    for (let level = 5; level >= 1; level--) {
      cache.revert();
      expect(contents(cache)).toEqual(snapshots[level - 1]);
    }
    expect(contents(cache)).toEqual({ '00': '00', '09': '09' });
    expect(cache.pendingCount).toBe(0);
  });

  it('commit folds into the enclosing level, which can still be reverted', () => {
    const cache = new JournaledCache(new MemoryStore());
    cache.put(b(1), b(1)); // block level
    cache.checkpoint(); // transaction
    cache.put(b(2), b(2));
    cache.checkpoint(); // call
    cache.put(b(3), b(3));
    cache.put(b(1), b(7));
    cache.commit(); // call succeeds
    expect(contents(cache)).toEqual({ '01': '07', '02': '02', '03': '03' });
    cache.revert(); // transaction fails
    expect(contents(cache)).toEqual({ '01': '01' });
  });

  it('agrees with a model over random operations', () => {
    let seed = 12345;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const cache = new JournaledCache(new MemoryStore());
    const model: Map<number, number>[] = [new Map()];
    for (let step = 0; step < 5000; step++) {
      const op = rand(10);
      const top = model[model.length - 1]!;
      if (op < 4) {
        const k = rand(16);
        const v = rand(256);
        cache.put(b(k), b(v));
        top.set(k, v);
      } else if (op < 6) {
        const k = rand(16);
        cache.delete(b(k));
        top.delete(k);
      } else if (op === 6 && model.length < 12) {
        cache.checkpoint();
        model.push(new Map(top));
      } else if (op === 7 && model.length > 1) {
        cache.commit();
        const committed = model.pop()!;
        model[model.length - 1] = committed;
      } else if (op === 8 && model.length > 1) {
        cache.revert();
        model.pop();
      }
      const expected = model[model.length - 1]!;
      const k = rand(16);
      expect(cache.get(b(k))).toEqual(expected.has(k) ? b(expected.get(k)!) : undefined);
    }
    const expected = Object.fromEntries(
      [...model[model.length - 1]!]
        .sort((x, y) => x[0] - y[0])
        .map(([k, v]) => [k.toString(16).padStart(2, '0'), v.toString(16).padStart(2, '0')]),
    );
    expect(contents(cache)).toEqual(expected);
  });

  it('range overlays pending writes and deletes on the store, in order', () => {
    const store = new MemoryStore();
    for (const k of [1, 3, 5, 7]) store.put(b(k), b(k));
    const cache = new JournaledCache(store);
    cache.put(b(2), b(0x22));
    cache.put(b(5), b(0x55));
    cache.delete(b(3));
    cache.put(b(9), b(9));
    expect(Object.keys(contents(cache))).toEqual(['01', '02', '05', '07', '09']);
    expect(contents(cache)['05']).toBe('55');
    const reversed = [...cache.range({ reverse: true, limit: 3 })].map(([k]) => k[0]);
    expect(reversed).toEqual([9, 7, 5]);
  });

  it('rejects commit or revert without a checkpoint and flush inside one', () => {
    const cache = new JournaledCache(new MemoryStore());
    expect(() => cache.commit()).toThrow(JournalError);
    expect(() => cache.revert()).toThrow(JournalError);
    cache.checkpoint();
    expect(() => cache.flush()).toThrow(/open checkpoint/);
  });

  it('atomically() reverts when the function throws', () => {
    const cache = new JournaledCache(new MemoryStore());
    cache.put(b(1), b(1));
    expect(() =>
      cache.atomically(() => {
        cache.put(b(1), b(2));
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(cache.get(b(1))).toEqual(b(1));
    const result = cache.atomically(() => {
      cache.put(b(2), b(2));
      return 'ok';
    });
    expect(result).toBe('ok');
    expect(cache.get(b(2))).toEqual(b(2));
  });
});

describe('JournaledCache over LMDB', () => {
  it('data survives closing and reopening', async () => {
    const dir = join(tempDir(), 'state');
    const cache = new JournaledCache(new LmdbStore(dir));
    cache.put(b(1, 2), b(3));
    cache.checkpoint();
    cache.put(b(4), b(5));
    cache.commit();
    cache.flush();
    await cache.store.close();
    const reopened = new LmdbStore(dir);
    expect(contents(reopened)).toEqual({ '0102': '03', '04': '05' });
    await reopened.close();
  });

  it('a flush is all-or-nothing when the store fails in the middle', async () => {
    const dir = join(tempDir(), 'state');
    class FailingStore extends LmdbStore {
      failAt = -1;
      protected override applyOp(op: BatchOp, index: number): void {
        if (index === this.failAt) throw new Error('disk on fire');
        super.applyOp(op, index);
      }
    }
    const store = new FailingStore(dir);
    const cache = new JournaledCache(store);
    for (let i = 0; i < 50; i++) cache.put(b(1, i), b(1));
    cache.flush(); // block 1
    for (let i = 0; i < 50; i++) cache.put(b(2, i), b(2));
    cache.delete(b(1, 0));
    store.failAt = 25;
    expect(() => cache.flush()).toThrow('disk on fire'); // block 2
    expect(cache.pendingCount).toBe(51); // the cache still holds block 2
    await store.close();

    const reopened = new LmdbStore(dir);
    const keys = Object.keys(contents(reopened));
    expect(keys).toHaveLength(50);
    expect(keys.every((k) => k.startsWith('01'))).toBe(true);
    await reopened.close();
  });

  it('a process killed in the middle of a flush leaves none of that block and all earlier ones', async () => {
    const dir = join(tempDir(), 'state');
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(here, 'fixtures', 'crash-during-flush.ts'), dir, '40'],
      { encoding: 'utf8' },
    );
    expect(child.signal).toBe('SIGKILL');
    expect(child.stdout).not.toContain('not killed');
    const reopened = new LmdbStore(dir);
    const keys = Object.keys(contents(reopened));
    expect(keys).toHaveLength(200);
    expect(keys.filter((k) => k.startsWith('03'))).toEqual([]);
    expect(keys.filter((k) => k.startsWith('01'))).toHaveLength(100);
    expect(keys.filter((k) => k.startsWith('02'))).toHaveLength(100);
    await reopened.close();
  });
});

describe('LmdbStore directories', () => {
  it('refuses a directory that is not a polyvm store and leaves it untouched', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notes.txt'), 'my files');
    const before = snapshot(dir);
    expect(() => new LmdbStore(dir)).toThrow(StateStoreError);
    expect(() => new LmdbStore(dir)).toThrow(/is not a polyvm state store \(no polyvm\.json\)/);
    expect(snapshot(dir)).toEqual(before);
  });

  const corruptions: [string, (data: Buffer) => Buffer, RegExp][] = [
    ['overwritten with garbage', (d) => Buffer.alloc(d.length, 0xab), /first meta page: bad magic number/],
    ['truncated', (d) => d.subarray(0, 100), /first meta page: truncated/],
    ['zero-length', () => Buffer.alloc(0), /first meta page: truncated/],
    [
      'second meta page damaged',
      (d) => {
        const c = Buffer.from(d);
        c.writeUInt32LE(0x12345678, 4096 + 24);
        return c;
      },
      /second meta page: bad magic number/,
    ],
    [
      'root page out of range',
      (d) => {
        const c = Buffer.from(d);
        c.writeBigUInt64LE(1n << 40n, 4096 + 136);
        return c;
      },
      /main tree reaches page 1099511627776, beyond the last page/,
    ],
  ];
  it.each(corruptions)(
    'refuses a store whose data file is %s and leaves it untouched',
    async (_what, corrupt, why) => {
      const dir = join(tempDir(), 'state');
      const store = new LmdbStore(dir);
      store.put(b(1), b(1));
      await store.close();
      writeFileSync(join(dir, 'data.mdb'), corrupt(readFileSync(join(dir, 'data.mdb'))));
      const before = snapshot(dir);
      const error = (() => {
        try {
          new LmdbStore(dir);
        } catch (e) {
          return e as StateStoreError;
        }
      })();
      expect(error).toBeInstanceOf(StateStoreError);
      expect(error?.code).toBe('STATE_CORRUPT');
      expect(error?.shortMessage).toMatch(/ is corrupt: data\.mdb: /);
      expect(error?.shortMessage).toMatch(why);
      expect(() => new LmdbStore(dir, { readOnly: true })).toThrow(StateStoreError);
      expect(snapshot(dir)).toEqual(before);
    },
  );

  it('refuses a marker of another format or version, and a missing data file', () => {
    const dir = tempDir();
    const bad = (marker: string) => {
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir);
      writeFileSync(join(dir, 'polyvm.json'), marker);
      return snapshot(dir);
    };
    let before = bad('{oops');
    expect(() => new LmdbStore(dir)).toThrow(/polyvm\.json is not valid JSON/);
    expect(snapshot(dir)).toEqual(before);
    before = bad('{"format":"other","version":1}');
    expect(() => new LmdbStore(dir)).toThrow(/has format "other"/);
    before = bad('{"format":"polyvm-state","version":99}');
    expect(() => new LmdbStore(dir)).toThrow(/has version 99/);
    before = bad('{"format":"polyvm-state","version":1}');
    expect(() => new LmdbStore(dir)).toThrow(/data\.mdb is missing/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('opens read-only without creating anything', () => {
    const dir = join(tempDir(), 'absent');
    expect(() => new LmdbStore(dir, { readOnly: true })).toThrow(/no state store at/);
    expect(() => readdirSync(dir)).toThrow();
  });

  it('rejects empty and oversized keys', async () => {
    const store = new LmdbStore(join(tempDir(), 'state'));
    expect(() => store.put(new Uint8Array(0), b(1))).toThrow(/1 to 1978 bytes, got 0/);
    expect(() => store.put(new Uint8Array(1979), b(1))).toThrow(/got 1979/);
    await store.close();
  });
});
