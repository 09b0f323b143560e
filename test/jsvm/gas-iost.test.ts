/**
 * gas.iost pledge and unpledge as go-iost test/integration/gas_test.go runs them (TestGas_*),
 * with vm/database/gas_handler.go's constants restated here: each iost pledged gives 100,000
 * gas at once (GasImmediateReward), then (300,000 - 100,000) / 172,800 s = 1.15 gas a second
 * (GasIncreaseRate, truncated to 2 decimals), up to 300,000 gas per iost (GasLimit); unpledged
 * iost comes back frozen for 3 days (UnpledgeFreezeSeconds). Blocks are 0.5 s apart.
 */
import { describe, expect, test } from 'vitest';
import { base58Encode } from '../../src/core/base58.js';
import { JsVm } from '../../src/jsvm/index.js';
import { keyPair, signTx } from '../../src/jsvm/tx.js';
import { MemoryStore } from '../../src/state/index.js';
import { call, makeVm, snapshot } from './helpers.js';

const IMMEDIATE = 100_000;
const LIMIT = 300_000;
const RATE = Math.floor(((LIMIT - IMMEDIATE) * 100) / 172_800) / 100; // 1.15
const BLOCKS_PER_SECOND = 2;
const FREEZE_SECONDS = 3 * 24 * 3600;
const pledge = (vm: ReturnType<typeof makeVm>, from: string, to: string, amount: string, signer = from) =>
  call(vm, 'gas.iost', 'pledge', [from, to, amount], [signer]);
const unpledge = (vm: ReturnType<typeof makeVm>, from: string, to: string, amount: string) =>
  call(vm, 'gas.iost', 'unpledge', [from, to, amount], [from]);
const pass = (vm: ReturnType<typeof makeVm>, seconds: number) =>
  vm.advanceBlocks(seconds * BLOCKS_PER_SECOND - 1);

describe('gas.iost (go-iost vm/native/gas.go, test/integration/gas_test.go)', () => {
  test('TestGas_NoPledge: an account that did not pledge has 0 gas', () => {
    expect(makeVm().gasOf('alice').gas).toBe('0');
  });

  test("TestGas_PledgeAuth: pledging needs the pledger's permission", () => {
    const vm = makeVm();
    const before = snapshot(vm);
    const r = pledge(vm, 'alice', 'alice', '200', 'bob');
    expect(r.error).toBe('transaction has no permission');
    expect(snapshot(vm).replace(/.*6d6574612f6e6f6e6365.*\n?/g, '')).toBe(before);
  });

  test('TestGas_NotEnoughMoney: pledging more than the balance fails, nothing changes', () => {
    const vm = makeVm();
    const r = pledge(vm, 'alice', 'alice', '20000');
    expect(r.status).toBe('error');
    expect(vm.gasOf('alice').gas).toBe('0');
    expect(vm.balanceOf('alice')).toBe('1000');
  });

  test('TestGas_Pledge: gas at once, then at the rate, then capped at the limit', () => {
    const vm = makeVm();
    const r = pledge(vm, 'alice', 'alice', '200');
    expect(r.error).toBeUndefined();
    expect(r.receipts.at(-1)).toEqual({ func_name: 'gas.iost/pledge', content: '["alice","alice","200"]' });
    expect(vm.balanceOf('alice')).toBe('800');
    expect(vm.balanceOf('gas.iost')).toBe('200');
    expect(vm.gasOf('alice')).toEqual({
      gas: String(200 * IMMEDIATE),
      pledged: '200',
      limit: String(200 * LIMIT),
    });
    vm.advanceBlocks(5 * BLOCKS_PER_SECOND);
    expect(vm.gasOf('alice').gas).toBe(String(200 * IMMEDIATE + 200 * RATE * 5));
    vm.advanceBlocks(2 * 172_800 * BLOCKS_PER_SECOND);
    expect(vm.gasOf('alice').gas).toBe(String(200 * LIMIT));
  });

  test('TestGas_PledgeMore: a second pledge adds its gas and its rate', () => {
    const vm = makeVm();
    expect(pledge(vm, 'alice', 'alice', '200').error).toBeUndefined();
    pass(vm, 5);
    expect(pledge(vm, 'alice', 'alice', '300').error).toBeUndefined();
    const before = 200 * IMMEDIATE + 200 * RATE * 5;
    vm.advanceBlocks(10 * BLOCKS_PER_SECOND);
    expect(vm.gasOf('alice').gas).toBe(String(before + 300 * IMMEDIATE + 500 * RATE * 10));
    expect(vm.balanceOf('alice')).toBe('500');
    expect(vm.balanceOf('gas.iost')).toBe('500');
  });

  test('TestGas_unpledge: the limit drops (and the gas with it); the iost comes back after 3 days', () => {
    const vm = makeVm();
    pledge(vm, 'alice', 'alice', '200');
    pass(vm, 10);
    const r = unpledge(vm, 'alice', 'alice', '190');
    expect(r.error).toBeUndefined();
    expect(vm.balanceOf('alice')).toBe('800');
    expect(vm.balanceOf('gas.iost')).toBe('10');
    expect(vm.gasOf('alice').gas).toBe(String(10 * LIMIT));
    pass(vm, FREEZE_SECONDS);
    expect(call(vm, 'token.iost', 'balanceOf', ['iost', 'alice']).returns).toEqual(['990']);
  });

  test('TestGas_unpledgeTooMuch: each account keeps 10 iost pledged', () => {
    const vm = makeVm();
    pledge(vm, 'alice', 'alice', '200');
    pass(vm, 1);
    expect(unpledge(vm, 'alice', 'alice', String(200 - 10 + 1)).error).toBe(
      'unpledge too much (200 - 191) less than 10',
    );
  });

  test('TestGas_PledgeunpledgeForOther: the gas goes to the other account; the pledger unpledges', () => {
    const vm = makeVm();
    expect(pledge(vm, 'alice', 'bob', '200').error).toBeUndefined();
    expect(vm.balanceOf('alice')).toBe('800');
    expect(vm.gasOf('bob').gas).toBe(String(200 * IMMEDIATE));
    expect(vm.gasOf('alice').gas).toBe('0');
    expect(unpledge(vm, 'bob', 'bob', '1').error).toBe('bob did not pledge for bob');
    expect(unpledge(vm, 'alice', 'bob', '190').error).toBeUndefined();
    pass(vm, FREEZE_SECONDS);
    expect(call(vm, 'token.iost', 'balanceOf', ['iost', 'alice']).returns).toEqual(['990']);
  });

  test('amounts: less than 1 iost, not a number, or none are refused (gas.go)', () => {
    const vm = makeVm();
    expect(pledge(vm, 'alice', 'alice', '0.5').error).toContain('min pledge num is');
    expect(pledge(vm, 'alice', 'alice', 'abc').error).toBe('invalid amount abc');
    expect(pledge(vm, 'alice', 'alice', '0').error).toBe('invalid amount 0');
    expect(pledge(vm, 'alice', 'nobody', '5').error).toBe('invalid user name nobody');
    expect(unpledge(vm, 'alice', 'alice', '5').error).toBe('alice did not pledge for alice');
  });
});

describe('signed transactions pay their gas from gas.iost (go-iost vm/utils.go, vm/host/teller.go)', () => {
  const key = keyPair(base58Encode(new Uint8Array(32).fill(7)), 'secp256k1');
  const vm = new JsVm(new MemoryStore(), { payGas: true });
  vm.createAccount('alice', '1000', { owner: key.pubkey, active: key.pubkey });
  vm.createAccount('bob', '10');
  const send = (contract: string, actionName: string, args: unknown[], gasLimit = 400_000_000n) =>
    vm.send(
      signTx(
        {
          time: 1_700_000_000_000_000_000n,
          expiration: 1_700_000_090_000_000_000n,
          gasRatio: 100n,
          gasLimit,
          delay: 0n,
          chainId: 1024,
          signers: [],
          actions: [{ contract, actionName, data: JSON.stringify(args) }],
          amountLimit: [],
          signs: [],
          publisher: '',
          publishSigns: [],
        },
        'alice',
        [key],
      ),
    );
  test('CheckTxGasLimitValid: no gas, no transaction, except a first pledge of its own iost', () => {
    expect(() => send('token.iost', 'transfer', ['iost', 'alice', 'bob', '1', ''])).toThrow(
      'gas not enough: user alice has 0 < 4000000',
    );
    expect(() => send('gas.iost', 'pledge', ['alice', 'alice', '2000'])).toThrow(
      'iost token amount not enough for pledgement 1000 < 2000',
    );
    const r = send('gas.iost', 'pledge', ['alice', 'alice', '200']);
    expect(r.error).toBeUndefined();
    // DoPay: gasRatio (100, i.e. 1.00) × the gas used, in gas's two decimals.
    expect(vm.gasOf('alice').gas).toBe(String(200 * IMMEDIATE - r.gasUsed));
  });
  test('DoPay: a transaction, and a failed one too, pays its gas; the stock grows between blocks', () => {
    const before = Number(vm.gasOf('alice').gas);
    const ok = send('token.iost', 'transfer', ['iost', 'alice', 'bob', '1', '']);
    expect(ok.status).toBe('success');
    const after = before + 200 * RATE * 0.5 - ok.gasUsed;
    expect(vm.gasOf('alice').gas).toBe(String(after));
    const failed = send('token.iost', 'transfer', ['iost', 'alice', 'bob', '5000', '']);
    expect(failed.status).toBe('error');
    expect(vm.balanceOf('alice')).toBe('799');
    expect(vm.gasOf('alice').gas).toBe(String(after + 200 * RATE * 0.5 - failed.gasUsed));
  });
});
