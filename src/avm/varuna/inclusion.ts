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
import { transitionLeaves } from '../ledger/block.js';
import {
  localStatePath,
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

/**
 * INCLUSION_UPGRADE_HEIGHT by network id: CONSENSUS_HEIGHT(ConsensusVersion::V8), the height from
 * which credits.aleo records are checked against their block height (snarkVM
 * console/network/src/{mainnet,testnet}_v0.rs). The heights are the SDK's snarkVM's
 * (@provablehq/wasm 0.11.10: its consensus version table in each network's WebAssembly data
 * reads V8 at 9,430,000 for mainnet and 9,173,000 for testnet; snarkVM's
 * MAINNET_V0_CONSENSUS_VERSION_HEIGHTS has the same).
 */
export const INCLUSION_UPGRADE_HEIGHT: Readonly<Record<number, number>> = { 0: 9_430_000, 1: 9_173_000 };

/** Transition::is_upgrade: credits.aleo/upgrade with one input and two outputs. */
const isUpgrade = (t: Pick<TransitionEntry, 'program' | 'function' | 'inputs' | 'outputs'>): boolean =>
  t.program === 'credits.aleo' && t.function === 'upgrade' && t.inputs.length === 1 && t.outputs.length === 2;

/**
 * The (is_record_block_height_reached, upgrade_block_height) pair of Inclusion::prepare and
 * prepare_verifier_inputs: for credits.aleo (!is_upgrade, INCLUSION_UPGRADE_HEIGHT + 1), as a
 * record made at the upgrade height itself still used the old inclusion; for any other
 * program the null check (true, 0).
 */
export function heightCheck(
  t: Pick<TransitionEntry, 'program' | 'function' | 'inputs' | 'outputs'>,
  network = 0,
): [boolean, number] {
  if (t.program !== 'credits.aleo') return [true, 0];
  const h = INCLUSION_UPGRADE_HEIGHT[network];
  if (h === undefined)
    throw new VarunaInputError(
      `no INCLUSION_UPGRADE_HEIGHT is known for network ${network} (0 mainnet, 1 testnet)`,
    );
  return [!isUpgrade(t), h + 1];
}

/** The transaction tree's root over the first `i` transitions (the empty tree's for 0). */
const localRoot = (ids: readonly bigint[], i: number): bigint => transactionTree(ids.slice(0, i)).tree.root;

/** Inclusion::prepare_verifier_inputs: [1, global root, local root, serial number, reached, height] per record input. */
export function inclusionVerifierInputs(
  globalStateRoot: bigint,
  transitions: readonly TransitionEntry[],
  network = 0,
): bigint[][] {
  const ids = transitions.map((t) => transitionIdField(t.id));
  const out: bigint[][] = [];
  transitions.forEach((t, i) => {
    const records = t.inputs.filter((x) => x.type === 'record');
    if (records.length === 0) return;
    const local = localRoot(ids, i);
    const [reached, height] = heightCheck(t, network);
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
  network = 0,
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
      const [reached, height] = heightCheck(entry, network);
      // The circuit checks a global record's block height (its block path's leaf index) against
      // the upgrade height; a credits.aleo record on the wrong side of it cannot be spent there.
      const recordHeight = Number(statePath.blockPath.leafIndex);
      if (!loc && reached !== recordHeight >= height)
        throw new VarunaInputError(
          reached
            ? `the credits.aleo record '${commitment}field' was made at block ${recordHeight}, before INCLUSION_UPGRADE_HEIGHT + 1 (${height}): snarkVM's inclusion refuses to spend it outside credits.aleo/upgrade`
            : `credits.aleo/upgrade spends records made before block ${height}, and '${commitment}field' was made at block ${recordHeight}`,
        );
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
    const leaves = transitionLeaves(entry);
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
