/**
 * Running a frame under a tracer the way geth's interpreter reports it: one instruction at a
 * time, each reported with the gas and stack it started from and its whole cost (the static
 * gas plus the dynamic part; for CALL the gas handed to the callee, for CREATE not). A halt
 * found before the instruction runs (stack bounds, gas) is one line with the error; a
 * failure while it runs (REVERT, INVALID, a bad jump, a write in a static context, return
 * data out of bounds) is the line and then the same line with the error and the stack as
 * the instruction left it. The error texts are geth's.
 */
import {
  CODE_SIZE_EXCEEDED,
  CREATE_COLLISION,
  DEPTH_EXCEEDED,
  type Frame,
  gasLeft,
  INSUFFICIENT_BALANCE,
  INVALID_CONTRACT_PREFIX,
  INVALID_JUMP,
  INVALID_OPCODE,
  NONCE_OVERFLOW,
  OUT_OF_GAS,
  PRECOMPILE_FAILED,
  RETURNDATA_OUT_OF_BOUNDS,
  REVERTED,
  RUNNING,
  STACK_OVERFLOW,
  STACK_UNDERFLOW,
  STATIC_WRITE,
  SUSPENDED,
} from './frame.js';
import type { InstructionTable } from './instructions/table.js';
import { run } from './interpreter.js';
import { OPCODE_BY_NAME } from './opcodes.js';
import { big } from './stack-word.js';
import { gethOpName, type Tracer, type TraceStep } from './tracer.js';

/** Errors geth raises while executing an instruction (after logging it). */
const EXECUTION_ERRORS = new Set([
  REVERTED,
  INVALID_OPCODE,
  INVALID_JUMP,
  STATIC_WRITE,
  RETURNDATA_OUT_OF_BOUNDS,
]);

const code = (name: string) => OPCODE_BY_NAME.get(name)!.code;
/** Instructions that fail in geth before touching the stack (their error line keeps it). */
const FAIL_BEFORE_POPS = new Set([
  code('SSTORE'),
  code('TSTORE'),
  code('CREATE'),
  code('CREATE2'),
  code('SELFDESTRUCT'),
  code('LOG0'),
  code('LOG1'),
  code('LOG2'),
  code('LOG3'),
  code('LOG4'),
]);

/**
 * geth's error text for a status (`vm/errors.go`): `op` is the halting byte, `outOfGas`
 * the text of an out-of-gas halt (the frame's `failError`).
 */
export function statusError(status: number, op: number, outOfGas?: string): string | undefined {
  switch (status) {
    case OUT_OF_GAS:
      return outOfGas ?? 'out of gas';
    case REVERTED:
      return 'execution reverted';
    case INVALID_OPCODE:
      return `invalid opcode: ${gethOpName(op)}`;
    case INVALID_JUMP:
      return 'invalid jump destination';
    case STATIC_WRITE:
      return 'write protection';
    case RETURNDATA_OUT_OF_BOUNDS:
      return 'return data out of bounds';
    case CODE_SIZE_EXCEEDED:
      return 'max code size exceeded';
    case INVALID_CONTRACT_PREFIX:
      return 'invalid code: must not begin with 0xef';
    case CREATE_COLLISION:
      return 'contract address collision';
    case DEPTH_EXCEEDED:
      return 'max call depth exceeded';
    case INSUFFICIENT_BALANCE:
      return 'insufficient balance for transfer';
    case NONCE_OVERFLOW:
      return 'nonce uint64 overflow';
    case PRECOMPILE_FAILED:
      return 'out of gas';
    default:
      return undefined;
  }
}

/** Runs `f` one instruction at a time, reporting each to `tracer`, until it ends or suspends. */
export function runTraced(f: Frame, t: InstructionTable, tracer: Tracer): void {
  const world = f.ctx.world;
  for (;;) {
    const pc = f.pc;
    const op = pc < f.code.length ? f.code[pc]! : 0;
    const executed = f.analysis.ops[pc]!;
    const gas = gasLeft(f);
    const step: TraceStep = {
      pc,
      op,
      gas,
      gasCost: 0n,
      memSize: f.memory.size,
      stack: f.stack.slice(0, f.sp).map(big),
      depth: f.msg.depth + 1,
      refund: 0,
      returnData: f.returnData,
      memory: tracer.wantsMemory ? f.memory.buf.slice(0, f.memory.size) : undefined,
    };
    const staticGas = BigInt(t.staticGas[executed]!);
    f.failCost = 0;
    f.failError = undefined;
    f.selfdestructed = undefined;
    run(f, t, true);
    const status = f.status;
    step.refund = world.refund;
    if (status === STACK_UNDERFLOW || status === STACK_OVERFLOW) {
      step.gasCost = staticGas;
      step.error =
        status === STACK_UNDERFLOW
          ? `stack underflow (${step.stack.length} <=> ${t.minStack[executed]})`
          : `stack limit reached ${step.stack.length} (${t.maxStack[executed]})`;
      tracer.step(step);
      return;
    }
    const spent = gas - gasLeft(f);
    if (status === OUT_OF_GAS) {
      // Static gas short (nothing spent), geth's gas function failing (static cost only), or
      // the dynamic charge short (what was spent before it plus the charge).
      step.gasCost = gas < staticGas || f.failCost < 0 ? staticGas : spent + BigInt(f.failCost);
      step.error = statusError(status, op, f.failError);
      tracer.step(step);
      return;
    }
    step.gasCost = status === SUSPENDED && f.child!.isCreate ? spent - f.child!.gas : spent;
    tracer.step(step);
    if (f.selfdestructed) {
      tracer.enter?.(f.selfdestructed);
      tracer.exit?.({ depth: f.msg.depth + 1, output: new Uint8Array(0), gasUsed: 0n });
    }
    if (EXECUTION_ERRORS.has(status)) {
      const keep = FAIL_BEFORE_POPS.has(executed) || executed === code('INVALID');
      tracer.step({
        ...step,
        stack: keep ? step.stack : f.stack.slice(0, f.sp).map(big),
        memSize: f.memory.size,
        error: statusError(status, op, f.failError),
      });
    }
    if (status !== RUNNING) return;
  }
}
