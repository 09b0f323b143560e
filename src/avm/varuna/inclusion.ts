/**
 * Inclusion in an execution's proof (snarkVM synthesizer/process/src/trace/inclusion/mod.rs
 * insert_transition and prepare_verifier_inputs, prepare.rs prepare; the version from
 * ConsensusVersion::V8): every record input (Input::Record) of every transition adds one
 * instance of the inclusion circuit to the execution's batch. The local state root of
 * transition i is the root of the transaction tree over transitions 0..i-1
 * (TransactionLeaf::new_execution(index, id)); a record made by an earlier transition of the
 * same execution is proven against it (a local state path, is_global false), any other
 * against the global state root through the ledger's state path. Records of programs other
 * than credits.aleo carry the null height check (reached = true, upgrade height 0).
 */

import type { InclusionAssignment } from '../circuit/inclusion.js';
import { bech32mDecode } from '../crypto/bech32m.js';
import { bytesToBigintLe } from '../crypto/bits.js';
import { VarunaInputError } from '../curves/errors.js';
import {
  localStatePath,
  RECORD_VARIANT,
  type RecordLocation,
  type StatePath,
  transactionTree,
} from '../ledger/state-path.js';
import type { Request } from '../transition/request.js';
import type { TransitionEntry } from './execution.js';

const field = (text: string): bigint => {
  const m = /^(\d+)field$/.exec(text);
  if (!m) throw new VarunaInputError(`'${text}' is not a field literal`);
  return BigInt(m[1] as string);
};

export const transitionIdField = (id: string): bigint =>
  bytesToBigintLe(bech32mDecode(id, 'au', 'transition id'));

/** The (reached, upgrade height) pair prepare_verifier_inputs uses for a transition. */
function heightCheck(t: TransitionEntry): [boolean, number] {
  if (t.program === 'credits.aleo')
    throw new VarunaInputError(
      "a credits.aleo record's inclusion needs the network's INCLUSION_UPGRADE_HEIGHT, which polyvm does not know",
    );
  return [true, 0];
}

/** The transaction tree's root over the first `i` transitions (the empty tree's for 0). */
const localRoot = (ids: readonly bigint[], i: number): bigint => transactionTree(ids.slice(0, i)).tree.root;

/** Inclusion::prepare_verifier_inputs: [1, global root, local root, serial number, reached, height] per record input. */
export function inclusionVerifierInputs(
  globalStateRoot: bigint,
  transitions: readonly TransitionEntry[],
): bigint[][] {
  const ids = transitions.map((t) => transitionIdField(t.id));
  const out: bigint[][] = [];
  transitions.forEach((t, i) => {
    const records = t.inputs.filter((x) => x.type === 'record');
    if (records.length === 0) return;
    const local = localRoot(ids, i);
    const [reached, height] = heightCheck(t);
    for (const r of records)
      out.push([1n, globalStateRoot, local, field(r.id), reached ? 1n : 0n, BigInt(height)]);
  });
  if (out.length === 0 && globalStateRoot === 0n)
    throw new VarunaInputError('Inclusion expected the global state root in the execution to *not* be zero');
  return out;
}

/** Where the ledger keeps a commitment: its state path under the current global root. */
export type StatePathQuery = (commitment: bigint) => StatePath | undefined;

/**
 * Inclusion::insert_transition over the transitions (each with its signed request, whose record
 * inputs carry commitment, gamma and serial number), then prepare: one assignment per record
 * input, local when an earlier transition made the record, else from `query`.
 */
export function prepareInclusion(
  globalStateRoot: bigint,
  transitions: readonly { entry: TransitionEntry; request: Request }[],
  query: StatePathQuery = () => undefined,
): InclusionAssignment[] {
  if (globalStateRoot === 0n)
    throw new VarunaInputError('Inclusion expected the global state root in the execution to *not* be zero');
  const ids = transitions.map((t) => transitionIdField(t.entry.id));
  const made = new Map<bigint, RecordLocation>();
  const out: InclusionAssignment[] = [];
  transitions.forEach(({ entry, request }, i) => {
    if (request.inputs.length !== entry.inputs.length)
      throw new VarunaInputError('Inclusion expected the same number of input IDs as transition inputs');
    const localStateRoot = localRoot(ids, i);
    for (const input of request.inputs) {
      if (!input.record) continue;
      const { commitment, gamma } = input.record;
      const loc = made.get(commitment);
      const statePath = loc
        ? localStatePath(globalStateRoot, { ...loc, transitionIds: ids.slice(0, i) })
        : query(commitment);
      if (!statePath) throw new VarunaInputError(`Commitment '${commitment}field' does not exist`);
      if (statePath.globalStateRoot !== globalStateRoot)
        throw new VarunaInputError(
          'Inclusion expected the global state root to be the same across iterations',
        );
      const [reached, height] = heightCheck(entry);
      out.push({
        statePath,
        commitment,
        gamma,
        serialNumber: input.id,
        isRecordBlockHeightReached: reached,
        upgradeBlockHeight: height,
        localStateRoot,
        isGlobal: !loc,
      });
    }
    // Its record outputs, for the transitions after it.
    const leaves = [...entry.inputs, ...entry.outputs].map((x, index) => ({
      version: 1,
      index,
      variant: VARIANT[x.type] ?? -1,
      id: field(x.id),
    }));
    entry.outputs.forEach((o, j) => {
      if (o.type !== 'record') return;
      const leafIndex = entry.inputs.length + j;
      made.set(field(o.id), {
        transitionIds: ids,
        transitionIndex: i,
        transitionLeaves: leaves,
        tcm: field(entry.tcm),
        leafIndex,
      });
    });
  });
  return out;
}

/** Input/Output variants of a transition leaf (ledger/block/src/transition/{input,output}). */
const VARIANT: Record<string, number> = {
  constant: 0,
  public: 1,
  private: 2,
  record: RECORD_VARIANT,
  external_record: 4,
  future: 5,
};
