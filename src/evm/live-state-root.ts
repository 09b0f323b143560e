/**
 * The world-state root of a store that a chain keeps changing, block after block (the dev
 * node's): the account trie and each written account's storage trie stay in memory as
 * persistent tries (trie/persistent.ts), and a root applies only the state changes pending in
 * a JournaledCache over that store, so a block costs its own changes whatever the size of the
 * state. After each write to the store, `committed(changes)` moves the tries to the written
 * state: the version the last root computed when its changes are the ones written, otherwise
 * the changes applied again.
 */
import { equalBytes } from '../core/bytes.js';
import type { BatchOp, JournaledCache, KVStore } from '../state/index.js';
import { bytesToKey, keyToBytes } from '../state/index.js';
import { bigIntToMinimalBytes, rlpEncode } from './rlp.js';
import { ACCOUNT_PREFIX, decodeAccount, STORAGE_PREFIX } from './state-keys.js';
import { computeStateRoot } from './state-root.js';
import { hashKey } from './trie/memo.js';
import { type TrieNode, trieRootHash, trieSet } from './trie/persistent.js';

const ADDRESS_END = STORAGE_PREFIX.length + 20;

/** The state keys among a write's changes, by account (address key strings). */
interface StateChanges {
  /** Every state key and its new value (undefined: deleted), in key order, to compare writes. */
  ops: [key: Uint8Array, value: Uint8Array | undefined][];
  accounts: Set<string>;
  storage: Map<string, [slot: Uint8Array, value: Uint8Array | undefined][]>;
}

function startsWith(b: Uint8Array, prefix: Uint8Array): boolean {
  for (let i = 0; i < prefix.length; i++) if (b[i] !== prefix[i]) return false;
  return true;
}

function stateChanges(changes: readonly BatchOp[]): StateChanges {
  const out: StateChanges = { ops: [], accounts: new Set(), storage: new Map() };
  for (const c of changes) {
    const k = c.key;
    const value = c.type === 'put' ? c.value : undefined;
    if (k.length === ADDRESS_END + 32 && startsWith(k, STORAGE_PREFIX)) {
      const id = bytesToKey(k.subarray(STORAGE_PREFIX.length, ADDRESS_END));
      let slots = out.storage.get(id);
      if (!slots) out.storage.set(id, (slots = []));
      slots.push([k.subarray(ADDRESS_END), value]);
    } else if (k.length === ACCOUNT_PREFIX.length + 20 && startsWith(k, ACCOUNT_PREFIX))
      out.accounts.add(bytesToKey(k.subarray(ACCOUNT_PREFIX.length)));
    else continue;
    out.ops.push([k, value]);
  }
  return out;
}

function sameChanges(a: StateChanges, b: StateChanges): boolean {
  if (a.ops.length !== b.ops.length) return false;
  for (let i = 0; i < a.ops.length; i++) {
    const [ka, va] = a.ops[i]!;
    const [kb, vb] = b.ops[i]!;
    if (
      !equalBytes(ka, kb) ||
      (va === undefined ? vb !== undefined : vb === undefined || !equalBytes(va, vb))
    )
      return false;
  }
  return true;
}

/** A storage value as the trie holds it: rlp of its minimal bytes; undefined when zero. */
function storageLeaf(value: Uint8Array | undefined): Uint8Array | undefined {
  if (!value) return undefined;
  let z = 0;
  while (z < value.length && value[z] === 0) z++;
  return z === value.length ? undefined : rlpEncode(value.subarray(z));
}

/** An account as the trie holds it: rlp([nonce, balance, storageRoot, codeHash]). */
function accountLeaf(raw: Uint8Array, storageRoot: Uint8Array): Uint8Array {
  const a = decodeAccount(raw);
  return rlpEncode([bigIntToMinimalBytes(a.nonce), bigIntToMinimalBytes(a.balance), storageRoot, a.codeHash]);
}

function withPrefix(prefix: Uint8Array, address: Uint8Array): Uint8Array {
  const out = new Uint8Array(prefix.length + address.length);
  out.set(prefix);
  out.set(address, prefix.length);
  return out;
}

interface Version {
  accounts: TrieNode | undefined;
  /** Storage tries and roots of the accounts the changes touched. */
  storage: Map<string, TrieNode | undefined>;
  roots: Map<string, Uint8Array>;
}

export class LiveStateRoot {
  /** The account trie of the store's state; built on first use. */
  private accounts: TrieNode | undefined;
  private built = false;
  /** Storage tries built so far and storage roots known, of the store's state, by address. */
  private readonly storage = new Map<string, TrieNode | undefined>();
  private readonly roots = new Map<string, Uint8Array>();
  private last: { changes: StateChanges; version: Version } | undefined;

  constructor(readonly store: KVStore) {}

  /** The state root of `cache`'s view (the store with the cache's pending changes). */
  root(cache: JournaledCache): Uint8Array {
    if (cache.store !== this.store) return computeStateRoot(cache);
    const changes = stateChanges(cache.changes());
    const version = this.apply(changes, (k) => cache.get(k));
    this.last = { changes, version };
    return trieRootHash(version.accounts);
  }

  /** Call after `changes` were written to the store (every write to it must be reported). */
  committed(changes: readonly BatchOp[]): void {
    const written = stateChanges(changes);
    const last = this.last;
    this.last = undefined;
    if (written.ops.length === 0) return;
    if (!this.built) {
      // Nothing built yet: the first root reads the store as it is now.
      for (const id of written.storage.keys()) {
        this.storage.delete(id);
        this.roots.delete(id);
      }
      return;
    }
    const version =
      last && sameChanges(last.changes, written)
        ? last.version
        : this.apply(written, (k) => this.store.get(k));
    this.accounts = version.accounts;
    for (const [id, t] of version.storage) this.storage.set(id, t);
    for (const [id, r] of version.roots) this.roots.set(id, r);
  }

  /** Forgets everything (the next root rebuilds from the store). */
  reset(): void {
    this.accounts = undefined;
    this.built = false;
    this.storage.clear();
    this.roots.clear();
    this.last = undefined;
  }

  private storageTrie(id: string): TrieNode | undefined {
    if (this.storage.has(id)) return this.storage.get(id);
    let t: TrieNode | undefined;
    for (const [k, v] of this.store.range({ prefix: withPrefix(STORAGE_PREFIX, keyToBytes(id)) }))
      t = trieSet(t, hashKey(k.subarray(ADDRESS_END)), storageLeaf(v));
    this.storage.set(id, t);
    return t;
  }

  private storageRoot(id: string): Uint8Array {
    let r = this.roots.get(id);
    if (!r) this.roots.set(id, (r = trieRootHash(this.storageTrie(id))));
    return r;
  }

  private accountTrie(): TrieNode | undefined {
    if (!this.built) {
      let t: TrieNode | undefined;
      for (const [k, v] of this.store.range({ prefix: ACCOUNT_PREFIX })) {
        const address = k.subarray(ACCOUNT_PREFIX.length);
        const id = bytesToKey(address);
        t = trieSet(t, hashKey(address), accountLeaf(v, this.storageRoot(id)));
      }
      this.accounts = t;
      this.built = true;
    }
    return this.accounts;
  }

  /** The tries with `changes` applied; account entries are read through `read`. */
  private apply(changes: StateChanges, read: (key: Uint8Array) => Uint8Array | undefined): Version {
    let accounts = this.accountTrie();
    const storage = new Map<string, TrieNode | undefined>();
    const roots = new Map<string, Uint8Array>();
    for (const [id, slots] of changes.storage) {
      let t = this.storageTrie(id);
      for (const [slot, value] of slots) t = trieSet(t, hashKey(slot), storageLeaf(value));
      storage.set(id, t);
      roots.set(id, trieRootHash(t));
    }
    for (const id of new Set([...changes.accounts, ...changes.storage.keys()])) {
      const address = keyToBytes(id);
      const raw = read(withPrefix(ACCOUNT_PREFIX, address));
      const leaf = raw && accountLeaf(raw, roots.get(id) ?? this.storageRoot(id));
      accounts = trieSet(accounts, hashKey(address), leaf);
    }
    return { accounts, storage, roots };
  }
}
