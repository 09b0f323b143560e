/** Every host function inside the sandbox, with IOST's names and behaviour. */
import { describe, expect, test } from 'vitest';
import { call, deploy, makeVm } from './helpers.js';

const vm = makeVm();
const logs: string[] = [];
const code = `
class Api {
  init() {}
  storageRoundTrip() {
    const out = [];
    out.push(storage.has('k'), storage.get('k'));
    storage.put('k', 'v');
    out.push(storage.has('k'), storage.get('k'));
    storage.del('k');
    out.push(storage.has('k'), storage.get('k'));
    storage.mapPut('m', 'b', '2'); storage.mapPut('m', 'a', '1');
    out.push(storage.mapHas('m', 'a'), storage.mapGet('m', 'a'), storage.mapKeys('m'), storage.mapLen('m'));
    storage.mapDel('m', 'a');
    out.push(storage.mapHas('m', 'a'), storage.mapGet('m', 'a'), storage.mapKeys('m'), storage.mapLen('m'));
    storage.put('shared', 'from-api');
    return out;
  }
  putNumber() { storage.put('n', 5); }
  badKey(k) { storage.put(k, 'x'); }
  context() {
    return [blockchain.contractName(), blockchain.publisher(), blockchain.contractOwner(), JSON.parse(blockchain.contextInfo()).abi_name,
      JSON.parse(blockchain.contextInfo()).caller, typeof block.number, typeof block.time, block.witness, tx.publisher,
      typeof tx.hash, JSON.parse(blockchain.blockInfo()).number === block.number, JSON.parse(blockchain.txInfo()).publisher];
  }
  auth(who) { return blockchain.requireAuth(who, 'active'); }
  notes() { blockchain.receipt('r1'); blockchain.event('e1'); console.log('hello', {a: 1}); return 'ok'; }
  crypto() {
    return [IOSTCrypto.sha3Hex(''), IOSTCrypto.sha3Hex('616263'), IOSTCrypto.ripemd160Hex(''), IOSTCrypto.sha3Hex('zz'), IOSTCrypto.sha3('')];
  }
  numbers() {
    const B = BigNumber;
    return [new B('0.1').plus('0.2').toString(), new B(1).div(3).toString(), new B('7').idiv(2).toString(), new B('-7').mod(2).toString(),
      new B(2).pow(10).toString(), new B('123.456').toFixed(2), new B('1e21').toString(), new B('0.0000001').toString(),
      new B('10').gt(9), new B('1.50').eq('1.5'), new B('ff', 16).toString(),
      new Int64(7).div(2).toString(), new Int64('9223372036854775807').toString(), new Float64('1.5').multi(2).toString()];
  }
  overflow() { return new Int64('9223372036854775807').plus(1).toString(); }
  notInt() { return new Int64('1.5').toString(); }
  transfer(to, amount) { blockchain.transfer(tx.publisher, to, amount, 'pay'); return JSON.stringify(blockchain.call('token.iost', 'balanceOf', ['iost', to])); }
  deposit(amount) { blockchain.deposit(tx.publisher, amount, ''); return blockchain.call('token.iost', 'balanceOf', ['iost', blockchain.contractName()])[0]; }
  withdraw(to, amount) { blockchain.withdraw(to, amount, ''); return blockchain.call('token.iost', 'balanceOf', ['iost', blockchain.contractName()])[0]; }
}
module.exports = Api;`;
const methods: [string, string[]?, { token: string; val: string }[]?][] = [
  ['storageRoundTrip'],
  ['putNumber'],
  ['badKey', ['string']],
  ['context'],
  ['auth', ['string']],
  ['notes'],
  ['crypto'],
  ['numbers'],
  ['overflow'],
  ['notInt'],
  ['transfer', ['string', 'string'], [{ token: 'iost', val: 'unlimited' }]],
  ['deposit', ['string'], [{ token: '*', val: '100' }]],
  ['withdraw', ['string', 'string']],
];
const id = deploy(vm, code, methods);
const reader = deploy(
  vm,
  `class R { init() {} read(c) { return [storage.globalHas(c, 'shared'), storage.globalGet(c, 'shared'), storage.globalMapHas(c, 'm', 'b'), storage.globalMapGet(c, 'm', 'b'), storage.globalMapKeys(c, 'm'), storage.globalMapLen(c, 'm')]; } }\nmodule.exports = R;`,
  [['read', ['string']]],
);

describe('storage', () => {
  test('put/get/has/del and the map forms', () => {
    const r = call(vm, id, 'storageRoundTrip');
    expect(r.status).toBe('success');
    expect(JSON.parse(r.returns[0] as string)).toEqual([
      false,
      null,
      true,
      'v',
      false,
      null,
      true,
      '1',
      ['b', 'a'],
      2,
      false,
      null,
      ['b'],
      1,
    ]);
  });
  test("global* forms read another contract's storage", () => {
    expect(JSON.parse(call(vm, reader, 'read', [id]).returns[0] as string)).toEqual([
      true,
      'from-api',
      true,
      '2',
      ['b'],
      1,
    ]);
  });
  test('values must be strings', () =>
    expect(call(vm, id, 'putNumber').error).toBe('storage put must be string'));
  test('key rules of IOST', () => {
    expect(call(vm, id, 'badKey', ['']).error).toBe(
      'key or field length invalid. expected [1, 64], actual 0',
    );
    expect(call(vm, id, 'badKey', ['k'.repeat(65)]).error).toBe(
      'key or field length invalid. expected [1, 64], actual 65',
    );
    expect(call(vm, id, 'badKey', ['a-b']).error).toBe('key or field has invalid char, 45');
    expect(call(vm, id, 'badKey', ['k'.repeat(64)]).status).toBe('success');
  });
});

describe('blockchain, block, tx', () => {
  test('context information', () => {
    const r = JSON.parse(call(vm, id, 'context').returns[0] as string);
    expect(r).toEqual([
      id,
      'alice',
      'alice',
      'context',
      { name: 'alice', is_account: true },
      'number',
      'number',
      'polyvm',
      'alice',
      'string',
      true,
      'alice',
    ]);
  });
  test('requireAuth: signers only', () => {
    expect(call(vm, id, 'auth', ['alice']).returns).toEqual(['true']);
    expect(call(vm, id, 'auth', ['bob']).returns).toEqual(['false']);
    expect(call(vm, id, 'auth', ['bob'], ['alice', 'bob']).returns).toEqual(['true']);
  });
  test('receipts, events and console', () => {
    const r = call(vm, id, 'notes');
    expect(r.receipts).toEqual([{ func_name: `${id}/notes`, content: 'r1' }]);
    expect(r.events).toEqual([{ contract: id, data: 'e1' }]);
    expect(r.logs).toEqual([{ level: 'Info', text: 'hello {"a":1}' }]);
    void logs;
  });
  test('transfer, deposit and withdraw through token.iost', () => {
    const t = call(vm, id, 'transfer', ['bob', '1.5']);
    expect(t.returns).toEqual(['["11.5"]']);
    expect(t.receipts).toEqual([
      { func_name: 'token.iost/transfer', content: '["iost","alice","bob","1.5","pay"]' },
    ]);
    expect(call(vm, id, 'deposit', ['2']).returns).toEqual(['2']);
    expect(call(vm, id, 'withdraw', ['bob', '0.5']).returns).toEqual(['1.5']);
    expect(vm.balanceOf('bob')).toBe('12');
    expect(vm.balanceOf('alice')).toBe('996.5');
  });
});

describe('IOSTCrypto', () => {
  test('sha3 (SHA3-256) and ripemd160 against the standard vectors', () => {
    const [empty, abc, rmd, bad, b58] = JSON.parse(call(vm, id, 'crypto').returns[0] as string);
    expect(empty).toBe('a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a');
    expect(abc).toBe('3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532');
    expect(rmd).toBe('9c1185a5c5e9fc54612808977ee8f548b2258d31');
    expect(bad).toBe('');
    expect(typeof b58).toBe('string');
  });
});

describe('BigNumber, Int64, Float64', () => {
  // go-iost environment.js: BigNumber.config({DECIMAL_PLACES: 50, ROUNDING_MODE: ROUND_DOWN}).
  test("IOST's BigNumber settings: 50 decimal places rounded down, exponent notation at 1e21 and 1e-7", () => {
    expect(JSON.parse(call(vm, id, 'numbers').returns[0] as string)).toEqual([
      '0.3',
      `0.${'3'.repeat(50)}`,
      '3',
      '-1',
      '1024',
      '123.45',
      '1e+21',
      '1e-7',
      true,
      true,
      '255',
      '3',
      '9223372036854775807',
      '3',
    ]);
  });
  test('Int64 bounds', () => {
    expect(call(vm, id, 'overflow').error).toBe('Int64: 9223372036854775808 overflow int64');
    expect(call(vm, id, 'notInt').error).toBe('Int64: 1.5 is not an integer');
  });
});

describe('contract authority', () => {
  const vault = deploy(
    vm,
    `class V { init() {}
      withAuth(to) { return blockchain.callWithAuth('token.iost', 'transfer', ['iost', blockchain.contractName(), to, '1', '']); }
      withoutAuth(to) { return blockchain.call('token.iost', 'transfer', ['iost', blockchain.contractName(), to, '1', '']); }
      steal(from, to) { return blockchain.callWithAuth('token.iost', 'transfer', ['iost', from, to, '1', '']); }
    }\nmodule.exports = V;`,
    [
      ['withAuth', ['string']],
      ['withoutAuth', ['string']],
      ['steal', ['string', 'string']],
    ],
  );
  test('a contract spends its own balance only through callWithAuth', () => {
    expect(call(vm, 'token.iost', 'transfer', ['iost', 'alice', vault, '5', '']).status).toBe('success');
    expect(call(vm, vault, 'withoutAuth', ['bob']).error).toBe('transaction has no permission');
    expect(call(vm, vault, 'withAuth', ['bob']).status).toBe('success');
    expect(call(vm, 'token.iost', 'balanceOf', ['iost', vault]).returns).toEqual(['4']);
  });
  test("callWithAuth does not lend another contract's or an unsigned account's authority", () => {
    expect(call(vm, vault, 'steal', [id, 'bob']).error).toBe('transaction has no permission');
    expect(call(vm, vault, 'steal', ['bob', 'alice']).error).toBe('transaction has no permission');
  });
});

describe('mapKeys keeps insertion order (go-iost test/integration Test_MapDel, test_data/mapdel.js)', () => {
  const m = deploy(
    vm,
    `class Test { init() {}
      keys() { storage.mapPut('k', 's', '0'); storage.mapPut('k', 'abcd', '1'); storage.mapPut('k', 'abc', '2'); storage.mapPut('k', 'ab', '3'); storage.mapDel('k', 'ab'); storage.mapPut('k', 'ab', '4'); return storage.mapKeys('k'); }
      del() { storage.mapDel('k', 'ab'); return storage.mapKeys('k'); } }\nmodule.exports = Test;`,
    [['keys'], ['del']],
  );
  test('re-put after delete goes last; delete removes', () => {
    expect(call(vm, m, 'keys').returns).toEqual(['["s","abcd","abc","ab"]']);
    expect(call(vm, m, 'del').returns).toEqual(['["s","abcd","abc"]']);
  });
});

describe('go-iost test/integration vectors', () => {
  test('Test_SelfAuth: a contract holds its own authority only through callWithAuth', () => {
    const c = deploy(
      vm,
      `class Test { init() {} inner() { return blockchain.requireAuth(blockchain.contractName(), "active"); } outer() { return blockchain.callWithAuth(blockchain.contractName(), "inner", []); } }\nmodule.exports = Test;`,
      [['inner'], ['outer']],
    );
    expect(call(vm, c, 'inner').returns).toEqual(['false']);
    expect(call(vm, c, 'outer').returns).toEqual(['["true"]']);
  });
  test('Test_CallResult: NUL survives storage and results; a throwing toJSON fails the call', () => {
    const c = deploy(
      vm,
      `class Test { init() {} ret_eof() { storage.put("ret", "ab\\x00c"); const res = storage.get("ret"); return res + "d"; } ret_obj() { return { toJSON: function () { throw new Error("error in JSON.stringfy"); } }; } }\nmodule.exports = Test;`,
      [['ret_eof'], ['ret_obj']],
    );
    expect(call(vm, c, 'ret_eof').returns).toEqual(['ab\u0000cd']);
    const r = call(vm, c, 'ret_obj');
    expect(r.status).toBe('error');
    expect(r.error).toContain('error in JSON.stringfy');
  });
});

describe('IOSTCrypto.verify', () => {
  test('ed25519 and secp256k1 signatures (base58 arguments) checked against @noble/curves', async () => {
    const { ed25519 } = await import('@noble/curves/ed25519.js');
    const { secp256k1 } = await import('@noble/curves/secp256k1.js');
    const { base58Encode } = await import('../../src/core/base58.js');
    const msg = new Uint8Array(32).fill(7);
    const edKey = ed25519.utils.randomSecretKey();
    const edSig = ed25519.sign(msg, edKey);
    const skKey = secp256k1.utils.randomSecretKey();
    const skSig = secp256k1.sign(msg, skKey, { prehash: false });
    const c = deploy(
      vm,
      `class V { init() {} v(a, m, s, p) { return IOSTCrypto.verify(a, m, s, p); } }\nmodule.exports = V;`,
      [['v', ['string', 'string', 'string', 'string']]],
    );
    const v = (algo: string, sig: Uint8Array, pub: Uint8Array, m = msg) =>
      call(vm, c, 'v', [algo, base58Encode(m), base58Encode(sig), base58Encode(pub)]).returns[0];
    expect(v('ed25519', edSig, ed25519.getPublicKey(edKey))).toBe('1');
    expect(v('ed25519', edSig, ed25519.getPublicKey(edKey), new Uint8Array(32))).toBe('0');
    expect(v('secp256k1', skSig, secp256k1.getPublicKey(skKey))).toBe('1');
    expect(v('secp256k1', skSig, secp256k1.getPublicKey(skKey), new Uint8Array(32))).toBe('0');
    expect(v('rsa', edSig, ed25519.getPublicKey(edKey))).toBe('0');
  });
});

describe('numeric interplay', () => {
  test('BigNumber and Float64 read an Int64 through its string form (blockchain.withdraw(to, int64))', () => {
    const c = deploy(
      vm,
      `class N { init() {} f() { const i = new Int64(9); return [new BigNumber(i).plus(1).toString(), new Float64(i).toString(), new BigNumber(null).isNaN()]; } }\nmodule.exports = N;`,
      [['f']],
    );
    expect(call(vm, c, 'f').returns).toEqual(['["10","9",true]']);
  });
});
