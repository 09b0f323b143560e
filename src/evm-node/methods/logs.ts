/**
 * Log filters (execution-apis `eth_getLogs`, geth `eth/filters`): a block range or one
 * block hash, addresses, and topics by position (null: any; an array: any of them).
 * The block bloom is checked before the receipts are read.
 */
import type { Log } from '../../evm/index.js';
import { invalidParams, serverError } from '../errors.js';
import { parseAddress, parseHash, parseSlot } from '../hex.js';
import type { DevNode } from '../node.js';
import type { ChainBlock } from '../types.js';
import { resolveBlock } from './eth.js';

export interface LogFilter {
  from: bigint;
  to: bigint;
  blockHash?: Uint8Array;
  addresses: bigint[];
  topics: (bigint[] | null)[];
}

export const MAX_LOG_RANGE = 100_000n;

export function parseFilter(node: DevNode, v: unknown, defaults?: { from: bigint }): LogFilter {
  const o = (v ?? {}) as Record<string, unknown>;
  if (typeof o !== 'object' || Array.isArray(o))
    throw invalidParams('invalid argument 0: filter object expected');
  const addresses =
    o.address == null
      ? []
      : Array.isArray(o.address)
        ? o.address.map((a, i) => parseAddress(a, `address[${i}]`))
        : [parseAddress(o.address, 'address')];
  const rawTopics = o.topics ?? [];
  if (!Array.isArray(rawTopics)) throw invalidParams('invalid argument 0: topics must be an array');
  if (rawTopics.length > 4) throw invalidParams('invalid argument 0: too many topics (max 4)');
  const topics = rawTopics.map((t, i) =>
    t == null || (Array.isArray(t) && t.length === 0) // [] matches any topic, as null (geth)
      ? null
      : Array.isArray(t)
        ? t.map((x, j) => parseSlot(x, `topics[${i}][${j}]`))
        : [parseSlot(t, `topics[${i}]`)],
  );
  if (o.blockHash != null) {
    if (o.fromBlock != null || o.toBlock != null)
      throw invalidParams(
        'invalid argument 0: cannot specify both BlockHash and FromBlock/ToBlock, choose one or the other',
      );
    const hash = parseHash(o.blockHash, 'blockHash');
    const b = node.blockByHash(hash);
    if (!b) throw serverError('unknown block');
    return { from: b.number, to: b.number, blockHash: hash, addresses, topics };
  }
  const at = (t: unknown, dflt: bigint) => {
    if (t == null) return dflt;
    if (typeof t === 'string' && /^0x[0-9a-f]{1,16}$/i.test(t) && BigInt(t) > node.head.number)
      throw invalidParams('block range extends beyond current head block');
    const r = resolveBlock(node, t);
    return r === 'pending' ? node.head.number : r;
  };
  const from = at(o.fromBlock, defaults?.from ?? node.head.number);
  const to = at(o.toBlock, node.head.number);
  if (from > to) throw invalidParams('invalid block range params');
  if (to - from > MAX_LOG_RANGE) throw serverError(`exceed maximum block range: ${MAX_LOG_RANGE}`);
  return { from, to, addresses, topics };
}

export function logMatches(f: LogFilter, log: Log): boolean {
  if (f.addresses.length && !f.addresses.includes(log.address)) return false;
  for (let i = 0; i < f.topics.length; i++) {
    const want = f.topics[i];
    if (!want) continue;
    const got = log.topics[i];
    if (got === undefined || !want.includes(got)) return false;
  }
  return true;
}

export interface MatchedLog {
  block: ChainBlock;
  txIndex: number;
  log: Log;
  logIndex: number;
}

export function blockLogs(block: ChainBlock, f: LogFilter): MatchedLog[] {
  const out: MatchedLog[] = [];
  let logIndex = 0;
  block.receipts.forEach((r, txIndex) => {
    for (const log of r.logs) {
      if (logMatches(f, log)) out.push({ block, txIndex, log, logIndex });
      logIndex++;
    }
  });
  return out;
}

export function* matchLogs(node: DevNode, f: LogFilter): Generator<MatchedLog> {
  for (let n = f.from; n <= f.to; n++) {
    const b = node.blockByNumber(n);
    if (!b) break;
    if (b.receipts.length === 0) continue;
    yield* blockLogs(b, f);
  }
}
