/** Scalar gadgets (snarkVM circuit/types/scalar): a field element below the group order, with cached 251 bits. */
import { Fs } from '../crypto/modular.js';
import { assertBitsAreZero, assertLessThanOrEqualConstant, Bool, bitsOf } from './boolean.js';
import type { Mode } from './env.js';
import { Fld, packBits } from './field.js';

const BITS = Fs.bits; // 251
const DATA_BITS = Fs.dataBits; // 250
const MODULUS_MINUS_ONE_BITS = bitsOf(Fs.p - 1n, BITS);

export class Scl {
  bits: Bool[] | undefined;
  constructor(
    readonly field: Fld,
    bits?: Bool[],
  ) {
    this.bits = bits;
  }
  static new(mode: Mode, value: bigint): Scl {
    return new Scl(Fld.new(mode, value));
  }
  static constant(value: bigint): Scl {
    return new Scl(Fld.constant(value));
  }
  get value(): bigint {
    return this.field.value;
  }
  isConstant(): boolean {
    return this.field.isConstant();
  }
  toBitsLe(): Bool[] {
    if (!this.bits) {
      const bits = this.field.toLowerBitsLe(BITS);
      assertLessThanOrEqualConstant(bits, MODULUS_MINUS_ONE_BITS);
      this.bits = bits;
    }
    return this.bits;
  }
  toBitsBe(): Bool[] {
    return this.toBitsLe().slice().reverse();
  }
  isEqual(o: Scl): Bool {
    return this.field.isEqual(o.field);
  }
  static ternary(cond: Bool, first: Scl, second: Scl): Scl {
    return new Scl(Fld.ternary(cond, first.field, second.field));
  }
  static fromBitsLe(bits: readonly Bool[]): Scl {
    if (bits.length > BITS) assertBitsAreZero(bits.slice(BITS));
    if (bits.length > DATA_BITS) {
      const head = bits.slice(0, BITS);
      const s = new Scl(packBits(head), head);
      assertLessThanOrEqualConstant(head, MODULUS_MINUS_ONE_BITS);
      return s;
    }
    const head = bits.slice(0, BITS);
    while (head.length < BITS) head.push(Bool.constant(false));
    return new Scl(packBits(head), head);
  }
  /** Scalar::from_field_lossy: the low 250 bits of the field's decomposition. */
  static fromFieldLossy(f: Fld): Scl {
    return Scl.fromBitsLe(f.toBitsLe().slice(0, DATA_BITS));
  }
}

const SCALAR_MODULUS_FIELD = Fs.p;

/** Scalar addition: through the field, reduced by one comparison against the modulus. */
export function scalarAdd(a: Scl, b: Scl): Scl {
  if (a.isConstant() && b.isConstant()) return Scl.new('constant', Fs.add(a.value, b.value));
  const sum = Fld.fromBitsLe(a.field.add(b.field).toLowerBitsLe(BITS + 1));
  const modulus = Fld.constant(SCALAR_MODULUS_FIELD);
  const wrapped = Fld.ternary(sum.isLessThan(modulus), sum, sum.sub(modulus));
  return new Scl(wrapped, wrapped.toLowerBitsLe(BITS));
}

/** Scalar comparison: the sign bit of 2·(a - b) (scalars are below half the field). */
export function scalarCompare(
  name: 'isLessThan' | 'isLessThanOrEqual' | 'isGreaterThan' | 'isGreaterThanOrEqual',
  a: Scl,
  b: Scl,
): Bool {
  const lt = (x: Scl, y: Scl): Bool => {
    if (x.isConstant() && y.isConstant()) return Bool.new('constant', x.value < y.value);
    return x.field.sub(y.field).double().toBitsBe().at(-1) as Bool;
  };
  if (name === 'isLessThan') return lt(a, b);
  if (name === 'isGreaterThan') return lt(b, a);
  if (name === 'isLessThanOrEqual') return lt(b, a).not();
  return lt(a, b).not();
}
