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
 * JUMP and JUMPI stop the frame once an RPC call's deadline has passed (deadline.ts).
 *
 * The hot opcodes (stack, arithmetic, comparison, bitwise, jumps, memory words) run inline
 * on local copies of pc, sp and gas; every other opcode calls its handler from the
 * instruction table with the frame synchronised.
 */

import { deadlinePassed, jumpClock } from './deadline.js';
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
import { byte, clz, not, sar, sgt, shl, shr, slt } from './instructions/bitwise.js';
import type { InstructionTable } from './instructions/table.js';
import { big, divBySmall, fromHiLo, low32, low53, MAX_SMALL, mul32, small } from './stack-word.js';

/**
 * Word offsets up to this take the number path (`growMemory`, below SMALL_MEMORY_END);
 * larger ones go through `expandMemory` and always run out of gas.
 */
const MAX_OFFSET = 0x7fff_0000;
const U32 = 0xffff_ffff;
const TWO32 = 2 ** 32;
const TWO64 = 2 ** 64;

// Bitwise operations on two number words of up to 53 bits: the high and low 32 bits apart
// (`x | 0` and friends keep the low 32 bits of a float's integer value).
function andSmall(a: number, b: number): number {
  return ((Math.floor(a / TWO32) & Math.floor(b / TWO32)) >>> 0) * TWO32 + ((a & b) >>> 0);
}
function orSmall(a: number, b: number): number {
  return ((Math.floor(a / TWO32) | Math.floor(b / TWO32)) >>> 0) * TWO32 + ((a | b) >>> 0);
}
/** AND of a number word and a BigInt word: at most the number, so a number. */
function andMixed(a: number, b: bigint): number {
  return a <= U32 ? (low32(b) & a) >>> 0 : andSmall(a, low53(b));
}
function xorSmall(a: number, b: number): number {
  return ((Math.floor(a / TWO32) ^ Math.floor(b / TWO32)) >>> 0) * TWO32 + ((a ^ b) >>> 0);
}

/**
 * Runs `f` until it ends or suspends; with `single`, exactly one instruction (checked on
 * its own), which is how the tracer (tracing.ts) steps.
 */
export function run(f: Frame, t: InstructionTable, single = false): void {
  const {
    ops,
    fastOps,
    foldValues,
    foldNext,
    pushValues,
    blockGas,
    blockMinStack,
    blockMaxStack,
    jumpdests,
  } = f.analysis;
  const length = f.code.length;
  const { handlers, staticGas, minStack, maxStack } = t;
  const s = f.stack;
  const mem = f.memory;
  let pc = f.pc;
  let sp = f.sp;
  let gas = f.gas;
  let careful = single;
  // The block-checked path reads the code with constant runs folded (fold.ts); the careful
  // one, and so the tracer, the code as written.
  let code = careful ? ops : fastOps;
  let stepped = false;

  loop: for (;;) {
    const op = code[pc]!;
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
          code = ops;
          continue;
        }
        gas -= g;
      }
    }

    switch (op) {
      case 0x00: // STOP
        f.status = STOPPED;
        break loop;
      case 0x01: {
        // ADD
        const a = s[sp - 1]!;
        const b = s[sp - 2]!;
        if (typeof a === 'number' && typeof b === 'number') {
          const r = a + b;
          s[sp - 2] = r <= MAX_SMALL ? r : BigInt(a) + BigInt(b);
        } else s[sp - 2] = add(big(a), big(b));
        sp--;
        break;
      }
      case 0x02: {
        // MUL (a product below 2^53 is exact in a float; one above rounds to at least 2^53)
        const a = s[sp - 1]!;
        const b = s[sp - 2]!;
        if (typeof a === 'number' && typeof b === 'number') {
          const r = a * b;
          s[sp - 2] = r <= MAX_SMALL ? r : a <= U32 && b <= U32 ? mul32(a, b) : BigInt(a) * BigInt(b);
        } else s[sp - 2] = mul(big(a), big(b));
        sp--;
        break;
      }
      case 0x03: {
        // SUB
        const a = s[sp - 1]!;
        const b = s[sp - 2]!;
        if (typeof a === 'number' && typeof b === 'number') {
          const r = a - b;
          s[sp - 2] = r >= 0 ? r : sub(BigInt(a), BigInt(b));
        } else s[sp - 2] = sub(big(a), big(b));
        sp--;
        break;
      }
      case 0x04: {
        // DIV (a - a % b is an exact multiple of b)
        const a = s[sp - 1]!;
        const b = s[sp - 2]!;
        if (typeof a === 'number' && typeof b === 'number') s[sp - 2] = b === 0 ? 0 : (a - (a % b)) / b;
        else if (typeof b === 'number' && b !== 0)
          s[sp - 2] = divBySmall(a as bigint, b) ?? small(div(a as bigint, BigInt(b)));
        else s[sp - 2] = small(div(big(a), big(b)));
        sp--;
        break;
      }
      case 0x05: {
        // SDIV (numbers are non-negative: as DIV)
        const a = s[sp - 1]!;
        const b = s[sp - 2]!;
        if (typeof a === 'number' && typeof b === 'number') s[sp - 2] = b === 0 ? 0 : (a - (a % b)) / b;
        else s[sp - 2] = sdiv(big(a), big(b));
        sp--;
        break;
      }
      case 0x06: {
        // MOD
        const a = s[sp - 1]!;
        const b = s[sp - 2]!;
        if (typeof a === 'number' && typeof b === 'number') s[sp - 2] = b === 0 ? 0 : a % b;
        else s[sp - 2] = small(mod(big(a), big(b)));
        sp--;
        break;
      }
      case 0x07: {
        // SMOD (numbers are non-negative: as MOD)
        const a = s[sp - 1]!;
        const b = s[sp - 2]!;
        if (typeof a === 'number' && typeof b === 'number') s[sp - 2] = b === 0 ? 0 : a % b;
        else s[sp - 2] = smod(big(a), big(b));
        sp--;
        break;
      }
      case 0x08: // ADDMOD
        s[sp - 3] = addmod(big(s[sp - 1]!), big(s[sp - 2]!), big(s[sp - 3]!));
        sp -= 2;
        break;
      case 0x09: // MULMOD
        s[sp - 3] = mulmod(big(s[sp - 1]!), big(s[sp - 2]!), big(s[sp - 3]!));
        sp -= 2;
        break;
      case 0x0a: {
        // EXP: dynamic gas per byte of the exponent (EIP-160)
        const e = big(s[sp - 2]!);
        const cost = f.ctx.rules.expByteCost * expByteLength(e);
        if (gas < cost) {
          outOfGas(f, cost);
          break loop;
        }
        gas -= cost;
        s[sp - 2] = exp(big(s[sp - 1]!), e);
        sp--;
        break;
      }
      case 0x0b: // SIGNEXTEND
        s[sp - 2] = signextend(big(s[sp - 1]!), big(s[sp - 2]!));
        sp--;
        break;
      case 0x0c: // FOLDED (fold.ts; only in fastOps): a run of constants, charged with its block
        s[sp++] = foldValues[pc]!;
        pc = foldNext[pc]!;
        continue;
      case 0x10: // LT (exact between a number and a BigInt too)
        s[sp - 2] = s[sp - 1]! < s[sp - 2]! ? 1 : 0;
        sp--;
        break;
      case 0x11: // GT
        s[sp - 2] = s[sp - 1]! > s[sp - 2]! ? 1 : 0;
        sp--;
        break;
      case 0x12: {
        // SLT
        const a = s[sp - 1]!;
        const b = s[sp - 2]!;
        s[sp - 2] = typeof a === 'number' && typeof b === 'number' ? (a < b ? 1 : 0) : slt(big(a), big(b));
        sp--;
        break;
      }
      case 0x13: {
        // SGT
        const a = s[sp - 1]!;
        const b = s[sp - 2]!;
        s[sp - 2] = typeof a === 'number' && typeof b === 'number' ? (a > b ? 1 : 0) : sgt(big(a), big(b));
        sp--;
        break;
      }
      case 0x14: // EQ: loose equality compares a number and a BigInt by value, like types strictly
        // biome-ignore lint/suspicious/noDoubleEquals: number and BigInt words compare by value.
        s[sp - 2] = s[sp - 1]! == s[sp - 2]! ? 1 : 0;
        sp--;
        break;
      case 0x15: {
        // ISZERO
        const a = s[sp - 1]!;
        s[sp - 1] = a === 0 || a === 0n ? 1 : 0;
        break;
      }
      case 0x16: {
        // AND (with a number operand the result is at most that number)
        const a = s[sp - 1]!;
        const b = s[sp - 2]!;
        if (typeof a === 'number' && typeof b === 'number')
          s[sp - 2] = a <= U32 && b <= U32 ? (a & b) >>> 0 : andSmall(a, b);
        else if (typeof a === 'bigint' && typeof b === 'bigint') s[sp - 2] = a & b;
        else s[sp - 2] = typeof a === 'number' ? andMixed(a, b as bigint) : andMixed(b as number, a);
        sp--;
        break;
      }
      case 0x17: {
        // OR
        const a = s[sp - 1]!;
        const b = s[sp - 2]!;
        if (typeof a === 'number' && typeof b === 'number')
          s[sp - 2] = a <= U32 && b <= U32 ? (a | b) >>> 0 : orSmall(a, b);
        else s[sp - 2] = big(a) | big(b);
        sp--;
        break;
      }
      case 0x18: {
        // XOR
        const a = s[sp - 1]!;
        const b = s[sp - 2]!;
        if (typeof a === 'number' && typeof b === 'number')
          s[sp - 2] = a <= U32 && b <= U32 ? (a ^ b) >>> 0 : xorSmall(a, b);
        else s[sp - 2] = big(a) ^ big(b);
        sp--;
        break;
      }
      case 0x19: // NOT
        s[sp - 1] = not(big(s[sp - 1]!));
        break;
      case 0x1a: // BYTE
        s[sp - 2] = Number(byte(big(s[sp - 1]!), big(s[sp - 2]!)));
        sp--;
        break;
      case 0x1b: {
        // SHL
        const n = s[sp - 1]!;
        const x = s[sp - 2]!;
        if (typeof n === 'number' && typeof x === 'number' && n < 53) {
          const r = x * 2 ** n;
          // x * 2^n is exact in a float at any size: split it when below 2^64
          s[sp - 2] =
            r <= MAX_SMALL ? r : r < TWO64 ? fromHiLo(Math.floor(r / TWO32), r % TWO32) : BigInt(x) << big(n);
        } else s[sp - 2] = shl(big(n), big(x));
        sp--;
        break;
      }
      case 0x1c: {
        // SHR
        const n = s[sp - 1]!;
        const x = s[sp - 2]!;
        if (typeof n === 'number' && typeof x === 'number') s[sp - 2] = n >= 53 ? 0 : Math.floor(x / 2 ** n);
        else s[sp - 2] = small(shr(big(n), big(x)));
        sp--;
        break;
      }
      case 0x1d: // SAR
        s[sp - 2] = sar(big(s[sp - 1]!), big(s[sp - 2]!));
        sp--;
        break;
      case 0x1e: // CLZ (EIP-7939)
        s[sp - 1] = Number(clz(big(s[sp - 1]!)));
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
          if (!(o < 0 ? expandMemory(f, big(off), 32n) : growMemory(f, o + 32))) break loop;
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
          if (!(o < 0 ? expandMemory(f, big(off), 32n) : growMemory(f, o + 32))) break loop;
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
          if (!(o < 0 ? expandMemory(f, big(off), 1n) : growMemory(f, o + 1))) break loop;
          gas = f.gas;
        }
        const v = s[sp - 2]!;
        mem.buf[o] = typeof v === 'number' ? v % 256 : Number(v & 0xffn);
        sp -= 2;
        break;
      }
      case 0x56: {
        // JUMP
        if (--jumpClock.left <= 0 && deadlinePassed()) {
          f.status = STOPPED;
          break loop;
        }
        const dest = s[--sp]!;
        if (!(dest < length) || jumpdests[Number(dest)] !== 1) {
          f.status = INVALID_JUMP;
          break loop;
        }
        pc = Number(dest);
        continue;
      }
      case 0x57: {
        // JUMPI
        if (--jumpClock.left <= 0 && deadlinePassed()) {
          f.status = STOPPED;
          break loop;
        }
        sp -= 2;
        const c = s[sp]!;
        if (c === 0 || c === 0n) break;
        const dest = s[sp + 1]!;
        if (!(dest < length) || jumpdests[Number(dest)] !== 1) {
          f.status = INVALID_JUMP;
          break loop;
        }
        pc = Number(dest);
        continue;
      }
      case 0x58: // PC
        s[sp++] = pc;
        break;
      case 0x5a: // GAS (gasHigh: limits above 2^53, see Frame)
        s[sp++] = f.gasHigh === 0n ? gas : f.gasHigh + BigInt(gas);
        break;
      case 0x5b: // JUMPDEST
        break;
      case 0x5f: // PUSH0 (EIP-3855)
        s[sp++] = 0;
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
