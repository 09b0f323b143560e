/**
 * The request part of a function circuit (snarkVM circuit/program/src/request: Inject, verify,
 * check_input_ids, to_tpk): injection order tcm, scm (public), the inputs, signer, input ids
 * (public), signature, sk_tag, tvk (private); then the checks on signature, input ids, tpk,
 * tcm and scm, evaluated in snarkVM's order (allocation order fixes the variable indices).
 */
import { Fq } from '../crypto/modular.js';
import type { Request as ConsoleRequest } from '../transition/request.js';
import type { Value, ValueType } from '../types.js';
import { groupMulScalar, gScalarMultiply, Signature } from './account.js';
import { Bool } from './boolean.js';
import { CircuitHalt } from './errors.js';
import { Fld } from './field.js';
import { computeFunctionId, injectFunctionName } from './function-id.js';
import { Grp } from './group.js';
import { hashPsd, hashToGroupPsd, hashToScalarPsd } from './poseidon.js';
import { injectRecord, recordCommitment, SERIAL_NUMBER_DOMAIN, serialNumberFromGamma } from './record.js';
import {
  asPlaintext,
  type CValue,
  encryptSymmetric,
  identifierConstants,
  injectValue,
  valueFields,
} from './value.js';

export type CInputId =
  | { readonly type: 'constant' | 'public' | 'private' | 'external_record'; readonly hash: Fld }
  | {
      readonly type: 'record';
      readonly commitment: Fld;
      readonly gamma: Grp;
      readonly recordViewKey: Fld;
      readonly serialNumber: Fld;
      readonly tag: Fld;
    };

export interface CRequest {
  readonly program: string;
  readonly function: string;
  readonly networkId: number;
  readonly tcm: Fld;
  readonly scm: Fld;
  readonly inputs: CValue[];
  readonly signer: Grp;
  readonly inputIds: CInputId[];
  readonly signature: Signature;
  readonly skTag: Fld;
  readonly tvk: Fld;
}

/**
 * InputID::new: the hash of a constant, public, private or external-record input as a public
 * variable; a record's commitment, gamma and record view key private, its serial number and
 * tag public.
 */
export function injectInputId(id: ConsoleRequest['inputs'][number]): CInputId {
  if (id.type === 'future') throw new CircuitHalt('a function input cannot be a future');
  if (id.type === 'record') {
    const rec = id.record;
    if (!rec) throw new CircuitHalt('the record input has no commitment');
    return {
      type: 'record',
      commitment: Fld.new('private', rec.commitment),
      gamma: Grp.new('private', rec.gamma),
      recordViewKey: Fld.new('private', rec.recordViewKey),
      serialNumber: Fld.new('public', id.id),
      tag: Fld.new('public', rec.tag),
    };
  }
  return { type: id.type, hash: Fld.new('public', id.id) };
}

export function injectRequest(
  r: ConsoleRequest,
  values: readonly Value[],
  skTag: bigint,
  networkId: number,
): CRequest {
  if (!r.signature) throw new CircuitHalt('the request has no signature');
  const tcm = Fld.new('public', r.tcm);
  const scm = Fld.new('public', r.scm);
  const inputs = r.inputs.map((id, i): CValue => {
    const v = values[i] as Value;
    if (v.kind === 'record') return injectRecord(v);
    return injectValue(id.type === 'constant' ? 'constant' : 'private', v);
  });
  const signer = Grp.new('private', r.signer);
  injectFunctionName(r.program, r.function);
  const inputIds = r.inputs.map(injectInputId);
  const signature = Signature.new('private', r.signature);
  const skTagF = Fld.new('private', skTag);
  const tvk = Fld.new('private', r.tvk);
  return {
    program: r.program,
    function: r.function,
    networkId,
    tcm,
    scm,
    inputs,
    signer,
    inputIds,
    signature,
    skTag: skTagF,
    tvk,
  };
}

function toTpk(r: CRequest): Grp {
  const sig = r.signature;
  return groupMulScalar(sig.computeKey.pkSig, sig.challenge).add(gScalarMultiply(sig.response));
}

/** Request::check_input_ids (the signature's message parts pushed onto `message`). */
export function checkInputIds(
  r: Pick<
    CRequest,
    'program' | 'function' | 'networkId' | 'tcm' | 'inputs' | 'signer' | 'inputIds' | 'skTag' | 'tvk'
  > & {
    readonly signature?: Signature;
  },
  types: readonly ValueType[],
  message: Fld[],
): Bool {
  const functionId = computeFunctionId(r.program, r.function, r.networkId);
  let acc = Bool.constant(true);
  r.inputIds.forEach((id, index) => {
    const input = r.inputs[index] as CValue;
    const idx = Fld.constant(BigInt(index));
    let ok: Bool;
    if (id.type === 'record') {
      if (input.kind !== 'record') throw new CircuitHalt('Expected a record input');
      const t = types[index] as { name: string };
      identifierConstants(t.name); // Identifier::constant(record_name)
      const commitment = recordCommitment(r.program, t.name, input, id.recordViewKey);
      const sn = serialNumberFromGamma(id.gamma, commitment.clone());
      const tag = hashPsd(2, [r.skTag.clone(), commitment.clone()]);
      // Only the request's own check (CREATE_MESSAGE, with its signature) adds H, r·H, gamma
      // and the tag to the message; a `call`'s check of the callee's input ids does not.
      const sig = r.signature;
      if (sig) {
        const h = hashToGroupPsd(2, [Fld.fixed(SERIAL_NUMBER_DOMAIN), commitment.clone()]);
        const hr = groupMulScalar(id.gamma, sig.challenge).add(groupMulScalar(h, sig.response));
        message.push(h.x.clone(), hr.x.clone(), id.gamma.x.clone(), tag.clone());
      }
      ok = id.serialNumber
        .isEqual(sn)
        .and(id.commitment.isEqual(commitment))
        .and(id.tag.isEqual(tag))
        .and(input.owner.isEqual(r.signer));
    } else if (id.type === 'constant' || id.type === 'public') {
      message.push(id.hash);
      const preimage = [functionId.clone(), ...valueFields(input), r.tcm.clone(), idx];
      ok = id.hash.isEqual(hashPsd(8, preimage));
    } else if (id.type === 'private') {
      message.push(id.hash);
      const key = hashPsd(4, [functionId.clone(), r.tvk.clone(), idx]);
      ok = id.hash.isEqual(hashPsd(8, encryptSymmetric(asPlaintext(input), key)));
    } else {
      // An external record is hashed with tvk: HashPSD8(function id ‖ record fields ‖ tvk ‖ index).
      if (input.kind !== 'record') throw new CircuitHalt('Expected an external record input');
      message.push(id.hash);
      const preimage = [functionId.clone(), ...valueFields(input), r.tvk.clone(), idx];
      ok = id.hash.isEqual(hashPsd(8, preimage));
    }
    acc = acc.and(ok);
  });
  return acc;
}

/** Request::verify(input_types, tpk, root_tvk, is_root). */
export function verifyRequest(
  r: CRequest,
  types: readonly ValueType[],
  tpk: Grp,
  rootTvk: Fld,
  isRoot: Bool,
): Bool {
  const functionId = computeFunctionId(r.program, r.function, r.networkId);
  const isRootField = Fld.ternary(isRoot, Fld.one(), Fld.zero());
  const message: Fld[] = [r.tvk.clone(), r.tcm.clone(), functionId, isRootField];
  const inputChecks = checkInputIds(r, types, message);
  // Rust's `unwrap_or` evaluates its argument: an unused private copy of tvk is allocated.
  Fld.new('private', r.tvk.value);
  const tcm = hashPsd(2, [r.tvk.clone()]);
  const scm = hashPsd(2, [r.signer.x.clone(), rootTvk]);
  const tpkOk = tpk.isEqual(toTpk(r));
  const tcmOk = tcm.isEqual(r.tcm);
  const tpkChecks = tpkOk.and(tcmOk).and(scm.isEqual(r.scm));
  const ck = r.signature.computeKey;
  const preimage = [tpk.x.clone(), ck.pkSig.x.clone(), ck.prSig.x.clone(), r.signer.x.clone(), ...message];
  const candidate = hashToScalarPsd(8, preimage);
  const candidateAddress = ck.toAddress();
  const challengeOk = r.signature.challenge.isEqual(candidate);
  const signatureChecks = challengeOk.and(r.signer.isEqual(candidateAddress));
  return signatureChecks.and(inputChecks).and(tpkChecks);
}

export { Fq };
