/**
 * Logic and shift literal instructions (snarkVM synthesizer/program/src/logic/instruction/
 * operation: not, and, or, xor, nand, nor, shl, shr and their `.w` forms). Console semantics
 * from console/types (integers/src/bitwise.rs, shl_checked/shr_checked: `shl` halts when bits
 * are shifted out, `shr` when the shift is at least the width); circuits from circuit/types
 * (boolean gates, integer bitwise and shift gadgets).
 */
import { fromInt, isIntType, toInt } from '../circuit/ops.js';
import type { CLiteral } from '../circuit/value.js';
import { AleoHalt } from '../errors.js';
import { integerBits, integerMax, integerMin, literalToText } from '../text/literal.js';
import type { IntegerType } from '../values.js';
import { cBool, INTS, int, intOp, type LiteralOp, row, same, unsupported, withMag, wrap } from './literal.js';

/** and/or/xor on booleans, or bit by bit on integers. */
function bitwise(name: 'and' | 'or' | 'xor'): LiteralOp {
  return row(
    name,
    2,
    same(['boolean', ...INTS], 2),
    ([x, y]) => {
      if (x!.type === 'boolean') {
        const p = x!.value as boolean;
        const q = y!.value as boolean;
        return { type: 'boolean', value: name === 'and' ? p && q : name === 'or' ? p || q : p !== q };
      }
      const t = x!.type as IntegerType;
      const u = int(x!);
      const v = int(y!);
      return { type: t, value: wrap(name === 'and' ? u & v : name === 'or' ? u | v : u ^ v, t) };
    },
    (args) => {
      const [a, b] = args as [CLiteral, CLiteral];
      if (a.type === 'boolean') return cBool(a.b[name]((b as typeof a).b));
      if (isIntType(a.type)) return intOp((x, y) => x.bitwise(y, name))(args);
      return unsupported(name, a.type);
    },
  );
}

function booleanGate(name: 'nand' | 'nor', f: (p: boolean, q: boolean) => boolean): LiteralOp {
  return row(
    name,
    2,
    same(['boolean'], 2),
    ([x, y]) => ({ type: 'boolean', value: f(x!.value as boolean, y!.value as boolean) }),
    (args) => {
      const [a, b] = args as [CLiteral, CLiteral];
      return a.type === 'boolean' ? cBool(a.b[name]((b as typeof a).b)) : unsupported(name, a.type);
    },
  );
}

export const BITWISE: LiteralOp[] = [
  row(
    'not',
    1,
    same(['boolean', ...INTS], 1),
    ([x]) =>
      x!.type === 'boolean'
        ? { type: 'boolean', value: !x!.value }
        : { type: x!.type as IntegerType, value: wrap(~int(x!), x!.type as IntegerType) },
    ([a]) => (a!.type === 'boolean' ? cBool(a!.b.not()) : fromInt(a!.type, toInt(a!).not())),
  ),
  bitwise('and'),
  bitwise('or'),
  bitwise('xor'),
  booleanGate('nand', (p, q) => !(p && q)),
  booleanGate('nor', (p, q) => !(p || q)),
  row(
    'shl',
    2,
    withMag(INTS),
    ([x, y]) => {
      const t = x!.type as IntegerType;
      const s = int(y!);
      const v = s < BigInt(integerBits(t)) ? int(x!) * (1n << s) : undefined;
      if (v === undefined || v < integerMin(t) || v > integerMax(t))
        throw new AleoHalt(`Failed to shift ${literalToText(x!)} left by ${literalToText(y!)} bits`);
      return { type: t, value: v };
    },
    intOp((x, y) => x.shlChecked(y)),
  ),
  row(
    'shl.w',
    2,
    withMag(INTS),
    ([x, y]) => {
      const t = x!.type as IntegerType;
      return { type: t, value: wrap(int(x!) << (int(y!) % BigInt(integerBits(t))), t) };
    },
    intOp((x, y) => x.shlWrapped(y)),
  ),
  row(
    'shr',
    2,
    withMag(INTS),
    ([x, y]) => {
      const t = x!.type as IntegerType;
      if (int(y!) >= BigInt(integerBits(t)))
        throw new AleoHalt(`Failed to shift ${literalToText(x!)} right by ${literalToText(y!)} bits`);
      return { type: t, value: int(x!) >> int(y!) };
    },
    intOp((x, y) => x.shrChecked(y)),
  ),
  row(
    'shr.w',
    2,
    withMag(INTS),
    ([x, y]) => {
      const t = x!.type as IntegerType;
      return { type: t, value: int(x!) >> (int(y!) % BigInt(integerBits(t))) };
    },
    intOp((x, y) => x.shrWrapped(y)),
  ),
];
