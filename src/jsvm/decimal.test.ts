import { describe, expect, test } from 'vitest';
import { formatAmount, parseAmount } from './decimal.js';

describe('decimal amounts (vectors of go-iost common/decimal_test.go)', () => {
  test('TestNewFixed', () => {
    expect(parseAmount('-323.49494', 12)).toBe(-323494940000000n);
    expect(() => parseAmount('-9223372036854775808', 0)).toThrow('overflow error');
    expect(() => parseAmount('-323.49494', 40)).toThrow('overflow error');
    expect(() => parseAmount('323.494.94', 10)).toThrow('multi decimal point error');
  });
  test('TestDecimal_ToString', () => expect(formatAmount(100n, 0)).toBe('100'));
  test('digits beyond the scale are dropped, not rounded; trailing zeros not printed', () => {
    expect(parseAmount('1.123456789', 8)).toBe(112345678n);
    expect(formatAmount(150000000n, 8)).toBe('1.5');
    expect(formatAmount(1n, 8)).toBe('0.00000001');
    expect(() => parseAmount('.5', 8)).toThrow('amount format error');
    expect(() => parseAmount('1x', 8)).toThrow('abnormal char in amount');
  });
});
