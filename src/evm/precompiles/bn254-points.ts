/**
 * Decoding and encoding of alt_bn128 (bn254) points as EIP-196/197 define them: G1 as
 * (x, y), G2 as (x_im, x_re, y_im, y_re), 32-byte big-endian coordinates, each < p,
 * all-zero for the point at infinity. Points must lie on the curve, and G2 points in the
 * order-r subgroup. Decoding returns undefined for any invalid point.
 */
import { lazyModule } from '../../core/lazy-module.js';
import { bigIntToBytes, bytesToBigInt } from './types.js';

/** noble's bn254, loaded by the first call that needs it (a few ms of every start otherwise). */
export const bn254 = lazyModule<typeof import('@noble/curves/bn254.js')>('@noble/curves/bn254.js');
type Curve = ReturnType<typeof bn254>['bn254'];
export type G1Point = InstanceType<Curve['G1']['Point']>;
export type G2Point = InstanceType<Curve['G2']['Point']>;
/** The base field's modulus and the order of G1 and G2 (EIP-196). */
export const P = 21888242871839275222246405745257275088696311157297823662689037894645226208583n;
export const CURVE_ORDER = 21888242871839275222246405745257275088548364400416034343698204186575808495617n;

function coord(data: Uint8Array, offset: number): bigint | undefined {
  const v = bytesToBigInt(data.subarray(offset, offset + 32));
  return v < P ? v : undefined;
}

/** The G1 point at `offset` of a buffer holding at least offset + 64 bytes. */
export function decodeG1(data: Uint8Array, offset: number): G1Point | undefined {
  const x = coord(data, offset);
  const y = coord(data, offset + 32);
  if (x === undefined || y === undefined) return undefined;
  const G1 = bn254().bn254.G1.Point;
  if (x === 0n && y === 0n) return G1.ZERO;
  try {
    const p = G1.fromAffine({ x, y });
    p.assertValidity();
    return p;
  } catch {
    return undefined;
  }
}

/** The G2 point at `offset` of a buffer holding at least offset + 128 bytes. */
export function decodeG2(data: Uint8Array, offset: number): G2Point | undefined {
  const xi = coord(data, offset);
  const xr = coord(data, offset + 32);
  const yi = coord(data, offset + 64);
  const yr = coord(data, offset + 96);
  if (xi === undefined || xr === undefined || yi === undefined || yr === undefined) return undefined;
  const { G2 } = bn254().bn254;
  const Fp2 = bn254().bn254.fields.Fp2;
  if (xi === 0n && xr === 0n && yi === 0n && yr === 0n) return G2.Point.ZERO;
  try {
    const p = G2.Point.fromAffine({ x: Fp2.fromBigTuple([xr, xi]), y: Fp2.fromBigTuple([yr, yi]) });
    p.assertValidity(); // on the twist and in the order-r subgroup
    return p;
  } catch {
    return undefined;
  }
}

/** 64 bytes x || y; zeros for infinity. */
export function encodeG1(p: G1Point): Uint8Array {
  const out = new Uint8Array(64);
  if (p.is0()) return out;
  const a = p.toAffine();
  out.set(bigIntToBytes(a.x, 32), 0);
  out.set(bigIntToBytes(a.y, 32), 32);
  return out;
}
