/**
 * Edwards BLS12-377 group gadgets (snarkVM circuit/types/group): points in affine (x, y);
 * injection checks subgroup membership through a witnessed quarter point; complete
 * twisted-Edwards addition (3 constraints against a constant, 6 otherwise) and doubling (5).
 */
import { EDWARDS_A, EDWARDS_D, fromX, mul as mulPoint } from '../crypto/curve.js';
import { Fq, Fs } from '../crypto/modular.js';
import type { AffinePoint } from '../values.js';
import { Bool, bitsOf } from './boolean.js';
import { enforce, type Mode, witnessMode } from './env.js';
import { Fld } from './field.js';

// snarkVM allocates `Field::constant(EDWARDS_A)` (and D) afresh in each operation below.
const a = () => Fld.constant(EDWARDS_A);
const d = () => Fld.constant(EDWARDS_D);
const COFACTOR_INV = Fs.inv(4n);

export class Grp {
  constructor(
    readonly x: Fld,
    readonly y: Fld,
  ) {}
  static new(mode: Mode, p: AffinePoint): Grp {
    const g = new Grp(Fld.new(mode, p.x), Fld.new(mode, p.y));
    g.enforceInGroup();
    return g;
  }
  static constant(p: AffinePoint): Grp {
    return Grp.new('constant', p);
  }
  /** A point snarkVM injects once per thread (generator powers, BHP and Pedersen bases): no allocation. */
  static fixed(p: AffinePoint): Grp {
    return new Grp(Fld.fixed(p.x), Fld.fixed(p.y));
  }
  static zero(): Grp {
    return new Grp(Fld.zero(), Fld.one());
  }
  get value(): AffinePoint {
    return { x: this.x.value, y: this.y.value };
  }
  isConstant(): boolean {
    return this.x.isConstant() && this.y.isConstant();
  }
  private isConstantZero(): boolean {
    return this.isConstant() && this.x.value === 0n && this.y.value === 1n;
  }
  enforceOnCurve(): void {
    const x2 = this.x.square();
    const y2 = this.y.square();
    const [A, D] = [a(), d()];
    enforce(y2.lc, D.mul(x2).sub(Fld.one()).lc, A.mul(x2).sub(Fld.one()).lc);
  }
  enforceInGroup(): void {
    const mode: Mode = this.isConstant() ? 'constant' : 'private';
    const q = mulPoint(this.value, COFACTOR_INV);
    const point = new Grp(Fld.new(mode, q.x), Fld.new(mode, q.y));
    point.enforceOnCurve();
    point.double().enforceDouble(this);
  }
  add(other: Grp): Grp {
    if (this.isConstantZero()) return other;
    if (other.isConstantZero()) return this;
    const [t, o] = other.isConstant() ? [this, other] : [other, this];
    const [A, D] = [a(), d()];
    const u1 = t.x.mul(A.neg()).add(t.y);
    const u2 = o.x.add(o.y);
    const u = u1.mul(u2);
    const v0 = t.x.mul(o.y);
    const v1 = o.x.mul(t.y);
    const v2 = v0.mul(v1).mul(D);
    const mode = witnessMode(u, v0, v1, v2);
    const x3 = Fld.new(mode, Fq.div(Fq.add(v0.value, v1.value), Fq.add(v2.value, 1n)));
    const y3 = Fld.new(
      mode,
      Fq.div(Fq.sub(Fq.add(u.value, Fq.mul(v0.value, EDWARDS_A)), v1.value), Fq.sub(1n, v2.value)),
    );
    enforce(x3.lc, v2.add(Fld.one()).lc, v0.add(v1).lc);
    enforce(y3.lc, Fld.one().sub(v2).lc, u.add(v0.mul(A)).sub(v1).lc);
    return new Grp(x3, y3);
  }
  neg(): Grp {
    return new Grp(this.x.neg(), this.y);
  }
  sub(other: Grp): Grp {
    return this.add(other.neg());
  }
  double(): Grp {
    if (this.isConstantZero()) return this;
    const A = a();
    const two = Fld.one().double();
    const xy = this.x.mul(this.y);
    const x2 = this.x.square();
    const y2 = this.y.square();
    const ax2 = x2.mul(A);
    const mode = witnessMode(two, xy, y2, ax2);
    const x3 = Fld.new(mode, Fq.div(Fq.double(xy.value), Fq.add(ax2.value, y2.value)));
    const y3 = Fld.new(mode, Fq.div(Fq.sub(y2.value, ax2.value), Fq.sub(Fq.sub(2n, ax2.value), y2.value)));
    const ax2PlusY2 = ax2.add(y2);
    enforce(x3.lc, ax2PlusY2.lc, xy.double().lc);
    enforce(y3.lc, two.sub(ax2PlusY2).lc, y2.sub(ax2).lc);
    return new Grp(x3, y3);
  }
  enforceDouble(double: Grp): void {
    const A = a();
    const two = Fld.one().double();
    const xy = this.x.mul(this.y);
    const x2 = this.x.square();
    const y2 = this.y.square();
    const ax2 = x2.mul(A);
    const ax2PlusY2 = ax2.add(y2);
    enforce(double.x.lc, ax2PlusY2.lc, xy.double().lc);
    enforce(double.y.lc, two.sub(ax2PlusY2).lc, y2.sub(ax2).lc);
  }
  /** Double-and-add over big-endian bits (Group *= &[Boolean]). */
  mulBitsBe(bits: readonly Bool[]): Grp {
    let out = Grp.zero();
    for (const bit of bits) {
      out = out.double();
      out = Grp.ternary(bit, this.add(out), out);
    }
    return out;
  }
  static ternary(cond: Bool, first: Grp, second: Grp): Grp {
    return new Grp(Fld.ternary(cond, first.x, second.x), Fld.ternary(cond, first.y, second.y));
  }
  isEqual(o: Grp): Bool {
    return this.x.isEqual(o.x).and(this.y.isEqual(o.y));
  }
  isNotEqual(o: Grp): Bool {
    return this.isEqual(o).not();
  }
  isZero(): Bool {
    return this.x.isEqual(Fld.zero()).and(this.y.isEqual(Fld.one()));
  }
  mulByCofactor(): Grp {
    return this.double().double();
  }
  /** Group::from_x_coordinate: y witnessed (zero when x is not on the curve), then the subgroup check. */
  static fromXCoordinate(x: Fld): Grp {
    const p = tryY(x.value);
    const y = Fld.new(witnessMode(x), p);
    const g = new Grp(x, y);
    g.enforceInGroup();
    return g;
  }
  /** Group::is_in_group: self · order == 0 over the order's big-endian constant bits. */
  isInGroup(): Bool {
    const bits = bitsOf(Fs.p, Fs.bits)
      .reverse()
      .map((b) => Bool.constant(b));
    return this.mulBitsBe(bits).isZero();
  }
}

function tryY(x: bigint): bigint {
  try {
    return fromX(x).y;
  } catch {
    return 0n;
  }
}
