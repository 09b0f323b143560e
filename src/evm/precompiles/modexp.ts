/**
 * 0x05 MODEXP: base^exp mod m over big-endian integers (EIP-198), priced by EIP-198 from
 * Byzantium, by EIP-2565 from Berlin and by EIP-7883 from Osaka, which also bounds each
 * length to 1024 bytes (EIP-7823). The header (three 32-byte lengths) is priced first;
 * no operand is read or allocated before the gas check passes, and bytes past the end of
 * the input read as zeros without being materialised.
 */
import { bigIntToBytes, bytesToBigInt, fail, ok, type Precompile, wordAt } from './types.js';

/** An output larger than this cannot be paid for by any real gas limit; refuse it rather than allocate. */
const MAX_MOD_LEN = 1n << 28n;

interface Header {
  baseLen: bigint;
  expLen: bigint;
  modLen: bigint;
}

/** `len` bytes of input from a bigint offset, zero-padded; len <= 32 here. */
function sliceAt(input: Uint8Array, offset: bigint, len: number): Uint8Array {
  const out = new Uint8Array(len);
  if (offset < BigInt(input.length)) {
    const o = Number(offset);
    out.set(input.subarray(o, Math.min(o + len, input.length)));
  }
  return out;
}

function bitLength(n: bigint): bigint {
  return n === 0n ? 0n : BigInt(n.toString(2).length);
}

/**
 * EIP-198 adjusted exponent length: from the first 32 bytes of the exponent and its length,
 * 8 per byte beyond 32 (16 from EIP-7883).
 */
export function adjustedExpLen(input: Uint8Array, h: Header, perByte = 8n): bigint {
  const headLen = h.expLen < 32n ? Number(h.expLen) : 32;
  const head = bytesToBigInt(sliceAt(input, 96n + h.baseLen, headLen));
  const top = head === 0n ? 0n : bitLength(head) - 1n;
  return h.expLen <= 32n ? top : perByte * (h.expLen - 32n) + top;
}

const max = (a: bigint, b: bigint): bigint => (a > b ? a : b);

/** EIP-198 price (Byzantium to Istanbul). */
export function gasEip198(input: Uint8Array, h: Header): bigint {
  const x = max(h.baseLen, h.modLen);
  let mc: bigint;
  if (x <= 64n) mc = x * x;
  else if (x <= 1024n) mc = (x * x) / 4n + 96n * x - 3072n;
  else mc = (x * x) / 16n + 480n * x - 199680n;
  return (mc * max(adjustedExpLen(input, h), 1n)) / 20n;
}

/** EIP-2565 price (Berlin and later). */
export function gasEip2565(input: Uint8Array, h: Header): bigint {
  const w = (max(h.baseLen, h.modLen) + 7n) / 8n;
  return max(200n, (w * w * max(adjustedExpLen(input, h), 1n)) / 3n);
}

/** EIP-7883 price (Osaka): complexity 16 up to 32 bytes, else 2 * words^2; at least 500. */
export function gasEip7883(input: Uint8Array, h: Header): bigint {
  const x = max(h.baseLen, h.modLen);
  const w = (x + 7n) / 8n;
  const complexity = x <= 32n ? 16n : 2n * w * w;
  return max(500n, complexity * max(adjustedExpLen(input, h, 16n), 1n));
}

/** EIP-7823: from Osaka each length is at most 1024 bytes. */
const MAX_LEN_OSAKA = 1024n;

/** base^exp mod m reading the exponent's `expLen` bytes from `expOff` (zeros past the input), 4-bit windows. */
function modexp(input: Uint8Array, base: bigint, expOff: bigint, expLen: bigint, m: bigint): bigint {
  const table: bigint[] = [1n % m];
  for (let i = 1; i < 16; i++) table.push((table[i - 1]! * base) % m);
  let r = 1n % m;
  let started = false;
  const inLen = BigInt(input.length);
  const end = expOff + expLen;
  for (let p = expOff; p < end; p++) {
    if (p >= inLen && !started) break; // the rest is zeros and r is still 1
    const byte = p < inLen ? input[Number(p)]! : 0;
    if (!started && byte === 0) continue;
    for (const nib of [byte >> 4, byte & 15]) {
      if (started) for (let s = 0; s < 4; s++) r = (r * r) % m;
      if (nib !== 0) {
        r = (r * table[nib]!) % m;
        started = true;
      }
    }
  }
  return r;
}

function run(
  input: Uint8Array,
  gasLimit: bigint,
  price: (input: Uint8Array, h: Header) => bigint,
  maxLen?: bigint,
) {
  const h: Header = { baseLen: wordAt(input, 0), expLen: wordAt(input, 32), modLen: wordAt(input, 64) };
  const gas = price(input, h);
  if (gasLimit < gas) return fail(gasLimit);
  if (maxLen !== undefined && (h.baseLen > maxLen || h.expLen > maxLen || h.modLen > maxLen))
    return fail(gasLimit);
  if (h.baseLen === 0n && h.modLen === 0n) return ok(gas, new Uint8Array(0));
  if (h.modLen > MAX_MOD_LEN) return fail(gasLimit);
  const modLen = Number(h.modLen);
  const modOff = 96n + h.baseLen + h.expLen;
  const modBytes = new Uint8Array(modLen);
  if (modOff < BigInt(input.length)) {
    const o = Number(modOff);
    modBytes.set(input.subarray(o, Math.min(o + modLen, input.length)));
  }
  const m = bytesToBigInt(modBytes);
  if (m === 0n) return ok(gas, new Uint8Array(modLen));
  // m != 0 means the input reaches the modulus, so the whole base lies within the input.
  const base = bytesToBigInt(input.subarray(96, 96 + Number(h.baseLen))) % m;
  return ok(gas, bigIntToBytes(modexp(input, base, 96n + h.baseLen, h.expLen, m), modLen));
}

export const modexpByzantium: Precompile = (input, gasLimit) => run(input, gasLimit, gasEip198);
export const modexpBerlin: Precompile = (input, gasLimit) => run(input, gasLimit, gasEip2565);
export const modexpOsaka: Precompile = (input, gasLimit) => run(input, gasLimit, gasEip7883, MAX_LEN_OSAKA);
