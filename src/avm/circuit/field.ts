/**
 * Field gadgets (snarkVM circuit/types/field). A Field is a linear combination with a cached
 * bit decomposition (snarkVM's OnceCell): `clone()` copies the cache as it is at that moment,
 * as Rust's Clone does, so later decompositions of a clone are not shared back.
 */
import { Fq } from '../crypto/modular.js';
import { assertBitsAreZero, assertLessThanOrEqualConstant, Bool, bitsOf } from './boolean.js';
import { assertEq, enforce, LC, type Mode, newVariable, ONE, witnessMode, ZERO } from './env.js';
import { CircuitHalt } from './errors.js';

const BITS = Fq.bits; // 253
const DATA_BITS = Fq.dataBits; // 252
const MODULUS_MINUS_ONE_BITS = bitsOf(Fq.p - 1n, BITS);

export class Fld {
  bits: Bool[] | undefined;
  constructor(
    readonly lc: LC,
    bits?: Bool[],
  ) {
    this.bits = bits;
  }
  static new(mode: Mode, value: bigint): Fld {
    return new Fld(newVariable(mode, value));
  }
  /** Field::constant: a constant variable (snarkVM counts it in num_constants). */
  static constant(value: bigint): Fld {
    return new Fld(newVariable('constant', Fq.mod(value)));
  }
  /**
   * A constant that allocates nothing: a parameter snarkVM injects once per thread before the
   * circuit is reset (initialize_global_constants), or a console value folded into a linear
   * combination.
   */
  static fixed(value: bigint): Fld {
    return new Fld(LC.constant(Fq.mod(value)));
  }
  static zero(): Fld {
    return new Fld(ZERO);
  }
  static one(): Fld {
    return new Fld(ONE);
  }
  static fromBool(b: Bool): Fld {
    return new Fld(b.lc);
  }
  clone(): Fld {
    return new Fld(this.lc, this.bits);
  }
  get value(): bigint {
    return this.lc.value;
  }
  isConstant(): boolean {
    return this.lc.isConstant();
  }
  mode(): Mode {
    return this.lc.mode();
  }
  add(o: Fld): Fld {
    return new Fld(this.lc.add(o.lc));
  }
  sub(o: Fld): Fld {
    return new Fld(this.lc.add(o.lc.neg()));
  }
  neg(): Fld {
    return new Fld(this.lc.neg());
  }
  double(): Fld {
    return this.add(this);
  }
  /** By a constant. */
  scale(f: bigint): Fld {
    return new Fld(this.lc.scale(f));
  }
  mul(o: Fld): Fld {
    if (o.isConstant()) return new Fld(this.lc.scale(o.value));
    if (this.isConstant()) return new Fld(o.lc.scale(this.value));
    const product = Fld.new('private', Fq.mul(this.value, o.value));
    enforce(this.lc, o.lc, product.lc);
    return product;
  }
  square(): Fld {
    return this.mul(this);
  }
  inverse(): Fld {
    const inv = Fld.new(witnessMode(this), this.value === 0n ? 0n : Fq.inv(this.value));
    enforce(this.lc, inv.lc, ONE);
    return inv;
  }
  div(o: Fld): Fld {
    if (o.isConstant() && o.value === 0n) throw new CircuitHalt('Attempted to divide by zero.');
    return this.mul(o.inverse());
  }
  divUnchecked(o: Fld): Fld {
    if (o.isConstant()) {
      if (o.value === 0n) throw new CircuitHalt('Attempted to divide by zero.');
      return this.mul(o.inverse());
    }
    if (this.isConstant()) return this.mul(o.inverse());
    const q = Fld.new('private', Fq.div(this.value, o.value === 0n ? 1n : o.value));
    enforce(q.lc, o.lc, this.lc);
    return q;
  }
  isNotEqual(o: Fld): Bool {
    const neq = this.value !== o.value;
    if (this.isConstant() && o.isConstant()) return Bool.new('constant', neq);
    const isNeq = Bool.fromVariable(neq);
    const delta = this.sub(o);
    const multiplier = Fld.new(witnessMode(delta), delta.value === 0n ? 1n : Fq.inv(delta.value));
    const isEq = isNeq.not();
    enforce(delta.lc, multiplier.lc, isNeq.lc);
    enforce(delta.lc, isEq.lc, ZERO);
    return isNeq;
  }
  isEqual(o: Fld): Bool {
    return this.isNotEqual(o).not();
  }
  isZero(): Bool {
    return this.isEqual(Fld.zero());
  }
  isOne(): Bool {
    return this.isEqual(Fld.one());
  }
  static ternary(cond: Bool, first: Fld, second: Fld): Fld {
    if (cond.isConstant()) return cond.value ? first : second;
    if (first.isConstant() && second.isConstant()) {
      const notCond = Fld.fromBool(cond.not());
      return Fld.fromBool(cond).mul(first).add(notCond.mul(second));
    }
    const w = Fld.new(witnessMode(cond, first, second), cond.value ? first.value : second.value);
    enforce(first.sub(second).lc, cond.lc, w.sub(second).lc);
    return w;
  }
  /** Little-endian bits, decomposed once per value (with the check that they are below the modulus). */
  toBitsLe(): Bool[] {
    if (!this.bits) {
      const bits = this.toNonUniqueBitsLe();
      assertLessThanOrEqualConstant(bits, MODULUS_MINUS_ONE_BITS);
      this.bits = bits;
    }
    return this.bits;
  }
  toBitsBe(): Bool[] {
    return this.toBitsLe().slice().reverse();
  }
  private toNonUniqueBitsLe(): Bool[] {
    const mode = witnessMode(this);
    const bits = bitsOf(this.value, BITS).map((b) => Bool.new(mode, b));
    assertEq(this.lc, packBits(bits).lc);
    return bits;
  }
  toLowerBitsLe(k: number): Bool[] {
    if (k > BITS)
      throw new CircuitHalt(`Attempted to extract ${k} bits from a ${BITS}-bit base field element`);
    const mode = witnessMode(this);
    const bits = bitsOf(this.value, k).map((b) => Bool.new(mode, b));
    assertEq(this.lc, packBits(bits).lc);
    return bits;
  }
  toUpperBitsBe(k: number): Bool[] {
    if (k > BITS)
      throw new CircuitHalt(`Attempted to extract ${k} bits from a ${BITS}-bit base field element`);
    const mode = witnessMode(this);
    const all = bitsOf(this.value, BITS).reverse();
    const bits = all.slice(0, k).map((b) => Bool.new(mode, b));
    let acc = ZERO;
    let coeff = 1n;
    for (let i = 0; i < BITS - k; i++) coeff = Fq.double(coeff);
    for (let i = bits.length - 1; i >= 0; i--) {
      acc = acc.add((bits[i] as Bool).lc.scale(coeff));
      coeff = Fq.double(coeff);
    }
    assertEq(this.lc, acc);
    return bits;
  }
  static fromBitsLe(bits: readonly Bool[]): Fld {
    if (bits.length > BITS) assertBitsAreZero(bits.slice(BITS));
    const head = bits.slice(0, BITS);
    if (bits.length > DATA_BITS) assertLessThanOrEqualConstant(head, MODULUS_MINUS_ONE_BITS);
    const out = packBits(head);
    while (head.length < BITS) head.push(Bool.constant(false));
    out.bits = head;
    return out;
  }
  static fromBitsBe(bits: readonly Bool[]): Fld {
    return Fld.fromBitsLe(bits.slice().reverse());
  }
  pow(exp: Fld): Fld {
    let out = Fld.one();
    const bits = exp.toBitsBe();
    if (exp.isConstant()) {
      for (const bit of bits) {
        out = out.square();
        if (bit.value) out = out.mul(this);
      }
    } else {
      for (const bit of bits) {
        out = out.square();
        out = Fld.ternary(bit, out.mul(this), out);
      }
    }
    return out;
  }
  /** div_unchecked's witness side as from_x_coordinate_flagged writes it: q witnessed, q · other = self. */
  divUncheckedWitness(o: Fld): Fld {
    const q = Fld.new(witnessMode(this, o), o.value === 0n ? 0n : Fq.div(this.value, o.value));
    enforce(q.lc, o.lc, this.lc);
    return q;
  }
  /** Field::square_roots_flagged_nondeterministic: (root, -root, error flag). */
  squareRootsFlagged(): [Fld, Fld, Bool] {
    const euler = this.pow(Fld.constant((Fq.p - 1n) >> 1n));
    const isNonzeroSquare = euler.isOne();
    const witness = Fq.sqrtSmaller(this.value) ?? 0n;
    const square = Fld.ternary(isNonzeroSquare, this, Fld.zero());
    const first = Fld.new(this.isConstant() ? 'constant' : 'private', witness);
    enforce(first.lc, first.lc, square.lc);
    const second = first.neg();
    const isNonzero = this.isZero().not();
    return [first, second, isNonzero.and(isNonzeroSquare.not())];
  }
  /** The square root no greater than (p - 1) / 2. */
  squareRoot(): Fld {
    const r = Fld.new(witnessMode(this), Fq.sqrtSmaller(this.value) ?? 0n);
    enforce(r.lc, r.lc, this.lc);
    const half = Fld.constant((Fq.p - 1n) >> 1n);
    enforce(r.isLessThanOrEqual(half).lc, ONE, ONE);
    return r;
  }
  isLessThan(o: Fld): Bool {
    if (this.isConstant() && o.isConstant()) return Bool.constant(this.value < o.value);
    if (this.isConstant()) {
      const mine = bitsOf(this.value, BITS);
      const theirs = o.toBitsLe();
      let lt = Bool.constant(false);
      for (let i = 0; i < BITS; i++) lt = mine[i] ? (theirs[i] as Bool).and(lt) : (theirs[i] as Bool).or(lt);
      return lt;
    }
    if (o.isConstant()) {
      const mine = this.toBitsLe();
      const theirs = bitsOf(o.value, BITS);
      let lt = Bool.constant(false);
      for (let i = 0; i < BITS; i++)
        lt = theirs[i] ? (mine[i] as Bool).not().or(lt) : (mine[i] as Bool).not().and(lt);
      return lt;
    }
    const mine = this.toBitsLe();
    const theirs = o.toBitsLe();
    let lt = Bool.constant(false);
    for (let i = 0; i < BITS; i++) {
      const a = mine[i] as Bool;
      const b = theirs[i] as Bool;
      lt = Bool.ternary(a.xor(b), b, lt);
    }
    return lt;
  }
  isGreaterThan(o: Fld): Bool {
    return o.isLessThan(this);
  }
  isLessThanOrEqual(o: Fld): Bool {
    return o.isGreaterThanOrEqual(this);
  }
  isGreaterThanOrEqual(o: Fld): Bool {
    return this.isLessThan(o).not();
  }
}

/** Σ bit_i · 2^i as a field (no constraint). */
export function packBits(bits: readonly Bool[]): Fld {
  const parts: [LC, bigint][] = [];
  let coeff = 1n;
  for (const b of bits) {
    parts.push([b.lc, coeff]);
    coeff = Fq.double(coeff);
  }
  return new Fld(LC.combine(parts));
}
