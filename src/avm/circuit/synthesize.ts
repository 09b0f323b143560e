/**
 * Whole-function synthesis as snarkVM's Stack::execute_function in circuit mode
 * (synthesizer/process/src/stack/execute.rs): root tvk (private), tpk (public), the request,
 * is_root and parent (public), caller = is_root ? signer : parent, the request checks asserted,
 * the inputs stored, each instruction synthesized, the outputs loaded and the response built.
 * A called function (`caller` given) is synthesized as its own transition's circuit: its request
 * signed with is_root false under the root's tvk, the calling program's address as parent.
 */
import type { Account } from '../account/keys.js';
import { gMul } from '../account/keys.js';
import type { AleoProgram } from '../process.js';
import { programAddress } from '../process.js';
import { type Request, signRequest } from '../transition/request.js';
import type { Value } from '../types.js';
import { Bool } from './boolean.js';
import { assertTrue, current, type R1CS, synthesizeWith } from './env.js';
import { CircuitHalt } from './errors.js';
import { Fld } from './field.js';
import { computeFunctionId } from './function-id.js';
import { Grp } from './group.js';
import { executeInstruction, loadOperand, type Registers } from './instructions.js';
import { injectRequest, verifyRequest } from './request.js';
import { outputIds } from './response.js';
import { cloneValue } from './value.js';

export interface SynthesisInput {
  readonly program: AleoProgram;
  readonly function: string;
  readonly inputs: readonly Value[];
  readonly account: Account;
  /** Request::sign's random nonce. */
  readonly nonce: bigint;
  readonly networkId?: number;
  readonly limits?: { readonly constraints?: number; readonly variables?: number };
  /** Synthesize the function as called by `program` in an execution whose root request has tvk `rootTvk`. */
  readonly caller?: { readonly program: string; readonly rootTvk: bigint };
  /** The nonces of the requests this function's calls sign, in order (default: nonce + 1, + 2, …). */
  readonly callNonces?: () => bigint;
  /** Told each external call before its request is signed (the calls are their own transitions). */
  readonly onCall?: (call: ExternalCall) => void;
}

/** An external call met during synthesis: the called function and its inputs. */
export interface ExternalCall {
  readonly program: AleoProgram;
  readonly function: string;
  readonly inputs: readonly Value[];
}

export interface FunctionCircuit {
  readonly r1cs: R1CS;
  /** Constraints of the request, the function body and the response. */
  readonly parts: { readonly request: number; readonly function: number; readonly response: number };
  /** The request's transition view key (a called function's requests are signed under the root's). */
  readonly tvk: bigint;
  /** The signed request (its input ids: a record input's commitment, gamma and serial number). */
  readonly request: Request;
}

export function synthesizeFunction(inp: SynthesisInput): FunctionCircuit {
  const { program, account } = inp;
  const f = program.ast.functions.get(inp.function);
  if (!f) throw new CircuitHalt(`program '${program.id}' has no function '${inp.function}'`);
  const types = f.inputs.map((i) => i.type);
  const root = inp.caller === undefined;
  const request = signRequest(
    account,
    program.id,
    inp.function,
    inp.inputs,
    types,
    { nonce: inp.nonce },
    inp.caller?.rootTvk,
    root,
    inp.networkId ?? 0,
  );
  const rootTvkValue = inp.caller?.rootTvk ?? request.tvk;
  const parts = { request: 0, function: 0, response: 0 };
  const { r1cs } = synthesizeWith(() => {
    const rootTvk = Fld.new('private', rootTvkValue);
    const tpk = Grp.new('public', request.tpk ?? gMul(0n));
    const req = injectRequest(request, inp.inputs, account.skTag, inp.networkId ?? 0);
    const isRoot = Bool.new('public', root);
    const parent = Grp.new('public', programAddress(inp.caller?.program ?? program.id));
    const caller = Grp.ternary(isRoot, req.signer, parent);
    assertTrue(verifyRequest(req, types, tpk, rootTvk, isRoot).lc);
    const cs = current();
    parts.request = cs.constraints.length;
    let nonce = inp.nonce;
    const call = {
      account,
      rootTvk: rootTvkValue,
      networkId: inp.networkId ?? 0,
      nextNonce:
        inp.callNonces ??
        (() => {
          nonce += 1n;
          return nonce;
        }),
      onCall: inp.onCall,
    };
    const regs: Registers = { values: new Map(), signer: req.signer, caller, program, tvk: req.tvk, call };
    f.inputs.forEach((input, i) => {
      regs.values.set(input.register, cloneValue(req.inputs[i] as never));
    });
    for (const ins of f.instructions) executeInstruction(regs, ins);
    const outputs = f.outputs.map((o) => loadOperand(regs, o.operand));
    parts.function = cs.constraints.length - parts.request;
    outputIds(
      program.id,
      req.signer,
      f.outputs.map((o) =>
        o.operand.kind === 'register' && o.operand.path.length === 0 ? o.operand.index : undefined,
      ),
      computeFunctionId(program.id, inp.function, inp.networkId ?? 0),
      f.inputs.length,
      req.tvk,
      req.tcm,
      outputs,
      f.outputs.map((o) => o.type),
    );
    parts.response = cs.constraints.length - parts.request - parts.function;
  }, inp.limits);
  return { r1cs, parts, tvk: request.tvk, request };
}
