/**
 * What snarkVM checks of an execution besides its proof (synthesizer/process/src/
 * verify_execution.rs; ledger/block/src/transition/{input,output}/mod.rs `verify`; transition/
 * serialize.rs, which recomputes a transition's id when it reads one):
 *  - 1 to 31 transitions (below Transaction::MAX_TRANSITIONS), one per call the root makes
 *    (the call graph of execution.ts);
 *  - per transition: id = BHP512(root of the input and output leaves ‖ tcm); at most 16 inputs
 *    and 16 outputs, as many as the function declares, each of the declared kind; every value
 *    hashes to its id: constant, public and future values HashPSD8(function id ‖ value fields ‖
 *    tcm ‖ index) (outputs indexed after the inputs), private ciphertexts HashPSD8(ciphertext
 *    fields), a record output's ciphertext BHP1024(bits) = its checksum, with a non-zero sender
 *    ciphertext from record version 1 and none at version 0. Values are required; record and
 *    external-record ids carry none and are bound by the proof alone;
 *  - one signer: every transition has the same scm.
 * tpk and tcm are public inputs of the proof, which binds them.
 */
import { pointFromX } from '../arith/curve.js';
import { bech32mDecode } from '../crypto/bech32m.js';
import { bhpHash } from '../crypto/bhp.js';
import { bytesToBigintLe } from '../crypto/bits.js';
import { plaintextFields } from '../crypto/encode.js';
import { Fq } from '../crypto/modular.js';
import { poseidonHash } from '../crypto/poseidon.js';
import { VarunaExecutionError } from '../curves/errors.js';
import type { AleoProgram } from '../process.js';
import { parseFutureText, parsePlaintext } from '../text/value.js';
import { parseCiphertext, parseRecordCiphertext } from '../transition/bytes.js';
import { functionId, valueFields } from '../transition/ids.js';
import { transitionId } from '../transition/merkle.js';
import { recordCiphertextBits } from '../transition/record-bits.js';
import { type IdVisibility, inputType, VARIANT } from '../transition/request.js';
import type { ValueType } from '../types.js';
import { callGraph, type ExecutionJson, type TransitionEntry } from './execution.js';

/** Transaction::MAX_TRANSITIONS; an execution holds fewer. */
export const MAX_TRANSITIONS = 32;
/** Network::MAX_INPUTS and MAX_OUTPUTS. */
export const MAX_INPUTS = 16;
export const MAX_OUTPUTS = 16;

type Entry = TransitionEntry['inputs'][number] & TransitionEntry['outputs'][number] & { value?: string };

const FIELD = /^(\d+)field$/;

/** The first reason snarkVM would refuse `execution` before its proof, or undefined. */
export function executionFault(
  root: AleoProgram,
  execution: ExecutionJson,
): VarunaExecutionError | undefined {
  try {
    checkExecution(root, execution);
    return undefined;
  } catch (e) {
    if (e instanceof VarunaExecutionError) return e;
    throw e;
  }
}

/** Throws VarunaExecutionError naming the transition and input/output at fault. */
export function checkExecution(root: AleoProgram, execution: ExecutionJson): void {
  const ts = execution.transitions;
  if (ts.length === 0) throw new VarunaExecutionError('there are no transitions in the execution');
  if (ts.length >= MAX_TRANSITIONS)
    throw new VarunaExecutionError(
      `the execution has ${ts.length} transitions, it must have fewer than ${MAX_TRANSITIONS}`,
    );
  ts.forEach((t, i) => {
    checkTransition(root, t, `transition ${i} (${t.program}/${t.function})`);
  });
  try {
    callGraph(root, ts);
  } catch (e) {
    throw new VarunaExecutionError(
      `the transitions are not the calls the root makes: ${(e as Error).message}`,
    );
  }
  const scm = ts[0]?.scm;
  ts.forEach((t, i) => {
    if (t.scm !== scm)
      throw new VarunaExecutionError(
        `transition ${i} (${t.program}/${t.function}): its scm differs from transition 0's (the transitions did not use the same signer)`,
      );
  });
}

function checkTransition(root: AleoProgram, t: TransitionEntry, where: string): void {
  const fail = (why: string) => new VarunaExecutionError(`${where}: ${why}`);
  const field = (text: unknown, what: string): bigint => {
    const m = typeof text === 'string' ? FIELD.exec(text) : null;
    const v = m ? BigInt(m[1] as string) : undefined;
    if (v === undefined || !Fq.isValid(v)) throw fail(`${what} '${String(text)}' is not a field element`);
    return v;
  };
  let program: AleoProgram;
  try {
    program = t.program === root.id ? root : root.resolve(t.program);
  } catch {
    throw fail(`program ${t.program} is neither the executed program nor one it imports`);
  }
  const fn = program.ast.functions.get(t.function);
  if (!fn) throw fail(`program ${t.program} has no function ${t.function}`);
  if (!Array.isArray(t.inputs) || !Array.isArray(t.outputs)) throw fail('inputs and outputs must be lists');
  if (t.inputs.length > MAX_INPUTS) throw fail(`${t.inputs.length} inputs, at most ${MAX_INPUTS} allowed`);
  if (t.outputs.length > MAX_OUTPUTS)
    throw fail(`${t.outputs.length} outputs, at most ${MAX_OUTPUTS} allowed`);
  if (t.inputs.length !== fn.inputs.length)
    throw fail(`${t.inputs.length} inputs, the function takes ${fn.inputs.length}`);
  if (t.outputs.length !== fn.outputs.length)
    throw fail(`${t.outputs.length} outputs, the function returns ${fn.outputs.length}`);
  const tcm = field(t.tcm, 'tcm');
  field(t.scm, 'scm');
  const tpk = typeof t.tpk === 'string' ? /^(\d+)group$/.exec(t.tpk) : null;
  if (!tpk || !pointFromX(BigInt(tpk[1] as string))) throw fail(`tpk '${t.tpk}' is not a group element`);
  const fid = functionId(t.program, t.function);
  const leaves: { variant: number; id: bigint }[] = [];
  const each = (
    side: 'input' | 'output',
    list: readonly Entry[],
    types: readonly ValueType[],
    offset: number,
  ) =>
    list.forEach((x, k) => {
      const at = `${side} ${k}`;
      const kind = inputType(types[k] as ValueType);
      if (x.type !== kind) throw fail(`${at} is '${x.type}', the function declares '${kind}'`);
      const id = field(x.id, `${at} id`);
      leaves.push({ variant: VARIANT[kind], id });
      const wrong = checkValue(kind, x, fid, tcm, offset + k, field, at);
      if (wrong) throw fail(`${at}: ${wrong}`);
    });
  each(
    'input',
    t.inputs as Entry[],
    fn.inputs.map((x) => x.type),
    0,
  );
  each(
    'output',
    t.outputs as Entry[],
    fn.outputs.map((x) => x.type),
    t.inputs.length,
  );
  let id: bigint;
  try {
    id = bytesToBigintLe(bech32mDecode(t.id, 'au', 'transition id'));
  } catch {
    throw fail(`id '${t.id}' is not a transition id (au1…)`);
  }
  if (transitionId(leaves, tcm) !== id)
    throw fail(`id ${t.id} is not the hash of its inputs, outputs and tcm (Transition ID mismatch)`);
}

/** Input/Output::verify for one entry: why its value does not give its id, or undefined. */
function checkValue(
  kind: IdVisibility,
  x: Entry,
  fid: bigint,
  tcm: bigint,
  index: number,
  field: (text: unknown, what: string) => bigint,
  at: string,
): string | undefined {
  if (kind === 'external_record') return undefined;
  if (kind === 'record') {
    // An input record is its serial number and tag (bound by the proof and the inclusion proof).
    if (at.startsWith('input')) {
      field(x.tag, `${at} tag`);
      return undefined;
    }
    const checksum = field(x.checksum, `${at} checksum`);
    if (typeof x.value !== 'string') return 'the record ciphertext is missing';
    let c: ReturnType<typeof parseRecordCiphertext>;
    try {
      c = parseRecordCiphertext(x.value);
    } catch (e) {
      return `the value is not a record ciphertext: ${(e as { shortMessage?: string }).shortMessage ?? e}`;
    }
    if (c.version === 0) {
      if (x.sender_ciphertext !== undefined) return 'a version 0 record has no sender ciphertext';
    } else if (field(x.sender_ciphertext, `${at} sender ciphertext`) === 0n)
      return 'the sender ciphertext must be non-zero';
    return bhpHash('bhp1024', recordCiphertextBits(c)) === checksum
      ? undefined
      : `the record ciphertext does not hash to its checksum ${x.checksum}`;
  }
  if (typeof x.value !== 'string') return 'the value is missing (snarkVM requires it)';
  let fields: bigint[];
  try {
    if (kind === 'private') fields = parseCiphertext(x.value);
    else if (kind === 'future') fields = valueFields(parseFutureText(x.value));
    else fields = plaintextFields(parsePlaintext(x.value));
  } catch (e) {
    return `the value does not parse as a ${kind === 'private' ? 'ciphertext' : kind === 'future' ? 'future' : 'plaintext'}: ${(e as { shortMessage?: string }).shortMessage ?? e}`;
  }
  const hash =
    kind === 'private' ? poseidonHash(8, fields) : poseidonHash(8, [fid, ...fields, tcm, BigInt(index)]);
  return hash === field(x.id, `${at} id`)
    ? undefined
    : `its value ${JSON.stringify(x.value)} does not hash to its id ${x.id}`;
}
