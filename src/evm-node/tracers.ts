/**
 * geth's debug tracers (`eth/tracers/logger/logger.go` StructLogger, `eth/tracers/native/
 * call.go` callTracer) over the EVM's Tracer hooks. The struct logger gives every step's
 * gas and gasCost as the EVM reports them (geth's: the whole cost of the step), the stack
 * before the step, memory as 32-byte words when enabled, and the storage the frame has
 * touched on SLOAD and SSTORE steps. The callTracer gives the call tree; the top frame
 * carries the transaction's gas limit and the gas it used (after refunds), as geth's does.
 */
import { gethOpName, type TraceEnter, type TraceExit, type Tracer, type TraceStep } from '../evm/index.js';
import { abi } from './abi-error.js';
import { data, word } from './hex.js';

const SLOAD = 0x54;
const SSTORE = 0x55;
const CALLCODE = 0xf2;
const DELEGATECALL = 0xf4;

export interface StructLogConfig {
  disableStack?: boolean;
  disableStorage?: boolean;
  enableMemory?: boolean;
  enableReturnData?: boolean;
}

type StructLog = Record<string, unknown>;

/** The account whose storage a frame reads and writes (its caller's for DELEGATECALL/CALLCODE). */
export const storageAddress = (e: TraceEnter): bigint =>
  e.kind === DELEGATECALL || e.kind === CALLCODE ? e.from : e.to;

export class StructLogger implements Tracer {
  readonly logs: StructLog[] = [];
  readonly wantsMemory: boolean;
  /** Storage seen per contract (geth keeps one map per address). */
  private readonly storage = new Map<bigint, Map<bigint, bigint>>();
  private readonly contexts: bigint[] = [];
  /** An SLOAD entry waiting for the value its step pushes (the next step's stack top). */
  private pendingLoad: { log: StructLog; key: bigint; ctx: bigint; depth: number } | undefined;

  constructor(private readonly cfg: StructLogConfig = {}) {
    this.wantsMemory = cfg.enableMemory === true;
  }

  enter(e: TraceEnter): void {
    this.contexts.push(storageAddress(e));
  }

  exit(_e: TraceExit): void {
    this.contexts.pop();
  }

  step(s: TraceStep): void {
    if (this.pendingLoad) {
      const p = this.pendingLoad;
      this.pendingLoad = undefined;
      if (s.depth === p.depth) {
        const value = s.stack[s.stack.length - 1] ?? 0n;
        this.slots(p.ctx).set(p.key, value);
        p.log.storage = this.storageJson(p.ctx);
      }
    }
    const log: StructLog = {
      pc: s.pc,
      op: gethOpName(s.op),
      gas: Number(s.gas),
      gasCost: Number(s.gasCost),
      depth: s.depth,
    };
    if (!this.cfg.disableStack) log.stack = s.stack.map((v) => `0x${v.toString(16)}`);
    if (this.cfg.enableMemory && s.memory) {
      const words: string[] = [];
      for (let i = 0; i < s.memory.length; i += 32) words.push(data(s.memory.subarray(i, i + 32)));
      log.memory = words;
    }
    if (this.cfg.enableReturnData && s.returnData.length) log.returnData = data(s.returnData);
    if (s.refund) log.refund = s.refund;
    if (s.error) log.error = s.error;
    if (!this.cfg.disableStorage && !s.error) {
      const ctx = this.contexts[this.contexts.length - 1] ?? 0n;
      const n = s.stack.length;
      if (s.op === SSTORE && n >= 2) {
        this.slots(ctx).set(s.stack[n - 1]!, s.stack[n - 2]!);
        log.storage = this.storageJson(ctx);
      } else if (s.op === SLOAD && n >= 1) {
        this.pendingLoad = { log, key: s.stack[n - 1]!, ctx, depth: s.depth };
        log.storage = this.storageJson(ctx);
      }
    }
    this.logs.push(log);
  }

  private slots(ctx: bigint): Map<bigint, bigint> {
    let m = this.storage.get(ctx);
    if (!m) this.storage.set(ctx, (m = new Map()));
    return m;
  }

  private storageJson(ctx: bigint): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, v] of this.slots(ctx)) out[word(k)] = word(v);
    return out;
  }

  result(gasUsed: bigint, failed: boolean, output: Uint8Array): Record<string, unknown> {
    return { gas: Number(gasUsed), failed, returnValue: data(output), structLogs: this.logs };
  }
}

const KIND_NAMES: Record<number, string> = {
  240: 'CREATE',
  241: 'CALL',
  242: 'CALLCODE',
  244: 'DELEGATECALL',
  245: 'CREATE2',
  250: 'STATICCALL',
  255: 'SELFDESTRUCT',
};

interface CallFrame {
  type: string;
  from: string;
  to: string;
  value?: string;
  gas: string;
  gasUsed: string;
  input: string;
  output?: string;
  error?: string;
  revertReason?: string;
  calls?: CallFrame[];
}

export class CallTracer implements Tracer {
  private readonly stack: CallFrame[] = [];
  root: CallFrame | undefined;

  constructor(private readonly onlyTopCall = false) {}

  step(): void {}

  enter(e: TraceEnter): void {
    const frame: CallFrame = {
      type: KIND_NAMES[e.kind] ?? 'CALL',
      from: address(e.from),
      to: address(e.to),
      gas: `0x${e.gas.toString(16)}`,
      gasUsed: '0x0',
      input: data(e.input),
    };
    if (e.value !== undefined && e.kind !== DELEGATECALL) frame.value = `0x${e.value.toString(16)}`;
    const parent = this.stack[this.stack.length - 1];
    if (parent) {
      if (!this.onlyTopCall) (parent.calls ??= []).push(frame);
    } else this.root = frame;
    this.stack.push(frame);
  }

  exit(x: TraceExit): void {
    const frame = this.stack.pop();
    if (!frame) return;
    frame.gasUsed = `0x${x.gasUsed.toString(16)}`;
    if (frame.type === 'CREATE' || frame.type === 'CREATE2') {
      if (!x.error) frame.output = data(x.output);
    } else if (x.output.length) frame.output = data(x.output);
    if (x.error) {
      frame.error = x.error;
      if (x.error === 'execution reverted') {
        frame.output = data(x.output);
        const reason = abi.revertReason(x.output);
        if (reason !== undefined) frame.revertReason = reason;
      }
      if (frame.type === 'CREATE' || frame.type === 'CREATE2') {
        if (x.error !== 'execution reverted') delete frame.output;
      }
    }
  }

  /** The tree, its top frame with the transaction's gas limit and gas used (geth's OnTxEnd). */
  result(gasLimit: bigint, gasUsed: bigint, createdAddress?: bigint): CallFrame | null {
    const r = this.root;
    if (!r) return null;
    r.gas = `0x${gasLimit.toString(16)}`;
    r.gasUsed = `0x${gasUsed.toString(16)}`;
    if (createdAddress !== undefined) r.to = address(createdAddress);
    return r;
  }
}

const address = (a: bigint) => `0x${a.toString(16).padStart(40, '0')}`;
