/**
 * Points on secp256r1 and secp256k1 as neo handles public keys (neo `Cryptography/ECC/
 * ECPoint.cs`): `decodePoint` accepts 33-byte compressed (x checked, y recovered) and
 * 65-byte uncompressed encodings (taken as they are, like neo); points compare by x then y,
 * which orders committees and multisig keys.
 */
import { FormatError } from '../errors.js';

export interface Curve {
  readonly name: 'secp256r1' | 'secp256k1';
  readonly p: bigint;
  readonly a: bigint;
  readonly b: bigint;
  readonly n: bigint;
}

export const SECP256R1: Curve = {
  name: 'secp256r1',
  p: 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn,
  a: 0xffffffff00000001000000000000000000000000fffffffffffffffffffffffcn,
  b: 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn,
  n: 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n,
};

export const SECP256K1: Curve = {
  name: 'secp256k1',
  p: 0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2fn,
  a: 0n,
  b: 7n,
  n: 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n,
};

function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  let result = 1n;
  let b = base % mod;
  let e = exp;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % mod;
    b = (b * b) % mod;
    e >>= 1n;
  }
  return result;
}

/** Decompressed points by encoding (neo keeps an ECPointCache too): decompression is a modular square root. */
const DECOMPRESSED = new Map<string, ECPoint>();

function toBytes32(v: bigint): Uint8Array {
  const out = new Uint8Array(32);
  for (let i = 31; i >= 0; i--) {
    out[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return out;
}

function fromBytes(bytes: Uint8Array): bigint {
  let v = 0n;
  for (const b of bytes) v = (v << 8n) | BigInt(b);
  return v;
}

export class ECPoint {
  private compressed: Uint8Array | undefined;

  constructor(
    readonly curve: Curve,
    readonly x: bigint,
    readonly y: bigint,
  ) {}

  /** Neo's `DecodePoint`: 0x02/0x03 + 32 bytes, or 0x04 + 64 bytes. */
  static decode(encoded: Uint8Array, curve: Curve = SECP256R1): ECPoint {
    const prefix = encoded[0];
    if (prefix === 0x02 || prefix === 0x03) {
      const key = `${curve.name}${Buffer.from(encoded.buffer, encoded.byteOffset, encoded.length).toString('latin1')}`;
      const cached = DECOMPRESSED.get(key);
      if (cached !== undefined) return cached;
      const point = ECPoint.decompress(encoded, curve);
      if (DECOMPRESSED.size >= 10000) DECOMPRESSED.clear();
      DECOMPRESSED.set(key, point);
      return point;
    }
    return ECPoint.decodeUncompressed(encoded, curve);
  }

  /** y from x: both curves have p = 3 (mod 4), so the root is alpha^((p+1)/4). */
  private static decompress(encoded: Uint8Array, curve: Curve): ECPoint {
    if (encoded.length !== 33) {
      throw new FormatError(
        `Invalid compressed ECPoint encoding length: expected 33 bytes, but got ${encoded.length} bytes.`,
      );
    }
    const x = fromBytes(encoded.subarray(1));
    if (x >= curve.p) throw new FormatError('x value too large in field element');
    const alpha = (((x * x) % curve.p) * x + curve.a * x + curve.b) % curve.p;
    let beta = modPow(alpha, (curve.p + 1n) / 4n, curve.p);
    if ((beta * beta) % curve.p !== alpha) {
      throw new FormatError('Failed to decompress ECPoint: the X coordinate is not on the curve.');
    }
    if (Number(beta & 1n) !== (encoded[0]! & 1)) beta = curve.p - beta;
    const point = new ECPoint(curve, x, beta);
    point.compressed = encoded.slice();
    return point;
  }

  private static decodeUncompressed(encoded: Uint8Array, curve: Curve): ECPoint {
    const prefix = encoded[0];
    if (prefix === 0x04) {
      if (encoded.length !== 65) {
        throw new FormatError(
          `Invalid uncompressed ECPoint encoding length: expected 65 bytes, but got ${encoded.length} bytes.`,
        );
      }
      const x = fromBytes(encoded.subarray(1, 33));
      const y = fromBytes(encoded.subarray(33));
      if (x >= curve.p || y >= curve.p) throw new FormatError('x value too large in field element');
      return new ECPoint(curve, x, y);
    }
    if (prefix === undefined) throw new FormatError('Invalid ECPoint encoding: empty input.');
    throw new FormatError(
      `Invalid ECPoint encoding format: unknown prefix byte 0x${prefix.toString(16).toUpperCase().padStart(2, '0')}.`,
    );
  }

  /** Parses the hex form (`ECPoint.Parse`). */
  static parse(hex: string, curve: Curve = SECP256R1): ECPoint {
    if (!/^(0x)?([0-9a-fA-F]{2})+$/.test(hex)) throw new FormatError(`invalid public key hex: ${hex}`);
    return ECPoint.decode(Uint8Array.from(Buffer.from(hex.replace(/^0x/, ''), 'hex')), curve);
  }

  /** The 33-byte compressed encoding (neo's `EncodePoint(true)`, `ToArray()`). */
  encodeCompressed(): Uint8Array {
    if (this.compressed === undefined) {
      const out = new Uint8Array(33);
      out[0] = this.y & 1n ? 0x03 : 0x02;
      out.set(toBytes32(this.x), 1);
      this.compressed = out;
    }
    return this.compressed;
  }

  encodeUncompressed(): Uint8Array {
    const out = new Uint8Array(65);
    out[0] = 0x04;
    out.set(toBytes32(this.x), 1);
    out.set(toBytes32(this.y), 33);
    return out;
  }

  compareTo(other: ECPoint): number {
    if (this.x !== other.x) return this.x < other.x ? -1 : 1;
    if (this.y !== other.y) return this.y < other.y ? -1 : 1;
    return 0;
  }

  equals(other: ECPoint): boolean {
    return this.x === other.x && this.y === other.y && this.curve === other.curve;
  }

  toString(): string {
    return Buffer.from(this.encodeCompressed()).toString('hex');
  }
}

/** Points sorted ascending, as neo's `OrderBy(p => p)`. */
export function sortPoints(points: readonly ECPoint[]): ECPoint[] {
  return [...points].sort((a, b) => a.compareTo(b));
}
