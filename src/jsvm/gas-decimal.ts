/**
 * go-iost `common/decimal.go`: a value and a scale (value / 10^scale), with its rounding:
 * Mul drops trailing zeros of both operands first, Rescale truncates toward zero, MulFloat
 * rounds the product in float64, Add and comparisons rescale to the larger scale. Values are
 * bigint here (go-iost's int64 overflow checks are not reproduced: gas and pledges stay far
 * below 2^63 in every case go-iost's tests reach).
 */
import { TxFailure } from './errors.js';

export interface Decimal {
  v: bigint;
  s: number;
}

export const dec = (v: bigint, s: number): Decimal => ({ v, s });
/** NewDecimalFromIntWithScale. */
export const decInt = (v: number, s: number): Decimal => rescale(dec(BigInt(v), 0), s);

export function rescale(d: Decimal, target: number): Decimal {
  let { v, s } = d;
  while (target > s) {
    s++;
    v *= 10n;
  }
  while (target < s) {
    s--;
    v /= 10n;
  }
  return { v, s };
}

export function shrink(d: Decimal): Decimal {
  let { v, s } = d;
  while (v % 10n === 0n && s > 0) {
    v /= 10n;
    s--;
  }
  return { v, s };
}

const pair = (a: Decimal, b: Decimal): [bigint, bigint, number] =>
  a.s < b.s ? [rescale(a, b.s).v, b.v, b.s] : [a.v, rescale(b, a.s).v, a.s];

export function add(a: Decimal, b: Decimal): Decimal {
  const [x, y, s] = pair(a, b);
  return { v: x + y, s };
}
export const neg = (d: Decimal): Decimal => ({ v: -d.v, s: d.s });
export const sub = (a: Decimal, b: Decimal): Decimal => add(a, neg(b));
export function mul(a: Decimal, b: Decimal): Decimal {
  const x = shrink(a);
  const y = shrink(b);
  return { v: x.v * y.v, s: x.s + y.s };
}
export const mulInt = (d: Decimal, i: number): Decimal => ({ v: d.v * BigInt(i), s: d.s });
/** MulFloat: int64(math.Round(float64(value) * f)). */
export function mulFloat(d: Decimal, f: number): Decimal {
  const p = Number(d.v) * f;
  return { v: BigInt(p < 0 ? -Math.round(-p) : Math.round(p)), s: d.s };
}
export const divInt = (d: Decimal, i: number): Decimal => ({ v: d.v / BigInt(i), s: d.s });
export function lessThan(a: Decimal, b: Decimal): boolean {
  const [x, y] = pair(a, b);
  return x < y;
}
export function equals(a: Decimal, b: Decimal): boolean {
  const [x, y] = pair(a, b);
  return x === y;
}

/** String(): digits with the scale's point, trailing zeros (and a bare point) removed. */
export function decString(d: Decimal): string {
  if (d.v < 0n) return `-${decString(neg(d))}`;
  let t = d.v.toString().padStart(d.s + 1, '0');
  if (d.s === 0) return t;
  t = `${t.slice(0, t.length - d.s)}.${t.slice(t.length - d.s)}`;
  return t.replace(/0+$/, '').replace(/\.$/, '');
}

/** NewDecimalFromString(amount, scale): digits and one point, extra decimals dropped; else `invalid amount X`. */
export function parseDecimal(amount: string, scale: number): Decimal {
  const bad = () => new TxFailure(`invalid amount ${amount}`);
  if (amount.length === 0 || amount[0] === '.') throw bad();
  if (amount[0] === '-') return neg(parseDecimal(amount.slice(1), scale));
  let v = 0n;
  let s = 0;
  let point = false;
  for (const ch of amount) {
    if (ch >= '0' && ch <= '9') {
      v = v * 10n + BigInt(ch.charCodeAt(0) - 48);
      if (point) {
        s++;
        if (s >= scale) break;
      }
    } else if (ch === '.' && !point) point = true;
    else throw bad();
  }
  return rescale({ v, s }, scale);
}

/** Stored as `value/scale`. */
export const decText = (d: Decimal): string => `${d.v}/${d.s}`;
export function decFromText(t: string): Decimal {
  const [v, s] = t.split('/');
  return { v: BigInt(v!), s: Number(s) };
}
