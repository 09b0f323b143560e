/**
 * Arithmetic literal instructions (snarkVM synthesizer/program/src/logic/instruction/operation:
 * abs, add, sub, mul, div, rem, mod, pow with their `.w` forms, neg, double, square, sqrt, inv).
 * Console semantics from console/types (integers/src/arithmetic.rs, field, group, scalar):
 * checked forms halt on overflow, `.w` forms wrap, division by zero always halts. Circuits
 * from circuit/types (checked and wrapped integer gadgets, field, group and scalar arithmetic).
 */
import { pointAdd, pointDouble, pointMul, pointNeg } from '../arith/curve.js';
import { FR, FS, invMod, mod, powMod, sqrtLesser } from '../arith/modular.js';
import { groupMulScalar } from '../circuit/account.js';
import { CircuitHalt } from '../circuit/errors.js';
import { fromInt, toInt } from '../circuit/ops.js';
import { scalarAdd } from '../circuit/scalar.js';
import type { CLiteral } from '../circuit/value.js';
import { AleoHalt } from '../errors.js';
import { integerBits, literalToText } from '../text/literal.js';
import type { IntegerType, Literal } from '../values.js';
import {
  cField,
  checked,
  INTS,
  int,
  intOp,
  isInt,
  type LiteralOp,
  row,
  SIGNED,
  same,
  UNSIGNED,
  unsupported,
  withMag,
  wrap,
} from './literal.js';

const P = FR.p;
const S = FS.p;

function arith(
  a: readonly Literal[],
  ops: {
    field?: (x: bigint, y: bigint) => bigint;
    scalar?: (x: bigint, y: bigint) => bigint;
    int?: (x: bigint, y: bigint, t: IntegerType) => Literal;
  },
): Literal {
  const [x, y] = a as [Literal, Literal];
  if (x.type === 'field' && ops.field) return { type: 'field', value: ops.field(x.value, y.value as bigint) };
  if (x.type === 'scalar' && ops.scalar)
    return { type: 'scalar', value: ops.scalar(x.value, y.value as bigint) };
  if (isInt(x.type) && ops.int) return ops.int(int(x), int(y), x.type);
  throw new AleoHalt(`unsupported operand types ${x.type}, ${y.type}`);
}

/** snarkVM's messages: checked forms say "failed on", `.w` forms and `mod` "by zero". */
function divZero(
  args: readonly Literal[],
  what: 'division' | 'remainder' | 'modulus',
  wrapped: boolean,
): never {
  const [a, b] = args.map(literalToText) as [string, string];
  if (!wrapped) throw new AleoHalt(`Integer ${what} failed on: ${a} and ${b}`);
  throw new AleoHalt(`Integer ${what} by zero: ${a} ${what === 'division' ? '/' : '%'} ${b}`);
}

function intPowExact(base: bigint, exp: bigint, t: IntegerType): bigint | undefined {
  if (exp === 0n) return 1n;
  if (base === 0n || base === 1n) return base;
  if (base === -1n) return exp % 2n === 0n ? 1n : -1n;
  if (exp >= BigInt(integerBits(t))) return undefined;
  return base ** exp;
}

function wrappingPow(base: bigint, exp: bigint, t: IntegerType): bigint {
  let result = 1n;
  let b = wrap(base, t);
  let e = exp;
  while (e > 0n) {
    if (e & 1n) result = wrap(result * b, t);
    b = wrap(b * b, t);
    e >>= 1n;
  }
  return result;
}

const intW = (f: (x: bigint, y: bigint) => bigint) => (a: readonly Literal[]) =>
  arith(a, { int: (x, y, t) => ({ type: t, value: wrap(f(x, y), t) }) });

export const ARITHMETIC: LiteralOp[] = [
  row(
    'abs',
    1,
    same(SIGNED, 1),
    ([x]) => checked(int(x!) < 0n ? -int(x!) : int(x!), x!.type as IntegerType, 'absolute value', [x!]),
    ([a]) => fromInt(a!.type, toInt(a!).absChecked()),
  ),
  row(
    'abs.w',
    1,
    same(SIGNED, 1),
    ([x]) => ({
      type: x!.type as IntegerType,
      value: wrap(int(x!) < 0n ? -int(x!) : int(x!), x!.type as IntegerType),
    }),
    ([a]) => fromInt(a!.type, toInt(a!).absWrapped()),
  ),
  row(
    'add',
    2,
    same(['field', 'group', ...INTS, 'scalar'], 2),
    (a) => {
      if (a[0]!.type === 'group')
        return { type: 'group', value: pointAdd(a[0]!.value as never, a[1]!.value as never) };
      return arith(a, {
        field: (x, y) => (x + y) % P,
        scalar: (x, y) => (x + y) % S,
        int: (x, y, t) => checked(x + y, t, 'addition', a),
      });
    },
    (args) => {
      const [a, b] = args as [CLiteral, CLiteral];
      if (a.type === 'field') return cField(a.f.add((b as typeof a).f));
      if (a.type === 'group') return { type: 'group', g: a.g.add((b as typeof a).g) };
      if (a.type === 'scalar') return { type: 'scalar', s: scalarAdd(a.s, (b as typeof a).s) };
      return intOp((x, y) => x.addChecked(y))(args);
    },
  ),
  row(
    'add.w',
    2,
    same(INTS, 2),
    intW((x, y) => x + y),
    intOp((x, y) => x.addWrapped(y)),
  ),
  row(
    'sub',
    2,
    same(['field', 'group', ...INTS], 2),
    (a) => {
      if (a[0]!.type === 'group')
        return { type: 'group', value: pointAdd(a[0]!.value as never, pointNeg(a[1]!.value as never)) };
      return arith(a, {
        field: (x, y) => mod(x - y, P),
        int: (x, y, t) => checked(x - y, t, 'subtraction', a),
      });
    },
    (args) => {
      const [a, b] = args as [CLiteral, CLiteral];
      if (a.type === 'field') return cField(a.f.sub((b as typeof a).f));
      if (a.type === 'group') return { type: 'group', g: a.g.sub((b as typeof a).g) };
      return intOp((x, y) => x.subChecked(y))(args);
    },
  ),
  row(
    'sub.w',
    2,
    same(INTS, 2),
    intW((x, y) => x - y),
    intOp((x, y) => x.subWrapped(y)),
  ),
  row(
    'mul',
    2,
    [...same(['field', ...INTS], 2), [['group', 'scalar'], 'group'], [['scalar', 'group'], 'group']],
    (a) => {
      const [x, y] = a as [Literal, Literal];
      if (x.type === 'group') return { type: 'group', value: pointMul(x.value, y.value as bigint) };
      if (y.type === 'group') return { type: 'group', value: pointMul(y.value, x.value as bigint) };
      return arith(a, {
        field: (u, v) => (u * v) % P,
        int: (u, v, t) => checked(u * v, t, 'multiplication', a),
      });
    },
    (args) => {
      const [a, b] = args as [CLiteral, CLiteral];
      if (a.type === 'field') return cField(a.f.mul((b as typeof a).f));
      if (a.type === 'group' && b.type === 'scalar') return { type: 'group', g: groupMulScalar(a.g, b.s) };
      if (a.type === 'scalar' && b.type === 'group') return { type: 'group', g: groupMulScalar(b.g, a.s) };
      return intOp((x, y) => x.mulChecked(y))(args);
    },
  ),
  row(
    'mul.w',
    2,
    same(INTS, 2),
    intW((x, y) => x * y),
    intOp((x, y) => x.mulWrapped(y)),
  ),
  row(
    'div',
    2,
    same(['field', ...INTS], 2),
    (a) =>
      arith(a, {
        field: (x, y) => {
          const inv = invMod(y, P);
          if (inv === undefined)
            throw new AleoHalt(`Field division by zero: ${literalToText(a[0]!)} / 0field`);
          return (x * inv) % P;
        },
        int: (x, y, t) => (y === 0n ? divZero(a, 'division', false) : checked(x / y, t, 'division', a)),
      }),
    (args) => {
      const [a, b] = args as [CLiteral, CLiteral];
      if (a.type === 'field') return cField(a.f.div((b as typeof a).f));
      return intOp((x, y) => x.divChecked(y))(args);
    },
  ),
  row(
    'div.w',
    2,
    same(INTS, 2),
    (a) =>
      arith(a, {
        int: (x, y, t) => (y === 0n ? divZero(a, 'division', true) : { type: t, value: wrap(x / y, t) }),
      }),
    intOp((x, y) => x.divWrapped(y)),
  ),
  row(
    'rem',
    2,
    same(INTS, 2),
    (a) =>
      arith(a, {
        int: (x, y, t) =>
          y === 0n
            ? divZero(a, 'remainder', false)
            : checked(x / y, t, 'remainder', a) && { type: t, value: x % y },
      }),
    intOp((x, y) => x.remChecked(y)),
  ),
  row(
    'rem.w',
    2,
    same(INTS, 2),
    (a) =>
      arith(a, { int: (x, y, t) => (y === 0n ? divZero(a, 'remainder', true) : { type: t, value: x % y }) }),
    intOp((x, y) => x.remWrapped(y)),
  ),
  row(
    'mod',
    2,
    same(UNSIGNED, 2),
    (a) =>
      arith(a, { int: (x, y, t) => (y === 0n ? divZero(a, 'modulus', true) : { type: t, value: x % y }) }),
    intOp((x, y) => {
      if (x.t.signed) throw new CircuitHalt('Attempted to take the modulus of a signed integer.');
      return x.remWrapped(y);
    }),
  ),
  row(
    'pow',
    2,
    [[['field', 'field'], 'field'], ...withMag(INTS)],
    (a) => {
      const [x, y] = a as [Literal, Literal];
      if (x.type === 'field') return { type: 'field', value: powMod(x.value, y.value as bigint, P) };
      const t = x.type as IntegerType;
      const v = intPowExact(int(x), int(y), t);
      if (v === undefined)
        throw new AleoHalt(`Integer power failed on: ${literalToText(x)} and ${literalToText(y)}`);
      return checked(v, t, 'power', a);
    },
    (args) => {
      const [a, b] = args as [CLiteral, CLiteral];
      if (a.type === 'field') return cField(a.f.pow((b as typeof a).f));
      return intOp((x, y) => x.powChecked(y))(args);
    },
  ),
  row(
    'pow.w',
    2,
    withMag(INTS),
    ([x, y]) => ({
      type: x!.type as IntegerType,
      value: wrappingPow(int(x!), int(y!), x!.type as IntegerType),
    }),
    intOp((x, y) => x.powWrapped(y)),
  ),
  row(
    'neg',
    1,
    same(['field', 'group', ...SIGNED], 1),
    ([x]) => {
      if (x!.type === 'field') return { type: 'field', value: mod(-x!.value, P) };
      if (x!.type === 'group') return { type: 'group', value: pointNeg(x!.value) };
      return checked(-int(x!), x!.type as IntegerType, 'negation', [x!]);
    },
    ([a]) => {
      if (a!.type === 'field') return cField(a!.f.neg());
      if (a!.type === 'group') return { type: 'group', g: a!.g.neg() };
      return fromInt(a!.type, toInt(a!).negChecked());
    },
  ),
  row(
    'double',
    1,
    same(['field', 'group'], 1),
    ([x]) =>
      x!.type === 'field'
        ? { type: 'field', value: (2n * x!.value) % P }
        : { type: 'group', value: pointDouble(x!.value as never) },
    ([a]) => {
      if (a!.type === 'field') return cField(a!.f.double());
      if (a!.type === 'group') return { type: 'group', g: a!.g.double() };
      return unsupported('double', a!.type);
    },
  ),
  row(
    'square',
    1,
    same(['field'], 1),
    ([x]) => ({ type: 'field', value: (x!.value as bigint) ** 2n % P }),
    ([a]) => (a!.type === 'field' ? cField(a!.f.square()) : unsupported('square', a!.type)),
  ),
  row(
    'sqrt',
    1,
    same(['field'], 1),
    ([x]) => {
      const r = sqrtLesser(x!.value as bigint, FR);
      if (r === undefined) throw new AleoHalt(`Failed to square root a field element: ${literalToText(x!)}`);
      return { type: 'field', value: r };
    },
    ([a]) => (a!.type === 'field' ? cField(a!.f.squareRoot()) : unsupported('sqrt', a!.type)),
  ),
  row(
    'inv',
    1,
    same(['field'], 1),
    ([x]) => {
      const r = invMod(x!.value as bigint, P);
      if (r === undefined) throw new AleoHalt('Failed to invert a field element: 0field');
      return { type: 'field', value: r };
    },
    ([a]) => (a!.type === 'field' ? cField(a!.f.inverse()) : unsupported('inv', a!.type)),
  ),
];
