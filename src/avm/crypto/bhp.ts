/**
 * BHP hash and commitment (snarkVM console/algorithms/src/bhp) with MainnetV0 parameters:
 * BHP256/512/768/1024 = (windows, window size) (3,57) (6,43) (15,23) (8,54), domain
 * "AleoBHP<n>". Bases come from Blake2Xs hash-to-curve of "Aleo.BHP.<W>.<S>.<domain>.<i>",
 * each window holding base·16^j; a 3-bit chunk (b0,b1,b2) selects ±(1 + b0 + 2·b1)·base.
 * The outer hash chains blocks: [domain (188 bits, reversed) || len u64 || input] then
 * [x(previous)[0..252] || input]. Parameters are derived lazily and cached.
 */
import type { AffinePoint } from '../values.js';
import { type Bits, pushBytesBits, pushUintBits } from './bits.js';
import { hashToCurve } from './blake2xs.js';
import { EXT_ZERO, type ExtPoint, extAdd, extDouble, toAffine, toExt } from './curve.js';
import { AleoCryptoError } from './errors.js';
import { Fq, Fs } from './modular.js';

export type BhpVariant = 'bhp256' | 'bhp512' | 'bhp768' | 'bhp1024';
const SHAPES: Record<BhpVariant, [number, number, string]> = {
  bhp256: [3, 57, 'AleoBHP256'],
  bhp512: [6, 43, 'AleoBHP512'],
  bhp768: [15, 23, 'AleoBHP768'],
  bhp1024: [8, 54, 'AleoBHP1024'],
};
const FIELD_DATA_BITS = Fq.dataBits;

export interface BhpParams {
  numWindows: number;
  windowSize: number;
  domain: Bits;
  /** lookup[window][chunk][0..8] */
  lookup: ExtPoint[][][];
  randomBase: ExtPoint[];
}

function neg(p: ExtPoint): ExtPoint {
  return { X: -p.X, Y: p.Y, Z: p.Z, T: -p.T };
}

/** Powers base·2^i for i < count (snarkVM's random-base windows). */
export function doublings(base: AffinePoint, count: number): ExtPoint[] {
  const out: ExtPoint[] = [];
  let g = toExt(base);
  for (let i = 0; i < count; i++) {
    out.push(g);
    g = extDouble(g);
  }
  return out;
}

function setup(variant: BhpVariant): BhpParams {
  const [numWindows, windowSize, domainText] = SHAPES[variant];
  const lookup: ExtPoint[][][] = [];
  for (let w = 0; w < numWindows; w++) {
    let base = toExt(hashToCurve(`Aleo.BHP.${numWindows}.${windowSize}.${domainText}.${w}`));
    const window: ExtPoint[][] = [];
    for (let j = 0; j < windowSize; j++) {
      const g2 = extDouble(base);
      const g3 = extAdd(g2, base);
      const g4 = extDouble(g2);
      window.push([base, g2, g3, g4, neg(base), neg(g2), neg(g3), neg(g4)]);
      for (let k = 0; k < 4; k++) base = extDouble(base);
    }
    lookup.push(window);
  }
  const randomBase = doublings(
    hashToCurve(`Aleo.BHP.${numWindows}.${windowSize}.${domainText}.Randomizer`),
    Fs.bits,
  );
  const domain: Bits = [];
  pushBytesBits(domain, new TextEncoder().encode(domainText));
  while (domain.length < FIELD_DATA_BITS - 64) domain.push(false);
  domain.reverse();
  return { numWindows, windowSize, domain, lookup, randomBase };
}

const cache = new Map<BhpVariant, BhpParams>();
export function bhpParams(variant: BhpVariant): BhpParams {
  let p = cache.get(variant);
  if (!p) {
    p = setup(variant);
    cache.set(variant, p);
  }
  return p;
}

/** The inner BHPHasher::hash_uncompressed over one block. */
function hashBlock(p: BhpParams, input: Bits): ExtPoint {
  const minBits = p.windowSize * 3;
  const maxBits = p.numWindows * minBits;
  if (input.length <= minBits)
    throw new AleoCryptoError(`Inputs to this BHP must be greater than ${minBits} bits`);
  if (input.length > maxBits) {
    throw new AleoCryptoError(`Inputs to this BHP cannot exceed ${maxBits} bits, found ${input.length}`);
  }
  let acc = EXT_ZERO;
  for (let i = 0; i < input.length; i += 3) {
    const c =
      Number(input[i] ?? false) | (Number(input[i + 1] ?? false) << 1) | (Number(input[i + 2] ?? false) << 2);
    const chunk = i / 3;
    const table = p.lookup[Math.floor(chunk / p.windowSize)]?.[chunk % p.windowSize] as ExtPoint[];
    acc = extAdd(acc, table[c] as ExtPoint);
  }
  return acc;
}

function hashExt(p: BhpParams, input: readonly boolean[]): ExtPoint {
  const perBlock = p.numWindows * p.windowSize * 3 - FIELD_DATA_BITS;
  let digest = EXT_ZERO;
  for (let i = 0; i * perBlock < input.length; i++) {
    const chunk = input.slice(i * perBlock, (i + 1) * perBlock);
    const pre: Bits = [];
    if (i === 0) {
      pre.push(...p.domain);
      pushUintBits(pre, BigInt(input.length), 64);
    } else {
      pushUintBits(pre, toAffine(digest).x, Fq.bits);
      pre.length = FIELD_DATA_BITS;
    }
    pre.push(...chunk);
    digest = hashBlock(p, pre);
  }
  return digest;
}

/** BHP::hash_uncompressed: the digest as a group element. */
export function bhpHashToGroup(variant: BhpVariant, input: readonly boolean[]): AffinePoint {
  return toAffine(hashExt(bhpParams(variant), input));
}

/** BHP::hash: the x-coordinate of the digest. */
export function bhpHash(variant: BhpVariant, input: readonly boolean[]): bigint {
  return bhpHashToGroup(variant, input).x;
}

/** Adds Σ bit_i · randomBase[i] over the 251 bits of the randomizer. */
export function addRandomizer(acc: ExtPoint, randomBase: ExtPoint[], randomizer: bigint): ExtPoint {
  let out = acc;
  for (let i = 0; i < randomBase.length; i++) {
    if ((randomizer >> BigInt(i)) & 1n) out = extAdd(out, randomBase[i] as ExtPoint);
  }
  return out;
}

/** BHP::commit_uncompressed. */
export function bhpCommitToGroup(
  variant: BhpVariant,
  input: readonly boolean[],
  randomizer: bigint,
): AffinePoint {
  const p = bhpParams(variant);
  return toAffine(addRandomizer(hashExt(p, input), p.randomBase, randomizer));
}
