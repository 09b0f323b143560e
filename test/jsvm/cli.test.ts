/** `polyvm js init|deploy|call|pack` end to end, in-process, over an LMDB state directory. */
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../cli-io.js';

const run = (cwd: string, ...argv: string[]) => runCli(cwd, argv);

describe('polyvm js', () => {
  const dir = mkdtempSync(join(tmpdir(), 'polyvm-js-'));
  writeFileSync(
    join(dir, 'counter.js'),
    `class Counter {\n  init() { storage.put('n', '0'); }\n  inc(by) { const n = Number(storage.get('n')) + by; storage.put('n', String(n)); blockchain.event('inc'); return n; }\n  pay(to, amount) { blockchain.transfer(tx.publisher, to, amount, 'cli'); }\n}\nmodule.exports = Counter;\n`,
  );
  writeFileSync(
    join(dir, 'counter.abi'),
    JSON.stringify({
      lang: 'javascript',
      version: '1.0.0',
      abi: [
        { name: 'inc', args: ['number'] },
        { name: 'pay', args: ['string', 'string'], amountLimit: [{ token: 'iost', val: '10' }] },
      ],
    }),
  );

  test('init, deploy, call, token.iost', async () => {
    const init = await run(dir, 'js', 'init', '--account', 'alice=1000', '--account', 'bob');
    expect(init.code).toBe(0);
    const dep = await run(dir, 'js', 'deploy', 'counter.js', '--signer', 'alice', '--json');
    expect(dep.code).toBe(0);
    const d = dep.json();
    expect(d).toMatchObject({ status: 'success' });
    expect(d.id).toMatch(/^Contract[1-9A-HJ-NP-Za-km-z]+$/);
    expect(Object.keys(d)).toEqual(['status', 'id', 'gasUsed']);
    const c = await run(dir, 'js', 'call', d.id, 'inc', '[2]', '--signer', 'alice', '--json');
    expect(c.json()).toMatchObject({
      status: 'success',
      returns: ['2'],
      receipts: [],
      events: [{ contract: d.id, data: 'inc' }],
    });
    expect(Object.keys(c.json())).toEqual(['status', 'returns', 'gasUsed', 'receipts', 'events']);
    expect(
      (await run(dir, 'js', 'call', d.id, 'inc', '[3]', '--signer', 'alice', '--json')).json().returns,
    ).toEqual(['5']);
    const pay = await run(dir, 'js', 'call', d.id, 'pay', '["bob","2.5"]', '--signer', 'alice', '--json');
    expect(pay.json().receipts).toEqual([
      { func_name: 'token.iost/transfer', content: '["iost","alice","bob","2.5","cli"]' },
    ]);
    const bal = await run(
      dir,
      'js',
      'call',
      'token.iost',
      'balanceOf',
      '["iost","bob"]',
      '--signer',
      'alice',
      '--json',
    );
    expect(bal.json().returns).toEqual(['2.5']);
    const t = await run(
      dir,
      'js',
      'call',
      'token.iost',
      'transfer',
      '["iost","bob","alice","1","x"]',
      '--signer',
      'bob',
      '--json',
    );
    expect(t.json().status).toBe('success');
  });

  test('failures: exit 1 with an error document, state unchanged', async () => {
    const dep = (
      await run(dir, 'js', 'deploy', 'counter.js', '--signer', 'alice', '--id', 'counter.iost', '--json')
    ).json();
    expect(dep.id).toBe('counter.iost');
    const again = await run(
      dir,
      'js',
      'deploy',
      'counter.js',
      '--signer',
      'alice',
      '--id',
      'counter.iost',
      '--json',
    );
    expect(again.code).toBe(1);
    expect(again.json()).toEqual({ status: 'error', code: 'JS_TX_FAILED', error: 'contract exists' });
    const oog = await run(
      dir,
      'js',
      'call',
      'counter.iost',
      'inc',
      '[1]',
      '--signer',
      'alice',
      '--gas-limit',
      '100',
      '--json',
    );
    expect(oog.code).toBe(1);
    expect(oog.json()).toMatchObject({ status: 'error', error: 'out of gas', returns: [] });
    const ok = await run(dir, 'js', 'call', 'counter.iost', 'inc', '[1]', '--signer', 'alice', '--json');
    expect(ok.json().returns).toEqual(['1']);
  });

  // go-iost system.iost updateCode (vm/native/system.go): the old contract's can_update(data)
  // decides; init does not run again; the owner stays the deployer (contractOwner), the
  // publisher is whoever signs each transaction.
  test('update: can_update decides, state and owner are kept', async () => {
    const v1 = `class U {\n  init() { storage.put('v', '1'); }\n  can_update(data) { return blockchain.requireAuth(blockchain.contractOwner(), 'active') && data === 'go'; }\n  get() { return storage.get('v'); }\n}\nmodule.exports = U;\n`;
    const v2 = v1.replace(
      "get() { return storage.get('v'); }",
      "get() { return storage.get('v') + '+v2'; }\n  who() { return [blockchain.contractOwner(), blockchain.publisher()]; }",
    );
    const abi = (extra: object[]) =>
      JSON.stringify({
        lang: 'javascript',
        version: '1.0.0',
        abi: [{ name: 'can_update', args: ['string'] }, { name: 'get', args: [] }, ...extra],
      });
    writeFileSync(join(dir, 'u1.js'), v1);
    writeFileSync(join(dir, 'u1.abi'), abi([]));
    writeFileSync(join(dir, 'u2.js'), v2);
    writeFileSync(join(dir, 'u2.abi'), abi([{ name: 'who', args: [] }]));
    expect((await run(dir, 'js', 'deploy', 'u1.js', '--signer', 'alice', '--id', 'upd.iost')).code).toBe(0);
    const byBob = await run(
      dir,
      'js',
      'update',
      'upd.iost',
      'u2.js',
      '--data',
      'go',
      '--signer',
      'bob',
      '--json',
    );
    expect(byBob.code).toBe(1);
    expect(byBob.json()).toMatchObject({ status: 'error', code: 'JS_TX_FAILED', error: 'update refused' });
    const noData = await run(dir, 'js', 'update', 'upd.iost', 'u2.js', '--signer', 'alice', '--json');
    expect(noData.json()).toMatchObject({ error: 'update refused' });
    const ok = await run(
      dir,
      'js',
      'update',
      'upd.iost',
      'u2.js',
      '--data',
      'go',
      '--signer',
      'alice',
      '--json',
    );
    expect(ok.code).toBe(0);
    expect(ok.json()).toMatchObject({ status: 'success', id: 'upd.iost' });
    const get = await run(dir, 'js', 'call', 'upd.iost', 'get', '[]', '--signer', 'bob', '--json');
    expect(get.json().returns).toEqual(['1+v2']);
    const who = await run(dir, 'js', 'call', 'upd.iost', 'who', '[]', '--signer', 'bob', '--json');
    expect(who.json().returns).toEqual(['["alice","bob"]']);
  });

  test('bad input: exit 2 with one line', async () => {
    const junk = join(dir, 'junk');
    mkdirSync(junk);
    writeFileSync(join(junk, 'notes.txt'), 'mine');
    const j = await run(dir, 'js', 'init', '--state', 'junk', '--account', 'alice=1');
    expect(j.code).toBe(2);
    expect(j.err).toMatch(/is not a polyvm state store/);
    expect(readdirSync(junk)).toEqual(['notes.txt']);
    expect(
      (await run(dir, 'js', 'call', 'counter.iost', 'inc', '[1]', '--signer', 'alice', '--gas-limit', 'x'))
        .code,
    ).toBe(2);
    expect((await run(dir, 'js', 'call', 'counter.iost', 'inc', '[1]')).err).toMatch(/at least one --signer/);
    writeFileSync(join(dir, 'bad.js'), 'class B { run() {} }\nmodule.exports = B;\n');
    writeFileSync(join(dir, 'bad.abi'), JSON.stringify({ lang: 'javascript', version: '1.0.0', abi: [] }));
    const bad = await run(dir, 'js', 'deploy', 'bad.js', '--signer', 'alice', '--json');
    expect(bad.code).toBe(2);
    expect(bad.json()).toEqual({
      status: 'error',
      code: 'JS_CONTRACT_INVALID',
      error: 'bad.js:1:1: contract invalid: init not found: class B must define init()',
    });
    writeFileSync(join(dir, 'syntax.js'), 'class S {\n  init() { return 1 +; }\n}\nmodule.exports = S;\n');
    writeFileSync(join(dir, 'syntax.abi'), JSON.stringify({ lang: 'javascript', version: '1.0.0', abi: [] }));
    const syntax = await run(dir, 'js', 'deploy', 'syntax.js', '--signer', 'alice');
    expect(syntax.code).toBe(2);
    expect(syntax.err).toBe('polyvm: error: syntax.js:2:22: syntax error: Unexpected token\n');
  });

  test('js init refuses an account that exists, and leaves every balance as it was', async () => {
    const again = await run(dir, 'js', 'init', '--account', 'carol=5', '--account', 'alice=1000');
    expect(again.code).toBe(2);
    // alice: 1000, paid 2.5 to bob, got 1 back (the tests above).
    expect(again.err).toBe(
      "polyvm: error: account alice exists (balance 998.5 iost): js init creates accounts and never changes a balance; move iost with 'polyvm js call token.iost transfer'\n",
    );
    // All or nothing: carol, listed first, was not created either.
    const carol = await run(
      dir,
      'js',
      'call',
      'token.iost',
      'balanceOf',
      '["iost","carol"]',
      '--signer',
      'carol',
    );
    expect(carol.err).toMatch(/unauthorized signer: account carol does not exist/);
    expect((await run(dir, 'js', 'init', '--account', 'dave', '--account', 'dave=1')).err).toMatch(
      /--account dave given twice/,
    );
  });

  test('arguments that do not fit the ABI are bad input (exit 2) naming the argument', async () => {
    const big = await run(
      dir,
      'js',
      'call',
      'counter.iost',
      'inc',
      '[9007199254740993]',
      '--signer',
      'alice',
    );
    expect(big.code).toBe(2);
    expect(big.err).toMatch(
      /^polyvm: error: counter.iost.inc: error parse number arg &\{9007199254740993\} \(argument 1\): a JavaScript number holds integers exactly only up to 2\^53 - 1/,
    );
    const malformed = await run(
      dir,
      'js',
      'call',
      'counter.iost',
      'inc',
      '[1',
      '--signer',
      'alice',
      '--json',
    );
    expect(malformed.code).toBe(2);
    expect(malformed.json()).toMatchObject({ status: 'error', code: 'JS_ARGUMENTS' });
    expect(malformed.json().error).toMatch(/^counter.iost.inc: error in data/);
  });

  test("--key signs the call as iwallet does; the account's keys decide", async () => {
    const d = mkdtempSync(join(tmpdir(), 'polyvm-js-key-'));
    // go-iost's test producer key (core/tx/tx_test.go) and its public key.
    const sec = '1rANSfcRzr4HkhbUFZ7L1Zp69JZZHiDDq5v7dNSbbEqeU4jxy3fszV4HGiaLQEyqVpS1dKT9g7zCVRxBVzuiUzB';
    const pub = '6sNQa7PV2SFzqCBtQUcQYJGGoU7XaB6R4xuCQVXNZe6b';
    expect((await run(d, 'js', 'init', '--account', 'alice=100', '--account', 'bob')).code).toBe(0);
    expect(
      (
        await run(
          d,
          'js',
          'call',
          'auth.iost',
          'signUp',
          JSON.stringify(['user_01', pub, pub]),
          '--signer',
          'alice',
        )
      ).code,
    ).toBe(0);
    expect(
      (
        await run(
          d,
          'js',
          'call',
          'token.iost',
          'transfer',
          '["iost","alice","user_01","20",""]',
          '--signer',
          'alice',
        )
      ).code,
    ).toBe(0);
    const send = (key: string) =>
      run(
        d,
        'js',
        'call',
        'token.iost',
        'transfer',
        '["iost","user_01","bob","1.5",""]',
        '--signer',
        'user_01',
        '--key',
        key,
        '--json',
      );
    const ok = await send(sec);
    expect(ok.code).toBe(0);
    expect(ok.json().receipts).toEqual([
      { func_name: 'token.iost/transfer', content: '["iost","user_01","bob","1.5",""]' },
    ]);
    const wrong = await send('EhNiaU4DzUmjCrvynV3gaUeuj2VjB1v2DCmbGD5U2nSE:secp256k1');
    expect(wrong.code).toBe(2);
    expect(wrong.err).toMatch(/unauthorized publisher: user_01/);
    const bad = await send('xyz:rsa');
    expect(bad.code).toBe(2);
    expect(
      (await run(d, 'js', 'call', 'token.iost', 'balanceOf', '["iost","bob"]', '--signer', 'alice')).out,
    ).toMatch(/^\["1.5"\]/);
  });

  test('pack bundles require/module.exports into one deployable file', async () => {
    const proj = join(dir, 'proj');
    mkdirSync(proj);
    writeFileSync(join(proj, 'math.js'), 'module.exports = { double: (x) => x * 2 };\n');
    writeFileSync(
      join(proj, 'index.js'),
      "const math = require('./math.js');\nclass Packed {\n  init() {}\n  twice(n) { return math.double(n); }\n}\nmodule.exports = Packed;\n",
    );
    const p = await run(dir, 'js', 'pack', 'proj', '-o', 'packed.js');
    expect(p.code).toBe(0);
    writeFileSync(
      join(dir, 'packed.abi'),
      JSON.stringify({ lang: 'javascript', version: '1.0.0', abi: [{ name: 'twice', args: ['number'] }] }),
    );
    const d = (await run(dir, 'js', 'deploy', 'packed.js', '--signer', 'alice', '--json')).json();
    expect(d.status).toBe('success');
    const c = await run(dir, 'js', 'call', d.id, 'twice', '[21]', '--signer', 'alice', '--json');
    expect(c.json().returns).toEqual(['42']);
  });
});
