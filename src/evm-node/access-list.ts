/**
 * eth_createAccessList as geth's `internal/ethapi` AccessList runs it: the call is run with
 * an access-list tracer (`eth/tracers/logger/access_list_tracer.go`) and the list it collects
 * is fed back as the call's access list until a run collects no more. The tracer records
 * every SLOAD/SSTORE slot of the running contract, and the address an
 * EXTCODE*, BALANCE or SELFDESTRUCT reads or a CALL-family instruction calls, except the
 * sender, the recipient (or created contract), the precompiles and the EIP-7702 authorities
 * (as bare addresses; their slots are kept). Fees are zero, as geth's NoBaseFee run.
 */
import { keccak_256 } from '../core/keccak.js';
import {
  type AccessListEntry,
  bigIntToMinimalBytes,
  OPCODE_BY_NAME,
  precompilesFor,
  recoverAuthority,
  rlpEncode,
  runTransaction,
  type TraceEnter,
  type Tracer,
  type TraceStep,
} from '../evm/index.js';
import { maxBig } from './bigmath.js';
import { applyStateOverrides, callContext, callTransaction, defaultCallGas, HALT_MESSAGES } from './call.js';
import { serverError } from './errors.js';
import { address, hexToBig, qty, word } from './hex.js';
import type { DevNode } from './node.js';
import { parseTxRequest } from './tx-request.js';

const op = (name: string): number => OPCODE_BY_NAME.get(name)!.code;
const SLOT_OPS = new Set(['SLOAD', 'SSTORE'].map(op));
/** Instructions whose stack top is an address they read. */
const ADDRESS_OPS = new Set(['EXTCODECOPY', 'EXTCODEHASH', 'EXTCODESIZE', 'BALANCE', 'SELFDESTRUCT'].map(op));
/** Calls: the address is the second item from the top. */
const CALL_OPS = new Set(['DELEGATECALL', 'CALL', 'STATICCALL', 'CALLCODE'].map(op));
const CONTEXT_OF_CALLER = new Set(['DELEGATECALL', 'CALLCODE'].map(op));

/** address -> slots, as geth's accessList map. */
type List = Map<bigint, Set<bigint>>;

class AccessListTracer implements Tracer {
  readonly list: List = new Map();
  private readonly contexts: bigint[] = [];

  constructor(
    initial: readonly AccessListEntry[],
    private readonly exclude: ReadonlySet<bigint>,
  ) {
    for (const e of initial) {
      if (!exclude.has(e.address)) this.addAddress(e.address);
      for (const k of e.storageKeys) this.addSlot(e.address, k);
    }
  }

  private addAddress(a: bigint): Set<bigint> {
    let s = this.list.get(a);
    if (!s) this.list.set(a, (s = new Set()));
    return s;
  }

  private addSlot(a: bigint, slot: bigint): void {
    this.addAddress(a).add(slot);
  }

  enter(e: TraceEnter): void {
    this.contexts.push(CONTEXT_OF_CALLER.has(e.kind) ? e.from : e.to);
  }

  exit(): void {
    this.contexts.pop();
  }

  step(s: TraceStep): void {
    const n = s.stack.length;
    if (SLOT_OPS.has(s.op) && n >= 1) this.addSlot(this.contexts[this.contexts.length - 1]!, s.stack[n - 1]!);
    else if (ADDRESS_OPS.has(s.op) && n >= 1) this.touch(s.stack[n - 1]!);
    else if (CALL_OPS.has(s.op) && n >= 5) this.touch(s.stack[n - 2]!);
  }

  private touch(word: bigint): void {
    const a = word & ((1n << 160n) - 1n);
    if (!this.exclude.has(a)) this.addAddress(a);
  }

  entries(): AccessListEntry[] {
    return [...this.list.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([addr, slots]) => ({
        address: addr,
        storageKeys: [...slots].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)),
      }));
  }
}

const sameList = (a: List, b: List): boolean =>
  a.size === b.size &&
  [...a].every(([addr, slots]) => {
    const other = b.get(addr);
    return other !== undefined && other.size === slots.size && [...slots].every((s) => other.has(s));
  });

/** The address a creation by `from` at `nonce` deploys to (keccak256(rlp([from, nonce]))). */
function createAddress(from: bigint, nonce: bigint): bigint {
  const fromBytes = Uint8Array.from(Buffer.from(address(from).slice(2), 'hex'));
  return hexToBig(keccak_256(rlpEncode([fromBytes, bigIntToMinimalBytes(nonce)])).subarray(12));
}

export function createAccessList(
  node: DevNode,
  params: unknown[],
  resolve: (tag: unknown) => bigint | 'pending',
): Record<string, unknown> {
  const req = parseTxRequest(params[0], 'argument 0');
  const n = resolve(params[1] ?? 'pending');
  const base = callContext(node, n);
  applyStateOverrides(node, base.cache, params[2]);
  const gas = req.gas ?? defaultCallGas(node, base.env);
  const first = callTransaction(node, base, req, gas);
  const to = first.to ?? createAddress(first.sender, first.nonce);
  const exclude = new Set<bigint>([first.sender, to]);
  for (const key of precompilesFor(node.fork).keys()) exclude.add(BigInt(`0x${key}`));
  for (const auth of first.authorizationList ?? []) {
    if ((auth.chainId !== 0n && auth.chainId !== node.config.chainId) || auth.nonce >= (1n << 64n) - 1n)
      continue;
    const authority = recoverAuthority(auth);
    if (authority !== undefined) exclude.add(authority);
  }
  let prev = new AccessListTracer(req.accessList ?? [], exclude);
  for (;;) {
    const accessList = prev.entries();
    // A fresh copy of the state each round, fees zero (geth lowers them to avoid basefee < feecap).
    const ctx = callContext(node, n);
    applyStateOverrides(node, ctx.cache, params[2]);
    ctx.env.baseFee = 0n;
    const tx = { ...callTransaction(node, ctx, req, gas), accessList };
    if (tx.type === 0) tx.type = 1;
    if (tx.gasPrice !== undefined) tx.gasPrice = 0n;
    if (tx.maxFeePerGas !== undefined) tx.maxFeePerGas = 0n;
    if (tx.maxPriorityFeePerGas !== undefined) tx.maxPriorityFeePerGas = 0n;
    if (tx.maxFeePerBlobGas !== undefined) ctx.env.blobBaseFee = 0n;
    const tracer = new AccessListTracer(accessList, exclude);
    const r = runTransaction(ctx.cache, node.fork, ctx.env, tx, {
      gasAvailable: maxBig(ctx.env.gasLimit, gas),
      tracer,
    });
    if (!r.valid) throw serverError(`failed to apply transaction: err: ${r.message}`);
    if (sameList(tracer.list, prev.list)) {
      const out: Record<string, unknown> = {
        accessList: accessList.map((e) => ({
          address: address(e.address),
          storageKeys: e.storageKeys.map(word),
        })),
        gasUsed: qty(r.gasUsed),
      };
      if (r.status === 'revert') out.error = 'execution reverted';
      else if (r.status === 'halt') out.error = HALT_MESSAGES[r.reason ?? ''] ?? String(r.reason);
      return out;
    }
    prev = tracer;
  }
}
