/**
 * The world state one transaction executes against: a hot layer of decoded accounts and
 * storage over the shared JournaledCache, with an undo journal for call-level checkpoints
 * (execution-specs `state.py` begin/commit/rollback_transaction; revm `JournaledState`).
 * Also holds what a transaction tracks beside state: EIP-2929 access sets, EIP-1153
 * transient storage, the refund counter, touched, created and self-destructed accounts,
 * and logs. `writeBack` writes the result through the JournaledCache.
 */

import { equalBytes } from '../core/bytes.js';
import { keccak_256 } from '../core/keccak.js';
import type { JournaledCache } from '../state/index.js';
import {
  accountKey,
  codeKey,
  decodeAccount,
  encodeAccount,
  KECCAK_EMPTY_CODE,
  storageKey,
  storagePrefixOf,
} from './state-keys.js';
import { bigIntToMinimal, bytesToBigInt } from './words.js';

export interface Account {
  readonly address: bigint;
  nonce: bigint;
  balance: bigint;
  code: Uint8Array;
  /** undefined until first needed (computed lazily by `codeHashOf`). */
  codeHash: Uint8Array | undefined;
  exists: boolean;
  /** Current values of the slots read or written in this transaction. */
  storage: Map<bigint, bigint>;
  /** Values at the start of the transaction of the slots read (EIP-2200 "original"). */
  original: Map<bigint, bigint>;
  /** As loaded: to know what to write back. */
  readonly loadedExists: boolean;
  readonly loadedNonce: bigint;
  readonly loadedBalance: bigint;
  readonly loadedCodeHash: Uint8Array;
}

/** The account's code hash, hashing the code on first use. */
export function codeHashOf(a: Account): Uint8Array {
  if (a.codeHash === undefined) a.codeHash = keccak_256(a.code);
  return a.codeHash;
}

export interface Log {
  address: bigint;
  topics: bigint[];
  data: Uint8Array;
}

enum J {
  Nonce,
  Balance,
  Code,
  Exists,
  Storage,
  WarmAddress,
  WarmSlot,
  Transient,
  Refund,
  Touch,
  Created,
  Destruct,
}

/** One undo record. Every record has every field (one object shape for the engine). */
class Entry {
  constructor(
    readonly kind: J,
    readonly account: Account | undefined,
    readonly address: bigint,
    readonly key: bigint,
    readonly prev: unknown,
    readonly prev2: unknown,
  ) {}
}

const EMPTY = new Uint8Array(0);

export class WorldState {
  readonly cache: JournaledCache;
  private readonly accounts = new Map<bigint, Account>();
  private readonly journal: Entry[] = [];
  readonly warmAddresses = new Set<bigint>();
  readonly warmSlots = new Map<bigint, Set<bigint>>();
  private readonly transient = new Map<bigint, Map<bigint, bigint>>();
  readonly touched = new Set<bigint>();
  readonly created = new Set<bigint>();
  readonly destructed = new Set<bigint>();
  logs: Log[] = [];
  refund = 0;
  private readonly journalMarks: number[] = [];
  private readonly logMarks: number[] = [];

  /**
   * `blank`: the cache's store is known to hold no accounts (a state made for one run and
   * dropped after it, as runCode makes), so loading an account reads nothing.
   */
  constructor(
    cache: JournaledCache,
    private readonly blank = false,
  ) {
    this.cache = cache;
  }

  get(address: bigint): Account {
    let a = this.accounts.get(address);
    if (!a) {
      a = this.load(address);
      this.accounts.set(address, a);
    }
    return a;
  }

  private load(address: bigint): Account {
    const raw = this.blank ? undefined : this.cache.get(accountKey(address));
    const stored = raw ? decodeAccount(raw) : undefined;
    const codeHash = stored?.codeHash ?? KECCAK_EMPTY_CODE;
    let code: Uint8Array = EMPTY;
    if (stored && !equalBytes(codeHash, KECCAK_EMPTY_CODE)) code = this.cache.get(codeKey(codeHash)) ?? EMPTY;
    return {
      address,
      nonce: stored?.nonce ?? 0n,
      balance: stored?.balance ?? 0n,
      code,
      codeHash,
      exists: stored !== undefined,
      storage: new Map(),
      original: new Map(),
      loadedExists: stored !== undefined,
      loadedNonce: stored?.nonce ?? 0n,
      loadedBalance: stored?.balance ?? 0n,
      loadedCodeHash: codeHash,
    };
  }

  // ---- checkpoints -------------------------------------------------------------------

  /** Opens a checkpoint; returns its id for `revertTo` / `commitTo`. */
  checkpoint(): number {
    this.logMarks.push(this.logs.length);
    this.journalMarks.push(this.journal.length);
    return this.journalMarks.length - 1;
  }

  commitTo(id: number): void {
    this.journalMarks.length = id;
    this.logMarks.length = id;
  }

  revertTo(id: number): void {
    const mark = this.journalMarks[id]!;
    this.logs.length = this.logMarks[id]!;
    this.journalMarks.length = id;
    this.logMarks.length = id;
    for (let i = this.journal.length - 1; i >= mark; i--) this.undo(this.journal[i]!);
    this.journal.length = mark;
  }

  private undo(e: Entry): void {
    const a = e.account!;
    switch (e.kind) {
      case J.Nonce:
        a.nonce = e.prev as bigint;
        break;
      case J.Balance:
        a.balance = e.prev as bigint;
        break;
      case J.Code:
        a.code = e.prev as Uint8Array;
        a.codeHash = e.prev2 as Uint8Array | undefined;
        break;
      case J.Exists:
        a.exists = e.prev as boolean;
        break;
      case J.Storage:
        a.storage.set(e.key, e.prev as bigint);
        break;
      case J.WarmAddress:
        this.warmAddresses.delete(e.address);
        break;
      case J.WarmSlot:
        (e.prev2 as Set<bigint>).delete(e.key);
        break;
      case J.Transient:
        (e.prev2 as Map<bigint, bigint>).set(e.key, e.prev as bigint);
        break;
      case J.Refund:
        this.refund = e.prev as number;
        break;
      case J.Touch:
        // Mainnet block 2675119 quirk kept by every client: a touch of the RIPEMD-160
        // precompile (0x03) survives the revert of the call that touched it.
        if (e.address !== 3n) this.touched.delete(e.address);
        break;
      case J.Created:
        this.created.delete(e.address);
        break;
      case J.Destruct:
        this.destructed.delete(e.address);
        break;
    }
  }

  // ---- accounts ----------------------------------------------------------------------

  /** EIP-161: no code, nonce 0, balance 0. */
  isEmpty(a: Account): boolean {
    return a.nonce === 0n && a.balance === 0n && a.code.length === 0;
  }

  /** Makes the account exist (an empty account before EIP-161 is a real one). */
  create(a: Account): void {
    if (!a.exists) {
      this.journal.push(new Entry(J.Exists, a, 0n, 0n, false, undefined));
      a.exists = true;
    }
  }

  setNonce(a: Account, nonce: bigint): void {
    this.create(a);
    this.journal.push(new Entry(J.Nonce, a, 0n, 0n, a.nonce, undefined));
    a.nonce = nonce;
  }

  setBalance(a: Account, balance: bigint): void {
    this.create(a);
    this.journal.push(new Entry(J.Balance, a, 0n, 0n, a.balance, undefined));
    a.balance = balance;
  }

  setCode(a: Account, code: Uint8Array): void {
    this.create(a);
    this.journal.push(new Entry(J.Code, a, 0n, 0n, a.code, a.codeHash));
    a.code = code;
    a.codeHash = code.length === 0 ? KECCAK_EMPTY_CODE : undefined;
  }

  /** Marks an account touched (EIP-161); creates it in the hot layer if absent. */
  touch(a: Account): void {
    if (!this.touched.has(a.address)) {
      this.touched.add(a.address);
      this.journal.push(new Entry(J.Touch, a, a.address, 0n, undefined, undefined));
    }
  }

  markCreated(a: Account): void {
    if (!this.created.has(a.address)) {
      this.created.add(a.address);
      this.journal.push(new Entry(J.Created, a, a.address, 0n, undefined, undefined));
    }
  }

  markDestructed(a: Account): void {
    if (!this.destructed.has(a.address)) {
      this.destructed.add(a.address);
      this.journal.push(new Entry(J.Destruct, a, a.address, 0n, undefined, undefined));
    }
  }

  // ---- storage -----------------------------------------------------------------------

  sload(a: Account, key: bigint): bigint {
    const v = a.storage.get(key);
    if (v !== undefined) return v;
    let loaded = 0n;
    if (a.loadedExists) {
      const raw = this.cache.get(storageKey(a.address, key));
      if (raw) loaded = bytesToBigInt(raw);
    }
    a.storage.set(key, loaded);
    a.original.set(key, loaded);
    return loaded;
  }

  /** Whether the account has any non-zero storage (EIP-7610 collision check). */
  hasStorage(a: Account): boolean {
    for (const v of a.storage.values()) if (v !== 0n) return true;
    if (!a.loadedExists) return false;
    for (const [k] of this.cache.range({ prefix: storagePrefixOf(a.address) })) {
      const slot = bytesToBigInt(k.subarray(k.length - 32));
      if (a.storage.get(slot) ?? 1n) return true;
    }
    return false;
  }

  /** The slot's value at the start of the transaction (0 for an account created in it). */
  originalValue(a: Account, key: bigint): bigint {
    if (this.created.has(a.address)) return 0n;
    this.sload(a, key);
    return a.original.get(key)!;
  }

  sstore(a: Account, key: bigint, value: bigint): void {
    const prev = this.sload(a, key);
    this.journal.push(new Entry(J.Storage, a, 0n, key, prev, undefined));
    a.storage.set(key, value);
  }

  tload(address: bigint, key: bigint): bigint {
    return this.transient.get(address)?.get(key) ?? 0n;
  }

  tstore(address: bigint, key: bigint, value: bigint): void {
    let m = this.transient.get(address);
    if (!m) this.transient.set(address, (m = new Map()));
    this.journal.push(new Entry(J.Transient, undefined, address, key, m.get(key) ?? 0n, m));
    m.set(key, value);
  }

  // ---- access sets and refund --------------------------------------------------------

  /** Marks `address` warm; returns whether it was already warm. */
  warmAddress(address: bigint): boolean {
    if (this.warmAddresses.has(address)) return true;
    this.warmAddresses.add(address);
    this.journal.push(new Entry(J.WarmAddress, undefined, address, 0n, undefined, undefined));
    return false;
  }

  warmSlot(address: bigint, key: bigint): boolean {
    let s = this.warmSlots.get(address);
    if (!s) this.warmSlots.set(address, (s = new Set()));
    if (s.has(key)) return true;
    s.add(key);
    this.journal.push(new Entry(J.WarmSlot, undefined, address, key, undefined, s));
    return false;
  }

  addRefund(delta: number): void {
    this.journal.push(new Entry(J.Refund, undefined, 0n, 0n, this.refund, undefined));
    this.refund += delta;
  }

  accountsInLayer(): IterableIterator<Account> {
    return this.accounts.values();
  }

  // ---- write back --------------------------------------------------------------------

  /**
   * Writes every change of the transaction through the JournaledCache: deleted accounts
   * (self-destructed, or touched and empty under EIP-161) lose their storage too.
   */
  writeBack(deleteTouchedEmpty: boolean): void {
    const cache = this.cache;
    for (const a of this.accounts.values()) {
      const deleted =
        this.destructed.has(a.address) ||
        (deleteTouchedEmpty && this.touched.has(a.address) && this.isEmpty(a));
      if (deleted || !a.exists) {
        if (a.loadedExists) {
          cache.delete(accountKey(a.address));
          const keys = [...cache.range({ prefix: storagePrefixOf(a.address) })].map(([k]) => k);
          for (const k of keys) cache.delete(k);
        }
        continue;
      }
      if (
        !a.loadedExists ||
        a.nonce !== a.loadedNonce ||
        a.balance !== a.loadedBalance ||
        !equalBytes(codeHashOf(a), a.loadedCodeHash)
      ) {
        const codeHash = codeHashOf(a);
        cache.put(accountKey(a.address), encodeAccount({ nonce: a.nonce, balance: a.balance, codeHash }));
        if (!equalBytes(codeHash, a.loadedCodeHash) && a.code.length > 0)
          cache.put(codeKey(codeHash), a.code);
      }
      for (const [key, value] of a.storage) {
        if (a.original.get(key) === value) continue;
        if (value === 0n) cache.delete(storageKey(a.address, key));
        else cache.put(storageKey(a.address, key), bigIntToMinimal(value));
      }
    }
  }
}
