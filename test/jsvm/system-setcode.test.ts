/**
 * Signed deploys and updates as iwallet sends them: a transaction's action `system.iost`
 * `setCode(code)` / `updateCode(code, data)` (go-iost vm/native/system.go), the code a contract
 * record as JSON or base64 of its protobuf (core/contract/contract.proto). The id is
 * `Contract` + base58 of the transaction's hash (system.go: `"Contract" + tx hash`).
 */
import { describe, expect, test } from 'vitest';
import { base58Encode } from '../../src/core/base58.js';
import { JsVm } from '../../src/jsvm/index.js';
import { type IostTx, keyPair, signTx, txBytes, txHash } from '../../src/jsvm/tx.js';
import { MemoryStore } from '../../src/state/index.js';

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
  return signTx(
    {
      time: clock,
      expiration: clock + 90_000_000_000n,
      gasRatio: 100n,
      gasLimit: 400_000_000n,
      delay: 0n,
      chainId: 1024,
      signers: [],
      actions: [{ contract, actionName, data: JSON.stringify(args) }],
      amountLimit: [],
      signs: [],
      publisher: 'dave',
      publishSigns: [],
    },
    'dave',
    [key],
  );
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
    // Net: 10 × (the transaction's bytes + `["Contract…"]`)
    const plain = fresh().deploy({ code: CODE, abi: INFO, signers: ['dave'], id });
    expect(r.gasUsed - plain.gasUsed).toBe(10 * (txBytes(t, 'full').length + id.length + 4));
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
    const id = r.returns[0]!;
    expect(vm.call({ contract: id, method: 'hello', args: '[]', signers: ['dave'] }).returns).toEqual([
      'world',
    ]);
    expect(vm.loadContract(id)?.abi.abi.map((m) => m.name)).toEqual(['hello', 'can_update']);
  });

  test('updateCode(record with the id, data): can_update decides; a broken contract or record fails the transaction', () => {
    const vm = fresh();
    const id = vm.send(signed('system.iost', 'setCode', [JSON.stringify({ info: INFO, code: CODE })]))
      .returns[0]!;
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
    expect(vm.send(signed('system.iost', 'cancelDelaytx', ['h'])).error).toMatch(/not supported by polyvm/);
  });
});
