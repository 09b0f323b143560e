/** Word conversions against Node's hex codec, every length from 0 to 32 bytes. */
import { describe, expect, it } from 'vitest';
import { bigIntToMinimal, bytesToBigInt } from './words.js';

const hexOf = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe('minimal big-endian bytes', () => {
  it('round-trip as the hex encoding gives them, at every length', () => {
    let seed = 7;
    const byte = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff;
    for (let len = 0; len <= 32; len++)
      for (let k = 0; k < 20; k++) {
        const b = Uint8Array.from({ length: len }, byte);
        if (len > 0 && b[0] === 0) b[0] = 1 + (k % 255);
        const v = len === 0 ? 0n : BigInt(`0x${hexOf(b)}`);
        expect(bytesToBigInt(b)).toBe(v);
        expect(hexOf(bigIntToMinimal(v))).toBe(hexOf(b));
        // Leading zero bytes read as the same number.
        expect(bytesToBigInt(Uint8Array.from([0, 0, ...b]))).toBe(v);
      }
  });

  it('keeps values past 256 bits whole', () => {
    const v = (1n << 300n) + 5n;
    expect(hexOf(bigIntToMinimal(v))).toBe(v.toString(16).padStart(76, '0'));
    expect(bytesToBigInt(bigIntToMinimal(v))).toBe(v);
  });
});
