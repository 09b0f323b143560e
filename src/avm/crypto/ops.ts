/**
 * The `hash.*` and `commit.*` instructions (snarkVM synthesizer/program/src/logic/instruction/
 * operation/hash.rs, commit.rs): BHP, Pedersen, Keccak and SHA-3 hash the plaintext's bits to a
 * group element (Keccak/SHA-3 digests go through BHP256 for 256-bit, BHP512 for 384/512-bit
 * outputs); Poseidon hashes the plaintext's fields, to a group for `as group|address`, else to
 * a field; the result is then cast (lossy) to the destination type.
 */
import { keccak_256, keccak_384, keccak_512, sha3_256, sha3_384, sha3_512 } from '@noble/hashes/sha3.js';
import type { AffinePoint, Literal, LiteralType, Plaintext } from '../values.js';
import { bhpCommitToGroup, bhpHashToGroup } from './bhp.js';
import { type Bits, bitsToBytes, pushBytesBits } from './bits.js';
import { castLossyField, castLossyGroup } from './cast-lossy.js';
import { plaintextBits, plaintextBitsRaw, plaintextFields, plaintextFieldsRaw } from './encode.js';
import { AleoCryptoError } from './errors.js';
import { Fs } from './modular.js';
import { pedersenCommitToGroup, pedersenHashToGroup } from './pedersen.js';
import { poseidonHash, poseidonHashToGroup } from './poseidon.js';

export const HASH_VARIANTS = [
  'bhp256',
  'bhp512',
  'bhp768',
  'bhp1024',
  'keccak256',
  'keccak384',
  'keccak512',
  'ped64',
  'ped128',
  'psd2',
  'psd4',
  'psd8',
  'sha3_256',
  'sha3_384',
  'sha3_512',
] as const;
export type HashVariant = (typeof HASH_VARIANTS)[number];
export const COMMIT_VARIANTS = ['bhp256', 'bhp512', 'bhp768', 'bhp1024', 'ped64', 'ped128'] as const;
export type CommitVariant = (typeof COMMIT_VARIANTS)[number];

const KECCAK: Record<string, [(b: Uint8Array) => Uint8Array, 'bhp256' | 'bhp512']> = {
  keccak256: [keccak_256, 'bhp256'],
  keccak384: [keccak_384, 'bhp512'],
  keccak512: [keccak_512, 'bhp512'],
  sha3_256: [sha3_256, 'bhp256'],
  sha3_384: [sha3_384, 'bhp512'],
  sha3_512: [sha3_512, 'bhp512'],
};

/** Keccak/SHA-3 of bits (zero-padded to bytes), as bits (snarkVM Keccak::hash). */
export function keccakBits(variant: string, bits: readonly boolean[]): Bits {
  const entry = KECCAK[variant];
  if (!entry) throw new AleoCryptoError(`Unknown Keccak variant '${variant}'`);
  const out: Bits = [];
  pushBytesBits(out, entry[0](bitsToBytes(bits)));
  return out;
}

/** Hashes bits to a group element the way the instruction does for non-Poseidon variants. */
export function hashBitsToGroup(variant: HashVariant, bits: readonly boolean[]): AffinePoint {
  switch (variant) {
    case 'bhp256':
    case 'bhp512':
    case 'bhp768':
    case 'bhp1024':
      return bhpHashToGroup(variant, bits);
    case 'ped64':
    case 'ped128':
      return pedersenHashToGroup(variant, bits);
    case 'psd2':
    case 'psd4':
    case 'psd8':
      throw new AleoCryptoError(`'${variant}' hashes fields, not bits`);
    default: {
      const entry = KECCAK[variant] as [unknown, 'bhp256' | 'bhp512'];
      return bhpHashToGroup(entry[1], keccakBits(variant, bits));
    }
  }
}

function checkHashDest(dest: LiteralType): void {
  if (dest === 'boolean' || dest === 'string' || dest === 'signature') {
    throw new AleoCryptoError(`Invalid destination type '${dest}' for 'hash' instruction`);
  }
}

/** Keccak and SHA-3 hash bytes: their `.raw` forms take only inputs of whole bytes (hash.rs `check_multiple_of_8`). */
const isKeccak = (variant: string): boolean => variant.startsWith('keccak') || variant.startsWith('sha3');

function checkWholeBytes(opcode: string, bits: Bits): void {
  if (bits.length % 8 !== 0)
    throw new AleoCryptoError(`The opcode '${opcode}' expects input whose size in bits is a multiple of 8.`);
}

/**
 * What a hash reads of its input, computed on demand: Value::to_bits_le and to_fields, or for
 * `.raw` the raw forms (Plaintext::to_bits_raw_le, to_fields_raw). A record or a future is
 * encoded elsewhere (transition/ids.ts) and handed in through this.
 */
export interface HashInput {
  readonly bits: () => Bits;
  readonly fields: () => bigint[];
  /** A plaintext's raw encoding: the Keccak/SHA-3 hashes check it for whole bytes when they run. */
  readonly raw?: boolean;
}

/** A plaintext's encodings: to_bits_le / to_fields, or with `raw` the headerless raw forms. */
export const plaintextInput = (p: Plaintext, raw = false): HashInput =>
  raw
    ? { bits: () => plaintextBitsRaw(p), fields: () => plaintextFieldsRaw(p), raw: true }
    : { bits: () => plaintextBits(p), fields: () => plaintextFields(p) };

/**
 * `hash.<variant>[.raw] input into rX as <dest>`: `.raw` hashes Plaintext::to_bits_raw_le (or
 * to_fields_raw for Poseidon), the literals' bits without type headers (hash.rs `do_hash!`).
 */
export function hashOp(variant: HashVariant, input: Plaintext, dest: LiteralType, raw = false): Literal {
  return hashInputOp(variant, plaintextInput(input, raw), dest);
}

/** hashOp over an input's encodings (a plaintext, a record or a future). */
export function hashInputOp(variant: HashVariant, input: HashInput, dest: LiteralType): Literal {
  checkHashDest(dest);
  if (variant === 'psd2' || variant === 'psd4' || variant === 'psd8') {
    const rate = Number(variant.slice(3)) as 2 | 4 | 8;
    const fields = input.fields();
    if (dest === 'group' || dest === 'address')
      return castLossyGroup(poseidonHashToGroup(rate, fields), dest);
    return castLossyField(poseidonHash(rate, fields), dest);
  }
  const bits = input.bits();
  if (input.raw && isKeccak(variant)) checkWholeBytes(`hash.${variant}.raw`, bits);
  return castLossyGroup(hashBitsToGroup(variant, bits), dest);
}

/**
 * `hash.<keccak|sha3>.native[.raw] input into rX as [boolean; N]`: the digest itself as a bit
 * array (hash.rs `from_bit_array`: N must equal the digest's bits). `input` gives the raw or the
 * full bits as the opcode asks.
 */
export function hashNativeOp(
  variant: HashVariant,
  input: HashInput,
  length: number,
  raw: boolean,
): boolean[] {
  if (!isKeccak(variant)) throw new AleoCryptoError(`'hash.${variant}' has no native form`);
  const bits = input.bits();
  if (raw && input.raw) checkWholeBytes(`hash.${variant}.native.raw`, bits);
  const digest = keccakBits(variant, bits);
  if (digest.length !== length)
    throw new AleoCryptoError(`Expected '${length}' bits, got '${digest.length}' bits`);
  return digest;
}

/** `commit.<variant> input randomizer into rX as <dest>` with dest address, field or group. */
export function commitOp(
  variant: CommitVariant,
  input: Plaintext | HashInput,
  randomizer: bigint,
  dest: LiteralType,
): Literal {
  if (dest !== 'address' && dest !== 'field' && dest !== 'group') {
    throw new AleoCryptoError(`Invalid destination type '${dest}' for 'commit' instruction`);
  }
  if (!Fs.isValid(randomizer)) throw new AleoCryptoError('The commit randomizer must be a scalar');
  const bits = 'bits' in input ? input.bits() : plaintextBits(input);
  const g =
    variant === 'ped64' || variant === 'ped128'
      ? pedersenCommitToGroup(variant, bits, randomizer)
      : bhpCommitToGroup(variant, bits, randomizer);
  return castLossyGroup(g, dest);
}
