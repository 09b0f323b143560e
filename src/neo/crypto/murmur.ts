/**
 * MurmurHash3 (neo `Cryptography/Murmur32.cs`, `Murmur128.cs`): x86_32 for CryptoLib's
 * `murmur32` and x64_128 for `Runtime.GetRandom`. Both are the reference algorithms; the
 * 128-bit digest is h1 then h2, each little-endian.
 */

function rotl32(x: number, r: number): number {
  return ((x << r) | (x >>> (32 - r))) >>> 0;
}

function mix32(h: number, k: number): number {
  k = Math.imul(k, 0xcc9e2d51);
  k = rotl32(k, 15);
  k = Math.imul(k, 0x1b873593);
  h = (h ^ k) >>> 0;
  h = rotl32(h, 13);
  return (Math.imul(h, 5) + 0xe6546b64) >>> 0;
}

/** MurmurHash3_x86_32 of `data` with `seed`, as a 32-bit unsigned integer. */
export function murmur32(data: Uint8Array, seed: number): number {
  let h = seed >>> 0;
  const n = data.length;
  const blocks = n & ~3;
  for (let i = 0; i < blocks; i += 4) {
    h = mix32(h, data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24));
  }
  const rest = n & 3;
  if (rest > 0) {
    let k = 0;
    if (rest === 3) k ^= data[blocks + 2]! << 16;
    if (rest >= 2) k ^= data[blocks + 1]! << 8;
    k ^= data[blocks]!;
    k = Math.imul(k, 0xcc9e2d51);
    k = rotl32(k, 15);
    k = Math.imul(k, 0x1b873593);
    h = (h ^ k) >>> 0;
  }
  h = (h ^ n) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

const M64 = (1n << 64n) - 1n;
const C1 = 0x87c37b91114253d5n;
const C2 = 0x4cf5ad432745937fn;

const rotl64 = (x: bigint, r: bigint): bigint => ((x << r) | (x >> (64n - r))) & M64;

function fmix64(k: bigint): bigint {
  k ^= k >> 33n;
  k = (k * 0xff51afd7ed558ccdn) & M64;
  k ^= k >> 33n;
  k = (k * 0xc4ceb9fe1a85ec53n) & M64;
  return k ^ (k >> 33n);
}

function readU64(data: Uint8Array, at: number, length: number): bigint {
  let v = 0n;
  for (let i = length - 1; i >= 0; i--) v = (v << 8n) | BigInt(data[at + i]!);
  return v;
}

/** MurmurHash3_x64_128 of `data` with `seed`: 16 bytes, h1 then h2 little-endian. */
export function murmur128(data: Uint8Array, seed: number): Uint8Array {
  let h1 = BigInt(seed >>> 0);
  let h2 = h1;
  const n = data.length;
  const blocks = n - (n % 16);
  for (let i = 0; i < blocks; i += 16) {
    let k1 = readU64(data, i, 8);
    let k2 = readU64(data, i + 8, 8);
    k1 = (rotl64((k1 * C1) & M64, 31n) * C2) & M64;
    h1 ^= k1;
    h1 = (((rotl64(h1, 27n) + h2) & M64) * 5n + 0x52dce729n) & M64;
    k2 = (rotl64((k2 * C2) & M64, 33n) * C1) & M64;
    h2 ^= k2;
    h2 = (((rotl64(h2, 31n) + h1) & M64) * 5n + 0x38495ab5n) & M64;
  }
  const rest = n - blocks;
  if (rest > 8) {
    let k2 = readU64(data, blocks + 8, rest - 8);
    k2 = (rotl64((k2 * C2) & M64, 33n) * C1) & M64;
    h2 ^= k2;
  }
  if (rest > 0) {
    let k1 = readU64(data, blocks, Math.min(rest, 8));
    k1 = (rotl64((k1 * C1) & M64, 31n) * C2) & M64;
    h1 ^= k1;
  }
  const len = BigInt(n);
  h1 ^= len;
  h2 ^= len;
  h1 = (h1 + h2) & M64;
  h2 = (h2 + h1) & M64;
  h1 = fmix64(h1);
  h2 = fmix64(h2);
  h1 = (h1 + h2) & M64;
  h2 = (h2 + h1) & M64;
  const out = new Uint8Array(16);
  for (let i = 0; i < 8; i++) {
    out[i] = Number((h1 >> BigInt(8 * i)) & 0xffn);
    out[8 + i] = Number((h2 >> BigInt(8 * i)) & 0xffn);
  }
  return out;
}
