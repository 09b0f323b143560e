/**
 * In-sandbox `Int64` and `Float64`, IOST's bounded numeric classes over BigNumber (go-iost
 * `vm/v8vm/v8/libjs/int64.js`, `float64.js`): values checked against the int64 range after
 * every operation ("Int64: N overflow int64"), Int64 division truncating, arguments converted
 * with the receiver's class.
 */
export const NUMERIC_JS = `
const MAX_I64 = new BigNumber('9223372036854775807');
const MIN_I64 = new BigNumber('-9223372036854775808');
function boundedClass(label, integer) {
  class Bounded {
    constructor(n, base) {
      this.number = new BigNumber(n, base);
      this._validate();
    }
    _validate() {
      if (integer && !this.number.isInteger()) throw new Error(label + ': ' + this.number + ' is not an integer');
      if (this.number.gt(MAX_I64)) throw new Error(label + ': ' + this.number + ' overflow ' + label.toLowerCase());
      if (this.number.lt(MIN_I64)) throw new Error(label + ': ' + this.number + ' underflow ' + label.toLowerCase());
    }
    _checkArgument(arg) {
      if (arg === undefined || arg === null) throw new Error(label + ' argument: ' + arg + ' is empty');
      if (!(arg instanceof Bounded) || arg.constructor !== this.constructor) arg = new this.constructor(arg);
      arg._validate();
      return arg;
    }
    plus(n) { return new this.constructor(this.number.plus(this._checkArgument(n).number)); }
    minus(n) { return new this.constructor(this.number.minus(this._checkArgument(n).number)); }
    multi(n) { return new this.constructor(this.number.times(this._checkArgument(n).number)); }
    div(n) {
      const d = this._checkArgument(n).number;
      return new this.constructor(integer ? this.number.idiv(d) : this.number.div(d));
    }
    mod(n) { return new this.constructor(this.number.mod(this._checkArgument(n).number)); }
    pow(n) { return new this.constructor(this.number.pow(this._checkArgument(n).number)); }
    eq(n) { return this.number.eq(this._checkArgument(n).number); }
    gt(n) { return this.number.gt(this._checkArgument(n).number); }
    gte(n) { return this.number.gte(this._checkArgument(n).number); }
    lt(n) { return this.number.lt(this._checkArgument(n).number); }
    lte(n) { return this.number.lte(this._checkArgument(n).number); }
    negated() { return new this.constructor(this.number.negated()); }
    isZero() { return this.number.isZero(); }
    isPositive() { return this.number.isPositive(); }
    isNegative() { return this.number.isNegative(); }
    toString() { return this.number.toString(); }
    toFixed(n) { return this.number.toFixed(n); }
    toJSON() { return this.number.toJSON(); }
  }
  if (integer) Bounded.prototype.shift = function (n) { return new this.constructor(this.number.shiftedBy(n)); };
  return Bounded;
}
const Int64 = boundedClass('Int64', true);
const Float64 = boundedClass('Float64', false);
`;
