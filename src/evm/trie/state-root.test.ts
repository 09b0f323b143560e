/**
 * stateRoot against two independent references:
 * - ethereum/tests GeneralStateTests: when a transaction is rejected (`expectException`), the
 *   post-state `hash` is the root of the untouched `pre` state, so stateRoot(pre) must equal it;
 * - @ethereumjs/mpt (dev dependency) in a differential test over generated accounts and storage.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createMPT } from '@ethereumjs/mpt';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { describe, expect, it } from 'vitest';
import { conformanceSuite } from '../../../test/conformance-dir.js';
import { bytesToHex, hexToBytes } from '../../core/bytes.js';
import { bigIntToMinimalBytes, rlpEncode } from '../rlp.js';
import {
  type AccountForRoot,
  EMPTY_TRIE_ROOT,
  KECCAK_EMPTY,
  stateRoot,
  storageRoot,
  trieRoot,
} from './index.js';

interface PreAccount {
  balance: string;
  code: string;
  nonce: string;
  storage: Record<string, string>;
}

function accountsOf(pre: Record<string, PreAccount>): AccountForRoot[] {
  return Object.entries(pre).map(([address, a]) => ({
    address: hexToBytes(address),
    nonce: BigInt(a.nonce),
    balance: BigInt(a.balance),
    codeHash: keccak_256(hexToBytes(a.code)),
    storage: Object.entries(a.storage).map(([k, v]) => [BigInt(k), BigInt(v)] as const),
  }));
}

interface StateTest {
  pre: Record<string, PreAccount>;
  post?: Record<string, { expectException?: string; hash: string }[]>;
}

function* jsonFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* jsonFiles(p);
    else if (name.endsWith('.json')) yield p;
  }
}

const suite = conformanceSuite('ethereum-tests/GeneralStateTests');
// Folders known to hold rejected transactions; scanning them is fast (a few dozen files).
const FOLDERS = ['stEIP1559', 'stEIP3607', 'stTransactionTest', 'stEIP3860-limitmeterinitcode', 'Cancun'];

describe.skipIf(!suite.found)(`stateRoot of pre-states of rejected transactions ${suite.skipReason}`, () => {
  it('equals the expected post hash for every rejected Cancun case in the scanned folders', () => {
    let checked = 0;
    for (const folder of FOLDERS) {
      let files: string[];
      try {
        files = [...jsonFiles(join(suite.path, folder))];
      } catch {
        continue;
      }
      for (const file of files) {
        const text = readFileSync(file, 'utf8');
        if (!text.includes('expectException')) continue;
        for (const [name, test] of Object.entries(JSON.parse(text) as Record<string, StateTest>)) {
          const cases = test.post?.Cancun ?? [];
          const rejected = cases.filter((c) => c.expectException);
          if (rejected.length === 0) continue;
          const root = `0x${bytesToHex(stateRoot(accountsOf(test.pre)))}`;
          for (const c of rejected) expect(root, `${file} ${name}`).toBe(c.hash);
          checked += rejected.length;
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});

/** Small deterministic generator (xorshift32), so failures reproduce. */
function rng(seed: number) {
  let x = seed >>> 0 || 1;
  return (n: number) => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x % n;
  };
}

function randomBig(next: (n: number) => number, maxBytes: number): bigint {
  let v = 0n;
  const len = next(maxBytes + 1);
  for (let i = 0; i < len; i++) v = (v << 8n) | BigInt(next(256));
  return v;
}

async function referenceStateRoot(accounts: AccountForRoot[]): Promise<Uint8Array> {
  const world = await createMPT({ useKeyHashing: true });
  for (const a of accounts) {
    const storage = await createMPT({ useKeyHashing: true });
    for (const [slot, value] of a.storage) {
      if (value === 0n) continue;
      const key = hexToBytes(slot.toString(16).padStart(64, '0'));
      await storage.put(key, rlpEncode(bigIntToMinimalBytes(value)));
    }
    const body = rlpEncode([
      bigIntToMinimalBytes(a.nonce),
      bigIntToMinimalBytes(a.balance),
      storage.root(),
      a.codeHash,
    ]);
    await world.put(a.address, body);
  }
  return world.root();
}

describe('stateRoot vs @ethereumjs/mpt', () => {
  it('agrees on the empty state and an account with empty storage', async () => {
    expect(stateRoot([])).toEqual(EMPTY_TRIE_ROOT);
    expect(storageRoot([[1n, 0n]])).toEqual(EMPTY_TRIE_ROOT);
    const one = [
      { address: new Uint8Array(20).fill(1), nonce: 0n, balance: 0n, codeHash: KECCAK_EMPTY, storage: [] },
    ];
    expect(stateRoot(one)).toEqual(await referenceStateRoot(one));
  });

  for (const seed of [1, 2, 3, 4, 5, 6]) {
    it(`agrees on generated state #${seed}`, async () => {
      const next = rng(seed * 7919);
      const accounts: AccountForRoot[] = [];
      const count = 1 + next(seed * 20);
      for (let i = 0; i < count; i++) {
        const address = Uint8Array.from({ length: 20 }, () => next(256));
        if (next(4) === 0) address.fill(0, 0, 19); // clustered keys still hash apart; vary anyway
        const storage: (readonly [bigint, bigint])[] = [];
        const slots = next(4) === 0 ? 0 : next(30);
        for (let s = 0; s < slots; s++)
          storage.push([next(3) === 0 ? BigInt(next(8)) : randomBig(next, 32), randomBig(next, 32)]);
        // a repeated slot keeps its last value, as in a Map
        const dedup = [...new Map(storage).entries()];
        accounts.push({
          address,
          nonce: randomBig(next, 3),
          balance: randomBig(next, 12),
          codeHash: next(2) ? KECCAK_EMPTY : keccak_256(Uint8Array.of(seed, i)),
          storage: dedup,
        });
      }
      const unique = [...new Map(accounts.map((a) => [bytesToHex(a.address), a])).values()];
      expect(bytesToHex(stateRoot(unique))).toBe(bytesToHex(await referenceStateRoot(unique)));
    });
  }
});

describe('trieRoot vs @ethereumjs/mpt', () => {
  for (const seed of [11, 12, 13, 14]) {
    it(`agrees on generated keys of mixed lengths, prefixes of each other included #${seed}`, async () => {
      const next = rng(seed * 104729);
      const ref = await createMPT();
      const pairs: (readonly [Uint8Array, Uint8Array])[] = [];
      const pool: Uint8Array[] = [];
      for (let i = 0; i < 40 + next(200); i++) {
        // keys from a tiny alphabet so that shared prefixes, prefix keys and overwrites all occur
        const base = pool.length > 0 && next(3) === 0 ? pool[next(pool.length)]! : new Uint8Array(0);
        const key = Uint8Array.from([...base, ...Array.from({ length: next(4) }, () => next(3) * 0x11)]);
        pool.push(key);
        const value = Uint8Array.from({ length: 1 + next(next(2) ? 4 : 40) }, () => next(256));
        pairs.push([key, value]);
      }
      for (const [k, v] of pairs) await ref.put(k, v);
      expect(bytesToHex(trieRoot(pairs))).toBe(bytesToHex(ref.root()));
    });
  }
});
