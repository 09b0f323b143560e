/**
 * Typed errors of the Aleo cryptography layer (field/group/scalar text forms, address and
 * signature codecs, hash input limits). Each failure has a stable `code`.
 */
import { PolyvmError, type PolyvmErrorOptions } from '../../core/errors.js';

/** A value that cannot be decoded (bad text form, bad checksum, not on the curve). */
export class AleoDecodeError extends PolyvmError {
  override name = 'AleoDecodeError';
  constructor(shortMessage: string, options?: PolyvmErrorOptions) {
    super('AVM_DECODE', shortMessage, options);
  }
}

/** A cryptographic operation that fails on its input (too many bits, division by zero, no square root). */
export class AleoCryptoError extends PolyvmError {
  override name = 'AleoCryptoError';
  constructor(shortMessage: string, options?: PolyvmErrorOptions) {
    super('AVM_CRYPTO', shortMessage, options);
  }
}
