/**
 * `storage.get` of a key that was never written (or was deleted) is `null`, as on IOST: go-iost
 * vm/host/db_handler.go Get parses the store's "n" (vm/database/serializer.go NilPrefix, what
 * chainbaseAdapter.Get and WriteCache.Get give for a missing or deleted key) to nil,
 * vm/v8vm/storage.go goGet then leaves the result unset, and vm/v8vm/v8/storage.cc
 * IOSTContractStorage_Get returns `null` (`SetNull`) when no result was set. mapGet, globalGet
 * and globalMapGet go the same way (goMapGet, goGlobalGet, goGlobalMapGet). So a genesis
 * contract's `val === ""` test is false for a missing key, and its `JSON.parse(val)` gives null.
 */
import { expect, test } from 'vitest';
import { call, deploy, makeVm } from './helpers.js';

const CODE = `class S {
  init() {}
  probe() {
    const me = blockchain.contractName();
    const before = [storage.get('k'), storage.mapGet('m', 'f'), storage.globalGet(me, 'k'),
      storage.globalMapGet(me, 'm', 'f'), storage.has('k'), storage.mapHas('m', 'f')];
    storage.put('k', 'v'); storage.mapPut('m', 'f', 'w');
    const set = [storage.get('k'), storage.mapGet('m', 'f')];
    storage.del('k'); storage.mapDel('m', 'f');
    const after = [storage.get('k'), storage.mapGet('m', 'f'), storage.get('k') === '', JSON.parse(storage.get('k'))];
    return { before, set, after };
  }
}
module.exports = S;`;

test('get, mapGet, globalGet and globalMapGet of a missing or deleted key are null', () => {
  const vm = makeVm();
  const id = deploy(vm, CODE, [['probe']]);
  const r = call(vm, id, 'probe');
  expect(r.status).toBe('success');
  expect(JSON.parse(r.returns[0] as string)).toEqual({
    before: [null, null, null, null, false, false],
    set: ['v', 'w'],
    after: [null, null, false, null],
  });
  vm.close();
});
