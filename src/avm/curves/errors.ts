/**
 * Typed errors of the BLS12-377 layer and the Varuna proof system (src/avm/curves,
 * src/avm/varuna). Each failure has a stable `code`.
 */
import { PolyvmError, type PolyvmErrorOptions } from '../../core/errors.js';

/** Bytes or text that are not a canonical verifying key, proof, point or field element. */
export class VarunaDecodeError extends PolyvmError {
  override name = 'VarunaDecodeError';
  constructor(shortMessage: string, options?: PolyvmErrorOptions) {
    super('VARUNA_DECODE', shortMessage, options);
  }
}

/** Inputs that do not fit the verifying keys or the proof (batch sizes, input lengths). */
export class VarunaInputError extends PolyvmError {
  override name = 'VarunaInputError';
  constructor(shortMessage: string, options?: PolyvmErrorOptions) {
    super('VARUNA_INPUT', shortMessage, options);
  }
}

/** The universal SRS is missing or damaged (files under ../shared/aleo-srs or POLYVM_ALEO_SRS). */
export class VarunaSrsError extends PolyvmError {
  override name = 'VarunaSrsError';
  constructor(shortMessage: string, options?: PolyvmErrorOptions) {
    super('VARUNA_SRS', shortMessage, options);
  }
}

/** The curve library was used before `initVaruna()` (or `initBls12377()`) was awaited. */
export class VarunaInitError extends PolyvmError {
  override name = 'VarunaInitError';
  constructor(shortMessage: string, options?: PolyvmErrorOptions) {
    super('VARUNA_INIT', shortMessage, options);
  }
}

/**
 * An execution that snarkVM's Process::verify_execution refuses before it looks at the proof: a
 * value that does not hash to its id, a transition id that is not its own, a transition that does
 * not fit its function. The message names the transition (its index and locator) and the input
 * or output.
 */
export class VarunaExecutionError extends PolyvmError {
  override name = 'VarunaExecutionError';
  constructor(shortMessage: string, options?: PolyvmErrorOptions) {
    super('VARUNA_EXECUTION', shortMessage, options);
  }
}
