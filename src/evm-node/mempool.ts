/**
 * The pending pool (geth `core/txpool/legacypool`, anvil `pool`): transactions by sender
 * and nonce; a transaction is ready when the nonces from the sender's state nonce up to it
 * are all there. A transaction with the nonce of one already pooled replaces it only when
 * it raises both fee caps by at least 10% (geth's PriceBump), else "replacement
 * transaction underpriced". Blocks take ready transactions by priority fee, highest first,
 * each sender's in nonce order, arrival order breaking ties.
 */
import { minBig } from './bigmath.js';
import { serverError } from './errors.js';
import type { PendingTx } from './types.js';

const PRICE_BUMP = 10n;

interface Entry {
  ptx: PendingTx;
  seq: number;
}

const tipOf = (p: PendingTx, baseFee: bigint): bigint => {
  const t = p.tx;
  if (t.type >= 2) {
    const fee = t.maxFeePerGas! - baseFee;
    return minBig(fee, t.maxPriorityFeePerGas!);
  }
  return t.gasPrice! - baseFee;
};

const feeCap = (p: PendingTx) => (p.tx.type >= 2 ? p.tx.maxFeePerGas! : p.tx.gasPrice!);
const tipCap = (p: PendingTx) => (p.tx.type >= 2 ? p.tx.maxPriorityFeePerGas! : p.tx.gasPrice!);

export class Mempool {
  private readonly bySender = new Map<bigint, Map<bigint, Entry>>();
  readonly byHash = new Map<string, PendingTx>();
  private seq = 0;

  get size(): number {
    return this.byHash.size;
  }

  /** Adds `ptx`; returns the transaction it replaced, if any. */
  add(ptx: PendingTx): PendingTx | undefined {
    if (this.byHash.has(ptx.hashHex)) throw serverError(`already known`);
    let m = this.bySender.get(ptx.sender);
    if (!m) this.bySender.set(ptx.sender, (m = new Map()));
    const old = m.get(ptx.tx.nonce);
    if (old) {
      const o = old.ptx;
      const bumped = (x: bigint) => x + (x * PRICE_BUMP) / 100n;
      if (feeCap(ptx) < bumped(feeCap(o)) || tipCap(ptx) < bumped(tipCap(o)))
        throw serverError('replacement transaction underpriced');
      this.byHash.delete(o.hashHex);
    }
    m.set(ptx.tx.nonce, { ptx, seq: this.seq++ });
    this.byHash.set(ptx.hashHex, ptx);
    return old?.ptx;
  }

  remove(ptx: PendingTx): void {
    const m = this.bySender.get(ptx.sender);
    const e = m?.get(ptx.tx.nonce);
    if (e && e.ptx === ptx) {
      m!.delete(ptx.tx.nonce);
      if (m!.size === 0) this.bySender.delete(ptx.sender);
    }
    this.byHash.delete(ptx.hashHex);
  }

  /** Drops the sender's transactions below its state nonce (mined or replaced on chain). */
  prune(nonceOf: (a: bigint) => bigint): PendingTx[] {
    const dropped: PendingTx[] = [];
    for (const [sender, m] of this.bySender) {
      const n = nonceOf(sender);
      for (const [nonce, e] of m) if (nonce < n) dropped.push(e.ptx);
    }
    for (const p of dropped) this.remove(p);
    return dropped;
  }

  /** Whether `ptx` is ready: every nonce from the state nonce up to its own is pooled. */
  isReady(ptx: PendingTx, stateNonce: bigint): boolean {
    const m = this.bySender.get(ptx.sender);
    if (!m) return false;
    for (let n = stateNonce; n < ptx.tx.nonce; n++) if (!m.has(n)) return false;
    return m.has(ptx.tx.nonce);
  }

  /** The next nonce of `sender` counting its ready pooled transactions. */
  pendingNonce(sender: bigint, stateNonce: bigint): bigint {
    const m = this.bySender.get(sender);
    let n = stateNonce;
    while (m?.has(n)) n++;
    return n;
  }

  /** Ready transactions in block order (see the header). */
  ready(nonceOf: (a: bigint) => bigint, baseFee: bigint): PendingTx[] {
    const chains: Entry[][] = [];
    for (const [sender, m] of this.bySender) {
      const chain: Entry[] = [];
      for (let n = nonceOf(sender); m.has(n); n++) chain.push(m.get(n)!);
      if (chain.length) chains.push(chain);
    }
    if (chains.length === 1) return chains[0]!.map((e) => e.ptx);
    const out: PendingTx[] = [];
    const at = chains.map(() => 0);
    for (;;) {
      let best = -1;
      let bestTip = 0n;
      let bestSeq = 0;
      for (let i = 0; i < chains.length; i++) {
        const e = chains[i]![at[i]!];
        if (!e) continue;
        const tip = tipOf(e.ptx, baseFee);
        if (best < 0 || tip > bestTip || (tip === bestTip && e.seq < bestSeq)) {
          best = i;
          bestTip = tip;
          bestSeq = e.seq;
        }
      }
      if (best < 0) return out;
      out.push(chains[best]![at[best]!]!.ptx);
      at[best]!++;
    }
  }

  all(): PendingTx[] {
    return [...this.byHash.values()];
  }

  clear(): void {
    this.bySender.clear();
    this.byHash.clear();
  }
}
