/**
 * In-sandbox `BigNumber`: the arbitrary-precision decimal class IOST contracts use (IOST
 * ships bignumber.js; this is polyvm's own implementation of the API subset contracts use,
 * on BigInt). Defaults as bignumber.js: DECIMAL_PLACES 20 and ROUND_HALF_UP for division,
 * exponential notation from 1e21 and below 1e-6, integer division and modulo truncating
 * toward zero (modulo has the dividend's sign).
 *
 * A value is `c / 10^s` with BigInt `c` and scale `s >= 0`, kept normalized (no trailing
 * zero digits in `c` when `s > 0`); NaN is a flag.
 */
export const BIGNUMBER_JS = String.raw`
const BigNumber = (function () {
  const DP = 20;
  const TEN = 10n;
  const pow10 = (n) => TEN ** BigInt(n);
  function norm(c, s) {
    while (s > 0 && c % TEN === 0n) { c /= TEN; s--; }
    return [c, s];
  }
  function make(c, s) {
    const b = Object.create(BigNumber.prototype);
    const [nc, ns] = norm(c, s);
    b._c = nc; b._s = ns; b._nan = false; b._neg0 = false;
    return b;
  }
  function nan() {
    const b = Object.create(BigNumber.prototype);
    b._c = 0n; b._s = 0; b._nan = true; b._neg0 = false;
    return b;
  }
  function parseDecimal(str) {
    const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(str);
    if (!m || (m[2] === '' && (m[3] === undefined || m[3] === ''))) return null;
    const frac = m[3] || '';
    let c = BigInt((m[2] || '0') + frac);
    let s = frac.length - (m[4] ? Number(m[4]) : 0);
    if (s < 0) { c *= pow10(-s); s = 0; }
    if (m[1] === '-') c = -c;
    return [c, s];
  }
  function parseBase(str, base) {
    let neg = false;
    let t = str.toLowerCase();
    if (t[0] === '-' || t[0] === '+') { neg = t[0] === '-'; t = t.slice(1); }
    if (t === '') return null;
    let c = 0n;
    const B = BigInt(base);
    for (const ch of t) {
      const d = parseInt(ch, 36);
      if (!(d >= 0 && d < base)) return null;
      c = c * B + BigInt(d);
    }
    return [neg ? -c : c, 0];
  }
  function BigNumber(n, base) {
    if (!(this instanceof BigNumber)) return new BigNumber(n, base);
    let parsed;
    if (n instanceof BigNumber) {
      this._c = n._c; this._s = n._s; this._nan = n._nan; this._neg0 = n._neg0;
      return;
    }
    if (base !== undefined && base !== 10) {
      if (!(Number.isInteger(base) && base >= 2 && base <= 36)) throw new Error('[BigNumber Error] Base out of range: ' + base);
      parsed = parseBase(String(n), base);
    } else if (typeof n === 'number') {
      parsed = Number.isFinite(n) ? parseDecimal(String(n)) : null;
      this._neg0 = Object.is(n, -0);
    } else if (typeof n === 'bigint') {
      parsed = [n, 0];
    } else {
      // bignumber.js reads any other value through String() (an Int64 or Float64 included).
      parsed = n === null || n === undefined ? null : parseDecimal(String(n).trim());
    }
    if (parsed === null) { this._c = 0n; this._s = 0; this._nan = true; this._neg0 = false; return; }
    const [c, s] = norm(parsed[0], parsed[1]);
    this._c = c; this._s = s; this._nan = false;
    if (this._neg0 === undefined) this._neg0 = false;
  }
  const P = BigNumber.prototype;
  const arg = (x) => (x instanceof BigNumber ? x : new BigNumber(x));
  function align(a, b) {
    const s = Math.max(a._s, b._s);
    return [a._c * pow10(s - a._s), b._c * pow10(s - b._s), s];
  }
  // Rounds c / 10^s to dp decimal places, ROUND_HALF_UP (away from zero at .5).
  function roundTo(c, s, dp, mode) {
    if (s <= dp) return [c, s];
    const d = pow10(s - dp);
    let q = c / d;
    const r = c % d;
    const absR2 = (r < 0n ? -r : r) * 2n;
    if (mode === 'down') return [q, dp];
    if (mode === 'floor') { if (r < 0n) q -= 1n; return [q, dp]; }
    if (mode === 'ceil') { if (r > 0n) q += 1n; return [q, dp]; }
    if (absR2 >= d) q += c < 0n ? -1n : 1n;
    return [q, dp];
  }
  P.plus = function (y) { y = arg(y); if (this._nan || y._nan) return nan(); const [a, b, s] = align(this, y); return make(a + b, s); };
  P.minus = function (y) { y = arg(y); if (this._nan || y._nan) return nan(); const [a, b, s] = align(this, y); return make(a - b, s); };
  P.times = P.multipliedBy = function (y) { y = arg(y); if (this._nan || y._nan) return nan(); return make(this._c * y._c, this._s + y._s); };
  P.div = P.dividedBy = function (y) {
    y = arg(y);
    if (this._nan || y._nan || y._c === 0n) return nan();
    const [a, b] = align(this, y);
    const num = a * pow10(DP + 1);
    const [c, s] = roundTo(num / b, DP + 1, DP);
    return make(c, s);
  };
  P.idiv = P.dividedToIntegerBy = function (y) {
    y = arg(y);
    if (this._nan || y._nan || y._c === 0n) return nan();
    const [a, b] = align(this, y);
    return make(a / b, 0);
  };
  P.mod = P.modulo = function (y) {
    y = arg(y);
    if (this._nan || y._nan || y._c === 0n) return nan();
    const [a, b, s] = align(this, y);
    return make(a % b, s);
  };
  P.pow = P.exponentiatedBy = function (n) {
    const e = n instanceof BigNumber ? Number(n.toString()) : Number(n);
    if (!Number.isInteger(e) || Math.abs(e) > 9007199254740991) throw new Error('[BigNumber Error] Argument not an integer: ' + n);
    if (this._nan) return nan();
    if (e >= 0) return make(this._c ** BigInt(e), this._s * e);
    return new BigNumber(1).div(make(this._c ** BigInt(-e), this._s * -e));
  };
  P.abs = P.absoluteValue = function () { if (this._nan) return nan(); return make(this._c < 0n ? -this._c : this._c, this._s); };
  P.negated = function () { if (this._nan) return nan(); return make(-this._c, this._s); };
  P.comparedTo = function (y) {
    y = arg(y);
    if (this._nan || y._nan) return null;
    const [a, b] = align(this, y);
    return a === b ? 0 : a > b ? 1 : -1;
  };
  P.eq = P.isEqualTo = function (y) { return this.comparedTo(y) === 0; };
  P.gt = P.isGreaterThan = function (y) { return this.comparedTo(y) === 1; };
  P.gte = P.isGreaterThanOrEqualTo = function (y) { const c = this.comparedTo(y); return c === 1 || c === 0; };
  P.lt = P.isLessThan = function (y) { return this.comparedTo(y) === -1; };
  P.lte = P.isLessThanOrEqualTo = function (y) { const c = this.comparedTo(y); return c === -1 || c === 0; };
  P.isZero = function () { return !this._nan && this._c === 0n; };
  P.isPositive = function () { return !this._nan && (this._c > 0n || (this._c === 0n && !this._neg0)); };
  P.isNegative = function () { return !this._nan && (this._c < 0n || (this._c === 0n && this._neg0)); };
  P.isInteger = function () { return !this._nan && this._s === 0; };
  P.isNaN = function () { return this._nan; };
  P.isFinite = function () { return !this._nan; };
  P.decimalPlaces = P.dp = function (dp, rm) {
    if (dp === undefined) return this._nan ? null : this._s;
    if (this._nan) return nan();
    const [c, s] = roundTo(this._c, this._s, dp, rm === 1 ? 'down' : 'halfup');
    return make(c, s);
  };
  P.integerValue = function (rm) {
    if (this._nan) return nan();
    const mode = rm === 1 ? 'down' : rm === 2 ? 'ceil' : rm === 3 ? 'floor' : 'halfup';
    const [c] = roundTo(this._c, this._s, 0, mode);
    return make(c, 0);
  };
  P.shiftedBy = function (n) {
    if (!Number.isInteger(n)) throw new Error('[BigNumber Error] Argument not an integer: ' + n);
    if (this._nan) return nan();
    return n >= 0 ? (n >= this._s ? make(this._c * pow10(n - this._s), 0) : make(this._c, this._s - n)) : make(this._c, this._s - n);
  };
  function digits(c) { return (c < 0n ? -c : c).toString(); }
  function plain(c, s) {
    const neg = c < 0n;
    let d = digits(c);
    if (s > 0) {
      if (d.length <= s) d = '0'.repeat(s - d.length + 1) + d;
      d = d.slice(0, d.length - s) + '.' + d.slice(d.length - s);
    }
    return (neg ? '-' : '') + d;
  }
  P.toString = function (base) {
    if (this._nan) return 'NaN';
    if (base !== undefined && base !== 10) {
      if (this._s !== 0) throw new Error('[BigNumber Error] toString with base needs an integer');
      return this._c.toString(base);
    }
    if (this._c === 0n) return this._neg0 ? '-0' : '0';
    const d = digits(this._c);
    const e = d.length - 1 - this._s;
    if (e >= 21 || e <= -7) {
      const m = d.replace(/0+$/, '');
      return (this._c < 0n ? '-' : '') + m[0] + (m.length > 1 ? '.' + m.slice(1) : '') + 'e' + (e < 0 ? '-' : '+') + Math.abs(e);
    }
    return plain(this._c, this._s);
  };
  P.toFixed = function (dp, rm) {
    if (this._nan) return 'NaN';
    if (dp === undefined) return plain(this._c, this._s);
    if (!Number.isInteger(dp) || dp < 0 || dp > 1e9) throw new Error('[BigNumber Error] Argument out of range: ' + dp);
    const [c, s] = roundTo(this._c, this._s, dp, rm === 1 ? 'down' : 'halfup');
    const str = plain(c, s);
    const have = s;
    return have < dp ? str + (have === 0 ? '.' : '') + '0'.repeat(dp - have) : str;
  };
  P.valueOf = P.toJSON = function () { return this.toString(); };
  P.toNumber = function () { return Number(this.toString()); };
  BigNumber.isBigNumber = (x) => x instanceof BigNumber;
  BigNumber.max = (...xs) => xs.map(arg).reduce((a, b) => (b.gt(a) ? b : a));
  BigNumber.min = (...xs) => xs.map(arg).reduce((a, b) => (b.lt(a) ? b : a));
  BigNumber.ROUND_UP = 0; BigNumber.ROUND_DOWN = 1; BigNumber.ROUND_CEIL = 2; BigNumber.ROUND_FLOOR = 3; BigNumber.ROUND_HALF_UP = 4;
  return BigNumber;
})();
`;
