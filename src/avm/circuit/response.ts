/**
 * The response part of a function circuit (snarkVM circuit/program/src/response/from_outputs.rs):
 * each output's id computed in circuit, then a fresh public variable constrained equal to it.
 */
import type { ValueType } from '../types.js';
import { bhpHash } from './bhp.js';
import { assertEq, assertTrue } from './env.js';
import { CircuitHalt } from './errors.js';
import { Fld } from './field.js';
import type { Grp } from './group.js';
import { hashPsd } from './poseidon.js';
import {
  ciphertextBits,
  encryptRecord,
  outputRecordViewKey,
  recordCommitment,
  recordRandomizer,
  senderCiphertext,
} from './record.js';
import { asPlaintext, type CValue, encryptSymmetric, identifierConstants, valueFields } from './value.js';

export function outputIds(
  program: string,
  signer: Grp,
  registers: readonly (number | undefined)[],
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
      const expected = hashPsd(8, encryptSymmetric(asPlaintext(output), key));
      const id = Fld.new('public', expected.value);
      assertEq(id.lc, expected.lc);
      return id;
    }
    if (visibility === 'record') {
      if (output.kind !== 'record') throw new CircuitHalt('Expected a record output');
      const register = registers[index];
      if (register === undefined)
        throw new CircuitHalt('Expected a register to be paired with a record output');
      const randomizer = recordRandomizer(tvk, register);
      // Response::from_outputs: encrypt, commit, checksum the ciphertext, the sender ciphertext.
      // Response::from_outputs: the record name as Identifier::constant.
      identifierConstants((t as { name: string }).name);
      const rvk = outputRecordViewKey(output, randomizer);
      const encrypted = encryptRecord(output, rvk);
      let commitment = recordCommitment(program, (t as { name: string }).name, output, rvk);
      const ctb = ciphertextBits(encrypted);
      const checksum = bhpHash('bhp1024', ctb);
      commitment ??= recordCommitment(program, (t as { name: string }).name, output, rvk);
      const sender = senderCiphertext(signer, rvk);
      // OutputID::record: three public variables; the sender ciphertext may also be zero.
      const [c, k, s] = [commitment, checksum, sender].map((e) => Fld.new('public', e.value)) as [
        Fld,
        Fld,
        Fld,
      ];
      assertEq(c.lc, commitment.lc);
      assertEq(k.lc, checksum.lc);
      assertTrue(s.isEqual(sender).or(s.isZero()).lc);
      return c;
    }
    if (visibility === 'external_record') {
      // OutputID::external_record: HashPSD8(function id ‖ record fields ‖ tvk ‖ index).
      if (output.kind !== 'record') throw new CircuitHalt('Expected a record output');
      const expected = hashPsd(8, [functionId.clone(), ...valueFields(output), tvk.clone(), idx]);
      const id = Fld.new('public', expected.value);
      assertEq(id.lc, expected.lc);
      return id;
    }
    throw new CircuitHalt(`${visibility} outputs are not supported in circuits yet`);
  });
}
