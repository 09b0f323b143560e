/**
 * Integer gadgets (snarkVM circuit/types/integers): an integer is its little-endian bits; sums,
 * differences and comparisons go through the field and one bit decomposition of width + 1.
 */
import { Bool } from './boolean.js';
import { assertEq, ONE, ZERO } from './env.js';
import { CircuitHalt } from './errors.js';
import { Fld } from './field.js';

export interface IntType {
  readonly bits: number;
  readonly signed: boolean;
}

export function intType(type: string): IntType {
  return { bits: Number(type.slice(1)), signed: type[0] === 'i' };
}

export class Int {
  constructor(
    readonly t: IntType,
    readonly bits: readonly Bool[],
  ) {}
  static constant(t: IntType, value: bigint): Int {
    const v = BigInt.asUintN(t.bits, value);
    const bits: Bool[] = [];
    for (let i = 0; i < t.bits; i++) bits.push(Bool.constant(((v >> BigInt(i)) & 1n) === 1n));
    return new Int(t, bits);
  }
  /** Integer::new(mode): one boolean per bit. */
  static witness(t: IntType, value: bigint, constant: boolean): Int {
    const v = BigInt.asUintN(t.bits, value);
    const bits: Bool[] = [];
    for (let i = 0; i < t.bits; i++)
      bits.push(Bool.new(constant ? 'constant' : 'private', ((v >> BigInt(i)) & 1n) === 1n));
    return new Int(t, bits);
  }
  isConstant(): boolean {
    return this.bits.every((b) => b.isConstant());
  }
  /** Two's complement value (signed) or the unsigned value. */
  get value(): bigint {
    let v = 0n;
    for (let i = this.bits.length - 1; i >= 0; i--) v = (v << 1n) | ((this.bits[i] as Bool).value ? 1n : 0n);
    return this.t.signed ? BigInt.asIntN(this.t.bits, v) : v;
  }
  msb(): Bool {
    return this.bits[this.t.bits - 1] as Bool;
  }
  toField(): Fld {
    return Fld.fromBitsLe(this.bits);
  }
  not(): Int {
    return new Int(
      this.t,
      this.bits.map((b) => b.not()),
    );
  }
  private wrap(v: bigint): bigint {
    return this.t.signed ? BigInt.asIntN(this.t.bits, v) : BigInt.asUintN(this.t.bits, v);
  }
  private fits(v: bigint): boolean {
    return this.wrap(v) === v;
  }
  addChecked(o: Int): Int {
    if (this.isConstant() && o.isConstant()) {
      const v = this.value + o.value;
      if (!this.fits(v)) throw new CircuitHalt('Integer overflow on addition of two constants');
      return Int.constant(this.t, v);
    }
    if (this.t.signed) {
      const sumBits = this.toField()
        .add(o.toField())
        .toLowerBitsLe(this.t.bits + 1);
      const sum = new Int(this.t, sumBits.slice(0, this.t.bits));
      const sameSign = this.msb().isEqual(o.msb());
      const overflow = sameSign.and(sum.msb().isNotEqual(this.msb()));
      assertEq(overflow.lc, ZERO);
      return sum;
    }
    const sum = Int.witness(this.t, this.wrap(this.value + o.value), false);
    assertEq(this.toField().add(o.toField()).lc, sum.toField().lc);
    return sum;
  }
  addWrapped(o: Int): Int {
    if (this.isConstant() && o.isConstant()) return Int.constant(this.t, this.value + o.value);
    const bits = this.toField()
      .add(o.toField())
      .toLowerBitsLe(this.t.bits + 1);
    return new Int(this.t, bits.slice(0, this.t.bits));
  }
  subChecked(o: Int): Int {
    if (this.isConstant() && o.isConstant()) {
      const v = this.value - o.value;
      if (!this.fits(v)) throw new CircuitHalt('Integer underflow on subtraction of two constants');
      return Int.constant(this.t, v);
    }
    const bits = this.toField()
      .add(o.not().toField())
      .add(Fld.one())
      .toLowerBitsLe(this.t.bits + 1);
    const diff = new Int(this.t, bits.slice(0, this.t.bits));
    const carry = bits[this.t.bits] as Bool;
    if (this.t.signed) {
      const differentSigns = this.msb().isNotEqual(o.msb());
      const underflow = differentSigns.and(diff.msb().isEqual(o.msb()));
      assertEq(underflow.lc, ZERO);
    } else assertEq(carry.lc, ONE);
    return diff;
  }
  subWrapped(o: Int): Int {
    if (this.isConstant() && o.isConstant()) return Int.constant(this.t, this.value - o.value);
    const bits = this.toField()
      .add(o.not().toField())
      .add(Fld.one())
      .toLowerBitsLe(this.t.bits + 1);
    return new Int(this.t, bits.slice(0, this.t.bits));
  }
  isEqual(o: Int): Bool {
    if (this.isConstant() && o.isConstant()) {
      let acc = Bool.constant(true);
      for (let i = 0; i < this.bits.length; i++)
        acc = acc.and((this.bits[i] as Bool).isEqual(o.bits[i] as Bool));
      return acc;
    }
    return this.toField().isEqual(o.toField());
  }
  isNotEqual(o: Int): Bool {
    return this.isEqual(o).not();
  }
  isLessThan(o: Int): Bool {
    if (this.isConstant() && o.isConstant()) return Bool.new('constant', this.value < o.value);
    if (this.t.signed) {
      const sameSign = this.msb().isEqual(o.msb());
      const negPos = this.msb().and(o.msb().not());
      const e = Int.constant(this.t, -1n).toField().add(this.toField()).sub(o.toField()).add(Fld.one());
      const bit = e.toLowerBitsLe(this.t.bits + 1).at(-1) as Bool;
      return Bool.ternary(sameSign, bit.not(), negPos);
    }
    const max = (1n << BigInt(this.t.bits)) - 1n;
    const e = Int.constant(this.t, max).toField().add(this.toField()).sub(o.toField()).add(Fld.one());
    return (e.toLowerBitsLe(this.t.bits + 1).at(-1) as Bool).not();
  }
  isGreaterThan(o: Int): Bool {
    return o.isLessThan(this);
  }
  isLessThanOrEqual(o: Int): Bool {
    return o.isGreaterThanOrEqual(this);
  }
  isGreaterThanOrEqual(o: Int): Bool {
    return this.isLessThan(o).not();
  }
  static ternary(cond: Bool, first: Int, second: Int): Int {
    if (cond.isConstant()) return cond.value ? first : second;
    return new Int(
      first.t,
      first.bits.map((b, i) => Bool.ternary(cond, b, second.bits[i] as Bool)),
    );
  }
}
