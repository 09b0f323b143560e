/** Flow control (neo-vm `JumpTable.Control.cs`): jumps, calls, exceptions, RET, SYSCALL. */
import type { ExecutionEngine } from '../engine.js';
import { TryState } from '../execution-context.js';
import { VMFault } from '../fault.js';
import type { Instruction } from '../instruction.js';
import { PointerItem } from '../types/pointer.js';
import { VMState } from '../vm-state.js';
import type { HandlerMap, InstructionHandler } from './index.js';

function jumpOffset(engine: ExecutionEngine, offset: number): void {
  engine.executeJump(engine.currentContext!.instructionPointer + offset);
}

type Offset = (i: Instruction) => number;
const i8: Offset = (i) => i.tokenI8;
const i32: Offset = (i) => i.tokenI32;

/** Pops 0: jumps always. */
const jmp =
  (offset: Offset): InstructionHandler =>
  (engine, instruction) =>
    jumpOffset(engine, offset(instruction));

/** Pops 1: jumps when the item is true (or false with `when` false). */
const jmpIf =
  (offset: Offset, when: boolean): InstructionHandler =>
  (engine, instruction) => {
    if (engine.pop().getBoolean() === when) jumpOffset(engine, offset(instruction));
  };

/** Pops 2 integers x1, x2: jumps when `test(x1, x2)`. */
const jmpCmp =
  (offset: Offset, test: (a: bigint, b: bigint) => boolean): InstructionHandler =>
  (engine, instruction) => {
    const x2 = engine.pop().getInteger();
    const x1 = engine.pop().getInteger();
    if (test(x1, x2)) jumpOffset(engine, offset(instruction));
  };

const eq = (a: bigint, b: bigint) => a === b;
const ne = (a: bigint, b: bigint) => a !== b;
const gt = (a: bigint, b: bigint) => a > b;
const ge = (a: bigint, b: bigint) => a >= b;
const lt = (a: bigint, b: bigint) => a < b;
const le = (a: bigint, b: bigint) => a <= b;

function executeTry(engine: ExecutionEngine, catchOffset: number, finallyOffset: number): void {
  if (catchOffset === 0 && finallyOffset === 0) {
    throw new VMFault("catchOffset and finallyOffset can't both be 0 in a TRY block.");
  }
  const context = engine.currentContext!;
  if (context.tryStack === undefined) context.tryStack = [];
  else if (context.tryStack.length >= engine.limits.maxTryNestingDepth) {
    throw new VMFault('MaxTryNestingDepth exceed.');
  }
  const ip = context.instructionPointer;
  context.tryStack.push({
    catchPointer: catchOffset === 0 ? -1 : ip + catchOffset,
    finallyPointer: finallyOffset === 0 ? -1 : ip + finallyOffset,
    endPointer: -1,
    state: TryState.Try,
  });
}

function executeEndTry(engine: ExecutionEngine, endOffset: number): void {
  const context = engine.currentContext!;
  const current = context.tryStack?.[context.tryStack.length - 1];
  if (current === undefined) throw new VMFault('The corresponding TRY block cannot be found.');
  if (current.state === TryState.Finally) {
    throw new VMFault("The opcode ENDTRY can't be executed in a FINALLY block.");
  }
  const endPointer = context.instructionPointer + endOffset;
  if (current.finallyPointer >= 0) {
    current.state = TryState.Finally;
    current.endPointer = endPointer;
    context.instructionPointer = current.finallyPointer;
  } else {
    context.tryStack!.pop();
    context.instructionPointer = endPointer;
  }
  engine.isJumping = true;
}

export const controlHandlers: HandlerMap = {
  NOP: () => {},
  JMP: jmp(i8),
  JMP_L: jmp(i32),
  JMPIF: jmpIf(i8, true),
  JMPIF_L: jmpIf(i32, true),
  JMPIFNOT: jmpIf(i8, false),
  JMPIFNOT_L: jmpIf(i32, false),
  JMPEQ: jmpCmp(i8, eq),
  JMPEQ_L: jmpCmp(i32, eq),
  JMPNE: jmpCmp(i8, ne),
  JMPNE_L: jmpCmp(i32, ne),
  JMPGT: jmpCmp(i8, gt),
  JMPGT_L: jmpCmp(i32, gt),
  JMPGE: jmpCmp(i8, ge),
  JMPGE_L: jmpCmp(i32, ge),
  JMPLT: jmpCmp(i8, lt),
  JMPLT_L: jmpCmp(i32, lt),
  JMPLE: jmpCmp(i8, le),
  JMPLE_L: jmpCmp(i32, le),
  /** Pops 0: calls ip + offset in a clone of the current context. */
  CALL: (engine, i) => engine.executeCall(engine.currentContext!.instructionPointer + i.tokenI8),
  CALL_L: (engine, i) => engine.executeCall(engine.currentContext!.instructionPointer + i.tokenI32),
  /** Pops 1 pointer into the current script: calls it. */
  CALLA: (engine) => {
    const x = engine.currentContext!.evaluationStack.popAs(PointerItem);
    if (x.script !== engine.currentContext!.script)
      throw new VMFault("Pointers can't be shared between scripts");
    engine.executeCall(x.position);
  },
  /** Method tokens belong to the Neo layer; the bare VM has none. */
  CALLT: (_engine, i) => {
    throw new VMFault(`Token not found: ${i.tokenU16}`);
  },
  ABORT: () => {
    throw new VMFault('ABORT is executed.');
  },
  /** Pops 1: faults unless it is true. */
  ASSERT: (engine) => {
    if (!engine.pop().getBoolean()) throw new VMFault('ASSERT is executed with false result.');
  },
  /** Pops 1: throws it as a catchable exception. */
  THROW: (engine) => engine.executeThrow(engine.pop()),
  TRY: (engine, i) => executeTry(engine, i.tokenI8, i.tokenI8_1),
  TRY_L: (engine, i) => executeTry(engine, i.tokenI32, i.tokenI32_1),
  ENDTRY: (engine, i) => executeEndTry(engine, i.tokenI8),
  ENDTRY_L: (engine, i) => executeEndTry(engine, i.tokenI32),
  /** Ends a FINALLY block: continues after the TRY, or rethrows a pending exception. */
  ENDFINALLY: (engine) => {
    const context = engine.currentContext!;
    const current = context.tryStack?.pop();
    if (current === undefined) throw new VMFault('The corresponding TRY block cannot be found.');
    if (engine.uncaughtException === null) context.instructionPointer = current.endPointer;
    else engine.executeThrow(engine.uncaughtException);
    engine.isJumping = true;
  },
  /** Returns: moves the context's items to the caller (checking RVCount) and unloads it. */
  RET: (engine) => {
    const stack = engine.invocationStack;
    const popped = stack.pop()!;
    const target = stack.length === 0 ? engine.resultStack : stack[stack.length - 1]!.evaluationStack;
    if (popped.evaluationStack !== target) {
      const n = popped.evaluationStack.count;
      if (popped.rvCount >= 0 && n !== popped.rvCount) {
        throw new VMFault(
          `Return value count mismatch: expected ${popped.rvCount}, but got ${n} items on the evaluation stack`,
        );
      }
      popped.evaluationStack.copyTo(target);
    }
    if (stack.length === 0) engine.state = VMState.HALT;
    engine.contextUnloaded(popped);
    engine.isJumping = true;
  },
  /** Calls the host's syscall hook; faults without one. */
  SYSCALL: (engine, i) => {
    const method = i.tokenU32;
    const syscall = engine.hooks.syscall;
    if (syscall === undefined) throw new VMFault(`Syscall not found: ${method}`);
    syscall(engine, method, i);
  },
};
