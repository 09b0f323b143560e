/**
 * Hex and byte helpers. The conversions come from `@noble/hashes/utils`; this file only
 * adds the `0x` prefix handling and the typed errors polyvm reports at its boundary.
 */
import { bytesToHex as nobleBytesToHex, hexToBytes as nobleHexToBytes } from '@noble/hashes/utils.js';
import { assertBytes, assertString } from './assert.js';
import { InvalidHexError } from './errors.js';

export { concatBytes, utf8ToBytes } from '@noble/hashes/utils.js';

const HEX_RE = /^[0-9a-fA-F]*$/;

/** Removes one leading `0x` or `0X`, if present. */
export function strip0x(hex: string): string {
  assertString(hex, 'hex');
  return hex.startsWith('0x') || hex.startsWith('0X') ? hex.slice(2) : hex;
}

/**
 * Parses hex (with or without `0x`) into bytes. `label` names the input in the error
 * message, e.g. `--code` or `transaction.data[3]`.
 */
export function hexToBytes(hex: string, label = 'hex'): Uint8Array {
  if (typeof hex !== 'string')
    throw new InvalidHexError(`${label}: expected a hex string, got ${typeof hex}`);
  const body = strip0x(hex);
  if (body.length % 2 !== 0) {
    throw new InvalidHexError(`${label}: odd number of hex digits (${body.length})`);
  }
  if (!HEX_RE.test(body)) {
    const at = body.search(/[^0-9a-fA-F]/);
    throw new InvalidHexError(`${label}: invalid hex character ${JSON.stringify(body[at])} at offset ${at}`);
  }
  return nobleHexToBytes(body);
}

/** Lower-case hex without prefix. */
export function bytesToHex(bytes: Uint8Array): string {
  assertBytes(bytes, 'bytes');
  return nobleBytesToHex(bytes);
}

/** Lower-case hex with `0x` prefix. */
export function bytesToPrefixedHex(bytes: Uint8Array): string {
  assertBytes(bytes, 'bytes');
  return `0x${nobleBytesToHex(bytes)}`;
}

export function isHex(value: string): boolean {
  if (typeof value !== 'string') return false;
  const body = strip0x(value);
  return body.length % 2 === 0 && HEX_RE.test(body);
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  assertBytes(a, 'a');
  assertBytes(b, 'b');
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Lexicographic byte order, the order of LMDB keys and of range iteration. */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  assertBytes(a, 'a');
  assertBytes(b, 'b');
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = a[i]! - b[i]!;
    if (d !== 0) return d;
  }
  return a.length - b.length;
}
