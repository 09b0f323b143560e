/**
 * Base64 as .NET reads and writes it (`Convert.FromBase64String`, `ToBase64String`) and
 * base64url as Microsoft.IdentityModel's `Base64UrlEncoder` (StdLib's base64UrlEncode/Decode):
 * no padding, `-` and `_`, and text in and out as UTF-8.
 */
import { NeoFormatError } from '../errors.js';

const B64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function base64Encode(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('base64');
}

/** Strict base64: white space ignored, length a multiple of 4, padding only at the end. */
export function base64Decode(text: string): Uint8Array {
  const s = text.replace(/[ \t\r\n]/g, '');
  if (s.length % 4 !== 0 || !B64.test(s)) {
    throw new NeoFormatError(
      'The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters.',
    );
  }
  return Uint8Array.from(Buffer.from(s, 'base64'));
}

export function base64UrlEncode(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

export function base64UrlDecode(text: string): string {
  const s = text.replace(/-/g, '+').replace(/_/g, '/');
  const mod = s.length % 4;
  if (mod === 1) throw new NeoFormatError(`Unable to decode: '${text}' is not a valid base64url string.`);
  const padded = mod === 0 ? s : s + '='.repeat(4 - mod);
  return Buffer.from(base64Decode(padded)).toString('utf8');
}
