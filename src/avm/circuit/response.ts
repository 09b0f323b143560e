/**
 * The response part of a function circuit (snarkVM circuit/program/src/response/from_outputs.rs):
 * each output's id computed in circuit, then a fresh public variable constrained equal to it.
 */
import type { ValueType } from '../types.js';
import { assertEq } from './env.js';
import { CircuitHalt } from './errors.js';
import { Fld } from './field.js';
import { hashPsd } from './poseidon.js';
import { type CValue, encryptSymmetric, valueFields } from './value.js';

export function outputIds(
  functionId: Fld,
  numInputs: number,
  tvk: Fld,
  tcm: Fld,
  outputs: readonly CValue[],
  types: readonly ValueType[],
): Fld[] {
  return outputs.map((output, index) => {
    const t = types[index] as ValueType;
    const idx = Fld.constant(BigInt(numInputs + index));
    const visibility = t.kind === 'plaintext' ? t.visibility : t.kind;
    if (visibility === 'constant' || visibility === 'public' || visibility === 'future') {
      const expected = hashPsd(8, [functionId.clone(), ...valueFields(output), tcm.clone(), idx]);
      const id = Fld.new('public', expected.value);
      assertEq(id.lc, expected.lc);
      return id;
    }
    if (visibility === 'private') {
      const key = hashPsd(4, [functionId.clone(), tvk.clone(), idx]);
      if (output.kind === 'future')
        throw new CircuitHalt('Expected a plaintext output, found a future output');
      const expected = hashPsd(8, encryptSymmetric(output, key));
      const id = Fld.new('public', expected.value);
      assertEq(id.lc, expected.lc);
      return id;
    }
    throw new CircuitHalt(`${visibility} outputs are not supported in circuits yet`);
  });
}
