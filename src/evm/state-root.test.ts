/**
 * computeStateRoot with a StateRootMemo (storage roots and account-trie subtrees kept across
 * transactions over one pre-state) against computeStateRoot without one, which
 * trie/state-root.test.ts checks against @ethereumjs/mpt and ethereum/tests.
 */
import { describe, expect, it } from 'vitest';
import { JournaledCache, MemoryStore } from '../state/index.js';
import { accountKey, encodeAccount, KECCAK_EMPTY_CODE, storageKey } from './state-keys.js';
import { computeStateRoot, StateRootMemo } from './state-root.js';
import { bigIntToMinimal } from './words.js';

// A fixed pseudo-random sequence (xorshift32) for reproducible states.
let seed = 0x2545f491;
const rand = (n: number) => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) % n;
};

const putAccount = (c: { put(k: Uint8Array, v: Uint8Array): void }, address: bigint, balance: bigint) =>
  c.put(accountKey(address), encodeAccount({ nonce: 1n, balance, codeHash: KECCAK_EMPTY_CODE }));

function preState(accounts: number): MemoryStore {
  const store = new MemoryStore();
  for (let i = 1; i <= accounts; i++) {
    const address = BigInt(i) * 0x1000003n;
    putAccount(store, address, BigInt(i));
    for (let s = 0; s < (i % 4) + (i % 10 === 0 ? 40 : 0); s++)
      store.put(storageKey(address, BigInt(s)), bigIntToMinimal(BigInt(i * 7 + s)));
  }
  return store;
}

/** Random changes to a cache over the pre-state: balances, new and deleted accounts, storage. */
function mutate(cache: JournaledCache, accounts: number): void {
  for (let n = rand(6); n >= 0; n--) {
    // Some are new; every tenth has 40 more slots.
    const address = BigInt(1 + rand(accounts + 20)) * 0x1000003n;
    switch (rand(4)) {
      case 0:
        putAccount(cache, address, BigInt(rand(1000)));
        break;
      case 1:
        cache.delete(accountKey(address));
        for (let s = 0; s < 44; s++) cache.delete(storageKey(address, BigInt(s)));
        break;
      case 2:
        putAccount(cache, address, 5n);
        cache.put(storageKey(address, BigInt(rand(46))), bigIntToMinimal(BigInt(1 + rand(99))));
        break;
      default:
        cache.delete(storageKey(address, BigInt(rand(44))));
    }
  }
}

describe('computeStateRoot with a StateRootMemo', () => {
  for (const accounts of [0, 1, 2, 17, 300]) {
    it(`equals the root computed afresh over ${accounts} accounts and 60 transactions`, () => {
      const store = preState(accounts);
      const memo = new StateRootMemo();
      expect(computeStateRoot(new JournaledCache(store), memo)).toEqual(
        computeStateRoot(new JournaledCache(store)),
      );
      for (let t = 0; t < 60; t++) {
        const cache = new JournaledCache(store);
        mutate(cache, accounts);
        expect(computeStateRoot(cache, memo)).toEqual(computeStateRoot(cache));
      }
    });
  }
});
