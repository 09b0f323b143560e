/**
 * Base58 with the Bitcoin alphabet and no checksum (IOST's hashes and ids, snarkVM's account
 * keys through the `bs58` crate): the bytes read as one big-endian number, each leading zero
 * byte written as '1'.
 */
import { assertBytes, assertString } from './assert.js';
import { InvalidArgumentError } from './errors.js';

const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const DIGIT = new Map([...ALPHABET].map((c, i) => [c, BigInt(i)]));

export function base58Encode(bytes: Uint8Array): string {
  assertBytes(bytes, 'base58Encode: bytes');
  let zeros = 0;
  while (zeros < bytes.length && bytes[zeros] === 0) zeros++;
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  let out = '';
  while (n > 0n) {
    out = ALPHABET[Number(n % 58n)] + out;
    n /= 58n;
  }
  return '1'.repeat(zeros) + out;
}

/** Decodes base58; a character outside the alphabet is an InvalidArgumentError naming it. */
export function base58Decode(text: string): Uint8Array {
  assertString(text, 'base58Decode: text');
  let zeros = 0;
  while (zeros < text.length && text[zeros] === '1') zeros++;
  let n = 0n;
  for (const c of text) {
    const d = DIGIT.get(c);
    if (d === undefined) throw new InvalidArgumentError(`'${c}' is not a base58 character`);
    n = n * 58n + d;
  }
  const body: number[] = [];
  while (n > 0n) {
    body.unshift(Number(n & 0xffn));
    n >>= 8n;
  }
  return Uint8Array.from([...new Array<number>(zeros).fill(0), ...body]);
}
