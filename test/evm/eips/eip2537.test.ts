/**
 * EIP-2537 BLS12-381 precompiles (Prague): encodings (64-byte field elements with 16 zero
 * bytes, infinity as zeros), G1ADD without and MSM with the subgroup check, the pairing
 * check, the maps, and the EIP's prices (375, 600, k * 12000 * discount / 1000, 37700 +
 * 32600 k, 5500, 23800). The generators are the ones the EIP lists.
 */
import { describe, expect, it } from 'vitest';
import { precompileKey, precompilesFor } from '../../../src/evm/precompiles/index.js';

const pre = (n: number) => precompilesFor('Prague').get(precompileKey(n))!;
const fp = (hex: string) => hex.padStart(128, '0');
const bytes = (hex: string) => Uint8Array.from(Buffer.from(hex, 'hex'));
const P = 0x1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaabn;
// EIP-2537 "Curve parameters": the G1 and G2 generators.
const G1 =
  fp('17f1d3a73197d7942695638c4fa9ac0fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb') +
  fp('08b3f481e3aaa0f1a09e30ed741d8ae4fcf5e095d5d00af600db18cb2c04b3edd03cc744a2888ae40caa232946c5e7e1');
const G2 =
  fp('024aa2b2f08f0a91260805272dc51051c6e47ad4fa403b02b4510b647ae3d1770bac0326a805bbefd48056c8c121bdb8') +
  fp('13e02b6052719f607dacd3a088274f65596bd0d09920b61ab5da61bbdc7f5049334cf11213945d57e5ac7d055d042b7e') +
  fp('0ce5d527727d6e118cc9cdc6da2e351aadfd9baa8cbdd3a76d429a695160d12c923ac9cc3baca289e193548608b82801') +
  fp('0606c4a02ea734cc32acd2b02bc28b99cb3e287e85a763af267492ab572e99ab3f370d275cec1da1aaa9075ff05f79be');
const INF1 = '00'.repeat(128);
const NEG_G1 = G1.slice(0, 128) + fp((P - BigInt(`0x${G1.slice(128)}`)).toString(16));

describe('EIP-2537 BLS12-381', () => {
  it('G1ADD: G + infinity = G, for 375 gas', () => {
    expect(pre(0x0b)(bytes(G1 + INF1), 1000n)).toMatchObject({
      success: true,
      gasUsed: 375n,
      output: bytes(G1),
    });
  });

  it('G1ADD(G, G) equals G1MSM(G, 2), priced 12000 for one pair', () => {
    const sum = pre(0x0b)(bytes(G1 + G1), 1000n).output;
    const msm = pre(0x0c)(bytes(G1 + 2n.toString(16).padStart(64, '0')), 100_000n);
    expect(msm).toMatchObject({ success: true, gasUsed: 12000n, output: sum });
  });

  it('G1MSM of two pairs costs 2 * 12000 * 949 / 1000 (the discount table)', () => {
    const one = 1n.toString(16).padStart(64, '0');
    expect(pre(0x0c)(bytes(G1 + one + G1 + one), 100_000n).gasUsed).toBe(22776n);
  });

  it('a point on the curve outside the subgroup: G1ADD accepts it, G1MSM fails', () => {
    const p = fp('0') + fp('2'); // y^2 = x^3 + 4 at x = 0, but not of order r
    expect(pre(0x0b)(bytes(p + INF1), 1000n).success).toBe(true);
    expect(pre(0x0c)(bytes(`${p + '00'.repeat(31)}01`), 100_000n)).toMatchObject({
      success: false,
      gasUsed: 100_000n,
    });
  });

  it('rejects a field element with non-zero top bytes or not below p, and a point off the curve', () => {
    const top = `01${G1.slice(2)}`;
    const big = fp(P.toString(16)) + G1.slice(128);
    const off = G1.slice(0, 128) + fp('1');
    for (const bad of [top, big, off]) expect(pre(0x0b)(bytes(bad + INF1), 1000n).success).toBe(false);
  });

  it('PAIRING_CHECK: e(G1, G2) e(-G1, G2) = 1, e(G1, G2) alone is not; 37700 + 32600 per pair', () => {
    expect(pre(0x0f)(bytes(G1 + G2 + NEG_G1 + G2), 200_000n)).toMatchObject({
      success: true,
      gasUsed: 37700n + 2n * 32600n,
      output: bytes(`${'00'.repeat(31)}01`),
    });
    expect(pre(0x0f)(bytes(G1 + G2), 200_000n).output).toEqual(new Uint8Array(32));
  });

  it('G2ADD costs 600; the maps 5500 and 23800 and land in the subgroup', () => {
    expect(pre(0x0d)(bytes(G2 + '00'.repeat(256)), 1000n)).toMatchObject({
      gasUsed: 600n,
      output: bytes(G2),
    });
    const g1 = pre(0x10)(bytes(fp('5')), 10_000n);
    expect(g1).toMatchObject({ success: true, gasUsed: 5500n });
    // A mapped point is in the subgroup: G1MSM accepts it.
    expect(
      pre(0x0c)(bytes(`${Buffer.from(g1.output).toString('hex') + '00'.repeat(31)}01`), 100_000n).success,
    ).toBe(true);
    expect(pre(0x11)(bytes(fp('5') + fp('7')), 100_000n)).toMatchObject({ success: true, gasUsed: 23800n });
  });

  it('empty and partial inputs fail', () => {
    expect(pre(0x0c)(new Uint8Array(0), 100_000n).success).toBe(false);
    expect(pre(0x0f)(new Uint8Array(100), 100_000n).success).toBe(false);
  });
});
