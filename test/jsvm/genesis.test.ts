/**
 * IOST's genesis system contracts, go-iost `config/genesis/contract/*.js` read at test time
 * from the POLYVM_GO_IOST checkout, deployed unchanged by runGenesis (consensus/genesis/
 * genesis.go's layout) and driven as go-iost's test/integration tests drive them:
 * vote_producer_test.go Test_InitProducer and Test_Register, the vote/unvote figures of
 * Test_SwitchOff, and exchange.js's account creation. Accounts user_0…user_9 as
 * createAccountsWithResource makes them (10,000 bytes of RAM) with prepareToken's 2,000,000,000
 * iost each; keys are ours (go-iost's test keys only order the pending list, sorted by key).
 */
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ed25519 } from '@noble/curves/ed25519.js';
import { afterAll, describe, expect, test } from 'vitest';
import { runGenesis } from '../../src/jsvm/genesis.js';
import { base58Encode, JsVm } from '../../src/jsvm/index.js';
import { keys } from '../../src/jsvm/keys.js';
import { MemoryStore } from '../../src/state/index.js';
import { goIostFile } from './go-iost.js';

const dir = goIostFile('config/genesis/contract/vote_producer.js');
const contracts = dir.path.replace(/\/vote_producer\.js$/, '');
const pub = (i: number) => base58Encode(ed25519.getPublicKey(new Uint8Array(32).fill(i + 1)));
const decoder = new TextDecoder();

function chainOf(jsSystem: boolean): JsVm {
  const vm = new JsVm(new MemoryStore(), { payRam: true });
  for (let i = 0; i < 10; i++) {
    vm.createAccount(`user_${i}`, '2000000000', { owner: pub(i), active: pub(i) });
    vm.ledger.setBalance('ram', `user_${i}`, 10_000n);
  }
  vm.createAccount('deadaddr', '0');
  const witnesses = [0, 1, 2, 3, 4, 5].map((i) => ({ id: `user_${i}`, pubkey: pub(i) }));
  const report = runGenesis(vm, contracts, { admin: 'user_0', witnesses, jsSystem });
  expect(report.deployed).toEqual([
    ...(jsSystem ? ['auth.iost', 'ram.iost'] : []),
    'issue.iost',
    'bonus.iost',
    'vote.iost',
    'vote_producer.iost',
    'base.iost',
    'exchange.iost',
  ]);
  return vm;
}
const value = (vm: JsVm, c: string, k: string) => {
  const raw = vm.cache.get(keys.value(c, k));
  return raw === undefined ? null : decoder.decode(raw);
};
const field = (vm: JsVm, c: string, k: string, f: string) => {
  const raw = vm.cache.get(keys.mapField(c, k, f));
  return raw === undefined ? null : decoder.decode(raw);
};
const vp = (vm: JsVm, method: string, args: unknown[], signer: string) =>
  vm.call({ contract: 'vote_producer.iost', method, args: JSON.stringify(args), signers: [signer] });

describe.skipIf(!dir.found).each([
  ['auth.iost and ram.iost native', false],
  ['account.js and ram.js run as JavaScript (jsSystem)', true],
])(`go-iost genesis contracts${dir.skip}, %s`, (_name, jsSystem) => {
  if (!dir.found) return void test('data not found', () => {});
  const chain = () => chainOf(jsSystem);

  test('Test_InitProducer: vote 1 opened, producers pending sorted by key, options in order', () => {
    const vm = chain();
    expect(value(vm, 'vote.iost', 'current_id')).toBe('"1"');
    expect(value(vm, 'vote_producer.iost', 'voteId')).toBe('1');
    const sorted = [0, 1, 2, 3, 4, 5].map(pub).sort();
    expect(value(vm, 'vote_producer.iost', 'pendingProducerList')).toBe(JSON.stringify(sorted));
    expect(vm.nativeMaps('vote.iost').keys('v_1')).toEqual([0, 1, 2, 3, 4, 5].map((i) => `user_${i}`));
  });

  test('Test_Register "register 1": apply, log in, apply to unregister, unregister, apply, approve', () => {
    const vm = chain();
    const steps: [string, unknown[], string][] = [
      ['applyRegister', ['user_6', pub(6), 'loc', 'url', 'netId', true], 'user_6'],
      ['logInProducer', ['user_6'], 'user_6'],
      ['applyUnregister', ['user_6'], 'user_6'],
      ['unregister', ['user_6'], 'user_6'],
      ['applyRegister', ['user_6', pub(6), 'loc', 'url', 'netId', true], 'user_6'],
      ['approveRegister', ['user_6'], 'user_0'],
    ];
    for (const [m, args, s] of steps) expect(vp(vm, m, args, s).error, m).toBeUndefined();
    expect(JSON.parse(field(vm, 'vote_producer.iost', 'producerTable', 'user_6')!)).toMatchObject({
      pubkey: pub(6),
      loc: 'loc',
      url: 'url',
      netId: 'netId',
      isProducer: true,
    });
  });

  test('Test_Register "register 2": unregister twice fails with option not exist', () => {
    const vm = chain();
    expect(
      vp(vm, 'applyRegister', ['user_6', pub(6), 'loc', 'url', 'netId', true], 'user_6').error,
    ).toBeUndefined();
    expect(vp(vm, 'unregister', ['user_6'], 'user_6').error).toBeUndefined();
    expect(vp(vm, 'unregister', ['user_6'], 'user_6').error).toContain('option not exist');
  });

  test('Test_Register "register 6": the admin registers, forces out and approves for an account', () => {
    const vm = chain();
    const steps: [string, unknown[]][] = [
      ['applyRegister', ['user_6', pub(6), 'loc', 'url', 'netId', true]],
      ['logInProducer', ['user_6']],
      ['forceUnregister', ['user_6']],
      ['unregister', ['user_6']],
      ['applyRegister', ['user_6', pub(6), 'loc', 'url', 'netId', true]],
      ['approveRegister', ['user_6']],
      ['logOutProducer', ['user_6']],
      ['applyUnregister', ['user_6']],
    ];
    for (const [m, args] of steps) expect(vp(vm, m, args, 'user_0').error, m).toBeUndefined();
  });

  test('Test_SwitchOff: vote 3, unvote 1 (vote.iost v_1 as IOST stores it); the votes are frozen iost', () => {
    const vm = chain();
    const before = vm.balance('iost', 'user_0');
    expect(vp(vm, 'vote', ['user_0', 'user_1', '3'], 'user_0').error).toBeUndefined();
    expect(field(vm, 'vote.iost', 'v_1', 'user_1')).toBe('{"votes":"3","deleted":0,"clearTime":-1}');
    expect(vm.balance('iost', 'user_0')).toBe(before - 3n * 100_000_000n);
    expect(vp(vm, 'unvote', ['user_0', 'user_1', '1'], 'user_0').error).toBeUndefined();
    expect(field(vm, 'vote.iost', 'v_1', 'user_1')).toBe('{"votes":"2","deleted":0,"clearTime":-1}');
    // unvote gives the iost back frozen for VOTE_LOCKTIME, 7 days (vote_common.js transferFreeze)
    expect(vm.balance('iost', 'user_0')).toBe(before - 3n * 100_000_000n);
    vm.advanceBlocks(7 * 86_400 * 2 - 4);
    vm.call({ contract: 'token.iost', method: 'balanceOf', args: '["iost","user_0"]', signers: ['user_0'] });
    expect(vm.balance('iost', 'user_0')).toBe(before - 3n * 100_000_000n);
    vm.advanceBlocks(4);
    vm.call({ contract: 'token.iost', method: 'balanceOf', args: '["iost","user_0"]', signers: ['user_0'] });
    expect(vm.balance('iost', 'user_0')).toBe(before - 2n * 100_000_000n);
  });

  test('vote for someone who is not a candidate fails; voting needs the voter', () => {
    const vm = chain();
    expect(vp(vm, 'vote', ['user_0', 'user_9', '3'], 'user_0').status).toBe('error');
    expect(vp(vm, 'vote', ['user_0', 'user_1', '3'], 'user_2').error).toContain('require auth failed');
  });

  test('exchange.js transfer: creates an account, buys it 1,000 bytes, pledges 10 iost, gives the rest', () => {
    const vm = chain();
    const key = pub(20);
    const r = vm.call({
      contract: 'exchange.iost',
      method: 'transfer',
      args: JSON.stringify(['iost', '', '200', `create:newuser1:${key}:${key}`]),
      signers: ['user_0'],
    });
    expect(r.error).toBeUndefined();
    expect(vm.hasAccount('newuser1')).toBe(true);
    expect(vm.ramOf('newuser1')).toMatchObject({ total: 1000, available: '1000' });
    const buy = r.receipts.find(
      (x) => x.func_name === 'token.iost/transfer' && x.content.includes('"ram.iost"'),
    );
    const price = Number(JSON.parse(buy!.content)[3]);
    const got = Number(vm.balance('iost', 'newuser1')) / 1e8;
    expect(got).toBeCloseTo(200 - price - 10, 8);
    expect(vm.gasOf('newuser1').pledged).toBe('10');
  });
});

// go-iost runs auth.iost and ram.iost as JavaScript (consensus/genesis/genesis.go compiles
// account.js and ram.js); polyvm's native versions keep their storage layout and RAM payers
// (account.js _saveAccount), so either gives the same records and RAM; only the gas differs: a
// flat 1,000 natively, the metered run as JavaScript.
describe.skipIf(!dir.found)(`auth.iost native and as account.js${dir.skip}`, () => {
  if (!dir.found) return void test('data not found', () => {});
  test('signUp and addPermission: the same records, receipts and RAM natively as from account.js; JS gas', () => {
    const key = pub(30);
    const runs = [false, true].map((js) => {
      const vm = chainOf(js);
      const call = (method: string, args: unknown[], signer: string) =>
        vm.call({ contract: 'auth.iost', method, args: JSON.stringify(args), signers: [signer] });
      const up = call('signUp', ['newuser2', key, key], 'user_0');
      const record = field(vm, 'auth.iost', 'auth', 'newuser2');
      // account.js _saveAccount: the account itself pays for its record from now on.
      const poor = call('addPermission', ['newuser2', 'perm0', 50], 'newuser2');
      vm.ledger.setBalance('ram', 'newuser2', 10_000n);
      const perm = call('addPermission', ['newuser2', 'perm1', 50], 'newuser2');
      return { vm, up, record, poor, perm };
    });
    const [native, js] = runs as [(typeof runs)[0], (typeof runs)[0]];
    expect(js.up.error).toBeUndefined();
    expect(js.record).toBe(native.record);
    expect(js.up.receipts).toEqual(native.up.receipts);
    expect(JSON.parse(js.record!)).toMatchObject({ id: 'newuser2', referrer: 'user_0' });
    expect(js.vm.gasOf('newuser2').pledged).toBe('10');
    expect(js.poor.error).toMatch(
      /^balance not enough after executing actions: pay ram failed\. id: newuser2 need \d+, actual 0$/,
    );
    expect(js.perm.error).toBeUndefined();
    expect(js.perm.receipts).toEqual([
      { func_name: 'auth.iost/addPermission', content: '["newuser2","perm1",50]' },
    ]);
    expect(js.vm.ramOf('newuser2').used).toBeGreaterThan(0);
    // polyvm's native auth.iost pays the record's RAM as account.js does.
    expect(native.poor.error).toBe(js.poor.error);
    expect(native.perm.error).toBeUndefined();
    expect(native.perm.receipts).toEqual(js.perm.receipts);
    expect(field(native.vm, 'auth.iost', 'auth', 'newuser2')).toBe(
      field(js.vm, 'auth.iost', 'auth', 'newuser2'),
    );
    expect(native.vm.ramOf('newuser2')).toEqual(js.vm.ramOf('newuser2'));
    expect(native.perm.gasUsed).toBe(1_000);
    for (const r of [js.up, js.perm]) expect(r.gasUsed).toBeGreaterThan(30_000);
  });
});

// bonus_test.go: base.iost is go-iost's fake test_data/base.js (prepareFakeBase), which hands
// issueContribute on to bonus.iost with its authority; supply as prepareIssue +
// prepareNewProducerVote leave it (21,000,000,000 iost to user_0, 1,000 to vote_producer.iost).
const fakeBase = goIostFile('test/integration/test_data/base.js');
describe.skipIf(!dir.found || !fakeBase.found)(`go-iost bonus_test.go${dir.skip || fakeBase.skip}`, () => {
  if (!dir.found || !fakeBase.found) return void test('data not found', () => {});
  const genesisDir = mkdtempSync(join(tmpdir(), 'polyvm-go-iost-genesis-'));
  for (const f of readdirSync(contracts)) copyFileSync(join(contracts, f), join(genesisDir, f));
  copyFileSync(fakeBase.path, join(genesisDir, 'base.js'));
  copyFileSync(`${fakeBase.path}.abi`, join(genesisDir, 'base.js.abi'));
  afterAll(() => rmSync(genesisDir, { recursive: true, force: true }));

  function bonusChain(): JsVm {
    const vm = new JsVm(new MemoryStore(), { payRam: true });
    vm.createAccount('user_0', '21000001000', { owner: pub(0), active: pub(0) });
    for (let i = 1; i < 10; i++) vm.createAccount(`user_${i}`, '0', { owner: pub(i), active: pub(i) });
    for (let i = 0; i < 10; i++) vm.ledger.setBalance('ram', `user_${i}`, 10_000n);
    const witnesses = [0, 1, 2, 3, 4, 5].map((i) => ({ id: `user_${i}`, pubkey: pub(i) }));
    runGenesis(vm, genesisDir, { admin: 'user_0', foundation: 'user_1', witnesses });
    const t = vm.call({
      contract: 'token.iost',
      method: 'transfer',
      args: '["iost","user_0","vote_producer.iost","1000",""]',
      signers: ['user_0'],
    });
    expect(t.error).toBeUndefined();
    return vm;
  }
  const call = (vm: JsVm, contract: string, method: string, args: unknown[], signer: string) =>
    vm.call({ contract, method, args: JSON.stringify(args), signers: [signer] });
  const contribute = (vm: JsVm, who: string) =>
    call(vm, 'base.iost', 'issueContribute', [{ parent: [who, '12345678'] }], who);

  test('Test_IssueBonus / Test_ExchangeIOST: 3.28513441 contribute per block, exchanged for iost', () => {
    const vm = bonusChain();
    expect(contribute(vm, 'user_1').error).toBeUndefined();
    expect(vm.balance('contribute', 'user_1')).toBe(328513441n);
    expect(contribute(vm, 'user_2').error).toBeUndefined();
    expect(vm.balance('contribute', 'user_2')).toBe(328513441n);
    vm.ledger.setBalance('iost', 'bonus.iost', 1000n * 100_000_000n);
    vm.ledger.setBalance('iost', 'user_1', 0n);
    const r = call(vm, 'bonus.iost', 'exchangeIOST', ['user_1', '1.9'], 'user_1');
    expect(r.error).toBeUndefined();
    expect(vm.balance('contribute', 'user_1')).toBe(138513441n);
    expect(vm.balance('iost', 'user_1')).toBe(190000000n);
    expect(vm.balance('iost', 'bonus.iost')).toBe(99810000000n);
    expect(call(vm, 'bonus.iost', 'exchangeIOST', ['user_1', '2'], 'user_1').error).toContain(
      'invalid amount: negative or greater than contribute',
    );
  });

  test('Test_UpdateBonus: a day of issueIOST then issueContribute, 7 times; the rate follows the supply', () => {
    const vm = bonusChain();
    expect(value(vm, 'bonus.iost', 'blockContrib')).toBe('"3.28513441"');
    const day = 86_400 * 2; // blocks
    for (let i = 1; i <= 7; i++) {
      vm.advanceBlocks(day * i - 1 - vm.blockNumber());
      expect(call(vm, 'issue.iost', 'issueIOST', [], 'user_0').error).toBeUndefined();
      expect(contribute(vm, 'user_1').error).toBeUndefined();
    }
    expect(vm.balance('iost', 'bonus.iost')).toBe(397466566222260n);
    expect(vm.balance('contribute', 'user_1')).toBe(2299780636n);
    expect(value(vm, 'bonus.iost', 'blockContrib')).toBe('"3.28699990"');
  });

  // vote_bonus_test.go Test_VoteBonus: the simulator's head stands still (s.Head.Time, Number,
  // Witness) and moves only where the test moves it: block 1 for the votes, one block per
  // contribution with the contributor's key as witness, 5,073,358,980 ns before issueIOST and a
  // day twice after.
  test('Test_VoteBonus: votes, contributions per witness, issueIOST, exchange and withdrawals', () => {
    const vm = bonusChain();
    let now = vm.blockTime(0);
    let number = 1;
    vm.setHead({ time: now, number });
    const user = (i: number) => `user_${i}`;
    const iost = (who: string) => vm.balance('iost', who);
    const ok = (r: { error?: string }, what: string) => expect(r.error, what).toBeUndefined();
    for (let i = 6; i < 10; i++) {
      ok(vp(vm, 'applyRegister', [user(i), pub(i), 'loc', 'url', 'netId', true], user(i)), 'applyRegister');
      ok(vp(vm, 'approveRegister', [user(i)], 'user_0'), 'approveRegister');
      ok(vp(vm, 'logInProducer', [user(i)], user(i)), 'logInProducer');
    }
    vm.ledger.setBalance('iost', 'user_2', 10n ** 17n);
    for (let idx = 0; idx < 10; idx++) {
      if (idx > 0) {
        ok(vp(vm, 'vote', ['user_0', user(idx), String(idx * 2e7)], 'user_0'), 'vote');
        expect(field(vm, 'vote.iost', 'v_1', user(idx))).toBe(
          `{"votes":"${idx * 2e7}","deleted":0,"clearTime":-1}`,
        );
      }
      ok(vp(vm, 'vote', ['user_2', user(idx), String(2e7)], 'user_2'), 'vote');
      expect(field(vm, 'vote.iost', 'v_1', user(idx))).toBe(
        `{"votes":"${(idx + 1) * 2e7}","deleted":0,"clearTime":-1}`,
      );
    }
    for (let idx = 0; idx < 10; idx++) {
      vm.setHead({ witness: pub(idx) });
      for (let i = 0; i <= idx; i++) {
        vm.setHead({ number: ++number });
        ok(call(vm, 'base.iost', 'issueContribute', [{ parent: [user(idx), 1] }], user(idx)), 'contribute');
      }
      expect(vm.balance('contribute', user(idx))).toBe(328513441n * BigInt(idx + 1));
    }
    const list = (n: number, votes: (i: number) => number) =>
      JSON.stringify(
        Object.fromEntries(
          Array.from({ length: 10 - n }, (_, k) => [user(k + n), [String(votes(k + n)), 1, '0']]),
        ),
      );
    expect(field(vm, 'vote.iost', 'u_1', 'user_0')).toBe(list(1, (i) => i * 2e7));
    expect(field(vm, 'vote.iost', 'u_1', 'user_2')).toBe(list(0, () => 2e7));
    now += 5_073_358_980n;
    vm.setHead({ time: now });
    ok(call(vm, 'issue.iost', 'issueIOST', [], 'user_0'), 'issueIOST');
    expect(iost('vote_producer.iost')).toBe(103333333410n);
    expect(iost('bonus.iost')).toBe(3333333410n);
    for (let i = 0; i < 10; i++) vm.ledger.setBalance('iost', user(i), 0n);
    const day = 86_400_000_000_000n;

    // 0. normal withdraw
    ok(call(vm, 'bonus.iost', 'exchangeIOST', ['user_1', '0'], 'user_1'), 'exchangeIOST');
    expect(vm.balance('contribute', 'user_1')).toBe(0n);
    expect(iost('user_1')).toBe(657026882n);
    expect(iost('vote_producer.iost')).toBe(103333333410n);
    now += day;
    vm.setHead({ time: now });
    expect(call(vm, 'bonus.iost', 'exchangeIOST', ['user_1', '0.00000001'], 'user_1').error).toContain(
      'invalid amount: negative or greater than contribute',
    );
    ok(vp(vm, 'candidateWithdraw', ['user_1'], 'user_0'), 'candidateWithdraw');
    expect(iost('user_1')).toBe(657026882n + 60606062n);
    expect(iost('vote_producer.iost')).toBe(103333333410n - 60606062n);
    ok(vp(vm, 'candidateWithdraw', ['user_1'], 'user_1'), 'candidateWithdraw');
    expect(iost('user_1')).toBe(657026882n + 60606062n);
    ok(vp(vm, 'voterWithdraw', ['user_0'], 'user_0'), 'voterWithdraw');
    expect(iost('user_0')).toBe(30303031n);
    expect(iost('vote_producer.iost')).toBe(103242424317n);
    ok(vp(vm, 'voterWithdraw', ['user_0'], 'user_0'), 'voterWithdraw');
    expect(iost('user_0')).toBe(30303031n);
    expect(iost('vote_producer.iost')).toBe(103242424317n);

    // 1. unregistered withdraw
    ok(vp(vm, 'forceUnregister', ['user_3'], 'user_0'), 'forceUnregister');
    expect(vp(vm, 'unregister', ['user_3'], 'user_3').error).toContain(
      "producer in pending list or in current list, can't unregister",
    );
    ok(call(vm, 'bonus.iost', 'exchangeIOST', ['user_3', '0'], 'user_3'), 'exchangeIOST');
    expect(vm.balance('contribute', 'user_3')).toBe(0n);
    expect(iost('user_3')).toBe(1314053764n);
    expect(iost('vote_producer.iost')).toBe(103242424317n);
    now += day;
    vm.setHead({ time: now });
    expect(call(vm, 'bonus.iost', 'exchangeIOST', ['user_3', '0.00000001'], 'user_3').error).toContain(
      'invalid amount: negative or greater than contribute',
    );
    ok(vp(vm, 'candidateWithdraw', ['user_3'], 'user_3'), 'candidateWithdraw');
    expect(iost('user_3')).toBe(1314053764n + 121212124n);
    expect(iost('vote_producer.iost')).toBe(103242424317n - 121212124n);
    ok(vp(vm, 'candidateWithdraw', ['user_3'], 'user_3'), 'candidateWithdraw');
    expect(iost('user_3')).toBe(1314053764n + 121212124n);
    ok(vp(vm, 'voterWithdraw', ['user_0'], 'user_0'), 'voterWithdraw');
    expect(iost('user_0')).toBe(30303031n + 90909093n);
    expect(iost('vote_producer.iost')).toBe(103121212193n - 90909093n);
    ok(vp(vm, 'voterWithdraw', ['user_0'], 'user_0'), 'voterWithdraw');
    expect(iost('user_0')).toBe(30303031n + 90909093n);
    expect(iost('vote_producer.iost')).toBe(103121212193n - 90909093n);
  });
});
