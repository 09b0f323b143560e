/**
 * Gas equal to go-iost's, asserted with the figures go-iost's own tests assert for its own
 * test contracts (transcribed in test/jsvm/fixtures/iost). go-iost's test/v8vm/vm_test.go
 * calls `vmPool.LoadAndCall`, whose cost is the sandbox's gas alone: instructions (inject_gas.js)
 * and host calls. A polyvm call's gasUsed adds what go-iost's vm/monitor.go `Call` adds around
 * LoadAndCall: JSCost (30,000) and CommonOpCost(len(amountLimit)) = 0 here.
 *
 * Each transcription adds `init() {}`, which deploy requires (validate.js) and IOST's
 * LoadAndCall test does not: inject_gas.js charges it MethodDefinition 2 + FunctionExpression 1
 * = 3 at the class declaration, so every figure here is go-iost's + 3.
 */
import { readFileSync } from 'node:fs';
import { ed25519 } from '@noble/curves/ed25519.js';
import { describe, expect, test } from 'vitest';
import { base58Encode } from '../../src/core/base58.js';
import { utf8ToBytes } from '../../src/core/bytes.js';
import { call, deploy, makeVm } from './helpers.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/iost/${name}`, import.meta.url), 'utf8');
const JS_COST = 30_000;
const INIT = 3;

function sandboxGas(vm: ReturnType<typeof makeVm>, id: string, method: string, args: unknown[] = []) {
  const r = call(vm, id, method, args, ['alice'], 100_000_000);
  expect(r.error).toBeUndefined();
  return { gas: r.gasUsed - JS_COST - INIT, returns: r.returns };
}

describe('go-iost test/v8vm/vm_test.go TestEngine_JSON (test_data/json.js)', () => {
  const vm = makeVm();
  const methods = [10, 11, 20, 21, 30, 31, 40, 50, 51, 60].map((n) => `stringify${n}`);
  const id = deploy(
    vm,
    fixture('json.js'),
    methods.map((m) => [m]),
  );
  // vm_test.go's figures; an object result costs 12 and go-iost's json.js JSON.stringify
  // (sandbox.go Prepare), a string result nothing more.
  test.each([
    ['stringify10', 5019],
    ['stringify11', 4362],
    ['stringify20', 605657],
    ['stringify21', 628475],
    ['stringify30', 3149322],
    ['stringify31', 6087268],
    ['stringify51', 586],
  ])('%s costs %i', (method, gas) => {
    expect(sandboxGas(vm, id, method).gas).toBe(gas);
  });
  test('stringify50 (a replacer function) costs 999 and gives {"week":45,"month":7}', () => {
    expect(sandboxGas(vm, id, 'stringify50')).toEqual({ gas: 999, returns: ['{"week":45,"month":7}'] });
    expect(sandboxGas(vm, id, 'stringify51').returns).toEqual(['{"week":45,"month":7}']);
  });
  test('stringify60 costs 1335', () => {
    expect(sandboxGas(vm, id, 'stringify60')).toEqual({
      gas: 1335,
      returns: ['{"a":{"b":{"c":""}}} {"a":{"b":{"c":""}}}'],
    });
  });
  test('stringify40 (a cycle) fails with "Converting circular structure to JSON" at 380', () => {
    const r = call(vm, id, 'stringify40', [], ['alice'], 100_000_000);
    expect(r.error).toContain('Converting circular structure to JSON');
    expect(r.gasUsed - JS_COST - INIT).toBe(380);
  });
});

describe('go-iost test/v8vm/vm_test.go TestEngine_Crypto2 (test_data/crypto2.js)', () => {
  const vm = makeVm();
  const id = deploy(vm, fixture('crypto2.js'), [
    ['sha3', ['string']],
    ['sha3Hex', ['string']],
    ['ripemd160Hex', ['string']],
    ['verify', ['string', 'string', 'string', 'string']],
  ]);
  const input = '823b54d3aabaf8e3122800ca5238afb2ccef071ce83b8d5654a597a5dd06347e';
  test.each([
    ['sha3Hex', '68656c6c6f20776f726c64', 291],
    ['sha3Hex', 'hello world', 280],
    ['ripemd160Hex', input, 312],
    ['ripemd160Hex', 'hello world', 280],
  ])('%s(%s) costs %i', (method, arg, gas) => {
    expect(sandboxGas(vm, id, method, [arg]).gas).toBe(gas);
  });
  test('ripemd160Hex gives the digest vm_test.go expects', () => {
    expect(sandboxGas(vm, id, 'ripemd160Hex', [input]).returns).toEqual([
      '3dbb2167cbfc2186343356125fff4163e6ebcce7',
    ]);
  });

  // TestEngine_Crypto (crypto1.js, whose sha3 and verify methods crypto2.js has too, in a class
  // of four methods instead of two: 2 × (MethodDefinition 2 + FunctionExpression 1) = 6 more):
  // verify costs 285 with the 11-byte message, 284 with 10 bytes, 285 with a wrong algorithm.
  test('verify costs 285 / 284 / 285 (TestEngine_Crypto, + 6 for the two extra methods)', () => {
    const sk = new Uint8Array(32).fill(7);
    const msg = utf8ToBytes('hello world');
    const sig = base58Encode(ed25519.sign(msg, sk));
    const pub = base58Encode(ed25519.getPublicKey(sk));
    const ok = sandboxGas(vm, id, 'verify', ['ed25519', base58Encode(msg), sig, pub]);
    expect(ok).toEqual({ gas: 285 + 6, returns: ['1'] });
    const short = sandboxGas(vm, id, 'verify', ['ed25519', base58Encode(msg.subarray(1)), sig, pub]);
    expect(short).toEqual({ gas: 284 + 6, returns: ['0'] });
    const algo = sandboxGas(vm, id, 'verify', ['wrong_algo', base58Encode(msg), sig, pub]);
    expect(algo).toEqual({ gas: 285 + 6, returns: ['0'] });
  });
});

describe("go-iost json.js JSON.stringify, where its json2 algorithm differs from V8's", () => {
  const vm = makeVm();
  const cases: Record<string, [string, string]> = {
    // rx_escapable covers \u2028-\u202f (and \u007f-\u009f, \u00ad, …); lone surrogates pass as they are.
    escapes: [`return JSON.stringify('\\u2028\\u00ad\\ud800');`, '"\\u2028\\u00ad\ud800"'],
    // a property list keeps only its strings (json.js: typeof rep[i] === "string").
    propertyList: [`return JSON.stringify({ 2: 'two', a: 1 }, ['a', 2]);`, '{"a":1}'],
    // toJSON (Number.prototype.toJSON = valueOf in json.js) runs before the replacer.
    boxedThenReplacer: [
      `return JSON.stringify({ n: new Number(5) }, (k, v) => (typeof v === 'number' ? v + 1 : v));`,
      '{"n":6}',
    ],
    // array indices reach toJSON as numbers (str(i, value)).
    indexKeys: [`return JSON.stringify([{ toJSON(k) { return typeof k; } }]);`, '["number"]'],
  };
  const names = Object.keys(cases);
  const id = deploy(
    vm,
    `class J {\n  init() {}\n${names.map((n) => `  ${n}() { ${cases[n]![0]} }`).join('\n')}\n}\nmodule.exports = J;`,
    names.map((n) => [n]),
  );
  test.each(names)('%s', (name) => {
    expect(call(vm, id, name).returns).toEqual([cases[name]![1]]);
  });
});
