/**
 * A signed transaction's Net, as go-iost vm/isolator.go charges it: PrepareTx pays
 * `len(t.ToBytes(tx.Full))` and Run each action's returns as JSON (`len(ret)`, Go's
 * json.Marshal), both Net, which core/contract/cost.go ToGas counts 10 gas a byte. The same
 * calls made with `signers: [NAME]` (no transaction bytes) pay neither, so the difference is
 * exactly 10 × (transaction bytes + returns): a hand derivation from those two files.
 */
import { describe, expect, test } from 'vitest';
import { base58Encode } from '../../src/core/base58.js';
import type { JsVm } from '../../src/jsvm/index.js';
import { goJsonLength, type IostTx, keyPair, signTx, txBytes, txHash } from '../../src/jsvm/tx.js';
import { call, deploy, makeVm, signedTx } from './helpers.js';

const key = keyPair(base58Encode(new Uint8Array(32).fill(9)), 'secp256k1');

const signed = (actions: IostTx['actions']) => signedTx(actions, 'carol', [key]);

/**
 * What checking the publisher costs it (host.go CheckPublisher, authority.go ReadAuth): the
 * account record as stored, `s` + JSON + `@` + payer (auth.iost for a genesis account), 1 a byte.
 */
const read = (vm: JsVm) => 2 + JSON.stringify(vm.ledger.loadAuth('carol')).length + 'auth.iost'.length;

describe('Net of signed transactions (go-iost vm/isolator.go, core/contract/cost.go)', () => {
  const code = `class N {\n  init() {}\n  echo(s) { return s; }\n  none() {}\n  info() { return blockchain.txInfo(); }\n  t() { return [tx.time, tx.hash, tx.gasRatio, tx.expiration].join(' '); }\n}\nmodule.exports = N;\n`;
  const fresh = () => {
    const vm = makeVm();
    vm.createAccount('carol', '100', { owner: key.pubkey, active: key.pubkey });
    deploy(vm, code, [['echo', ['string']], ['none'], ['info'], ['t']], 'net_c');
    return vm;
  };

  test('one action: 10 × (the transaction bytes + its returns as Go JSON)', () => {
    const vm = fresh();
    const args = JSON.stringify(['<a & b>']);
    const plain = call(vm, 'net_c', 'echo', ['<a & b>'], ['carol']);
    const t = signed([{ contract: 'net_c', actionName: 'echo', data: args }]);
    const r = vm.send(t);
    expect(r.returns).toEqual(['<a & b>']);
    // Go escapes < > & as \u003c \u003e \u0026: ["\u003ca \u0026 b\u003e"] is 2 + 2 + 3 × 6 + 4 = 26 bytes
    expect(goJsonLength(r.returns)).toBe(26);
    expect(r.gasUsed - plain.gasUsed).toBe(10 * (txBytes(t, 'full').length + 26) + read(vm));
  });

  test('two actions each add their returns; a method returning nothing returns [""]', () => {
    const vm = fresh();
    const plain = [call(vm, 'net_c', 'none', [], ['carol']), call(vm, 'net_c', 'echo', ['x'], ['carol'])];
    const t = signed([
      { contract: 'net_c', actionName: 'none', data: '[]' },
      { contract: 'net_c', actionName: 'echo', data: '["x"]' },
    ]);
    const r = vm.send(t);
    expect(r.status).toBe('success');
    const cpu = plain[0]!.gasUsed + plain[1]!.gasUsed;
    // ["" ] is 4 bytes, ["x"] 5
    expect(r.gasUsed - cpu).toBe(10 * (txBytes(t, 'full').length + 4 + 5) + read(vm));
  });

  test('txInfo of a signed transaction is its own (isolator.go loadTxInfo; info.go marshals a Go map: sorted keys)', () => {
    const vm = fresh();
    const t = signed([{ contract: 'net_c', actionName: 'info', data: '[]' }]);
    const r = vm.send(t);
    expect(r.error).toBeUndefined();
    const left = 4_000_000 - 10 * txBytes(t, 'full').length - read(vm); // GasLimit / GasRatio less what was paid
    expect(r.returns[0]).toBe(
      `{"actions":[{"contract":"net_c","actionName":"info","data":"[]"}],"amount_limit":[],` +
        `"auth_list":{"${key.pubkey}":2},"expiration":1700000090000000000,"gas_limit":${left},` +
        `"gas_ratio":100,"hash":"${base58Encode(txHash(t))}","publisher":"carol","time":1700000000000000000}`,
    );
    const tt = vm.send(signed([{ contract: 'net_c', actionName: 't', data: '[]' }]));
    expect(tt.returns[0]).toMatch(/^1700000000000000000 [1-9A-HJ-NP-Za-km-z]+ 100 1700000090000000000$/);
  });

  test('the gas limit is GasLimit / GasRatio; ratio and limit outside tx.go CheckGas are refused', () => {
    const vm = fresh();
    const t = signed([{ contract: 'net_c', actionName: 'info', data: '[]' }]);
    const doubled = signTx({ ...t, gasRatio: 200n, publishSigns: [] }, 'carol', [key]);
    const info = JSON.parse(vm.send(doubled).returns[0] as string) as {
      gas_limit: number;
      gas_ratio: number;
    };
    expect(info.gas_ratio).toBe(200);
    expect(info.gas_limit).toBe(2_000_000 - 10 * txBytes(doubled, 'full').length - read(vm));
    expect(() => vm.send(signTx({ ...t, gasRatio: 99n, publishSigns: [] }, 'carol', [key]))).toThrow(
      'gas ratio illegal, should in [1, 100]',
    );
    expect(() => vm.send(signTx({ ...t, gasLimit: 599_999n, publishSigns: [] }, 'carol', [key]))).toThrow(
      'gas limit illegal, should in [6000, 4000000]',
    );
  });
});
