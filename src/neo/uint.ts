/**
 * UInt160 and UInt256 (neo `UInt160.cs`, `UInt256.cs`) as byte arrays in their serialized
 * (little-endian) order, the order in scripts, storage keys and stack items. The text form
 * is `0x` + the bytes reversed, as neo prints hashes. Addresses are Base58Check of the
 * address version byte followed by the script hash (neo `Wallets/Helper.cs`).
 */
import { base58Decode, base58Encode } from '../core/base58.js';
import { bytesToHex } from '../core/bytes.js';
import { hash256 } from './crypto/hash.js';
import { NeoFormatError } from './errors.js';

export type UInt160 = Uint8Array;
export type UInt256 = Uint8Array;

export const UINT160_ZERO: UInt160 = new Uint8Array(20);
export const UINT256_ZERO: UInt256 = new Uint8Array(32);

/** `0x` + big-endian hex of a hash held in little-endian order. */
export function hashToString(hash: Uint8Array): string {
  return `0x${bytesToHex(hash.slice().reverse())}`;
}

function parseHash(text: string, length: number, what: string): Uint8Array {
  const body = text.startsWith('0x') || text.startsWith('0X') ? text.slice(2) : text;
  if (body.length !== length * 2 || !/^[0-9a-fA-F]*$/.test(body)) {
    throw new NeoFormatError(
      `Invalid ${what}: expected ${length * 2} hex digits, got ${JSON.stringify(text)}`,
    );
  }
  return Uint8Array.from(Buffer.from(body, 'hex')).reverse();
}

export const parseUInt160 = (text: string): UInt160 => parseHash(text, 20, 'UInt160');
export const parseUInt256 = (text: string): UInt256 => parseHash(text, 32, 'UInt256');

export function checkUInt160(bytes: Uint8Array): UInt160 {
  if (bytes.length !== 20) throw new NeoFormatError(`Invalid UInt160 length: ${bytes.length}`);
  return bytes.slice();
}

export function checkUInt256(bytes: Uint8Array): UInt256 {
  if (bytes.length !== 32) throw new NeoFormatError(`Invalid UInt256 length: ${bytes.length}`);
  return bytes.slice();
}

/** A Map key for a hash (hex of its bytes). */
export const hashKey = (hash: Uint8Array): string => bytesToHex(hash);

export function equalHash(a: Uint8Array | null | undefined, b: Uint8Array | null | undefined): boolean {
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function base58CheckEncode(data: Uint8Array): string {
  const checksum = hash256(data).subarray(0, 4);
  const buf = new Uint8Array(data.length + 4);
  buf.set(data);
  buf.set(checksum, data.length);
  return base58Encode(buf);
}

export function base58DecodeStrict(text: string): Uint8Array {
  for (let i = 0; i < text.length; i++) {
    if (!/[1-9A-HJ-NP-Za-km-z]/.test(text[i]!)) {
      throw new NeoFormatError(`Invalid Base58 character '${text[i]}' at position ${i}`);
    }
  }
  return base58Decode(text);
}

export function base58CheckDecode(text: string): Uint8Array {
  const buf = base58DecodeStrict(text);
  if (buf.length < 4) {
    throw new NeoFormatError(
      `Invalid Base58Check format: decoded data length (${buf.length} bytes) is too short.`,
    );
  }
  const body = buf.subarray(0, buf.length - 4);
  const sum = hash256(body);
  for (let i = 0; i < 4; i++) {
    if (sum[i] !== buf[body.length + i]) throw new NeoFormatError('Invalid Base58Check checksum');
  }
  return body.slice();
}

export function toAddress(scriptHash: UInt160, version: number): string {
  const data = new Uint8Array(21);
  data[0] = version;
  data.set(scriptHash, 1);
  return base58CheckEncode(data);
}

export function addressToScriptHash(address: string, version: number): UInt160 {
  const data = base58CheckDecode(address);
  if (data.length !== 21) {
    throw new NeoFormatError(
      `Invalid address format: expected 21 bytes after Base58Check decoding, got ${data.length}`,
    );
  }
  if (data[0] !== version) {
    throw new NeoFormatError(`Invalid address version: expected version ${version}, but got ${data[0]}`);
  }
  return data.subarray(1);
}
