/** Limits as IOST applies them: call depth, re-entry, sizes, gas limit, time, amountLimit, token rules. */
import { describe, expect, test } from 'vitest';
import { call, deploy, makeVm, snapshot } from './helpers.js';

const vm = makeVm({ timeLimitMs: 300 });

// A chain of contracts: each calls the next (depth n means n frames in all).
const chainCode = `class Chain { init() {}
  go(next, rest) { storage.put('seen', 'yes'); if (next === '') return 'end'; const ids = JSON.parse(rest); return blockchain.call(next, 'go', [ids[0] || '', JSON.stringify(ids.slice(1))])[0]; }
  self(n) { if (n > 0) return blockchain.call(blockchain.contractName(), 'other', [n - 1])[0]; return 'done'; }
  other(n) { return 'done'; }
  again() { return blockchain.call(blockchain.contractName(), 'again', [])[0]; }
  fail(next) { storage.put('failed', 'yes'); blockchain.call(next, 'go', ['nowhere.iost', '[]']); return 'unreachable'; }
}
module.exports = Chain;`;
const chainAbi: [string, string[]][] = [
  ['go', ['string', 'string']],
  ['self', ['number']],
  ['other', ['number']],
  ['again', []],
  ['fail', ['string']],
];
const ids = Array.from({ length: 6 }, () => deploy(vm, chainCode, chainAbi));
const chain = (n: number) =>
  call(vm, ids[0]!, 'go', [ids[1] && n > 1 ? ids[1] : '', JSON.stringify(ids.slice(2, n))]);

describe('call depth and re-entry', () => {
  test('the top-level call plus four nested calls succeed', () =>
    expect(chain(5)).toMatchObject({ status: 'success', returns: ['end'] }));
  test('a sixth frame is refused and nothing is kept', () => {
    const before = snapshot(vm);
    const r = chain(6);
    expect(r.status).toBe('error');
    expect(r.error).toBe('stack height exceed. actual 6');
    expect(snapshot(vm)).toBe(before);
  });
  test('A calling another method of A is allowed', () =>
    expect(call(vm, ids[0]!, 'self', [1]).returns).toEqual(['done']));
  test('re-entering the same contract and method is refused', () =>
    expect(call(vm, ids[0]!, 'again')).toMatchObject({ status: 'error', error: 're-entering' }));
  test('a nested failure fails the whole transaction (IOST contracts cannot catch) and leaves no trace', () => {
    const before = snapshot(vm);
    const r = call(vm, ids[1]!, 'fail', [ids[5]!]);
    expect(r).toMatchObject({ status: 'error', error: 'prepare contract: contract nowhere.iost not found' });
    expect(snapshot(vm)).toBe(before);
  });
});

describe('argument and result sizes (65,536 characters)', () => {
  const id = deploy(
    vm,
    `class S { init() {} echo(s) { return s; } big(n) { return 'x'.repeat(n); } }\nmodule.exports = S;`,
    [
      ['echo', ['string']],
      ['big', ['number']],
    ],
  );
  test('arguments of exactly 65,536 characters are accepted, one more refused', () => {
    const exact = JSON.stringify(['a'.repeat(65_536 - 4)]);
    expect(exact.length).toBe(65_536);
    expect(
      vm.call({ contract: id, method: 'echo', args: exact, signers: ['alice'], gasLimit: 10_000_000 }).status,
    ).toBe('success');
    const over = JSON.stringify(['a'.repeat(65_536 - 3)]);
    expect(() => vm.call({ contract: id, method: 'echo', args: over, signers: ['alice'] })).toThrow(
      /args too long: 65537 characters/,
    );
  });
  test('results of exactly 65,536 characters are returned, one more refused', () => {
    expect((call(vm, id, 'big', [65_536]).returns[0] as string).length).toBe(65_536);
    expect(call(vm, id, 'big', [65_537]).error).toBe('result too long');
  });
});

describe('gas', () => {
  const id = deploy(
    vm,
    `class G { init() {} work(n) { let s = 0; for (let i = 0; i < n; i++) { s += i; storage.put('s', String(s)); } return s; } }\nmodule.exports = G;`,
    [['work', ['number']]],
  );
  test('same inputs give the same gas', () => {
    const a = call(vm, id, 'work', [10]);
    const b = call(vm, id, 'work', [10]);
    expect(a.status).toBe('success');
    expect(a.gasUsed).toBe(b.gasUsed);
    expect(a.gasUsed).toBeGreaterThan(30_000 + 10 * 300);
  });
  test('a limit equal to the gas used succeeds; one less fails with no state change', () => {
    const used = call(vm, id, 'work', [20]).gasUsed;
    call(vm, id, 'work', [1]);
    const before = snapshot(vm);
    const short = call(vm, id, 'work', [20], ['alice'], used - 1);
    expect(short).toMatchObject({ status: 'error', error: 'out of gas' });
    expect(snapshot(vm)).toBe(before);
    const exact = call(vm, id, 'work', [20], ['alice'], used);
    expect(exact).toMatchObject({ status: 'success', gasUsed: used });
  });
});

describe('token.iost and amountLimit', () => {
  const payer = `class P { init() {} pay(to, amount) { blockchain.transfer(tx.publisher, to, amount, ''); } viaOther(next, to, amount) { blockchain.call(next, 'pay', [to, amount]); } }\nmodule.exports = P;`;
  const limited = deploy(vm, payer, [
    ['pay', ['string', 'string'], [{ token: 'iost', val: '2' }]],
    ['viaOther', ['string', 'string', 'string'], [{ token: '*', val: '3' }]],
  ]);
  const open = deploy(vm, payer, [
    ['pay', ['string', 'string'], [{ token: '*', val: 'unlimited' }]],
    ['viaOther', ['string', 'string', 'string']],
  ]);
  test("transfers within the limit pass; above it the call fails with IOST's message", () => {
    expect(call(vm, limited, 'pay', ['bob', '2']).status).toBe('success');
    const before = snapshot(vm);
    expect(call(vm, limited, 'pay', ['bob', '2.00000001']).error).toBe(
      'token iost exceed amountLimit in abi. need 2.00000001',
    );
    expect(snapshot(vm)).toBe(before);
  });
  test('the top-level limit governs nested calls (with the * wildcard)', () => {
    expect(call(vm, limited, 'viaOther', [open, 'bob', '3']).status).toBe('success');
    expect(call(vm, limited, 'viaOther', [open, 'bob', '4']).error).toBe(
      'token iost exceed amountLimit in abi. need 4',
    );
    expect(call(vm, open, 'viaOther', [limited, 'bob', '1']).error).toBe(
      'token iost exceed amountLimit in abi. need 1',
    );
  });
  test('direct token.iost calls: balances, decimals, errors', () => {
    const t = (args: unknown[], signers = ['alice']) => call(vm, 'token.iost', 'transfer', args, signers);
    const bal = (who: string) => call(vm, 'token.iost', 'balanceOf', ['iost', who]).returns[0];
    const bob = bal('bob');
    expect(t(['iost', 'alice', 'bob', '1.123456789', 'm']).status).toBe('success');
    expect(Number(bal('bob'))).toBeCloseTo(Number(bob) + 1.12345678, 8);
    expect(t(['iost', 'bob', 'alice', '1', ''], ['alice']).error).toBe('transaction has no permission');
    expect(t(['iost', 'alice', 'nobody', '1', '']).error).toBe('invalid account nobody');
    // token_v6's transfer (token_v3.go) refines the amount first (token_v2.go refineAmount):
    // anything but digits with one point fails its pattern, printed with Go's nil error.
    expect(t(['iost', 'alice', 'bob', '-1', '']).error).toBe('invalid amount -1 <nil>');
    expect(t(['iost', 'alice', 'bob', '1x', '']).error).toBe('invalid amount 1x <nil>');
    expect(t(['iost', 'alice', 'bob', '0', '']).error).toBe('invalid amount');
    expect(t(['iost', 'alice', 'bob', '1', 'm'.repeat(513)]).error).toBe('memo too large');
    expect(t(['eth', 'alice', 'bob', '1', '']).error).toBe('token not exists');
    expect(t(['iost', 'bob', 'alice', '100000', ''], ['bob']).error).toMatch(
      /^balance not enough \d+(\.\d+)? < 100000$/,
    );
  });
});

describe('time limit', () => {
  test('the watchdog is a backstop: a call past the clock is charged its whole gas limit, nothing is kept', () => {
    const id = deploy(
      vm,
      `class T { init() {} slow() { storage.put('x', 'y'); let s = 0; for (let i = 0; i < 1e12; i++) s += i; return s; } }\nmodule.exports = T;`,
      [['slow']],
    );
    const before = snapshot(vm);
    const r = call(vm, id, 'slow', [], ['alice'], 9_000_000_000_000);
    expect(r).toMatchObject({
      status: 'error',
      error: 'execution killed: time limit of 300 ms exceeded',
      gasUsed: 9_000_000_000_000,
    });
    expect(snapshot(vm)).toBe(before);
    // The isolate the clock stopped is replaced; the engine keeps serving.
    expect(call(vm, ids[0]!, 'other', [1]).returns).toEqual(['done']);
  });
});

describe('fatal failures cannot be caught by a caller', () => {
  const burner = deploy(
    vm,
    `class B { init() {} burn() { storage.put('b', '1'); for (;;) {} } }\nmodule.exports = B;`,
    [['burn']],
  );
  const catcher = deploy(
    vm,
    `class C { init() {} tryIt(b) { storage.put('c', '1'); blockchain.call(b, 'burn', []); return 'survived'; } }\nmodule.exports = C;`,
    [['tryIt', ['string']]],
  );
  test('out of gas in a nested call fails the whole transaction', () => {
    const before = snapshot(vm);
    const r = call(vm, catcher, 'tryIt', [burner], ['alice'], 200_000);
    expect(r).toMatchObject({ status: 'error', error: 'out of gas', gasUsed: 200_000 });
    expect(snapshot(vm)).toBe(before);
  });
});
