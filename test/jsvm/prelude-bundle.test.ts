/**
 * The prelude's TypeScript modules (src/jsvm/prelude/sandbox) are bundled by esbuild once per
 * thread and pasted into the prelude's closure: their bindings are the prelude's, not globals
 * a contract could reach (issue 16, step 1).
 */
import { expect, test } from 'vitest';
import { SANDBOX_GLOBAL, sandboxBundle } from '../../src/jsvm/prelude/bundle.js';
import { preludeJs } from '../../src/jsvm/prelude/index.js';
import { call, deploy, makeVm } from './helpers.js';

test('bundled once, inside the prelude closure', () => {
  const first = sandboxBundle();
  expect(sandboxBundle()).toBe(first);
  expect(first).toContain(`var ${SANDBOX_GLOBAL} = (() => {`);
  expect(first).toContain('var Realm = class');
  const prelude = preludeJs();
  expect(preludeJs()).toBe(prelude);
  const at = prelude.indexOf(first);
  expect(at).toBeGreaterThan(prelude.indexOf('const _IOSTrt = (function (global) {'));
  expect(at).toBeLessThan(prelude.indexOf('})(globalThis);'));
});

test("a contract sees none of the bundle's bindings", () => {
  const vm = makeVm();
  const id = deploy(
    vm,
    `class T { init() {} look() { return [typeof globalThis['_IOST' + 'sandbox'], typeof globalThis.realm, typeof globalThis.Realm, typeof globalThis.ownValue].join(','); } }
    module.exports = T;`,
    [['look']],
  );
  expect(call(vm, id, 'look').returns).toEqual(['undefined,undefined,undefined,undefined']);
});
