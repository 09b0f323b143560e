/**
 * The frame driver (revm's call loop, execution-specs `process_message` /
 * `process_create_message`): starts a frame for a message, runs it, and when it suspends
 * for a CALL or CREATE starts the child on an explicit stack of frames, never by
 * recursion. Ends a frame by committing or reverting its checkpoint and depositing code.
 */
import { analysisFor } from './analysis.js';
import {
  CODE_SIZE_EXCEEDED,
  CREATE_COLLISION,
  DEPTH_EXCEEDED,
  EMPTY,
  type ExecContext,
  Frame,
  gasLeft,
  HALT_BASE,
  INSUFFICIENT_BALANCE,
  INVALID_CONTRACT_PREFIX,
  type Message,
  NONCE_OVERFLOW,
  OUT_OF_GAS,
  PRECOMPILE_FAILED,
  RETURNED,
  REVERTED,
  RUNNING,
  STOPPED,
  SUSPENDED,
  setGasLeft,
} from './frame.js';
import { type InstructionTable, instructionTable } from './instructions/table.js';
import { run } from './interpreter.js';
import { Memory } from './memory.js';
import type { Tracer } from './tracer.js';
import { runTraced, statusError } from './tracing.js';

export interface CallResult {
  success: boolean;
  /** RETURNED, STOPPED, REVERTED or a halt code. */
  status: number;
  gasLeft: bigint;
  output: Uint8Array;
}

// Stacks and memories of finished frames are reused: a frame then allocates nothing, and a
// memory that grew to megabytes in one run starts the next run at that capacity.
const stackPool: bigint[][] = [];
const memoryPool: Memory[] = [];
/** The most memory capacity the pool keeps (larger memories go to the garbage collector). */
const POOLED_MEMORY_BYTES = 64 << 20;
let pooledBytes = 0;

function release(f: Frame): void {
  stackPool.push(f.stack);
  const m = f.memory;
  if (pooledBytes + m.buf.length <= POOLED_MEMORY_BYTES) {
    m.reset();
    memoryPool.push(m);
    pooledBytes += m.buf.length;
  }
}

function pooledMemory(): Memory {
  const m = memoryPool.pop();
  if (!m) return new Memory();
  pooledBytes -= m.buf.length;
  return m;
}

/** Runs `msg` and every frame it spawns to completion. */
export function executeMessage(ctx: ExecContext, msg: Message): CallResult {
  const table = instructionTable(ctx.rules.fork);
  const tracer = ctx.tracer;
  const first = tracer ? traceStart(ctx, msg, tracer) : start(ctx, msg);
  if (!(first instanceof Frame)) return first;
  const frames: Frame[] = [first];
  for (;;) {
    const f = frames[frames.length - 1]!;
    if (tracer) runTraced(f, table, tracer);
    else run(f, table);
    if (f.status === SUSPENDED) {
      const child = f.child!;
      f.child = undefined;
      const next = tracer ? traceStart(ctx, child, tracer) : start(ctx, child);
      if (next instanceof Frame) frames.push(next);
      else resume(f, next, child.isCreate ? child.address : undefined);
      continue;
    }
    const result = finish(ctx, f);
    if (tracer)
      traceExit(tracer, f.msg, result, statusError(result.status, f.code[f.pc] ?? 0, f.failError), f.output);
    frames.pop();
    release(f);
    if (frames.length === 0) return result;
    const parent = frames[frames.length - 1]!;
    resume(parent, result, f.msg.isCreate ? f.msg.address : undefined);
  }
}

const MAX_DEPTH = 1024;
const DELEGATECALL = 0xf4;
const STATICCALL = 0xfa;
const MAX_NONCE = (1n << 64n) - 1n;

/** A message that could not start (geth: the gas given to it comes back). */
function refused(msg: Message, status: number): CallResult {
  return { success: false, status, gasLeft: msg.gas, output: EMPTY };
}

/**
 * Starts `msg`: the checks geth's `evm.Call` / `evm.create` make before a frame exists
 * (depth, balance, creator nonce, address collision), the value transfer, and precompiles
 * and code-less accounts, which finish at once.
 */
/** `start` with the frame's begin reported, and its end when it finishes at once. */
function traceStart(ctx: ExecContext, msg: Message, tracer: Tracer): Frame | CallResult {
  const delegate = msg.kind === DELEGATECALL;
  tracer.enter?.({
    depth: msg.depth,
    kind: msg.kind,
    from: delegate ? msg.address : msg.caller,
    to: msg.codeAddress,
    input: msg.isCreate ? msg.code : msg.input,
    gas: msg.gas,
    value: msg.kind === STATICCALL ? undefined : msg.value,
  });
  const r = start(ctx, msg);
  if (!(r instanceof Frame)) traceExit(tracer, msg, r, statusError(r.status, 0), r.output);
  return r;
}

/** geth's OnExit: the output, the gas the frame used, and the error that ended it. */
function traceExit(
  tracer: Tracer,
  msg: Message,
  r: CallResult,
  error: string | undefined,
  output: Uint8Array,
): void {
  tracer.exit?.({
    depth: msg.depth,
    output: r.success || r.status === REVERTED || msg.isCreate ? output : EMPTY,
    gasUsed: msg.gas - r.gasLeft,
    error: r.success ? undefined : error,
  });
}

function start(ctx: ExecContext, msg: Message): Frame | CallResult {
  const { world, rules } = ctx;
  if (msg.depth > MAX_DEPTH) return refused(msg, DEPTH_EXCEEDED);
  if (msg.transfersValue && msg.value !== 0n && world.get(msg.caller).balance < msg.value)
    return refused(msg, INSUFFICIENT_BALANCE);
  const target = world.get(msg.address);
  if (msg.isCreate) {
    if (msg.depth > 0) {
      // A transaction's creation bumped the sender's nonce before; CREATE and CREATE2 do here.
      const creator = world.get(msg.caller);
      if (creator.nonce === MAX_NONCE) return refused(msg, NONCE_OVERFLOW);
      world.setNonce(creator, creator.nonce + 1n);
      if (rules.accessLists) world.warmAddress(msg.address);
    }
    if (target.nonce !== 0n || target.code.length > 0 || world.hasStorage(target))
      return { success: false, status: CREATE_COLLISION, gasLeft: 0n, output: EMPTY };
  }
  const cp = world.checkpoint();
  // A created account exists even when it stays empty (before EIP-161 it keeps nonce 0, and an
  // init code that returns nothing leaves it with no code: still an account of the trie).
  if (msg.isCreate || !rules.emptyIsDead) world.create(target);
  if (msg.isCreate) {
    world.markCreated(target);
    if (rules.createdNonce > 0n) world.setNonce(target, target.nonce + 1n);
  }
  world.touch(target);
  if (msg.transfersValue && msg.value !== 0n) {
    const from = world.get(msg.caller);
    world.setBalance(from, from.balance - msg.value);
    world.setBalance(target, target.balance + msg.value);
  }
  if (!msg.isCreate) {
    const pre = ctx.precompiles.get(msg.codeAddress);
    if (pre) {
      const r = pre(msg.input, msg.gas);
      if (!r.success) {
        world.revertTo(cp);
        return { success: false, status: PRECOMPILE_FAILED, gasLeft: 0n, output: EMPTY };
      }
      world.commitTo(cp);
      // The input is a view of the caller's memory; an output sharing it (identity) is copied.
      const output = r.output.buffer === msg.input.buffer ? r.output.slice() : r.output;
      return { success: true, status: RETURNED, gasLeft: msg.gas - r.gasUsed, output };
    }
  }
  if (msg.code.length === 0 && !msg.isCreate) {
    world.commitTo(cp);
    return { success: true, status: STOPPED, gasLeft: msg.gas, output: EMPTY };
  }
  const f = new Frame(
    ctx,
    msg,
    analysisFor(msg.code, msg.codeHash, rules.fork),
    stackPool.pop() ?? new Array<bigint>(1024).fill(0n),
    pooledMemory(),
  );
  f.checkpoint = cp;
  return f;
}

function finish(ctx: ExecContext, f: Frame): CallResult {
  const { world, rules } = ctx;
  let status = f.status;
  if (status === STOPPED || status === RETURNED) {
    if (!f.msg.isCreate) {
      world.commitTo(f.checkpoint);
      return { success: true, status, gasLeft: gasLeft(f), output: status === STOPPED ? EMPTY : f.output };
    }
    let code = status === STOPPED ? EMPTY : f.output;
    const deposit = rules.createDataGas * code.length;
    if (code.length > 0 && code[0] === 0xef && rules.rejectEf) status = INVALID_CONTRACT_PREFIX;
    else if (code.length > rules.maxCodeSize) status = CODE_SIZE_EXCEEDED;
    else if (f.gas < deposit) {
      if (rules.depositFails) {
        status = OUT_OF_GAS;
        f.failError = 'contract creation code storage out of gas';
      } else code = EMPTY;
    } else f.gas -= deposit;
    if (status < HALT_BASE) {
      if (code.length > 0) world.setCode(world.get(f.msg.address), code);
      world.commitTo(f.checkpoint);
      return { success: true, status, gasLeft: gasLeft(f), output: EMPTY };
    }
  }
  world.revertTo(f.checkpoint);
  if (status === REVERTED) return { success: false, status, gasLeft: gasLeft(f), output: f.output };
  return { success: false, status, gasLeft: 0n, output: EMPTY };
}

/** Hands a child's result to the suspended parent and lets it run again. */
function resume(f: Frame, r: CallResult, created: bigint | undefined): void {
  setGasLeft(f, gasLeft(f) + r.gasLeft);
  if (created !== undefined) {
    f.returnData = r.success ? EMPTY : r.output;
    f.stack[f.sp++] = r.success ? created : 0n;
  } else {
    f.returnData = r.output;
    f.stack[f.sp++] = r.success ? 1n : 0n;
    const n = Math.min(f.retSize, r.output.length);
    if (n > 0) f.memory.buf.set(r.output.subarray(0, n), f.retOffset);
  }
  f.status = RUNNING;
}

export type { InstructionTable };
