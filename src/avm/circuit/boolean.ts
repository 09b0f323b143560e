/** Boolean gadgets (snarkVM circuit/types/boolean): one variable and one constraint per non-constant operation. */
import { assertEq, enforce, type LC, type Mode, newVariable, ONE, ONE_VAR, ZERO } from './env.js';
import { CircuitHalt } from './errors.js';

export class Bool {
  constructor(readonly lc: LC) {}
  static new(mode: Mode, value: boolean): Bool {
    const v = newVariable(mode, value ? 1n : 0n);
    enforce(ONE.sub(v), v, ZERO);
    return new Bool(v);
  }
  static constant(value: boolean): Bool {
    return value ? TRUE : FALSE;
  }
  /** A private variable already known to be 0 or 1 (Boolean::from_variable). */
  static fromVariable(value: boolean): Bool {
    return new Bool(newVariable('private', value ? 1n : 0n));
  }
  isConstant(): boolean {
    return this.lc.isConstant();
  }
  get value(): boolean {
    return this.lc.value === 1n;
  }
  not(): Bool {
    return new Bool(this.isConstant() ? ONE.sub(this.lc) : ONE_VAR.sub(this.lc));
  }
  and(o: Bool): Bool {
    if (this.isConstant()) return this.value ? o : this;
    if (o.isConstant()) return o.value ? this : o;
    const out = Bool.fromVariable(this.value && o.value);
    enforce(this.lc, o.lc, out.lc);
    return out;
  }
  or(o: Bool): Bool {
    if (this.isConstant()) return this.value ? this : o;
    if (o.isConstant()) return o.value ? o : this;
    const out = Bool.fromVariable(this.value || o.value);
    enforce(ONE.sub(this.lc), ONE.sub(o.lc), ONE.sub(out.lc));
    return out;
  }
  nand(o: Bool): Bool {
    if (this.isConstant()) return this.value ? o.not() : this.not();
    if (o.isConstant()) return o.value ? this.not() : o.not();
    const out = Bool.fromVariable(!(this.value && o.value));
    enforce(this.lc, o.lc, ONE.sub(out.lc));
    return out;
  }
  nor(o: Bool): Bool {
    if (this.isConstant()) return this.value ? this.not() : o.not();
    if (o.isConstant()) return o.value ? o.not() : this.not();
    const out = Bool.fromVariable(!this.value && !o.value);
    enforce(ONE.sub(this.lc), ONE.sub(o.lc), out.lc);
    return out;
  }
  xor(o: Bool): Bool {
    if (this.isConstant()) return this.value ? o.not() : o;
    if (o.isConstant()) return o.value ? this.not() : this;
    const out = Bool.fromVariable(this.value !== o.value);
    // (a + a) * b = a + b - c
    enforce(this.lc.add(this.lc), o.lc, this.lc.add(o.lc).sub(out.lc));
    return out;
  }
  isEqual(o: Bool): Bool {
    return this.isNotEqual(o).not();
  }
  isNotEqual(o: Bool): Bool {
    return this.xor(o);
  }
  static ternary(cond: Bool, first: Bool, second: Bool): Bool {
    if (cond.isConstant()) return cond.value ? first : second;
    if (first.isConstant()) return first.value ? cond.or(second) : cond.not().and(second);
    if (second.isConstant()) return second.value ? cond.not().or(first) : cond.and(first);
    const out = Bool.fromVariable(cond.value ? first.value : second.value);
    enforce(cond.lc, first.lc.sub(second.lc), out.lc.sub(second.lc));
    return out;
  }
}

const TRUE = new Bool(ONE);
const FALSE = new Bool(ZERO);

export function boolsNew(mode: Mode, values: readonly boolean[]): Bool[] {
  return values.map((v) => Bool.new(mode, v));
}

/** Boolean::assert_bits_are_zero: one constraint that the bits sum to zero. */
export function assertBitsAreZero(bits: readonly Bool[]): void {
  let sum = ZERO;
  for (const b of bits) sum = sum.add(b.lc);
  assertEq(sum, ZERO);
}

/** Boolean::is_less_than_or_equal_constant over little-endian bits of equal length. */
export function isLessThanOrEqualConstant(bits: readonly Bool[], constant: readonly boolean[]): Bool {
  if (bits.length !== constant.length)
    throw new CircuitHalt(`Mismatching length of bits (${bits.length} != ${constant.length})`);
  let restIsLess = Bool.constant(false);
  for (let i = 0; i < bits.length; i++) {
    const that = bits[i] as Bool;
    restIsLess = constant[i] ? that.and(restIsLess) : that.or(restIsLess);
  }
  return restIsLess.not();
}

export function assertLessThanOrEqualConstant(bits: readonly Bool[], constant: readonly boolean[]): void {
  const b = isLessThanOrEqualConstant(bits, constant);
  enforce(b.lc, ONE, ONE);
}

export function bitsOf(value: bigint, width: number): boolean[] {
  const out: boolean[] = [];
  for (let i = 0; i < width; i++) out.push(((value >> BigInt(i)) & 1n) === 1n);
  return out;
}
