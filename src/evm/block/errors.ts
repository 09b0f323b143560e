/**
 * Why a block is invalid: `InvalidBlockError` with execution-spec-tests' name for the
 * reason (`BlockException.NAME`, or `TransactionException.NAME` for a bad transaction) and a
 * message naming what is wrong.
 */
import { PolyvmError, type PolyvmErrorOptions } from '../../core/errors.js';

export class InvalidBlockError extends PolyvmError {
  override name = 'InvalidBlockError';
  /** `BlockException.NAME` or `TransactionException.NAME`. */
  readonly reason: string;
  constructor(reason: string, shortMessage: string, options?: PolyvmErrorOptions) {
    super('INVALID_BLOCK', shortMessage, options);
    this.reason = reason.includes('.') ? reason : `BlockException.${reason}`;
  }
}
