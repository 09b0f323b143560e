/**
 * The function id in circuit (snarkVM circuit/program/src/function_id/mod.rs,
 * compute_function_id): BHP1024 over (network_id, |name| u8, name, |network| u8, network,
 * |function| u8, function) — all constants, so it adds no constraint, but snarkVM computes it
 * in circuit each time (twice in Request::verify, once in Response::from_outputs) and every
 * U8::constant and every constant the BHP gadget witnesses is a counted constant variable.
 * The request's injection allocates the parts themselves (`injectFunctionName`).
 */
import { functionId } from '../transition/ids.js';
import { bhpHash } from './bhp.js';
import { Bool, bitsOf } from './boolean.js';
import { allocConstants, current } from './env.js';
import { CircuitHalt } from './errors.js';
import { Fld } from './field.js';
import { constBits, identifierBits, identifierConstants, injectProgramIdConstants } from './value.js';

/** Request::new: U16::new(Constant, network_id), ProgramID and Identifier injected as constants. */
export function injectFunctionName(program: string, fn: string): void {
  allocConstants(16);
  injectProgramIdConstants(program);
  identifierConstants(fn);
}

/** Constants one compute_function_id allocates, per (network, program, function). */
const costs = new Map<string, number>();

export function computeFunctionId(program: string, fn: string, networkId: number): Fld {
  const value = functionId(program, fn, networkId);
  const key = `${networkId}/${program}/${fn}`;
  const cost = costs.get(key);
  if (cost !== undefined) {
    allocConstants(cost);
    return Fld.fixed(value);
  }
  const before = current().numConstants;
  const bits: Bool[] = bitsOf(BigInt(networkId), 16).map((b) => Bool.constant(b));
  const dot = program.lastIndexOf('.');
  for (const part of [program.slice(0, dot), program.slice(dot + 1), fn]) {
    constBits(bits, 8 * new TextEncoder().encode(part).length, 8);
    identifierBits(bits, part);
  }
  const id = bhpHash('bhp1024', bits);
  if (!id.isConstant() || id.value !== value) throw new CircuitHalt('the circuit function id differs');
  costs.set(key, current().numConstants - before);
  return id;
}
