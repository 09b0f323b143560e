/**
 * The AVM's typed errors: a program that does not parse (with line:column), a program that
 * the checker rejects, a value text that does not parse, and an execution that halts
 * (overflow, failed assert, division by zero...), the last one caught at the boundary and
 * reported as a value.
 */
import { PolyvmError, type PolyvmErrorOptions } from '../core/errors.js';

export class AleoParseError extends PolyvmError {
  override name = 'AleoParseError';
  readonly line: number;
  readonly column: number;
  constructor(message: string, line: number, column: number, options?: PolyvmErrorOptions) {
    super('AVM_PARSE', `${line}:${column}: ${message}`, options);
    this.line = line;
    this.column = column;
  }
}

export class AleoCheckError extends PolyvmError {
  override name = 'AleoCheckError';
  constructor(message: string, options?: PolyvmErrorOptions) {
    super('AVM_CHECK', message, options);
  }
}

/** A value in Aleo's text form that does not parse or does not fit its declared type. */
export class AleoValueError extends PolyvmError {
  override name = 'AleoValueError';
  constructor(message: string, options?: PolyvmErrorOptions) {
    super('AVM_VALUE', message, options);
  }
}

/** An execution or finalize that halts: snarkVM's `E::halt` / `bail!` during evaluation. */
export class AleoHalt extends PolyvmError {
  override name = 'AleoHalt';
  constructor(message: string, options?: PolyvmErrorOptions) {
    super('AVM_HALT', message, options);
  }
}

/** A deployment snarkVM refuses (an existing program, an invalid upgrade, a circuit over the limits) or an execution of a program that is not deployed. */
export class AleoDeployError extends PolyvmError {
  override name = 'AleoDeployError';
  constructor(message: string, options?: PolyvmErrorOptions) {
    super('AVM_DEPLOY', message, options);
  }
}

/**
 * What the ledger refuses: a record input no stored block holds (snarkVM's `Commitment '…' does not
 * exist`), or one whose serial number an earlier block already spent.
 */
export class AleoLedgerError extends PolyvmError {
  override name = 'AleoLedgerError';
  constructor(message: string, options?: PolyvmErrorOptions) {
    super('AVM_LEDGER', message, options);
  }
}
