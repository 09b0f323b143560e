/**
 * 0x09 BLAKE2F (EIP-152): the BLAKE2b compression function F with a caller-chosen number of
 * rounds. Input exactly 213 bytes: rounds (4 bytes big-endian), h (8 x 8 bytes LE),
 * m (16 x 8 bytes LE), t (2 x 8 bytes LE), final flag (1 byte, 0 or 1). Output the new h
 * (64 bytes). Gas 1 per round. 64-bit words are held as (lo, hi) pairs of 32-bit halves; the
 * rounds run in WebAssembly (blake2f-wasm.ts).
 */
import { blake2Rounds } from './blake2f-wasm.js';
import { fail, ok, type Precompile } from './types.js';

// biome-ignore format: the IV reads best as rows
const IV = new Uint32Array([
  0xf3bcc908, 0x6a09e667, 0x84caa73b, 0xbb67ae85, 0xfe94f82b, 0x3c6ef372, 0x5f1d36f1, 0xa54ff53a,
  0xade682d1, 0x510e527f, 0x2b3e6c1f, 0x9b05688c, 0xfb41bd6b, 0x1f83d9ab, 0x137e2179, 0x5be0cd19,
]);

/** Rounds per call into WebAssembly (a multiple of 10). */
export const CHUNK = 1_000_000;

/** F(h, m, t, f) with `rounds` rounds; h, mIn, t hold (lo, hi) pairs; returns the new h. */
export function blake2bCompress(
  rounds: number,
  h: Uint32Array,
  mIn: Uint32Array,
  t: Uint32Array,
  final: boolean,
): Uint32Array {
  const wasm = blake2Rounds();
  const v = wasm.words; // v at 0..31, m at 32..63
  v.set(h, 0);
  v.set(IV, 16);
  v.set(mIn, 32);
  v[24]! ^= t[0]!;
  v[25]! ^= t[1]!;
  v[26]! ^= t[2]!;
  v[27]! ^= t[3]!;
  if (final) {
    v[28] = ~v[28]!;
    v[29] = ~v[29]!;
  }
  // Groups of ten rounds in chunks, then the last rounds % 10 (SIGMA rows 0.. again).
  for (let left = Math.floor(rounds / 10); left > 0; left -= CHUNK / 10)
    wasm.groups(Math.min(left, CHUNK / 10));
  if (rounds % 10 > 0) wasm.rounds(rounds % 10);
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
