/**
 * `call` of another program's function in circuit (snarkVM synthesizer/process/src/stack/call,
 * Call::execute, synthesize mode): the operands are ejected, the callee's request is signed
 * (never root, under the root tvk) and the callee is evaluated outside this circuit (it is its
 * own transition); back in the caller's circuit the request's signer, sk_tag and tvk are
 * injected (private), its tcm (public) with tcm = Hash(tvk) asserted, its input ids (public)
 * checked against the caller's operands, and the callee's outputs injected with their output
 * ids (Response::process_outputs_from_callback). A record operand is ejected for the callee's
 * request and its input id (commitment, gamma and record view key private; serial number and
 * tag public) checked without the signature's message part; external records, in either
 * direction, are hashed with the callee's tvk. Matched against the SDK's keys (c_callrec.aleo,
 * c_xtop.aleo).
 */
import type { Account } from '../account/keys.js';
import { type AleoProgram, programAddress, runFunction } from '../process.js';
import type { Value, ValueType } from '../types.js';
import { assertEq, assertTrue } from './env.js';
import { CircuitHalt } from './errors.js';
import { Fld } from './field.js';
import { computeFunctionId, injectFunctionName } from './function-id.js';
import { Grp } from './group.js';
import { hashPsd } from './poseidon.js';
import {
  ejectRecord,
  injectRecord,
  recordCommitment,
  recordRandomizer,
  recordViewKeyFromRandomizer,
} from './record.js';
import { checkInputIds, injectInputId } from './request.js';
import { outputIds } from './response.js';
import { type CValue, ejectPlaintext, identifierConstants, injectValue } from './value.js';

/** What a nested request needs from the root: the signer's keys, the root tvk, fresh nonces. */
export interface CallContext {
  readonly account: Account;
  readonly rootTvk: bigint;
  readonly networkId: number;
  readonly nextNonce: () => bigint;
  /** Told each call (callee, function, the inputs it receives) before its request is signed. */
  readonly onCall?: (call: { program: AleoProgram; function: string; inputs: readonly Value[] }) => void;
}

function eject(v: CValue): Value {
  if (v.kind === 'record') return ejectRecord(v);
  if (v.kind === 'future') throw new CircuitHalt("a future cannot be passed to another program's function");
  return ejectPlaintext(v);
}

/** Returns the callee's outputs as circuit values of the caller's circuit. */
export function callFunction(
  ctx: CallContext,
  caller: AleoProgram,
  callee: AleoProgram,
  name: string,
  operands: readonly CValue[],
): CValue[] {
  const f = callee.ast.functions.get(name);
  if (!f) throw new CircuitHalt(`program '${callee.id}' has no function '${name}'`);
  if (callee.id === 'credits.aleo' && (name === 'fee_private' || name === 'fee_public'))
    throw new CircuitHalt(
      "Cannot perform an external call to 'credits.aleo/fee_private' or 'credits.aleo/fee_public'.",
    );
  if (operands.length !== f.inputs.length)
    throw new CircuitHalt(`Expected ${f.inputs.length} inputs, found ${operands.length}`);
  const types = f.inputs.map((i) => i.type);
  const values = operands.map(eject);
  ctx.onCall?.({ program: callee, function: name, inputs: values });
  const result = runFunction(
    callee,
    name,
    values,
    {
      signer: ctx.account.address,
      transitions: {
        account: ctx.account,
        next: () => ({ nonce: ctx.nextNonce() }),
        list: [],
        callGraph: new Map(),
        networkId: ctx.networkId,
      },
    },
    programAddress(caller.id),
    ctx.rootTvk,
  );
  const request = result.transition;
  if (!request) throw new CircuitHalt(`the call of '${callee.id}/${name}' produced no request`);
  // Call::execute injects network id, program id and function name as constants first.
  injectFunctionName(callee.id, name);
  const signer = Grp.new('private', request.signer);
  const skTag = Fld.new('private', ctx.account.skTag);
  const tvk = Fld.new('private', request.tvk);
  const tcm = Fld.new('public', request.tcm);
  assertEq(tcm.lc, hashPsd(2, [tvk.clone()]).lc);
  const inputIds = request.inputs.map(injectInputId);
  assertTrue(
    checkInputIds(
      {
        program: callee.id,
        function: name,
        networkId: ctx.networkId,
        tcm,
        inputs: [...operands],
        signer,
        inputIds,
        skTag,
        tvk,
      },
      types,
      [],
    ).lc,
  );
  // Response::process_outputs_from_callback computes the function id once for all outputs.
  const fid = computeFunctionId(callee.id, name, ctx.networkId);
  // Each output is injected, then its output id computed and asserted, one output at a time.
  const outputTypes = f.outputs.map((o) => o.type);
  const outputs = result.outputs.map((v, i) => {
    const t = outputTypes[i];
    if (t?.kind === 'record' && v.kind === 'record') {
      // Response::process_outputs_from_callback for a record: injected private, committed as
      // Record::to_commitment under the record view key (owner · HashToScalarPSD2(tvk, register)).x,
      // the commitment a public output id; no encryption, checksum or nonce check here (the
      // callee's own circuit has them). Matched against the SDK's key (c_callrec.aleo/get).
      const o = f.outputs[i]?.operand;
      if (o?.kind !== 'register' || o.path.length > 0)
        throw new CircuitHalt('Expected a register to be paired with a record output');
      const output = injectRecord(v);
      identifierConstants(t.name);
      const rvk = recordViewKeyFromRandomizer(output, recordRandomizer(tvk, o.index));
      const commitment = recordCommitment(callee.id, t.name, output, rvk);
      const id = Fld.new('public', commitment.value);
      assertEq(id.lc, commitment.lc);
      return output as CValue;
    }
    if (t?.kind === 'record') throw new CircuitHalt('Expected a record output');
    const constant = t?.kind === 'plaintext' && t.visibility === 'constant';
    // An external record is injected private and given its HashPSD8 id (with tvk), as a plaintext.
    const output = v.kind === 'record' ? injectRecord(v) : injectValue(constant ? 'constant' : 'private', v);
    outputIds(callee.id, signer, [undefined], fid, f.inputs.length + i, tvk, tcm, [output], [t as ValueType]);
    return output;
  });
  return outputs;
}
