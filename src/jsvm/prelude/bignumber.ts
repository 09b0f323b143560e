/**
 * In-sandbox `BigNumber`: the arbitrary-precision decimal class IOST contracts use (IOST
 * ships bignumber.js; this is polyvm's own implementation of the API subset contracts use,
 * on BigInt). Defaults as IOST's environment.js configures bignumber.js (`BigNumber.config(
 * {DECIMAL_PLACES: 50, POW_PRECISION: 50, ROUNDING_MODE: ROUND_DOWN})`): 50 decimal places and
 * rounding toward zero for division and for toFixed / dp / integerValue without a mode,
 * exponential notation from 1e21 and below 1e-6, integer division and modulo truncating
 * toward zero (modulo has the dividend's sign).
 *
 * A value is `c / 10^s` with BigInt `c` and scale `s >= 0`, kept normalized (no trailing
 * zero digits in `c` when `s > 0`); NaN is a flag. The state lives in a private WeakMap, so no
 * BigInt value ever reaches contract code. Gas follows IOST's `environment.js` (20 plus a
 * multiple of the operands' digits), plus polyvm's term for the quadratic work of
 * multiplying, dividing, scaling and printing long numbers: (digits x digits) / 256.
 */
export const BIGNUMBER_JS = String.raw`
// BigNumber.config's DECIMAL_PLACES and ROUNDING_MODE: IOST's (environment.js: 50, ROUND_DOWN)
// at the start of every frame (the runner saves and restores them around nested frames), kept
// by a contract's BigNumber.config for the rest of its call, as IOST's per-call sandbox keeps them.
const BIG_DP_DEFAULT = 50;
const BIG_RM_DEFAULT = 1;
let bigDP = BIG_DP_DEFAULT;
let bigRM = BIG_RM_DEFAULT;
const bigHasOwn = Object.hasOwn;
const BigNumber = (function () {
  const TEN = 10n;
  const ST = new PWeakMap();
  const bigCharge = (n) => { if (active) charge(n); };
  const mulWork = (x, y) => floor((x * y) / 256);
  const pow10 = (n) => TEN ** PBigInt(n);
  function digitsOf(c) {
    const a = c < 0n ? -c : c;
    if (a < 9007199254740992n) { const n = PNumberRaw(a); return n === 0 ? 1 : floor(log10(n)) + 1; }
    return ceil(a.toString(16).length * 1.2041199826559248);
  }
  function st(x) {
    const v = ST.get(x);
    if (v === undefined) throw new PTypeError('not a BigNumber');
    return v;
  }
  function norm(c, s, d) {
    if (s === 0 || c % TEN !== 0n) return [c, s];
    if (d > 40) {
      bigCharge(mulWork(d, d) >> 2);
      const str = c.toString();
      let t = 0;
      while (t < s && str[str.length - 1 - t] === '0') t++;
      return [c / pow10(t), s - t];
    }
    while (s > 0 && c % TEN === 0n) { c /= TEN; s--; }
    return [c, s];
  }
  function init(b, c, s, nan, neg0) {
    const d = digitsOf(c);
    const [nc, ns] = nan ? [c, s] : norm(c, s, d);
    ST.set(b, { c: nc, s: ns, nan, neg0, d: nan ? 1 : digitsOf(nc) });
    return b;
  }
  const make = (c, s) => init(objectCreate(BigNumber.prototype), c, s, false, false);
  const nan = () => init(objectCreate(BigNumber.prototype), 0n, 0, true, false);
  function parseDecimal(str) {
    bigCharge(scan(str.length));
    const m = regexExec(/^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i, str);
    if (!m || (m[2] === '' && (m[3] === undefined || m[3] === ''))) return null;
    const frac = m[3] || '';
    const digits = (m[2] || '0') + frac;
    bigCharge(mulWork(digits.length, digits.length) >> 2);
    let c = PBigInt(digits);
    let s = frac.length - (m[4] ? PNumberRaw(m[4]) : 0);
    if (s < 0) {
      const d = digits.length - s;
      bigCharge(build(d) + mulWork(d, d));
      c *= pow10(-s);
      s = 0;
    }
    if (m[1] === '-') c = -c;
    return [c, s];
  }
  function parseBase(str, base) {
    bigCharge(mulWork(str.length, str.length));
    let neg = false;
    let t = strToLower(str);
    if (t[0] === '-' || t[0] === '+') { neg = t[0] === '-'; t = strSlice(t, 1); }
    if (t === '') return null;
    let c = 0n;
    const B = PBigInt(base);
    for (const ch of t) {
      const d = parseIntRaw(ch, 36);
      if (!(d >= 0 && d < base)) return null;
      c = c * B + PBigInt(d);
    }
    return [neg ? -c : c, 0];
  }
  function BigNumber(n, base) {
    if (new.target === undefined) return new BigNumber(n, base);
    bigCharge(20);
    let parsed;
    let neg0 = false;
    if (ST.has(n)) {
      const v = st(n);
      ST.set(this, { c: v.c, s: v.s, nan: v.nan, neg0: v.neg0, d: v.d });
      return;
    }
    if (base !== undefined && base !== 10) {
      if (!(isIntegerRaw(base) && base >= 2 && base <= 36)) throw new PError('[BigNumber Error] Base out of range: ' + base);
      parsed = parseBase(toStr(n), base);
    } else if (typeof n === 'number') {
      parsed = isFiniteNum(n) ? parseDecimal(PString(n)) : null;
      neg0 = objectIs(n, -0);
    } else {
      // bignumber.js reads any other value through String() (an Int64 or Float64 included).
      parsed = n === null || n === undefined ? null : parseDecimal(strTrim(toStr(n)));
    }
    if (parsed === null) init(this, 0n, 0, true, false);
    else init(this, parsed[0], parsed[1], false, neg0);
  }
  const P = BigNumber.prototype;
  const arg = (x) => (ST.has(x) ? st(x) : st(new BigNumber(x)));
  /** Both coefficients at the larger scale; charges the scaling. */
  function align(a, b, base) {
    const s = a.s > b.s ? a.s : b.s;
    const k = s - (a.s < b.s ? a.s : b.s);
    const d = a.d > b.d ? a.d : b.d;
    bigCharge(20 + (a.d + b.d) * base + mulWork(d, k));
    return [a.c * pow10(s - a.s), b.c * pow10(s - b.s), s];
  }
  // bignumber.js's rounding modes: 0 UP, 1 DOWN, 2 CEIL, 3 FLOOR, 4 HALF_UP, 5 HALF_DOWN,
  // 6 HALF_EVEN, 7 HALF_CEIL, 8 HALF_FLOOR. The quotient num / den rounded to an integer.
  function roundQuot(num, den, mode) {
    let q = num / den;
    const r = num % den;
    if (r === 0n) return q;
    const neg = (num < 0n) !== (den < 0n);
    const r2 = (r < 0n ? -r : r) * 2n;
    const d = den < 0n ? -den : den;
    let up;
    if (mode === 0) up = true;
    else if (mode === 1) up = false;
    else if (mode === 2) up = !neg;
    else if (mode === 3) up = neg;
    else if (r2 !== d) up = r2 > d;
    else if (mode === 4) up = true;
    else if (mode === 5) up = false;
    else if (mode === 6) up = q % 2n !== 0n;
    else if (mode === 7) up = !neg;
    else up = neg;
    if (up) q += neg ? -1n : 1n;
    return q;
  }
  // Rounds c / 10^s to dp decimal places in the given mode.
  function roundTo(c, s, dp, mode) {
    if (s <= dp) return [c, s];
    bigCharge(mulWork(digitsOf(c), s - dp));
    return [roundQuot(c, pow10(s - dp), mode), dp];
  }
  function modeOf(rm) {
    if (rm === undefined) return bigRM;
    if (!isIntegerRaw(rm) || rm < 0 || rm > 8) throw new PError('[BigNumber Error] Argument out of range: ' + rm);
    return rm;
  }
  const self = (x) => st(x);
  P.plus = function (y) { const x = self(this); y = arg(y); if (x.nan || y.nan) return nan(); const [a, b, s] = align(x, y, 10); return make(a + b, s); };
  P.minus = function (y) { const x = self(this); y = arg(y); if (x.nan || y.nan) return nan(); const [a, b, s] = align(x, y, 10); return make(a - b, s); };
  P.times = P.multipliedBy = function (y) {
    const x = self(this); y = arg(y);
    if (x.nan || y.nan) return nan();
    bigCharge(20 + (x.d + y.d) * 4 + mulWork(x.d, y.d));
    return make(x.c * y.c, x.s + y.s);
  };
  P.div = P.dividedBy = function (y) {
    const x = self(this); y = arg(y);
    if (x.nan || y.nan || y.c === 0n) return nan();
    const [a, b] = align(x, y, 10);
    bigCharge(mulWork(digitsOf(a) + bigDP + 1, digitsOf(b)));
    return make(roundQuot(a * pow10(bigDP), b, bigRM), bigDP);
  };
  P.idiv = P.dividedToIntegerBy = function (y) {
    const x = self(this); y = arg(y);
    if (x.nan || y.nan || y.c === 0n) return nan();
    const [a, b] = align(x, y, 10);
    bigCharge(mulWork(digitsOf(a), digitsOf(b)));
    return make(a / b, 0);
  };
  P.mod = P.modulo = function (y) {
    const x = self(this); y = arg(y);
    if (x.nan || y.nan || y.c === 0n) return nan();
    const [a, b, s] = align(x, y, 10);
    bigCharge(mulWork(digitsOf(a), digitsOf(b)));
    return make(a % b, s);
  };
  P.pow = P.exponentiatedBy = function (n) {
    const x = self(this);
    const e = ST.has(n) ? PNumberRaw(P.toString.call(n)) : PNumberRaw(n);
    if (!isIntegerRaw(e) || (e < 0 ? -e : e) > 9007199254740991) throw new PError('[BigNumber Error] Argument not an integer: ' + n);
    const r = x.d * (e < 0 ? -e : e);
    bigCharge(20 + x.d * 10 + build(r) + mulWork(r, r));
    if (x.nan) return nan();
    if (e >= 0) return make(x.c ** PBigInt(e), x.s * e);
    return new BigNumber(1).div(make(x.c ** PBigInt(-e), x.s * -e));
  };
  P.abs = P.absoluteValue = function () { const x = self(this); bigCharge(20); if (x.nan) return nan(); return make(x.c < 0n ? -x.c : x.c, x.s); };
  P.negated = function () { const x = self(this); bigCharge(20); if (x.nan) return nan(); return make(-x.c, x.s); };
  function cmp(t, y) {
    const x = self(t); y = arg(y);
    if (x.nan || y.nan) return null;
    const [a, b] = align(x, y, 2);
    return a === b ? 0 : a > b ? 1 : -1;
  }
  P.comparedTo = function (y) { return cmp(this, y); };
  P.eq = P.isEqualTo = function (y) { return cmp(this, y) === 0; };
  P.gt = P.isGreaterThan = function (y) { return cmp(this, y) === 1; };
  P.gte = P.isGreaterThanOrEqualTo = function (y) { const c = cmp(this, y); return c === 1 || c === 0; };
  P.lt = P.isLessThan = function (y) { return cmp(this, y) === -1; };
  P.lte = P.isLessThanOrEqualTo = function (y) { const c = cmp(this, y); return c === -1 || c === 0; };
  const flag = (f) => function () { const x = self(this); bigCharge(20); return f(x); };
  P.isZero = flag((x) => !x.nan && x.c === 0n);
  P.isPositive = flag((x) => !x.nan && (x.c > 0n || (x.c === 0n && !x.neg0)));
  P.isNegative = flag((x) => !x.nan && (x.c < 0n || (x.c === 0n && x.neg0)));
  P.isInteger = flag((x) => !x.nan && x.s === 0);
  P.isNaN = flag((x) => x.nan);
  P.isFinite = flag((x) => !x.nan);
  P.decimalPlaces = P.dp = function (dp, rm) {
    const x = self(this);
    bigCharge(20 + x.d * 4);
    if (dp === undefined) return x.nan ? null : x.s;
    if (x.nan) return nan();
    const [c, s] = roundTo(x.c, x.s, dp, modeOf(rm));
    return make(c, s);
  };
  P.integerValue = function (rm) {
    const x = self(this);
    bigCharge(20 + x.d * 4);
    if (x.nan) return nan();
    const [c] = roundTo(x.c, x.s, 0, modeOf(rm));
    return make(c, 0);
  };
  P.shiftedBy = function (n) {
    const x = self(this);
    if (!isIntegerRaw(n)) throw new PError('[BigNumber Error] Argument not an integer: ' + n);
    bigCharge(20 + x.d * 4 + (n > x.s ? build(n - x.s) + mulWork(x.d, n - x.s) : 0));
    if (x.nan) return nan();
    return n >= 0 ? (n >= x.s ? make(x.c * pow10(n - x.s), 0) : make(x.c, x.s - n)) : make(x.c, x.s - n);
  };
  function digits(x) {
    bigCharge(build(x.d) + (x.d > 40 ? mulWork(x.d, x.d) >> 2 : 0));
    return (x.c < 0n ? -x.c : x.c).toString();
  }
  function plain(x, c, s) {
    const neg = c < 0n;
    let d = digits({ c, d: x.d });
    if (s > 0) {
      if (d.length <= s) { bigCharge(build(s)); d = strRepeat('0', s - d.length + 1) + d; }
      d = strSlice(d, 0, d.length - s) + '.' + strSlice(d, d.length - s);
    }
    return (neg ? '-' : '') + d;
  }
  P.toString = function (base) {
    const x = self(this);
    bigCharge(20);
    if (x.nan) return 'NaN';
    if (base !== undefined && base !== 10) {
      if (x.s !== 0) throw new PError('[BigNumber Error] toString with base needs an integer');
      bigCharge(build(4 * x.d) + mulWork(x.d, x.d));
      return x.c.toString(base);
    }
    if (x.c === 0n) return x.neg0 ? '-0' : '0';
    const d = digits(x);
    const e = d.length - 1 - x.s;
    if (e >= 21 || e <= -7) {
      let end = d.length;
      while (end > 1 && d[end - 1] === '0') end--;
      const m = strSlice(d, 0, end);
      return (x.c < 0n ? '-' : '') + m[0] + (m.length > 1 ? '.' + strSlice(m, 1) : '') + 'e' + (e < 0 ? '-' : '+') + (e < 0 ? -e : e);
    }
    return plain(x, x.c, x.s);
  };
  P.toFixed = function (dp, rm) {
    const x = self(this);
    bigCharge(20 + x.d * 4);
    if (x.nan) return 'NaN';
    if (dp === undefined) return plain(x, x.c, x.s);
    if (!isIntegerRaw(dp) || dp < 0 || dp > 1e9) throw new PError('[BigNumber Error] Argument out of range: ' + dp);
    bigCharge(build(dp));
    const [c, s] = roundTo(x.c, x.s, dp, modeOf(rm));
    const str = plain(x, c, s);
    return s < dp ? str + (s === 0 ? '.' : '') + strRepeat('0', dp - s) : str;
  };
  P.valueOf = P.toJSON = function () { return P.toString.call(this); };
  P.toNumber = function () { return PNumberRaw(P.toString.call(this)); };
  BigNumber.isBigNumber = (x) => ST.has(x);
  function extreme(xs, better) {
    let best;
    for (let i = 0; i < xs.length; i++) {
      const v = ST.has(xs[i]) ? xs[i] : new BigNumber(xs[i]);
      if (best === undefined || cmp(v, best) === better) best = v;
    }
    return best;
  }
  BigNumber.max = (...xs) => extreme(xs, 1);
  BigNumber.min = (...xs) => extreme(xs, -1);
  BigNumber.ROUND_UP = 0; BigNumber.ROUND_DOWN = 1; BigNumber.ROUND_CEIL = 2; BigNumber.ROUND_FLOOR = 3; BigNumber.ROUND_HALF_UP = 4;
  BigNumber.ROUND_HALF_DOWN = 5; BigNumber.ROUND_HALF_EVEN = 6; BigNumber.ROUND_HALF_CEIL = 7; BigNumber.ROUND_HALF_FLOOR = 8;
  // bignumber.js BigNumber.config / set: DECIMAL_PLACES (0 to 1e9) and ROUNDING_MODE (0 to 8),
  // checked as its intCheck does; returns the two settings.
  BigNumber.config = BigNumber.set = function (obj) {
    bigCharge(20);
    if (obj !== undefined && obj !== null) {
      if (typeof obj !== 'object') throw new PError('[BigNumber Error] Object expected: ' + obj);
      const check = (name, v, max) => {
        if (typeof v !== 'number') throw new PError('[BigNumber Error] ' + name + ' not a primitive number: ' + PString(v));
        if (v < 0 || v > max) throw new PError('[BigNumber Error] ' + name + ' out of range: ' + v);
        if (!isIntegerRaw(v)) throw new PError('[BigNumber Error] ' + name + ' not an integer: ' + v);
        return v;
      };
      if (bigHasOwn(obj, 'DECIMAL_PLACES')) bigDP = check('DECIMAL_PLACES', obj.DECIMAL_PLACES, 1e9);
      if (bigHasOwn(obj, 'ROUNDING_MODE')) bigRM = check('ROUNDING_MODE', obj.ROUNDING_MODE, 8);
    }
    return { DECIMAL_PLACES: bigDP, ROUNDING_MODE: bigRM };
  };
  return BigNumber;
})();
`;
