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
import { Grp } from './group.js';
import { hashPsd, hashToScalarPsd } from './poseidon.js';
import { type CValue, encryptSymmetric, injectValue, valueFields } from './value.js';

export interface CInputId {
  readonly type: 'constant' | 'public' | 'private' | 'record' | 'external_record';
  readonly hash: Fld;
}

export interface CRequest {
  readonly functionId: Fld;
  readonly tcm: Fld;
  readonly scm: Fld;
  readonly inputs: CValue[];
  readonly signer: Grp;
  readonly inputIds: CInputId[];
  readonly signature: Signature;
  readonly skTag: Fld;
  readonly tvk: Fld;
}

export function injectRequest(
  r: ConsoleRequest,
  values: readonly Value[],
  skTag: bigint,
  functionId: bigint,
): CRequest {
  if (!r.signature) throw new CircuitHalt('the request has no signature');
  const tcm = Fld.new('public', r.tcm);
  const scm = Fld.new('public', r.scm);
  const inputs = r.inputs.map((id, i) =>
    injectValue(id.type === 'constant' ? 'constant' : 'private', values[i] as Value),
  );
  const signer = Grp.new('private', r.signer);
  const inputIds = r.inputs.map((id): CInputId => {
    if (id.type === 'record' || id.type === 'future')
      throw new CircuitHalt(`${id.type} inputs are not supported in circuits yet`);
    return { type: id.type, hash: Fld.new('public', id.id) };
  });
  const signature = Signature.new('private', r.signature);
  const skTagF = Fld.new('private', skTag);
  const tvk = Fld.new('private', r.tvk);
  return {
    functionId: Fld.constant(functionId),
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

function checkInputIds(r: CRequest, types: readonly ValueType[], message: Fld[]): Bool {
  let acc = Bool.constant(true);
  r.inputIds.forEach((id, index) => {
    const input = r.inputs[index] as CValue;
    const idx = Fld.constant(BigInt(index));
    let ok: Bool;
    if (id.type === 'constant' || id.type === 'public') {
      message.push(id.hash);
      const preimage = [r.functionId.clone(), ...valueFields(input), r.tcm.clone(), idx];
      ok = id.hash.isEqual(hashPsd(8, preimage));
    } else if (id.type === 'private') {
      message.push(id.hash);
      const key = hashPsd(4, [r.functionId.clone(), r.tvk.clone(), idx]);
      if (input.kind === 'future')
        throw new CircuitHalt('Expected a private plaintext input, found a future input');
      ok = id.hash.isEqual(hashPsd(8, encryptSymmetric(input, key)));
    } else {
      throw new CircuitHalt(`${id.type} inputs are not supported in circuits yet (${types.length})`);
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
  const isRootField = Fld.ternary(isRoot, Fld.one(), Fld.zero());
  const message: Fld[] = [r.tvk.clone(), r.tcm.clone(), r.functionId.clone(), isRootField];
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
