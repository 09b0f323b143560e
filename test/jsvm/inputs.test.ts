/** Every public entry checks its input (noble style): a typed error naming the entry and field, nothing run, nothing changed. */
import { describe, expect, test } from 'vitest';
import {
  formatAmount,
  instrument,
  JsVm,
  JsVmRequestError,
  JsVmWorker,
  parseAmount,
  validateContract,
} from '../../src/jsvm/index.js';
import { MemoryStore } from '../../src/state/index.js';
import { abiOf, deploy, makeVm, snapshot } from './helpers.js';

const vm = makeVm();
const id = deploy(vm, `class C { init() {} f(x) { return x; } }\nmodule.exports = C;`, [['f', ['string']]]);
const any = (v: unknown) => v as never;

describe('public entries refuse bad input with JsVmRequestError', () => {
  test.each([
    [
      'call without signers',
      () => vm.call(any({ contract: id, method: 'f', args: '["x"]' })),
      /call: signers: expected a non-empty array of account names, got undefined/,
    ],
    [
      'call with a signer that is not a string',
      () => vm.call(any({ contract: id, method: 'f', signers: [1] })),
      /call: signers/,
    ],
    [
      'call with args that are not text',
      () => vm.call(any({ contract: id, method: 'f', args: ['x'], signers: ['alice'] })),
      /call: args \(a JSON array as text\): expected a string, got an array/,
    ],
    [
      'call without a contract',
      () => vm.call(any({ method: 'f', signers: ['alice'] })),
      /call: contract: expected a string, got undefined/,
    ],
    [
      'call with a negative gas limit',
      () => vm.call(any({ contract: id, method: 'f', args: '["x"]', signers: ['alice'], gasLimit: -1 })),
      /call: gasLimit: expected an integer >= 1, got number/,
    ],
    [
      'call with a fractional gas limit',
      () => vm.call(any({ contract: id, method: 'f', args: '["x"]', signers: ['alice'], gasLimit: 1.5 })),
      /call: gasLimit/,
    ],
    [
      'call with no request',
      () => vm.call(any(undefined)),
      /call: request: expected an object, got undefined/,
    ],
    [
      'deploy with code that is not a string',
      () => vm.deploy(any({ code: 42, abi: abiOf([]), signers: ['alice'] })),
      /deploy: code: expected a string, got number/,
    ],
    [
      'deploy without an ABI',
      () => vm.deploy(any({ code: 'x', signers: ['alice'] })),
      /deploy: abi: expected the ABI as JSON text or a parsed object, got undefined/,
    ],
    [
      'update without an id',
      () => vm.update(any({ code: 'x', abi: abiOf([]), signers: ['alice'] })),
      /update: id: expected a string, got undefined/,
    ],
    [
      'createAccount with a number',
      () => vm.createAccount(any(7)),
      /createAccount: name: expected a string, got number/,
    ],
    [
      'createAccount of an existing account',
      () => vm.createAccount('alice', '5'),
      /account alice exists \(balance 1000 iost\): accounts are created once/,
    ],
    [
      'balanceOf without an account',
      () => vm.balanceOf(any(undefined)),
      /balanceOf: account: expected a string/,
    ],
    ['a store that is not one', () => new JsVm(any({})), /JsVm: expected a KVStore or a JournaledCache/],
    [
      'an option out of range',
      () => new JsVm(new MemoryStore(), any({ memoryLimitMb: 4 })),
      /JsVm options: memoryLimitMb: expected an integer >= 8, got number/,
    ],
    [
      'an option of the wrong type',
      () => new JsVm(new MemoryStore(), any({ onLog: 'x' })),
      /JsVm options: onLog: expected a function/,
    ],
    [
      'instrument with no source',
      () => instrument(any(null)),
      /instrument: expected the contract source as a string/,
    ],
    ['parseAmount of a number', () => parseAmount(any(5), 8), /parseAmount: expected a string, got number/],
    [
      'parseAmount at a bad scale',
      () => parseAmount('1', -1),
      /parseAmount: scale must be a non-negative integer, got -1/,
    ],
    [
      'formatAmount of a number',
      () => formatAmount(any(5), 8),
      /formatAmount: expected a bigint, got number/,
    ],
    [
      'a worker with a state directory that is not a path',
      () => new JsVmWorker(any({ stateDir: 5 })),
      /JsVmWorker: stateDir must be a path string/,
    ],
  ])('%s', (_what, run, message) => {
    const before = snapshot(vm);
    expect(run).toThrow(JsVmRequestError);
    expect(run).toThrow(message);
    expect(snapshot(vm)).toBe(before);
  });
  test('validateContract with an ABI that was not parsed', () =>
    expect(() => validateContract('class C { init() {} }\nmodule.exports = C;', any({}))).toThrow(
      /abi invalid: expected a parsed ABI/,
    ));
  test('the engine keeps serving after refusals', () =>
    expect(vm.call({ contract: id, method: 'f', args: '["ok"]', signers: ['alice'] }).returns).toEqual([
      'ok',
    ]));
});
