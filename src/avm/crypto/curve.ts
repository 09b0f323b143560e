/**
 * The Edwards BLS12 curve of Aleo (snarkVM curves/src/edwards_bls12, templates/twisted_edwards_extended):
 * a·x² + y² = 1 + d·x²·y² with a = -1, d = 3021 over `field` (BLS12-377 Fr), cofactor 4, prime
 * subgroup of order `scalar`. Points are affine {x, y} at the boundary and extended
 * (X, Y, Z, T) inside sums and scalar multiplications. Group::from_x_coordinate returns the
 * one of (x, ±y) that lies in the prime-order subgroup (the larger y first, as snarkVM tries it).
 */
import type { AffinePoint } from '../values.js';
import { fieldFromBitsLe } from './bits.js';
import { AleoDecodeError } from './errors.js';
import { bigMin, Fq, Fs } from './modular.js';

export const EDWARDS_A = Fq.neg(1n);
export const EDWARDS_D = 3021n;
export const COFACTOR = 4n;

/** Extended twisted Edwards coordinates: x = X/Z, y = Y/Z, T = XY/Z. */
export interface ExtPoint {
  X: bigint;
  Y: bigint;
  Z: bigint;
  T: bigint;
}

const P = Fq.p;
export const ZERO: AffinePoint = Object.freeze({ x: 0n, y: 1n });
export const EXT_ZERO: ExtPoint = Object.freeze({ X: 0n, Y: 1n, Z: 1n, T: 0n });

export function toExt(p: AffinePoint): ExtPoint {
  return { X: p.x, Y: p.y, Z: 1n, T: (p.x * p.y) % P };
}

export function toAffine(p: ExtPoint): AffinePoint {
  if (p.Z === 1n) return { x: Fq.mod(p.X), y: Fq.mod(p.Y) };
  const zi = Fq.inv(Fq.mod(p.Z));
  return { x: Fq.mod(p.X * zi), y: Fq.mod(p.Y * zi) };
}

/** Complete addition (add-2008-hwcd) for a = -1. */
export function extAdd(p: ExtPoint, q: ExtPoint): ExtPoint {
  const A = (p.X * q.X) % P;
  const B = (p.Y * q.Y) % P;
  const C = (((p.T * q.T) % P) * EDWARDS_D) % P;
  const D = (p.Z * q.Z) % P;
  const E = ((p.X + p.Y) * (q.X + q.Y) - A - B) % P;
  const F = D - C;
  const G = D + C;
  const H = B + A;
  return { X: (E * F) % P, Y: (G * H) % P, Z: (F * G) % P, T: (E * H) % P };
}

/** Doubling (dbl-2008-hwcd) for a = -1. */
export function extDouble(p: ExtPoint): ExtPoint {
  const A = (p.X * p.X) % P;
  const B = (p.Y * p.Y) % P;
  const C = (2n * p.Z * p.Z) % P;
  const D = -A;
  const E = ((p.X + p.Y) * (p.X + p.Y) - A - B) % P;
  const G = D + B;
  const F = G - C;
  const H = D - B;
  return { X: (E * F) % P, Y: (G * H) % P, Z: (F * G) % P, T: (E * H) % P };
}

export function extIsZero(p: ExtPoint): boolean {
  return Fq.mod(p.X) === 0n && Fq.mod(p.Y - p.Z) === 0n;
}

/** Normalizes an affine result so coordinates are canonical. */
function norm(p: AffinePoint): AffinePoint {
  return { x: Fq.mod(p.x), y: Fq.mod(p.y) };
}

export function add(p: AffinePoint, q: AffinePoint): AffinePoint {
  return norm(toAffine(extAdd(toExt(p), toExt(q))));
}
export function double(p: AffinePoint): AffinePoint {
  return norm(toAffine(extDouble(toExt(p))));
}
export function neg(p: AffinePoint): AffinePoint {
  return { x: Fq.neg(p.x), y: p.y };
}
export function sub(p: AffinePoint, q: AffinePoint): AffinePoint {
  return add(p, neg(q));
}
export function equals(p: AffinePoint, q: AffinePoint): boolean {
  return p.x === q.x && p.y === q.y;
}
export function isZero(p: AffinePoint): boolean {
  return p.x === 0n && p.y === 1n;
}

/** k·P by double-and-add over the bits of k (any non-negative integer, not reduced). */
export function extMul(p: ExtPoint, k: bigint): ExtPoint {
  let acc = EXT_ZERO;
  for (let i = k.toString(2).length - 1; i >= 0; i--) {
    acc = extDouble(acc);
    if ((k >> BigInt(i)) & 1n) acc = extAdd(acc, p);
  }
  return acc;
}

/** Scalar multiplication by a `scalar` value. */
export function mul(p: AffinePoint, k: bigint): AffinePoint {
  if (k === 0n) return ZERO;
  return norm(toAffine(extMul(toExt(p), k)));
}

export function isOnCurve(p: AffinePoint): boolean {
  const x2 = Fq.square(p.x);
  const y2 = Fq.square(p.y);
  return Fq.add(y2, Fq.neg(x2)) === Fq.add(1n, Fq.mul(EDWARDS_D, Fq.mul(x2, y2)));
}

export function isInSubgroup(p: AffinePoint): boolean {
  return extIsZero(extMul(toExt(p), Fs.p));
}

export function mulByCofactor(p: AffinePoint): AffinePoint {
  return double(double(p));
}

/**
 * AffineCurve::from_x_coordinate(x, greatest): y = sqrt((a·x² - 1)/(d·x² - 1)), choosing the
 * larger y iff `greatest`. Not checked for the subgroup.
 */
export function fromXUnchecked(x: bigint, greatest: boolean): AffinePoint | undefined {
  const x2 = Fq.square(x);
  const num = Fq.sub(Fq.neg(x2), 1n);
  const den = Fq.sub(Fq.mul(EDWARDS_D, x2), 1n);
  if (den === 0n) return undefined;
  const y = Fq.sqrt(Fq.div(num, den));
  if (y === undefined) return undefined;
  const ny = Fq.neg(y);
  const small = bigMin(y, ny);
  return { x, y: greatest ? Fq.neg(small) : small };
}

/** snarkVM Group::from_x_coordinate: the subgroup point with this x, or undefined. */
export function tryFromX(x: bigint): AffinePoint | undefined {
  if (!Fq.isValid(x)) return undefined;
  const p1 = fromXUnchecked(x, false);
  if (p1 === undefined) return undefined;
  const p2 = { x, y: Fq.neg(p1.y) };
  for (const p of [p2, p1]) if (isInSubgroup(p)) return p;
  return undefined;
}

export function fromX(x: bigint): AffinePoint {
  const p = tryFromX(x);
  if (p === undefined) {
    throw new AleoDecodeError(`Failed to recover an affine group from an x-coordinate of ${x}field`);
  }
  return p;
}

/** Group::from_xy_coordinates: on the curve and in the subgroup. */
export function fromXY(x: bigint, y: bigint): AffinePoint {
  const p = { x, y };
  if (!Fq.isValid(x) || !Fq.isValid(y) || !isOnCurve(p) || !isInSubgroup(p)) {
    throw new AleoDecodeError(`(${x}, ${y}) is not a group element of the prime-order subgroup`);
  }
  return p;
}

const GENERATOR_X = 1540945439182663264862696551825005342995406165131907382295858612069623286213n;
let generator: AffinePoint | undefined;
/** The prime-order subgroup generator of snarkVM's EdwardsParameters. */
export function generatorPoint(): AffinePoint {
  generator ??= fromX(GENERATOR_X);
  return generator;
}

/** Sums points in extended coordinates and returns the affine sum. */
export function sumPoints(points: Iterable<AffinePoint>): AffinePoint {
  let acc = EXT_ZERO;
  for (const p of points) acc = extAdd(acc, toExt(p));
  return norm(toAffine(acc));
}

/** Group::from_bits_le: the x-coordinate from little-endian bits (Field::from_bits_le rules). */
export function fromBitsLe(bits: readonly boolean[]): AffinePoint {
  return fromX(fieldFromBitsLe(Fq, bits, 'group'));
}
