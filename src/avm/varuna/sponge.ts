/**
 * Varuna's Fiat-Shamir transcript: snarkVM's PoseidonSponge<Fq, 2, 1> over BLS12-377's base
 * field (algorithms/src/crypto_hash/poseidon.rs, traits/algebraic_sponge.rs): rate 2, capacity
 * 1, alpha 17, 8 full and 31 partial rounds, the default (Grain LFSR) parameters of Fq, a zero
 * initial state, duplex absorbing/squeezing.
 *
 * Fr elements ("non-native") are absorbed as limbs: each split into `numLimbs` limbs of
 * `bitsPerLimb` bits (most significant first), limbs packed two per Fq element when they fit
 * (nonnative_params, OptimizationType::Weight). Challenges are squeezed as bits: each Fq output
 * gives its low 376 bits (big-endian), 252 bits (or 168 for "short" challenges) make one Fr.
 */
import { poseidonArkMds } from '../crypto/poseidon.js';
import type { G1Affine } from '../curves/bls12-377.js';
import { Fq, Fr } from '../curves/fields.js';

const RATE = 2;
const FULL = 8;
const PARTIAL = 31;
const P = Fq.p;
/** F::size_in_bits() - 1: the bits one Fq element holds for packing and squeezing. */
const CAPACITY_BITS = Fq.bits - 1;
const FR_CHALLENGE_BITS = Fr.bits - 1;
const SHORT_BITS = 168;

let params: { ark: bigint[][]; mds: bigint[][] } | undefined;
const parameters = () => {
  params ??= poseidonArkMds(Fq, RATE + 1);
  return params;
};

/** nonnative_params::find_parameters: the limb split of Fr inside Fq minimising "weight". */
function limbParameters(base: number, target: number): { numLimbs: number; bitsPerLimb: number } {
  const surfeit = 10;
  const maxLimb = Math.min(Math.floor((base - 1 - surfeit - 1) / 2) - 1, target);
  let best = { cost: Number.POSITIVE_INFINITY, numLimbs: 0, bitsPerLimb: 0 };
  for (let limb = 1; limb <= maxLimb; limb++) {
    const n = Math.ceil(target / limb);
    const groupSize = Math.floor((base - 1 - surfeit - 1 - 1 - limb + limb - 1) / limb);
    const groups = Math.floor((2 * n - 1 + groupSize - 1) / groupSize);
    const cost =
      6 * n * n +
      target * 4 +
      target * 4 +
      n +
      n * n +
      2 * (2 * n - 1) +
      n +
      groups +
      6 * groups +
      (groups - 1) * (2 * limb + surfeit) * 4 +
      2;
    if (cost < best.cost) best = { cost, numLimbs: n, bitsPerLimb: limb };
  }
  return best;
}
const LIMBS = limbParameters(Fq.bits, Fr.bits);

/** The bit length snarkVM's `overhead!` charges for a limb with `adds` accumulated additions. */
function overhead(adds: bigint): number {
  const bits = adds.toString(2).length;
  return (adds & (adds - 1n)) === 0n ? bits : bits + 1;
}
const LIMB_BITS = LIMBS.bitsPerLimb + overhead(2n);

export class VarunaSponge {
  private s = [0n, 0n, 0n];
  private absorbing = true;
  private next = 0;

  private permute(): void {
    const { ark, mds } = parameters();
    let [a, b, c] = this.s as [bigint, bigint, bigint];
    for (let r = 0; r < FULL + PARTIAL; r++) {
      const k = ark[r] as [bigint, bigint, bigint];
      a = (a + k[0]) % P;
      b = (b + k[1]) % P;
      c = (c + k[2]) % P;
      a = pow17(a);
      if (r < FULL / 2 || r >= FULL / 2 + PARTIAL) {
        b = pow17(b);
        c = pow17(c);
      }
      const m0 = mds[0] as bigint[];
      const m1 = mds[1] as bigint[];
      const m2 = mds[2] as bigint[];
      const na = ((m0[0] as bigint) * a + (m0[1] as bigint) * b + (m0[2] as bigint) * c) % P;
      const nb = ((m1[0] as bigint) * a + (m1[1] as bigint) * b + (m1[2] as bigint) * c) % P;
      c = ((m2[0] as bigint) * a + (m2[1] as bigint) * b + (m2[2] as bigint) * c) % P;
      a = na;
      b = nb;
    }
    this.s = [a, b, c];
  }

  /** Absorbs Fq elements (AlgebraicSponge::absorb_native_field_elements). */
  absorbNative(input: readonly bigint[]): void {
    if (input.length === 0) return;
    let start = this.next;
    if (!this.absorbing) {
      this.permute();
      start = 0;
    } else if (start === RATE) {
      this.permute();
      start = 0;
    }
    let i = 0;
    for (;;) {
      const take = Math.min(RATE - start, input.length - i);
      for (let j = 0; j < take; j++)
        this.s[1 + start + j] = Fq.add(this.s[1 + start + j] as bigint, input[i + j] as bigint);
      i += take;
      if (i === input.length) {
        this.absorbing = true;
        this.next = start + take;
        return;
      }
      this.permute();
      start = 0;
    }
  }

  squeezeNative(n: number): bigint[] {
    const out: bigint[] = [];
    if (n === 0) return out;
    let start = this.next;
    if (this.absorbing) {
      this.permute();
      start = 0;
    } else if (start === RATE) {
      this.permute();
      start = 0;
    }
    for (;;) {
      const take = Math.min(RATE - start, n - out.length);
      for (let j = 0; j < take; j++) out.push(this.s[1 + start + j] as bigint);
      if (out.length === n) {
        this.absorbing = false;
        this.next = start + take;
        return out;
      }
      this.permute();
      start = 0;
    }
  }

  /** absorb_bytes: the bytes' bits (MSB first) cut into 376-bit big-endian chunks. */
  absorbBytes(bytes: Uint8Array): void {
    let bits = '';
    for (const b of bytes) bits += b.toString(2).padStart(8, '0');
    const els: bigint[] = [];
    for (let i = 0; i < bits.length; i += CAPACITY_BITS)
      els.push(BigInt(`0b${bits.slice(i, i + CAPACITY_BITS)}`));
    this.absorbNative(els);
  }

  /** absorb_nonnative_field_elements: Fr elements as packed limbs. */
  absorbNonNative(elements: readonly bigint[]): void {
    const mask = (1n << BigInt(LIMBS.bitsPerLimb)) - 1n;
    const limbs: bigint[] = [];
    for (const e of elements) {
      const own: bigint[] = [];
      let cur = e;
      for (let i = 0; i < LIMBS.numLimbs; i++) {
        own.push(cur & mask);
        cur >>= BigInt(LIMBS.bitsPerLimb);
      }
      limbs.push(...own.reverse());
    }
    const packed: bigint[] = [];
    const shift = 1n << BigInt(LIMB_BITS);
    for (let i = 0; i < limbs.length; i++) {
      const first = limbs[i] as bigint;
      if (i + 1 < limbs.length && 2 * LIMB_BITS <= CAPACITY_BITS) {
        packed.push(Fq.mod(first * shift + (limbs[i + 1] as bigint)));
        i++;
      } else packed.push(first);
    }
    this.absorbNative(packed);
  }

  /** Absorbs G1 commitments as snarkVM's ToConstraintField does: x, y, infinity. */
  absorbCommitments(points: readonly G1Affine[]): void {
    const els: bigint[] = [];
    for (const p of points) els.push(p.infinity ? 0n : p.x, p.infinity ? 1n : p.y, p.infinity ? 1n : 0n);
    this.absorbNative(els);
  }

  private bits(n: number): string {
    const els = this.squeezeNative(Math.ceil(n / CAPACITY_BITS));
    return els
      .map((e) => (e & ((1n << BigInt(CAPACITY_BITS)) - 1n)).toString(2).padStart(CAPACITY_BITS, '0'))
      .join('')
      .slice(0, n);
  }

  private challenges(n: number, width: number): bigint[] {
    const bits = this.bits(width * n);
    return Array.from({ length: n }, (_, i) => BigInt(`0b${bits.slice(i * width, (i + 1) * width)}`));
  }

  /** squeeze_nonnative_field_elements: n Fr challenges of 252 bits. */
  squeezeFr(n: number): bigint[] {
    return this.challenges(n, FR_CHALLENGE_BITS);
  }

  /** squeeze_short_nonnative_field_element: one 168-bit Fr challenge. */
  squeezeShortFr(): bigint {
    return this.challenges(1, SHORT_BITS)[0] as bigint;
  }
}

function pow17(x: bigint): bigint {
  const x2 = (x * x) % P;
  const x4 = (x2 * x2) % P;
  const x8 = (x4 * x4) % P;
  const x16 = (x8 * x8) % P;
  return (x16 * x) % P;
}

export const SPONGE_LIMBS = LIMBS;
