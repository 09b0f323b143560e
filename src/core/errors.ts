/**
 * Typed errors, in the manner of viem's `errors/base.ts`: one base class carrying a stable
 * `code`, a one-line `shortMessage`, optional `details` and the `cause` that led to it.
 * Every failure polyvm reports is a subclass with its own code. Halts of a VM are values,
 * not errors; these are thrown only for invalid input or a failing host.
 */

export interface PolyvmErrorOptions {
  /** More context than the short message: which file, which field, which offset. */
  details?: string;
  /** The underlying error, when this one wraps another. */
  cause?: unknown;
}

export class PolyvmError extends Error {
  /** Stable identifier, safe to match on; never changes once published. */
  readonly code: string;
  readonly shortMessage: string;
  readonly details: string | undefined;
  override name = 'PolyvmError';

  constructor(code: string, shortMessage: string, options: PolyvmErrorOptions = {}) {
    super(options.details ? `${shortMessage}\n\nDetails: ${options.details}` : shortMessage, {
      cause: options.cause,
    });
    this.code = code;
    this.shortMessage = shortMessage;
    this.details = options.details;
  }
}

/** An argument that breaks the contract of a public function (wrong type, range, length). */
export class InvalidArgumentError extends PolyvmError {
  override name = 'InvalidArgumentError';
  constructor(shortMessage: string, options?: PolyvmErrorOptions) {
    super('INVALID_ARGUMENT', shortMessage, options);
  }
}

/** A string that should be hex and is not (bad characters, odd length). */
export class InvalidHexError extends PolyvmError {
  override name = 'InvalidHexError';
  constructor(shortMessage: string, options?: PolyvmErrorOptions) {
    super('INVALID_HEX', shortMessage, options);
  }
}

/** An input file that cannot be read or is not of the expected format. */
export class InvalidInputFileError extends PolyvmError {
  override name = 'InvalidInputFileError';
  constructor(shortMessage: string, options?: PolyvmErrorOptions) {
    super('INVALID_INPUT_FILE', shortMessage, options);
  }
}

/** A state directory that is not a polyvm store, or cannot be opened or used. */
export class StateStoreError extends PolyvmError {
  override name = 'StateStoreError';
  constructor(shortMessage: string, options?: PolyvmErrorOptions, code = 'STATE_STORE') {
    super(code, shortMessage, options);
  }
}

/** A data file that fails the structural check: opening it could fault the process. */
export class StateStoreCorruptError extends StateStoreError {
  override name = 'StateStoreCorruptError';
  constructor(shortMessage: string, options?: PolyvmErrorOptions) {
    super(shortMessage, options, 'STATE_CORRUPT');
  }
}

/** A write to a store that is open for reading only (opened so, or not writable). */
export class StateStoreReadOnlyError extends StateStoreError {
  override name = 'StateStoreReadOnlyError';
  constructor(shortMessage: string, options?: PolyvmErrorOptions) {
    super(shortMessage, options, 'STATE_READ_ONLY');
  }
}

/**
 * A flush whose reads another writer has changed since: committing would lose that writer's
 * update, so nothing was written. Discard and run the work again.
 */
export class StateConflictError extends StateStoreError {
  override name = 'StateConflictError';
  constructor(shortMessage: string, options?: PolyvmErrorOptions) {
    super(shortMessage, options, 'STATE_CONFLICT');
  }
}

/** Misuse of the journaled cache: commit or revert without a checkpoint, writes after close. */
export class JournalError extends PolyvmError {
  override name = 'JournalError';
  constructor(shortMessage: string, options?: PolyvmErrorOptions) {
    super('JOURNAL', shortMessage, options);
  }
}

/** A capability whose VM has not landed yet. */
export class NotImplementedError extends PolyvmError {
  override name = 'NotImplementedError';
  constructor(shortMessage: string, options?: PolyvmErrorOptions) {
    super('NOT_IMPLEMENTED', shortMessage, options);
  }
}

/** Bad command-line usage: an unknown option, a missing argument, a value out of range. */
export class UsageError extends PolyvmError {
  override name = 'UsageError';
  constructor(shortMessage: string, options?: PolyvmErrorOptions) {
    super('USAGE', shortMessage, options);
  }
}
