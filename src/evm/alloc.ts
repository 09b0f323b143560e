/**
 * Account allocations as fixtures and genesis files write them (`{ address: { nonce,
 * balance, code, storage } }`, hex or decimal numbers): parsing, and the MemoryStore
 * holding them under the EVM's keys (state-keys.ts).
 */
import { keccak_256 } from '../core/keccak.js';
import { MemoryStore } from '../state/index.js';
import type { Fields } from './json-fields.js';
import { accountKey, codeKey, encodeAccount, KECCAK_EMPTY_CODE, storageKey } from './state-keys.js';
import { bigIntToMinimal } from './words.js';

export interface AllocAccount {
  address: bigint;
  nonce: bigint;
  balance: bigint;
  code: Uint8Array;
  storage: [bigint, bigint][];
}

/** The accounts of an allocation object at `where`. */
export function parseAlloc(f: Fields, json: unknown, where: string): AllocAccount[] {
  const out: AllocAccount[] = [];
  for (const [addr, a] of Object.entries(f.obj(json, where))) {
    const acc = f.obj(a, `${where}.${addr}`);
    const storage: [bigint, bigint][] = [];
    for (const [k, v] of Object.entries(f.obj(acc.storage ?? {}, `${where}.${addr}.storage`)))
      storage.push([f.big(k, `${where}.${addr}.storage`), f.big(v, `${where}.${addr}.storage.${k}`)]);
    out.push({
      address: f.big(addr, `${where}.${addr}`),
      nonce: f.big(acc.nonce ?? '0x', `${where}.${addr}.nonce`),
      balance: f.big(acc.balance ?? '0x', `${where}.${addr}.balance`),
      code: f.bytes(acc.code ?? '0x', `${where}.${addr}.code`),
      storage,
    });
  }
  return out;
}

/** A store holding exactly these accounts. */
export function allocStore(accounts: readonly AllocAccount[]): MemoryStore {
  const store = new MemoryStore();
  for (const a of accounts) {
    const codeHash = a.code.length ? keccak_256(a.code) : KECCAK_EMPTY_CODE;
    store.put(accountKey(a.address), encodeAccount({ nonce: a.nonce, balance: a.balance, codeHash }));
    if (a.code.length) store.put(codeKey(codeHash), a.code);
    for (const [k, v] of a.storage) if (v !== 0n) store.put(storageKey(a.address, k), bigIntToMinimal(v));
  }
  return store;
}
