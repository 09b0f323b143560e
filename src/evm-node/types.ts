/** The dev node's records: a pending transaction, a stored receipt, a loaded block. */
import type { Block, Log, SignedTransaction } from '../evm/index.js';

export interface PendingTx {
  tx: SignedTransaction;
  sender: bigint;
  hash: Uint8Array;
  hashHex: string;
  /** Sent from an impersonated account: its signature is a placeholder, never checked. */
  impersonated: boolean;
}

/** A receipt as the node stores it (the rest derives from the block). */
export interface StoredReceipt {
  from: bigint;
  status: number;
  gasUsed: bigint;
  cumulativeGasUsed: bigint;
  contractAddress?: bigint;
  logs: Log[];
  effectiveGasPrice: bigint;
  blobGasUsed: bigint;
  /** Before Byzantium (EIP-658): the state root after the transaction, in place of a status. */
  root?: Uint8Array;
}

export interface ChainBlock {
  number: bigint;
  block: Block;
  hash: Uint8Array;
  txHashes: Uint8Array[];
  receipts: StoredReceipt[];
  /** Undo-log sequence number after this block was written. */
  seq: bigint;
}
