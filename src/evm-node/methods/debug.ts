/**
 * debug_ methods (geth `eth/tracers/api.go`, `internal/ethapi` debug API): tracing a mined
 * transaction (its block replayed from the state before it, the transactions before it
 * untraced), a block, or a call; and the raw RLP of blocks, headers, receipts and
 * transactions. The replay runs the block's transactions with the senders the node
 * recorded; the block's system calls (EIP-4788, EIP-2935) are not replayed.
 */
import {
  type BlockEnv,
  type Bounded,
  blockEnv,
  blockRules,
  encodeBlock,
  encodeHeader,
  encodeReceipt,
  type ForkName,
  logsBloom,
  parseGoDuration,
  runTransaction,
  type Tracer,
  type Transaction,
  type TxResult,
  withDeadline,
  withSender,
} from '../../evm/index.js';
import type { JournaledCache } from '../../state/index.js';
import { maxBig } from '../bigmath.js';
import { applyStateOverrides, callContext, callTransaction, defaultCallGas } from '../call.js';
import { invalidParams, serverError } from '../errors.js';
import { data, parseHash } from '../hex.js';
import type { DevNode } from '../node.js';
import { type PrestateConfig, PrestateTracer, type StateReader } from '../prestate-tracer.js';
import { CallTracer, type StructLogConfig, StructLogger } from '../tracers.js';
import { parseTxRequest } from '../tx-request.js';
import type { ChainBlock } from '../types.js';
import { resolveBlock } from './eth.js';
import type { Methods } from './types.js';

interface TraceConfig extends StructLogConfig {
  tracer?: string;
  tracerConfig?: { onlyTopCall?: boolean } & PrestateConfig;
  /** A Go duration: the bound of each traced transaction (geth's defaultTraceTimeout 5s). */
  timeout?: string;
}

const DEFAULT_TRACE_TIMEOUT = '5s';
const TIMEOUT = 'execution timeout';

const TRACERS = ['callTracer', 'prestateTracer'];
type AnyTracer = StructLogger | CallTracer | PrestateTracer;

/** What a tracer of one transaction is made from: its state, fork, transaction and block. */
interface TxContext {
  node: DevNode;
  cache: JournaledCache;
  fork: ForkName;
  tx: Transaction;
  env: BlockEnv;
}

const reader = (node: DevNode, cache: JournaledCache): StateReader => ({
  account: (a) => node.account(cache, a),
  code: (a) => node.code(cache, a),
  storage: (a, slot) => node.storage(cache, a, slot),
});

function traceConfig(v: unknown): TraceConfig {
  if (v === undefined || v === null) return {};
  if (typeof v !== 'object' || Array.isArray(v))
    throw invalidParams('invalid argument 1: trace config object expected');
  const c = v as TraceConfig;
  if (c.tracer !== undefined && !TRACERS.includes(c.tracer))
    throw serverError(
      `tracer not found: ${String(c.tracer)} (the struct logger, callTracer and prestateTracer are served)`,
    );
  if (c.tracerConfig?.diffMode && c.tracerConfig.includeEmpty)
    throw serverError('cannot use diffMode with includeEmpty');
  traceTimeout(c);
  return c;
}

/** The config's timeout in milliseconds (geth: time.ParseDuration, its error otherwise). */
function traceTimeout(c: TraceConfig): number {
  const text = c.timeout ?? DEFAULT_TRACE_TIMEOUT;
  const ms = typeof text === 'string' ? parseGoDuration(text) : undefined;
  if (ms === undefined) throw serverError(`time: invalid duration ${JSON.stringify(String(text))}`);
  return ms;
}

function makeTracer(c: TraceConfig, x: TxContext): AnyTracer {
  if (c.tracer === 'callTracer') return new CallTracer(c.tracerConfig?.onlyTopCall === true);
  if (c.tracer === 'prestateTracer')
    return new PrestateTracer(
      reader(x.node, x.cache),
      c.tracerConfig ?? {},
      x.fork,
      x.tx,
      x.env.coinbase,
      x.env.chainId,
    );
  return new StructLogger(c);
}

/** The tracer's result once the transaction ran on `x.cache`; geth's error if it timed out. */
function traceResult(t: AnyTracer, r: Bounded<TxResult>, x: TxContext): unknown {
  if (r.timedOut) throw serverError(TIMEOUT);
  return tracerResult(t, r.value, x);
}

function tracerResult(t: AnyTracer, r: TxResult, x: TxContext): unknown {
  if (!r.valid) throw serverError(r.message);
  if (t instanceof StructLogger) return t.result(r.gasUsed, r.status !== 'success', r.output);
  if (t instanceof PrestateTracer) return t.result(reader(x.node, x.cache));
  return t.result(x.tx.gasLimit, r.gasUsed, r.contractAddress);
}

/**
 * Replays `block` up to transaction `upto` (inclusive); `tracer(i, x)` traces transaction i,
 * within the config's timeout, and `done(i, r, x)` sees its result before the next one runs.
 */
function replay(
  node: DevNode,
  block: ChainBlock,
  upto: number,
  cfg: TraceConfig,
  tracer: (i: number, x: TxContext) => Tracer | undefined,
  done: (i: number, r: Bounded<TxResult>, x: TxContext) => void,
): void {
  const parent = node.blockByNumber(block.number - 1n);
  if (!parent) throw serverError('genesis is not traceable');
  const cache = node.stateBefore(block);
  const header = block.block.header;
  const chain = node.chainContext(parent, header);
  const rules = blockRules(header, chain);
  const env = blockEnv(header, rules, chain);
  let used = 0n;
  for (let i = 0; i <= upto; i++) {
    const x: TxContext = {
      node,
      cache,
      fork: rules.fork,
      env,
      tx: withSender(block.block.transactions[i]!.tx, block.receipts[i]!.from),
    };
    const t = tracer(i, x);
    const run = () =>
      runTransaction(cache, rules.fork, env, x.tx, { gasAvailable: header.gasLimit - used, tracer: t });
    const r = t ? withDeadline(traceTimeout(cfg), run) : { value: run(), timedOut: false };
    if (r.value.valid) used += r.value.gasUsed;
    done(i, r, x);
  }
}

function traceTx(node: DevNode, hashParam: unknown, cfgParam: unknown): unknown {
  const hash = parseHash(hashParam, 'argument 0');
  const loc = node.txLocation(hash);
  if (!loc) throw serverError('transaction not found');
  const block = node.blockByNumber(loc.block)!;
  const cfg = traceConfig(cfgParam);
  let t: AnyTracer | undefined;
  let out: unknown;
  replay(
    node,
    block,
    loc.index,
    cfg,
    (i, x) => (i === loc.index ? (t = makeTracer(cfg, x)) : undefined),
    (i, r, x) => {
      if (t && i === loc.index) out = traceResult(t, r, x);
    },
  );
  return out;
}

function traceBlock(node: DevNode, block: ChainBlock | undefined, cfgParam: unknown): unknown {
  if (!block) throw serverError('block not found');
  if (block.number === 0n) throw serverError('genesis is not traceable');
  const cfg = traceConfig(cfgParam);
  const n = block.block.transactions.length;
  if (n === 0) return [];
  const tracers: AnyTracer[] = [];
  const out: unknown[] = [];
  replay(
    node,
    block,
    n - 1,
    cfg,
    (i, x) => (tracers[i] = makeTracer(cfg, x)),
    // geth's txTraceResult: a transaction whose trace timed out gets an error, not a result.
    (i, r, x) =>
      out.push(
        r.timedOut
          ? { txHash: data(block.txHashes[i]!), error: TIMEOUT }
          : { txHash: data(block.txHashes[i]!), result: tracerResult(tracers[i]!, r.value, x) },
      ),
  );
  return out;
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
    const x: TxContext = {
      node: n,
      cache: ctx.cache,
      fork: n.fork,
      tx: { ...tx, gasLimit: gas },
      env: ctx.env,
    };
    const t = makeTracer(cfg, x);
    const r = withDeadline(traceTimeout(cfg), () =>
      runTransaction(ctx.cache, n.fork, ctx.env, tx, {
        gasAvailable: maxBig(ctx.env.gasLimit, gas),
        tracer: t,
      }),
    );
    return traceResult(t, r, x);
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
