/**
 * Aleo addresses (snarkVM console/types/address): a group element written as bech32m with the
 * "aleo" prefix over the 32 little-endian bytes of its x-coordinate; 63 characters.
 */
import type { AffinePoint } from '../values.js';
import { bech32mDecode, bech32mEncode } from './bech32m.js';
import { bigintToBytesLe, bytesToBigintLe } from './bits.js';
import { fromX } from './curve.js';
import { AleoDecodeError } from './errors.js';
import { Fq } from './modular.js';

export function addressToString(p: AffinePoint): string {
  return bech32mEncode('aleo', bigintToBytesLe(p.x, 32));
}

/** Reads a 32-byte little-endian x-coordinate and recovers the group element. */
export function groupFromBytesLe(bytes: Uint8Array, label: string): AffinePoint {
  const x = bytesToBigintLe(bytes);
  if (!Fq.isValid(x)) throw new AleoDecodeError(`Invalid ${label}: the x-coordinate is not a field element`);
  try {
    return fromX(x);
  } catch (cause) {
    throw new AleoDecodeError(`Invalid ${label}: no group element has the x-coordinate ${x}`, { cause });
  }
}

/** Parses `aleo1…` (underscores allowed as snarkVM's parser strips them). */
export function parseAddress(text: string): AffinePoint {
  const s = text.replaceAll('_', '');
  if (s.length !== 63) {
    throw new AleoDecodeError(`Invalid account address length: found ${s.length}, expected 63`, {
      details: text,
    });
  }
  const bytes = bech32mDecode(s, 'aleo', 'address');
  if (bytes.length !== 32)
    throw new AleoDecodeError(`Invalid address '${text}': expected 32 bytes, found ${bytes.length}`);
  return groupFromBytesLe(bytes, `address '${text}'`);
}
