/** The contract model: ABI and source validation (go-iost validate.js rules), deploy, ids, update. */
import { describe, expect, test } from 'vitest';
import { utf8ToBytes } from '../../src/core/bytes.js';
import { ContractValidationError, JsArgumentsError, parseAbi } from '../../src/jsvm/index.js';
import { keys } from '../../src/jsvm/keys.js';
import { abiOf, call, deploy, makeVm, snapshot } from './helpers.js';

const vm = makeVm();
const OK = `class C { init() { storage.put('inited', 'yes'); } get(k) { return storage.get(k); } }\nmodule.exports = C;`;

function rejects(code: string, abi: unknown, message: RegExp) {
  const before = snapshot(vm);
  let err: unknown;
  try {
    vm.deploy({ code, abi, signers: ['alice'] });
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(ContractValidationError);
  expect((err as Error).message).toMatch(message);
  expect(snapshot(vm)).toBe(before);
}

describe('deploy-time validation names the rule broken', () => {
  test('module.exports must be the last statement', () =>
    rejects(
      `class C { init() {} }\nmodule.exports = C;\nlet x = 1;`,
      abiOf([]),
      /last expression must be 'module.exports = CLASS_IDENTIFIER;'/,
    ));
  test('init is required', () =>
    rejects(`class C { a() {} }\nmodule.exports = C;`, abiOf([]), /init not found/));
  test('no constructor', () =>
    rejects(
      `class C { constructor() {} init() {} }\nmodule.exports = C;`,
      abiOf([]),
      /shouldn't contain constructor/,
    ));
  test('ABI methods exist', () =>
    rejects(OK, abiOf([['missing']]), /abi not defined in source code: missing/));
  test('ABI arity matches', () =>
    rejects(OK, abiOf([['get', ['string', 'string']]]), /args length not match: get/));
  test('init is not in the ABI', () =>
    rejects(OK, abiOf([['init']]), /abi shouldn't contain internal function: init/));
  test('method names: no leading underscore', () => rejects(OK, abiOf([['_x']]), /shouldn't start with _/));
  test('method names: characters', () => rejects(OK, abiOf([['a-b']]), /invalid character "-"/));
  test('method names: length 1..32', () =>
    rejects(OK, abiOf([['a'.repeat(33)]]), /length should be between 1,32/));
  test('argument types', () =>
    rejects(
      OK,
      abiOf([['get', ['int']]]),
      /args should be one of \["string", "bool", "number", "json"\]: get lists "int"/,
    ));
  test('lang', () => rejects(OK, { lang: 'wasm', abi: [] }, /lang must be "javascript"/));
  test('amountLimit token listed twice', () =>
    rejects(
      OK,
      abiOf([
        [
          'get',
          ['string'],
          [
            { token: 'iost', val: '1' },
            { token: 'iost', val: '2' },
          ],
        ],
      ]),
      /duplicated token in amountLimit: iost/,
    ));
  test('amountLimit val must be a string', () =>
    rejects(
      OK,
      {
        lang: 'javascript',
        version: '1.0.0',
        abi: [{ name: 'get', args: ['string'], amountLimit: [{ token: 'iost', val: 1 }] }],
      },
      /val should be string type/,
    ));
  test('syntax errors', () => rejects('class C {', abiOf([]), /syntax error/));
  // go-iost refuses eval and the Function constructors when they run, not at deploy
  // (test/v8vm/js_gas_test.go eval0, function0, function1: V8's code generation is disabled).
  test('eval and Function deploy, and fail when they run', () => {
    const vm = makeVm();
    const id = deploy(
      vm,
      `class C { init() {} e() { return eval('1'); } f() { return new Function('return 1')(); } g() { return typeof eval + typeof Function; } }\nmodule.exports = C;`,
      [['e'], ['f'], ['g']],
    );
    expect(call(vm, id, 'e').error).toBe('Code generation from strings disallowed for this context');
    expect(call(vm, id, 'f').error).toMatch(/Function is not a constructor/);
    expect(call(vm, id, 'g').returns).toEqual(['functionobject']);
  });
  // go-iost vm/v8vm/v8/libjs/inject_gas.js checkInvalidKeyword and processOperator, with its messages.
  test.each([
    ['async', `class C { async init() {} }`, /use of async or await is not supported \(line 1, column 11\)/],
    ['await as a name', `class C { init() { const await = 1; } }`, /use of async or await is not supported/],
    [
      'try/catch',
      `class C { init() { try { x(); } catch (e) {} } }`,
      /use of try catch is not supported \(line 1, column 20\)/,
    ],
    ['try/finally', `class C { init() { try { x(); } finally {} } }`, /use of try catch is not supported/],
    [
      'a regular expression',
      `class C { init() { return /a/.test('a'); } }`,
      /use of RegularExpression is not allowed\./,
    ],
    [
      'array destructuring',
      `class C { init() { const [a] = [1]; } }`,
      /use of ArrayPattern or ObjectPattern is not allowed\./,
    ],
    [
      'object destructuring',
      `class C { init({ a }) {} }`,
      /use of ArrayPattern or ObjectPattern is not allowed\./,
    ],
    [
      'IOST counter',
      `class C { init() { _IOSTInstruction_counter.incr(1); } }`,
      /use of _IOSTInstruction_counter or _IOSTBinaryOp keyword is not allowed/,
    ],
    [
      'IOSTInstruction',
      `class C { init() { return IOSTInstruction; } }`,
      /use of _IOSTInstruction_counter or _IOSTBinaryOp keyword is not allowed/,
    ],
    [
      'an _IOST name',
      `class C { init() { let _IOSTd = 0; } }`,
      /use of _IOSTInstruction_counter or _IOSTBinaryOp keyword is not allowed/,
    ],
    ['BigInt', `class C { init() { return 1n; } }`, /use of BigInt is not supported/],
    ['class fields', `class C { x = 1; init() {} }`, /class fields are not supported/],
    ['static blocks', `class C { static { } init() {} }`, /class static blocks are not supported/],
    [
      '__proto__ in literals',
      `class C { init() { return { __proto__: null }; } }`,
      /__proto__ in object literals is not supported/,
    ],
    [
      'spread in optional calls',
      `class C { init() { return this.f?.(...[1]); } }`,
      /spread arguments in optional calls are not supported/,
    ],
    [
      'compound assignment to super',
      `class C { init() { super.x += 1; } }`,
      /compound assignment to a super property is not supported/,
    ],
  ])('%s is refused', (_what, code, message) => rejects(`${code}\nmodule.exports = C;`, abiOf([]), message));
  test('reserved identifiers', () =>
    rejects(
      `class C { init() { __pvm_m.g = 0; } }\nmodule.exports = C;`,
      abiOf([]),
      /identifier __pvm_m is reserved/,
    ));
  test('import() is forbidden', () =>
    rejects(
      `class C { init() { import('x'); } }\nmodule.exports = C;`,
      abiOf([]),
      /syntax error|import\(\) is forbidden/,
    ));
});

describe('deploy', () => {
  test('init runs once, the id is Contract + base58, the first signer owns it', () => {
    const id = deploy(vm, OK, [['get', ['string']]]);
    expect(id).toMatch(/^Contract[1-9A-HJ-NP-Za-km-z]+$/);
    expect(call(vm, id, 'get', ['inited']).returns).toEqual(['yes']);
    expect(vm.contractOwner(id)).toBe('alice');
    const again = call(vm, id, 'init');
    expect(again.status).toBe('error');
    expect(again.error).toMatch(/cannot call 'init' manually/);
  });
  test('a given --id is accepted if unused, refused when used', () => {
    expect(deploy(vm, OK, [], 'mine.iost')).toBe('mine.iost');
    const r = vm.deploy({ code: OK, abi: abiOf([]), signers: ['alice'], id: 'mine.iost' });
    expect(r).toMatchObject({ status: 'error', error: 'contract exists' });
  });
  test('a failing init leaves no contract and no state', () => {
    const before = snapshot(vm);
    const r = vm.deploy({
      code: `class C { init() { storage.put('a', 'b'); throw new Error('nope'); } }\nmodule.exports = C;`,
      abi: abiOf([]),
      signers: ['alice'],
    });
    expect(r).toMatchObject({ status: 'error', error: 'nope' });
    expect(snapshot(vm)).toBe(before);
  });
  test('each call constructs a fresh instance: fields do not survive', () => {
    const id = deploy(
      vm,
      `class C { init() {} set() { this.x = 1; return this.x; } get() { return this.x === undefined; } }\nmodule.exports = C;`,
      [['set'], ['get']],
    );
    expect(call(vm, id, 'set').returns).toEqual(['1']);
    expect(call(vm, id, 'get').returns).toEqual(['true']);
  });
  test('returns as IOST gives them: strings, JSON for objects, empty for undefined', () => {
    const id = deploy(
      vm,
      `class C { init() {} n() { return 42; } b() { return false; } o() { return {a: [1, 'x']}; } u() {} z() { return null; } }\nmodule.exports = C;`,
      [['n'], ['b'], ['o'], ['u'], ['z']],
    );
    expect(call(vm, id, 'n').returns).toEqual(['42']);
    expect(call(vm, id, 'b').returns).toEqual(['false']);
    expect(call(vm, id, 'o').returns).toEqual(['{"a":[1,"x"]}']);
    expect(call(vm, id, 'u').returns).toEqual(['']);
    expect(call(vm, id, 'z').returns).toEqual(['null']);
  });
  test('arguments are checked against the ABI types', () => {
    const id = deploy(
      vm,
      `class C { init() {} f(s, n, b, j) { return typeof s + typeof n + typeof b + j.k; } }\nmodule.exports = C;`,
      [['f', ['string', 'number', 'bool', 'json']]],
    );
    expect(call(vm, id, 'f', ['x', 3, true, { k: 'v' }]).returns).toEqual(['stringnumberbooleanv']);
    const before = snapshot(vm);
    const refused = (args: unknown[]) => () => call(vm, id, 'f', args);
    expect(refused([1, 3, true, {}])).toThrow(JsArgumentsError);
    expect(refused([1, 3, true, {}])).toThrow(/error parse string arg/);
    expect(refused(['x', 1.5, true, {}])).toThrow(/error parse number arg/);
    expect(refused(['x', 3, 'no', {}])).toThrow(/error parse bool arg/);
    expect(refused(['x'])).toThrow(`${id}.f: args length unmatched to abi f. need 4, got 1`);
    expect(snapshot(vm)).toBe(before);
    expect(call(vm, id, 'nope').error).toBe('prepare contract: abi nope not found');
  });
});

describe('update (can_update)', () => {
  const v1 = `class C { init() {} can_update(data) { return blockchain.requireAuth(blockchain.contractOwner(), 'active') && data === 'ok'; } v() { return 1; } }\nmodule.exports = C;`;
  const v2 = `class C { init() { throw new Error('init must not run on update'); } can_update(data) { return false; } v() { return 2; } }\nmodule.exports = C;`;
  test('the contract decides; init is not run again', () => {
    const id = deploy(vm, v1, [['can_update', ['string']], ['v']]);
    const abi = abiOf([['can_update', ['string']], ['v']]);
    expect(vm.update({ id, code: v2, abi, data: 'no', signers: ['alice'] })).toMatchObject({
      status: 'error',
      error: 'update refused',
    });
    expect(vm.update({ id, code: v2, abi, data: 'ok', signers: ['bob'] })).toMatchObject({
      status: 'error',
      error: 'update refused',
    });
    expect(vm.update({ id, code: v2, abi, data: 'ok', signers: ['alice'] }).status).toBe('success');
    expect(call(vm, id, 'v').returns).toEqual(['2']);
  });
  test('without can_update in the ABI, updates are refused', () => {
    const id = deploy(vm, OK, []);
    expect(vm.update({ id, code: OK, abi: abiOf([]), signers: ['alice'] })).toMatchObject({
      status: 'error',
      error: 'update refused',
    });
  });
});

describe('amountLimit values are read as IOST decimals', () => {
  test("a malformed value is refused with the decimal parser's reason", () =>
    rejects(
      OK,
      abiOf([['get', ['string'], [{ token: 'iost', val: '120x' }]]]),
      /val "120x": abnormal char in amount/,
    ));
  test('unknown tokens are refused; iost, ram and * are known', () => {
    rejects(
      OK,
      abiOf([['get', ['string'], [{ token: 'eth', val: '1' }]]]),
      /token not exists in amountLimit: eth/,
    );
    expect(
      deploy(vm, OK, [
        [
          'get',
          ['string'],
          [
            { token: 'ram', val: '100' },
            { token: '*', val: 'unlimited' },
          ],
        ],
      ]),
    ).toMatch(/^Contract/);
  });
});

describe('number arguments: what Go strconv.ParseInt(text, 10, 64) accepts, and no more than a JS number holds', () => {
  const id = deploy(vm, `class N { init() {} n(x) { return x; } }\nmodule.exports = N;`, [['n', ['number']]]);
  const n = (args: string) => vm.call({ contract: id, method: 'n', args, signers: ['alice'] });
  test.each([
    ['[1e3]', 'error parse number arg &{1e3} (argument 1), strconv.ParseInt: parsing "1e3": invalid syntax'],
    ['[1.0]', 'error parse number arg &{1.0} (argument 1), strconv.ParseInt: parsing "1.0": invalid syntax'],
    ['[99999999999999999999]', 'strconv.ParseInt: parsing "99999999999999999999": value out of range'],
    ['[-9223372036854775809]', 'strconv.ParseInt: parsing "-9223372036854775809": value out of range'],
    [
      '[9007199254740993]',
      'a JavaScript number holds integers exactly only up to 2^53 - 1 (9007199254740991)',
    ],
    ['[9223372036854775807]', 'a JavaScript number holds integers exactly only up to 2^53 - 1'],
  ])('%s is refused', (args, message) => expect(() => n(args)).toThrow(message));
  test.each([
    ['[9007199254740991]', '9007199254740991'],
    ['[-9007199254740991]', '-9007199254740991'],
    ['[ -0 ]', '0'],
    ['[42,]', '42'],
  ])('%s is accepted', (args, value) => expect(n(args).returns).toEqual([value]));
});

describe('argument errors read as go-iost prints them (test/integration/vm_test.go "test of arguments")', () => {
  const id = deploy(vm, `class Test { init() {} test(str, num, b, j) {} }\nmodule.exports = Test;`, [
    ['test', ['string', 'number', 'bool', 'json']],
  ]);
  const run = (args: string) => {
    try {
      return vm.call({ contract: id, method: 'test', args, signers: ['alice'] });
    } catch (e) {
      return { status: 'refused', error: (e as Error).message };
    }
  };
  test.each([
    ['["abc",1,true,{}]', undefined],
    ['[null,1,true,{}]', 'error parse string arg &{<nil>}'],
    ['[{"c":1,"d":2,"a":3,"b":4},1,true,{}]', 'error parse string arg &{"a":3,"b":4,"c":1,"d":2}'],
    ['["abc",[{"c":1,"d":2,"a":3,"b":4}],true,{}]', 'error parse number arg &[{"a":3,"b":4,"c":1,"d":2}]'],
    ['["abc",1,{"c":1,"d":2,"a":3,"b":4},{}]', 'error parse bool arg &{"a":3,"b":4,"c":1,"d":2}'],
    ['[10,1,true,{}]', 'error parse string arg &{10}'],
    ['["abc",true,true,{}]', 'error parse number arg &{true}'],
    ['["abc",1,"abc",{}]', 'error parse bool arg &{abc}'],
    ['["abc",1,true,1]', undefined],
  ])('%s', (args, error) => {
    const r = run(args);
    if (error === undefined) expect(r.status).toBe('success');
    else expect(r.error).toContain(error);
  });
});

describe('contracts stored by an older polyvm (before metering version 2)', () => {
  const store = (id: string, code: string, abi: ReturnType<typeof abiOf>) =>
    vm.cache.put(
      keys.contract(id),
      utf8ToBytes(
        JSON.stringify({
          id,
          code,
          instrumented: 'old',
          codeHash: 'old',
          abi: parseAbi(abi),
          owner: 'alice',
          publisher: 'alice',
        }),
      ),
    );
  test('are metered again by the rules of today when loaded', () => {
    store('old.iost', `class O { init() {} v() { return 7; } }\nmodule.exports = O;`, abiOf([['v']]));
    expect(call(vm, 'old.iost', 'v').returns).toEqual(['7']);
  });
  test("that today's rules refuse say why and must be deployed again", () => {
    store(
      'older.iost',
      `class O { init() {} v() { try { return 1; } catch (e) {} } }\nmodule.exports = O;`,
      abiOf([['v']]),
    );
    expect(call(vm, 'older.iost', 'v').error).toMatch(
      /^contract older.iost was deployed under older rules and must be deployed again: contract invalid: use of try catch is not supported/,
    );
  });
});
