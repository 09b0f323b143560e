/**
 * Neo's hash functions (neo `Cryptography/Helper.cs`, `Crypto.cs`): SHA-256, RIPEMD-160,
 * Keccak-256, Hash160 = RIPEMD-160(SHA-256(x)) for script hashes and Hash256 =
 * SHA-256(SHA-256(x)) for block, transaction and NEF checksums.
 */
import { ripemd160 as nobleRipemd160 } from '@noble/hashes/legacy.js';
import { sha256 as nobleSha256, sha512 as nobleSha512 } from '@noble/hashes/sha2.js';
import { keccak_256 } from '../../core/keccak.js';

export const sha256 = (data: Uint8Array): Uint8Array => nobleSha256(data);
export const sha512 = (data: Uint8Array): Uint8Array => nobleSha512(data);
export const ripemd160 = (data: Uint8Array): Uint8Array => nobleRipemd160(data);
export const keccak256 = (data: Uint8Array): Uint8Array => keccak_256(data);
export const hash160 = (data: Uint8Array): Uint8Array => nobleRipemd160(nobleSha256(data));
export const hash256 = (data: Uint8Array): Uint8Array => nobleSha256(nobleSha256(data));
