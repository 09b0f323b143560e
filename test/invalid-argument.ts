/** For tests of the libraries' boundary checks: the message of the InvalidArgumentError a call throws. */
import { expect } from 'vitest';
import { InvalidArgumentError } from '../src/core/errors.js';

/** Calls `f` and returns the shortMessage of the InvalidArgumentError it throws (fails otherwise). */
export function refused(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidArgumentError);
    return (e as InvalidArgumentError).shortMessage;
  }
  throw new Error('expected an InvalidArgumentError, got none');
}

/** A value passed as a caller without types would pass it. */
// biome-ignore lint/suspicious/noExplicitAny: callers without types.
export const untyped = (v: unknown) => v as any;
