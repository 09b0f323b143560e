/**
 * ECDSA over secp256r1 / secp256k1 as neo checks signatures (neo `Cryptography/Crypto.cs`):
 * 64-byte r||s signatures over SHA-256 or Keccak-256 of the message, high-S accepted (.NET
 * ECDsa). The V0 form (before Gorgon) answers false for a signature that is not 64 bytes; the
 * current form refuses it. A public key that does not decode, or an uncompressed one off the
 * curve, is an error in both. `ecRecover` is neo's secp256k1 public key recovery.
 */
import { p256 } from '@noble/curves/nist.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { NeoFormatError } from '../errors.js';
import { type Curve, ECPoint, SECP256K1, SECP256R1 } from './ecpoint.js';
import { keccak256, sha256 } from './hash.js';

export type HashAlgorithm = 'sha256' | 'keccak256';

const ecdsa = (curve: Curve) => (curve === SECP256R1 ? p256 : secp256k1);

function onCurve(p: ECPoint): boolean {
  const c = p.curve;
  return (p.y * p.y - (p.x * p.x * p.x + c.a * p.x + c.b)) % c.p === 0n;
}

function verify(message: Uint8Array, signature: Uint8Array, point: ECPoint, hash: HashAlgorithm): boolean {
  if (!onCurve(point)) throw new NeoFormatError('The specified key parameters are not valid.');
  const digest = hash === 'sha256' ? sha256(message) : keccak256(message);
  try {
    return ecdsa(point.curve).verify(signature, digest, point.encodeUncompressed(), {
      prehash: false,
      lowS: false,
    });
  } catch {
    return false;
  }
}

/** `Crypto.VerifySignatureV0`: false for a signature that is not 64 bytes. */
export function verifySignatureV0(
  message: Uint8Array,
  signature: Uint8Array,
  pubkey: Uint8Array | ECPoint,
  curve: Curve = SECP256R1,
  hash: HashAlgorithm = 'sha256',
): boolean {
  const point = pubkey instanceof ECPoint ? pubkey : ECPoint.decode(pubkey, curve);
  if (signature.length !== 64) return false;
  return verify(message, signature, point, hash);
}

/** `Crypto.VerifySignature` (Gorgon): a signature that is not 64 bytes is an error. */
export function verifySignature(
  message: Uint8Array,
  signature: Uint8Array,
  pubkey: Uint8Array | ECPoint,
  curve: Curve = SECP256R1,
  hash: HashAlgorithm = 'sha256',
): boolean {
  if (signature.length !== 64) throw new NeoFormatError('Signature size should be 64 bytes.');
  const point = pubkey instanceof ECPoint ? pubkey : ECPoint.decode(pubkey, curve);
  return verify(message, signature, point, hash);
}

function bytesToBig(b: Uint8Array): bigint {
  let v = 0n;
  for (const x of b) v = (v << 8n) | BigInt(x);
  return v;
}

function mod(a: bigint, n: bigint): bigint {
  const r = a % n;
  return r < 0n ? r + n : r;
}

function invert(a: bigint, n: bigint): bigint {
  let [r0, r1] = [mod(a, n), n];
  let [s0, s1] = [1n, 0n];
  if (r0 === 0n) throw new NeoFormatError('not invertible');
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) throw new NeoFormatError('not invertible');
  return mod(s0, n);
}

/**
 * neo's `Crypto.ECRecover`: 65 bytes r||s||v (v 0..3 or 27..30) or 64 bytes r||yParityAndS;
 * returns the secp256k1 public key, or throws for invalid input.
 */
export function ecRecover(signature: Uint8Array, messageHash: Uint8Array): ECPoint {
  if (signature.length !== 65 && signature.length !== 64)
    throw new NeoFormatError('Signature must be 65 or 64 bytes');
  if (messageHash.length !== 32) throw new NeoFormatError('Message hash must be 32 bytes');
  const r = bytesToBig(signature.subarray(0, 32));
  let s: bigint;
  let recId: number;
  if (signature.length === 65) {
    s = bytesToBig(signature.subarray(32, 64));
    const v = signature[64]!;
    recId = v >= 27 ? v - 27 : v;
    if (recId < 0 || recId > 3) throw new NeoFormatError('Recovery value must be in range [0..3]');
  } else {
    const ys = bytesToBig(signature.subarray(32, 64));
    s = ys & ((1n << 255n) - 1n);
    recId = ys >> 255n === 1n ? 1 : 0;
  }
  const n = SECP256K1.n;
  const e = bytesToBig(messageHash);
  const rInv = invert(r, n);
  const srInv = mod(rInv * s, n);
  const eInvrInv = mod(rInv * mod(-e, n), n);
  const x = r + BigInt(recId >> 1) * n;
  if (x >= SECP256K1.p) throw new NeoFormatError('X coordinate is out of range for secp256k1 curve');
  const compressed = new Uint8Array(33);
  compressed[0] = recId & 1 ? 0x03 : 0x02;
  let t = x;
  for (let i = 32; i >= 1; i--) {
    compressed[i] = Number(t & 0xffn);
    t >>= 8n;
  }
  const Point = secp256k1.Point;
  const R = Point.fromBytes(compressed);
  const G = Point.BASE;
  const q = G.multiplyUnsafe(eInvrInv).add(R.multiplyUnsafe(srInv));
  if (q.is0()) throw new NeoFormatError('Invalid signature parameters');
  const affine = q.toAffine();
  return new ECPoint(SECP256K1, affine.x, affine.y);
}
