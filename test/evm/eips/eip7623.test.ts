/**
 * EIP-7623 calldata floor (Prague): a transaction pays at least 21000 + 10 per token (a zero
 * byte 1 token, another byte 4), and its gas limit must cover that floor. EIP-7825 (Osaka)
 * caps a transaction's gas limit at 2^24.
 */
import { describe, expect, it } from 'vitest';
import { Evm, type ForkName } from '../../../src/evm/index.js';
import { accountKey, encodeAccount, KECCAK_EMPTY_CODE } from '../../../src/evm/state-keys.js';
import { JournaledCache, MemoryStore } from '../../../src/state/index.js';

const SENDER = 0xa94f5374fce5edbc8e2a8697c15331677e6ebf0bn;

function evm(fork: ForkName): Evm {
  const cache = new JournaledCache(new MemoryStore());
  cache.put(
    accountKey(SENDER),
    encodeAccount({ nonce: 0n, balance: 10n ** 20n, codeHash: KECCAK_EMPTY_CODE }),
  );
  return new Evm(cache, { fork, block: { baseFee: 1n, gasLimit: 100_000_000n } });
}
const tx = (data: Uint8Array, gasLimit: bigint) => ({
  type: 2 as const,
  sender: SENDER,
  to: 0x1234n,
  nonce: 0n,
  gasLimit,
  value: 0n,
  data,
  maxFeePerGas: 1n,
  maxPriorityFeePerGas: 0n,
});

describe('EIP-7623 calldata floor', () => {
  // 100 non-zero bytes: intrinsic 21000 + 16 * 100 = 22600; floor 21000 + 10 * 4 * 100 = 25000.
  const data = new Uint8Array(100).fill(1);

  it('charges the floor when execution costs less', () => {
    expect(evm('Prague').runTransaction(tx(data, 30_000n))).toMatchObject({ valid: true, gasUsed: 25_000n });
    expect(evm('Cancun').runTransaction(tx(data, 30_000n))).toMatchObject({ valid: true, gasUsed: 22_600n });
  });

  it('rejects a gas limit below the floor', () => {
    expect(evm('Prague').runTransaction(tx(data, 24_999n))).toMatchObject({
      valid: false,
      error: 'TransactionException.INTRINSIC_GAS_BELOW_FLOOR_GAS_COST',
      message: 'insufficient gas for floor data gas cost: have 24999, want 25000',
    });
  });
});

describe('EIP-7825 transaction gas limit cap', () => {
  it('accepts 2^24 and rejects 2^24 + 1 from Osaka', () => {
    expect(evm('Osaka').runTransaction(tx(new Uint8Array(0), 1n << 24n)).valid).toBe(true);
    expect(evm('Osaka').runTransaction(tx(new Uint8Array(0), (1n << 24n) + 1n))).toMatchObject({
      valid: false,
      message: 'transaction gas limit too high (cap: 16777216, tx: 16777217)',
    });
    expect(evm('Prague').runTransaction(tx(new Uint8Array(0), (1n << 24n) + 1n)).valid).toBe(true);
  });
});
