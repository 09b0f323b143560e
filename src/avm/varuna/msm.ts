/**
 * Σ kᵢ·Pᵢ over G1 by the bucket (Pippenger) method, driving mcl's WebAssembly point addition and
 * doubling on points kept in its heap: mcl-wasm's own `mulVec` costs ~0.8 ms a point here, while
 * one mixed addition in its heap costs ~2.4 µs (a full one ~7 µs). Digits are signed (each
 * point also negated once), so a window of c bits has 2^(c-1) buckets and costs n mixed
 * additions + 2·2^(c-1) full ones; c ≈ log₂n − 4 minimises (⌈253/c⌉ + 1) windows of that.
 * The bases are made affine (Z = 1) first so that bucket accumulation uses mixed additions.
 */
import { type G1, g1Msm, mclModule } from '../curves/bls12-377.js';
import { Fr } from '../curves/fields.js';

const SCALAR_BITS = 253;
const LIMBS = 8;
/** Below this many points mcl's mulVec is as fast. */
const MIN_BUCKET_POINTS = 64;

/** The mcl WebAssembly exports used here (mcl-wasm's `mod`, untyped in its declarations). */
interface MclExports {
  HEAP32: Int32Array;
  _malloc(bytes: number): number;
  _free(at: number): void;
  _mclBnG1_add(z: number, x: number, y: number): void;
  _mclBnG1_dbl(z: number, x: number): void;
  _mclBnG1_neg(y: number, x: number): void;
  _mclBnG1_normalizeVec(y: number, x: number, n: number): void;
}

/** Bytes of one mcl G1 point (three Fp coordinates of mcl's maximum width). */
const G1_BYTES = 144;

/**
 * Signed digits need half the buckets, so the window is one bit wider than the unsigned
 * optimum: c ≈ log₂n − 4.
 */
function windowBits(n: number): number {
  return Math.min(16, Math.max(4, Math.round(Math.log2(n)) - 4));
}

/**
 * Each scalar in signed base-2^c digits d_j ∈ [-2^(c-1), 2^(c-1)), Σ d_j·2^(jc) = k: a window
 * value v (plus the carry from below) of 2^(c-1) or more becomes v - 2^c with a carry into the
 * next window; one window more than ⌈253/c⌉ takes the last carry.
 */
function signedDigits(k: Uint32Array, n: number, c: number, windows: number): Int32Array {
  const out = new Int32Array(n * windows);
  const full = 1 << c;
  const half = full >> 1;
  const mask = full - 1;
  for (let i = 0; i < n; i++) {
    let carry = 0;
    for (let j = 0; j < windows; j++) {
      const start = j * c;
      const w = start >>> 5;
      const b = start & 31;
      let v = 0;
      if (w < LIMBS) {
        v = (k[i * LIMBS + w] as number) >>> b;
        if (b + c > 32 && w + 1 < LIMBS) v |= (k[i * LIMBS + w + 1] as number) << (32 - b);
        v &= mask;
      }
      v += carry;
      if (v >= half) {
        out[i * windows + j] = v - full;
        carry = 1;
      } else {
        out[i * windows + j] = v;
        carry = 0;
      }
    }
  }
  return out;
}

/** The scalars as little-endian 32-bit limbs, reduced into [0, r). */
function limbs(scalars: readonly bigint[], n: number): Uint32Array {
  const out = new Uint32Array(n * LIMBS);
  for (let i = 0; i < n; i++) {
    let k = scalars[i] as bigint;
    if (k < 0n || k >= Fr.p) k = ((k % Fr.p) + Fr.p) % Fr.p;
    for (let j = 0; j < LIMBS && k !== 0n; j++) {
      out[i * LIMBS + j] = Number(k & 0xffffffffn);
      k >>= 32n;
    }
  }
  return out;
}

/** Σ scalars[i]·points[i] (the two arrays have equal length). */
export function msm(points: readonly G1[], scalars: readonly bigint[]): G1 {
  const n = Math.min(points.length, scalars.length);
  if (n < MIN_BUCKET_POINTS) return g1Msm(points.slice(0, n), scalars.slice(0, n));
  const mcl = mclModule();
  const mod = (mcl as unknown as { mod: MclExports }).mod;
  const result = new mcl.G1();
  const size = G1_BYTES;
  const words = size / 4;
  const c = windowBits(n);
  const buckets = 1 << (c - 1);
  const windows = Math.ceil(SCALAR_BITS / c) + 1;
  const digits = signedDigits(limbs(scalars, n), n, c, windows);
  const bases = mod._malloc(2 * n * size);
  const negBases = bases + n * size;
  const bucketMem = mod._malloc(buckets * size);
  const tmp = mod._malloc(4 * size);
  const acc = tmp;
  const running = tmp + size;
  const sum = tmp + 2 * size;
  try {
    for (let i = 0; i < n; i++) (points[i] as G1).copyToMem(bases + i * size);
    mod._mclBnG1_normalizeVec(bases, bases, n);
    for (let i = 0; i < n; i++) mod._mclBnG1_neg(negBases + i * size, bases + i * size);
    let heap = mod.HEAP32;
    heap.fill(0, acc / 4, acc / 4 + words);
    for (let j = windows - 1; j >= 0; j--) {
      for (let d = 0; d < c; d++) mod._mclBnG1_dbl(acc, acc);
      heap = mod.HEAP32;
      heap.fill(0, bucketMem / 4, bucketMem / 4 + buckets * words);
      for (let i = 0; i < n; i++) {
        const v = digits[i * windows + j] as number;
        if (v > 0) {
          const at = bucketMem + (v - 1) * size;
          mod._mclBnG1_add(at, at, bases + i * size);
        } else if (v < 0) {
          const at = bucketMem + (-v - 1) * size;
          mod._mclBnG1_add(at, at, negBases + i * size);
        }
      }
      // Σ_j j·bucket_j as running sums from the top bucket down.
      heap = mod.HEAP32;
      heap.fill(0, running / 4, running / 4 + 2 * words);
      for (let b = buckets - 1; b >= 0; b--) {
        mod._mclBnG1_add(running, running, bucketMem + b * size);
        mod._mclBnG1_add(sum, sum, running);
      }
      mod._mclBnG1_add(acc, acc, sum);
    }
    result.copyFromMem(acc);
    return result;
  } finally {
    mod._free(tmp);
    mod._free(bucketMem);
    mod._free(bases);
  }
}
