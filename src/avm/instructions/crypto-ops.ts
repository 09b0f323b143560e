/**
 * The adapter between the instruction layer and the cryptography (src/avm/crypto, written
 * separately): hash.*, commit.*, sign.verify and signature text. Until that module lands,
 * these report NotImplementedError; they are the only place to change when it does.
 */
import { NotImplementedError } from '../../core/errors.js';
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

export function hashPlaintext(opcode: string, _input: Plaintext, _to: LiteralType): Literal {
  return missing(opcode);
}

export function commitPlaintext(
  opcode: string,
  _input: Plaintext,
  _randomizer: bigint,
  _to: LiteralType,
): Literal {
  return missing(opcode);
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
