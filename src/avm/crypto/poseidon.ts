/**
 * Poseidon over `field` (snarkVM console/algorithms/src/poseidon, fields/src/traits/
 * poseidon_default.rs and poseidon_grain_lfsr.rs), MainnetV0 domains "AleoPoseidon2/4/8":
 * capacity 1, alpha 17, 8 full and 31 partial rounds; round constants and the Cauchy MDS
 * matrix are drawn from the Grain LFSR exactly as snarkVM does (derived lazily, cached).
 * hash_many preimage: [domain, len, 0…(to rate), input…] absorbed by a duplex sponge.
 */
import type { AffinePoint } from '../values.js';
import { bytesToBigintLe } from './bits.js';
import { add } from './curve.js';
import { elligator2Encode } from './elligator2.js';
import { AleoCryptoError } from './errors.js';
import { Fq, Fs, type PrimeField } from './modular.js';

export type PoseidonRate = 2 | 4 | 8;
export const FULL_ROUNDS = 8;
export const PARTIAL_ROUNDS = 31;
export const ALPHA = 17n;

export interface PoseidonParams {
  rate: number;
  domain: bigint;
  ark: bigint[][];
  mds: bigint[][];
}

class GrainLfsr {
  private readonly state: boolean[] = new Array(80).fill(false);
  private head = 0;
  constructor(
    private readonly field: PrimeField,
    stateLen: number,
  ) {
    const fieldBits = field.bits;
    const put = (from: number, to: number, value: number) => {
      let cur = value;
      for (let i = to; i >= from; i--) {
        this.state[i] = (cur & 1) === 1;
        cur >>= 1;
      }
    };
    this.state[1] = true;
    put(6, 17, fieldBits);
    put(18, 29, stateLen);
    put(30, 39, FULL_ROUNDS);
    put(40, 49, PARTIAL_ROUNDS);
    for (let i = 50; i < 80; i++) this.state[i] = true;
    for (let i = 0; i < 160; i++) this.nextBit();
  }
  private nextBit(): boolean {
    const s = this.state;
    const h = this.head;
    const b = (s[(h + 62) % 80] !== s[(h + 51) % 80]) !== (s[(h + 38) % 80] !== s[(h + 23) % 80]);
    const bit = (b !== s[(h + 13) % 80]) !== s[h];
    s[h] = bit;
    this.head = (h + 1) % 80;
    return bit;
  }
  /** n filtered bits, the first one most significant. */
  private number(n: number): bigint {
    let v = 0n;
    for (let i = 0; i < n; i++) {
      while (!this.nextBit()) this.nextBit();
      v = (v << 1n) | (this.nextBit() ? 1n : 0n);
    }
    return v;
  }
  rejectionSample(count: number): bigint[] {
    const out: bigint[] = [];
    const f = this.field;
    while (out.length < count) {
      const v = this.number(f.bits);
      if (v < f.p) out.push(v);
    }
    return out;
  }
  modP(count: number): bigint[] {
    return Array.from({ length: count }, () => this.number(this.field.bits) % this.field.p);
  }
}

/**
 * snarkVM's default Poseidon round constants and Cauchy MDS matrix for a state of `width`
 * elements of `field` (8 full and 31 partial rounds, no skipped matrices): the Grain LFSR
 * seeded with the field size and width. Also used by Varuna's sponge over BLS12-377's Fq.
 */
export function poseidonArkMds(field: PrimeField, width: number): { ark: bigint[][]; mds: bigint[][] } {
  const lfsr = new GrainLfsr(field, width);
  const ark = Array.from({ length: FULL_ROUNDS + PARTIAL_ROUNDS }, () => lfsr.rejectionSample(width));
  const xs = lfsr.modP(width);
  const ys = lfsr.modP(width);
  const mds = xs.map((x) => ys.map((y) => field.inv(field.add(x, y))));
  return { ark, mds };
}

function setup(rate: PoseidonRate): PoseidonParams {
  const { ark, mds } = poseidonArkMds(Fq, rate + 1);
  const domain = Fq.mod(bytesToBigintLe(new TextEncoder().encode(`AleoPoseidon${rate}`)));
  return { rate, domain, ark, mds };
}

const cache = new Map<PoseidonRate, PoseidonParams>();
export function poseidonParams(rate: PoseidonRate): PoseidonParams {
  let p = cache.get(rate);
  if (!p) {
    p = setup(rate);
    cache.set(rate, p);
  }
  return p;
}

function permute(p: PoseidonParams, state: bigint[]): void {
  const P = Fq.p;
  const half = FULL_ROUNDS / 2;
  for (let r = 0; r < FULL_ROUNDS + PARTIAL_ROUNDS; r++) {
    const ark = p.ark[r] as bigint[];
    for (let i = 0; i < state.length; i++) state[i] = ((state[i] as bigint) + (ark[i] as bigint)) % P;
    const full = r < half || r >= half + PARTIAL_ROUNDS;
    for (let i = 0; i < (full ? state.length : 1); i++) state[i] = Fq.pow(state[i] as bigint, ALPHA);
    const next = p.mds.map((row) => row.reduce((acc, m, j) => acc + m * (state[j] as bigint), 0n) % P);
    for (let i = 0; i < state.length; i++) state[i] = next[i] as bigint;
  }
}

/** Poseidon::hash_many: a duplex sponge over [domain, len, 0…, input]; state[0] is the capacity. */
export function poseidonHashMany(rate: PoseidonRate, input: readonly bigint[], numOutputs: number): bigint[] {
  const p = poseidonParams(rate);
  const preimage = [p.domain, BigInt(input.length)];
  while (preimage.length < rate) preimage.push(0n);
  preimage.push(...input);
  const state = new Array<bigint>(rate + 1).fill(0n);
  // Absorb: rate elements per permutation; a final partial (or full) block is permuted on squeeze.
  let pos = 0;
  for (const e of preimage) {
    if (pos === rate) {
      permute(p, state);
      pos = 0;
    }
    state[1 + pos] = Fq.add(state[1 + pos] as bigint, e);
    pos++;
  }
  const out: bigint[] = [];
  if (numOutputs === 0) return out;
  permute(p, state);
  pos = 0;
  while (out.length < numOutputs) {
    if (pos === rate) {
      permute(p, state);
      pos = 0;
    }
    out.push(state[1 + pos] as bigint);
    pos++;
  }
  return out;
}

export function poseidonHash(rate: PoseidonRate, input: readonly bigint[]): bigint {
  return poseidonHashMany(rate, input, 1)[0] as bigint;
}

/** HashToGroup: Elligator2(h0) + Elligator2(h1) with (h0, h1) = hash_many(input, 2). */
export function poseidonHashToGroup(rate: PoseidonRate, input: readonly bigint[]): AffinePoint {
  if (input.length === 0) throw new AleoCryptoError('Input to hash to group cannot be empty');
  const [h0, h1] = poseidonHashMany(rate, input, 2) as [bigint, bigint];
  return add(elligator2Encode(h0), elligator2Encode(h1));
}

/** HashToScalar: the field digest truncated to the scalar's data bits (Scalar::from_field_lossy). */
export function poseidonHashToScalar(rate: PoseidonRate, input: readonly bigint[]): bigint {
  return scalarFromFieldLossy(poseidonHash(rate, input));
}

export function scalarFromFieldLossy(f: bigint): bigint {
  return f & ((1n << BigInt(Fs.dataBits)) - 1n);
}
