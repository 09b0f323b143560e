/**
 * The shape every precompiled contract shares, plus the small helpers they use:
 * right-padding of input, reading 32-byte words, the all-gas-consumed failure.
 */

export interface PrecompileResult {
  success: boolean;
  gasUsed: bigint;
  output: Uint8Array;
}

/** On failure (bad input or not enough gas) success=false, gasUsed=gasLimit, output empty. */
export type Precompile = (input: Uint8Array, gasLimit: bigint) => PrecompileResult;

const EMPTY = new Uint8Array(0);

export function fail(gasLimit: bigint): PrecompileResult {
  return { success: false, gasUsed: gasLimit, output: EMPTY };
}

export function ok(gasUsed: bigint, output: Uint8Array): PrecompileResult {
  return { success: true, gasUsed, output };
}

/** Number of 32-byte words covering `len` bytes. */
export function words(len: number): bigint {
  return BigInt(Math.ceil(len / 32));
}

/** `len` bytes of `input` from `offset`, reading zeros past its end (no huge allocation: len is small). */
export function readPadded(input: Uint8Array, offset: number, len: number): Uint8Array {
  const out = new Uint8Array(len);
  if (offset < input.length) out.set(input.subarray(offset, Math.min(offset + len, input.length)));
  return out;
}

/** Big-endian unsigned integer of `bytes`. */
export function bytesToBigInt(bytes: Uint8Array): bigint {
  let hex = '';
  for (let i = 0; i < bytes.length; i++) hex += (bytes[i]! < 16 ? '0' : '') + bytes[i]!.toString(16);
  return hex === '' ? 0n : BigInt(`0x${hex}`);
}

/** `value` as `len` big-endian bytes (value must fit). */
export function bigIntToBytes(value: bigint, len: number): Uint8Array {
  const out = new Uint8Array(len);
  let v = value;
  for (let i = len - 1; i >= 0 && v > 0n; i--) {
    out[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return out;
}

/** The big-endian word at `offset` of the input right-padded with zeros. */
export function wordAt(input: Uint8Array, offset: number): bigint {
  return bytesToBigInt(readPadded(input, offset, 32));
}
