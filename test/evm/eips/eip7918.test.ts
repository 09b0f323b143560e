/**
 * EIP-7918 (Osaka): while the blob base fee is below BLOB_BASE_COST (2^13) times the base
 * fee, the excess blob gas only rises (by blobGasUsed * (max - target) / max); otherwise the
 * EIP-4844 rule applies. EIP-7892 BPO forks change only target, max and update fraction.
 */
import { describe, expect, it } from 'vitest';
import { blobParams, forkRules, GAS_PER_BLOB, MAINNET, nextExcessBlobGas } from '../../../src/evm/index.js';

const osaka = forkRules('Osaka');

describe('EIP-7918 blob base fee bounded by execution cost', () => {
  const used = 9n * GAS_PER_BLOB; // a full Osaka block (max 9 blobs)

  it('a cheap blob price under a high base fee: excess + used * (9 - 6) / 9', () => {
    const parent = { excessBlobGas: 0n, blobGasUsed: used, baseFee: 10n ** 9n };
    expect(nextExcessBlobGas(parent, osaka.blob, osaka.blobBaseCost)).toBe((used * 3n) / 9n);
    // Prague, without the reserve price: excess + used - target.
    const prague = forkRules('Prague');
    expect(nextExcessBlobGas(parent, prague.blob, prague.blobBaseCost)).toBe(used - 6n * GAS_PER_BLOB);
  });

  it('a base fee of 0 leaves the EIP-4844 rule', () => {
    const parent = { excessBlobGas: 0n, blobGasUsed: used, baseFee: 0n };
    expect(nextExcessBlobGas(parent, osaka.blob, osaka.blobBaseCost)).toBe(used - 6n * GAS_PER_BLOB);
  });

  it('BPO1 and BPO2 raise target and max to 10/15 and 14/21 (mainnet schedule)', () => {
    expect(blobParams(MAINNET, 'BPO1')).toEqual({ target: 10, max: 15, updateFraction: 8346193n });
    expect(blobParams(MAINNET, 'BPO2')).toEqual({ target: 14, max: 21, updateFraction: 11684671n });
  });
});
