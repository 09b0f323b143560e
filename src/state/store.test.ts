import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hexToBytes } from '../core/bytes.js';
import { StateStoreError } from '../core/errors.js';
import { LmdbStore } from './lmdb-store.js';
import { MemoryStore } from './memory-store.js';
import { type KVStore, prefixEnd } from './store.js';

const h = (s: string) => hexToBytes(s);
const hex = (entries: Iterable<[Uint8Array, Uint8Array]>) =>
  [...entries].map(([k, v]) => `${Buffer.from(k).toString('hex')}=${Buffer.from(v).toString('hex')}`);

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'polyvm-store-'));
  dirs.push(d);
  return d;
}

const stores: [string, () => KVStore][] = [
  ['MemoryStore', () => new MemoryStore()],
  ['LmdbStore', () => new LmdbStore(join(tempDir(), 'db'))],
];

describe.each(stores)('%s', (_name, make) => {
  it('gets, puts and deletes', async () => {
    const s = make();
    expect(s.get(h('01'))).toBeUndefined();
    s.put(h('01'), h('aa'));
    expect(s.get(h('01'))).toEqual(h('aa'));
    expect(s.has(h('01'))).toBe(true);
    s.delete(h('01'));
    expect(s.has(h('01'))).toBe(false);
    await s.close();
  });

  it('iterates in byte order, bounded by prefix, start/end, reverse and limit', async () => {
    const s = make();
    for (const k of ['0201', '01', '02', '02ff', '0300', '0200']) s.put(h(k), h('00'));
    expect(hex(s.range()).map((e) => e.split('=')[0])).toEqual(['01', '02', '0200', '0201', '02ff', '0300']);
    expect(hex(s.range({ prefix: h('02') })).map((e) => e.split('=')[0])).toEqual([
      '02',
      '0200',
      '0201',
      '02ff',
    ]);
    expect(hex(s.range({ start: h('0200'), end: h('02ff') })).map((e) => e.split('=')[0])).toEqual([
      '0200',
      '0201',
    ]);
    expect(hex(s.range({ prefix: h('02'), reverse: true })).map((e) => e.split('=')[0])).toEqual([
      '02ff',
      '0201',
      '0200',
      '02',
    ]);
    expect(
      hex(s.range({ start: h('02'), end: h('0300'), reverse: true, limit: 2 })).map((e) => e.split('=')[0]),
    ).toEqual(['02ff', '0201']);
    expect(hex(s.range({ limit: 1 }))).toEqual(['01=00']);
    await s.close();
  });

  it('reverse ranges reach the lowest keys, a single zero byte included', async () => {
    const s = make();
    for (const k of ['00', '0000', '0080', '01']) s.put(h(k), h('00'));
    const keys = (o: Parameters<typeof s.range>[0]) => hex(s.range(o)).map((e) => e.split('=')[0]);
    expect(keys({ reverse: true })).toEqual(['01', '0080', '0000', '00']);
    expect(keys({ prefix: h('00'), reverse: true })).toEqual(['0080', '0000', '00']);
    await s.close();
  });

  it('applies a batch as a whole', async () => {
    const s = make();
    s.put(h('05'), h('01'));
    s.batch([
      { type: 'put', key: h('06'), value: h('02') },
      { type: 'delete', key: h('05') },
    ]);
    expect(hex(s.range())).toEqual(['06=02']);
    await s.close();
  });

  it('refuses use after close', async () => {
    const s = make();
    await s.close();
    expect(() => s.get(h('01'))).toThrow(StateStoreError);
  });
});

describe('prefixEnd', () => {
  it('is the next key after every key with the prefix', () => {
    expect(prefixEnd(h('0102'))).toEqual(h('0103'));
    expect(prefixEnd(h('01ff'))).toEqual(h('02'));
    expect(prefixEnd(h('ffff'))).toBeUndefined();
  });
});
