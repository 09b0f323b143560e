/**
 * system.iost's methods besides setCode / updateCode (test/jsvm/system-setcode.test.ts).
 *
 * `cancelDelaytx(hash)` as go-iost vm/native/system.go has it since f953134b
 * ("make cancelDelaytx compatible", after 275b8108 removed delayed transactions): the ABI
 * stays (one `string` argument) and every call fails `delaytx not exists`, its `do` returning
 * `host.Costs["GetCost"]` (vm/host/costs.go: 300). As a transaction's action vm/monitor.go Call
 * first adds CommonOpCost of the ABI's amountLimit, which every native ABI has one of
 * (vm/native/abi.go: `*` unlimited): 10. A failed action returns "" (isolator.go runAction), so
 * no Net for returns; the transaction's bytes are Net (10 a byte) and the publisher check
 * reads its account (1 a byte), as test/jsvm/tx-net-gas.test.ts derives. So a signed
 * cancelDelaytx costs 10 × bytes + read + 310, by hand from those files.
 *
 * `receipt(content)`: system.go's do is `h.Receipt(content)` (vm/host/vm_apis.go: a receipt
 * named by the context's contract and abi, `system.iost/receipt`; ReceiptCost(len(s)), Net 1 a
 * byte, 10 gas), returning `[]` (Net 2 as the action's JSON returns).
 */
import { describe, expect, test } from 'vitest';
import { base58Encode } from '../../src/core/base58.js';
import { JsArgumentsError, type JsVm } from '../../src/jsvm/index.js';
import { type IostTx, keyPair, txBytes } from '../../src/jsvm/tx.js';
import { call, deploy, makeVm, signedTx, snapshot } from './helpers.js';

const key = keyPair(base58Encode(new Uint8Array(32).fill(7)), 'secp256k1');

const signed = (actions: IostTx['actions']) => signedTx(actions, 'erin', [key]);

/** host.go CheckPublisher's read of the account record: `s` + JSON + `@` + payer (auth.iost). */
const read = (vm: JsVm) => 2 + JSON.stringify(vm.ledger.loadAuth('erin')).length + 'auth.iost'.length;

function fresh() {
  const vm = makeVm();
  vm.createAccount('erin', '100', { owner: key.pubkey, active: key.pubkey });
  return vm;
}

const HASH = '4uXLsmFZ8bS5ZUVUgDkrdqh8tEQ9VvGL3PRkRTcCmAGS';

describe('system.iost cancelDelaytx (go-iost vm/native/system.go)', () => {
  test('a signed action fails "delaytx not exists", charged 10 × bytes + read + 310, nothing changes', () => {
    const vm = fresh();
    const before = snapshot(vm);
    const t = signed([
      { contract: 'system.iost', actionName: 'cancelDelaytx', data: JSON.stringify([HASH]) },
    ]);
    const r = vm.send(t);
    expect(r.status).toBe('error');
    expect(r.error).toBe('delaytx not exists');
    expect(r.gasUsed).toBe(10 * txBytes(t, 'full').length + read(vm) + 310);
    expect(r.receipts).toEqual([]);
    expect(r.returns).toEqual([]);
    expect(vm.balance('iost', 'erin')).toBe(100_00000000n);
    // the failed transaction leaves only polyvm's transaction counter behind
    expect(snapshot(vm).split('\n').length).toBe(before.split('\n').length);
  });

  test('the actions after it do not run: the transaction fails as a whole', () => {
    const vm = fresh();
    const t = signed([
      {
        contract: 'token.iost',
        actionName: 'transfer',
        data: JSON.stringify(['iost', 'erin', 'bob', '1', '']),
      },
      { contract: 'system.iost', actionName: 'cancelDelaytx', data: JSON.stringify([HASH]) },
    ]);
    const r = vm.send(t);
    expect(r.error).toBe('delaytx not exists');
    expect(vm.balance('iost', 'erin')).toBe(100_00000000n);
    expect(vm.balance('iost', 'bob')).toBe(10_00000000n);
  });

  test('called by a contract (blockchain.call) it fails the transaction the same way', () => {
    const vm = fresh();
    const id = deploy(
      vm,
      "class C {\n  init() {}\n  cancel(h) { storage.put('x', '1'); blockchain.call('system.iost', 'cancelDelaytx', [h]); }\n}\nmodule.exports = C;\n",
      [['cancel', ['string']]],
    );
    const before = snapshot(vm);
    const r = call(vm, id, 'cancel', [HASH]);
    expect(r.status).toBe('error');
    expect(r.error).toMatch(/delaytx not exists/);
    expect(snapshot(vm).split('\n').length).toBe(before.split('\n').length);
  });

  test("arguments are checked against system.go's ABI (monitor.go UnmarshalArgs messages)", () => {
    const vm = fresh();
    expect(() => call(vm, 'system.iost', 'cancelDelaytx', [], ['erin'])).toThrow(JsArgumentsError);
    expect(() => call(vm, 'system.iost', 'cancelDelaytx', [], ['erin'])).toThrow(
      'args length unmatched to abi cancelDelaytx. need 1, got 0',
    );
    expect(() => call(vm, 'system.iost', 'cancelDelaytx', [1], ['erin'])).toThrow(
      /error parse string arg &{1}/,
    );
    const bad = vm.send(signed([{ contract: 'system.iost', actionName: 'cancelDelaytx', data: '[1]' }]));
    expect(bad.status).toBe('error');
    expect(bad.error).toMatch(/^prepare contract: error parse string arg &{1}/);
    // the signers form runs it as a top-level action too
    expect(call(vm, 'system.iost', 'cancelDelaytx', [HASH], ['erin']).error).toBe('delaytx not exists');
    expect(call(vm, 'system.iost', 'nope', [], ['erin']).error).toBe('prepare contract: abi nope not found');
  });
});

describe('system.iost receipt (go-iost vm/native/system.go, vm/host/vm_apis.go)', () => {
  test('a signed action adds system.iost/receipt, charged 10 × bytes + read + 10 + 10 a content byte + 10 × 2', () => {
    const vm = fresh();
    const content = 'héllo, IOST';
    const t = signed([{ contract: 'system.iost', actionName: 'receipt', data: JSON.stringify([content]) }]);
    const r = vm.send(t);
    expect(r.error).toBeUndefined();
    expect(r.receipts).toEqual([{ func_name: 'system.iost/receipt', content }]);
    expect(r.returns).toEqual([]);
    const bytes = new TextEncoder().encode(content).length; // 12: é is two bytes
    expect(bytes).toBe(12);
    expect(r.gasUsed).toBe(10 * txBytes(t, 'full').length + read(vm) + 10 + 10 * bytes + 10 * 2);
  });

  test('from a contract it is kept only if the transaction succeeds', () => {
    const vm = fresh();
    const id = deploy(
      vm,
      "class R {\n  init() {}\n  say(m, fail) { blockchain.call('system.iost', 'receipt', [m]); if (fail) throw new Error('no'); return 'ok'; }\n}\nmodule.exports = R;\n",
      [['say', ['string', 'bool']]],
    );
    const ok = call(vm, id, 'say', ['kept', false]);
    expect(ok.error).toBeUndefined();
    expect(ok.receipts).toEqual([{ func_name: 'system.iost/receipt', content: 'kept' }]);
    const bad = call(vm, id, 'say', ['dropped', true]);
    expect(bad.status).toBe('error');
    expect(bad.receipts).toEqual([]);
  });
});

/**
 * `requireAuth(id, permission)`: system.go's do returns `[]any{b}` with h.RequireAuth's cost
 * (vm/host/authority.go): a `signer_list` entry (authNormal) CommonOpCost(1) = 10; otherwise
 * ReadAuth's length of the stored record (the same read the publisher check costs), key items
 * not counting under authNormal, owner not falling back; a contract CommonOpCost(1), true when
 * it lent its authority (auth_contract_list). isolator.go runAction marshals the returns as
 * JSON: `[true]` (6 bytes of Net, 60 gas), `[false]` (7, 70). blockchain.js call JSON.parses
 * goCall's `json.Marshal(callRs)`: a contract gets the boolean.
 */
describe('system.iost requireAuth (go-iost vm/native/system.go, vm/host/authority.go)', () => {
  const action = (id: string, perm: string) =>
    signed([{ contract: 'system.iost', actionName: 'requireAuth', data: JSON.stringify([id, perm]) }]);

  test('a signed action: [true] for the publisher@active (a signer_list entry), 10 + 10 + 60', () => {
    const vm = fresh();
    const t = action('erin', 'active');
    const r = vm.send(t);
    expect(r.error).toBeUndefined();
    expect(r.returns).toEqual([true]);
    expect(r.gasUsed).toBe(10 * txBytes(t, 'full').length + read(vm) + 10 + 10 + 10 * '[true]'.length);
  });

  test('[false] is a result, not a failure: owner (keys do not count under authNormal), a missing account', () => {
    const vm = fresh();
    const t = action('erin', 'owner');
    const r = vm.send(t);
    expect(r.status).toBe('success');
    expect(r.returns).toEqual([false]);
    expect(r.gasUsed).toBe(10 * txBytes(t, 'full').length + read(vm) + 10 + read(vm) + 10 * '[false]'.length);
    const none = action('nobody', 'active');
    const n = vm.send(none);
    expect(n.returns).toEqual([false]);
    // ReadAuth of a record that is not there reads vm/database adapter.go's NilPrefix "n": 1 byte
    expect(n.gasUsed).toBe(10 * txBytes(none, 'full').length + read(vm) + 10 + 1 + 10 * '[false]'.length);
  });

  test('from a contract blockchain.call gives the boolean; a contract id holds when it lent its authority', () => {
    const vm = fresh();
    const id = deploy(
      vm,
      "class A {\n  init() {}\n  ask(who, lend) {\n    const r = lend ? blockchain.callWithAuth('system.iost', 'requireAuth', [who, 'active']) : blockchain.call('system.iost', 'requireAuth', [who, 'active']);\n    return [typeof r[0], r[0], r.length];\n  }\n  me(lend) { return this.ask(blockchain.contractName(), lend); }\n}\nmodule.exports = A;\n",
      [
        ['ask', ['string', 'bool']],
        ['me', ['bool']],
      ],
    );
    expect(call(vm, id, 'ask', ['alice', false]).returns).toEqual(['["boolean",true,1]']);
    expect(call(vm, id, 'ask', ['erin', false]).returns).toEqual(['["boolean",false,1]']);
    expect(call(vm, id, 'me', [false]).returns).toEqual(['["boolean",false,1]']);
    expect(call(vm, id, 'me', [true]).returns).toEqual(['["boolean",true,1]']);
  });
});

/**
 * system.go's administrative methods on a dev chain. `initSetCode` fails `initSetCode in
 * normal block` outside block 0, its do returning Cost0 (so 10 × bytes + read + 10 as an
 * action). `hostSettings` and `updateNativeCode` first ask h.RequireAuth("admin", "system")
 * and fail with their messages and that check's cost: an `admin` record that is not there is
 * ReadAuth's "n", 1 byte. Past the check polyvm refuses them (docs/jsvm.md says why).
 */
describe('system.iost initSetCode, hostSettings, updateNativeCode (go-iost vm/native/system.go)', () => {
  const base = (vm: JsVm, t: IostTx) => 10 * txBytes(t, 'full').length + read(vm) + 10;

  test('initSetCode in a normal block: "initSetCode in normal block", charged nothing of its own', () => {
    const vm = fresh();
    const before = snapshot(vm);
    const t = signed([
      { contract: 'system.iost', actionName: 'initSetCode', data: JSON.stringify(['x.iost', 'AAAA']) },
    ]);
    const r = vm.send(t);
    expect(r).toMatchObject({ status: 'error', error: 'initSetCode in normal block' });
    expect(r.gasUsed).toBe(base(vm, t));
    expect(snapshot(vm).split('\n').length).toBe(before.split('\n').length);
  });

  test('hostSettings and updateNativeCode without admin@system: their messages, the check costing 1', () => {
    const vm = fresh();
    for (const [actionName, args, error] of [
      ['hostSettings', ['{"costs":{}}'], 'set host settings need admin@system permission'],
      ['updateNativeCode', ['token.iost', '1.0.0', ''], 'update native code need admin@system permission'],
    ] as const) {
      const t = signed([{ contract: 'system.iost', actionName, data: JSON.stringify(args) }]);
      const r = vm.send(t);
      expect(r).toMatchObject({ status: 'error', error });
      expect(r.gasUsed).toBe(base(vm, t) + 1);
    }
  });

  test('signed by admin (system falls back to active, a signer: 10), polyvm refuses what follows', () => {
    const vm = fresh();
    vm.createAccount('admin', '1');
    for (const [api, args] of [
      ['hostSettings', ['{"costs":{}}']],
      ['updateNativeCode', ['token.iost', '1.0.0', '']],
    ] as const) {
      const r = call(vm, 'system.iost', api, [...args], ['admin']);
      expect(r.status).toBe('error');
      expect(r.error).toMatch(/not supported by polyvm/);
      expect(r.gasUsed).toBe(10 + 10);
    }
  });
});
