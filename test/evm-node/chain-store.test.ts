/**
 * The dev node's undo log (src/evm-node/chain-store.ts): a flush records each changed key's
 * value before it, storeAt reads the state as of an earlier entry, undoTo puts it back; and
 * entries in the JSON form older versions wrote are still read.
 */
import { describe, expect, it } from 'vitest';
import { flushWithUndo, storeAt, undoKey, undoTo } from '../../src/evm-node/chain-store.js';
import { JournaledCache, MemoryStore } from '../../src/state/index.js';

const b = (s: string) => new TextEncoder().encode(s);
const s = (v: Uint8Array | undefined) => (v === undefined ? undefined : new TextDecoder().decode(v));

function chain() {
  const store = new MemoryStore();
  const cache = new JournaledCache(store);
  cache.put(b('kept'), b('k0'));
  cache.put(b('changed'), b('c0'));
  cache.put(b('deleted'), b('d0'));
  flushWithUndo(cache, 1n);
  cache.put(b('changed'), b('c1'));
  cache.delete(b('deleted'));
  cache.put(b('added'), new Uint8Array(0));
  flushWithUndo(cache, 2n);
  return { store, cache };
}

describe('undo log', () => {
  it('storeAt shows the state after an earlier entry', () => {
    const { store } = chain();
    const at1 = storeAt(store, 1n, 2n);
    expect([s(at1.get(b('kept'))), s(at1.get(b('changed'))), s(at1.get(b('deleted')))]).toEqual([
      'k0',
      'c0',
      'd0',
    ]);
    expect(at1.get(b('added'))).toBeUndefined();
    const at0 = storeAt(store, 0n, 2n);
    expect([at0.get(b('kept')), at0.get(b('changed')), at0.get(b('deleted'))]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(s(store.get(b('changed')))).toBe('c1');
    expect(store.get(b('added'))).toEqual(new Uint8Array(0));
  });

  it('undoTo restores every key and drops the entries after it', () => {
    const { store, cache } = chain();
    undoTo(cache, 1n, 2n);
    cache.flush();
    expect([s(store.get(b('kept'))), s(store.get(b('changed'))), s(store.get(b('deleted')))]).toEqual([
      'k0',
      'c0',
      'd0',
    ]);
    expect(store.get(b('added'))).toBeUndefined();
    expect(store.get(undoKey(2n))).toBeUndefined();
    expect(store.get(undoKey(1n))).toBeDefined();
  });

  it('reads undo entries in the JSON form of earlier versions', () => {
    const store = new MemoryStore();
    const hex = (v: string) => Buffer.from(v).toString('hex');
    store.put(b('changed'), b('c1'));
    store.put(b('added'), b('a1'));
    const old = {
      ops: [
        [hex('changed'), hex('c0')],
        [hex('added'), null],
        [hex('deleted'), hex('d0')],
      ],
    };
    store.put(undoKey(5n), b(JSON.stringify(old)));
    const at4 = storeAt(store, 4n, 5n);
    expect([s(at4.get(b('changed'))), at4.get(b('added')), s(at4.get(b('deleted')))]).toEqual([
      'c0',
      undefined,
      'd0',
    ]);
    const cache = new JournaledCache(store);
    undoTo(cache, 4n, 5n);
    cache.flush();
    expect([s(store.get(b('changed'))), store.get(b('added')), s(store.get(b('deleted')))]).toEqual([
      'c0',
      undefined,
      'd0',
    ]);
  });
});
