/**
 * EIP-7883 MODEXP pricing and EIP-7823 bounds (Osaka). Expected gas from the EIP's formula:
 * max(500, complexity * iterations) with complexity 16 up to 32 bytes, else 2 * ceil(x/8)^2,
 * and iterations max(1, 16 * (expLen - 32) + bitlen(exp head) - 1) for long exponents.
 */
import { describe, expect, it } from 'vitest';
import { precompileKey, precompilesFor } from '../../../src/evm/precompiles/index.js';

const modexp = (fork: 'Osaka' | 'Prague') => precompilesFor(fork).get(precompileKey(5))!;
const word = (n: bigint) => n.toString(16).padStart(64, '0');
function input(base: string, exp: string, mod: string): Uint8Array {
  const hex =
    word(BigInt(base.length / 2)) +
    word(BigInt(exp.length / 2)) +
    word(BigInt(mod.length / 2)) +
    base +
    exp +
    mod;
  return Uint8Array.from(Buffer.from(hex, 'hex'));
}

describe('EIP-7883 / EIP-7823 MODEXP', () => {
  it('3^5 mod 7 = 5 at the minimum price 500 (Berlin: 200)', () => {
    const i = input('03', '05', '07');
    expect(modexp('Osaka')(i, 10_000n)).toMatchObject({
      success: true,
      gasUsed: 500n,
      output: Uint8Array.of(5),
    });
    expect(modexp('Prague')(i, 10_000n).gasUsed).toBe(200n);
  });

  it('64-byte operands: complexity 2 * 8^2 = 128, a 40-byte exponent 0x01 then zeros: 16 * 8 + 0 iterations', () => {
    const exp = `01${'00'.repeat(39)}`;
    const i = input('02'.repeat(64), exp, 'ff'.repeat(64));
    // head = first 32 bytes: 0x01 followed by 31 zero bytes, bit length 249 -> 248; 16 * 8 + 248 = 376.
    expect(modexp('Osaka')(i, 10n ** 9n).gasUsed).toBe(128n * 376n);
  });

  it('a length above 1024 bytes fails and consumes all gas; 1024 is accepted', () => {
    const over = input('01'.repeat(1025), '01', '05');
    expect(modexp('Osaka')(over, 10n ** 9n)).toMatchObject({ success: false, gasUsed: 10n ** 9n });
    expect(modexp('Prague')(over, 10n ** 9n).success).toBe(true);
    expect(modexp('Osaka')(input('01'.repeat(1024), '01', '05'), 10n ** 9n).success).toBe(true);
  });
});
