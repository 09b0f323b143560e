import { describe, expect, it } from 'vitest';
import { xorshift32 as rng } from '../core/xorshift.js';
import { JournaledCache, MemoryStore } from '../state/index.js';
import { LiveStateRoot } from './live-state-root.js';
import { accountKey, encodeAccount, KECCAK_EMPTY_CODE, storageKey } from './state-keys.js';
import { computeStateRoot } from './state-root.js';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe('LiveStateRoot', () => {
  it('equals computeStateRoot over 300 random blocks of account and storage writes, deletions included', () => {
    const rand = rng(11);
    const pick = (n: number) => Math.floor(rand() * n);
    const store = new MemoryStore();
    const live = new LiveStateRoot(store);
    const cache = new JournaledCache(store);
    const code = Uint8Array.from({ length: 32 }, (_, i) => i);
    for (let block = 0; block < 300; block++) {
      for (let i = 0, n = 1 + pick(12); i < n; i++) {
        const a = BigInt(1 + pick(60));
        const r = rand();
        if (r < 0.1) cache.delete(accountKey(a));
        else if (r < 0.5)
          cache.put(
            accountKey(a),
            encodeAccount({
              nonce: BigInt(pick(5)),
              balance: BigInt(pick(1e9)),
              codeHash: r < 0.3 ? code : KECCAK_EMPTY_CODE,
            }),
          );
        else {
          const slot = storageKey(a, BigInt(pick(20)));
          if (r < 0.65) cache.delete(slot);
          else if (r < 0.7)
            cache.put(slot, new Uint8Array(2)); // a stored zero is no entry
          else cache.put(slot, Uint8Array.of(1 + pick(255), pick(256)));
          if (rand() < 0.5)
            cache.put(accountKey(a), encodeAccount({ nonce: 1n, balance: 5n, codeHash: code }));
        }
      }
      const way = rand();
      // Roots computed before the write (a block), none (a dev edit), or changes after the root.
      if (way < 0.6) expect(hex(live.root(cache))).toBe(hex(computeStateRoot(cache)));
      else if (way < 0.8) {
        live.root(cache);
        cache.put(
          accountKey(7n),
          encodeAccount({ nonce: BigInt(block), balance: 1n, codeHash: KECCAK_EMPTY_CODE }),
        );
      }
      const changes = cache.changes();
      cache.flush();
      live.committed(changes);
      if (block % 50 === 49) live.reset();
    }
    expect(hex(live.root(cache))).toBe(hex(computeStateRoot(cache)));
  });

  it('falls back to a full computation for a cache over another store', () => {
    const live = new LiveStateRoot(new MemoryStore());
    const other = new JournaledCache(new MemoryStore());
    other.put(accountKey(1n), encodeAccount({ nonce: 1n, balance: 2n, codeHash: KECCAK_EMPTY_CODE }));
    expect(hex(live.root(other))).toBe(hex(computeStateRoot(other)));
  });
});
