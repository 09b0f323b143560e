/**
 * ram.iost (go-iost config/genesis/contract/ram.js, native here) and storage paid in RAM
 * (go-iost vm/host/db_handler.go, teller.go DoPay), with the figures go-iost's own tests assert:
 * test/integration/ram_test.go TestRAM and TestRAM2 (ramSetup: ram.iost issued at genesis with
 * 128 GiB, a 10-minute interval and 64 GiB a year; accounts with 10,000 bytes of RAM, user_0
 * with 1,000 iost), and test/integration/vm_test.go Test_RamPayer (vmmethod.js put/mapPut with a
 * payer; a contract id of 52 characters, as IOST's `Contract` + base58 of a 32-byte hash).
 */
import { describe, expect, test } from 'vitest';
import { JsVm } from '../../src/jsvm/index.js';
import { MemoryStore } from '../../src/state/index.js';
import { goIostFile } from './go-iost.js';
import type { Method } from './helpers.js';

const initialTotal = 128 * 1024 * 1024 * 1024;
const increaseInterval = 10 * 60;
const increaseAmount = Math.trunc((10 * (64 * 1024 * 1024 * 1024)) / (365 * 24 * 60));

const ramJs = goIostFile('config/genesis/contract/ram.js');

/** ram_test.go's ramSetup; `js`: with go-iost's ram.js deployed as ram.iost, run as JavaScript (genesis jsSystem). */
function setupOf(js: boolean): JsVm {
  const vm = new JsVm(new MemoryStore(), { payRam: true });
  vm.createAccount('user_0', '1000');
  for (const a of ['user_1', 'user_2', 'user_3', 'deadaddr']) vm.createAccount(a, '0');
  for (const a of ['user_0', 'user_1', 'user_2', 'user_3']) vm.ledger.setBalance('ram', a, 10_000n);
  vm.atGenesis(() => {
    if (js) {
      // utils_test.go setNonNativeContract: `s.SetRAM("admin", 1e6)`, then initSetCode, which
      // charges the record to "admin" and makes it the owner (vm/native/system.go)
      vm.createAccount('admin', '0');
      vm.ledger.setBalance('ram', 'admin', 1_000_000n);
      const d = vm.deploy({
        code: ramJs.text(),
        abi: JSON.parse(goIostFile('config/genesis/contract/ram.js.abi').text()),
        id: 'ram.iost',
        signers: ['admin'],
        gasLimit: 1_000_000_000,
      });
      expect(d.error).toBeUndefined();
    }
    const call = (method: string, args: unknown[]) =>
      vm.call({ contract: 'ram.iost', method, args: JSON.stringify(args), signers: ['user_1'] });
    expect(call('initAdmin', ['user_1']).error).toBeUndefined();
    expect(call('issue', [initialTotal, increaseInterval, increaseAmount, 0]).error).toBeUndefined();
  });
  return vm;
}
const ram = (vm: JsVm, args: unknown[], method: string, signer: string) =>
  vm.call({ contract: 'ram.iost', method, args: JSON.stringify(args), signers: [signer] });

describe.each([
  ['ram.iost native', false],
  [`ram.js run as JavaScript${ramJs.skip}`, true],
])('go-iost test/integration/ram_test.go, %s', (_name, js) => {
  if (js && !ramJs.found) return void test('data not found', () => {});
  const setup = () => setupOf(js);
  test('ramSetup: the ram token is IOST system ram, issue only in the genesis block', () => {
    const vm = setup();
    expect(vm.tokenInfo('ram')).toMatchObject({
      fullName: 'IOST system ram',
      decimal: 0,
      issuer: 'ram.iost',
    });
    expect(vm.balance('ram', 'ram.iost')).toBe(BigInt(initialTotal));
    expect(ram(vm, ['user_1'], 'initAdmin', 'user_1').error).toContain('init out of genesis block');
    vm.advanceBlocks(1);
    expect(() => vm.atGenesis(() => 0)).toThrow(/not before block 1/);
  });

  test('TestRAM: buy, buy after the space grew, buy for others, sell, sell for others', () => {
    const vm = setup();
    const initRAM = vm.balance('ram', 'user_0');
    // normal buy
    let before = vm.balance('ram', 'ram.iost');
    vm.ledger.setBalance('iost', 'ram.iost', 0n);
    let r = ram(vm, ['user_0', 'user_0', 1000], 'buy', 'user_0');
    expect(r.error).toBeUndefined();
    expect(vm.balance('iost', 'user_0')).toBe(99490n * 1_000_000n);
    expect(vm.balance('ram', 'user_0')).toBe(initRAM + 1000n);
    expect(vm.balance('ram', 'ram.iost')).toBe(before - 1000n);
    // when buying triggers increasing total ram: 144 intervals later (0.5 s blocks)
    vm.advanceBlocks((144 * increaseInterval) / 0.5);
    before = vm.balance('ram', 'ram.iost');
    r = ram(vm, ['user_0', 'user_0', 1000], 'buy', 'user_0');
    expect(r.error).toBeUndefined();
    expect(vm.balance('ram', 'ram.iost')).toBe(before + BigInt(144 * increaseAmount) - 1000n);
    // user can buy for others
    const otherBefore = vm.balance('ram', 'user_1');
    const mine = vm.balance('ram', 'user_0');
    r = ram(vm, ['user_0', 'user_1', 1000], 'buy', 'user_0');
    expect(r.error).toBeUndefined();
    expect(vm.balance('iost', 'user_0')).toBe(98472n * 1_000_000n);
    expect(vm.balance('ram', 'user_0')).toBe(mine);
    expect(vm.balance('ram', 'user_1')).toBe(otherBefore + 1000n);
    // user cannot sell more than he owns
    expect(ram(vm, ['user_0', 'user_0', 6000], 'sell', 'user_0').status).toBe('error');
    // normal sell
    before = vm.balance('ram', 'ram.iost');
    let myRam = vm.balance('ram', 'user_0');
    r = ram(vm, ['user_0', 'user_0', 300], 'sell', 'user_0');
    expect(r.error).toBeUndefined();
    expect(vm.balance('iost', 'user_0')).toBe(98622n * 1_000_000n);
    expect(vm.balance('ram', 'user_0')).toBe(myRam - 300n);
    expect(vm.balance('ram', 'ram.iost')).toBe(before + 300n);
    // user can sell ram for others
    const balance = vm.balance('iost', 'user_0');
    myRam = vm.balance('ram', 'user_0');
    r = ram(vm, ['user_0', 'user_1', 300], 'sell', 'user_0');
    expect(r.error).toBeUndefined();
    expect(vm.balance('iost', 'user_0')).toBe(balance);
    expect(vm.balance('ram', 'user_0')).toBe(myRam - 300n);
    expect(vm.balance('iost', 'user_1')).toBe(150n * 1_000_000n);
  });

  test('a buy is charged as a JavaScript call when ram.js runs (monitor.go JSCost 30,000 and up), else the flat native price', () => {
    const vm = setup();
    const r = ram(vm, ['user_0', 'user_0', 1000], 'buy', 'user_0');
    expect(r.error).toBeUndefined();
    if (js) expect(r.gasUsed).toBeGreaterThan(30_000);
    else expect(r.gasUsed).toBe(1_000);
  });

  test('TestRAM2: borrowed ram cannot be sold', () => {
    const vm = setup();
    for (const a of ['user_2', 'user_3']) {
      vm.ledger.setBalance('iost', a, 100n * 100_000_000n);
      vm.ledger.setBalance('ram', a, 0n);
    }
    const transfer = (from: string, to: string) =>
      vm.call({
        contract: 'token.iost',
        method: 'transfer',
        args: JSON.stringify(['ram', from, to, '200', '']),
        signers: [from],
      });
    expect(ram(vm, ['user_2', 'user_2', 1000], 'buy', 'user_2').error).toBeUndefined();
    expect(ram(vm, ['user_3', 'user_3', 300], 'buy', 'user_3').error).toBeUndefined();
    expect(transfer('user_3', 'user_2').error).toContain('transfer need issuer permission');
    expect(ram(vm, ['user_2', 'user_3', 500], 'lend', 'user_2').error).toBeUndefined();
    expect(ram(vm, ['user_3', 'user_3', 200], 'sell', 'user_3').error).toBeUndefined();
    expect(ram(vm, ['user_3', 'user_3', 200], 'sell', 'user_3').error).toContain(
      'self ram amount 100, not enough for sell',
    );
    expect(ram(vm, ['user_3', 'user_2', 200], 'lend', 'user_3').error).toContain(
      'self ram amount 100, not enough for lend',
    );
    expect(transfer('user_3', 'user_2').error).toContain('transfer need issuer permission');
  });

  test('buy: at least 10 bytes, the payer’s transfer permission', () => {
    const vm = setup();
    expect(ram(vm, ['user_0', 'user_0', 9], 'buy', 'user_0').error).toContain(
      'minimum ram amount for trading is 10 byte',
    );
    expect(ram(vm, ['user_0', 'user_0', 100], 'buy', 'user_1').error).toContain('require auth failed');
  });
});

// vm_test.go Test_RamPayer's contract, vmmethod.js, when go-iost is there; else our own with
// the same two methods.
const vmmethod = goIostFile('test/integration/test_data/vmmethod.js');
const OWN = `class RamPayer {
  init() {}
  putwithpayer(k, v, p) { storage.put(k, v, p); }
  mapputwithpayer(k, f, v, p) { storage.mapPut(k, f, v, p); }
  put(k, v) { storage.put(k, v); }
  del(k) { storage.del(k); }
  mapdel(k, f) { storage.mapDel(k, f); }
}
module.exports = RamPayer;`;
const ID = `Contract${'R'.repeat(44)}`;

describe.each([
  ['own contract', OWN, true],
  [`go-iost vmmethod.js${vmmethod.skip}`, vmmethod.found ? vmmethod.text() : '', vmmethod.found],
])('go-iost vm_test.go Test_RamPayer: %s', (_name, code, found) => {
  const methods: Method[] = [
    ['putwithpayer', ['string', 'string', 'string']],
    ['mapputwithpayer', ['string', 'string', 'string', 'string']],
  ];
  const make = () => {
    const vm = new JsVm(new MemoryStore(), { payRam: true });
    for (const a of ['user_0', 'user_1', 'user_3']) vm.createAccount(a, '0');
    vm.ledger.setBalance('ram', 'user_0', 20_000n); // the deploy's RAM (test/jsvm/iost-compiled.test.ts)
    const own = code === OWN;
    const all: Method[] = own
      ? [...methods, ['put', ['string', 'string']], ['del', ['string']], ['mapdel', ['string', 'string']]]
      : methods;
    const r = vm.deploy({ code, abi: abiFor(all), signers: ['user_0'], id: ID });
    if (r.status !== 'success') throw new Error(r.error);
    // Test_RamPayer reads each account's RAM after the deploy (`ram0 := s.GetRAM(acc0.ID)`) and
    // asserts differences from it: here both start the calls with 10,000.
    for (const a of ['user_0', 'user_1']) vm.ledger.setBalance('ram', a, 10_000n);
    return vm;
  };
  const run = (vm: JsVm, method: string, args: unknown[], signer: string) =>
    vm.call({ contract: ID, method, args: JSON.stringify(args), signers: [signer] });
  const ramOf = (vm: JsVm, a: string) => Number(vm.balance('ram', a));

  test.skipIf(!found)('put and mapPut with a payer: 63 and 65 bytes', () => {
    let vm = make();
    let r = run(vm, 'putwithpayer', ['k', 'v', 'user_0'], 'user_0');
    expect(r.error).toBeUndefined();
    expect(ramOf(vm, 'user_0')).toBe(10_000 - 63);
    expect(r.ramUsage).toEqual({ user_0: 63 });
    vm = make();
    r = run(vm, 'mapputwithpayer', ['k', 'f', 'v', 'user_0'], 'user_0');
    expect(r.error).toBeUndefined();
    expect(ramOf(vm, 'user_0')).toBe(10_000 - 65);
  });
  test.skipIf(!found)('changing the payer refunds the old one: 66, then 67, +2, -4', () => {
    const vm = make();
    expect(run(vm, 'mapputwithpayer', ['k', 'f', 'vv', 'user_0'], 'user_0').error).toBeUndefined();
    expect(ramOf(vm, 'user_0')).toBe(10_000 - 66);
    expect(run(vm, 'mapputwithpayer', ['k', 'f', 'vvv', 'user_1'], 'user_1').error).toBeUndefined();
    expect(ramOf(vm, 'user_0')).toBe(10_000);
    expect(ramOf(vm, 'user_1')).toBe(10_000 - 67);
    expect(run(vm, 'mapputwithpayer', ['k', 'f', 'v', 'user_1'], 'user_1').error).toBeUndefined();
    expect(ramOf(vm, 'user_1')).toBe(10_000 - 67 + 2);
    expect(run(vm, 'mapputwithpayer', ['k', 'f', 'vvvvv', 'user_1'], 'user_1').error).toBeUndefined();
    expect(ramOf(vm, 'user_1')).toBe(10_000 - 67 + 2 - 4);
  });
  test.skipIf(!found)('a payer that did not sign, or lacks the bytes, fails the transaction', () => {
    const vm = make();
    const denied = run(vm, 'putwithpayer', ['k', 'v', 'user_0'], 'user_1');
    expect(denied.error).toBe('pay ram failed. no permission. need user_0@active');
    const poor = run(vm, 'putwithpayer', ['k', 'v', 'user_3'], 'user_3');
    expect(poor.error).toBe(
      'balance not enough after executing actions: pay ram failed. id: user_3 need 63, actual 0',
    );
    expect(ramOf(vm, 'user_0')).toBe(10_000);
  });
  test.skipIf(code !== OWN)('without a payer the contract’s owner pays; a delete refunds the payer', () => {
    const vm = make();
    // `Contract…R-k` (54) + `s` `v` `@` + the contract id (52): 109 bytes, from user_0, its owner.
    expect(run(vm, 'put', ['k', 'v'], 'user_1').error).toBeUndefined();
    expect(ramOf(vm, 'user_0')).toBe(10_000 - 109);
    expect(run(vm, 'del', ['k'], 'user_1').error).toBeUndefined();
    expect(ramOf(vm, 'user_0')).toBe(10_000);
    // a value a payer paid for stays theirs when rewritten without one
    expect(run(vm, 'putwithpayer', ['k', 'v', 'user_1'], 'user_1').error).toBeUndefined();
    expect(run(vm, 'put', ['k', 'vvv'], 'user_0').status).toBe('error'); // user_1 charged, did not sign
    expect(run(vm, 'put', ['k', 'vvv'], 'user_1').error).toBeUndefined();
    expect(ramOf(vm, 'user_1')).toBe(10_000 - 63 - 2);
    expect(run(vm, 'mapputwithpayer', ['m', 'f', 'v', 'user_1'], 'user_1').error).toBeUndefined();
    expect(run(vm, 'mapdel', ['m', 'f'], 'user_0').error).toBeUndefined();
    expect(run(vm, 'del', ['k'], 'user_0').error).toBeUndefined();
    expect(ramOf(vm, 'user_1')).toBe(10_000);
  });
});

function abiFor(methods: Method[]) {
  return { lang: 'javascript', version: '1.0.0', abi: methods.map(([name, args = []]) => ({ name, args })) };
}
