import { PolyvmError } from '../../core/errors.js';

/** Synthesis cannot go on (snarkVM's `E::halt`): a malformed circuit, a limit, a bad witness. */
export class CircuitHalt extends PolyvmError {
  constructor(message: string) {
    super('AVM_CIRCUIT', message);
  }
}
