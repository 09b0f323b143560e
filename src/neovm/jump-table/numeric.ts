/** Arithmetic and comparisons on integers (neo-vm `JumpTable.Numeric.cs`). */
import { modInverse, modPow, sqrt, toInt32 } from '../bigint.js';
import { VMFault } from '../fault.js';
import { assertShift } from '../limits.js';
import { BooleanItem } from '../types/boolean.js';
import { integer } from '../types/integer.js';
import type { HandlerMap, InstructionHandler } from './index.js';

/** Pops 1 integer, pushes 1. */
const unary =
  (f: (x: bigint) => bigint): InstructionHandler =>
  (engine) =>
    engine.push(integer(f(engine.pop().getInteger())));

/** Pops x2 then x1 (integers), pushes f(x1, x2). */
const binary =
  (f: (a: bigint, b: bigint) => bigint): InstructionHandler =>
  (engine) => {
    const x2 = engine.pop().getInteger();
    const x1 = engine.pop().getInteger();
    engine.push(integer(f(x1, x2)));
  };

/** Pops x2 then x1 (integers), pushes the boolean f(x1, x2). */
const compare =
  (f: (a: bigint, b: bigint) => boolean): InstructionHandler =>
  (engine) => {
    const x2 = engine.pop().getInteger();
    const x1 = engine.pop().getInteger();
    engine.push(BooleanItem.of(f(x1, x2)));
  };

/** Pops 2 items; false when either is null, else compares them as integers. */
const order =
  (f: (a: bigint, b: bigint) => boolean): InstructionHandler =>
  (engine) => {
    const x2 = engine.pop();
    const x1 = engine.pop();
    engine.push(BooleanItem.of(!x1.isNull && !x2.isNull && f(x1.getInteger(), x2.getInteger())));
  };

function nonZero(d: bigint): bigint {
  if (d === 0n) throw new VMFault('Attempted to divide by zero.');
  return d;
}

export const numericHandlers: HandlerMap = {
  SIGN: unary((x) => (x > 0n ? 1n : x < 0n ? -1n : 0n)),
  ABS: unary((x) => (x < 0n ? -x : x)),
  NEGATE: unary((x) => -x),
  INC: unary((x) => x + 1n),
  DEC: unary((x) => x - 1n),
  ADD: binary((a, b) => a + b),
  SUB: binary((a, b) => a - b),
  MUL: binary((a, b) => a * b),
  /** Truncates toward zero. */
  DIV: binary((a, b) => a / nonZero(b)),
  /** The remainder has the sign of the dividend. */
  MOD: binary((a, b) => a % nonZero(b)),
  /** Pops exponent (0..MaxShift), value. */
  POW: (engine) => {
    const exponent = toInt32(engine.pop().getInteger());
    assertShift(engine.limits, exponent);
    const value = engine.pop().getInteger();
    engine.push(integer(value ** BigInt(exponent)));
  },
  SQRT: unary(sqrt),
  /** Pops modulus, x2, x1: pushes x1 * x2 % modulus. */
  MODMUL: (engine) => {
    const modulus = engine.pop().getInteger();
    const x2 = engine.pop().getInteger();
    const x1 = engine.pop().getInteger();
    engine.push(integer((x1 * x2) % nonZero(modulus)));
  },
  /** Pops modulus, exponent, value; exponent -1 means the modular inverse. */
  MODPOW: (engine) => {
    const modulus = engine.pop().getInteger();
    const exponent = engine.pop().getInteger();
    const value = engine.pop().getInteger();
    engine.push(integer(exponent === -1n ? modInverse(value, modulus) : modPow(value, exponent, modulus)));
  },
  /** Pops shift (0..MaxShift), x. */
  SHL: (engine) => {
    const shift = toInt32(engine.pop().getInteger());
    assertShift(engine.limits, shift);
    const x = engine.pop().getInteger();
    engine.push(integer(x << BigInt(shift)));
  },
  SHR: (engine) => {
    const shift = toInt32(engine.pop().getInteger());
    assertShift(engine.limits, shift);
    const x = engine.pop().getInteger();
    engine.push(integer(x >> BigInt(shift)));
  },
  /** Pops 1 boolean, pushes its negation. */
  NOT: (engine) => engine.push(BooleanItem.of(!engine.pop().getBoolean())),
  BOOLAND: (engine) => {
    const x2 = engine.pop().getBoolean();
    const x1 = engine.pop().getBoolean();
    engine.push(BooleanItem.of(x1 && x2));
  },
  BOOLOR: (engine) => {
    const x2 = engine.pop().getBoolean();
    const x1 = engine.pop().getBoolean();
    engine.push(BooleanItem.of(x1 || x2));
  },
  NZ: (engine) => engine.push(BooleanItem.of(engine.pop().getInteger() !== 0n)),
  NUMEQUAL: compare((a, b) => a === b),
  NUMNOTEQUAL: compare((a, b) => a !== b),
  LT: order((a, b) => a < b),
  LE: order((a, b) => a <= b),
  GT: order((a, b) => a > b),
  GE: order((a, b) => a >= b),
  // biome-ignore lint/complexity/useMathMinMax: BigInt operands (Math.min would throw).
  MIN: binary((a, b) => (a < b ? a : b)),
  // biome-ignore lint/complexity/useMathMinMax: BigInt operands (Math.max would throw).
  MAX: binary((a, b) => (a > b ? a : b)),
  /** Pops b, a, x: pushes a <= x < b. */
  WITHIN: (engine) => {
    const b = engine.pop().getInteger();
    const a = engine.pop().getInteger();
    const x = engine.pop().getInteger();
    engine.push(BooleanItem.of(a <= x && x < b));
  },
};
