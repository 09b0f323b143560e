/**
 * The circuits of an execution with a call, as `execute --prove` synthesizes them (no SRS
 * needed): the callee's transition is its own circuit (is_root false, the caller's address as
 * parent, the root's tvk). Each circuit's public inputs must be the ones a verifier derives from
 * the transitions `run` made (executionVerifierInputs: the order snarkVM's
 * to_transition_verifier_inputs gives, checked against the SDK in test/avm/varuna.test.ts), and
 * the callee's circuit is the same circuit (id) as the function synthesized alone.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { synthesize } from '../../src/avm/circuit/index.js';
import { checkProgram, DEV_PRIVATE_KEY, parseInputs, requestNonce, run } from '../../src/avm/index.js';
import type { ExecutionJson, TransitionEntry } from '../../src/avm/varuna/execution.js';
import { executionVerifierInputs } from '../../src/avm/varuna/execution.js';
import { synthesizeExecution } from '../../src/avm/varuna/execution-proof.js';

const source = (f: string) => readFileSync(new URL(`./programs/varuna/${f}`, import.meta.url), 'utf8');
const add = checkProgram(source('varuna_add.aleo'));
const call = checkProgram(source('varuna_call.aleo'), new Map([['varuna_add.aleo', add]]));

describe('synthesis of an execution with a call', () => {
  const seed = 5n;
  const r = run(call, 'twice', ['9u32'], { privateKey: DEV_PRIVATE_KEY, seed });
  if (r.status !== 'success' || !r.transitions) throw new Error('twice did not run');
  const transitions = r.transitions;
  const execution: ExecutionJson = {
    transitions: transitions as unknown as TransitionEntry[],
    global_state_root: '',
    proof: '',
  };
  const expected = executionVerifierInputs(call, execution);
  const nonces = transitions.map((_, k) => requestNonce(seed, k));
  const circuits = synthesizeExecution({
    program: call,
    function: 'twice',
    inputs: parseInputs(call, 'twice', ['9u32']),
    privateKey: DEV_PRIVATE_KEY,
    nonces,
  });

  it('gives each transition, callee first, the public inputs a verifier derives', () => {
    expect(circuits.map((c) => `${c.report.program}/${c.report.function}`)).toEqual([
      'varuna_add.aleo/sum',
      'varuna_call.aleo/twice',
    ]);
    expect(circuits.map((c) => c.publicInputs)).toEqual(expected);
    // The callee's: is_root 0, then the calling program's address.
    const callee = expected[0] as bigint[];
    const isRootAt = 5 + transitions[0]!.inputs.length;
    expect(callee[isRootAt]).toBe(0n);
    expect((expected[1] as bigint[])[5 + transitions[1]!.inputs.length]).toBe(1n);
  });

  it('makes the callee the circuit of the function synthesized alone (its verifying key)', () => {
    const alone = synthesize(add, 'sum');
    expect(circuits[0]?.report.circuitId).toBe(alone.report.circuitId);
    expect(circuits[0]?.report.variables).toBe(alone.report.variables);
  });

  it('gives a callee synthesized as a root, or with another nonce, other public inputs', () => {
    const inputs = parseInputs(add, 'sum', ['9u32', '9u32']);
    const asRoot = synthesize(add, 'sum', { inputs, nonce: nonces[1] });
    expect(asRoot.publicInputs).not.toEqual(expected[0]);
    const wrong = synthesizeExecution({
      program: call,
      function: 'twice',
      inputs: parseInputs(call, 'twice', ['9u32']),
      privateKey: DEV_PRIVATE_KEY,
      nonces: [nonces[0] as bigint, (nonces[1] as bigint) + 1n],
    });
    expect(wrong[0]?.publicInputs).not.toEqual(expected[0]);
    expect(wrong[1]?.publicInputs).not.toEqual(expected[1]);
    expect(() =>
      synthesizeExecution({
        program: call,
        function: 'twice',
        inputs: parseInputs(call, 'twice', ['9u32']),
        privateKey: DEV_PRIVATE_KEY,
        nonces: [nonces[0] as bigint],
      }),
    ).toThrow('no nonce for request 1 (1 given, root first)');
  });
});
