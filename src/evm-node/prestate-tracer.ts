/**
 * geth's prestateTracer (`eth/tracers/native/prestate.go`): the accounts a transaction touches
 * as they were before it (balance, nonce, code, codeHash and the storage slots it read or
 * wrote), and with `diffMode` the fields it changed, as `{post, pre}`. Accounts are collected
 * where geth collects them: the sender, the recipient (or the created address), the coinbase
 * and every EIP-7702 authority at the start; SLOAD/SSTORE slots of the storage context;
 * BALANCE, EXTCODE*, SELFDESTRUCT and call targets (with their EIP-7702 delegation targets
 * from Prague); CREATE and CREATE2 addresses. Values are read from the state the transaction
 * runs against, which the EVM writes only when the transaction ends; `post` is read after it.
 */

import { equalBytes } from '../core/bytes.js';
import {
  delegationCode,
  delegationTarget,
  type ForkName,
  forkAtLeast,
  KECCAK_EMPTY_CODE,
  recoverAuthority,
  type TraceEnter,
  type Tracer,
  type TraceStep,
  type Transaction,
} from '../evm/index.js';
import { address, data, word } from './hex.js';
import { storageAddress } from './tracers.js';

export interface PrestateConfig {
  diffMode?: boolean;
  disableCode?: boolean;
  disableStorage?: boolean;
  includeEmpty?: boolean;
}

/** Reads of one state (the node's cache before, then after, the transaction). */
export interface StateReader {
  account(a: bigint): { nonce: bigint; balance: bigint; codeHash: Uint8Array } | undefined;
  code(a: bigint): Uint8Array;
  storage(a: bigint, slot: bigint): bigint;
}

interface Account {
  balance: bigint;
  nonce: bigint;
  code: Uint8Array;
  codeHash: Uint8Array;
  storage: Map<bigint, bigint>;
  empty: boolean;
}

const SLOAD = 0x54;
const SSTORE = 0x55;
const BALANCE = 0x31;
const EXTCODESIZE = 0x3b;
const EXTCODECOPY = 0x3c;
const EXTCODEHASH = 0x3f;
const CREATE = 0xf0;
const CALL = 0xf1;
const CALLCODE = 0xf2;
const DELEGATECALL = 0xf4;
const CREATE2 = 0xf5;
const STATICCALL = 0xfa;
const SELFDESTRUCT = 0xff;
const ADDRESS_MASK = (1n << 160n) - 1n;

export class PrestateTracer implements Tracer {
  private readonly pre = new Map<bigint, Account>();
  private readonly post = new Map<bigint, Partial<Account>>();
  private readonly created = new Set<bigint>();
  private readonly deleted = new Set<bigint>();
  private readonly contexts: bigint[] = [];
  /** Code the authorizations install before execution (geth reads the code when it calls). */
  private readonly delegated = new Map<bigint, Uint8Array>();
  private readonly prague: boolean;
  private readonly cancun: boolean;

  constructor(
    private readonly state: StateReader,
    private readonly cfg: PrestateConfig,
    fork: ForkName,
    tx: Transaction,
    coinbase: bigint,
    chainId: bigint,
  ) {
    this.prague = forkAtLeast(fork, 'Prague');
    this.cancun = forkAtLeast(fork, 'Cancun');
    this.applyAuthorizations(tx, chainId);
    // A creation's address is looked up when its frame enters.
    if (tx.to !== undefined) {
      this.lookupDelegation(tx.to);
      this.lookup(tx.to);
    }
    this.lookup(tx.sender);
    this.lookup(coinbase);
  }

  /**
   * Every recoverable authority is looked up (geth: before the authorizations apply); EIP-7702's
   * rules for which ones apply give the code they leave.
   */
  private applyAuthorizations(tx: Transaction, chainId: bigint): void {
    const nonces = new Map<bigint, bigint>();
    const nonceOf = (a: bigint) =>
      nonces.get(a) ?? (this.state.account(a)?.nonce ?? 0n) + (a === tx.sender ? 1n : 0n);
    for (const auth of tx.authorizationList ?? []) {
      const authority = recoverAuthority(auth);
      if (authority === undefined) continue;
      this.lookup(authority);
      if (auth.chainId !== 0n && auth.chainId !== chainId) continue;
      const code = this.delegated.get(authority) ?? this.state.code(authority);
      if (code.length && delegationTarget(code) === undefined) continue;
      if (nonceOf(authority) !== auth.nonce) continue;
      nonces.set(authority, auth.nonce + 1n);
      this.delegated.set(authority, auth.address === 0n ? new Uint8Array(0) : delegationCode(auth.address));
    }
  }

  enter(e: TraceEnter): void {
    this.contexts.push(storageAddress(e));
    if (e.kind === CREATE || e.kind === CREATE2) {
      this.lookup(e.to);
      this.created.add(e.to);
    }
  }

  exit(): void {
    this.contexts.pop();
  }

  step(s: TraceStep): void {
    if (s.error) return;
    const n = s.stack.length;
    const top = s.stack[n - 1];
    const ctx = this.contexts[this.contexts.length - 1] ?? 0n;
    switch (s.op) {
      case SLOAD:
      case SSTORE:
        if (top !== undefined) this.lookupStorage(ctx, top);
        break;
      case BALANCE:
      case EXTCODESIZE:
      case EXTCODECOPY:
      case EXTCODEHASH:
      case SELFDESTRUCT:
        if (top === undefined) break;
        this.lookup(top & ADDRESS_MASK);
        // EIP-6780: from Cancun only an account created in this transaction is deleted.
        if (s.op === SELFDESTRUCT && (!this.cancun || this.created.has(ctx))) this.deleted.add(ctx);
        break;
      case CALL:
      case CALLCODE:
      case DELEGATECALL:
      case STATICCALL: {
        if (n < 5) break;
        const addr = s.stack[n - 2]! & ADDRESS_MASK;
        this.lookup(addr);
        this.lookupDelegation(addr);
        break;
      }
    }
  }

  private lookupDelegation(addr: bigint): void {
    if (!this.prague) return;
    const target = delegationTarget(this.delegated.get(addr) ?? this.state.code(addr));
    if (target !== undefined) this.lookup(target);
  }

  private lookup(a: bigint): void {
    if (this.pre.has(a)) return;
    const acc = this.state.account(a);
    const code = this.state.code(a);
    const balance = acc?.balance ?? 0n;
    const nonce = acc?.nonce ?? 0n;
    this.pre.set(a, {
      balance,
      nonce,
      code,
      codeHash: acc?.codeHash ?? KECCAK_EMPTY_CODE,
      storage: new Map(),
      empty: nonce === 0n && code.length === 0 && balance === 0n,
    });
  }

  private lookupStorage(a: bigint, slot: bigint): void {
    if (this.cfg.disableStorage) return;
    this.lookup(a);
    const s = this.pre.get(a)!.storage;
    if (!s.has(slot)) s.set(slot, this.state.storage(a, slot));
  }

  /** The result once the transaction ran; `after` reads the state it left (diffMode). */
  result(after: StateReader): unknown {
    if (this.cfg.diffMode) this.diff(after);
    if (!this.cfg.includeEmpty) for (const [a, acc] of this.pre) if (acc.empty) this.pre.delete(a);
    const pre = this.json(this.pre, true);
    return this.cfg.diffMode ? { post: this.json(this.post, false), pre } : pre;
  }

  private diff(after: StateReader): void {
    for (const [a, before] of this.pre) {
      if (this.deleted.has(a)) continue;
      const acc = after.account(a);
      const now: Partial<Account> = { storage: new Map() };
      let modified = false;
      const balance = acc?.balance ?? 0n;
      const nonce = acc?.nonce ?? 0n;
      const codeHash = acc?.codeHash ?? KECCAK_EMPTY_CODE;
      if (balance !== before.balance) [modified, now.balance] = [true, balance];
      if (nonce !== before.nonce) [modified, now.nonce] = [true, nonce];
      if (!equalBytes(codeHash, before.codeHash)) [modified, now.codeHash] = [true, codeHash];
      if (!this.cfg.disableCode) {
        const code = after.code(a);
        if (!equalBytes(code, before.code)) [modified, now.code] = [true, code];
      }
      for (const [slot, value] of before.storage) {
        const v = after.storage(a, slot);
        if (value === 0n || value === v) before.storage.delete(slot);
        if (value !== v) {
          modified = true;
          if (v !== 0n) now.storage!.set(slot, v);
        }
      }
      if (modified) this.post.set(a, now);
      else this.pre.delete(a);
    }
  }

  /** geth's JSON: balance hex, code and codeHash when present, nonce a number when not 0. */
  private json(m: Map<bigint, Partial<Account>>, pre: boolean): Record<string, unknown> {
    // Go's encoding/json writes map keys sorted.
    const out: Record<string, unknown> = {};
    for (const [a, acc] of [...m].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) {
      const j: Record<string, unknown> = {};
      if (acc.balance !== undefined) j.balance = `0x${acc.balance.toString(16)}`;
      // In pre, code is kept when there is some; in post, a change to no code is "0x".
      if (acc.code !== undefined && !this.cfg.disableCode && (!pre || acc.code.length))
        j.code = data(acc.code);
      if (acc.codeHash !== undefined && (!pre || acc.code?.length)) j.codeHash = data(acc.codeHash);
      if (acc.nonce) j.nonce = Number(acc.nonce);
      if (acc.storage?.size) {
        const st: Record<string, string> = {};
        for (const k of [...acc.storage.keys()].sort((x, y) => (x < y ? -1 : 1)))
          st[word(k)] = word(acc.storage.get(k)!);
        j.storage = st;
      }
      out[address(a)] = j;
    }
    return out;
  }
}
