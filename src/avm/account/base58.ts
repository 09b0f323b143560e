/**
 * Base58 (Bitcoin alphabet, no checksum) as the `bs58` crate encodes snarkVM's account keys
 * (`APrivateKey1…`, `AViewKey1…`): the bytes read as one big-endian number, leading zero
 * bytes written as '1'.
 */
import { AleoDecodeError } from '../crypto/errors.js';

const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

export function base58Encode(bytes: Uint8Array): string {
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  let out = '';
  while (n > 0n) {
    out = ALPHABET[Number(n % 58n)] + out;
    n /= 58n;
  }
  for (const b of bytes) {
    if (b !== 0) break;
    out = `1${out}`;
  }
  return out;
}

export function base58Decode(text: string, label: string): Uint8Array {
  let n = 0n;
  let zeros = 0;
  let leading = true;
  for (const c of text) {
    const d = ALPHABET.indexOf(c);
    if (d < 0) throw new AleoDecodeError(`Invalid ${label}: '${c}' is not a base58 character`);
    if (leading && d === 0) zeros++;
    else leading = false;
    n = n * 58n + BigInt(d);
  }
  const body: number[] = [];
  while (n > 0n) {
    body.unshift(Number(n & 0xffn));
    n >>= 8n;
  }
  return Uint8Array.from([...new Array<number>(zeros).fill(0), ...body]);
}
