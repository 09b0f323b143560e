/**
 * The interpreter loop. Synchronous; returns when the frame ends or suspends for a child.
 *
 * Gas and stack bounds are checked once per basic block (see analysis.ts): on entering a
 * block its whole static gas is charged and its stack needs are checked against the
 * height. When that check fails the frame is certain to halt inside the block, so the
 * loop switches to checking every instruction, which halts at exactly the instruction and
 * with exactly the reason a per-instruction interpreter would. A tracer steps through the
 * per-instruction path one instruction at a time (tracing.ts).
 *
 * The hot opcodes (stack, arithmetic, comparison, bitwise, jumps, memory words) run inline
 * on local copies of pc, sp and gas; every other opcode calls its handler from the
 * instruction table with the frame synchronised.
 */

import {
  expandMemory,
  type Frame,
  growMemory,
  INVALID_JUMP,
  OUT_OF_GAS,
  outOfGas,
  RUNNING,
  STACK_OVERFLOW,
  STACK_UNDERFLOW,
  STOPPED,
} from './frame.js';
import {
  add,
  addmod,
  div,
  exp,
  expByteLength,
  mod,
  mul,
  mulmod,
  sdiv,
  signextend,
  smod,
  sub,
} from './instructions/arithmetic.js';
import {
  and,
  byte,
  clz,
  eq,
  gt,
  iszero,
  lt,
  not,
  or,
  sar,
  sgt,
  shl,
  shr,
  slt,
  xor,
} from './instructions/bitwise.js';
import type { InstructionTable } from './instructions/table.js';

/**
 * Word offsets up to this take the number path (`growMemory`, below SMALL_MEMORY_END);
 * larger ones go through `expandMemory` and always run out of gas.
 */
const MAX_OFFSET = 0x7fff_0000n;

/**
 * Runs `f` until it ends or suspends; with `single`, exactly one instruction (checked on
 * its own), which is how the tracer (tracing.ts) steps.
 */
export function run(f: Frame, t: InstructionTable, single = false): void {
  const { ops, pushValues, blockGas, blockMinStack, blockMaxStack, jumpdests, lengthBig } = f.analysis;
  const { handlers, staticGas, minStack, maxStack } = t;
  const s = f.stack;
  const mem = f.memory;
  let pc = f.pc;
  let sp = f.sp;
  let gas = f.gas;
  let careful = single;
  let stepped = false;

  loop: for (;;) {
    const op = ops[pc]!;
    if (careful) {
      const g = staticGas[op]!;
      if (single) {
        if (stepped) break;
        stepped = true;
      }
      if (sp < minStack[op]!) {
        f.status = STACK_UNDERFLOW;
        break;
      }
      if (sp > maxStack[op]!) {
        f.status = STACK_OVERFLOW;
        break;
      }
      if (gas < g) {
        f.status = OUT_OF_GAS;
        break;
      }
      gas -= g;
    } else {
      const g = blockGas[pc]!;
      if (g >= 0) {
        if (gas < g || sp < blockMinStack[pc]! || sp > blockMaxStack[pc]!) {
          careful = true;
          continue;
        }
        gas -= g;
      }
    }

    switch (op) {
      case 0x00: // STOP
        f.status = STOPPED;
        break loop;
      case 0x01: // ADD
        s[sp - 2] = add(s[sp - 1]!, s[sp - 2]!);
        sp--;
        break;
      case 0x02: // MUL
        s[sp - 2] = mul(s[sp - 1]!, s[sp - 2]!);
        sp--;
        break;
      case 0x03: // SUB
        s[sp - 2] = sub(s[sp - 1]!, s[sp - 2]!);
        sp--;
        break;
      case 0x04: // DIV
        s[sp - 2] = div(s[sp - 1]!, s[sp - 2]!);
        sp--;
        break;
      case 0x05: // SDIV
        s[sp - 2] = sdiv(s[sp - 1]!, s[sp - 2]!);
        sp--;
        break;
      case 0x06: // MOD
        s[sp - 2] = mod(s[sp - 1]!, s[sp - 2]!);
        sp--;
        break;
      case 0x07: // SMOD
        s[sp - 2] = smod(s[sp - 1]!, s[sp - 2]!);
        sp--;
        break;
      case 0x08: // ADDMOD
        s[sp - 3] = addmod(s[sp - 1]!, s[sp - 2]!, s[sp - 3]!);
        sp -= 2;
        break;
      case 0x09: // MULMOD
        s[sp - 3] = mulmod(s[sp - 1]!, s[sp - 2]!, s[sp - 3]!);
        sp -= 2;
        break;
      case 0x0a: {
        // EXP: dynamic gas per byte of the exponent (EIP-160)
        const e = s[sp - 2]!;
        const cost = f.ctx.rules.expByteCost * expByteLength(e);
        if (gas < cost) {
          outOfGas(f, cost);
          break loop;
        }
        gas -= cost;
        s[sp - 2] = exp(s[sp - 1]!, e);
        sp--;
        break;
      }
      case 0x0b: // SIGNEXTEND
        s[sp - 2] = signextend(s[sp - 1]!, s[sp - 2]!);
        sp--;
        break;
      case 0x10: // LT
        s[sp - 2] = lt(s[sp - 1]!, s[sp - 2]!);
        sp--;
        break;
      case 0x11: // GT
        s[sp - 2] = gt(s[sp - 1]!, s[sp - 2]!);
        sp--;
        break;
      case 0x12: // SLT
        s[sp - 2] = slt(s[sp - 1]!, s[sp - 2]!);
        sp--;
        break;
      case 0x13: // SGT
        s[sp - 2] = sgt(s[sp - 1]!, s[sp - 2]!);
        sp--;
        break;
      case 0x14: // EQ
        s[sp - 2] = eq(s[sp - 1]!, s[sp - 2]!);
        sp--;
        break;
      case 0x15: // ISZERO
        s[sp - 1] = iszero(s[sp - 1]!);
        break;
      case 0x16: // AND
        s[sp - 2] = and(s[sp - 1]!, s[sp - 2]!);
        sp--;
        break;
      case 0x17: // OR
        s[sp - 2] = or(s[sp - 1]!, s[sp - 2]!);
        sp--;
        break;
      case 0x18: // XOR
        s[sp - 2] = xor(s[sp - 1]!, s[sp - 2]!);
        sp--;
        break;
      case 0x19: // NOT
        s[sp - 1] = not(s[sp - 1]!);
        break;
      case 0x1a: // BYTE
        s[sp - 2] = byte(s[sp - 1]!, s[sp - 2]!);
        sp--;
        break;
      case 0x1b: // SHL
        s[sp - 2] = shl(s[sp - 1]!, s[sp - 2]!);
        sp--;
        break;
      case 0x1c: // SHR
        s[sp - 2] = shr(s[sp - 1]!, s[sp - 2]!);
        sp--;
        break;
      case 0x1d: // SAR
        s[sp - 2] = sar(s[sp - 1]!, s[sp - 2]!);
        sp--;
        break;
      case 0x1e: // CLZ (EIP-7939)
        s[sp - 1] = clz(s[sp - 1]!);
        break;
      case 0x50: // POP
        sp--;
        break;
      case 0x51: {
        // MLOAD
        const off = s[sp - 1]!;
        const o = off <= MAX_OFFSET ? Number(off) : -1;
        if (o < 0 || o + 32 > mem.size) {
          f.gas = gas;
          if (!(o < 0 ? expandMemory(f, off, 32n) : growMemory(f, o + 32))) break loop;
          gas = f.gas;
        }
        s[sp - 1] = mem.load(o);
        break;
      }
      case 0x52: {
        // MSTORE
        const off = s[sp - 1]!;
        const o = off <= MAX_OFFSET ? Number(off) : -1;
        if (o < 0 || o + 32 > mem.size) {
          f.gas = gas;
          if (!(o < 0 ? expandMemory(f, off, 32n) : growMemory(f, o + 32))) break loop;
          gas = f.gas;
        }
        mem.store(o, s[sp - 2]!);
        sp -= 2;
        break;
      }
      case 0x53: {
        // MSTORE8
        const off = s[sp - 1]!;
        const o = off <= MAX_OFFSET ? Number(off) : -1;
        if (o < 0 || o + 1 > mem.size) {
          f.gas = gas;
          if (!(o < 0 ? expandMemory(f, off, 1n) : growMemory(f, o + 1))) break loop;
          gas = f.gas;
        }
        mem.buf[o] = Number(s[sp - 2]! & 0xffn);
        sp -= 2;
        break;
      }
      case 0x56: {
        // JUMP
        const dest = s[--sp]!;
        if (dest >= lengthBig || jumpdests[Number(dest)] !== 1) {
          f.status = INVALID_JUMP;
          break loop;
        }
        pc = Number(dest);
        continue;
      }
      case 0x57: {
        // JUMPI
        sp -= 2;
        if (s[sp] === 0n) break;
        const dest = s[sp + 1]!;
        if (dest >= lengthBig || jumpdests[Number(dest)] !== 1) {
          f.status = INVALID_JUMP;
          break loop;
        }
        pc = Number(dest);
        continue;
      }
      case 0x58: // PC
        s[sp++] = BigInt(pc);
        break;
      case 0x5a: // GAS (gasHigh: limits above 2^53, see Frame)
        s[sp++] = f.gasHigh === 0n ? BigInt(gas) : f.gasHigh + BigInt(gas);
        break;
      case 0x5b: // JUMPDEST
        break;
      case 0x5f: // PUSH0 (EIP-3855)
        s[sp++] = 0n;
        break;
      default:
        if (op >= 0x60 && op <= 0x7f) {
          // PUSH1-PUSH32: the value was read once by the analysis
          s[sp++] = pushValues[pc]!;
          pc += op - 0x5e;
          continue;
        }
        if (op >= 0x80 && op <= 0x8f) {
          // DUP1-DUP16
          s[sp] = s[sp + 0x7f - op]!;
          sp++;
          pc++;
          continue;
        }
        if (op >= 0x90 && op <= 0x9f) {
          // SWAP1-SWAP16
          const k = sp + 0x8e - op;
          const top = s[sp - 1]!;
          s[sp - 1] = s[k]!;
          s[k] = top;
          pc++;
          continue;
        }
        f.pc = pc + 1;
        f.sp = sp;
        f.gas = gas;
        handlers[op]!(f);
        pc = f.pc;
        sp = f.sp;
        gas = f.gas;
        if (f.status !== RUNNING) break loop;
        continue;
    }
    pc++;
  }
  f.pc = pc;
  f.sp = sp;
  f.gas = gas;
}
