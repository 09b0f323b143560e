/**
 * EIP-7702 set-code transactions (Prague). Expected values from the EIP: each authorization
 * costs PER_EMPTY_ACCOUNT_COST (25000) in intrinsic gas and refunds 25000 - PER_AUTH_BASE_COST
 * (12500) when the authority already exists; a valid one sets the authority's code to
 * 0xef0100 || address and bumps its nonce; calls to the authority run the delegate's code;
 * EXTCODESIZE sees the 23-byte designator; an authorization for another chain is skipped.
 */

import { keccak_256 } from '@noble/hashes/sha3.js';
import { describe, expect, it } from 'vitest';
import {
  delegationCode,
  Evm,
  privateKeyToAddress,
  signAuthorization,
  type Transaction,
} from '../../../src/evm/index.js';
import {
  accountKey,
  codeKey,
  decodeAccount,
  encodeAccount,
  KECCAK_EMPTY_CODE,
  storageKey,
} from '../../../src/evm/state-keys.js';
import { JournaledCache, MemoryStore } from '../../../src/state/index.js';

const SENDER = 0xa94f5374fce5edbc8e2a8697c15331677e6ebf0bn;
const KEY = Uint8Array.from(Buffer.from(`${'00'.repeat(31)}01`, 'hex'));
const AUTHORITY = privateKeyToAddress(KEY);
const DELEGATE = 0xdeadn;
// PUSH1 0x2a PUSH1 0 SSTORE: stores 42 in the caller-context's slot 0.
const DELEGATE_CODE = Uint8Array.from([0x60, 0x2a, 0x60, 0x00, 0x55]);

function setup(authorityExists: boolean): Evm {
  const cache = new JournaledCache(new MemoryStore());
  cache.put(
    accountKey(SENDER),
    encodeAccount({ nonce: 0n, balance: 10n ** 20n, codeHash: KECCAK_EMPTY_CODE }),
  );
  const h = keccak_256(DELEGATE_CODE);
  cache.put(accountKey(DELEGATE), encodeAccount({ nonce: 1n, balance: 0n, codeHash: h }));
  cache.put(codeKey(h), DELEGATE_CODE);
  if (authorityExists)
    cache.put(accountKey(AUTHORITY), encodeAccount({ nonce: 0n, balance: 1n, codeHash: KECCAK_EMPTY_CODE }));
  return new Evm(cache, { fork: 'Prague', block: { baseFee: 1n, gasLimit: 30_000_000n } });
}

const account = (evm: Evm, a: bigint) => decodeAccount(evm.cache.get(accountKey(a))!);

function setCodeTx(chainId: bigint, to = AUTHORITY): Transaction {
  return {
    type: 4,
    sender: SENDER,
    to,
    nonce: 0n,
    gasLimit: 200_000n,
    value: 0n,
    data: new Uint8Array(0),
    maxFeePerGas: 1n,
    maxPriorityFeePerGas: 0n,
    authorizationList: [signAuthorization({ chainId, address: DELEGATE, nonce: 0n }, KEY)],
  };
}

describe('EIP-7702', () => {
  it('installs the designator, bumps the nonce and runs the delegate code in the authority', () => {
    const evm = setup(false);
    const r = evm.runTransaction(setCodeTx(1n));
    expect(r).toMatchObject({ valid: true, status: 'success' });
    const a = account(evm, AUTHORITY);
    expect(a.nonce).toBe(1n);
    expect(evm.cache.get(codeKey(a.codeHash))).toEqual(delegationCode(DELEGATE));
    expect(evm.cache.get(storageKey(AUTHORITY, 0n))).toEqual(Uint8Array.of(42));
  });

  it('charges 25000 per authorization and refunds 12500 for an existing authority', () => {
    // Execution: PUSH1, PUSH1 (6) + SSTORE to a new slot (22100 cold), on top of 21000 +
    // 25000 intrinsic; the transaction's own delegate is warmed for free (only CALLs pay it).
    const fresh = setup(false).runTransaction(setCodeTx(1n));
    const existing = setup(true).runTransaction(setCodeTx(1n));
    if (!fresh.valid || !existing.valid) throw new Error('invalid');
    expect(fresh.gasUsed).toBe(21000n + 25000n + 6n + 22100n);
    // The refund is capped at a fifth of the gas used (EIP-3529).
    const used = 21000n + 25000n + 6n + 22100n;
    expect(existing.gasUsed).toBe(used - (used / 5n < 12500n ? used / 5n : 12500n));
  });

  it('skips an authorization signed for another chain', () => {
    const evm = setup(false);
    expect(evm.runTransaction(setCodeTx(5n))).toMatchObject({ valid: true });
    expect(evm.cache.get(accountKey(AUTHORITY))).toBeUndefined();
  });

  it('rejects a set-code transaction before Prague and one without authorizations', () => {
    const cancun = new Evm(setup(false).cache, { fork: 'Cancun', block: { baseFee: 1n } });
    expect(cancun.runTransaction(setCodeTx(1n))).toMatchObject({
      valid: false,
      message: 'transaction type not supported',
    });
    const empty = { ...setCodeTx(1n), authorizationList: [] };
    expect(setup(false).runTransaction(empty)).toMatchObject({
      valid: false,
      error: 'TransactionException.TYPE_4_EMPTY_AUTHORIZATION_LIST',
    });
  });

  it('the authority is the address of private key 1', () => {
    expect(AUTHORITY).toBe(0x7e5f4552091a69125d5dfcb7b8c2659029395bdfn);
  });
});
