/**
 * Runs inside the sandbox. `Int64` and `Float64`, IOST's bounded numeric classes over
 * BigNumber (go-iost `vm/v8vm/v8/libjs/int64.js`, `float64.js`): values checked against the
 * int64 range after every operation ("Int64: N overflow int64"), Int64 division truncating,
 * arguments converted with the receiver's class.
 */

/** The prelude's BigNumber (prelude/bignumber.ts), a binding of the closure this bundle runs in. */
interface BN {
  isInteger(): boolean;
  gt(n: BN): boolean;
  gte(n: BN): boolean;
  lt(n: BN): boolean;
  lte(n: BN): boolean;
  eq(n: BN): boolean;
  plus(n: BN): BN;
  minus(n: BN): BN;
  times(n: BN): BN;
  div(n: BN): BN;
  idiv(n: BN): BN;
  mod(n: BN): BN;
  pow(n: BN): BN;
  negated(): BN;
  shiftedBy(n: unknown): BN;
  isZero(): boolean;
  isPositive(): boolean;
  isNegative(): boolean;
  toFixed(n: unknown): string;
  toJSON(): string;
}
declare const BigNumber: new (n: unknown, base?: unknown) => BN;

export interface BoundedValue {
  number: BN;
  shift?(n: unknown): BoundedValue;
}
type BoundedClass = new (n: unknown, base?: unknown) => BoundedValue;

const MAX_I64 = new BigNumber('9223372036854775807');
const MIN_I64 = new BigNumber('-9223372036854775808');

function boundedClass(label: string, integer: boolean): BoundedClass {
  class Bounded {
    declare number: BN;
    constructor(n: unknown, base?: unknown) {
      this.number = new BigNumber(n, base);
      this._validate();
    }
    _validate(): void {
      // Concatenation, not templates: the messages convert the number as IOST's `+` does.
      // biome-ignore-start lint/style/useTemplate: `+` converts with valueOf first, a template with toString.
      if (integer && !this.number.isInteger())
        throw new Error(label + ': ' + this.number + ' is not an integer');
      if (this.number.gt(MAX_I64))
        throw new Error(label + ': ' + this.number + ' overflow ' + label.toLowerCase());
      if (this.number.lt(MIN_I64))
        throw new Error(label + ': ' + this.number + ' underflow ' + label.toLowerCase());
      // biome-ignore-end lint/style/useTemplate: as above
    }
    _checkArgument(arg: unknown): Bounded {
      // biome-ignore lint/style/useTemplate: as in _validate
      if (arg === undefined || arg === null) throw new Error(label + ' argument: ' + arg + ' is empty');
      const C = this.constructor as BoundedClass;
      const b =
        !(arg instanceof Bounded) || arg.constructor !== this.constructor ? (new C(arg) as Bounded) : arg;
      b._validate();
      return b;
    }
    plus(n: unknown) {
      return new (this.constructor as BoundedClass)(this.number.plus(this._checkArgument(n).number));
    }
    minus(n: unknown) {
      return new (this.constructor as BoundedClass)(this.number.minus(this._checkArgument(n).number));
    }
    multi(n: unknown) {
      return new (this.constructor as BoundedClass)(this.number.times(this._checkArgument(n).number));
    }
    div(n: unknown) {
      const d = this._checkArgument(n).number;
      return new (this.constructor as BoundedClass)(integer ? this.number.idiv(d) : this.number.div(d));
    }
    mod(n: unknown) {
      return new (this.constructor as BoundedClass)(this.number.mod(this._checkArgument(n).number));
    }
    pow(n: unknown) {
      return new (this.constructor as BoundedClass)(this.number.pow(this._checkArgument(n).number));
    }
    eq(n: unknown) {
      return this.number.eq(this._checkArgument(n).number);
    }
    gt(n: unknown) {
      return this.number.gt(this._checkArgument(n).number);
    }
    gte(n: unknown) {
      return this.number.gte(this._checkArgument(n).number);
    }
    lt(n: unknown) {
      return this.number.lt(this._checkArgument(n).number);
    }
    lte(n: unknown) {
      return this.number.lte(this._checkArgument(n).number);
    }
    negated() {
      return new (this.constructor as BoundedClass)(this.number.negated());
    }
    isZero() {
      return this.number.isZero();
    }
    isPositive() {
      return this.number.isPositive();
    }
    isNegative() {
      return this.number.isNegative();
    }
    toString() {
      return this.number.toString();
    }
    toFixed(n: unknown) {
      return this.number.toFixed(n);
    }
    toJSON() {
      return this.number.toJSON();
    }
  }
  if (integer)
    (Bounded.prototype as unknown as BoundedValue).shift = function (
      this: BoundedValue & { constructor: BoundedClass },
      n: unknown,
    ) {
      return new this.constructor(this.number.shiftedBy(n));
    };
  return Bounded;
}

export const Int64 = boundedClass('Int64', true);
export const Float64 = boundedClass('Float64', false);
