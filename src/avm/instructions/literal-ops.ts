/**
 * The literal instructions of snarkVM (synthesizer/program/src/logic/instruction/operation/
 * mod.rs), one row each: operand-type signatures -> result type, and the evaluation with
 * console semantics (console/types/integers/src/arithmetic.rs, bitwise.rs; checked forms
 * halt on overflow, `.w` forms wrap, division by zero always halts).
 */
import { GENERATOR, pointAdd, pointDouble, pointMul, pointNeg } from '../arith/curve.js';
import { FR, FS, invMod, mod, powMod, sqrtLesser } from '../arith/modular.js';
import { AleoHalt } from '../errors.js';
import { integerBits, integerMax, integerMin, isSigned, literalToText } from '../text/literal.js';
import { INTEGER_TYPES, type IntegerType, type Literal, type LiteralType } from '../values.js';

export interface LiteralOp {
  readonly name: string;
  readonly arity: 1 | 2 | 3;
  /** Operand types -> result type. */
  readonly signatures: ReadonlyMap<string, LiteralType>;
  readonly evaluate: (args: readonly Literal[]) => Literal;
}

const INTS = INTEGER_TYPES;
const SIGNED = INTS.filter((t) => t[0] === 'i');
const UNSIGNED = INTS.filter((t) => t[0] === 'u');
const MAGS = ['u8', 'u16', 'u32'] as const;

type Sig = [readonly LiteralType[], LiteralType];
const same = (types: readonly LiteralType[], arity: number): Sig[] =>
  types.map((t) => [Array(arity).fill(t), t]);
const toBool = (types: readonly LiteralType[]): Sig[] => types.map((t) => [[t, t], 'boolean']);
const withMag = (types: readonly LiteralType[]): Sig[] =>
  types.flatMap((t) => MAGS.map((m): Sig => [[t, m], t]));

function wrap(v: bigint, t: IntegerType): bigint {
  const bits = BigInt(integerBits(t));
  let r = BigInt.asUintN(Number(bits), v);
  if (isSigned(t) && r >= 1n << (bits - 1n)) r -= 1n << bits;
  return r;
}

function checked(v: bigint, t: IntegerType, what: string, args: readonly Literal[]): Literal {
  if (v < integerMin(t) || v > integerMax(t))
    throw new AleoHalt(`Integer ${what} failed on: ${args.map(literalToText).join(' and ')}`);
  return { type: t, value: v };
}

const int = (l: Literal) => l.value as bigint;
const isInt = (t: LiteralType): t is IntegerType => (INTS as readonly string[]).includes(t);

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

type Ev = (a: readonly Literal[]) => Literal;
function row(name: string, arity: 1 | 2 | 3, sigs: Sig[], evaluate: Ev): LiteralOp {
  return { name, arity, signatures: new Map(sigs.map(([ins, out]) => [ins.join(','), out])), evaluate };
}

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

const P = FR.p;
const S = FS.p;

const ROWS: LiteralOp[] = [
  row('abs', 1, same(SIGNED, 1), ([x]) =>
    checked(int(x!) < 0n ? -int(x!) : int(x!), x!.type as IntegerType, 'absolute value', [x!]),
  ),
  row('abs.w', 1, same(SIGNED, 1), ([x]) => ({
    type: x!.type as IntegerType,
    value: wrap(int(x!) < 0n ? -int(x!) : int(x!), x!.type as IntegerType),
  })),
  row('add', 2, [...same(['field', 'group', ...INTS, 'scalar'], 2)], (a) => {
    if (a[0]!.type === 'group')
      return { type: 'group', value: pointAdd(a[0]!.value as never, a[1]!.value as never) };
    return arith(a, {
      field: (x, y) => (x + y) % P,
      scalar: (x, y) => (x + y) % S,
      int: (x, y, t) => checked(x + y, t, 'addition', a),
    });
  }),
  row('add.w', 2, same(INTS, 2), (a) => arith(a, { int: (x, y, t) => ({ type: t, value: wrap(x + y, t) }) })),
  row('sub', 2, same(['field', 'group', ...INTS], 2), (a) => {
    if (a[0]!.type === 'group')
      return { type: 'group', value: pointAdd(a[0]!.value as never, pointNeg(a[1]!.value as never)) };
    return arith(a, {
      field: (x, y) => mod(x - y, P),
      int: (x, y, t) => checked(x - y, t, 'subtraction', a),
    });
  }),
  row('sub.w', 2, same(INTS, 2), (a) => arith(a, { int: (x, y, t) => ({ type: t, value: wrap(x - y, t) }) })),
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
  ),
  row('mul.w', 2, same(INTS, 2), (a) => arith(a, { int: (x, y, t) => ({ type: t, value: wrap(x * y, t) }) })),
  row('div', 2, same(['field', ...INTS], 2), (a) =>
    arith(a, {
      field: (x, y) => {
        const inv = invMod(y, P);
        if (inv === undefined) throw new AleoHalt(`Field division by zero: ${literalToText(a[0]!)} / 0field`);
        return (x * inv) % P;
      },
      int: (x, y, t) => (y === 0n ? divZero(a, 'division', false) : checked(x / y, t, 'division', a)),
    }),
  ),
  row('div.w', 2, same(INTS, 2), (a) =>
    arith(a, {
      int: (x, y, t) => (y === 0n ? divZero(a, 'division', true) : { type: t, value: wrap(x / y, t) }),
    }),
  ),
  row('rem', 2, same(INTS, 2), (a) =>
    arith(a, {
      int: (x, y, t) =>
        y === 0n
          ? divZero(a, 'remainder', false)
          : checked(x / y, t, 'remainder', a) && { type: t, value: x % y },
    }),
  ),
  row('rem.w', 2, same(INTS, 2), (a) =>
    arith(a, { int: (x, y, t) => (y === 0n ? divZero(a, 'remainder', true) : { type: t, value: x % y }) }),
  ),
  row('mod', 2, same(UNSIGNED, 2), (a) =>
    arith(a, { int: (x, y, t) => (y === 0n ? divZero(a, 'modulus', true) : { type: t, value: x % y }) }),
  ),
  row('pow', 2, [[['field', 'field'], 'field'], ...withMag(INTS)], (a) => {
    const [x, y] = a as [Literal, Literal];
    if (x.type === 'field') return { type: 'field', value: powMod(x.value, y.value as bigint, P) };
    const t = x.type as IntegerType;
    const v = intPowExact(int(x), int(y), t);
    if (v === undefined)
      throw new AleoHalt(`Integer power failed on: ${literalToText(x)} and ${literalToText(y)}`);
    return checked(v, t, 'power', a);
  }),
  row('pow.w', 2, withMag(INTS), ([x, y]) => ({
    type: x!.type as IntegerType,
    value: wrappingPow(int(x!), int(y!), x!.type as IntegerType),
  })),
  row('shl', 2, withMag(INTS), ([x, y]) => {
    const t = x!.type as IntegerType;
    const s = int(y!);
    const v = s < BigInt(integerBits(t)) ? int(x!) * (1n << s) : undefined;
    if (v === undefined || v < integerMin(t) || v > integerMax(t))
      throw new AleoHalt(`Failed to shift ${literalToText(x!)} left by ${literalToText(y!)} bits`);
    return { type: t, value: v };
  }),
  row('shl.w', 2, withMag(INTS), ([x, y]) => {
    const t = x!.type as IntegerType;
    return { type: t, value: wrap(int(x!) << (int(y!) % BigInt(integerBits(t))), t) };
  }),
  row('shr', 2, withMag(INTS), ([x, y]) => {
    const t = x!.type as IntegerType;
    if (int(y!) >= BigInt(integerBits(t)))
      throw new AleoHalt(`Failed to shift ${literalToText(x!)} right by ${literalToText(y!)} bits`);
    return { type: t, value: int(x!) >> int(y!) };
  }),
  row('shr.w', 2, withMag(INTS), ([x, y]) => {
    const t = x!.type as IntegerType;
    return { type: t, value: int(x!) >> (int(y!) % BigInt(integerBits(t))) };
  }),
  row('neg', 1, same(['field', 'group', ...SIGNED], 1), ([x]) => {
    if (x!.type === 'field') return { type: 'field', value: mod(-x!.value, P) };
    if (x!.type === 'group') return { type: 'group', value: pointNeg(x!.value) };
    return checked(-int(x!), x!.type as IntegerType, 'negation', [x!]);
  }),
  row('not', 1, same(['boolean', ...INTS], 1), ([x]) =>
    x!.type === 'boolean'
      ? { type: 'boolean', value: !x!.value }
      : { type: x!.type as IntegerType, value: wrap(~int(x!), x!.type as IntegerType) },
  ),
  ...(['and', 'or', 'xor'] as const).map((name) =>
    row(name, 2, same(['boolean', ...INTS], 2), ([x, y]) => {
      if (x!.type === 'boolean') {
        const p = x!.value as boolean;
        const q = y!.value as boolean;
        return { type: 'boolean', value: name === 'and' ? p && q : name === 'or' ? p || q : p !== q };
      }
      const t = x!.type as IntegerType;
      const u = int(x!);
      const v = int(y!);
      return { type: t, value: wrap(name === 'and' ? u & v : name === 'or' ? u | v : u ^ v, t) };
    }),
  ),
  row('nand', 2, same(['boolean'], 2), ([x, y]) => ({ type: 'boolean', value: !(x!.value && y!.value) })),
  row('nor', 2, same(['boolean'], 2), ([x, y]) => ({ type: 'boolean', value: !(x!.value || y!.value) })),
  row('double', 1, same(['field', 'group'], 1), ([x]) =>
    x!.type === 'field'
      ? { type: 'field', value: (2n * x!.value) % P }
      : { type: 'group', value: pointDouble(x!.value as never) },
  ),
  row('square', 1, same(['field'], 1), ([x]) => ({ type: 'field', value: (x!.value as bigint) ** 2n % P })),
  row('sqrt', 1, same(['field'], 1), ([x]) => {
    const r = sqrtLesser(x!.value as bigint, FR);
    if (r === undefined) throw new AleoHalt(`Failed to square root a field element: ${literalToText(x!)}`);
    return { type: 'field', value: r };
  }),
  row('inv', 1, same(['field'], 1), ([x]) => {
    const r = invMod(x!.value as bigint, P);
    if (r === undefined) throw new AleoHalt('Failed to invert a field element: 0field');
    return { type: 'field', value: r };
  }),
  ...(['gt', 'gte', 'lt', 'lte'] as const).map((name) =>
    row(name, 2, toBool(['field', ...INTS, 'scalar']), ([x, y]) => {
      const u = x!.value as bigint;
      const v = y!.value as bigint;
      return {
        type: 'boolean',
        value: name === 'gt' ? u > v : name === 'gte' ? u >= v : name === 'lt' ? u < v : u <= v,
      };
    }),
  ),
  row(
    'ternary',
    3,
    (['address', 'boolean', 'field', 'group', ...INTS, 'scalar', 'signature'] as LiteralType[]).map(
      (t): Sig => [['boolean', t, t], t],
    ),
    ([c, x, y]) => (c!.value ? x! : y!),
  ),
];

export const LITERAL_OPS: ReadonlyMap<string, LiteralOp> = new Map(ROWS.map((r) => [r.name, r]));

/** The result type of a literal op for these operand types, or undefined when unsupported. */
export function literalOpType(op: LiteralOp, types: readonly LiteralType[]): LiteralType | undefined {
  return op.signatures.get(types.join(','));
}

export { GENERATOR };
