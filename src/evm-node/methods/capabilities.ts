/**
 * eth_capabilities (ethereum/execution-apis PR 755, geth `internal/ethapi/capabilities.go`):
 * which history the node serves. The dev node keeps every block, receipt, log index entry
 * and (through its undo log) the state and proofs of every block since the genesis, and
 * deletes nothing, so each resource is enabled from block 0 with no delete strategy.
 */
import { data, qty } from '../hex.js';
import type { DevNode } from '../node.js';
import type { Methods } from './types.js';

const RESOURCES = ['state', 'tx', 'logs', 'receipts', 'blocks', 'stateproofs'] as const;

function capabilities(node: DevNode): Record<string, unknown> {
  const out: Record<string, unknown> = {
    head: { number: qty(node.head.number), hash: data(node.head.hash) },
  };
  for (const r of RESOURCES) out[r] = { disabled: false, oldestBlock: qty(0n) };
  return out;
}

export const capabilityMethods: Methods = {
  eth_capabilities: (node) => capabilities(node),
};
