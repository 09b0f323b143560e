/**
 * ECDSA public-key recovery over secp256k1 (SEC 1 v2 section 4.1.6), the sender of every
 * transaction and the ECRECOVER precompile: Q = r^-1 (s R - z G), with R the point of
 * x = r whose y has the parity of the recovery id. Same answers as @noble/curves'
 * `Signature.recoverPublicKey` (which geth's libsecp256k1 agrees with), about five times
 * faster: the point arithmetic runs in field-wasm.ts, u2 R with 4-bit windows, u1 G from a
 * table of j 16^i G built once. Whatever that way does not cover (a recovery id other than
 * 0 and 1, r or s out of range, a sum of two points with the same x on the way, a result at
 * infinity) is left to noble, so the result is noble's in every case.
 */
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { instantiate } from '../../core/wasm.js';
import { moduleBytes, SCRATCH_BYTES } from './field-wasm.js';

const { p: P, n: N } = secp256k1.Point.CURVE();
const Fn = secp256k1.Point.Fn;

interface Exports {
  mul(d: number, a: number, b: number): void;
  add(d: number, a: number, b: number): void;
  canon(a: number): void;
  zero(a: number): number;
  dbl(d: number, a: number): void;
  padd(d: number, a: number, b: number): number;
  m: { buffer: ArrayBuffer };
}

// Memory map (byte addresses): scratch of the formulas, then this file's field slots and points.
const F = 32;
const PT = 96;
const FIELD = SCRATCH_BYTES; // 16 field slots for pow() and the result
const POW_TABLE = FIELD + 4 * F; // base^0..15
const R_TABLE = POW_TABLE + 16 * F; // j R for j = 1..15 (index j)
const ACC = R_TABLE + 16 * PT;
const G_TABLE = ACC + PT; // j 16^i G at G_TABLE + (16 i + j) * PT
const [T0, T1, T2, T3] = [FIELD, FIELD + F, FIELD + 2 * F, FIELD + 3 * F];

let wasm: Exports | undefined;
let u32: Uint32Array;
let u8: Uint8Array;

function write(at: number, v: bigint): void {
  for (let k = 0; k < 8; k++) {
    u32[at / 4 + k] = Number(v & 0xffff_ffffn);
    v >>= 32n;
  }
}

function read(at: number): bigint {
  let v = 0n;
  for (let k = 7; k >= 0; k--) v = (v << 32n) | BigInt(u32[at / 4 + k]!);
  return v;
}

/** d = a^e (mod p) with 4-bit windows; a is not at d or in POW_TABLE. */
function pow(d: number, a: number, e: bigint): void {
  const w = wasm!;
  write(POW_TABLE, 1n);
  w.mul(POW_TABLE + F, a, POW_TABLE);
  for (let j = 2; j < 16; j++) w.mul(POW_TABLE + j * F, POW_TABLE + (j - 1) * F, a);
  write(d, 1n);
  for (let shift = 252n; shift >= 0n; shift -= 4n) {
    for (let i = 0; i < 4; i++) w.mul(d, d, d);
    const nib = Number((e >> shift) & 15n);
    if (nib) w.mul(d, d, POW_TABLE + nib * F);
  }
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
  // j 16^i G: row i from 16^i G by additions (the double for j = 2), the next row's base
  // 16^(i+1) G = 2 (8 16^i G).
  const g = secp256k1.Point.BASE.toAffine();
  writePoint(G_TABLE + PT, g.x, g.y);
  for (let i = 0; i < 64; i++) {
    const row = G_TABLE + 16 * i * PT;
    w.dbl(row + 2 * PT, row + PT);
    for (let j = 3; j < 16; j++) w.padd(row + j * PT, row + (j - 1) * PT, row + PT);
    if (i < 63) {
      w.dbl(row + 16 * PT + PT, row + 8 * PT);
    }
  }
  return w;
}

const FALLBACK = Symbol('fallback');

/** Q = u1 G + u2 R in Jacobian coordinates at ACC, or FALLBACK. */
function combine(w: Exports, u1: bigint, u2: bigint): typeof FALLBACK | undefined {
  w.dbl(R_TABLE + 2 * PT, R_TABLE + PT);
  for (let j = 3; j < 16; j++)
    if (w.padd(R_TABLE + j * PT, R_TABLE + (j - 1) * PT, R_TABLE + PT)) return FALLBACK;
  let started = false;
  for (let shift = 252n; shift >= 0n; shift -= 4n) {
    const nib = Number((u2 >> shift) & 15n);
    if (started) {
      for (let i = 0; i < 4; i++) w.dbl(ACC, ACC);
      if (nib && w.padd(ACC, ACC, R_TABLE + nib * PT)) return FALLBACK;
    } else if (nib) {
      u8.copyWithin(ACC, R_TABLE + nib * PT, R_TABLE + (nib + 1) * PT);
      started = true;
    }
  }
  for (let i = 0; i < 64; i++) {
    const nib = Number((u1 >> BigInt(4 * i)) & 15n);
    if (nib && w.padd(ACC, ACC, G_TABLE + (16 * i + nib) * PT)) return FALLBACK;
  }
  return undefined;
}

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
  w.mul(T1, T0, T0);
  w.mul(T1, T1, T0);
  write(T2, 7n);
  w.add(T1, T1, T2);
  pow(T2, T1, (P + 1n) >> 2n);
  w.mul(T3, T2, T2);
  w.canon(T3);
  w.canon(T1);
  if (read(T3) !== read(T1)) return undefined;
  w.canon(T2);
  let y = read(T2);
  if (Number(y & 1n) !== recovery) y = P - y;
  writePoint(R_TABLE + PT, r, y);
  let z = 0n;
  for (const b of hash) z = (z << 8n) | BigInt(b);
  const rInv = Fn.inv(r);
  if (combine(w, Fn.create(-z * rInv), Fn.create(s * rInv)) === FALLBACK) return FALLBACK;
  // To affine: x = X / Z^2, y = Y / Z^3.
  if (w.zero(ACC + 2 * F)) return FALLBACK;
  pow(T0, ACC + 2 * F, P - 2n);
  w.mul(T1, T0, T0);
  w.mul(T2, ACC, T1);
  w.mul(T1, T1, T0);
  w.mul(T3, ACC + F, T1);
  w.canon(T2);
  w.canon(T3);
  const out = new Uint8Array(65);
  out[0] = 4;
  const x = read(T2);
  const yq = read(T3);
  for (let i = 0; i < 32; i++) {
    out[32 - i] = Number((x >> BigInt(8 * i)) & 0xffn);
    out[64 - i] = Number((yq >> BigInt(8 * i)) & 0xffn);
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
