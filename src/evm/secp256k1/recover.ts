/**
 * ECDSA public-key recovery over secp256k1 (SEC 1 v2 section 4.1.6), the sender of every
 * transaction and the ECRECOVER precompile: Q = r^-1 (s R - z G), with R the point of
 * x = r whose y has the parity of the recovery id. Same answers as @noble/curves'
 * `Signature.recoverPublicKey` (which geth's libsecp256k1 agrees with), several times
 * faster: the point arithmetic runs in field-wasm.ts.
 *   - u2 R by the GLV endomorphism (Gallant, Lambert, Vanstone 2001; Guide to Elliptic Curve
 *     Cryptography, algorithm 3.74): u2 = k1 + k2 lambda (mod n) with |k1|, |k2| < 2^128 and
 *     lambda R = (beta x, y), so both halves share 128 doublings (4-bit windows);
 *   - u1 G from an affine table of j 256^i G (8-bit windows), built on first use (mixed
 *     additions);
 *   - the square root and the inverse in the field by fixed addition chains for
 *     (p + 1) / 4 and p - 2 (runs of squarings in WebAssembly); r^-1 mod n by Lehmer's
 *     extended Euclid (inverse.ts).
 * Whatever that way does not cover (a recovery id other than 0 and 1, r or s out of range, a
 * sum of two points with the same x on the way, a result at infinity) is left to noble, so
 * the result is noble's in every case.
 */
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { instantiate } from '../../core/wasm.js';
import { G_ENTRIES, G_WINDOWS, moduleBytes, SCRATCH_BYTES } from './field-wasm.js';
import { invertMod } from './inverse.js';

const { n: N } = secp256k1.Point.CURVE();
const Fn = secp256k1.Point.Fn;

/**
 * The endomorphism: beta, a cube root of unity mod p, maps (x, y) to (beta x, y), which is
 * lambda times the point; a1, b1, a2, b2 a short basis of the lattice of (x, y) with
 * x + y lambda = 0 (mod n). The test checks each of these relations.
 */
export const GLV = {
  beta: 0x7ae96a2b657c07106e64479eac3434e99cf0497512f58995c1396c28719501een,
  lambda: 0x5363ad4cc05c30e0a5261c028812645a122e22ea20816678df02967c1b23bd72n,
  a1: 0x3086d221a7d46bcde86c90e49284eb15n,
  b1: -0xe4437ed6010e88286f547fa90abfe4c3n,
  a2: 0x114ca50f7a8e2f3f657c1108d9d44cfd8n,
  b2: 0x3086d221a7d46bcde86c90e49284eb15n,
};

/** k = k1 + k2 lambda (mod n), with k1 and k2 near zero (Guide to ECC, algorithm 3.74). */
export function splitScalar(k: bigint): [bigint, bigint] {
  const { a1, b1, a2, b2 } = GLV;
  const half = N >> 1n;
  const c1 = (b2 * k + half) / N;
  const c2 = (-b1 * k + half) / N;
  return [k - c1 * a1 - c2 * a2, -c1 * b1 - c2 * b2];
}

interface Exports {
  mul(d: number, a: number, b: number): void;
  sqr(d: number, a: number, b: number): void;
  add(d: number, a: number, b: number): void;
  sub(d: number, a: number, b: number): void;
  canon(a: number): void;
  zero(a: number): number;
  dbl(d: number, a: number): void;
  padd(d: number, a: number, b: number): number;
  sqrn(d: number, a: number, n: number): void;
  walk(acc: number, t1: number, t2: number, digits: number, n: number): number;
  gwalk(acc: number, table: number, digits: number): number;
  m: { buffer: ArrayBuffer };
}

// Memory map (byte addresses): scratch of the formulas, then this file's field slots, tables
// and points.
const F = 32;
const PT = 96;
const AFF = 64;
const FIELD = SCRATCH_BYTES; // 16 field slots
const [T0, T1, T2, T3, X2, X3, X11, X22, X44, ZERO_SLOT, BETA] = Array.from(
  { length: 11 },
  (_, i) => FIELD + i * F,
);
const R1 = FIELD + 16 * F; // j R' for j = 1..15 (index j)
const R2 = R1 + 16 * PT; // j lambda R''
const ACC = R2 + 16 * PT;
const DIGITS = ACC + PT; // 32 pairs of nibbles for u2
const G_DIGITS = DIGITS + 64; // the 32 bytes of u1, low first
const G_TABLE = G_DIGITS + 32; // affine j 256^i G at G_TABLE + (256 i + j) * AFF
const G_ROW = G_TABLE + G_WINDOWS * G_ENTRIES * AFF; // one row in Jacobian coordinates, at start-up
const G_PREFIX = G_ROW + G_ENTRIES * PT; // products of its Z, at start-up

let wasm: Exports | undefined;
let u32: Uint32Array;
let u8: Uint8Array;

function write(at: number, v: bigint): void {
  for (let k = 0; k < 8; k++) {
    u32[at / 4 + k] = Number(v & 0xffff_ffffn);
    v >>= 32n;
  }
}

/**
 * d = a^(2^223 - 1) steps shared by the two chains below; leaves a^(2^k - 1) for k = 2, 3,
 * 11, 22, 44 in X2, X3, X11, X22, X44 and a^(2^223 - 1) at d.
 */
function ones223(w: Exports, d: number, a: number): void {
  w.sqr(X2, a, a);
  w.mul(X2, X2, a); // 2^2 - 1
  w.sqr(X3, X2, X2);
  w.mul(X3, X3, a); // 2^3 - 1
  w.sqrn(d, X3, 3);
  w.mul(d, d, X3); // 2^6 - 1
  w.sqrn(d, d, 3);
  w.mul(d, d, X3); // 2^9 - 1
  w.sqrn(X11, d, 2);
  w.mul(X11, X11, X2); // 2^11 - 1
  w.sqrn(X22, X11, 11);
  w.mul(X22, X22, X11);
  w.sqrn(X44, X22, 22);
  w.mul(X44, X44, X22);
  w.sqrn(d, X44, 44);
  w.mul(d, d, X44); // 2^88 - 1
  w.sqrn(T3, d, 88);
  w.mul(d, T3, d); // 2^176 - 1
  w.sqrn(d, d, 44);
  w.mul(d, d, X44); // 2^220 - 1
  w.sqrn(d, d, 3);
  w.mul(d, d, X3); // 2^223 - 1
  w.sqrn(d, d, 23);
  w.mul(d, d, X22); // 1^223 0 1^22
}

/** d = a^((p + 1) / 4): (p + 1) / 4 is 1^223 0 1^22 0000 1100 in binary. */
function sqrt(w: Exports, d: number, a: number): void {
  ones223(w, d, a);
  w.sqrn(d, d, 6);
  w.mul(d, d, X2);
  w.sqrn(d, d, 2);
}

/** d = a^(p - 2) = a^-1: p - 2 is 1^223 0 1^22 0000 1011 01 in binary. */
function invert(w: Exports, d: number, a: number): void {
  ones223(w, d, a);
  w.sqrn(d, d, 5);
  w.mul(d, d, a);
  w.sqrn(d, d, 3);
  w.mul(d, d, X2);
  w.sqrn(d, d, 2);
  w.mul(d, d, a);
}

function writePoint(at: number, x: bigint, y: bigint): void {
  write(at, x);
  write(at + F, y);
  write(at + 2 * F, 1n);
}

function init(): Exports {
  const w = instantiate<Exports>(moduleBytes());
  wasm = w;
  u32 = new Uint32Array(w.m.buffer);
  u8 = new Uint8Array(w.m.buffer);
  write(ZERO_SLOT, 0n);
  write(BETA, GLV.beta);
  // j 256^i G: row i from 256^i G by additions (the double for j = 2), made affine with one
  // inversion (Montgomery's trick); the next row's base 256^(i+1) G = 2 (128 256^i G).
  const g = secp256k1.Point.BASE.toAffine();
  writePoint(G_ROW + PT, g.x, g.y);
  for (let i = 0; i < G_WINDOWS; i++) {
    w.dbl(G_ROW + 2 * PT, G_ROW + PT);
    for (let j = 3; j < G_ENTRIES; j++) w.padd(G_ROW + j * PT, G_ROW + (j - 1) * PT, G_ROW + PT);
    write(T0, 1n);
    for (let j = 1; j < G_ENTRIES; j++)
      w.mul(G_PREFIX + j * F, j > 1 ? G_PREFIX + (j - 1) * F : T0, G_ROW + j * PT + 2 * F);
    invert(w, T1, G_PREFIX + (G_ENTRIES - 1) * F); // 1 / (Z_1 ... Z_255)
    for (let j = G_ENTRIES - 1; j >= 1; j--) {
      const jac = G_ROW + j * PT;
      const aff = G_TABLE + (G_ENTRIES * i + j) * AFF;
      if (j > 1) w.mul(T2, T1, G_PREFIX + (j - 1) * F);
      else u8.copyWithin(T2, T1, T1 + F); // 1 / Z_j
      w.mul(T1, T1, jac + 2 * F); // 1 / (Z_1 ... Z_(j-1))
      w.sqr(T3, T2, T2);
      w.mul(aff, jac, T3);
      w.mul(T3, T3, T2);
      w.mul(aff + F, jac + F, T3);
    }
    if (i < G_WINDOWS - 1) w.dbl(G_ROW + PT, G_ROW + (G_ENTRIES / 2) * PT);
  }
  return w;
}

const FALLBACK = Symbol('fallback');
const TWO_128 = 1n << 128n;

/** The 32 nibbles of 0 <= k < 2^128, high first, at every second byte from `at`. */
function nibbles(at: number, k: bigint): void {
  for (let limb = 0; limb < 4; limb++) {
    let v = Number((k >> BigInt(32 * limb)) & 0xffff_ffffn);
    for (let q = 0; q < 8; q++) {
      u8[at + 2 * (31 - (8 * limb + q))] = v & 15;
      v >>>= 4;
    }
  }
}

/** j P for j = 1..15 at `table + j PT`, from P at `table + PT`; FALLBACK if an addition had no answer. */
function multiples(w: Exports, table: number): typeof FALLBACK | undefined {
  w.dbl(table + 2 * PT, table + PT);
  for (let j = 3; j < 16; j++) if (w.padd(table + j * PT, table + (j - 1) * PT, table + PT)) return FALLBACK;
  return undefined;
}

/** Q = u1 G + u2 R at ACC (Jacobian) with R at R1 + PT, or FALLBACK. */
function combine(w: Exports, u1: bigint, u2: bigint): typeof FALLBACK | undefined {
  let [k1, k2] = splitScalar(u2);
  const neg1 = k1 < 0n;
  const neg2 = k2 < 0n;
  if (neg1) k1 = -k1;
  if (neg2) k2 = -k2;
  if (k1 >= TWO_128 || k2 >= TWO_128) return FALLBACK;
  if (neg1) w.sub(R1 + PT + F, ZERO_SLOT, R1 + PT + F);
  if (multiples(w, R1)) return FALLBACK;
  // j lambda R'' = (beta X, +-Y, Z) of j R', Y negated when the signs of k1 and k2 differ.
  for (let j = 1; j < 16; j++) {
    const a = R1 + j * PT;
    const b = R2 + j * PT;
    w.mul(b, a, BETA);
    if (neg1 !== neg2) w.sub(b + F, ZERO_SLOT, a + F);
    else u8.copyWithin(b + F, a + F, a + F + F);
    u8.copyWithin(b + 2 * F, a + 2 * F, a + 3 * F);
  }
  nibbles(DIGITS, k1);
  nibbles(DIGITS + 1, k2);
  if (w.walk(ACC, R1, R2, DIGITS, 32)) return FALLBACK;
  for (let i = 0; i < 32; i++) u8[G_DIGITS + i] = Number((u1 >> BigInt(8 * i)) & 0xffn);
  if (w.gwalk(ACC, G_TABLE, G_DIGITS)) return FALLBACK;
  return undefined;
}

const equalSlots = (a: number, b: number): boolean => {
  for (let i = 0; i < F; i++) if (u8[a + i] !== u8[b + i]) return false;
  return true;
};

/** The uncompressed point r^-1 (s R - z G), or FALLBACK, or undefined when x = r is not on the curve. */
function recoverFast(
  hash: Uint8Array,
  recovery: number,
  r: bigint,
  s: bigint,
): Uint8Array | undefined | typeof FALLBACK {
  if ((recovery !== 0 && recovery !== 1) || hash.length !== 32 || r < 1n || r >= N || s < 1n || s >= N)
    return FALLBACK;
  const w = wasm ?? init();
  // R: y^2 = r^3 + 7, y = (y^2)^((p + 1) / 4) since p = 3 (mod 4).
  write(T0, r);
  w.sqr(T1, T0, T0);
  w.mul(T1, T1, T0);
  write(T2, 7n);
  w.add(T1, T1, T2);
  sqrt(w, T2, T1);
  w.sqr(T3, T2, T2);
  w.canon(T3);
  w.canon(T1);
  if (!equalSlots(T3, T1)) return undefined;
  w.canon(T2);
  const at = R1 + PT;
  u8.copyWithin(at, T0, T0 + F);
  if ((u8[T2]! & 1) === recovery) u8.copyWithin(at + F, T2, T2 + F);
  else w.sub(at + F, ZERO_SLOT, T2);
  write(at + 2 * F, 1n);
  let z = 0n;
  for (const b of hash) z = (z << 8n) | BigInt(b);
  const rInv = invertMod(r, N);
  if (combine(w, Fn.create(-z * rInv), Fn.create(s * rInv)) === FALLBACK) return FALLBACK;
  // To affine: x = X / Z^2, y = Y / Z^3.
  if (w.zero(ACC + 2 * F)) return FALLBACK;
  invert(w, T0, ACC + 2 * F);
  w.sqr(T1, T0, T0);
  w.mul(T2, ACC, T1);
  w.mul(T1, T1, T0);
  w.mul(T3, ACC + F, T1);
  w.canon(T2);
  w.canon(T3);
  const out = new Uint8Array(65);
  out[0] = 4;
  for (let i = 0; i < 32; i++) {
    out[32 - i] = u8[T2 + i]!;
    out[64 - i] = u8[T3 + i]!;
  }
  return out;
}

/**
 * The uncompressed public key (0x04 || x || y) that signed the 32-byte `hash` with (r, s) and
 * recovery id `recovery`, or undefined when none does (noble throws there).
 */
export function recoverPublicKey(
  hash: Uint8Array,
  recovery: number,
  r: bigint,
  s: bigint,
): Uint8Array | undefined {
  const fast = recoverFast(hash, recovery, r, s);
  if (fast !== FALLBACK) return fast;
  try {
    return new secp256k1.Signature(r, s).addRecoveryBit(recovery).recoverPublicKey(hash).toBytes(false);
  } catch {
    return undefined;
  }
}
