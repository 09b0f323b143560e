/**
 * `polyvm js deploy|call|update --pay-ram`: storage paid in RAM as go-iost vm/host/db_handler.go
 * counts it (the key `contract-key`, the value `s` + value + `@` + payer) and teller.go charges
 * it (a contract's owner pays; short of RAM the transaction fails, state unchanged). The RAM to
 * spend comes from ram.iost, issued at genesis (go-iost config/genesis/contract, read from the
 * POLYVM_GO_IOST checkout); without it the payer holds none.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseAbi } from '../../src/jsvm/abi.js';
import { contractInfoOf, contractRecordLength, iostCompiledCode } from '../../src/jsvm/iost-compiled.js';
import { runCli } from '../cli-io.js';
import { goIostFile } from './go-iost.js';

const run = (cwd: string, ...argv: string[]) => runCli(cwd, argv);

const COUNTER = `class Counter {\n  init() { storage.put('n', '0'); }\n  inc() { storage.put('n', String(Number(storage.get('n')) + 10)); }\n}\nmodule.exports = Counter;\n`;
const COUNTER_ABI = { lang: 'javascript', version: '1.0.0', abi: [{ name: 'inc', args: [] }] };

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'polyvm-js-ram-'));
  writeFileSync(join(dir, 'counter.js'), COUNTER);
  writeFileSync(join(dir, 'counter.abi'), JSON.stringify(COUNTER_ABI));
  return dir;
}

// "pr_counter-n" (12 bytes) + "s0@pr_counter" (13): the init's one value.
const INIT_BYTES = 25;
/**
 * The deploy's own RAM, from its publisher (go-iost host.go SetCode and system.go setCode): the
 * record of IOST's compiled code with `init` (iost-compiled.test.ts checks that text against
 * go-iost's compiler), and `system.iost-contract_owner` (26) + the id twice (20) + `sX@X`.
 */
const deployBytes = (publisher: string) =>
  contractRecordLength(
    'pr_counter',
    contractInfoOf(COUNTER_ABI, parseAbi(COUNTER_ABI)),
    iostCompiledCode(COUNTER),
    true,
  ) +
  26 +
  20 +
  2 +
  2 * publisher.length;

test('--pay-ram: a deployer without RAM fails (exit 1, nothing deployed); without the switch it deploys', async () => {
  const dir = project();
  expect((await run(dir, 'js', 'init', '--account', 'alice=10')).code).toBe(0);
  const paid = await run(
    dir,
    'js',
    'deploy',
    'counter.js',
    '--id',
    'pr_counter',
    '--signer',
    'alice',
    '--pay-ram',
    '--json',
  );
  expect(paid.code).toBe(1);
  expect(paid.json()).toMatchObject({
    status: 'error',
    code: 'JS_TX_FAILED',
    error: `balance not enough after executing actions: pay ram failed. id: alice need ${deployBytes('alice')}, actual 0`,
  });
  const call = await run(dir, 'js', 'call', 'pr_counter', 'inc', '[]', '--signer', 'alice', '--json');
  expect(call.json().error).toBe('prepare contract: contract pr_counter not found');
  const free = await run(
    dir,
    'js',
    'deploy',
    'counter.js',
    '--id',
    'pr_counter',
    '--signer',
    'alice',
    '--json',
  );
  expect(free.json()).toEqual({ status: 'success', id: 'pr_counter', gasUsed: free.json().gasUsed });
});

const genesis = goIostFile('config/genesis/contract/ram.js');
describe.skipIf(!genesis.found)(`--pay-ram with ram.iost from go-iost's genesis${genesis.skip}`, () => {
  if (!genesis.found) return void test('data not found', () => {});
  test('the owner pays the bytes its contract stores; ramUsage in the JSON, ram lines in text', async () => {
    const dir = project();
    const contracts = genesis.path.replace(/\/ram\.js$/, '');
    const init = await run(dir, 'js', 'init', '--account', 'admin=2000', '--genesis', contracts);
    expect(init.code, init.err).toBe(0);
    const before = await run(
      dir,
      'js',
      'call',
      'token.iost',
      'balanceOf',
      '["ram","admin"]',
      '--signer',
      'admin',
      '--json',
    );
    const ram0 = Number(before.json().returns[0]);
    expect(ram0).toBeGreaterThan(INIT_BYTES);
    const dep = await run(
      dir,
      'js',
      'deploy',
      'counter.js',
      '--id',
      'pr_counter',
      '--signer',
      'admin',
      '--pay-ram',
      '--json',
    );
    expect(dep.json()).toMatchObject({
      status: 'success',
      id: 'pr_counter',
      ramUsage: { admin: deployBytes('admin'), pr_counter: INIT_BYTES },
    });
    // "0" → "10": one byte more, paid by the owner.
    const inc = await run(dir, 'js', 'call', 'pr_counter', 'inc', '[]', '--signer', 'admin', '--pay-ram');
    expect(inc.code).toBe(0);
    expect(inc.out).toContain('ram pr_counter 1\n');
    const after = await run(
      dir,
      'js',
      'call',
      'token.iost',
      'balanceOf',
      '["ram","admin"]',
      '--signer',
      'admin',
      '--json',
    );
    expect(Number(after.json().returns[0])).toBe(ram0 - deployBytes('admin') - INIT_BYTES - 1);
  }, 120_000);

  test('update --pay-ram: the publisher pays the new record less the old one (host.go UpdateCode)', async () => {
    const dir = project();
    const contracts = genesis.path.replace(/\/ram\.js$/, '');
    expect((await run(dir, 'js', 'init', '--account', 'admin=2000', '--genesis', contracts)).code).toBe(0);
    const v1 =
      "class U {\n  init() {}\n  can_update(d) { return d === 'go'; }\n  f() { return 1; }\n}\nmodule.exports = U;\n";
    const v2 = v1.replace('return 1;', "return 'a longer result, so a longer record';");
    const abi = {
      lang: 'javascript',
      version: '1.0.0',
      abi: [
        { name: 'can_update', args: ['string'] },
        { name: 'f', args: [] },
      ],
    };
    writeFileSync(join(dir, 'u1.js'), v1);
    writeFileSync(join(dir, 'u2.js'), v2);
    for (const f of ['u1.abi', 'u2.abi']) writeFileSync(join(dir, f), JSON.stringify(abi));
    const bytes = (code: string) =>
      contractRecordLength('upd_c', contractInfoOf(abi, parseAbi(abi)), iostCompiledCode(code), false);
    const dep = await run(
      dir,
      'js',
      'deploy',
      'u1.js',
      '--id',
      'upd_c',
      '--signer',
      'admin',
      '--pay-ram',
      '--json',
    );
    expect(dep.json().status).toBe('success');
    const up = await run(
      dir,
      'js',
      'update',
      'upd_c',
      'u2.js',
      '--data',
      'go',
      '--signer',
      'admin',
      '--pay-ram',
      '--json',
    );
    expect(up.json()).toMatchObject({ status: 'success', ramUsage: { admin: bytes(v2) - bytes(v1) } });
    expect(bytes(v2) - bytes(v1)).toBeGreaterThan(30);
  }, 120_000);

  test('js init --genesis DIR --js-system runs account.js and ram.js as auth.iost and ram.iost', async () => {
    const dir = project();
    const contracts = genesis.path.replace(/\/ram\.js$/, '');
    const init = await run(
      dir,
      'js',
      'init',
      '--account',
      'admin=2000',
      '--genesis',
      contracts,
      '--js-system',
      '--json',
    );
    expect(init.code, init.err).toBe(0);
    expect(init.json().genesis.slice(0, 2)).toEqual(['auth.iost', 'ram.iost']);
    const buy = await run(
      dir,
      'js',
      'call',
      'ram.iost',
      'buy',
      '["admin","admin",100]',
      '--signer',
      'admin',
      '--json',
    );
    expect(buy.json().status).toBe('success');
    // A JavaScript call: go-iost monitor.go's JSCost of 30,000 and the metered run (native: 1,000).
    expect(buy.json().gasUsed).toBeGreaterThan(30_000);
  }, 120_000);
});
