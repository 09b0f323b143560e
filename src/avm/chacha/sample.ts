/**
 * `Uniform::rand` of each literal type as snarkVM draws it from an RNG (rand 0.8's
 * `Standard` distributions and snarkVM's own):
 * - boolean: the top bit of one `next_u32` (rand: `(next_u32() as i32) < 0`);
 * - u8/u16/u32 (and i*): the low bits of one `next_u32`; u64: one `next_u64`;
 *   u128: two `next_u64`, low half first;
 * - field/scalar (snarkVM fields `impl_primefield_standard_sample`): four `next_u64` limbs,
 *   least significant first, the top limb masked by REPR_SHAVE_BITS (256 - modulus bits),
 *   retried until below the modulus; the limbs are the Montgomery form, so the value is
 *   repr · 2^-256 mod p;
 * - group/address (curves templates/twisted_edwards_extended Projective sampling): a random
 *   field x, then a random bool `greatest`, until `from_x_coordinate(x, greatest)` exists;
 *   the point is multiplied by the cofactor.
 */
import { fromXUnchecked, mulByCofactor } from '../crypto/curve.js';
import { Fq, Fs, type PrimeField } from '../crypto/modular.js';
import type { Literal, LiteralType } from '../values.js';
import type { ChaCha20Rng } from './chacha20.js';

const MASK64 = (1n << 64n) - 1n;

function montgomeryInverse(f: PrimeField): bigint {
  return f.inv(f.mod(1n << 256n));
}
const R_INV = new Map<PrimeField, bigint>();

/** A uniformly random element of `f` drawn as snarkVM's Fp256 `Standard` sample. */
export function sampleField(rng: ChaCha20Rng, f: PrimeField): bigint {
  let rInv = R_INV.get(f);
  if (rInv === undefined) {
    rInv = montgomeryInverse(f);
    R_INV.set(f, rInv);
  }
  const topMask = MASK64 >> BigInt(256 - f.bits);
  for (;;) {
    const limbs = [rng.nextU64(), rng.nextU64(), rng.nextU64(), rng.nextU64() & topMask];
    const repr = limbs[0]! | (limbs[1]! << 64n) | (limbs[2]! << 128n) | (limbs[3]! << 192n);
    if (repr < f.p) return f.mul(repr, rInv);
  }
}

export function sampleGroup(rng: ChaCha20Rng) {
  for (;;) {
    const x = sampleField(rng, Fq);
    const greatest = rng.nextU32() >= 0x80000000;
    const p = fromXUnchecked(x, greatest);
    if (p) return mulByCofactor(p);
  }
}

/** Draws a literal of `type` (any but signature and string). */
export function sampleLiteral(rng: ChaCha20Rng, type: Exclude<LiteralType, 'signature' | 'string'>): Literal {
  switch (type) {
    case 'boolean':
      return { type, value: rng.nextU32() >= 0x80000000 };
    case 'field':
      return { type, value: sampleField(rng, Fq) };
    case 'scalar':
      return { type, value: sampleField(rng, Fs) };
    case 'group':
    case 'address':
      return { type, value: sampleGroup(rng) };
    case 'u8':
    case 'u16':
    case 'u32':
    case 'i8':
    case 'i16':
    case 'i32': {
      const bits = Number(type.slice(1));
      const w = BigInt(rng.nextU32());
      return { type, value: type[0] === 'i' ? BigInt.asIntN(bits, w) : BigInt.asUintN(bits, w) };
    }
    case 'u64':
    case 'i64': {
      const w = rng.nextU64();
      return { type, value: type === 'i64' ? BigInt.asIntN(64, w) : w };
    }
    case 'u128':
    case 'i128': {
      const lo = rng.nextU64();
      const w = (rng.nextU64() << 64n) | lo;
      return { type, value: type === 'i128' ? BigInt.asIntN(128, w) : w };
    }
  }
}
