/**
 * Execution outcomes as values (revm's `ExecutionResult`): a run ends in Success, Revert
 * or Halt, never in an exception. Each VM specialises the payload.
 */

export interface Success<T = Uint8Array> {
  readonly status: 'success';
  readonly output: T;
  readonly gasUsed: bigint;
}

export interface Revert<T = Uint8Array> {
  readonly status: 'revert';
  readonly output: T;
  readonly gasUsed: bigint;
}

export interface Halt {
  readonly status: 'halt';
  /** Stable machine-readable reason, e.g. `OutOfGas`, `StackUnderflow`, `InvalidOpcode`. */
  readonly reason: string;
  readonly message?: string;
  readonly gasUsed: bigint;
}

export type ExecutionResult<T = Uint8Array> = Success<T> | Revert<T> | Halt;
