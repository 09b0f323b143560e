/**
 * Signed deploys and updates as iwallet sends them: a transaction's action `system.iost`
 * `setCode(code)` / `updateCode(code, data)` (go-iost vm/native/system.go), the code a contract
 * record as JSON or base64 of its protobuf (core/contract/contract.proto). The id is
 * `Contract` + base58 of the transaction's hash (system.go: `"Contract" + tx hash`).
 */
import { describe, expect, test } from 'vitest';
import { base58Encode } from '../../src/core/base58.js';
import { utf8ToBytes } from '../../src/core/bytes.js';
import { JsVm } from '../../src/jsvm/index.js';
import { keys } from '../../src/jsvm/keys.js';
import { type IostTx, keyPair, signTx, txBytes, txHash } from '../../src/jsvm/tx.js';
import { MemoryStore } from '../../src/state/index.js';
import { goIostFile } from './go-iost.js';
import { signedTx } from './helpers.js';

const key = keyPair(base58Encode(new Uint8Array(32).fill(5)), 'secp256k1');
const CODE =
  "class Hello {\n  init() { storage.put('v', '1'); }\n  hello() { return 'world'; }\n  can_update(d) { return d === 'go'; }\n}\nmodule.exports = Hello;\n";
const INFO = {
  lang: 'javascript',
  version: '1.0.0',
  abi: [
    { name: 'hello', args: [] },
    { name: 'can_update', args: ['string'] },
  ],
};

let clock = 1_700_000_000_000_000_000n;
function signed(contract: string, actionName: string, args: unknown[]): IostTx {
  clock += 1_000_000_000n;
  return signedTx([{ contract, actionName, data: JSON.stringify(args) }], 'dave', [key], clock);
}

/** contract.proto by hand: every field length-delimited (tag = field << 3 | 2). */
function proto(fields: [number, Uint8Array | string][]): Uint8Array {
  const parts: number[] = [];
  for (const [n, v] of fields) {
    const b = typeof v === 'string' ? new TextEncoder().encode(v) : v;
    parts.push((n << 3) | 2);
    let len = b.length;
    while (len >= 0x80) {
      parts.push((len & 0x7f) | 0x80);
      len >>>= 7;
    }
    parts.push(len, ...b);
  }
  return Uint8Array.from(parts);
}

function fresh(payRam = false) {
  const vm = new JsVm(new MemoryStore(), { payRam });
  vm.createAccount('dave', '10', { owner: key.pubkey, active: key.pubkey });
  vm.ledger.setBalance('ram', 'dave', 10_000n);
  return vm;
}

describe('system.iost setCode and updateCode in signed transactions (go-iost vm/native/system.go)', () => {
  test('setCode with a JSON record: id Contract + base58 of the transaction hash, init run, returns the id', () => {
    const vm = fresh(true);
    const t = signed('system.iost', 'setCode', [JSON.stringify({ ID: 'ignored', info: INFO, code: CODE })]);
    const r = vm.send(t);
    expect(r.error).toBeUndefined();
    const id = `Contract${base58Encode(txHash(t))}`;
    expect(r.returns).toEqual([id]);
    expect(vm.contractOwner(id)).toBe('dave');
    const hello = vm.call({ contract: id, method: 'hello', args: '[]', signers: ['dave'] });
    expect(hello.returns).toEqual(['world']);
    // RAM: the record, contract_owner, and init's value (paid by the owner, dave)
    expect(Object.keys(r.ramUsage ?? {})).toEqual(['dave', id]);
    // Net: 10 × (the transaction's bytes + `["Contract…"]`), and reading dave's account to check
    // the publisher (authority.go ReadAuth: `s` + its JSON + `@auth.iost`, 1 a byte)
    const plain = fresh().deploy({ code: CODE, abi: INFO, signers: ['dave'], id });
    const read = 2 + JSON.stringify(vm.ledger.loadAuth('dave')).length + 'auth.iost'.length;
    expect(r.gasUsed - plain.gasUsed).toBe(10 * (txBytes(t, 'full').length + id.length + 4) + read);
  });

  test('setCode with base64 of the protobuf record deploys the same contract', () => {
    const vm = fresh();
    const abi = INFO.abi.map((m) => proto([[1, m.name], ...m.args.map((a): [number, string] => [2, a])]));
    const info = proto([[1, INFO.lang], [2, INFO.version], ...abi.map((m): [number, Uint8Array] => [3, m])]);
    const record = Buffer.from(
      proto([
        [1, 'x'],
        [2, info],
        [3, CODE],
      ]),
    ).toString('base64');
    const t = signed('system.iost', 'setCode', [record]);
    const r = vm.send(t);
    expect(r.error).toBeUndefined();
    const id = r.returns[0] as string;
    expect(vm.call({ contract: id, method: 'hello', args: '[]', signers: ['dave'] }).returns).toEqual([
      'world',
    ]);
    expect(vm.loadContract(id)?.abi.abi.map((m) => m.name)).toEqual(['hello', 'can_update']);
  });

  test('updateCode(record with the id, data): can_update decides; a broken contract or record fails the transaction', () => {
    const vm = fresh();
    const id = vm.send(signed('system.iost', 'setCode', [JSON.stringify({ info: INFO, code: CODE })]))
      .returns[0] as string;
    const v2 = CODE.replace("return 'world';", "return 'world 2';");
    const record = JSON.stringify({ ID: id, info: INFO, code: v2 });
    expect(vm.send(signed('system.iost', 'updateCode', [record, 'no'])).error).toBe('update refused');
    const ok = vm.send(signed('system.iost', 'updateCode', [record, 'go']));
    expect(ok.error).toBeUndefined();
    expect(ok.returns).toEqual([]);
    expect(vm.call({ contract: id, method: 'hello', args: '[]', signers: ['dave'] }).returns).toEqual([
      'world 2',
    ]);
    const bad = vm.send(
      signed('system.iost', 'setCode', [JSON.stringify({ info: INFO, code: 'class X {}' })]),
    );
    expect(bad.status).toBe('error');
    expect(bad.error).toMatch(/^contract invalid: /);
    expect(vm.send(signed('system.iost', 'setCode', ['@@@'])).error).toBe(
      'contract record is neither JSON nor base64',
    );
    // system.go hostSettings asks admin@system first (test/jsvm/system-natives.test.ts)
    expect(vm.send(signed('system.iost', 'hostSettings', ['{}'])).error).toBe(
      'set host settings need admin@system permission',
    );
  });
});

const utils = goIostFile('test/integration/utils_test.go');
const hello = goIostFile('test/integration/test_data/helloworld.js');
describe(`go-iost verifier_test.go TestSetCode, as its simulator sends it${utils.skip}${hello.skip}`, () => {
  test.skipIf(!utils.found || !hello.found)('GasUsage 24,425,800 (244,258 gas) and 450 bytes of RAM', () => {
    // user_0's key: the first of utils_test.go's keys, secp256k1 (read from the checkout)
    const seckey = /var keys = \[\]string\{\s*"([1-9A-HJ-NP-Za-km-z]+)"/.exec(utils.text())![1]!;
    const kp = keyPair(seckey, 'secp256k1');
    const vm = new JsVm(new MemoryStore(), { payRam: true });
    vm.createAccount('user_0', '0');
    vm.ledger.setBalance('ram', 'user_0', 3000n); // s.SetRAM(acc.ID, 3000)
    // s.SetAccount(acc.ToAccount()): account.NewAccountFromKeys as Go's json.Marshal writes it
    // (account/account.go: fields in struct order, permissions a map in key order, nil groups
    // null), stored by database.MustMarshal without a payer: `s` + JSON + `@`
    const item = { id: kp.pubkey, permission: '', is_key_pair: true, weight: 1 };
    const perm = (name: string) => ({ name, groups: null, items: [item], threshold: 1 });
    const account = {
      id: 'user_0',
      referrer: '',
      groups: {},
      permissions: { active: perm('active'), owner: perm('owner') },
    };
    vm.ledger.cache.put(keys.mapField('auth.iost', 'auth', 'user_0'), utf8ToBytes(JSON.stringify(account)));
    vm.ledger.cache.put(keys.mapPayer('auth.iost', 'auth', 'user_0'), new Uint8Array());
    // s.Compile("hw", …) then DeployContract: json.Marshal of the contract (contract.pb.go's
    // omitempty drops the empty args), inside the JSON array of setCode's arguments
    const record = JSON.stringify({
      ID: 'hw',
      info: { lang: 'javascript', version: '1.0.0', abi: [{ name: 'hello' }] },
      code: hello.text(),
    });
    const t = signTx(
      {
        time: 123_460_000_000_000n,
        expiration: 123_460_000_000_000n + 1_000_000_000n,
        gasRatio: 100n,
        gasLimit: 400_000_000n,
        delay: 0n,
        chainId: 0,
        signers: [],
        actions: [{ contract: 'system.iost', actionName: 'setCode', data: JSON.stringify([record]) }],
        amountLimit: [],
        signs: [],
        publisher: 'user_0',
        publishSigns: [],
      },
      'user_0',
      [kp],
    );
    const r = vm.send(t);
    expect(r.error).toBeUndefined();
    const id = r.returns[0] as string;
    expect(id).toHaveLength(52); // as TestSetCode's ContractDqvQ…E72p; its RAM counts the id
    expect(r.ramUsage).toEqual({ user_0: 450 });
    expect(vm.balance('ram', 'user_0')).toBe(2550n);
    expect(r.gasUsed).toBe(24_425_800 / 100);
    expect(vm.call({ contract: id, method: 'hello', args: '[]', signers: ['user_0'] }).returns).toEqual([
      'world',
    ]);
  });
});
