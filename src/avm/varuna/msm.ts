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
  _mclBnG1_normalize(y: number, x: number): void;
  _mclBnG1_isZero(x: number): number;
  _mclBnFp_setInt(y: number, x: number): void;
  _mclBnFp_sub(z: number, x: number, y: number): void;
  _mclBnFp_mul(z: number, x: number, y: number): void;
  _mclBnFp_sqr(y: number, x: number): void;
  _mclBnFp_invVec(y: number, x: number, n: number): void;
}

/** Bytes of one mcl G1 point (three Fp coordinates of mcl's maximum width): x, y, z. */
const G1_BYTES = 144;
const FP_BYTES = 48;
const FP_WORDS = FP_BYTES / 4;
/**
 * From this many buckets on, buckets are filled by batched affine additions (one inversion,
 * in mcl's invVec, shared by a batch of additions into distinct buckets: 6 field
 * multiplications an addition instead of a mixed addition's 11); below it the inversion is
 * not amortised and mcl's mixed addition is used.
 */
const AFFINE_MIN_BUCKETS = 256;

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

/**
 * Σ scalars[i]·points[i] (the two arrays have equal length). `affine` forces the batched affine
 * bucket additions on or off (by default on from AFFINE_MIN_BUCKETS buckets).
 */
export function msm(points: readonly G1[], scalars: readonly bigint[], opts: { affine?: boolean } = {}): G1 {
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
  let affine: ReturnType<typeof affineBuckets> | undefined;
  try {
    for (let i = 0; i < n; i++) (points[i] as G1).copyToMem(bases + i * size);
    mod._mclBnG1_normalizeVec(bases, bases, n);
    for (let i = 0; i < n; i++) mod._mclBnG1_neg(negBases + i * size, bases + i * size);
    affine =
      (opts.affine ?? buckets >= AFFINE_MIN_BUCKETS)
        ? affineBuckets(mod, { n, windows, digits, bases, negBases, bucketMem, buckets })
        : undefined;
    let heap = mod.HEAP32;
    heap.fill(0, acc / 4, acc / 4 + words);
    for (let j = windows - 1; j >= 0; j--) {
      for (let d = 0; d < c; d++) mod._mclBnG1_dbl(acc, acc);
      heap = mod.HEAP32;
      heap.fill(0, bucketMem / 4, bucketMem / 4 + buckets * words);
      if (affine) affine.fill(j);
      else
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
    affine?.free();
    mod._free(tmp);
    mod._free(bucketMem);
    mod._free(bases);
  }
}

interface Window {
  readonly n: number;
  readonly windows: number;
  readonly digits: Int32Array;
  readonly bases: number;
  readonly negBases: number;
  readonly bucketMem: number;
  readonly buckets: number;
}

/** Bytes of an affine point (x, y) in the work area. */
const AFFINE_BYTES = 2 * FP_BYTES;

/**
 * Fills one window's buckets by batched affine additions: the window's points are sorted by
 * bucket into an affine work area, then each bucket's list is halved round by round, adding
 * neighbours P + Q = (λ² − x_P − x_Q, λ(x_P − x₃) − y_P), λ = (y_Q − y_P)/(x_Q − x_P); every
 * addition of a round is independent, so one invVec inverts all of a round's x_Q − x_P. An
 * addition with equal x (P + P, P + (−P)) goes through mcl's generic addition. The sum of each
 * bucket is written with z = 1; an empty bucket stays all zero (mcl's point at infinity).
 */
function affineBuckets(mod: MclExports, w: Window) {
  const { n, windows, digits, bases, negBases, bucketMem, buckets } = w;
  const size = G1_BYTES;
  const half = (n >> 1) + 1;
  const work = mod._malloc(n * AFFINE_BYTES + 2 * half * FP_BYTES + 4 * FP_BYTES + 2 * size);
  const dxs = work + n * AFFINE_BYTES;
  const invs = dxs + half * FP_BYTES;
  const one = invs + half * FP_BYTES;
  const lambda = one + FP_BYTES;
  const x3 = lambda + FP_BYTES;
  const t = x3 + FP_BYTES;
  const gA = t + FP_BYTES;
  const gB = gA + size;
  mod._mclBnFp_setInt(one, 1);
  const W = FP_WORDS;
  // Bases at infinity (z = 0 after normalizeVec) add nothing and have no affine form.
  const infinite = new Uint8Array(n);
  {
    const heap = mod.HEAP32;
    for (let i = 0; i < n; i++) {
      let or = 0;
      for (let q = (bases + i * size + 2 * FP_BYTES) >> 2, e = q + W; q < e; q++) or |= heap[q] as number;
      infinite[i] = or === 0 ? 1 : 0;
    }
  }
  const start = new Int32Array(buckets + 1);
  const len = new Int32Array(buckets);
  const fill = new Int32Array(buckets);
  const inf = new Uint8Array(n);
  const pairA = new Int32Array(half);
  const pairDest = new Int32Array(half);
  const kind = new Uint8Array(half);
  const slot = (i: number) => work + i * AFFINE_BYTES;

  /** Generic addition of slots a and b into dest through mcl (equal x): infinity or the normalised sum. */
  const generic = (a: number, b: number, dest: number) => {
    let heap = mod.HEAP32;
    heap.copyWithin(gA >> 2, slot(a) >> 2, (slot(a) >> 2) + 2 * W);
    heap.copyWithin((gA >> 2) + 2 * W, one >> 2, (one >> 2) + W);
    heap.copyWithin(gB >> 2, slot(b) >> 2, (slot(b) >> 2) + 2 * W);
    heap.copyWithin((gB >> 2) + 2 * W, one >> 2, (one >> 2) + W);
    mod._mclBnG1_add(gA, gA, gB);
    if (mod._mclBnG1_isZero(gA)) {
      inf[dest] = 1;
      return;
    }
    mod._mclBnG1_normalize(gA, gA);
    heap = mod.HEAP32;
    heap.copyWithin(slot(dest) >> 2, gA >> 2, (gA >> 2) + 2 * W);
    inf[dest] = 0;
  };

  return {
    fill(j: number) {
      // Sort the window's points by bucket into the work area.
      len.fill(0);
      for (let i = 0; i < n; i++) {
        const v = digits[i * windows + j] as number;
        if (v !== 0 && !infinite[i]) len[v > 0 ? v - 1 : -v - 1]++;
      }
      start[0] = 0;
      for (let b = 0; b < buckets; b++) start[b + 1] = (start[b] as number) + (len[b] as number);
      fill.set(start.subarray(0, buckets));
      let heap = mod.HEAP32;
      for (let i = 0; i < n; i++) {
        const v = digits[i * windows + j] as number;
        if (v === 0 || infinite[i]) continue;
        const b = v > 0 ? v - 1 : -v - 1;
        const at = fill[b] as number;
        fill[b] = at + 1;
        const src = (v > 0 ? bases : negBases) + i * size;
        heap.copyWithin(slot(at) >> 2, src >> 2, (src >> 2) + 2 * W);
        inf[at] = 0;
      }
      // Halve every bucket's list per round.
      for (;;) {
        let m = 0;
        heap = mod.HEAP32;
        for (let b = 0; b < buckets; b++) {
          const l = len[b] as number;
          const s0 = start[b] as number;
          for (let q = 0; q + 1 < l; q += 2) {
            const a = s0 + q;
            const dx = dxs + m * FP_BYTES;
            pairA[m] = a;
            pairDest[m] = s0 + (q >> 1);
            if (inf[a] || inf[a + 1]) {
              kind[m] = 1;
              heap.copyWithin(dx >> 2, one >> 2, (one >> 2) + W);
            } else {
              mod._mclBnFp_sub(dx, slot(a + 1), slot(a));
              let or = 0;
              for (let k = dx >> 2, e = k + W; k < e; k++) or |= heap[k] as number;
              if (or === 0) {
                kind[m] = 2;
                heap.copyWithin(dx >> 2, one >> 2, (one >> 2) + W);
              } else kind[m] = 0;
            }
            m++;
          }
        }
        if (m === 0) break;
        mod._mclBnFp_invVec(invs, dxs, m);
        let p = 0;
        for (let b = 0; b < buckets; b++) {
          const l = len[b] as number;
          if (l < 2) continue;
          const s0 = start[b] as number;
          for (let q = 0; q + 1 < l; q += 2, p++) {
            const a = pairA[p] as number;
            const dest = pairDest[p] as number;
            const k = kind[p] as number;
            if (k === 1) {
              // One side at infinity: the sum is the other.
              const from = inf[a] ? a + 1 : a;
              heap = mod.HEAP32;
              if (from !== dest) heap.copyWithin(slot(dest) >> 2, slot(from) >> 2, (slot(from) >> 2) + 2 * W);
              inf[dest] = inf[from] as number;
              continue;
            }
            if (k === 2) {
              generic(a, a + 1, dest);
              continue;
            }
            const ax = slot(a);
            const ay = ax + FP_BYTES;
            const bx = slot(a + 1);
            mod._mclBnFp_sub(lambda, bx + FP_BYTES, ay);
            mod._mclBnFp_mul(lambda, lambda, invs + p * FP_BYTES);
            mod._mclBnFp_sqr(x3, lambda);
            mod._mclBnFp_sub(x3, x3, ax);
            mod._mclBnFp_sub(x3, x3, bx);
            mod._mclBnFp_sub(t, ax, x3);
            mod._mclBnFp_mul(t, t, lambda);
            const dx = slot(dest);
            mod._mclBnFp_sub(dx + FP_BYTES, t, ay);
            heap = mod.HEAP32;
            heap.copyWithin(dx >> 2, x3 >> 2, (x3 >> 2) + W);
            inf[dest] = 0;
          }
          if (l % 2 === 1) {
            // The odd one out moves down behind the sums.
            const from = s0 + l - 1;
            const dest = s0 + (l >> 1);
            heap = mod.HEAP32;
            heap.copyWithin(slot(dest) >> 2, slot(from) >> 2, (slot(from) >> 2) + 2 * W);
            inf[dest] = inf[from] as number;
          }
          len[b] = (l + 1) >> 1;
        }
      }
      // Each bucket's one point, affine with z = 1.
      heap = mod.HEAP32;
      for (let b = 0; b < buckets; b++) {
        const s0 = start[b] as number;
        if (len[b] !== 1 || inf[s0]) continue;
        const at = bucketMem + b * size;
        heap.copyWithin(at >> 2, slot(s0) >> 2, (slot(s0) >> 2) + 2 * W);
        heap.copyWithin((at >> 2) + 2 * W, one >> 2, (one >> 2) + W);
      }
    },
    free: () => mod._free(work),
  };
}
