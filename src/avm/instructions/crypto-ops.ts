/**
 * The adapter between the instruction layer and the cryptography (src/avm/crypto, written
 * separately): a failure there (an input too long for Pedersen...) is a halt (hash.ts,
 * commit.ts, sign.ts run its operations through `asHalt`); the `sign1…` text form goes to its
 * signature module.
 */
import { AleoCryptoError, AleoDecodeError, parseSignature, signatureToString } from '../crypto/index.js';
import { AleoHalt, AleoValueError } from '../errors.js';
import type { Signature } from '../values.js';

/** Runs a crypto-module operation; its failures (an input too long for Pedersen...) are halts. */
export function asHalt<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof AleoCryptoError) throw new AleoHalt(e.shortMessage, { cause: e });
    throw e;
  }
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
