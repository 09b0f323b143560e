/**
 * Typed errors of polyvm/neo. Failures inside an execution (a syscall refusing its input, a
 * native contract rule) are not these: they fault the engine with neo's message. These are
 * thrown for bad input at the boundary: a NEF or manifest that breaks a rule, a script the
 * strict check rejects, bytes or JSON that do not parse, a missing contract or method, bad
 * arguments or settings. Each has a stable code for `--json` error documents.
 */
import { PolyvmError, type PolyvmErrorOptions } from '../core/errors.js';

/** Bytes or JSON that do not parse (neo's FormatException). */
export class NeoFormatError extends PolyvmError {
  override name = 'NeoFormatError';
  constructor(shortMessage: string, options?: PolyvmErrorOptions) {
    super('NEO_FORMAT', shortMessage, options);
  }
}

/** A NEF file that breaks a rule: magic, reserved bytes, checksum, sizes, tokens. */
export class NefError extends PolyvmError {
  override name = 'NefError';
  constructor(shortMessage: string, options?: PolyvmErrorOptions) {
    super('NEO_NEF_INVALID', shortMessage, options);
  }
}

/** A manifest that is not JSON or breaks a rule; the message names the field. */
export class ManifestError extends PolyvmError {
  override name = 'ManifestError';
  constructor(shortMessage: string, options?: PolyvmErrorOptions) {
    super('NEO_MANIFEST_INVALID', shortMessage, options);
  }
}

/** A contract script that fails neo's strict check, or ABI offsets that miss instructions. */
export class ScriptCheckError extends PolyvmError {
  override name = 'ScriptCheckError';
  constructor(shortMessage: string, options?: PolyvmErrorOptions) {
    super('NEO_SCRIPT_INVALID', shortMessage, options);
  }
}

/** No contract with that hash or name is deployed. */
export class ContractNotFoundError extends PolyvmError {
  override name = 'ContractNotFoundError';
  constructor(shortMessage: string, options?: PolyvmErrorOptions) {
    super('NEO_CONTRACT_NOT_FOUND', shortMessage, options);
  }
}

/** The contract has no method with that name and parameter count. */
export class MethodNotFoundError extends PolyvmError {
  override name = 'MethodNotFoundError';
  constructor(shortMessage: string, options?: PolyvmErrorOptions) {
    super('NEO_METHOD_NOT_FOUND', shortMessage, options);
  }
}

/** An argument, signer, account, setting or case file that the library cannot accept. */
export class NeoArgumentError extends PolyvmError {
  override name = 'NeoArgumentError';
  constructor(shortMessage: string, options?: PolyvmErrorOptions) {
    super('NEO_ARGUMENT', shortMessage, options);
  }
}

/** A deployment or transaction refused by the chain (it faulted, or its rules failed). */
export class NeoTransactionError extends PolyvmError {
  override name = 'NeoTransactionError';
  constructor(shortMessage: string, options?: PolyvmErrorOptions) {
    super('NEO_TRANSACTION_FAILED', shortMessage, options);
  }
}

/** Shorthand kept close to neo's FormatException for the decoders. */
export const FormatError = NeoFormatError;
