/**
 * The `txpool_` methods (geth `internal/ethapi` TxPoolAPI): the pool split into `pending`
 * (executable: no nonce gap from the account's nonce) and `queued`, by sender (checksummed,
 * as geth's map keys) and nonce (decimal); `txpool_inspect` gives each as geth's one-line
 * summary (`TO: VALUE wei + GAS gas × PRICE wei`, the fee cap as the price of a 1559 tx).
 */
import { checksumAddress } from '../../evm/index.js';
import { signedTxJson } from '../format.js';
import { parseAddress, qty } from '../hex.js';
import type { DevNode } from '../node.js';
import type { PendingTx } from '../types.js';
import type { Methods } from './types.js';

type Content = Record<string, Record<string, unknown>>;

function split(n: DevNode, only?: bigint): { pending: PendingTx[]; queued: PendingTx[] } {
  const pending: PendingTx[] = [];
  const queued: PendingTx[] = [];
  for (const p of n.pool.all()) {
    if (only !== undefined && p.sender !== only) continue;
    (n.pool.isReady(p, n.nonceOf(p.sender)) ? pending : queued).push(p);
  }
  return { pending, queued };
}

const txOf = (n: DevNode, p: PendingTx) => signedTxJson(p.tx, p.sender, p.hash, undefined, n.config.chainId);

function summary(p: PendingTx): string {
  const { to, value, gasLimit } = p.tx;
  const price = p.tx.gasPrice ?? p.tx.maxFeePerGas ?? 0n;
  const dest = to === undefined ? 'contract creation' : checksumAddress(to);
  return `${dest}: ${value} wei + ${gasLimit} gas × ${price} wei`;
}

function bySender(list: PendingTx[], show: (p: PendingTx) => unknown): Content {
  const out: Content = {};
  for (const p of [...list].sort((a, b) => (a.tx.nonce < b.tx.nonce ? -1 : 1))) {
    const key = checksumAddress(p.sender);
    out[key] ??= {};
    out[key][p.tx.nonce.toString()] = show(p);
  }
  return out;
}

function byNonce(n: DevNode, list: PendingTx[]): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const p of list) out[p.tx.nonce.toString()] = txOf(n, p);
  return out;
}

export const txpoolMethods: Methods = {
  txpool_status: (n) => {
    const s = split(n);
    return { pending: qty(s.pending.length), queued: qty(s.queued.length) };
  },
  txpool_content: (n) => {
    const s = split(n);
    const show = (p: PendingTx) => txOf(n, p);
    return { pending: bySender(s.pending, show), queued: bySender(s.queued, show) };
  },
  txpool_inspect: (n) => {
    const s = split(n);
    return { pending: bySender(s.pending, summary), queued: bySender(s.queued, summary) };
  },
  txpool_contentFrom: (n, p) => {
    const s = split(n, parseAddress(p[0], 'argument 0'));
    return { pending: byNonce(n, s.pending), queued: byNonce(n, s.queued) };
  },
};
