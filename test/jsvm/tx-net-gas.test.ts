/**
 * A signed transaction's Net, as go-iost vm/isolator.go charges it: PrepareTx pays
 * `len(t.ToBytes(tx.Full))` and Run each action's returns as JSON (`len(ret)`, Go's
 * json.Marshal), both Net, which core/contract/cost.go ToGas counts 10 gas a byte. The same
 * calls made with `signers: [NAME]` (no transaction bytes) pay neither, so the difference is
 * exactly 10 × (transaction bytes + returns): a hand derivation from those two files.
 */
import { describe, expect, test } from 'vitest';
import { base58Encode } from '../../src/core/base58.js';
import { goJsonLength, type IostTx, keyPair, signTx, txBytes } from '../../src/jsvm/tx.js';
import { call, deploy, makeVm } from './helpers.js';

const key = keyPair(base58Encode(new Uint8Array(32).fill(9)), 'secp256k1');

function signed(actions: IostTx['actions']): IostTx {
  return signTx(
    {
      time: 1_700_000_000_000_000_000n,
      expiration: 1_700_000_090_000_000_000n,
      gasRatio: 100n,
      gasLimit: 400_000_000n,
      delay: 0n,
      chainId: 1024,
      signers: [],
      actions,
      amountLimit: [],
      signs: [],
      publisher: '',
      publishSigns: [],
    },
    'carol',
    [key],
  );
}

describe('Net of signed transactions (go-iost vm/isolator.go, core/contract/cost.go)', () => {
  const code = `class N {\n  init() {}\n  echo(s) { return s; }\n  none() {}\n}\nmodule.exports = N;\n`;
  const fresh = () => {
    const vm = makeVm();
    vm.createAccount('carol', '100', { owner: key.pubkey, active: key.pubkey });
    deploy(vm, code, [['echo', ['string']], ['none']], 'net_c');
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
    expect(r.gasUsed - plain.gasUsed).toBe(10 * (txBytes(t, 'full').length + 26));
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
    expect(r.gasUsed - cpu).toBe(10 * (txBytes(t, 'full').length + 4 + 5));
  });
});
