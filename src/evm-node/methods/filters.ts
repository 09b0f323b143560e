/**
 * Installed filters (execution-apis `eth_newFilter`, geth `eth/filters/api.go`): log and
 * block filters polled with eth_getFilterChanges, each returning what is new since the
 * last poll; a filter unpolled for 5 minutes is dropped (geth's deadline).
 */

import { serverError } from '../errors.js';
import { logJson } from '../format.js';
import { data, parseLooseQty, qty } from '../hex.js';
import type { DevNode } from '../node.js';
import { type LogFilter, matchLogs, parseFilter } from './logs.js';
import type { Methods } from './types.js';

interface Installed {
  kind: 'logs' | 'blocks' | 'pending';
  filter?: LogFilter;
  /** The filter's toBlock when it named a number (else it follows the head). */
  fixedTo?: bigint;
  /** The next block to report. */
  next: bigint;
  pending: string[];
  touched: number;
}

const DEADLINE_MS = 5 * 60 * 1000;
const filters = new WeakMap<DevNode, Map<string, Installed>>();
let nextId = 1n;

function table(n: DevNode): Map<string, Installed> {
  let t = filters.get(n);
  if (!t) {
    const fresh = new Map<string, Installed>();
    t = fresh;
    filters.set(n, t);
    n.listeners.pending.add((p) => {
      for (const f of fresh.values()) if (f.kind === 'pending') f.pending.push(p.hashHex);
    });
  }
  const now = Date.now();
  for (const [id, f] of t) if (now - f.touched > DEADLINE_MS) t.delete(id);
  return t;
}

function install(n: DevNode, f: Omit<Installed, 'touched' | 'pending'>): string {
  const id = qty(nextId++);
  table(n).set(id, { ...f, pending: [], touched: Date.now() });
  return id;
}

function get(n: DevNode, id: unknown): Installed {
  const f = table(n).get(String(id));
  if (!f) throw serverError('filter not found');
  f.touched = Date.now();
  return f;
}

export const filterMethods: Methods = {
  eth_newFilter: (n, p) => {
    const filter = parseFilter(n, p[0], { from: n.head.number + 1n });
    const to = (p[0] as { toBlock?: unknown } | undefined)?.toBlock;
    const fixedTo = typeof to === 'string' && to.startsWith('0x') ? filter.to : undefined;
    return install(n, { kind: 'logs', filter, next: filter.from, fixedTo });
  },
  eth_newBlockFilter: (n) => install(n, { kind: 'blocks', next: n.head.number + 1n }),
  eth_newPendingTransactionFilter: (n) => install(n, { kind: 'pending', next: 0n }),
  eth_uninstallFilter: (n, p) => table(n).delete(String(p[0])),
  eth_getFilterChanges: (n, p) => {
    const f = get(n, p[0]);
    if (f.kind === 'pending') return f.pending.splice(0);
    const head = n.head.number;
    const from = f.next;
    f.next = head + 1n;
    if (f.kind === 'blocks') {
      const out: string[] = [];
      for (let b = from; b <= head; b++) out.push(data(n.blockByNumber(b)!.hash));
      return out;
    }
    const lf = f.filter!;
    const to = f.fixedTo !== undefined && f.fixedTo < head ? f.fixedTo : head;
    return [...matchLogs(n, { ...lf, from, to })].map((m) => logJson(m.block, m.txIndex, m.log, m.logIndex));
  },
  eth_getFilterLogs: (n, p) => {
    const f = get(n, p[0]);
    if (f.kind !== 'logs') throw serverError('filter not found');
    const to = f.fixedTo ?? n.head.number;
    return [...matchLogs(n, { ...f.filter!, to })].map((m) => logJson(m.block, m.txIndex, m.log, m.logIndex));
  },
};
void parseLooseQty;
