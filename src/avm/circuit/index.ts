/**
 * Circuit synthesis of Aleo functions (snarkVM's circuit half): `synthesize` builds a function's
 * R1CS exactly as snarkVM's execute_function does and returns its shape, its circuit id, the
 * matrices (snarkVM's column order) and the assignment (public inputs, then private witness).
 */
import type { Account } from '../account/keys.js';
import { parsePrivateKey } from '../account/keys.js';
import type { AleoProgram } from '../process.js';
import type { Request } from '../transition/request.js';
import type { Value } from '../types.js';
import { numVariables, type R1CS } from './env.js';
import { CircuitHalt } from './errors.js';
import { assignment, circuitId, type Matrices, toMatrices } from './r1cs.js';
import { sampleInput } from './sample.js';
import { type ExternalCall, type SynthesisInput, synthesizeFunction } from './synthesize.js';

export { CircuitHalt } from './errors.js';
export type { Matrices, Row } from './r1cs.js';
export { firstUnsatisfied } from './r1cs.js';
export type { ExternalCall } from './synthesize.js';

export const DEV_KEY = 'APrivateKey1zkp8CZNn3yeCseEtxuVPbDCwSyhGW6yZKUYKfgXmcpoGPWH';

export interface SynthesizeOptions {
  /** The function's inputs (default: sampled by type, as key synthesis does). */
  readonly inputs?: readonly Value[];
  readonly privateKey?: string;
  /** Request::sign's random nonce (default: 1). */
  readonly nonce?: bigint;
  /** Stop with a CircuitHalt naming the limit past this many constraints / variables. */
  readonly limits?: { readonly constraints?: number; readonly variables?: number };
  /** As a called function's transition: the calling program and the root request's tvk. */
  readonly caller?: SynthesisInput['caller'];
  /** The nonces of the requests the function's calls sign, in order. */
  readonly callNonces?: () => bigint;
  /** Told each external call (callee, function, inputs) in order. */
  readonly onCall?: (call: ExternalCall) => void;
}

export interface CircuitReport {
  readonly program: string;
  readonly function: string;
  /** R1CS rows, without Varuna's zero-knowledge row. */
  readonly constraints: number;
  /** Public variables including the constant one, before Varuna pads them. */
  readonly publicInputs: number;
  /** Private variables, without the indexer's three zero-knowledge variables. */
  readonly privateVariables: number;
  /** Constant variables the circuit allocated (snarkVM's Circuit::num_constants; never in the matrices). */
  readonly constants: number;
  /**
   * snarkVM's R1CS::num_variables: constants + public (with the one) + private, the console
   * verifying key's trailing `num_variables` and what MAX_DEPLOYMENT_VARIABLES sums.
   */
  readonly variables: number;
  readonly nonZero: { readonly a: number; readonly b: number; readonly c: number };
  /** snarkVM's CircuitId (Blake2s-256 of the indexed matrices), lowercase hex. */
  readonly circuitId: string;
  readonly parts: { readonly request: number; readonly function: number; readonly response: number };
}

export interface Synthesis {
  readonly report: CircuitReport;
  readonly matrices: Matrices;
  /** Public inputs (index 0 the constant one), unpadded. */
  readonly publicInputs: readonly bigint[];
  /** z: public inputs padded with zeros to a power of two, then the private variables. */
  readonly assignment: readonly bigint[];
  readonly r1cs: R1CS;
  /** The request's transition view key. */
  readonly tvk: bigint;
  /** The signed request (record inputs' commitment, gamma and serial number for inclusion). */
  readonly request: Request;
}

const nonZeros = (rows: Matrices['a']) => rows.reduce((n, r) => n + r.length, 0);

export function synthesize(program: AleoProgram, fn: string, opts: SynthesizeOptions = {}): Synthesis {
  const f = program.ast.functions.get(fn);
  if (!f) throw new CircuitHalt(`program '${program.id}' has no function '${fn}'`);
  const account: Account = parsePrivateKey(opts.privateKey ?? DEV_KEY);
  const inputs = opts.inputs ?? f.inputs.map((i) => sampleInput(program, i.type, account.address));
  const { r1cs, parts, tvk, request } = synthesizeFunction({
    program,
    function: fn,
    inputs,
    account,
    nonce: opts.nonce ?? 1n,
    limits: opts.limits,
    caller: opts.caller,
    callNonces: opts.callNonces,
    onCall: opts.onCall,
  });
  const matrices = toMatrices(r1cs);
  const { id } = circuitId(matrices);
  return {
    report: {
      program: program.id,
      function: fn,
      constraints: r1cs.constraints.length,
      publicInputs: r1cs.publicValues.length,
      privateVariables: r1cs.privateValues.length,
      constants: r1cs.numConstants,
      variables: numVariables(r1cs),
      nonZero: { a: nonZeros(matrices.a), b: nonZeros(matrices.b), c: nonZeros(matrices.c) },
      circuitId: id,
      parts,
    },
    matrices,
    publicInputs: r1cs.publicValues,
    assignment: assignment(r1cs),
    r1cs,
    tvk,
    request,
  };
}
