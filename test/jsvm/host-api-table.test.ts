/**
 * The host API table (src/jsvm/host-api.ts) against go-iost's: every function go-iost's
 * `vm/v8vm/v8/libjs/storage.js` and `blockchain.js` return (and `IOSTCrypto` of
 * `vm/v8vm/crypto.go`) exists in the sandbox with IOST's number of parameters, generated from
 * one row each or written beside them; the table's rows and the bridge agree.
 */
import { describe, expect, test } from 'vitest';
import { HOST_API, OP } from '../../src/jsvm/host-api.js';
import { STUBS } from '../../src/jsvm/prelude/stubs.js';
import { call, deploy, makeVm } from './helpers.js';

/** go-iost storage.js / blockchain.js: each returned member and the parameters its function declares. */
const IOST = {
  storage: {
    put: 3,
    get: 1,
    has: 1,
    del: 1,
    mapPut: 4,
    mapHas: 2,
    mapGet: 2,
    mapKeys: 1,
    mapLen: 1,
    mapDel: 2,
    globalGet: 2,
    globalHas: 2,
    globalMapHas: 3,
    globalMapGet: 3,
    globalMapKeys: 2,
    globalMapLen: 2,
  },
  blockchain: {
    transfer: 4,
    withdraw: 3,
    deposit: 3,
    blockInfo: 0,
    txInfo: 0,
    contextInfo: 0,
    contractName: 0,
    publisher: 0,
    contractOwner: 0,
    call: 3,
    callWithAuth: 3,
    requireAuth: 2,
    receipt: 1,
    event: 1,
  },
  // crypto.go: sha3(msg), sha3Hex(hex), ripemd160Hex(hex), verify(algo, msg, sig, pubkey).
  IOSTCrypto: { sha3: 1, sha3Hex: 1, ripemd160Hex: 1, verify: 4 },
} as const;

describe('host API table', () => {
  test('row names are unique and each row is reached by its own index', () => {
    expect(new Set(HOST_API.map((r) => r.name)).size).toBe(HOST_API.length);
    for (const [i, r] of HOST_API.entries()) expect(OP[r.name]).toBe(i);
  });

  test('every generated stub is a go-iost member of its object, with its parameters', () => {
    for (const row of HOST_API) {
      if (row.object === undefined) continue;
      const iost = IOST[row.object] as Record<string, number>;
      expect(iost[row.name], `${row.object}.${row.name}`).toBe(row.params.length);
      expect(STUBS[row.object]).toContain(`${row.name}(${row.params.map((p) => p.name).join(', ')}) {`);
    }
  });

  test("the sandbox holds every go-iost member with go-iost's number of parameters", () => {
    const vm = makeVm();
    const id = deploy(
      vm,
      `class T { init() {}
        shape() {
          const o = { storage, blockchain, IOSTCrypto };
          const out = {};
          for (const name in o) { out[name] = {}; for (const k in o[name]) out[name][k] = o[name][k].length; }
          return out;
        } }
      module.exports = T;`,
      [['shape']],
    );
    const r = call(vm, id, 'shape');
    expect(r.status, r.error).toBe('success');
    expect(JSON.parse(r.returns[0] as string)).toEqual(IOST);
  });
});
