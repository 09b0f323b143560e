/**
 * Integer gadgets (snarkVM circuit/types/integers): an integer is its little-endian bits; sums,
 * differences and comparisons go through the field and one bit decomposition of width + 1.
 */

import { Fq } from '../crypto/modular.js';
import { assertBitsAreZero, Bool } from './boolean.js';
import { assertEq, assertTrue, enforce, ONE, ZERO } from './env.js';
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
  /** Integer::constant: Integer::new(Mode::Constant), one counted constant per bit. */
  static constant(t: IntType, value: bigint): Int {
    return Int.witness(t, value, true);
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
  wrap(v: bigint): bigint {
    return this.t.signed ? BigInt.asIntN(this.t.bits, v) : BigInt.asUintN(this.t.bits, v);
  }
  fits(v: bigint): boolean {
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
  static zero(t: IntType): Int {
    return Int.constant(t, 0n);
  }
  static one(t: IntType): Int {
    return Int.constant(t, 1n);
  }
  /** The same bits as the other signedness (cast_as_dual). */
  dual(): Int {
    return new Int({ bits: this.t.bits, signed: !this.t.signed }, this.bits);
  }
  private min(): bigint {
    return this.t.signed ? -(1n << BigInt(this.t.bits - 1)) : 0n;
  }
  absWrapped(): Int {
    return this.t.signed ? Int.ternary(this.msb(), Int.zero(this.t).subWrapped(this), this) : this;
  }
  absChecked(): Int {
    return this.t.signed ? Int.ternary(this.msb(), Int.zero(this.t).subChecked(this), this) : this;
  }
  negChecked(): Int {
    if (!this.t.signed) throw new CircuitHalt('Attempted to negate an unsigned integer');
    return Int.one(this.t).addChecked(this.not());
  }
  negWrapped(): Int {
    if (!this.t.signed) throw new CircuitHalt('Attempted to negate an unsigned integer');
    return Int.zero(this.t).subWrapped(this);
  }
  mulWrapped(o: Int): Int {
    if (this.isConstant() && o.isConstant())
      return Int.witness(this.t, this.wrap(this.value * o.value), true);
    const h = this.t.bits / 2;
    const x1 = Fld.fromBitsLe(this.bits.slice(h));
    const x0 = Fld.fromBitsLe(this.bits.slice(0, h));
    const y1 = Fld.fromBitsLe(o.bits.slice(h));
    const y0 = Fld.fromBitsLe(o.bits.slice(0, h));
    const z0 = x0.mul(y0);
    const z1 = x1.mul(y0).add(x0.mul(y1));
    const bm = Fld.fromBitsLe([
      ...Array.from({ length: h }, () => Bool.constant(false)),
      Bool.constant(true),
    ]);
    const bits = z0.add(z1.mul(bm)).toLowerBitsLe(this.t.bits + h + 1);
    return new Int(this.t, bits.slice(0, this.t.bits));
  }
  private karatsuba(o: Int): [Int, Bool[], Fld] {
    const h = this.t.bits / 2;
    const x1 = Fld.fromBitsLe(this.bits.slice(h));
    const x0 = Fld.fromBitsLe(this.bits.slice(0, h));
    const y1 = Fld.fromBitsLe(o.bits.slice(h));
    const y0 = Fld.fromBitsLe(o.bits.slice(0, h));
    const z0 = x0.mul(y0);
    const z2 = x1.mul(y1);
    const z1 = x1.add(x0).mul(y1.add(y0)).sub(z2).sub(z0);
    const bm = Fld.fromBitsLe([
      ...Array.from({ length: h }, () => Bool.constant(false)),
      Bool.constant(true),
    ]);
    const bits = z0.add(z1.mul(bm)).toLowerBitsLe(this.t.bits + h + 1);
    return [new Int(this.t, bits.slice(0, this.t.bits)), bits.slice(this.t.bits), z2];
  }
  private static mulAndCheck(a: Int, b: Int): Int {
    if (2 * a.t.bits < Fq.bits - 1) {
      const product = Int.witness(a.t, a.wrap(a.value * b.value), a.isConstant() && b.isConstant());
      enforce(a.toField().lc, b.toField().lc, product.toField().lc);
      return product;
    }
    const [product, upper, z2] = a.karatsuba(b);
    assertBitsAreZero(upper);
    assertEq(z2.lc, ZERO);
    return product;
  }
  private static mulWithFlags(a: Int, b: Int): [Int, Bool] {
    if (2 * a.t.bits < Fq.bits - 1) {
      const product = Int.witness(a.t, a.wrap(a.value * b.value), a.isConstant() && b.isConstant());
      const computed = a.toField().mul(b.toField());
      return [product, computed.isNotEqual(product.toField())];
    }
    const [product, upper, z2] = a.karatsuba(b);
    return [product, Fld.fromBitsLe(upper).add(z2).isNotEqual(Fld.zero())];
  }
  private signedProductChecks(product: Int, sameSign: Bool): [Bool, Bool] {
    const positiveOverflows = sameSign.and(product.msb());
    let lowerNonZero = Bool.constant(false);
    for (const b of product.bits.slice(0, this.t.bits - 1)) lowerNonZero = lowerNonZero.or(b);
    const ltOrEqMin = product.msb().not().or(product.msb().and(lowerNonZero.not()));
    return [positiveOverflows, sameSign.not().and(ltOrEqMin.not())];
  }
  mulChecked(o: Int): Int {
    if (this.isConstant() && o.isConstant()) {
      const v = this.value * o.value;
      if (!this.fits(v)) throw new CircuitHalt('Integer overflow on multiplication of two constants');
      return Int.witness(this.t, v, true);
    }
    if (!this.t.signed) return Int.mulAndCheck(this, o);
    const product = Int.mulAndCheck(this.absWrapped(), o.absWrapped());
    const sameSign = this.msb().isEqual(o.msb());
    const positiveOverflows = sameSign.and(product.msb());
    assertEq(positiveOverflows.lc, ZERO);
    let lowerNonZero = Bool.constant(false);
    for (const b of product.bits.slice(0, this.t.bits - 1)) lowerNonZero = lowerNonZero.or(b);
    const ltOrEqMin = product.msb().not().or(product.msb().and(lowerNonZero.not()));
    const negativeUnderflows = sameSign.not().and(ltOrEqMin.not());
    assertEq(negativeUnderflows.lc, ZERO);
    return Int.ternary(sameSign, product, Int.zero(this.t).subWrapped(product));
  }
  private unsignedDivision(o: Int): [Int, Int] {
    const divisor = o.value === 0n ? 1n : o.value;
    const q = Int.witness(this.t, this.value / divisor, false);
    const r = Int.witness(this.t, this.value % divisor, false);
    if (2 * this.t.bits < Fq.dataBits)
      assertEq(this.toField().lc, q.toField().mul(o.toField()).add(r.toField()).lc);
    else assertEq(this.toField().lc, q.mulChecked(o).addChecked(r).toField().lc);
    assertTrue(r.isLessThan(o).lc);
    return [q, r];
  }
  private divZeroCheck(o: Int): void {
    if (o.isConstant() && o.value === 0n) throw new CircuitHalt('Attempted to divide by zero.');
  }
  divWrapped(o: Int): Int {
    this.divZeroCheck(o);
    if (this.isConstant() && o.isConstant())
      return Int.witness(this.t, this.wrap(this.value / o.value), true);
    if (!this.t.signed) return this.unsignedDivision(o)[0];
    const q = new Int(this.t, this.absWrapped().dual().divWrapped(o.absWrapped().dual()).bits);
    const sameSign = this.msb().isEqual(o.msb());
    return Int.ternary(sameSign, q, Int.zero(this.t).subWrapped(q));
  }
  divChecked(o: Int): Int {
    this.divZeroCheck(o);
    if (this.isConstant() && o.isConstant()) {
      const v = this.value / o.value;
      if (!this.fits(v)) throw new CircuitHalt('Overflow on division of two integer constants');
      return Int.constant(this.t, v);
    }
    if (!this.t.signed) return this.divWrapped(o);
    const overflows = this.isEqual(Int.constant(this.t, this.min())).and(
      o.isEqual(Int.constant(this.t, -1n)),
    );
    assertTrue(overflows.not().lc);
    return this.divWrapped(o);
  }
  remWrapped(o: Int): Int {
    this.divZeroCheck(o);
    if (this.isConstant() && o.isConstant())
      return Int.witness(this.t, this.wrap(this.value % o.value), true);
    if (!this.t.signed) return this.unsignedDivision(o)[1];
    const r = new Int(this.t, this.absWrapped().dual().remWrapped(o.absWrapped().dual()).bits);
    return Int.ternary(this.msb().not(), r, Int.zero(this.t).subWrapped(r));
  }
  remChecked(o: Int): Int {
    this.divZeroCheck(o);
    if (this.isConstant() && o.isConstant()) return Int.constant(this.t, this.value % o.value);
    if (!this.t.signed) return this.remWrapped(o);
    const overflows = this.isEqual(Int.constant(this.t, this.min())).and(
      o.isEqual(Int.constant(this.t, -1n)),
    );
    assertTrue(overflows.not().lc);
    return this.remWrapped(o);
  }
  powWrapped(e: Int): Int {
    if (this.isConstant() && e.isConstant()) return Int.witness(this.t, this.powValue(e.value, true), true);
    let result = Int.one(this.t);
    for (let i = e.bits.length - 1; i >= 0; i--) {
      result = result.mulWrapped(result);
      result = Int.ternary(e.bits[i] as Bool, result.mulWrapped(this), result);
    }
    return result;
  }
  powChecked(e: Int): Int {
    if (this.isConstant() && e.isConstant()) {
      const v = this.powValue(e.value, false);
      if (v === undefined) throw new CircuitHalt('Integer overflow on exponentiation of two constants');
      return Int.witness(this.t, v, true);
    }
    let result = Int.one(this.t);
    for (let i = e.bits.length - 1; i >= 0; i--) {
      const bit = e.bits[i] as Bool;
      result = result.mulChecked(result);
      let times: Int;
      if (this.t.signed) {
        const [product, overflow] = Int.mulWithFlags(result.absWrapped(), this.absWrapped());
        const sameSign = result.msb().isEqual(this.msb());
        const [pos, neg] = this.signedProductChecks(product, sameSign);
        assertEq(overflow.or(pos).or(neg).and(bit).lc, ZERO);
        times = Int.ternary(sameSign, product, product.not().addWrapped(Int.one(this.t)));
      } else {
        const [product, overflow] = Int.mulWithFlags(result, this);
        assertEq(overflow.and(bit).lc, ZERO);
        times = product;
      }
      result = Int.ternary(bit, times, result);
    }
    return result;
  }
  /** value^e wrapped (or undefined on overflow when not wrapping), by squaring. */
  private powValue(e: bigint, wrapping: true): bigint;
  private powValue(e: bigint, wrapping: false): bigint | undefined;
  private powValue(e: bigint, wrapping: boolean): bigint | undefined {
    let result = 1n;
    let overflow = false;
    for (let i = e.toString(2).length - 1; i >= 0; i--) {
      const sq = result * result;
      if (!this.fits(sq)) overflow = true;
      result = this.wrap(sq);
      if ((e >> BigInt(i)) & 1n) {
        const m = result * this.value;
        if (!this.fits(m)) overflow = true;
        result = this.wrap(m);
      }
    }
    return wrapping || !overflow ? result : undefined;
  }
  private shiftIndex(): number {
    return Math.log2(this.t.bits);
  }
  shlWrapped(rhs: Int): Int {
    if (this.isConstant() && rhs.isConstant())
      return Int.constant(this.t, this.value << BigInt(Number(rhs.value) % this.t.bits));
    const k = this.shiftIndex();
    const low = rhs.bits.slice(0, k);
    if (low.every((b) => b.isConstant())) {
      const n = low.reduce((acc, b, i) => acc + (b.value ? 1 << i : 0), 0);
      const bits = [...Array.from({ length: n }, () => Bool.constant(false)), ...this.bits].slice(
        0,
        this.t.bits,
      );
      return new Int(this.t, bits);
    }
    if (2 * this.t.bits < Fq.dataBits) {
      let result = this.toField();
      low.forEach((bit, i) => {
        result = Fld.ternary(bit, result.mul(Fld.constant(1n << BigInt(1 << i))), result);
      });
      return new Int(this.t, result.toLowerBitsLe(2 * this.t.bits).slice(0, this.t.bits));
    }
    let shift = Fld.one();
    for (let i = low.length - 1; i >= 0; i--) {
      shift = shift.square();
      shift = Fld.ternary(low[i] as Bool, shift.mul(Fld.one().add(Fld.one())), shift);
    }
    return this.mulWrapped(new Int(this.t, shift.toLowerBitsLe(this.t.bits)));
  }
  shlChecked(rhs: Int): Int {
    const k = this.shiftIndex();
    const two = Int.one(this.t).addChecked(Int.one(this.t));
    if (this.t.signed) {
      if (3 * this.t.bits < Fq.dataBits) {
        assertBitsAreZero(rhs.bits.slice(k));
        const bits = [...this.bits];
        while (bits.length < 2 * this.t.bits) bits.push(this.msb());
        let result = Fld.fromBitsLe(bits);
        rhs.bits.slice(0, k).forEach((bit, i) => {
          result = Fld.ternary(bit, result.mul(Fld.constant(1n << BigInt(1 << i))), result);
        });
        const all = result.toLowerBitsLe(3 * this.t.bits);
        const out = new Int(this.t, all.slice(0, this.t.bits));
        for (const b of all.slice(this.t.bits, 2 * this.t.bits)) assertEq(b.lc, out.msb().lc);
        return out;
      }
      const factor = new Int(this.t, two.dual().powChecked(rhs).bits);
      const isMin = factor.isEqual(Int.constant(this.t, this.min()));
      return Int.ternary(isMin, Int.zero(this.t).subWrapped(this), this).mulChecked(factor);
    }
    if (2 * this.t.bits < Fq.dataBits) {
      assertBitsAreZero(rhs.bits.slice(k));
      let result = this.toField();
      rhs.bits.slice(0, k).forEach((bit, i) => {
        result = Fld.ternary(bit, result.mul(Fld.constant(1n << BigInt(1 << i))), result);
      });
      const all = result.toLowerBitsLe(2 * this.t.bits);
      assertBitsAreZero(all.slice(this.t.bits));
      return new Int(this.t, all.slice(0, this.t.bits));
    }
    return this.mulChecked(two.powChecked(rhs));
  }
  shrWrapped(rhs: Int): Int {
    if (this.isConstant() && rhs.isConstant())
      return Int.constant(this.t, this.value >> BigInt(Number(rhs.value) % this.t.bits));
    const k = this.shiftIndex();
    const low = rhs.bits.slice(0, k);
    if (low.every((b) => b.isConstant())) {
      const n = low.reduce((acc, b, i) => acc + (b.value ? 1 << i : 0), 0);
      const fill = this.t.signed ? this.msb() : Bool.constant(false);
      const bits = [...this.bits, ...Array.from({ length: n }, () => fill)];
      return new Int(this.t, bits.slice(bits.length - this.t.bits));
    }
    if (2 * this.t.bits < Fq.dataBits) {
      const msb = Fld.fromBool(this.msb());
      let result = Fld.fromBitsBe(this.bits);
      low.forEach((bit, i) => {
        // snarkVM allocates Field::constant(2^(2^i)) and, signed, the mask Field::constant(2^(2^i) - 1).
        const product = result.mul(Fld.constant(1n << BigInt(1 << i)));
        const next = this.t.signed
          ? product.add(Fld.constant((1n << BigInt(1 << i)) - 1n).mul(msb))
          : product;
        result = Fld.ternary(bit, next, result);
      });
      const bits = result
        .toLowerBitsLe(2 * this.t.bits)
        .slice(0, this.t.bits)
        .reverse();
      return new Int(this.t, bits);
    }
    // 2·BITS ≥ the data bits (u128, i128; shr_wrapped.rs): a division by 2^rhs, the power built
    // by square-and-multiply over the low shift bits; signed values round toward −∞.
    const two = Fld.one().add(Fld.one());
    let shift = Fld.one();
    for (let i = low.length - 1; i >= 0; i--) {
      shift = shift.square();
      shift = Fld.ternary(low[i] as Bool, shift.mul(two), shift);
    }
    const divisor = new Int(this.t, shift.toLowerBitsLe(this.t.bits));
    if (!this.t.signed) return this.divWrapped(divisor);
    const dividend = this.absWrapped().dual();
    const [uq, ur] = dividend.unsignedDivision(divisor.dual());
    const quotient = new Int(this.t, uq.bits);
    const negated = quotient.not().addWrapped(Int.one(this.t));
    const rounded = Int.ternary(
      ur.toField().isEqual(Fld.zero()),
      negated,
      negated.subWrapped(Int.one(this.t)),
    );
    return Int.ternary(this.msb(), rounded, quotient);
  }
  shrChecked(rhs: Int): Int {
    if (this.isConstant() && rhs.isConstant()) {
      if (rhs.value >= BigInt(this.t.bits))
        throw new CircuitHalt('Constant shifted by constant exceeds the allowed bitwidth.');
      return Int.constant(this.t, this.value >> rhs.value);
    }
    assertBitsAreZero(rhs.bits.slice(this.shiftIndex()));
    return this.shrWrapped(rhs);
  }
  /** Bitwise and/or/xor/nand/nor: the boolean gadget per bit. */
  bitwise(o: Int, op: 'and' | 'or' | 'xor' | 'nand' | 'nor'): Int {
    return new Int(
      this.t,
      this.bits.map((b, i) => b[op](o.bits[i] as Bool)),
    );
  }
  static ternary(cond: Bool, first: Int, second: Int): Int {
    if (cond.isConstant()) return cond.value ? first : second;
    return new Int(
      first.t,
      first.bits.map((b, i) => Bool.ternary(cond, b, second.bits[i] as Bool)),
    );
  }
}
