/**
 * Errors of the JavaScript contract VM. A failing contract call is not an exception (the
 * engine returns `{status: 'error'}`); these are thrown for bad input at the boundary: a
 * contract or ABI that breaks a rule, an unknown contract, bad arguments.
 */
import { PolyvmError, type PolyvmErrorOptions } from '../core/errors.js';

/** Where in the source a validation error points: 1-based line and column. */
export interface SourceLocation {
  line: number;
  column: number;
}

/**
 * A contract source or ABI rejected at deploy; the message names the rule broken. `rule` is
 * the message without its location, `location` where in the source (when known), so that the
 * CLI can print `file:line:column: rule`.
 */
export class ContractValidationError extends PolyvmError {
  override name = 'ContractValidationError';
  readonly rule: string;
  readonly location: SourceLocation | undefined;
  constructor(rule: string, options: PolyvmErrorOptions & { location?: SourceLocation } = {}) {
    const at = options.location ? ` (line ${options.location.line}, column ${options.location.column})` : '';
    super('JS_CONTRACT_INVALID', `${rule}${at}`, options);
    this.rule = rule;
    this.location = options.location;
  }
}

/**
 * Call arguments that do not fit the method's ABI (not a JSON array, wrong length, a value of
 * the wrong type, a number that is not an exact int64): the call is refused before it runs.
 */
export class JsArgumentsError extends PolyvmError {
  override name = 'JsArgumentsError';
  constructor(shortMessage: string, options?: PolyvmErrorOptions) {
    super('JS_ARGUMENTS', shortMessage, options);
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
 * A signed transaction refused before it runs because of who signed it (go-iost
 * `Tx.VerifySelf`, host.go `CheckSigners` / `CheckPublisher`): a signature that does not
 * verify (`signer error`, `publisher error`, `publisher empty error`), or keys that do not meet
 * a declared signer's permission or the publisher's `active` (`unauthorized signer: id@perm`,
 * `unauthorized publisher: id`). Nothing runs and no state changes.
 */
export class JsUnauthorizedError extends PolyvmError {
  override name = 'JsUnauthorizedError';
  constructor(shortMessage: string, options?: PolyvmErrorOptions) {
    super('JS_UNAUTHORIZED', shortMessage, options);
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
