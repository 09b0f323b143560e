/**
 * Bech32m (BIP-350) encoding as the `bech32` crate does it for snarkVM's `aleo1…` addresses
 * and `sign1…` signatures: 8-bit data regrouped into 5-bit words with zero padding on encode,
 * and strict padding on decode.
 */
import { AleoDecodeError } from './errors.js';

const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const BECH32M_CONST = 0x2bc830a3;
const GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function polymod(values: readonly number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GEN[i] as number;
  }
  return chk >>> 0;
}

function hrpExpand(hrp: string): number[] {
  const out: number[] = [];
  for (const c of hrp) out.push(c.charCodeAt(0) >> 5);
  out.push(0);
  for (const c of hrp) out.push(c.charCodeAt(0) & 31);
  return out;
}

function convertBits(data: Uint8Array | readonly number[], from: number, to: number, pad: boolean): number[] {
  let acc = 0;
  let bits = 0;
  const out: number[] = [];
  const maxv = (1 << to) - 1;
  for (const v of data) {
    acc = (acc << from) | v;
    bits += from;
    while (bits >= to) {
      bits -= to;
      out.push((acc >> bits) & maxv);
    }
    acc &= (1 << bits) - 1;
  }
  if (pad) {
    if (bits > 0) out.push((acc << (to - bits)) & maxv);
  } else if (bits >= from || ((acc << (to - bits)) & maxv) !== 0) {
    throw new AleoDecodeError('Invalid bech32m padding');
  }
  return out;
}

export function bech32mEncode(hrp: string, bytes: Uint8Array): string {
  const words = convertBits(bytes, 8, 5, true);
  const values = [...hrpExpand(hrp), ...words, 0, 0, 0, 0, 0, 0];
  const mod = polymod(values) ^ BECH32M_CONST;
  const checksum: number[] = [];
  for (let i = 0; i < 6; i++) checksum.push((mod >>> (5 * (5 - i))) & 31);
  return `${hrp}1${[...words, ...checksum].map((w) => CHARSET[w]).join('')}`;
}

/** Decodes a bech32m string with the expected human-readable part; returns the bytes. */
export function bech32mDecode(text: string, expectedHrp: string, label: string): Uint8Array {
  if (text !== text.toLowerCase() && text !== text.toUpperCase()) {
    throw new AleoDecodeError(`Invalid ${label} '${text}': mixed case`);
  }
  const s = text.toLowerCase();
  const sep = s.lastIndexOf('1');
  if (sep < 1 || sep + 7 > s.length)
    throw new AleoDecodeError(`Invalid ${label} '${text}': missing separator or checksum`);
  const hrp = s.slice(0, sep);
  if (hrp !== expectedHrp)
    throw new AleoDecodeError(`Invalid ${label} '${text}': '${hrp}' is an invalid prefix`);
  const words: number[] = [];
  for (let i = sep + 1; i < s.length; i++) {
    const w = CHARSET.indexOf(s[i] as string);
    if (w < 0) throw new AleoDecodeError(`Invalid ${label} '${text}': invalid character '${s[i]}' at ${i}`);
    words.push(w);
  }
  const check = polymod([...hrpExpand(hrp), ...words]);
  if (check !== BECH32M_CONST) {
    throw new AleoDecodeError(
      `Invalid ${label} '${text}': ${check === 1 ? 'bech32 (not bech32m) checksum' : 'invalid checksum'}`,
    );
  }
  const data = words.slice(0, words.length - 6);
  if (data.length === 0) throw new AleoDecodeError(`Invalid ${label} '${text}': data field is empty`);
  try {
    return Uint8Array.from(convertBits(data, 5, 8, false));
  } catch (cause) {
    throw new AleoDecodeError(`Invalid ${label} '${text}': invalid padding`, { cause });
  }
}
