/**
 * EIP-2537 encodings of BLS12-381 values: a base-field element is 64 bytes, big-endian,
 * its top 16 bytes zero and its value below p; a G1 point is x || y (128 bytes), a G2 point
 * x.c0 || x.c1 || y.c0 || y.c1 (256 bytes), all zeros for the point at infinity. Decoding
 * checks that the point is on its curve; the subgroup check is separate because G1ADD
 * and G2ADD do not make it. Decoding returns undefined for any invalid encoding.
 */
import { lazyModule } from '../../core/lazy-module.js';
import { bigIntToBytes, bytesToBigInt } from './types.js';

type Curve = typeof import('@noble/curves/bls12-381.js')['bls12_381'];
/** noble's BLS12-381, loaded on the first EIP-2537 call (its set-up is a large part of a start). */
export const bls12 = (
  (load) => (): Curve =>
    load().bls12_381
)(lazyModule<typeof import('@noble/curves/bls12-381.js')>('@noble/curves/bls12-381.js'));
export type G1Point = InstanceType<Curve['G1']['Point']>;
export type G2Point = InstanceType<Curve['G2']['Point']>;
type Fp2Value = ReturnType<Curve['fields']['Fp2']['fromBigTuple']>;
/** The base field's modulus. */
const P = 0x1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaabn;
/** The order of G1 and G2 (the scalar field). */
export const SUBGROUP_ORDER = 0x73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001n;
const B1 = 4n;

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
  const { G1, fields } = bls12();
  const Fp = fields.Fp;
  if (x === 0n && y === 0n) return G1.Point.ZERO;
  if (Fp.sqr(y) !== Fp.add(Fp.mul(Fp.sqr(x), x), B1)) return undefined;
  return G1.Point.fromAffine({ x, y });
}

function decodeFp2(data: Uint8Array, offset: number): Fp2Value | undefined {
  const c0 = decodeFp(data, offset);
  const c1 = decodeFp(data, offset + FIELD_BYTES);
  return c0 === undefined || c1 === undefined ? undefined : bls12().fields.Fp2.fromBigTuple([c0, c1]);
}

export function decodeG2(data: Uint8Array, offset: number): G2Point | undefined {
  const x = decodeFp2(data, offset);
  const y = decodeFp2(data, offset + 2 * FIELD_BYTES);
  if (x === undefined || y === undefined) return undefined;
  const { G2, fields } = bls12();
  const Fp2 = fields.Fp2;
  if (Fp2.is0(x) && Fp2.is0(y)) return G2.Point.ZERO;
  if (!Fp2.eql(Fp2.sqr(y), Fp2.add(Fp2.mul(Fp2.sqr(x), x), Fp2.fromBigTuple([4n, 4n])))) return undefined;
  return G2.Point.fromAffine({ x, y });
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
