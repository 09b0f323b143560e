/**
 * Ethereum transactions, types 0-4 (EIP-2718 envelopes): legacy, EIP-2930 access lists,
 * EIP-1559 fees, EIP-4844 blobs, EIP-7702 set-code authorizations. One shape for all: the
 * fields a type does not have are absent. `Transaction` is what execution needs (the
 * sender already known); `SignedTransaction` adds the signature and the chain id.
 */

export type TxType = 0 | 1 | 2 | 3 | 4;

export interface AccessListEntry {
  address: bigint;
  storageKeys: bigint[];
}

/** An EIP-7702 authorization tuple, signed by the authority over (chainId, address, nonce). */
export interface Authorization {
  chainId: bigint;
  address: bigint;
  nonce: bigint;
  yParity: bigint;
  r: bigint;
  s: bigint;
}

export interface Transaction {
  type: TxType;
  sender: bigint;
  /** undefined creates a contract. */
  to: bigint | undefined;
  nonce: bigint;
  gasLimit: bigint;
  value: bigint;
  data: Uint8Array;
  /** Types 0 and 1. */
  gasPrice?: bigint;
  /** Types 2-4. */
  maxFeePerGas?: bigint;
  maxPriorityFeePerGas?: bigint;
  /** Types 1-4. */
  accessList?: AccessListEntry[];
  /** Type 3. */
  blobVersionedHashes?: bigint[];
  maxFeePerBlobGas?: bigint;
  /** Type 4. */
  authorizationList?: Authorization[];
}

/** The fields a signature covers, plus the signature (v for type 0, yParity otherwise). */
export interface SignedTransaction extends Omit<Transaction, 'sender'> {
  /** Types 1-4, and type 0 signed under EIP-155; undefined for an unprotected legacy tx. */
  chainId?: bigint;
  v: bigint;
  r: bigint;
  s: bigint;
}
