/**
 * The public inputs of an execution's proof (snarkVM synthesizer/process/src/verify_execution.rs:
 * construct_call_graph, to_transition_verifier_inputs; ledger/block/src/transition/{input,output}):
 * per transition, [1, tpk.x, tpk.y, tcm, scm, input ids…, is_root, parent.x, parent.y, then per
 * direct callee its tcm, input ids and output ids, then the output ids], where an input record
 * adds its tag and an output record its checksum and sender ciphertext, and `parent` is the
 * calling program's address (the transition's own program at the root).
 */
import { pointFromX } from '../arith/curve.js';
import { VarunaInputError } from '../curves/errors.js';
import type { AleoProgram } from '../process.js';
import { programAddress } from '../process.js';

export interface ExecutionJson {
  transitions: TransitionEntry[];
  global_state_root: string;
  proof: string;
}

export interface TransitionEntry {
  id: string;
  program: string;
  function: string;
  inputs: { type: string; id: string; tag?: string }[];
  outputs: { type: string; id: string; checksum?: string; sender_ciphertext?: string }[];
  tpk: string;
  tcm: string;
  scm: string;
}

const field = (text: string, what: string): bigint => {
  const m = /^(\d+)field$/.exec(text);
  if (!m) throw new VarunaInputError(`${what} '${text}' is not a field literal`);
  return BigInt(m[1] as string);
};

const inputIds = (t: TransitionEntry) =>
  t.inputs.flatMap((i, k) => [
    field(i.id, `input ${k} id`),
    ...(i.tag !== undefined ? [field(i.tag, `input ${k} tag`)] : []),
  ]);
const outputIds = (t: TransitionEntry) =>
  t.outputs.flatMap((o, k) => [
    field(o.id, `output ${k} id`),
    ...(o.checksum !== undefined ? [field(o.checksum, `output ${k} checksum`)] : []),
    ...(o.sender_ciphertext !== undefined
      ? [field(o.sender_ciphertext, `output ${k} sender ciphertext`)]
      : []),
  ]);

/** The functions `fn` of `program` calls (external function calls make transitions), in order. */
export function externalCalls(program: AleoProgram, fn: string): { program: string; fn: string }[] {
  const f = program.ast.functions.get(fn);
  if (!f) throw new VarunaInputError(`program ${program.id} has no function ${fn}`);
  const out: { program: string; fn: string }[] = [];
  for (const ins of f.instructions) {
    const c = ins.callee;
    if (ins.opcode !== 'call' || !c?.program || c.program === program.id) continue;
    const target = program.resolve(c.program);
    if (target.ast.functions.has(c.name)) out.push({ program: c.program, fn: c.name });
  }
  return out;
}

/** construct_call_graph: each transition's direct callees (indices), transitions in post-order. */
export function callGraph(root: AleoProgram, transitions: readonly TransitionEntry[]): number[][] {
  const children: number[][] = transitions.map(() => []);
  let next = transitions.length - 1;
  const visit = (program: AleoProgram, fn: string): number => {
    const at = next--;
    const t = transitions[at];
    if (!t || t.program !== program.id || t.function !== fn)
      throw new VarunaInputError(`transition ${at} is not ${program.id}/${fn}`);
    const calls = externalCalls(program, fn);
    const mine: number[] = [];
    for (let k = calls.length - 1; k >= 0; k--) {
      const c = calls[k] as { program: string; fn: string };
      mine.unshift(visit(program.resolve(c.program), c.fn));
    }
    children[at] = mine;
    return at;
  };
  visit(root, (transitions.at(-1) as TransitionEntry).function);
  if (next !== -1) throw new VarunaInputError(`the execution has ${next + 1} transitions that no call makes`);
  return children;
}

/** Each transition's verifier inputs, in execution order. */
export function executionVerifierInputs(root: AleoProgram, execution: ExecutionJson): bigint[][] {
  const ts = execution.transitions;
  if (ts.length === 0) throw new VarunaInputError('the execution has no transitions');
  const children = callGraph(root, ts);
  const parentOf = new Map<number, number>();
  children.forEach((cs, p) => {
    for (const c of cs) parentOf.set(c, p);
  });
  return ts.map((t, i) => {
    const tpk = pointFromX(field(t.tpk.replace(/group$/, 'field'), 'tpk'));
    if (!tpk) throw new VarunaInputError(`tpk '${t.tpk}' is not a group element`);
    const parent = parentOf.get(i);
    const caller = programAddress(parent === undefined ? t.program : (ts[parent] as TransitionEntry).program);
    const out = [1n, tpk.x, tpk.y, field(t.tcm, 'tcm'), field(t.scm, 'scm'), ...inputIds(t)];
    out.push(parent === undefined ? 1n : 0n, caller.x, caller.y);
    for (const c of children[i] as number[]) {
      const ct = ts[c] as TransitionEntry;
      out.push(field(ct.tcm, 'tcm'), ...inputIds(ct), ...outputIds(ct));
    }
    out.push(...outputIds(t));
    return out;
  });
}
