/**
 * The ledger side of snarkVM's inclusion (synthesizer/process/src/trace/inclusion: insert_transition
 * then prepare; ledger/store/src/block/mod.rs get_state_path_for_commitment): every record an
 * execution spends is either made by an earlier transition of the same execution (a local record)
 * or held by a stored block; any other is refused before finalize runs, with snarkVM's message.
 */
import { AleoLedgerError } from '../errors.js';
import type { Transition } from '../transition/request.js';
import type { AleoLedger } from './store.js';

/**
 * Checks the record inputs of `transitions` (in execution order: callees first, the root last)
 * against `ledger`; throws AleoLedgerError `Commitment '…field' does not exist` for the first
 * record that neither an earlier transition output nor the ledger holds.
 */
export function requireInputRecords(
  transitions: readonly Transition[],
  ledger: Pick<AleoLedger, 'hasCommitment'>,
): void {
  const made = new Set<bigint>();
  for (const t of transitions) {
    for (const input of t.inputs) {
      const commitment = input.record?.commitment;
      if (commitment === undefined || made.has(commitment)) continue;
      if (!ledger.hasCommitment(commitment))
        throw new AleoLedgerError(`Commitment '${commitment}field' does not exist`);
    }
    // A record output's id is its commitment (Output::Record); later transitions may spend it.
    for (const output of t.outputs) if (output.type === 'record') made.add(output.id);
  }
}
