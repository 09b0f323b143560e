/** The stored receipts round-trip, the pre-Byzantium state root (EIP-658's predecessor) included. */
import { describe, expect, it } from 'vitest';
import { decodeReceipts, encodeReceipts } from '../../src/evm-node/receipts-codec.js';
import type { StoredReceipt } from '../../src/evm-node/types.js';

const base: StoredReceipt = {
  from: 0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266n,
  status: 1,
  gasUsed: 21000n,
  cumulativeGasUsed: 42000n,
  logs: [{ address: 0xaan, topics: [1n, 2n], data: Uint8Array.of(1, 2, 3) }],
  effectiveGasPrice: 7n,
  blobGasUsed: 0n,
};

describe('receipts codec', () => {
  it('keeps a receipt without a root as it was, and one with a root', () => {
    const withRoot: StoredReceipt = { ...base, root: new Uint8Array(32).fill(9) };
    const rows = JSON.parse(JSON.stringify(encodeReceipts([base, withRoot])));
    expect(rows[0]).toHaveLength(8); // blocks stored before roots were kept decode unchanged
    expect(decodeReceipts(rows)).toEqual([base, withRoot]);
  });
});
