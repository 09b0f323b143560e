/**
 * Fixed-point token amounts as go-iost `common/decimal.go` reads and prints them: a decimal
 * string parsed to an int64 count of the token's smallest unit (digits beyond the token's
 * decimals are dropped, not rounded), printed without trailing zeros.
 */
import { JsVmRequestError } from './errors.js';

export const INT64_MAX = 2n ** 63n - 1n;

function checkScale(what: string, scale: unknown): void {
  if (!Number.isSafeInteger(scale) || (scale as number) < 0)
    throw new JsVmRequestError(`${what}: scale must be a non-negative integer, got ${String(scale)}`);
}

export class DecimalFormatError extends Error {}

/** Parses `text` at `scale` decimals; throws DecimalFormatError with IOST's reason. */
export function parseAmount(text: string, scale: number): bigint {
  if (typeof text !== 'string')
    throw new JsVmRequestError(`parseAmount: expected a string, got ${typeof text}`);
  checkScale('parseAmount', scale);
  if (text.length === 0 || text[0] === '.') throw new DecimalFormatError('amount format error');
  if (text[0] === '-') return -parseAmount(text.slice(1), scale);
  let value = 0n;
  let decimals = 0;
  let point = false;
  for (const ch of text) {
    if (ch >= '0' && ch <= '9') {
      if (point && decimals >= scale) break;
      value = value * 10n + BigInt(ch.charCodeAt(0) - 48);
      if (value > INT64_MAX) throw new DecimalFormatError('overflow error');
      if (point) decimals++;
    } else if (ch === '.') {
      if (point) throw new DecimalFormatError('multi decimal point error');
      point = true;
    } else throw new DecimalFormatError('abnormal char in amount');
  }
  const scaled = value * 10n ** BigInt(scale - decimals);
  if (scaled > INT64_MAX) throw new DecimalFormatError('overflow error');
  return scaled;
}

/** Prints `value` smallest units at `scale` decimals, trailing zeros removed. */
export function formatAmount(value: bigint, scale: number): string {
  if (typeof value !== 'bigint')
    throw new JsVmRequestError(`formatAmount: expected a bigint, got ${typeof value}`);
  checkScale('formatAmount', scale);
  const neg = value < 0n;
  let digits = (neg ? -value : value).toString().padStart(scale + 1, '0');
  if (scale > 0) {
    digits = `${digits.slice(0, -scale)}.${digits.slice(-scale)}`.replace(/0+$/, '').replace(/\.$/, '');
  }
  return (neg ? '-' : '') + digits;
}
