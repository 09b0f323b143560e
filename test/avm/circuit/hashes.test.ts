/**
 * Keccak/SHA-3 and Pedersen gadgets compute what the console hashes compute (Keccak against
 * @noble/hashes through src/avm/crypto, Pedersen against the console Pedersen), for private
 * inputs of several lengths, with every row of the circuit satisfied.
 */
import { describe, expect, it } from 'vitest';
import { Bool } from '../../../src/avm/circuit/boolean.js';
import { synthesizeWith } from '../../../src/avm/circuit/env.js';
import { type KeccakVariant, keccakHash } from '../../../src/avm/circuit/keccak.js';
import { pedersenCommitToGroup, pedersenHashToGroup } from '../../../src/avm/circuit/pedersen.js';
import { assignment, firstUnsatisfied, toMatrices } from '../../../src/avm/circuit/r1cs.js';
import { Scl } from '../../../src/avm/circuit/scalar.js';
import { keccakBits } from '../../../src/avm/crypto/ops.js';
import {
  pedersenCommitToGroup as pedCommit,
  pedersenHashToGroup as pedHash,
} from '../../../src/avm/crypto/pedersen.js';

const pattern = (n: number, seed: number) => Array.from({ length: n }, (_, i) => (i * 7 + seed) % 5 < 2);

function satisfied<T>(f: () => T): T {
  const { r1cs, result } = synthesizeWith(f);
  expect(firstUnsatisfied(toMatrices(r1cs), assignment(r1cs))).toBe(-1);
  return result;
}

describe('Keccak and SHA-3 in circuit', () => {
  const variants: KeccakVariant[] = [
    'keccak256',
    'keccak384',
    'keccak512',
    'sha3_256',
    'sha3_384',
    'sha3_512',
  ];
  // 1087 bits pad to two blocks for every rate (1088 bits for keccak256 at most).
  const sizes: Record<KeccakVariant, number[]> = {
    keccak256: [3, 1087],
    keccak384: [8],
    keccak512: [8],
    sha3_256: [8],
    sha3_384: [8],
    sha3_512: [1087],
  };
  for (const v of variants)
    it(`${v}: digests equal the console hash (${sizes[v].join(', ')} bits)`, () => {
      for (const n of sizes[v]) {
        const input = pattern(n, n);
        const got = satisfied(() =>
          keccakHash(
            v,
            input.map((b) => Bool.new('private', b)),
          ).map((b) => b.value),
        );
        expect(got).toEqual(keccakBits(v, input));
      }
    });
  it('an empty input is refused', () => {
    expect(() => synthesizeWith(() => keccakHash('sha3_256', []))).toThrow(/must not be empty/);
  });
});

describe('Pedersen in circuit', () => {
  for (const [variant, n] of [
    ['ped64', 64],
    ['ped128', 128],
  ] as const) {
    it(`${variant}: hash and commitment equal the console Pedersen`, () => {
      for (const len of [1, 34, n]) {
        const input = pattern(len, len);
        const h = satisfied(
          () =>
            pedersenHashToGroup(
              variant,
              input.map((b) => Bool.new('private', b)),
            ).value,
        );
        expect(h).toEqual(pedHash(variant, input));
        const r = 1234567890123456789n;
        const c = satisfied(
          () =>
            pedersenCommitToGroup(
              variant,
              input.map((b) => Bool.new('private', b)),
              Scl.new('private', r),
            ).value,
        );
        expect(c).toEqual(pedCommit(variant, input, r));
      }
    });
    it(`${variant}: more than ${n} bits is a halt`, () => {
      const input = pattern(n + 1, 0).map((b) => Bool.constant(b));
      expect(() => synthesizeWith(() => pedersenHashToGroup(variant, input))).toThrow(
        `The Pedersen hash input cannot exceed ${n} bits.`,
      );
    });
  }
});
