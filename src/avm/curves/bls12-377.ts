/**
 * BLS12-377 groups and pairing (snarkVM curves/src/bls12_377) on mcl-wasm, the library chosen
 * by measurement (docs/avm.md, "Curves and proofs"): G1 is y² = x³ + 1 over Fq, G2 the D-type
 * twist y² = x³ + 1/u over Fq2 = Fq[u]/(u² + 5), the optimal ate pairing with x = 0x8508c00000000001.
 *
 * Points cross this boundary as affine bigint coordinates (the form the byte codecs and the
 * Fiat-Shamir sponge use); arithmetic happens in mcl. `initBls12377()` must be awaited once
 * (mcl compiles its WebAssembly asynchronously); everything after it is synchronous.
 */
import type Mcl from 'mcl-wasm';
import { VarunaDecodeError, VarunaInitError } from './errors.js';
import { Fq } from './fields.js';

/** An affine G1 point; `infinity` is snarkVM's zero (x = 0, y = 1). */
export interface G1Affine {
  x: bigint;
  y: bigint;
  infinity: boolean;
}
/** An affine G2 point over Fq2 = c0 + c1·u. */
export interface G2Affine {
  x: [bigint, bigint];
  y: [bigint, bigint];
  infinity: boolean;
}

export type G1 = Mcl.G1;
export type G2 = Mcl.G2;

let ready: Promise<void> | undefined;
let initialised = false;
// Loaded on first use, so that importing polyvm/avm does not load the WebAssembly.
let mcl: typeof Mcl;

/** Loads mcl for BLS12-377 (once); later calls return the same promise. */
export function initBls12377(): Promise<void> {
  ready ??= import('mcl-wasm').then(async (m) => {
    mcl = (m as { default?: typeof Mcl }).default ?? (m as unknown as typeof Mcl);
    await mcl.init(mcl.BLS12_377);
    mcl.verifyOrderG1(false);
    mcl.verifyOrderG2(false);
    initialised = true;
  });
  return ready;
}

function needInit(): void {
  if (!initialised) throw new VarunaInitError('BLS12-377 is not initialised: await initVaruna() first');
}

/** The loaded mcl module (for code driving its WebAssembly exports directly, e.g. varuna/msm.ts). */
export function mclModule(): typeof Mcl {
  needInit();
  return mcl;
}

export const G1_ZERO: G1Affine = { x: 0n, y: 1n, infinity: true };

/** snarkVM's G2 prime-subgroup generator (curves/src/bls12_377/g2.rs), the KZG `h`. */
export const G2_GENERATOR: G2Affine = {
  x: [
    170590608266080109581922461902299092015242589883741236963254737235977648828052995125541529645051927918098146183295n,
    83407003718128594709087171351153471074446327721872642659202721143408712182996929763094113874399921859453255070254n,
  ],
  y: [
    1843833842842620867708835993770650838640642469700861403869757682057607397502738488921663703124647238454792872005n,
    33145532013610981697337930729788870077912093258611421158732879580766461459275194744385880708057348608045241477209n,
  ],
  infinity: false,
};

export function isOnCurveG1(p: G1Affine): boolean {
  if (p.infinity) return true;
  return Fq.square(p.y) === Fq.add(Fq.mul(Fq.square(p.x), p.x), 1n);
}

export function g1(p: G1Affine): G1 {
  needInit();
  const q = new mcl.G1();
  if (!p.infinity) q.setStr(`1 ${p.x.toString(16)} ${p.y.toString(16)}`, 16);
  return q;
}

export function g1Affine(p: G1): G1Affine {
  const s = mcl.normalize(p).getStr(16);
  if (s === '0') return G1_ZERO;
  const [, x, y] = s.split(' ') as [string, string, string];
  return { x: BigInt(`0x${x}`), y: BigInt(`0x${y}`), infinity: false };
}

export function g2(p: G2Affine): G2 {
  needInit();
  const q = new mcl.G2();
  if (!p.infinity) q.setStr(`1 ${[...p.x, ...p.y].map((v) => v.toString(16)).join(' ')}`, 16);
  return q;
}

/** Whether `p` lies on G1 and in its prime-order subgroup. */
export function isInSubgroupG1(p: G1Affine): boolean {
  if (p.infinity) return true;
  if (!isOnCurveG1(p)) return false;
  return g1(p).isValidOrder();
}

export function isInSubgroupG2(p: G2Affine): boolean {
  if (p.infinity) return true;
  const q = g2(p);
  return q.isValid() && q.isValidOrder();
}

export function scalar(k: bigint): Mcl.Fr {
  needInit();
  const f = new mcl.Fr();
  f.setStr(k.toString(16), 16);
  return f;
}

export const g1Add = (a: G1, b: G1): G1 => mcl.add(a, b);
export const g1Neg = (a: G1): G1 => mcl.neg(a);
export const g1Mul = (a: G1, k: bigint): G1 => mcl.mul(a, scalar(k));
export const g2Mul = (a: G2, k: bigint): G2 => mcl.mul(a, scalar(k));

/** Σ kᵢ·Pᵢ (mcl's multi-scalar multiplication, in chunks of at most 4,096 points). */
export function g1Msm(points: readonly G1[], scalars: readonly bigint[]): G1 {
  needInit();
  let acc = new mcl.G1();
  for (let i = 0; i < points.length; i += 4096) {
    const ps = points.slice(i, i + 4096);
    if (ps.length === 1) acc = mcl.add(acc, mcl.mul(ps[0] as G1, scalar(scalars[i] as bigint)));
    else acc = mcl.add(acc, mcl.mulVec(ps as G1[], scalars.slice(i, i + 4096).map(scalar)));
  }
  return acc;
}

/** Whether Π e(Pᵢ, Qᵢ) = 1 (one final exponentiation over the product of Miller loops). */
export function pairingProductIsOne(pairs: readonly (readonly [G1, G2])[]): boolean {
  needInit();
  let f: Mcl.GT | undefined;
  for (const [p, q] of pairs) {
    if (p.isZero() || q.isZero()) continue;
    const m = mcl.millerLoop(p, q);
    f = f ? mcl.mul(f, m) : m;
  }
  return f === undefined || mcl.finalExp(f).isOne();
}

/**
 * A square root in Fq, or undefined: mcl's, in its Montgomery arithmetic, which is cheaper than
 * bigint's Tonelli-Shanks (Fq's two-adicity of 46 makes the root most of decoding a point).
 */
function fqSqrt(a: bigint): bigint | undefined {
  needInit();
  const v = new mcl.Fp();
  v.setStr(a.toString(16), 16);
  const [ok, root] = mcl.squareRoot(v) as [boolean, Mcl.Fp | null];
  return ok && root ? BigInt(`0x${root.getStr(16)}`) : undefined;
}

/** Decodes y from x for a compressed G1 point: `greatest` picks y > -y (snarkVM's SWFlags). */
export function g1FromX(x: bigint, greatest: boolean, label: string): G1Affine {
  const y = fqSqrt(Fq.add(Fq.mul(Fq.square(x), x), 1n));
  if (y === undefined) throw new VarunaDecodeError(`${label}: x is not the abscissa of a G1 point`);
  const neg = Fq.neg(y);
  const big = y > neg;
  return { x, y: greatest === big ? y : neg, infinity: false };
}
