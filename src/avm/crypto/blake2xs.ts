/**
 * BLAKE2s (RFC 7693) with the full parameter block, and snarkVM's Blake2Xs XOF and
 * hash-to-curve (console/algorithms/src/blake2xs): the XOF digest length sits in the upper
 * bits of the node offset; the curve point is Affine::from_random_bytes (x from 32 LE bytes,
 * top bit = "greatest y" flag) multiplied by the cofactor, retried with "<msg> in <k>".
 */
import { BLAKE2_SIGMA as SIGMA } from '../../core/blake2.js';
import type { AffinePoint } from '../values.js';
import { bytesToBigintLe } from './bits.js';
import { fromXUnchecked, isZero, mulByCofactor, ZERO } from './curve.js';
import { AleoCryptoError } from './errors.js';
import { Fq } from './modular.js';

const IV = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

export interface Blake2sParams {
  outLen: number;
  fanout?: number;
  depth?: number;
  leafLength?: number;
  nodeOffset?: bigint;
  nodeDepth?: number;
  innerLength?: number;
  personal?: Uint8Array;
}

const rotr = (x: number, n: number): number => (x >>> n) | (x << (32 - n));

function compress(h: number[], block: Uint8Array, t: number, last: boolean): void {
  const m = new Array<number>(16);
  for (let i = 0; i < 16; i++) {
    m[i] =
      (block[4 * i] as number) |
      ((block[4 * i + 1] as number) << 8) |
      ((block[4 * i + 2] as number) << 16) |
      ((block[4 * i + 3] as number) << 24);
  }
  const v = [...h, ...IV] as number[];
  v[12] = (v[12] as number) ^ t;
  if (last) v[14] = ~(v[14] as number);
  const g = (a: number, b: number, c: number, d: number, x: number, y: number) => {
    v[a] = ((v[a] as number) + (v[b] as number) + x) | 0;
    v[d] = rotr((v[d] as number) ^ (v[a] as number), 16);
    v[c] = ((v[c] as number) + (v[d] as number)) | 0;
    v[b] = rotr((v[b] as number) ^ (v[c] as number), 12);
    v[a] = ((v[a] as number) + (v[b] as number) + y) | 0;
    v[d] = rotr((v[d] as number) ^ (v[a] as number), 8);
    v[c] = ((v[c] as number) + (v[d] as number)) | 0;
    v[b] = rotr((v[b] as number) ^ (v[c] as number), 7);
  };
  for (let r = 0; r < 10; r++) {
    const s = SIGMA[r] as number[];
    const w = (i: number) => m[s[i] as number] as number;
    g(0, 4, 8, 12, w(0), w(1));
    g(1, 5, 9, 13, w(2), w(3));
    g(2, 6, 10, 14, w(4), w(5));
    g(3, 7, 11, 15, w(6), w(7));
    g(0, 5, 10, 15, w(8), w(9));
    g(1, 6, 11, 12, w(10), w(11));
    g(2, 7, 8, 13, w(12), w(13));
    g(3, 4, 9, 14, w(14), w(15));
  }
  for (let i = 0; i < 8; i++) h[i] = ((h[i] as number) ^ (v[i] as number) ^ (v[i + 8] as number)) >>> 0;
}

/** BLAKE2s of a message shorter than 2^32 bytes, unkeyed, with the given parameter block. */
export function blake2s(input: Uint8Array, p: Blake2sParams): Uint8Array {
  const off = p.nodeOffset ?? 0n;
  const pers = new Uint8Array(8);
  pers.set(p.personal ?? new Uint8Array());
  const word = (b: Uint8Array, i: number) =>
    (b[i] as number) |
    ((b[i + 1] as number) << 8) |
    ((b[i + 2] as number) << 16) |
    ((b[i + 3] as number) << 24);
  const param = [
    p.outLen | ((p.fanout ?? 1) << 16) | ((p.depth ?? 1) << 24),
    p.leafLength ?? 0,
    Number(off & 0xffffffffn),
    Number((off >> 32n) & 0xffffn) | ((p.nodeDepth ?? 0) << 16) | ((p.innerLength ?? 0) << 24),
    0,
    0,
    word(pers, 0),
    word(pers, 4),
  ];
  const h = IV.map((x, i) => (x ^ (param[i] as number)) >>> 0);
  const nBlocks = Math.max(1, Math.ceil(input.length / 64));
  for (let b = 0; b < nBlocks; b++) {
    const block = new Uint8Array(64);
    block.set(input.subarray(b * 64, b * 64 + 64));
    const last = b === nBlocks - 1;
    compress(h, block, last ? input.length : (b + 1) * 64, last);
  }
  const out = new Uint8Array(32);
  for (let i = 0; i < 8; i++)
    for (let j = 0; j < 4; j++) out[4 * i + j] = ((h[i] as number) >>> (8 * j)) & 0xff;
  return out.slice(0, p.outLen);
}

/** snarkVM Blake2Xs::evaluate. */
export function blake2xs(input: Uint8Array, outLen: number, personal: Uint8Array): Uint8Array {
  const base = BigInt(outLen) << 32n;
  const digest = blake2s(input, { outLen: 32, nodeOffset: base, personal });
  const out = new Uint8Array(outLen);
  const rounds = Math.ceil(outLen / 32);
  for (let i = 0; i < rounds; i++) {
    const len = i === rounds - 1 && outLen % 32 !== 0 ? outLen % 32 : 32;
    const part = blake2s(digest, {
      outLen: len,
      fanout: 0,
      depth: 0,
      leafLength: 32,
      nodeOffset: base | BigInt(i),
      innerLength: 32,
      personal,
    });
    out.set(part, i * 32);
  }
  return out;
}

const HTC_PERSONA = new TextEncoder().encode('AleoHtC0');

/** One round of hash-to-curve: a subgroup point or undefined. */
function tryHashToCurve(message: string): AffinePoint | undefined {
  const digest = blake2xs(new TextEncoder().encode(message), 32, HTC_PERSONA);
  const greatest = ((digest[31] as number) & 0x80) !== 0;
  digest[31] = (digest[31] as number) & 0x1f;
  const x = bytesToBigintLe(digest);
  if (!Fq.isValid(x)) return undefined;
  const p = x === 0n ? ZERO : fromXUnchecked(x, greatest);
  if (p === undefined) return undefined;
  const g = mulByCofactor(p);
  return isZero(g) ? undefined : g;
}

/** snarkVM Blake2Xs::hash_to_curve. */
export function hashToCurve(input: string): AffinePoint {
  for (let k = 0; k < 128; k++) {
    const g = tryHashToCurve(`${input} in ${k}`);
    if (g) return g;
  }
  throw new AleoCryptoError(`Unable to hash to curve on ${input}`);
}
