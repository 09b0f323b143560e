/** Same inputs give the same results, state and gas, on fresh engines and warm ones alike. */
import { expect, test } from 'vitest';
import { call, deploy, makeVm, snapshot } from './helpers.js';

const code = `class D { init() { storage.put('seed', IOSTCrypto.sha3('seed')); }
  mix(n) {
    let h = storage.get('seed');
    for (let i = 0; i < n; i++) { h = IOSTCrypto.sha3(h + i); storage.mapPut('h', String(i), h); }
    const b = new BigNumber(n).div(7).times(block.number).toFixed(8);
    blockchain.event(JSON.stringify({ h, b, t: tx.hash }));
    return [h, b, storage.mapKeys('h').length, block.time];
  }
}
module.exports = D;`;

function session() {
  const vm = makeVm();
  const id = deploy(vm, code, [['mix', ['number']]]);
  const results = [5, 9, 2].map((n) => call(vm, id, 'mix', [n]));
  const out = { id, results, state: snapshot(vm) };
  vm.close();
  return out;
}

test('two independent engines produce identical ids, returns, events, gas and state', () => {
  const a = session();
  const b = session();
  expect(a.results.every((r) => r.status === 'success')).toBe(true);
  expect(b).toEqual(a);
});
