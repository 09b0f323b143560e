/** A syscall's id (neo `InteropDescriptor.Hash`): the first 4 bytes of SHA-256 of its ASCII name, little-endian. */
import { sha256 } from '../crypto/hash.js';
import { utf8 } from '../io/binary.js';

export function interopId(name: string): number {
  const h = sha256(utf8(name));
  return (h[0]! | (h[1]! << 8) | (h[2]! << 16) | (h[3]! << 24)) >>> 0;
}
