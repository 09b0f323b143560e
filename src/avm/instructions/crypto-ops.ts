/**
 * The adapter between the instruction layer and the cryptography (src/avm/crypto, written
 * separately): hash.* and commit.* go to its hashOp/commitOp (bit-exact with snarkVM);
 * a failure there (an input too long for Pedersen...) is a halt. sign.verify and
 * signature text wait for its signature module and report NotImplementedError.
 */
import { NotImplementedError } from '../../core/errors.js';
import { AleoCryptoError, type CommitVariant, commitOp, type HashVariant, hashOp } from '../crypto/index.js';
import { AleoHalt } from '../errors.js';
import type { Literal, LiteralType, Plaintext, Signature } from '../values.js';

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

function missing(what: string): never {
  throw new NotImplementedError(`${what} needs the AVM crypto module (src/avm/crypto), not available yet`);
}

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

export function signVerify(_signature: Signature, _address: Literal, _message: Plaintext): boolean {
  return missing('sign.verify');
}

export function signatureFromText(_text: string): Signature {
  return missing('signature literals');
}

export function signatureToText(_signature: Signature): string {
  return missing('signature literals');
}
