/**
 * debug_ methods (geth `eth/tracers/api.go`, `internal/ethapi` debug API): tracing a mined
 * transaction (its block replayed from the state before it, the transactions before it
 * untraced), a block, or a call; and the raw RLP of blocks, headers, receipts and
 * transactions. The replay runs the block's transactions with the senders the node
 * recorded; the block's system calls (EIP-4788, EIP-2935) are not replayed.
 */
import {
  blockEnv,
  blockRules,
  encodeBlock,
  encodeHeader,
  encodeReceipt,
  logsBloom,
  runTransaction,
  type Tracer,
  type TxResult,
  withSender,
} from '../../evm/index.js';
import { maxBig } from '../bigmath.js';
import { applyStateOverrides, callContext, callTransaction, defaultCallGas } from '../call.js';
import { invalidParams, serverError } from '../errors.js';
import { data, parseHash } from '../hex.js';
import type { DevNode } from '../node.js';
import { CallTracer, type StructLogConfig, StructLogger } from '../tracers.js';
import { parseTxRequest } from '../tx-request.js';
import type { ChainBlock } from '../types.js';
import { resolveBlock } from './eth.js';
import type { Methods } from './types.js';

interface TraceConfig extends StructLogConfig {
  tracer?: string;
  tracerConfig?: { onlyTopCall?: boolean };
}

function traceConfig(v: unknown): TraceConfig {
  if (v === undefined || v === null) return {};
  if (typeof v !== 'object' || Array.isArray(v))
    throw invalidParams('invalid argument 1: trace config object expected');
  const c = v as TraceConfig;
  if (c.tracer !== undefined && c.tracer !== 'callTracer')
    throw serverError(`tracer not found: ${String(c.tracer)} (the struct logger and callTracer are served)`);
  return c;
}

function makeTracer(c: TraceConfig): StructLogger | CallTracer {
  return c.tracer === 'callTracer'
    ? new CallTracer(c.tracerConfig?.onlyTopCall === true)
    : new StructLogger(c);
}

function traceResult(t: StructLogger | CallTracer, r: TxResult, gasLimit: bigint): unknown {
  if (!r.valid) throw serverError(r.message);
  if (t instanceof StructLogger) return t.result(r.gasUsed, r.status !== 'success', r.output);
  return t.result(gasLimit, r.gasUsed, r.contractAddress);
}

/** Replays `block` up to transaction `upto` (inclusive); `tracer(i)` traces transaction i. */
function replay(
  node: DevNode,
  block: ChainBlock,
  upto: number,
  tracer: (i: number) => Tracer | undefined,
): TxResult[] {
  const parent = node.blockByNumber(block.number - 1n);
  if (!parent) throw serverError('genesis is not traceable');
  const cache = node.stateAt(parent.number);
  const header = block.block.header;
  const chain = node.chainContext(parent, header);
  const rules = blockRules(header, chain);
  const env = blockEnv(header, rules, chain);
  const out: TxResult[] = [];
  let used = 0n;
  for (let i = 0; i <= upto; i++) {
    const t = block.block.transactions[i]!;
    const tx = withSender(t.tx, block.receipts[i]!.from);
    const tr = tracer(i);
    const r = runTransaction(cache, rules.fork, env, tx, {
      gasAvailable: header.gasLimit - used,
      tracer: tr,
    });
    if (r.valid) used += r.gasUsed;
    out.push(r);
  }
  return out;
}

function traceTx(node: DevNode, hashParam: unknown, cfgParam: unknown): unknown {
  const hash = parseHash(hashParam, 'argument 0');
  const loc = node.txLocation(hash);
  if (!loc) throw serverError('transaction not found');
  const block = node.blockByNumber(loc.block)!;
  const cfg = traceConfig(cfgParam);
  const t = makeTracer(cfg);
  const results = replay(node, block, loc.index, (i) => (i === loc.index ? t : undefined));
  return traceResult(t, results[loc.index]!, block.block.transactions[loc.index]!.tx.gasLimit);
}

function traceBlock(node: DevNode, block: ChainBlock | undefined, cfgParam: unknown): unknown {
  if (!block) throw serverError('block not found');
  if (block.number === 0n) throw serverError('genesis is not traceable');
  const cfg = traceConfig(cfgParam);
  const n = block.block.transactions.length;
  if (n === 0) return [];
  const tracers = Array.from({ length: n }, () => makeTracer(cfg));
  const results = replay(node, block, n - 1, (i) => tracers[i]);
  return results.map((r, i) => ({
    txHash: data(block.txHashes[i]!),
    result: traceResult(tracers[i]!, r, block.block.transactions[i]!.tx.gasLimit),
  }));
}

function blockOf(node: DevNode, tag: unknown): ChainBlock | undefined {
  if (typeof tag === 'string' && tag.length === 66) return node.blockByHash(parseHash(tag, 'argument 0'));
  if (typeof tag === 'string' && /^0x[0-9a-f]+$/i.test(tag) && BigInt(tag) > node.head.number)
    return undefined;
  const n = resolveBlock(node, tag);
  return node.blockByNumber(n === 'pending' ? node.head.number : n);
}

export const debugMethods: Methods = {
  debug_traceTransaction: (n, p) => traceTx(n, p[0], p[1]),
  debug_traceBlockByNumber: (n, p) => traceBlock(n, blockOf(n, p[0]), p[1]),
  debug_traceBlockByHash: (n, p) => traceBlock(n, n.blockByHash(parseHash(p[0], 'argument 0')), p[1]),
  debug_traceCall: (n, p) => {
    const req = parseTxRequest(p[0], 'argument 0');
    const tag = resolveBlock(n, p[1] ?? 'latest');
    const cfg = traceConfig(p[2]) as TraceConfig & { stateOverrides?: unknown; blockOverrides?: unknown };
    const ctx = callContext(n, tag, cfg.blockOverrides);
    applyStateOverrides(n, ctx.cache, cfg.stateOverrides);
    const gas = req.gas ?? defaultCallGas(n, ctx.env);
    const tx = callTransaction(n, ctx, req, gas);
    const t = makeTracer(cfg);
    const r = runTransaction(ctx.cache, n.fork, ctx.env, tx, {
      gasAvailable: maxBig(ctx.env.gasLimit, gas),
      tracer: t,
    });
    return traceResult(t, r, gas);
  },
  debug_getRawBlock: (n, p) => {
    const b = blockOf(n, p[0]);
    if (!b) throw serverError('block not found');
    return data(encodeBlock(b.block));
  },
  debug_getRawHeader: (n, p) => {
    const b = blockOf(n, p[0]);
    if (!b) throw serverError('block not found');
    return data(encodeHeader(b.block.header));
  },
  debug_getRawReceipts: (n, p) => {
    const b = blockOf(n, p[0]);
    if (!b) throw serverError('block not found');
    return b.receipts.map((r, i) =>
      data(
        encodeReceipt({
          type: b.block.transactions[i]!.tx.type,
          status: r.status,
          postState: r.root,
          cumulativeGasUsed: r.cumulativeGasUsed,
          logsBloom: logsBloom(r.logs),
          logs: r.logs,
        }),
      ),
    );
  },
  debug_getRawTransaction: (n, p) => {
    const loc = n.txLocation(parseHash(p[0], 'argument 0'));
    if (!loc) return '0x';
    return data(n.blockByNumber(loc.block)!.block.transactions[loc.index]!.encoded);
  },
};
