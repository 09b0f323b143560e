/**
 * The adapter between the instruction layer and the cryptography (src/avm/crypto, written
 * separately): hash.* and commit.* go to its hashOp/commitOp (bit-exact with snarkVM);
 * a failure there (an input too long for Pedersen...) is a halt; sign.verify and the
 * `sign1…` text form go to its signature module.
 */
import {
  AleoCryptoError,
  AleoDecodeError,
  type CommitVariant,
  commitOp,
  type HashVariant,
  hashOp,
  parseSignature,
  signatureToString,
  verifySignature,
} from '../crypto/index.js';
import { AleoHalt, AleoValueError } from '../errors.js';
import type { AffinePoint, Literal, LiteralType, Plaintext, Signature } from '../values.js';

export const HASH_OPCODES = [
  'hash.bhp256',
  'hash.bhp512',
  'hash.bhp768',
  'hash.bhp1024',
  'hash.keccak256',
  'hash.keccak384',
  'hash.keccak512',
  'hash.ped64',
  'hash.ped128',
  'hash.psd2',
  'hash.psd4',
  'hash.psd8',
  'hash.sha3_256',
  'hash.sha3_384',
  'hash.sha3_512',
] as const;

export const COMMIT_OPCODES = [
  'commit.bhp256',
  'commit.bhp512',
  'commit.bhp768',
  'commit.bhp1024',
  'commit.ped64',
  'commit.ped128',
] as const;

function asHalt<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof AleoCryptoError) throw new AleoHalt(e.shortMessage, { cause: e });
    throw e;
  }
}

export function hashPlaintext(opcode: string, input: Plaintext, to: LiteralType): Literal {
  const variant = opcode.slice('hash.'.length) as HashVariant;
  return asHalt(() => hashOp(variant, input, to));
}

export function commitPlaintext(
  opcode: string,
  input: Plaintext,
  randomizer: bigint,
  to: LiteralType,
): Literal {
  const variant = opcode.slice('commit.'.length) as CommitVariant;
  return asHalt(() => commitOp(variant, input, randomizer, to));
}

export function signVerify(signature: Signature, address: Literal, message: Plaintext): boolean {
  return asHalt(() => verifySignature(signature, address.value as AffinePoint, message));
}

/** Parses `sign1…`; a malformed signature is a value error. */
export function signatureFromText(text: string): Signature {
  try {
    return parseSignature(text);
  } catch (e) {
    if (e instanceof AleoDecodeError || e instanceof AleoCryptoError)
      throw new AleoValueError(`invalid signature ${text}: ${e.shortMessage}`);
    throw e;
  }
}

export function signatureToText(signature: Signature): string {
  return signatureToString(signature);
}
