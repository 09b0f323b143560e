/**
 * The Edwards BLS12 curve (twisted Edwards, a = -1, d = 3021 over the BLS12-377 scalar
 * field) as snarkVM's `group` type uses it: affine points of the prime-order subgroup.
 * A minimal local implementation, used until src/avm/crypto provides its own group module.
 */
import type { AffinePoint } from '../values.js';
import { FR, invMod, mod, FIELD_MODULUS as P, SCALAR_MODULUS, sqrtMod } from './modular.js';

const D = 3021n;

export const IDENTITY: AffinePoint = { x: 0n, y: 1n };

/** The generator of the prime-order subgroup (snarkVM's `Group::generator()`). */
export const GENERATOR_X = 1540945439182663264862696551825005342995406165131907382295858612069623286213n;

export function isIdentity(a: AffinePoint): boolean {
  return a.x === 0n && a.y === 1n;
}

export function pointEq(a: AffinePoint, b: AffinePoint): boolean {
  return a.x === b.x && a.y === b.y;
}

export function pointAdd(a: AffinePoint, b: AffinePoint): AffinePoint {
  const x1x2 = (a.x * b.x) % P;
  const y1y2 = (a.y * b.y) % P;
  const t = (((D * x1x2) % P) * y1y2) % P;
  const x = ((a.x * b.y + a.y * b.x) % P) * invMod(1n + t, P)!;
  const y = ((y1y2 + x1x2) % P) * invMod(mod(1n - t, P), P)!;
  return { x: x % P, y: y % P };
}

export function pointNeg(a: AffinePoint): AffinePoint {
  return { x: mod(-a.x, P), y: a.y };
}

export function pointDouble(a: AffinePoint): AffinePoint {
  return pointAdd(a, a);
}

/** Projective (X:Y:Z) double-and-add: one inversion at the end. */
export function pointMul(a: AffinePoint, k: bigint): AffinePoint {
  let e = k;
  if (e < 0n) throw new RangeError('negative scalar');
  let rx = 0n;
  let ry = 1n;
  let rz = 1n;
  const bits = e.toString(2);
  for (const bit of bits) {
    [rx, ry, rz] = projAdd(rx, ry, rz, rx, ry, rz);
    if (bit === '1') [rx, ry, rz] = projAdd(rx, ry, rz, a.x, a.y, 1n);
  }
  e = 0n;
  const zi = invMod(rz, P)!;
  return { x: (rx * zi) % P, y: (ry * zi) % P };
}

/** Twisted Edwards projective addition (add-2008-bbjlp), a = -1. */
function projAdd(
  x1: bigint,
  y1: bigint,
  z1: bigint,
  x2: bigint,
  y2: bigint,
  z2: bigint,
): [bigint, bigint, bigint] {
  const A = (z1 * z2) % P;
  const B = (A * A) % P;
  const C = (x1 * x2) % P;
  const Dd = (y1 * y2) % P;
  const E = (((D * C) % P) * Dd) % P;
  const F = mod(B - E, P);
  const G = (B + E) % P;
  const x3 = (((A * F) % P) * mod((x1 + y1) * (x2 + y2) - C - Dd, P)) % P;
  const y3 = (((A * G) % P) * ((Dd + C) % P)) % P;
  const z3 = (F * G) % P;
  return [x3, y3, z3];
}

export function isInSubgroup(a: AffinePoint): boolean {
  return isIdentity(pointMul(a, SCALAR_MODULUS));
}

export function isOnCurve(a: AffinePoint): boolean {
  const x2 = (a.x * a.x) % P;
  const y2 = (a.y * a.y) % P;
  return mod(y2 - x2 - 1n - ((D * x2) % P) * y2, P) === 0n;
}

/** snarkVM's `Group::from_x_coordinate`: the point with this x in the prime-order subgroup. */
export function pointFromX(x: bigint): AffinePoint | undefined {
  const xx = mod(x, P);
  const x2 = (xx * xx) % P;
  const den = invMod(mod(1n - D * x2, P), P);
  if (den === undefined) return undefined;
  const y = sqrtMod(((1n + x2) * den) % P, FR);
  if (y === undefined) return undefined;
  for (const cand of [y, mod(-y, P)]) {
    const point = { x: xx, y: cand };
    if (isInSubgroup(point)) return point;
  }
  return undefined;
}

export const GENERATOR: AffinePoint = pointFromX(GENERATOR_X)!;
