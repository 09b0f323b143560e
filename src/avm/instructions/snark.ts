/**
 * `snark.verify vk version inputs proof into b` and `snark.verify.batch …` (snarkVM
 * synthesizer/program/src/logic/instruction/operation/snark_verify.rs, PR #3004, consensus V14):
 * finalize-only checks of a Varuna proof.
 *
 * - `vk`: a byte array (batch: an array of byte arrays, one per circuit), the verifying key's
 *   bytes as `verifier1…` holds them; `version`: a u8, the Varuna version (1 or 2); `inputs`: an
 *   array of fields starting with the constant 1 (batch: per circuit, per instance); `proof`: a
 *   byte array. Bytes after a key or a proof are ignored, as snarkVM's `from_bytes_le` does.
 * - Each instance gives at least the key's public input count (`circuit_info.num_public_inputs`,
 *   padded to a power of two: 16 for a function with 11 inputs), zeros after its own inputs;
 *   a longer list must be zero past that count. Fewer inputs, a non-zero excess, undecodable
 *   bytes or another version halt.
 * - A verification that fails (including a proof of another shape, or two keys with one circuit
 *   id in a batch) is `false`, not a halt.
 * - Type rules: the first operand a 1-D (batch: 2-D) u8 array, the second a u8, the third a 1-D
 *   (batch: 3-D) field array, the fourth an array of u8; a batch holds at most 32 circuits and
 *   128 instances, one key per circuit. Refused in functions and closures.
 *
 * Await `initVaruna()` before a finalize that runs these (the curve library loads asynchronously).
 */
import type { Instruction, ProgramAst } from '../ast.js';
import { VarunaDecodeError, VarunaInputError } from '../curves/errors.js';
import { AleoHalt } from '../errors.js';
import type { PlaintextType, RegisterType, Value } from '../types.js';
import { plaintextTypeToString } from '../types.js';
import type { Plaintext } from '../values.js';
import { decodeProof, decodeVerifyingKey, type VerifyingKey } from '../varuna/encoding.js';
import { loadVerifierSrs } from '../varuna/srs.js';
import { type BatchEntry, type VarunaVersion, verifyBatch } from '../varuna/verifier.js';
import { fixedShape, type InstructionSpec, literalRegisterType } from './spec.js';

/** snarkVM's MAX_SNARK_VERIFY_CIRCUITS and MAX_SNARK_VERIFY_INSTANCES. */
const MAX_CIRCUITS = 32;
const MAX_INSTANCES = 128;

/** The array lengths of `t` down to a base literal of `base`, if `t` is an n-D array of it. */
function arrayDims(t: RegisterType, base: string): number[] | undefined {
  if (t.kind !== 'plaintext') return undefined;
  const dims: number[] = [];
  let p: PlaintextType = t.type;
  while (p.kind === 'array') {
    dims.push(p.length);
    p = p.element;
  }
  return p.kind === 'literal' && p.type === base ? dims : undefined;
}

const typeText = (t: RegisterType) => (t.kind === 'plaintext' ? plaintextTypeToString(t.type) : t.kind);

function halt(e: unknown): never {
  if (e instanceof VarunaDecodeError) throw new AleoHalt(e.shortMessage, { cause: e });
  throw e;
}

function arrayOf(v: Value | Plaintext, what: string): readonly Plaintext[] {
  if (v.kind !== 'array') throw new AleoHalt(`Expected ${what} to be an array.`);
  return v.elements;
}

/** snarkVM Plaintext::as_byte_array. */
function bytesOf(v: Value | Plaintext, what: string): Uint8Array {
  return Uint8Array.from(
    arrayOf(v, what).map((e) => {
      if (e.kind !== 'literal' || e.literal.type !== 'u8')
        throw new AleoHalt(`Expected ${what} to be a byte array.`);
      return Number(e.literal.value);
    }),
  );
}

/** snarkVM Plaintext::as_field_array. */
function fieldsOf(v: Plaintext, what: string): bigint[] {
  return arrayOf(v, what).map((e) => {
    if (e.kind !== 'literal' || e.literal.type !== 'field')
      throw new AleoHalt(`Expected ${what} to be a field array.`);
    return e.literal.value as bigint;
  });
}

const key = (v: Value | Plaintext): VerifyingKey => {
  try {
    return decodeVerifyingKey(bytesOf(v, 'the verifying key'), { trailing: true });
  } catch (e) {
    return halt(e);
  }
};

/** The inputs cut to the key's public input count; the excess must be zero. */
function trimmed(vk: VerifyingKey, inputs: bigint[]): bigint[] {
  const n = vk.info.numPublicInputs;
  if (inputs.length < n)
    throw new AleoHalt(
      `The number of public inputs (${inputs.length}) is less than the expected number of public inputs (${n}).`,
    );
  if (inputs.slice(n).some((x) => x !== 0n)) throw new AleoHalt('Excess public inputs must be zero.');
  return inputs.slice(0, n);
}

function version(v: Value): VarunaVersion {
  if (v.kind !== 'literal' || v.literal.type !== 'u8')
    throw new AleoHalt('Expected the Varuna version to be a U8 literal.');
  const n = Number(v.literal.value);
  if (n !== 1 && n !== 2) throw new AleoHalt(`Invalid Varuna version ${n}`);
  return n;
}

/** Varuna's verdict; a proof that does not fit the keys is invalid, not a halt. */
function verdict(batch: BatchEntry[], proofValue: Value, v: VarunaVersion): boolean {
  let proof: ReturnType<typeof decodeProof>;
  try {
    proof = decodeProof(bytesOf(proofValue, 'the proof'), { trailing: true });
  } catch (e) {
    return halt(e);
  }
  const ids = new Set(batch.map((e) => Buffer.from(e.vk.id).toString('hex')));
  if (ids.size !== batch.length) return false;
  try {
    return verifyBatch(loadVerifierSrs(), batch, proof, v);
  } catch (e) {
    if (e instanceof VarunaInputError || e instanceof VarunaDecodeError) return false;
    throw e;
  }
}

function snarkSpec(name: 'snark.verify' | 'snark.verify.batch'): InstructionSpec {
  const batch = name === 'snark.verify.batch';
  return {
    name,
    family: 'snark',
    shape: fixedShape(4, 1, false),
    restrict: (ins: Instruction, scope) =>
      scope === 'finalize'
        ? undefined
        : `Forbidden operation: Instruction '${ins.opcode}' cannot invoke command '${name}'.`,
    check: (c, ins, types) => {
      const fail = (msg: string) => c.fail(`Instruction '${name}' ${msg}`, ins.pos);
      const [vks, ver, inputs, proof] = types as [RegisterType, RegisterType, RegisterType, RegisterType];
      const vkDims = arrayDims(vks, 'u8');
      if (vkDims?.length !== (batch ? 2 : 1))
        fail(
          `expects the first input to be ${batch ? 'a 2-dimensional byte array' : 'a byte array'}. Found input of type '${typeText(vks)}'`,
        );
      if (ver.kind !== 'plaintext' || ver.type.kind !== 'literal' || ver.type.type !== 'u8')
        fail(`expects the second input to be a U8 literal. Found input of type '${typeText(ver)}'`);
      const inDims = arrayDims(inputs, 'field');
      if (inDims?.length !== (batch ? 3 : 1))
        fail(
          `expects the third input to be ${batch ? 'a 3-dimensional array of fields' : 'an array of fields'}. Found input of type '${typeText(inputs)}'`,
        );
      const circuits = batch ? inDims![0]! : 1;
      const instances = batch ? inDims![1]! * circuits : 1;
      const keys = batch ? vkDims![0]! : 1;
      if (circuits !== keys)
        fail(`expects the number of circuits (${circuits}) to match the number of verifying keys (${keys}).`);
      if (circuits > MAX_CIRCUITS)
        fail(`supports a maximum of ${MAX_CIRCUITS} batched circuits, found ${circuits} circuits.`);
      if (instances > MAX_INSTANCES)
        fail(`supports a maximum of ${MAX_INSTANCES} batched instances, found ${instances} instances.`);
      if (!arrayDims(proof, 'u8')?.length)
        fail(`expects the fourth input to be a byte array. Found input of type '${typeText(proof)}'`);
      return [literalRegisterType('boolean')];
    },
    evaluate: (_frame, _ins, args) => {
      const [vkArg, verArg, inputsArg, proofArg] = args as [Value, Value, Value, Value];
      const v = version(verArg);
      const inputs = arrayOf(inputsArg, 'the inputs');
      let entries: BatchEntry[];
      if (!batch) {
        const vk = key(vkArg);
        entries = [{ vk, inputs: [trimmed(vk, fieldsOf(inputsArg as Plaintext, 'the inputs'))] }];
      } else {
        const vks = arrayOf(vkArg, 'the verifying keys').map(key);
        if (vks.length !== inputs.length)
          throw new AleoHalt(
            `The number of verifying keys (${vks.length}) does not match the number of input batches (${inputs.length})`,
          );
        entries = vks.map((vk, i) => ({
          vk,
          inputs: arrayOf(inputs[i]!, 'an inner array of inputs').map((x) =>
            trimmed(vk, fieldsOf(x, 'the inputs')),
          ),
        }));
      }
      return [{ kind: 'literal', literal: { type: 'boolean', value: verdict(entries, proofArg, v) } }];
    },
  };
}

export const SNARK: InstructionSpec[] = [snarkSpec('snark.verify'), snarkSpec('snark.verify.batch')];

/** Whether a program's finalize blocks use `snark.verify*` (so `initVaruna()` must run first). */
export const usesSnarkVerify = (program: ProgramAst): boolean =>
  [...program.functions.values()].some((f) =>
    f.finalize?.commands.some((c) => c.kind === 'instruction' && c.instruction.spec.family === 'snark'),
  );
