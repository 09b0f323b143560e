/**
 * EIP-2537 encodings of BLS12-381 values: a base-field element is 64 bytes, big-endian,
 * its top 16 bytes zero and its value below p; a G1 point is x || y (128 bytes), a G2 point
 * x.c0 || x.c1 || y.c0 || y.c1 (256 bytes), all zeros for the point at infinity. Decoding
 * checks that the point is on its curve; the subgroup check is separate because G1ADD
 * and G2ADD do not make it. Decoding returns undefined for any invalid encoding.
 */
import { bls12_381 } from '@noble/curves/bls12-381.js';
import { bigIntToBytes, bytesToBigInt } from './types.js';

export const G1 = bls12_381.G1.Point;
export const G2 = bls12_381.G2.Point;
export type G1Point = InstanceType<typeof G1>;
export type G2Point = InstanceType<typeof G2>;
const Fp = bls12_381.fields.Fp;
const Fp2 = bls12_381.fields.Fp2;
type Fp2Value = ReturnType<typeof Fp2.fromBigTuple>;
const P = Fp.ORDER;
/** The order of G1 and G2 (the scalar field). */
export const SUBGROUP_ORDER = bls12_381.fields.Fr.ORDER;
const B1 = 4n;
const B2 = Fp2.fromBigTuple([4n, 4n]);

export const FIELD_BYTES = 64;
export const G1_BYTES = 128;
export const G2_BYTES = 256;

/** The field element at `offset`, or undefined for non-zero top bytes or a value >= p. */
export function decodeFp(data: Uint8Array, offset: number): bigint | undefined {
  for (let i = 0; i < 16; i++) if (data[offset + i] !== 0) return undefined;
  const v = bytesToBigInt(data.subarray(offset + 16, offset + FIELD_BYTES));
  return v < P ? v : undefined;
}

export function decodeG1(data: Uint8Array, offset: number): G1Point | undefined {
  const x = decodeFp(data, offset);
  const y = decodeFp(data, offset + FIELD_BYTES);
  if (x === undefined || y === undefined) return undefined;
  if (x === 0n && y === 0n) return G1.ZERO;
  if (Fp.sqr(y) !== Fp.add(Fp.mul(Fp.sqr(x), x), B1)) return undefined;
  return G1.fromAffine({ x, y });
}

function decodeFp2(data: Uint8Array, offset: number): Fp2Value | undefined {
  const c0 = decodeFp(data, offset);
  const c1 = decodeFp(data, offset + FIELD_BYTES);
  return c0 === undefined || c1 === undefined ? undefined : Fp2.fromBigTuple([c0, c1]);
}

export function decodeG2(data: Uint8Array, offset: number): G2Point | undefined {
  const x = decodeFp2(data, offset);
  const y = decodeFp2(data, offset + 2 * FIELD_BYTES);
  if (x === undefined || y === undefined) return undefined;
  if (Fp2.is0(x) && Fp2.is0(y)) return G2.ZERO;
  if (!Fp2.eql(Fp2.sqr(y), Fp2.add(Fp2.mul(Fp2.sqr(x), x), B2))) return undefined;
  return G2.fromAffine({ x, y });
}

/** Whether a decoded point lies in the order-r subgroup (MSM and pairing require it). */
export function inSubgroup(p: G1Point | G2Point): boolean {
  return p.is0() || p.isTorsionFree();
}

function putFp(out: Uint8Array, offset: number, v: bigint): void {
  out.set(bigIntToBytes(v, 48), offset + 16);
}

export function encodeG1(p: G1Point): Uint8Array {
  const out = new Uint8Array(G1_BYTES);
  if (p.is0()) return out;
  const { x, y } = p.toAffine();
  putFp(out, 0, x);
  putFp(out, FIELD_BYTES, y);
  return out;
}

export function encodeG2(p: G2Point): Uint8Array {
  const out = new Uint8Array(G2_BYTES);
  if (p.is0()) return out;
  const { x, y } = p.toAffine();
  putFp(out, 0, x.c0);
  putFp(out, FIELD_BYTES, x.c1);
  putFp(out, 2 * FIELD_BYTES, y.c0);
  putFp(out, 3 * FIELD_BYTES, y.c1);
  return out;
}
