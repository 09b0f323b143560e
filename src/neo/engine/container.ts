/**
 * What a script runs in (neo `IVerifiable`): a transaction, a block, or a bare verifiable
 * (a hash and the script hashes that must witness it), as the devpack's TestEngine uses.
 */
import type { Block } from '../payloads/block.js';
import { headerHash } from '../payloads/block.js';
import type { Transaction } from '../payloads/transaction.js';
import { transactionHash } from '../payloads/transaction.js';
import type { UInt160, UInt256 } from '../uint.js';

export type ScriptContainer =
  | { readonly kind: 'transaction'; readonly tx: Transaction }
  | { readonly kind: 'block'; readonly block: Block }
  | { readonly kind: 'verifiable'; readonly hash: UInt256; readonly scriptHashes: readonly UInt160[] };

export function containerHash(c: ScriptContainer): UInt256 {
  if (c.kind === 'transaction') return transactionHash(c.tx);
  if (c.kind === 'block') return headerHash(c.block.header);
  return c.hash;
}

export const txContainer = (tx: Transaction): ScriptContainer => ({ kind: 'transaction', tx });
