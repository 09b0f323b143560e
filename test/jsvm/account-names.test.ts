/**
 * Which account names IOST allows, and where (go-iost config/genesis/contract/account.js
 * `_checkIdValid`): in block 0, the genesis transaction (consensus/genesis/genesis.go signs up
 * genesis.yml's `admin`, `foundation`, `producer000` and `deadaddr` through auth.iost), no
 * name is checked; after it, an id is 5-11 of `a-z0-9_` not starting with `Contract`, or a
 * lower-case 42-character `0x` address whose keys are empty. polyvm's `createAccount` /
 * `js init` follow the same rule, and so does the native auth.iost signUp.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { JsVm } from '../../src/jsvm/index.js';
import { MemoryStore } from '../../src/state/index.js';
import { call } from './helpers.js';

const ETH = '0x52908400098527886e0f7030069857d2e4169ee7';

function afterBlock0(): JsVm {
  const vm = new JsVm(new MemoryStore());
  vm.createAccount('alice', '100');
  const t = call(vm, 'token.iost', 'balanceOf', ['iost', 'alice']);
  expect(t.status).toBe('success');
  expect(vm.blockNumber()).toBe(1);
  return vm;
}

describe('account names (account.js _checkIdValid)', () => {
  test('block 0: genesis names, and names account.js would refuse later, are created', () => {
    const vm = new JsVm(new MemoryStore());
    for (const name of ['admin', 'foundation', 'producer000', 'deadaddr', 'bob', 'Admin_2', 'x'.repeat(64)])
      vm.createAccount(name, '1');
    expect(vm.hasAccount('bob')).toBe(true);
    // polyvm's own limit in block 0: names it can key and parse as id@perm
    for (const name of ['a.b', 'a@b', 'Contract1', 'x'.repeat(65), ''])
      expect(() => vm.createAccount(name, '1')).toThrow(/in block 0, 1 to 64 characters/);
  });

  test("after block 0: signUp's rule and messages", () => {
    const vm = afterBlock0();
    const refused: [string, string][] = [
      ['bob', 'id invalid. id length should be between 5,11 > bob'],
      ['abcdefghijkl', 'id invalid. id length should be between 5,11 > abcdefghijkl'],
      ['Alice1', 'id invalid. id contains invalid character > A'],
      ['user-1', 'id invalid. id contains invalid character > -'],
      ['Contractxyz', "id invalid. id shouldn't start with 'Contract'."],
      [ETH.toUpperCase().replace('0X', '0x'), 'id invalid. upper case not allowed'],
    ];
    for (const [name, message] of refused) {
      expect(() => vm.createAccount(name, '1')).toThrow(message);
      expect(vm.hasAccount(name)).toBe(false);
    }
    for (const name of ['user_01', 'abcde', '12345678901']) vm.createAccount(name, '1');
    expect(() => vm.createAccount(ETH, '0', { owner: 'KEY' })).toThrow('permission should be empty');
    vm.createAccount(ETH, '0');
    expect(vm.hasAccount(ETH)).toBe(true);
    expect(vm.balanceOf('user_01')).toBe('1');
  });

  test('auth.iost signUp checks no name in block 0 (genesis), and checks after it', () => {
    const vm = new JsVm(new MemoryStore());
    vm.createAccount('admin', '100');
    vm.atGenesis(() => {
      const r = call(vm, 'auth.iost', 'signUp', ['ab', 'KEY', 'KEY'], ['admin']);
      expect(r.error).toBeUndefined();
    });
    expect(vm.hasAccount('ab')).toBe(true);
    const r = call(vm, 'auth.iost', 'signUp', ['cd', 'KEY', 'KEY'], ['admin']);
    expect(r.error).toMatch(/id invalid. id length should be between 5,11 > cd/);
    expect(vm.hasAccount('cd')).toBe(false);
  });

  test('polyvm js init after the first transaction refuses what signUp refuses (exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'polyvm-js-names-'));
    const run = async (...argv: string[]) => {
      let err = '';
      const code = await main(argv, {
        out: () => {},
        err: (t) => void (err += t),
        errIsTTY: false,
        cwd: dir,
      });
      return { code, err };
    };
    expect((await run('js', 'init', '--account', 'alice=10', '--account', 'bob')).code).toBe(0);
    expect(
      (
        await run(
          'js',
          'call',
          'token.iost',
          'transfer',
          '["iost","alice","bob","1",""]',
          '--signer',
          'alice',
        )
      ).code,
    ).toBe(0);
    const dan = await run('js', 'init', '--account', 'dan');
    expect(dan.code).toBe(2);
    expect(dan.err).toMatch(/id invalid. id length should be between 5,11 > dan/);
    expect((await run('js', 'init', '--account', 'daniel')).code).toBe(0);
  });
});
