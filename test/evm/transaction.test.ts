/** Evm.runTransaction over a JournaledCache: values from the Yellow Paper / EIP-1559 rules. */
import { describe, expect, it } from 'vitest';
import { Evm } from '../../src/evm/index.js';
import { accountKey, decodeAccount, encodeAccount, KECCAK_EMPTY_CODE } from '../../src/evm/state-keys.js';
import { JournaledCache, MemoryStore } from '../../src/state/index.js';

function balanceOf(evm: Evm, address: bigint): bigint {
  const raw = evm.cache.get(accountKey(address));
  return raw ? decodeAccount(raw).balance : 0n;
}

const SENDER = 0xa94f5374fce5edbc8e2a8697c15331677e6ebf0bn;
const TO = 0x1234n;
const COINBASE = 0xc0ffeen;

function fundedEvm(balance: bigint): Evm {
  const cache = new JournaledCache(new MemoryStore());
  cache.put(accountKey(SENDER), encodeAccount({ nonce: 0n, balance, codeHash: KECCAK_EMPTY_CODE }));
  return new Evm(cache, { block: { baseFee: 7n, coinbase: COINBASE } });
}

describe('Evm.runTransaction', () => {
  it('a plain EIP-1559 transfer costs 21000 gas; the base fee is burnt, the tip paid', () => {
    const evm = fundedEvm(10n ** 18n);
    const r = evm.runTransaction({
      type: 2,
      sender: SENDER,
      to: TO,
      nonce: 0n,
      gasLimit: 50_000n,
      value: 5n,
      data: new Uint8Array(0),
      maxFeePerGas: 10n,
      maxPriorityFeePerGas: 2n,
    });
    expect(r).toMatchObject({ valid: true, status: 'success', gasUsed: 21_000n });
    // Effective price min(10, 7 + 2) = 9: the sender pays 21000 * 9 + 5, the coinbase gets 21000 * 2.
    expect(balanceOf(evm, SENDER)).toBe(10n ** 18n - 21_000n * 9n - 5n);
    expect(balanceOf(evm, TO)).toBe(5n);
    expect(balanceOf(evm, COINBASE)).toBe(42_000n);
  });

  it('rejects an unfunded sender without touching state', () => {
    const evm = new Evm(new JournaledCache(new MemoryStore()), { block: { baseFee: 7n } });
    const before = evm.stateRoot();
    const r = evm.runTransaction({
      type: 0,
      sender: SENDER,
      to: TO,
      nonce: 0n,
      gasLimit: 21_000n,
      value: 0n,
      data: new Uint8Array(0),
      gasPrice: 10n,
    });
    // geth's message (core/state_transition.go buyGas): the balance needed is 21000 * 10.
    expect(r).toEqual({
      valid: false,
      error: 'TransactionException.INSUFFICIENT_ACCOUNT_FUNDS',
      message:
        'insufficient funds for gas * price + value: address 0xa94f5374Fce5edBC8E2a8697C15331677e6EbF0B have 0 want 210000',
    });
    expect(evm.stateRoot()).toEqual(before);
  });

  it('rejects a gas limit below the intrinsic gas (21000 + 16 per non-zero byte)', () => {
    const evm = fundedEvm(10n ** 18n);
    const r = evm.runTransaction({
      type: 0,
      sender: SENDER,
      to: TO,
      nonce: 0n,
      gasLimit: 21_015n,
      value: 0n,
      data: Uint8Array.of(1),
      gasPrice: 10n,
    });
    expect(r).toEqual({
      valid: false,
      error: 'TransactionException.INTRINSIC_GAS_TOO_LOW',
      message: 'intrinsic gas too low: have 21015, want 21016',
    });
  });
});
