/**
 * The state root and logs hash of EVM state held in a JournaledCache (via src/evm/trie).
 * Storage values are read as stored (minimal big-endian bytes, see state-keys.ts) and go
 * into the storage trie without a round trip through bigint.
 */
import type { JournaledCache } from '../state/index.js';
import { bytesToKey } from '../state/index.js';
import { ACCOUNT_PREFIX, decodeAccount, STORAGE_PREFIX, storagePrefixOf } from './state-keys.js';
import {
  type AccountForRoot,
  stateRoot,
  storageRootOfBytes,
  logsHash as trieLogsHash,
} from './trie/index.js';
import { addressToBytes, bigIntToBytes32, bytesToBigInt } from './words.js';
import type { Log } from './world-state.js';

/**
 * Storage roots of the accounts in one store, keyed by address (as a key string). Valid only
 * while that store does not change: a runner that executes many transactions over
 * JournaledCaches on one fixed pre-state reuses the roots of the accounts whose storage
 * a transaction left alone.
 */
export class StorageRootMemo {
  readonly roots = new Map<string, Uint8Array>();
}

const ADDRESS_END = STORAGE_PREFIX.length + 20;

/** Addresses (as key strings) whose storage has pending changes in `cache`. */
function storageChanged(cache: JournaledCache): Set<string> {
  const out = new Set<string>();
  for (const op of cache.changes()) {
    const k = op.key;
    if (k.length !== ADDRESS_END + 32 || !startsWith(k, STORAGE_PREFIX)) continue;
    out.add(bytesToKey(k.subarray(STORAGE_PREFIX.length, ADDRESS_END)));
  }
  return out;
}

function startsWith(b: Uint8Array, prefix: Uint8Array): boolean {
  for (let i = 0; i < prefix.length; i++) if (b[i] !== prefix[i]) return false;
  return true;
}

function storageRootOf(cache: JournaledCache, address: Uint8Array): Uint8Array {
  const slots: [Uint8Array, Uint8Array][] = [];
  for (const [sk, sv] of cache.range({ prefix: storagePrefixOf(bytesToBigInt(address)) }))
    slots.push([sk.subarray(sk.length - 32), sv]);
  return storageRootOfBytes(slots);
}

/**
 * The world-state root of the EVM accounts in `cache`. With a `memo` (see StorageRootMemo),
 * storage roots of accounts whose storage has no pending change are computed once.
 */
export function computeStateRoot(cache: JournaledCache, memo?: StorageRootMemo): Uint8Array {
  const changed = memo && storageChanged(cache);
  const accounts: AccountForRoot[] = [];
  for (const [key, value] of cache.range({ prefix: ACCOUNT_PREFIX })) {
    const address = key.subarray(ACCOUNT_PREFIX.length);
    const a = decodeAccount(value);
    let root: Uint8Array | undefined;
    if (memo && changed) {
      const id = bytesToKey(address);
      if (changed.has(id)) root = storageRootOf(cache, address);
      else {
        root = memo.roots.get(id);
        if (!root) memo.roots.set(id, (root = storageRootOf(cache, address)));
      }
    } else root = storageRootOf(cache, address);
    accounts.push({
      address,
      nonce: a.nonce,
      balance: a.balance,
      codeHash: a.codeHash,
      storage: [],
      storageRoot: root,
    });
  }
  return stateRoot(accounts);
}

export function computeLogsHash(logs: readonly Log[]): Uint8Array {
  return trieLogsHash(
    logs.map((l) => ({
      address: addressToBytes(l.address),
      topics: l.topics.map(bigIntToBytes32),
      data: l.data,
    })),
  );
}
