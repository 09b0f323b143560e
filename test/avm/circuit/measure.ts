/**
 * What a gadget adds to the constraint system, as snarkVM's `Metrics::count` tuples give it:
 * (constants, public variables, private variables, constraints), counted around `gadget`
 * after `setup` made its inputs.
 */
import { current, synthesizeWith } from '../../../src/avm/circuit/env.js';

export type Counts = [constants: number, publicVars: number, privateVars: number, constraints: number];

export function measure<T>(setup: () => T, gadget: (inputs: T) => unknown): Counts {
  let out: Counts = [0, 0, 0, 0];
  synthesizeWith(() => {
    const inputs = setup();
    const c = current();
    const before = [c.numConstants, c.publicValues.length, c.privateValues.length, c.constraints.length];
    gadget(inputs);
    out = [
      c.numConstants - (before[0] as number),
      c.publicValues.length - (before[1] as number),
      c.privateValues.length - (before[2] as number),
      c.constraints.length - (before[3] as number),
    ];
  });
  return out;
}
