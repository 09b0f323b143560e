/**
 * EIP-7951 P256VERIFY at 0x100 (Osaka): 160 bytes hash || r || s || qx || qy; a valid
 * signature (made by @noble/curves' p256, an independent signer) returns the word 1, any
 * other input returns nothing; high-s signatures are valid; gas 6900.
 */
import { p256 } from '@noble/curves/nist.js';
import { describe, expect, it } from 'vitest';
import { precompileKey, precompilesFor } from '../../../src/evm/precompiles/index.js';

const verify = precompilesFor('Osaka').get(precompileKey(0x100))!;
const key = p256.utils.randomSecretKey(new Uint8Array(48).fill(7));
const pub = p256.getPublicKey(key, false).subarray(1);
const hash = new Uint8Array(32).fill(0xab);
const sig = p256.sign(hash, key, { prehash: false });
const N = p256.Point.CURVE().n;
const ONE = Uint8Array.from([...new Array(31).fill(0), 1]);

function input(h: Uint8Array, s: Uint8Array, q: Uint8Array): Uint8Array {
  return Uint8Array.from([...h, ...s, ...q]);
}

describe('EIP-7951 P256VERIFY', () => {
  it('returns 1 for a valid signature, for 6900 gas', () => {
    expect(verify(input(hash, sig, pub), 10_000n)).toEqual({ success: true, gasUsed: 6900n, output: ONE });
  });

  it('accepts the high-s twin of a signature (no malleability check)', () => {
    const s = BigInt(`0x${Buffer.from(sig.subarray(32)).toString('hex')}`);
    const high = Uint8Array.from([
      ...sig.subarray(0, 32),
      ...Buffer.from((N - s).toString(16).padStart(64, '0'), 'hex'),
    ]);
    expect(verify(input(hash, high, pub), 10_000n).output).toEqual(ONE);
  });

  it('returns nothing (and still costs 6900) for a wrong hash, a bad key, or a wrong length', () => {
    const other = new Uint8Array(32).fill(0xac);
    for (const bad of [
      input(other, sig, pub),
      input(hash, sig, new Uint8Array(64)),
      input(hash, sig, pub).subarray(1),
    ])
      expect(verify(bad, 10_000n)).toEqual({ success: true, gasUsed: 6900n, output: new Uint8Array(0) });
  });

  it('fails with all gas consumed below 6900, and does not exist before Osaka', () => {
    expect(verify(input(hash, sig, pub), 6899n)).toMatchObject({ success: false, gasUsed: 6899n });
    expect(precompilesFor('Prague').get(precompileKey(0x100))).toBeUndefined();
  });
});
