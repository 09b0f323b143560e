/**
 * Errors of the JavaScript contract VM. A failing contract call is not an exception (the
 * engine returns `{status: 'error'}`); these are thrown for bad input at the boundary: a
 * contract or ABI that breaks a rule, an unknown contract, bad arguments.
 */
import { PolyvmError, type PolyvmErrorOptions } from '../core/errors.js';

/** A contract source or ABI rejected at deploy; the message names the rule broken. */
export class ContractValidationError extends PolyvmError {
  override name = 'ContractValidationError';
  constructor(shortMessage: string, options?: PolyvmErrorOptions) {
    super('JS_CONTRACT_INVALID', shortMessage, options);
  }
}

/** A request the engine refuses before running anything (bad account, bad arguments). */
export class JsVmRequestError extends PolyvmError {
  override name = 'JsVmRequestError';
  constructor(shortMessage: string, options?: PolyvmErrorOptions) {
    super('JS_REQUEST', shortMessage, options);
  }
}

/**
 * A failure inside a transaction: carried to the top-level call, which reports it as a value.
 * `fatal` failures (out of gas, time, memory, frame limits) cannot be caught by contract code.
 */
export class TxFailure extends Error {
  override name = 'TxFailure';
  constructor(
    message: string,
    readonly fatal = false,
  ) {
    super(message);
  }
}
