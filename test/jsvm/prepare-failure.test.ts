/**
 * A call whose contract, ABI or arguments are refused, as go-iost vm/monitor.go Call has it:
 * `prepareContract` (the contract by id, `c.ABI(api)`, `UnmarshalArgs`) failing returns
 * `host.Costs["GetCost"]` (vm/host/costs.go: 300) and the error `prepare contract: …`, before
 * JSCost or the amountLimit's CommonOpCost are added; `init` called by other than system.iost
 * fails first with CommonErrorCost(1) (ErrPrice 1 × 10). At the top of a transaction
 * vm/isolator.go runAction turns it into a failed receipt (ErrorRuntime) that is paid
 * (PayCost), its returns "" (no Net for returns); the transaction's bytes are Net (10 a byte)
 * and the publisher check reads the account (1 a byte), as test/jsvm/tx-net-gas.test.ts
 * derives. No go-iost test asserts the 300; test/integration/vm_test.go Test_Arguments asserts
 * the messages (`error parse string arg &{<nil>}` …) in a failed receipt, with no error from
 * the simulator's Call: the transaction is included, not refused. In blockchain.call the
 * callee's prepare failure costs the caller 300 beside PushStack's stack level
 * (vm/host/host.go call; vm/v8vm/blockchain.go goCall passes cost.CPU on error too).
 */
import { describe, expect, test } from 'vitest';
import { base58Encode } from '../../src/core/base58.js';
import type { JsVm } from '../../src/jsvm/index.js';
import { type IostTx, keyPair, txBytes } from '../../src/jsvm/tx.js';
import { goIostFile } from './go-iost.js';
import { call, deploy, makeVm, signedTx, snapshot } from './helpers.js';

const key = keyPair(base58Encode(new Uint8Array(32).fill(7)), 'secp256k1');

const signed = (actions: IostTx['actions']) => signedTx(actions, 'erin', [key]);

/** host.go CheckPublisher's read of the account record: `s` + JSON + `@` + payer (auth.iost). */
const read = (vm: JsVm) => 2 + JSON.stringify(vm.ledger.loadAuth('erin')).length + 'auth.iost'.length;

const argumentsJs = goIostFile('test/integration/test_data/arguments.js');
const argumentsAbi = goIostFile('test/integration/test_data/arguments.js.abi');

function fresh() {
  const vm = makeVm();
  vm.createAccount('erin', '100', { owner: key.pubkey, active: key.pubkey });
  return vm;
}

const HASH = '4uXLsmFZ8bS5ZUVUgDkrdqh8tEQ9VvGL3PRkRTcCmAGS';

describe('a refused call in a signed transaction: a failed receipt charged GetCost (monitor.go)', () => {
  test('system.iost with arguments its ABI refuses: 10 × bytes + read + 300, nothing changes', () => {
    const vm = fresh();
    const before = snapshot(vm);
    const t = signed([{ contract: 'system.iost', actionName: 'cancelDelaytx', data: '[1]' }]);
    const r = vm.send(t);
    expect(r.status).toBe('error');
    expect(r.error).toMatch(/^prepare contract: error parse string arg &\{1\}/);
    expect(r.gasUsed).toBe(10 * txBytes(t, 'full').length + read(vm) + 300);
    expect(r.receipts).toEqual([]);
    expect(r.returns).toEqual([]);
    expect(vm.balance('iost', 'erin')).toBe(100_00000000n);
    expect(snapshot(vm).split('\n').length).toBe(before.split('\n').length);
  });

  test('an ABI system.iost does not have, a missing contract: 300 each', () => {
    const vm = fresh();
    for (const [contract, actionName, error] of [
      ['system.iost', 'nope', 'prepare contract: abi nope not found'],
      ['nowhere.iost', 'f', 'prepare contract: contract nowhere.iost not found'],
      ['token.iost', 'nope', 'prepare contract: abi nope not found'],
    ] as const) {
      const t = signed([{ contract, actionName, data: '[]' }]);
      const r = vm.send(t);
      expect(r.error).toBe(error);
      expect(r.gasUsed).toBe(10 * txBytes(t, 'full').length + read(vm) + 300);
    }
  });

  test(`go-iost Test_Arguments: the receipts it asserts, each charged 300${argumentsJs.skip}`, () => {
    if (!argumentsJs.found || !argumentsAbi.found) return;
    const vm = fresh();
    const r0 = vm.deploy({
      code: argumentsJs.text(),
      abi: JSON.parse(argumentsAbi.text()),
      signers: ['alice'],
    });
    const id = r0.id!;
    const refused: [string, string][] = [
      ['[null,1,true,{}]', 'error parse string arg &{<nil>}'],
      ['[{"c":1,"d":2,"a":3,"b":4},1,true,{}]', 'error parse string arg &{"a":3,"b":4,"c":1,"d":2}'],
      ['["abc",[{"c":1,"d":2,"a":3,"b":4}],true,{}]', 'error parse number arg &[{"a":3,"b":4,"c":1,"d":2}]'],
      ['["abc",1,{"c":1,"d":2,"a":3,"b":4},{}]', 'error parse bool arg &{"a":3,"b":4,"c":1,"d":2}'],
      ['[10,1,true,{}]', 'error parse string arg &{10}'],
      ['["abc",true,true,{}]', 'error parse number arg &{true}'],
      ['["abc",1,"abc",{}]', 'error parse bool arg &{abc}'],
    ];
    for (const [data, message] of refused) {
      const t = signed([{ contract: id, actionName: 'test', data }]);
      const r = vm.send(t);
      expect(r.status).toBe('error');
      expect(r.error).toContain(message);
      expect(r.error!.startsWith('prepare contract: ')).toBe(true);
      expect(r.gasUsed).toBe(10 * txBytes(t, 'full').length + read(vm) + 300);
    }
    // the whole message: vm/monitor.go UnmarshalArgs's "%v, %v" with go-simplejson v0.5.1's
    // String / Int64 / Bool errors (go-iost go.mod)
    const whole = (data: string) => vm.send(signed([{ contract: id, actionName: 'test', data }])).error;
    expect(whole('[10,1,true,{}]')).toBe(
      'prepare contract: error parse string arg &{10}, type assertion to string failed',
    );
    expect(whole('["abc",true,true,{}]')).toBe(
      'prepare contract: error parse number arg &{true}, invalid value type',
    );
    expect(whole('["abc",1,"abc",{}]')).toBe(
      'prepare contract: error parse bool arg &{abc}, type assertion to bool failed',
    );
    // the accepted forms run (Status.Message "")
    for (const data of ['["abc",1,true,{}]', '["abc",1,true,1]'])
      expect(vm.send(signed([{ contract: id, actionName: 'test', data }])).error).toBeUndefined();
  });

  test('an action refused after one that ran: the transaction fails as a whole', () => {
    const vm = fresh();
    const r = vm.send(
      signed([
        {
          contract: 'token.iost',
          actionName: 'transfer',
          data: JSON.stringify(['iost', 'erin', 'bob', '1', '']),
        },
        { contract: 'token.iost', actionName: 'transfer', data: '["iost","erin","bob",1,""]' },
      ]),
    );
    expect(r.error).toMatch(/^prepare contract: error parse string arg &\{1\}/);
    expect(vm.balance('iost', 'erin')).toBe(100_00000000n);
    expect(vm.balance('iost', 'bob')).toBe(10_00000000n);
  });
});

describe('a refused call from a contract (blockchain.call) and init called manually', () => {
  const code =
    "class C {\n  init() {}\n  c(h) { blockchain.call('system.iost', 'cancelDelaytx', [h]); }\n  n(h) { blockchain.call('system.iost', 'nopenopeno', [h]); }\n  i() { blockchain.call(blockchain.contractName(), 'init', []); }\n}\nmodule.exports = C;\n";
  const abi: [string, string[]][] = [
    ['c', ['json']],
    ['n', ['json']],
    ['i', []],
  ];

  test('refused arguments or a missing ABI cost what cancelDelaytx costs when it runs: GetCost each', () => {
    const vm = fresh();
    const id = deploy(vm, code, abi);
    // the same argument text in each pair (polyvm's gas for the JavaScript around the call reads it)
    const ran = call(vm, id, 'c', [HASH]);
    expect(ran.error).toMatch(/delaytx not exists/);
    const missing = call(vm, id, 'n', [HASH]);
    expect(missing.error).toMatch(/prepare contract: abi nopenopeno not found/);
    expect(missing.gasUsed).toBe(ran.gasUsed);
    // a number where system.go's ABI wants a string: refused in prepareContract
    const refused = call(vm, id, 'c', [1]);
    expect(refused.error).toMatch(/prepare contract: error parse string arg &\{1\}/);
    expect(refused.gasUsed).toBe(call(vm, id, 'n', [1]).gasUsed);
  });

  test('the top of a call: init 10 (CommonErrorCost(1)), a missing ABI or contract 300', () => {
    const vm = fresh();
    const id = deploy(vm, code, abi);
    const init = call(vm, id, 'init');
    expect(init).toMatchObject({ status: 'error', error: "prepare contract: cannot call 'init' manually" });
    expect(init.gasUsed).toBe(10);
    expect(call(vm, id, 'nope')).toMatchObject({
      error: 'prepare contract: abi nope not found',
      gasUsed: 300,
    });
    expect(call(vm, 'nowhere.iost', 'f')).toMatchObject({
      error: 'prepare contract: contract nowhere.iost not found',
      gasUsed: 300,
    });
    const nested = call(vm, id, 'i');
    expect(nested.error).toMatch(/prepare contract: cannot call 'init' manually/);
  });
});
