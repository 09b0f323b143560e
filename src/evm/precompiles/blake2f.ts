/**
 * 0x09 BLAKE2F (EIP-152): the BLAKE2b compression function F with a caller-chosen number of
 * rounds. Input exactly 213 bytes: rounds (4 bytes big-endian), h (8 x 8 bytes LE),
 * m (16 x 8 bytes LE), t (2 x 8 bytes LE), final flag (1 byte, 0 or 1). Output the new h
 * (64 bytes). Gas 1 per round. 64-bit words are held as (lo, hi) pairs of 32-bit halves.
 */
import { fail, ok, type Precompile } from './types.js';

// biome-ignore format: the IV and permutation table read best as rows
const IV = new Uint32Array([
  0xf3bcc908, 0x6a09e667, 0x84caa73b, 0xbb67ae85, 0xfe94f82b, 0x3c6ef372, 0x5f1d36f1, 0xa54ff53a,
  0xade682d1, 0x510e527f, 0x2b3e6c1f, 0x9b05688c, 0xfb41bd6b, 0x1f83d9ab, 0x137e2179, 0x5be0cd19,
]);

// biome-ignore format: the IV and permutation table read best as rows
const SIGMA = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
  [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
  [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
  [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
  [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
  [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
  [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
  [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
  [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
  [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];

// Working state and message as signed 32-bit halves: (lo, hi) at (2i, 2i + 1). Int32 values
// stay small integers for V8; carries are computed on the unsigned views (x >>> 0).
const v = new Int32Array(32);
const m = new Int32Array(32);
const TWO32 = 0x100000000;

/** The mixing function G on words a, b, c, d with message words x, y (EIP-152 / RFC 7693 3.1). */
function g(a: number, b: number, c: number, d: number, x: number, y: number): void {
  let al = v[2 * a]!;
  let ah = v[2 * a + 1]!;
  let bl = v[2 * b]!;
  let bh = v[2 * b + 1]!;
  let cl = v[2 * c]!;
  let ch = v[2 * c + 1]!;
  let dl = v[2 * d]!;
  let dh = v[2 * d + 1]!;
  // a = a + b + m[x]; d = rotr64(d ^ a, 32)
  let ll = (al >>> 0) + (bl >>> 0) + (m[2 * x]! >>> 0);
  ah = (ah + bh + m[2 * x + 1]! + Math.floor(ll / TWO32)) | 0;
  al = ll | 0;
  let tl = dl ^ al;
  dl = dh ^ ah;
  dh = tl;
  // c = c + d; b = rotr64(b ^ c, 24)
  ll = (cl >>> 0) + (dl >>> 0);
  ch = (ch + dh + Math.floor(ll / TWO32)) | 0;
  cl = ll | 0;
  tl = bl ^ cl;
  let th = bh ^ ch;
  bl = (tl >>> 24) | (th << 8);
  bh = (th >>> 24) | (tl << 8);
  // a = a + b + m[y]; d = rotr64(d ^ a, 16)
  ll = (al >>> 0) + (bl >>> 0) + (m[2 * y]! >>> 0);
  ah = (ah + bh + m[2 * y + 1]! + Math.floor(ll / TWO32)) | 0;
  al = ll | 0;
  tl = dl ^ al;
  th = dh ^ ah;
  dl = (tl >>> 16) | (th << 16);
  dh = (th >>> 16) | (tl << 16);
  // c = c + d; b = rotr64(b ^ c, 63)
  ll = (cl >>> 0) + (dl >>> 0);
  ch = (ch + dh + Math.floor(ll / TWO32)) | 0;
  cl = ll | 0;
  tl = bl ^ cl;
  th = bh ^ ch;
  bl = (tl << 1) | (th >>> 31);
  bh = (th << 1) | (tl >>> 31);
  v[2 * a] = al;
  v[2 * a + 1] = ah;
  v[2 * b] = bl;
  v[2 * b + 1] = bh;
  v[2 * c] = cl;
  v[2 * c + 1] = ch;
  v[2 * d] = dl;
  v[2 * d + 1] = dh;
}

/** F(h, m, t, f) with `rounds` rounds; h, mIn, t hold (lo, hi) pairs; returns the new h. */
export function blake2bCompress(
  rounds: number,
  h: Uint32Array,
  mIn: Uint32Array,
  t: Uint32Array,
  final: boolean,
): Uint32Array {
  v.set(h, 0);
  v.set(IV, 16);
  m.set(mIn);
  v[24]! ^= t[0]!;
  v[25]! ^= t[1]!;
  v[26]! ^= t[2]!;
  v[27]! ^= t[3]!;
  if (final) {
    v[28] = ~v[28]!;
    v[29] = ~v[29]!;
  }
  for (let r = 0; r < rounds; r++) {
    const s = SIGMA[r % 10]!;
    g(0, 4, 8, 12, s[0]!, s[1]!);
    g(1, 5, 9, 13, s[2]!, s[3]!);
    g(2, 6, 10, 14, s[4]!, s[5]!);
    g(3, 7, 11, 15, s[6]!, s[7]!);
    g(0, 5, 10, 15, s[8]!, s[9]!);
    g(1, 6, 11, 12, s[10]!, s[11]!);
    g(2, 7, 8, 13, s[12]!, s[13]!);
    g(3, 4, 9, 14, s[14]!, s[15]!);
  }
  const out = new Uint32Array(16);
  for (let i = 0; i < 16; i++) out[i] = h[i]! ^ v[i]! ^ v[i + 16]!;
  return out;
}

function readLE32(input: Uint8Array, offset: number, count: number): Uint32Array {
  const out = new Uint32Array(count);
  const dv = new DataView(input.buffer, input.byteOffset + offset, count * 4);
  for (let i = 0; i < count; i++) out[i] = dv.getUint32(4 * i, true);
  return out;
}

export const blake2f: Precompile = (input, gasLimit) => {
  if (input.length !== 213) return fail(gasLimit);
  const rounds = new DataView(input.buffer, input.byteOffset, 4).getUint32(0, false);
  const flag = input[212]!;
  if (gasLimit < BigInt(rounds) || flag > 1) return fail(gasLimit);
  const h = blake2bCompress(
    rounds,
    readLE32(input, 4, 16),
    readLE32(input, 68, 32),
    readLE32(input, 196, 4),
    flag === 1,
  );
  const out = new Uint8Array(64);
  const dv = new DataView(out.buffer);
  for (let i = 0; i < 16; i++) dv.setUint32(4 * i, h[i]!, true);
  return ok(BigInt(rounds), out);
};
