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
// DECIMAL_PLACES and ROUNDING_MODE: IOST's (environment.js: 50, ROUND_DOWN), which contracts
// cannot change there (environment.js leaves BigNumber without config). The runner still saves
// and restores them around frames.
const BIG_DP_DEFAULT = 50;
const BIG_RM_DEFAULT = 1;
let bigDP = BIG_DP_DEFAULT;
let bigRM = BIG_RM_DEFAULT;
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
  // bignumber.js has ±Infinity (x / 0, an overflowing pow, new BigNumber(Infinity)); polyvm's
  // BigNumber fails where it would make one
  const infinite = () => { throw new PError('[BigNumber Error] Infinity is not supported by polyvm'); };
  // bignumber.js keeps the sign of a zero: mk gives -0 for a zero c when negZero
  const zero = (neg) => init(objectCreate(BigNumber.prototype), 0n, 0, false, neg);
  const mk = (c, s, negZero) => (c === 0n ? zero(negZero) : make(c, s));
  const isNeg = (v) => v.c < 0n || (v.c === 0n && v.neg0);
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
    return [c, s, m[1] === '-'];
  }
  const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
  const NAN_STATE = { c: 0n, s: 0, nan: true, neg0: false };
  // A base-b numeral (digits of ALPHABET, at most one '.', not first) as a value: an integer
  // exactly, a fraction rounded to DECIMAL_PLACES in ROUNDING_MODE (bignumber.js convertBase);
  // null when a character is not a digit of the base.
  function baseValue(str, b, neg) {
    bigCharge(mulWork(str.length, str.length) + 2 * str.length);
    let c = 0n;
    let k = -1;
    const B = PBigInt(b);
    for (let i = 0; i < str.length; i++) {
      const ch = str[i];
      if (ch === '.' && k < 0 && i > 0) { k = 0; continue; }
      const d = strIndexOf(strSlice(ALPHABET, 0, b), ch);
      if (d < 0 || ch === '.') return null;
      c = c * B + PBigInt(d);
      if (k >= 0) k++;
    }
    if (k <= 0) return { c: neg ? -c : c, s: 0, nan: false, neg0: neg };
    const den = B ** PBigInt(k);
    bigCharge(mulWork(str.length + bigDP, str.length));
    const q = roundQuot((neg ? -c : c) * pow10(bigDP), den, bigRM);
    return { c: q, s: bigDP, nan: false, neg0: neg };
  }
  // bignumber.js parseNumeric: surrounding whitespace and a leading '+' dropped, a 0x / 0b / 0o
  // prefix read as its base (when no other base is given), '1.' and '.1' with a base; anything
  // else NaN
  function parseNumeric(str, isNum, b) {
    let t = str;
    if (!isNum) {
      const plus = regexExec(/^\s*\+(?=[\w.])/, t);
      t = plus ? strSlice(t, plus[0].length) : strSlice(t, (regexExec(/^\s*/, t) || [''])[0].length);
      const tail = regexExec(/\s+$/, t);
      if (tail) t = strSlice(t, 0, t.length - tail[0].length);
    }
    if (t === 'NaN' || t === '-NaN') return NAN_STATE;
    if (t === 'Infinity' || t === '-Infinity') return infinite();
    if (isNum) return NAN_STATE;
    let base;
    const m = regexExec(/^(-?)0([xbo])(?=\w[\w.]*$)/i, t);
    if (m) {
      const p2 = strToLower(m[2]);
      base = p2 === 'x' ? 16 : p2 === 'b' ? 2 : 8;
      if (b === undefined || b === base) t = m[1] + strSlice(t, m[0].length);
    }
    if (b !== undefined) {
      base = b;
      const after = regexExec(/^([^.]+)\.$/, t);
      if (after) t = after[1];
      const before = regexExec(/^\.([^.]+)$/, t);
      if (before) t = '0.' + before[1];
    }
    return t !== str ? parse(t, base) : NAN_STATE;
  }
  // bignumber.js's constructor, as a state (no gas of its own beyond the parsing)
  function parse(n, b) {
    if (b === undefined || b === null) {
      if (ST.has(n)) return st(n);
      if (typeof n === 'number') {
        if (n === Infinity || n === -Infinity) return infinite();
        if (!isFiniteNum(n)) return NAN_STATE;
        const p = parseDecimal(PString(n));
        return { c: p[0], s: p[1], nan: false, neg0: objectIs(n, -0) };
      }
      // any other value through String() (an Int64 or Float64 included); bignumber.js's
      // isNumeric: /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i, else parseNumeric
      const str = toStr(n);
      if (!regexExec(/^-?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i, str)) return parseNumeric(str, false, undefined);
      const p = parseDecimal(str);
      return { c: p[0], s: p[1], nan: false, neg0: p[2] === true };
    }
    intCheck(b, 2, 36, 'Base');
    const str = ST.has(n) ? text(st(n)) : toStr(n);
    if (b === 10) {
      const v = ST.has(n) ? st(n) : parse(str, undefined);
      if (v.nan) return v;
      const [c, s] = roundTo(v.c, v.s, bigDP, bigRM);
      return { c, s, nan: false, neg0: isNeg(v) };
    }
    const isNum = typeof n === 'number';
    if (isNum && !isFiniteNum(n)) return parseNumeric(str, true, b);
    const neg = isNum ? 1 / n < 0 : str[0] === '-';
    const digits = neg ? strSlice(str, 1) : str;
    const v = baseValue(digits, b, neg) ?? (digits === strToUpper(digits) ? baseValue(strToLower(digits), b, neg) : null);
    return v ?? parseNumeric(str, isNum, b);
  }
  function BigNumber(n, base) {
    if (new.target === undefined) return new BigNumber(n, base);
    bigCharge(20);
    const v = parse(n, base);
    init(this, v.c, v.s, v.nan, v.neg0 === true);
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
    if (rm === undefined || rm === null) return bigRM;
    intCheck(rm, 0, 8);
    return rm;
  }
  const self = (x) => st(x);
  P.plus = function (y) { const x = self(this); y = arg(y); if (x.nan || y.nan) return nan(); const [a, b, s] = align(x, y, 10); return mk(a + b, s, a === 0n && b === 0n && isNeg(x) && isNeg(y)); };
  P.minus = function (y) { const x = self(this); y = arg(y); if (x.nan || y.nan) return nan(); const [a, b, s] = align(x, y, 10); return mk(a - b, s, a === 0n && b === 0n && isNeg(x) && !isNeg(y)); };
  P.times = P.multipliedBy = function (y) {
    const x = self(this); y = arg(y);
    if (x.nan || y.nan) return nan();
    bigCharge(20 + (x.d + y.d) * 4 + mulWork(x.d, y.d));
    return mk(x.c * y.c, x.s + y.s, isNeg(x) !== isNeg(y));
  };
  P.div = P.dividedBy = function (y) {
    const x = self(this); y = arg(y);
    if (x.nan || y.nan || (y.c === 0n && x.c === 0n)) return nan();
    if (y.c === 0n) return infinite();
    const [a, b] = align(x, y, 10);
    bigCharge(mulWork(digitsOf(a) + bigDP + 1, digitsOf(b)));
    return mk(roundQuot(a * pow10(bigDP), b, bigRM), bigDP, isNeg(x) !== isNeg(y));
  };
  P.idiv = P.dividedToIntegerBy = function (y) {
    const x = self(this); y = arg(y);
    if (x.nan || y.nan || (y.c === 0n && x.c === 0n)) return nan();
    if (y.c === 0n) return infinite();
    const [a, b] = align(x, y, 10);
    bigCharge(mulWork(digitsOf(a), digitsOf(b)));
    return mk(a / b, 0, isNeg(x) !== isNeg(y));
  };
  P.mod = P.modulo = function (y) {
    const x = self(this); y = arg(y);
    if (x.nan || y.nan || y.c === 0n) return nan();
    const [a, b, s] = align(x, y, 10);
    bigCharge(mulWork(digitsOf(a), digitsOf(b)));
    return mk(a % b, s, isNeg(x));
  };
  // bignumber.js v7.2.1 pow (go-iost libjs/bignumber.js), with IOST's POW_PRECISION 50: a
  // value there is a sign, base-1e14 limbs and a decimal exponent e (of the leading digit); the
  // exact products of square-and-multiply keep 6 limbs (ceil(50 / 14 + 2)), i.e. the digits
  // of place 10^(14 * (floor(e / 14) - 5)) and above, truncated; the result is rounded to 50
  // significant digits in ROUNDING_MODE, after 1 / y (DECIMAL_PLACES) for a negative exponent.
  // Exponents beyond 1e7 (MAX_EXP) are Infinity there, below -1e7 (MIN_EXP) zero. Here a
  // working value is { neg, m, q } (m × 10^q, m >= 0n), or { neg, inf: true }.
  const POW_PRECISION = 50;
  const MAX_EXP = 10000000;
  const objOf = (v) => (v.nan ? nan() : init(objectCreate(BigNumber.prototype), v.c, v.s, false, v.neg0));
  const wOf = (v) => ({ neg: v.c < 0n || (v.c === 0n && v.neg0), m: v.c < 0n ? -v.c : v.c, q: -v.s });
  // exact (digitsOf estimates beyond 2^53)
  const digitCount = (m) => (m < 9007199254740992n ? digitsOf(m) : m.toString().length);
  const expOf = (w) => digitCount(w.m) - 1 + w.q;
  function wTimes(a, b, limbs) {
    if (a.inf || b.inf) return { neg: a.neg !== b.neg, inf: true };
    bigCharge(20 + mulWork(digitsOf(a.m), digitsOf(b.m)));
    let m = a.m * b.m;
    let q = a.q + b.q;
    const neg = a.neg !== b.neg;
    if (m === 0n) return { neg, m, q: 0 };
    const e = expOf({ m, q });
    if (e > MAX_EXP) return { neg, inf: true };
    if (e < -MAX_EXP) return { neg, m: 0n, q: 0 };
    if (limbs) {
      const cut = 14 * (floor(e / 14) - 5);
      if (q < cut) { m /= pow10(cut - q); q = cut; }
    }
    return { neg, m, q };
  }
  // The working value as a BigNumber (its digits built here are charged as the constructor's).
  function wMake(w) {
    if (w.inf) return infinite();
    if (w.m === 0n) return init(objectCreate(BigNumber.prototype), 0n, 0, false, w.neg);
    let c = w.m;
    let s = -w.q;
    if (s < 0) { const d = digitsOf(c) - s; bigCharge(build(d) + mulWork(d, d)); c *= pow10(-s); s = 0; }
    return make(w.neg ? -c : c, s);
  }
  // bignumber.js round(y, POW_PRECISION, ROUNDING_MODE): to 50 significant digits.
  function wRound(w) {
    if (w.inf || w.m === 0n) return w;
    const drop = digitCount(w.m) - POW_PRECISION;
    if (drop <= 0) return w;
    const m = roundQuot(w.neg ? -w.m : w.m, pow10(drop), bigRM);
    return { neg: w.neg, m: m < 0n ? -m : m, q: w.q + drop };
  }
  function infSign(n) {
    if (typeof n === 'number') return n === Infinity ? 1 : n === -Infinity ? -1 : 0;
    if (typeof n !== 'string') return 0;
    const t = strTrim(n);
    return t === 'Infinity' || t === '+Infinity' ? 1 : t === '-Infinity' ? -1 : 0;
  }
  P.pow = P.exponentiatedBy = function (n, mod) {
    let x = self(this);
    // environment.js: 20 + the length of this as text × that of the exponent's × 10
    const argLen = n === null || n === undefined ? 1 : (ST.has(n) ? text(st(n)) : PString(n)).length;
    bigCharge(20 + text(x).length * argLen * 10);
    const nInf = infSign(n);
    const nv = nInf !== 0 ? null : arg(n);
    if (nv && !nv.nan && nv.s !== 0) throw new PError('[BigNumber Error] Exponent not an integer: ' + text(nv));
    const m = mod === null || mod === undefined ? null : arg(mod);
    const nBig = nv !== null && !nv.nan && nv.c !== 0n && digitCount(nv.c < 0n ? -nv.c : nv.c) > 15;
    const nOdd = nv !== null && !nv.nan && (nv.c < 0n ? -nv.c : nv.c) % 2n === 1n;
    const xOne = !x.nan && x.s === 0 && (x.c === 1n || x.c === -1n);
    // x NaN, ±0 or ±1, or n NaN, ±Infinity or ±0: Math.pow of the doubles (the exponent 2 or 1
    // for an exponent of 16 digits or more, which keeps only its evenness)
    if (x.nan || x.c === 0n || xOne || nv === null || nv.nan || nv.c === 0n) {
      const xd = x.nan ? NaN : x.c === 0n ? (x.neg0 ? -0 : 0) : PNumberRaw(text(x));
      const nd = nInf !== 0 ? nInf * Infinity : nv.nan ? NaN : nBig ? (nOdd ? 1 : 2) : PNumberRaw(text(nv));
      const r = xd ** nd;
      const y = r !== r ? nan() : r === Infinity || r === -Infinity ? infinite() : new BigNumber(r);
      return m ? P.mod.call(y, objOf(m)) : y;
    }
    const nNeg = nv.c < 0n;
    let bits = nNeg ? -nv.c : nv.c;
    let limbs = false;
    let modExp = false;
    if (m) {
      if (m.nan || m.c === 0n) return nan();
      modExp = !nNeg && x.s === 0 && m.s === 0;
      if (modExp) x = st(P.mod.call(objOf(x), objOf(m)));
    } else if (digitCount(bits) > 10) {
      // |n| >= 1e10 and x away from 1: ±Infinity or ±0 at once
      const e = digitCount(x.c < 0n ? -x.c : x.c) - 1 - x.s;
      const f = ((x.c < 0n ? -x.c : x.c) * pow10(14)) / pow10(x.s);
      const far =
        e > 0 || e < -1 ||
        (e === 0 ? f >= 200000000000000n || (nBig && f % 100000000000000n >= 240000000n)
          : f < 80000000000000n || (nBig && f <= 99999750000000n));
      if (far) {
        const neg = x.c < 0n && nOdd;
        const big = e > -1;
        if (big !== nNeg) return infinite();
        return init(objectCreate(BigNumber.prototype), 0n, 0, false, neg);
      }
      limbs = true;
    } else limbs = true;
    const reduce = (w) => (modExp && !w.inf ? wOf(st(P.mod.call(wMake(w), objOf(m)))) : w);
    let xw = wOf(x);
    let y = { neg: false, m: 1n, q: 0 };
    for (;;) {
      if (bits % 2n === 1n) {
        y = reduce(wTimes(y, xw, limbs));
        if (y.inf) break;
      }
      bits /= 2n;
      if (bits === 0n) break;
      xw = reduce(wTimes(xw, xw, limbs));
    }
    if (modExp) return wMake(y);
    let out;
    if (nNeg) {
      if (y.inf) out = init(objectCreate(BigNumber.prototype), 0n, 0, false, y.neg);
      else if (y.m === 0n) return infinite();
      else {
        // 1 / y has about -e(y) integer digits: charged before dividing, as the constructor
        // charges a number of that many digits
        const d = -expOf(y) + 1;
        if (d > 0) bigCharge(build(d) + mulWork(d, d));
        out = new BigNumber(1).div(wMake(y));
      }
    } else out = y.inf ? infinite() : wMake(y);
    if (m) return P.mod.call(out, objOf(m));
    return limbs ? wMake(wRound(wOf(st(out)))) : out;
  };
  // floor(sqrt(n)) of a BigInt n >= 0 (Newton's method from above)
  function isqrt(n) {
    if (n < 2n) return n;
    let x = 1n << PBigInt((n.toString(2).length >> 1) + 1);
    for (;;) {
      const y = (x + n / x) >> 1n;
      if (y >= x) return x;
      x = y;
    }
  }
  // bignumber.js sqrt: NaN for NaN and negative numbers, a zero itself (-0 too), otherwise the
  // root to DECIMAL_PLACES in ROUNDING_MODE: IOST's 50 and ROUND_DOWN (contracts cannot change
  // them), i.e. floor(sqrt(x) × 10^50) / 10^50. Gas: environment.js's 20 + 4 × len(this), plus
  // polyvm's term for the digits worked on.
  P.sqrt = P.squareRoot = function () {
    const x = self(this);
    bigCharge(20 + text(x).length * 4);
    if (x.nan || x.c < 0n) return nan();
    if (x.c === 0n) return zero(x.neg0);
    const k = 2 * bigDP - x.s;
    const d = x.d + (k > 0 ? k : 0);
    bigCharge(build(d) + mulWork(d, d) * 2);
    const n = k >= 0 ? x.c * pow10(k) : x.c / pow10(-k);
    return make(isqrt(n), bigDP);
  };
  P.abs = P.absoluteValue = function () { const x = self(this); bigCharge(20); if (x.nan) return nan(); return make(x.c < 0n ? -x.c : x.c, x.s); };
  P.negated = function () { const x = self(this); bigCharge(20); if (x.nan) return nan(); return mk(-x.c, x.s, !isNeg(x)); };
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
    if (dp === undefined || dp === null) return x.nan ? null : x.s;
    intCheck(dp, 0, MAX);
    const mode = modeOf(rm);
    if (x.nan) return nan();
    const [c, s] = roundTo(x.c, x.s, dp, mode);
    return mk(c, s, isNeg(x));
  };
  P.integerValue = function (rm) {
    const x = self(this);
    bigCharge(20 + x.d * 4);
    const mode = modeOf(rm);
    if (x.nan) return nan();
    const [c] = roundTo(x.c, x.s, 0, mode);
    return mk(c, 0, isNeg(x));
  };
  P.shiftedBy = function (n) {
    const x = self(this);
    intCheck(n, -9007199254740991, 9007199254740991);
    bigCharge(20 + x.d * 4 + (n > x.s ? build(n - x.s) + mulWork(x.d, n - x.s) : 0));
    if (x.nan) return nan();
    if (x.c === 0n) return zero(x.neg0);
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
  // The text of x as toString gives it in base 10 (no gas: callers charge).
  function text(x) {
    if (x.nan) return 'NaN';
    if (x.c === 0n) return '0';
    const d = (x.c < 0n ? -x.c : x.c).toString();
    const e = d.length - 1 - x.s;
    if (e >= 21 || e <= -7) {
      let end = d.length;
      while (end > 1 && d[end - 1] === '0') end--;
      const m = strSlice(d, 0, end);
      return (x.c < 0n ? '-' : '') + m[0] + (m.length > 1 ? '.' + strSlice(m, 1) : '') + 'e' + (e < 0 ? '-' : '+') + (e < 0 ? -e : e);
    }
    return (x.c < 0n ? '-' : '') + plainDigits(d, x.s);
  }
  function plainDigits(d, s) {
    if (s <= 0) return d;
    if (d.length <= s) d = strRepeat('0', s - d.length + 1) + d;
    return strSlice(d, 0, d.length - s) + '.' + strSlice(d, d.length - s);
  }
  P.toString = function (base) {
    const x = self(this);
    bigCharge(20);
    if (x.nan) return 'NaN';
    if (base !== undefined && base !== null) {
      // bignumber.js convertBase: fixed point in that base (base 10 too), DECIMAL_PLACES digits
      // of fraction in ROUNDING_MODE (IOST's ROUND_DOWN: truncated), trailing zeros dropped;
      // the sign of a non-zero number even when nothing of it remains
      intCheck(base, 2, 36, 'Base');
      const a = x.c < 0n ? -x.c : x.c;
      bigCharge(build(4 * x.d + 2 * bigDP) + mulWork(x.d + bigDP, x.d + bigDP));
      let str;
      if (x.s === 0) str = a.toString(base);
      else {
        let t = ((a * PBigInt(base) ** PBigInt(bigDP)) / pow10(x.s)).toString(base);
        if (t.length <= bigDP) t = strRepeat('0', bigDP - t.length + 1) + t;
        let end = t.length;
        while (end > t.length - bigDP && t[end - 1] === '0') end--;
        const int = strSlice(t, 0, t.length - bigDP);
        str = end > t.length - bigDP ? int + '.' + strSlice(t, t.length - bigDP, end) : int;
      }
      return x.c < 0n ? '-' + str : str;
    }
    if (x.c === 0n) return '0';
    const e = x.d - 1 - x.s;
    bigCharge(build(x.d) + (x.d > 40 ? mulWork(x.d, x.d) >> 2 : 0) + (e < 21 && e > -7 && x.s >= x.d ? build(x.s) : 0));
    return text(x);
  };
  P.toFixed = function (dp, rm) {
    const x = self(this);
    bigCharge(20 + x.d * 4);
    // bignumber.js toFixed: dp checked, then format checks the mode (with or without dp)
    const none = dp === undefined || dp === null;
    if (!none) intCheck(dp, 0, MAX);
    const mode = modeOf(rm);
    if (x.nan) return 'NaN';
    if (none) return plain(x, x.c, x.s);
    bigCharge(build(dp));
    const [c, s] = roundTo(x.c, x.s, dp, mode);
    // bignumber.js format: a negative number rounded to zero keeps its sign (-0.25 to 0 places: -0)
    const str = (c === 0n && x.c < 0n ? '-' : '') + plain(x, c, s);
    return s < dp ? str + (s === 0 ? '.' : '') + strRepeat('0', dp - s) : str;
  };
  // bignumber.js toFormat with its default FORMAT (IOST sets none): toFixed, the integer digits
  // in groups of 3 separated by ',', '.' before the fraction
  P.toFormat = function (dp, rm) {
    const x = self(this);
    const str = P.toFixed.call(this, dp, rm);
    if (x.nan) return str;
    bigCharge(build(str.length));
    const dot = strIndexOf(str, '.');
    let intPart = dot < 0 ? str : strSlice(str, 0, dot);
    const frac = dot < 0 ? '' : strSlice(str, dot + 1);
    const neg = isNeg(x);
    const digits = neg ? strSlice(intPart, 1) : intPart;
    const len = digits.length;
    if (len > 0) {
      let i = len % 3 || 3;
      intPart = strSlice(digits, 0, i);
      for (; i < len; i += 3) intPart += ',' + strSlice(digits, i, i + 3);
      if (neg) intPart = '-' + intPart;
    }
    return frac ? intPart + '.' + frac : intPart;
  };
  // bignumber.js intCheck: the argument an integer within [min, max], with its messages
  function intCheck(n, min, max, name) {
    if (n < min || n > max || n !== (n < 0 ? ceil(n) : floor(n)))
      throw new PError('[BigNumber Error] ' + (name || 'Argument') + (typeof n === 'number' ? (n < min || n > max ? ' out of range: ' : ' not an integer: ') : ' not a primitive number: ') + PString(n));
  }
  const MAX = 1e9;
  // x's significant digits without trailing zeros and the exponent of the first (bignumber.js
  // coeffToString(n.c), n.e); a zero is '0', 0
  function coeff(x) {
    if (x.c === 0n) return ['0', 0];
    const d = (x.c < 0n ? -x.c : x.c).toString();
    let end = d.length;
    while (end > 1 && d[end - 1] === '0') end--;
    return [strSlice(d, 0, end), d.length - 1 - x.s];
  }
  // bignumber.js round(x, sd, rm): to sd significant digits, the sign kept
  function roundSd(x, sd, rm) {
    if (x.c === 0n) return zero(x.neg0);
    const drop = digitCount(x.c < 0n ? -x.c : x.c) - sd;
    if (drop <= 0) return objOf(x);
    const q = roundQuot(x.c, pow10(drop), rm);
    const s = x.s - drop;
    return s >= 0 ? mk(q, s, isNeg(x)) : mk(q * pow10(-s), 0, isNeg(x));
  }
  const expText = (str, e) => (str.length > 1 ? str[0] + '.' + strSlice(str, 1) : str) + (e < 0 ? 'e' : 'e+') + e;
  function fixedText(str, e) {
    if (e < 0) return '0.' + strRepeat('0', -e - 1) + str;
    if (e + 1 > str.length) return str + strRepeat('0', e + 1 - str.length);
    if (e + 1 < str.length) return strSlice(str, 0, e + 1) + '.' + strSlice(str, e + 1);
    return str;
  }
  // bignumber.js format(n, i, rm, id): id 1 toExponential, 2 toPrecision
  function format(x, i, rm, id) {
    rm = rm === null || rm === undefined ? bigRM : (intCheck(rm, 0, 8), rm);
    if (x.nan) return 'NaN';
    const c0 = x.c !== 0n;
    const [str0, ne] = coeff(x);
    let str;
    if (i === null || i === undefined) {
      str = id === 1 || (id === 2 && ne <= -7) ? expText(str0, ne) : fixedText(str0, ne);
    } else {
      bigCharge(build(i));
      const [r, e] = coeff(st(roundSd(x, i, rm)));
      str = r;
      if (id === 1 || (id === 2 && (i <= e || e <= -7))) {
        if (str.length < i) str += strRepeat('0', i - str.length);
        str = expText(str, e);
      } else {
        let k = i - ne;
        const len = str.length;
        str = fixedText(str, e);
        if (e + 1 > len) {
          if (--k > 0) str += '.' + strRepeat('0', k);
        } else {
          k += e - len;
          if (k > 0) str += (e + 1 === len ? '.' : '') + strRepeat('0', k);
        }
      }
    }
    return isNeg(x) && c0 ? '-' + str : str;
  }
  P.toExponential = function (dp, rm) {
    const x = self(this);
    bigCharge(20 + x.d * 4);
    if (dp !== null && dp !== undefined) intCheck(dp, 0, MAX);
    return format(x, dp === null || dp === undefined ? dp : dp + 1, rm, 1);
  };
  P.toPrecision = function (sd, rm) {
    const x = self(this);
    bigCharge(20 + x.d * 4);
    if (sd !== null && sd !== undefined) intCheck(sd, 1, MAX);
    return format(x, sd, rm, 2);
  };
  // bignumber.js precision / sd: with a number, rounded to that many significant digits;
  // otherwise the count of significant digits (with true, at least the integer part's)
  P.precision = P.sd = function (sd, rm) {
    const x = self(this);
    bigCharge(20 + x.d * 4);
    if (sd !== null && sd !== undefined && sd !== true && sd !== false) {
      intCheck(sd, 1, MAX);
      if (rm === null || rm === undefined) rm = bigRM;
      else intCheck(rm, 0, 8);
      return x.nan ? nan() : roundSd(x, sd, rm);
    }
    if (x.nan) return null;
    const [str, e] = coeff(x);
    return sd && e + 1 > str.length ? e + 1 : str.length;
  };
  // bignumber.js: toString prints a negative zero as 0, valueOf and toJSON as -0
  // bignumber.js v7.2.1 toFraction(md): the continued-fraction convergents of |x| = S / 10^e
  // (S its digits, e = digits - exponent - 1) while the denominator stays within md (default,
  // or an md above 10^e: 10^e, at least 1), then the semiconvergent at md; of the last
  // convergent and that one, the one nearer x (each divided to 2e places in ROUNDING_MODE;
  // a tie keeps the convergent); the numerator with x's sign; both as strings. NaN: 'NaN'.
  // An integer x (e <= 0) is x / 1. IOST leaves it unpriced (environment.js); polyvm charges
  // 20, and per step the quadratic work on the digits.
  P.toFraction = function (md) {
    const x = self(this);
    bigCharge(20);
    let m = null;
    if (md !== undefined && md !== null) {
      // bignumber.js: !n.isInteger() && (n.c || n.s !== 1) || n.lt(ONE), NaN not an integer
      const n = arg(md);
      const int = !n.nan && n.s === 0;
      if (!int || n.c < 1n)
        throw new PError('[BigNumber Error] Argument ' + (int ? 'out of range: ' : 'not an integer: ') + (ST.has(md) ? P.valueOf.call(md) : PString(md)));
      m = n.c;
    }
    if (x.nan) return 'NaN';
    const neg = isNeg(x);
    const a = x.c < 0n ? -x.c : x.c;
    const numText = (c) => P.toString.call(mk(neg ? -c : c, 0, neg));
    // an integer (e <= 0 there): the first convergent is x itself, md is 1
    if (x.s === 0) return [numText(a), '1'];
    const e = x.s;
    const ten = pow10(e);
    const lim = !md || m > ten ? ten : m;
    let n = a, d = ten, n0 = 0n, d0 = 1n, n1 = 1n, d1 = 0n;
    for (;;) {
      if (d === 0n) break;
      bigCharge(10 + mulWork(digitsOf(n), digitsOf(n)));
      const q = n / d;
      const d2 = d0 + q * d1;
      if (d2 > lim) break;
      d0 = d1; d1 = d2;
      const t = n1; n1 = n0 + q * t; n0 = t;
      const u = d; d = n - q * u; n = u;
    }
    const k = (lim - d0) / d1;
    n0 += k * n1; d0 += k * d1;
    const sc = pow10(2 * e);
    const xv = (neg ? -a : a) * ten;
    const near = (num, den) => { const v = roundQuot((neg ? -num : num) * sc, den, bigRM) - xv; return v < 0n ? -v : v; };
    bigCharge(mulWork(digitsOf(n1) + 2 * e, digitsOf(d1)) * 2);
    return near(n1, d1) <= near(n0, d0) ? [numText(n1), P.toString.call(make(d1, 0))] : [numText(n0), P.toString.call(make(d0, 0))];
  };
  P.valueOf = P.toJSON = function () { const t = P.toString.call(this); return t === '0' && isNeg(self(this)) ? '-0' : t; };
  P.toNumber = function () { return PNumberRaw(P.valueOf.call(this)); };
  BigNumber.isBigNumber = (x) => ST.has(x);
  // bignumber.js maxOrMin: the arguments or an array as the first, each read as a BigNumber;
  // a NaN among them is the result, ties keep the first (none: NaN)
  function extreme(args, better) {
    const xs = args.length > 0 && isArray(args[0]) ? args[0] : args;
    let m = new BigNumber(xs[0]);
    for (let i = 1; i < xs.length; i++) {
      const n = new BigNumber(xs[i]);
      if (st(n).nan) return n;
      if (cmp(n, m) === better) m = n;
    }
    return m;
  }
  BigNumber.max = (...xs) => extreme(xs, 1);
  BigNumber.min = (...xs) => extreme(xs, -1);
  // environment.js ends with 'BigNumber = OrigBigNumber.prototype.constructor' and copies only
  // isBigNumber, max / maximum and min / minimum: contracts see no config / set, no ROUND_*
  // constants, no clone or random (test/jsvm/bignumber-statics.test.ts).
  BigNumber.maximum = BigNumber.max;
  BigNumber.minimum = BigNumber.min;
  return BigNumber;
})();
`;
