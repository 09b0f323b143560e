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
  TrieMemo,
  logsHash as trieLogsHash,
} from './trie/index.js';
import { addressToBytes, bigIntToBytes32, bytesToBigInt } from './words.js';
import type { Log } from './world-state.js';

/**
 * What state roots over one store share: the storage roots of its accounts and, per account
 * whose storage a transaction changes, a memo of its storage trie, both keyed by address (as
 * a key string); and the memo of the account trie (trie/memo.ts). Valid only while that store
 * does not change: a runner that executes many transactions over JournaledCaches on one
 * fixed pre-state hashes only what each transaction changed.
 */
export class StateRootMemo {
  readonly roots = new Map<string, Uint8Array>();
  readonly storageTries = new Map<string, TrieMemo>();
  readonly trie = new TrieMemo();
}

const ADDRESS_END = STORAGE_PREFIX.length + 20;

interface Pending {
  /** address -> slots (key strings) with pending changes. */
  storage: Map<string, Set<string>>;
  /** addresses whose account entry has a pending change. */
  account: Set<string>;
}

function pendingChanges(cache: JournaledCache): Pending {
  const storage = new Map<string, Set<string>>();
  const account = new Set<string>();
  for (const op of cache.changes()) {
    const k = op.key;
    if (k.length === ADDRESS_END + 32 && startsWith(k, STORAGE_PREFIX)) {
      const a = bytesToKey(k.subarray(STORAGE_PREFIX.length, ADDRESS_END));
      let slots = storage.get(a);
      if (!slots) storage.set(a, (slots = new Set()));
      slots.add(bytesToKey(k.subarray(ADDRESS_END)));
    } else if (k.length === ACCOUNT_PREFIX.length + 20 && startsWith(k, ACCOUNT_PREFIX))
      account.add(bytesToKey(k.subarray(ACCOUNT_PREFIX.length)));
  }
  return { storage, account };
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

/** The storage root of an account with pending storage changes `changed`, through its memo. */
function changedStorageRoot(
  cache: JournaledCache,
  address: Uint8Array,
  changed: Set<string>,
  memo: StateRootMemo,
): Uint8Array {
  const prefix = storagePrefixOf(bytesToBigInt(address));
  const id = bytesToKey(address);
  let trie = memo.storageTries.get(id);
  if (!trie) {
    trie = new TrieMemo();
    trie.setBase(Array.from(cache.store.range({ prefix }), ([k]) => k.subarray(k.length - 32)));
    memo.storageTries.set(id, trie);
  }
  const slots: [Uint8Array, Uint8Array, boolean][] = [];
  for (const [sk, sv] of cache.range({ prefix })) {
    const slot = sk.subarray(sk.length - 32);
    slots.push([slot, sv, !changed.has(bytesToKey(slot))]);
  }
  return storageRootOfBytes(slots, trie);
}

/**
 * The world-state root of the EVM accounts in `cache`. With a `memo` (see StateRootMemo),
 * what belongs to accounts without pending changes is hashed once.
 */
export function computeStateRoot(cache: JournaledCache, memo?: StateRootMemo): Uint8Array {
  if (memo && !memo.trie.hasBase)
    memo.trie.setBase(
      Array.from(cache.store.range({ prefix: ACCOUNT_PREFIX }), ([k]) => k.subarray(ACCOUNT_PREFIX.length)),
    );
  const changed = memo && pendingChanges(cache);
  const accounts: AccountForRoot[] = [];
  for (const [key, value] of cache.range({ prefix: ACCOUNT_PREFIX })) {
    const address = key.subarray(ACCOUNT_PREFIX.length);
    const a = decodeAccount(value);
    let root: Uint8Array;
    let unchanged = false;
    if (memo && changed) {
      const id = bytesToKey(address);
      const slots = changed.storage.get(id);
      if (slots) root = changedStorageRoot(cache, address, slots, memo);
      else {
        const known = memo.roots.get(id);
        if (known) root = known;
        else memo.roots.set(id, (root = storageRootOf(cache, address)));
        unchanged = !changed.account.has(id);
      }
    } else root = storageRootOf(cache, address);
    accounts.push({
      address,
      nonce: a.nonce,
      balance: a.balance,
      codeHash: a.codeHash,
      storage: [],
      storageRoot: root,
      unchanged,
    });
  }
  return stateRoot(accounts, memo?.trie);
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
