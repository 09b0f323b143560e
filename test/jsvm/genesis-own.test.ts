/**
 * runGenesis over a directory of system contracts of our own (written here, not IOST's), so
 * that CI covers the host paths go-iost's genesis contracts take without a go-iost checkout:
 * deploy under a system id at block 0, `initAdmin`/`initProducer` only there (block.number 0,
 * where every authority holds), `callWithAuth` between system contracts and to token.iost
 * (transfer, transferFreeze of a nanosecond time beyond 2^53), `requireAuth` of a contract
 * that lent its authority, and a map put whose RAM its payer pays (go-iost db_handler.go).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runGenesis } from '../../src/jsvm/genesis.js';
import { JsVm } from '../../src/jsvm/index.js';
import { MemoryStore } from '../../src/state/index.js';

const TALLY = `class Tally {
  init() {}
  initAdmin(a) {
    if (block.number !== 0) throw new Error('init out of genesis block');
    storage.put('admin', a);
  }
  add(option, who, amount) {
    if (!blockchain.requireAuth('vote_producer.iost', 'active')) throw new Error('only vote_producer.iost');
    const cur = storage.mapHas('v', option) ? JSON.parse(storage.mapGet('v', option)) : 0;
    storage.mapPut('v', option, JSON.stringify(cur + amount), who);
    return cur + amount;
  }
  refund(who, amount) {
    if (!blockchain.requireAuth('vote_producer.iost', 'active')) throw new Error('only vote_producer.iost');
    const ftime = tx.time + 7 * 86400 * 1e9;
    blockchain.callWithAuth('token.iost', 'transferFreeze', ['iost', 'vote.iost', who, String(amount), ftime, '']);
  }
}
module.exports = Tally;`;
const PRODUCERS = `class Producers {
  init() {}
  initAdmin(a) {
    if (block.number !== 0) throw new Error('init out of genesis block');
    storage.put('admin', a);
  }
  initProducer(id, key) {
    if (block.number !== 0) throw new Error('init out of genesis block');
    storage.mapPut('producers', id, key, id);
  }
  vote(voter, producer, amount) {
    if (!blockchain.requireAuth(voter, 'active')) throw new Error('require auth failed');
    if (!storage.mapHas('producers', producer)) throw new Error('producer not exists');
    blockchain.callWithAuth('token.iost', 'transfer', ['iost', voter, 'vote.iost', String(amount), '']);
    return blockchain.callWithAuth('vote.iost', 'add', [producer, voter, amount])[0];
  }
  unvote(voter, amount) {
    if (!blockchain.requireAuth(voter, 'active')) throw new Error('require auth failed');
    blockchain.callWithAuth('vote.iost', 'refund', [voter, amount]);
  }
}
module.exports = Producers;`;
// vote moves the voter's iost: its ABI allows it (amountLimit), as vote_producer.js.abi does.
const abi = (methods: [string, string[]][]) =>
  JSON.stringify({
    lang: 'javascript',
    version: '1.0.0',
    abi: methods.map(([name, args]) => ({
      name,
      args,
      ...(name === 'vote' ? { amountLimit: [{ token: 'iost', val: 'unlimited' }] } : {}),
    })),
  });

const dir = mkdtempSync(join(tmpdir(), 'polyvm-genesis-'));
writeFileSync(join(dir, 'vote_common.js'), TALLY);
writeFileSync(
  join(dir, 'vote_common.js.abi'),
  abi([
    ['initAdmin', ['string']],
    ['add', ['string', 'string', 'number']],
    ['refund', ['string', 'number']],
  ]),
);
writeFileSync(join(dir, 'vote_producer.js'), PRODUCERS);
writeFileSync(
  join(dir, 'vote_producer.js.abi'),
  abi([
    ['initAdmin', ['string']],
    ['initProducer', ['string', 'string']],
    ['vote', ['string', 'string', 'number']],
    ['unvote', ['string', 'number']],
  ]),
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const KEY = 'A'.repeat(44);
function chain(): JsVm {
  const vm = new JsVm(new MemoryStore(), { payRam: true });
  for (const a of ['admin', 'user_1', 'user_2', 'deadaddr'])
    vm.createAccount(a, a === 'deadaddr' ? '0' : a === 'admin' ? '10000' : '1000');
  for (const a of ['admin', 'user_1', 'user_2']) vm.ledger.setBalance('ram', a, 10_000n);
  expect(
    runGenesis(vm, dir, { admin: 'admin', witnesses: [{ id: 'user_1', pubkey: KEY }] }).deployed,
  ).toEqual(['vote.iost', 'vote_producer.iost']);
  return vm;
}
const call = (vm: JsVm, contract: string, method: string, args: unknown[], signer: string) =>
  vm.call({ contract, method, args: JSON.stringify(args), signers: [signer] });
// go-iost's RAM bytes of a map field: `contract-key` + 2 × field + `s` value `@` payer.
const fieldRam = (c: string, k: string, f: string, v: string, payer: string) =>
  c.length + 1 + k.length + 2 * f.length + 2 + v.length + payer.length;

describe('runGenesis over our own system contracts', () => {
  test('genesis: deployed under their ids; the producer paid its record in RAM; the admin bought RAM', () => {
    const vm = chain();
    expect(vm.contractOwner('vote_producer.iost')).toBe('admin');
    // initProducer's mapPut with the producer as payer, in block 0 where authority always holds
    expect(vm.balance('ram', 'user_1')).toBe(
      10_000n + 100_000n - BigInt(fieldRam('vote_producer.iost', 'producers', 'user_1', KEY, 'user_1')),
    );
    expect(vm.ramOf('admin')).toMatchObject({ total: 100_000 });
    expect(call(vm, 'vote_producer.iost', 'initAdmin', ['user_2'], 'user_2').error).toContain(
      'init out of genesis block',
    );
  });

  test('vote: iost to vote.iost, the tally kept by vote.iost and paid in RAM by the voter', () => {
    const vm = chain();
    const ram = vm.balance('ram', 'user_2');
    const r = call(vm, 'vote_producer.iost', 'vote', ['user_2', 'user_1', 3], 'user_2');
    expect(r.error).toBeUndefined();
    expect(r.returns).toEqual(['3']);
    expect(vm.balance('iost', 'user_2')).toBe(997n * 100_000_000n);
    expect(vm.balance('iost', 'vote.iost')).toBe(3n * 100_000_000n);
    expect(vm.balance('ram', 'user_2')).toBe(
      ram - BigInt(fieldRam('vote.iost', 'v', 'user_1', '3', 'user_2')),
    );
    expect(call(vm, 'vote_producer.iost', 'vote', ['user_2', 'user_1', 4], 'user_2').returns).toEqual(['7']);
    expect(call(vm, 'vote_producer.iost', 'vote', ['user_2', 'user_9', 1], 'user_2').error).toContain(
      'producer not exists',
    );
    expect(call(vm, 'vote_producer.iost', 'vote', ['user_2', 'user_1', 1], 'user_1').error).toContain(
      'require auth failed',
    );
    expect(call(vm, 'vote.iost', 'add', ['user_1', 'user_2', 1], 'user_2').error).toContain(
      'only vote_producer.iost',
    );
  });

  test('unvote: the iost comes back frozen for 7 days (a time beyond 2^53 nanoseconds)', () => {
    const vm = chain();
    expect(call(vm, 'vote_producer.iost', 'vote', ['user_2', 'user_1', 3], 'user_2').error).toBeUndefined();
    expect(call(vm, 'vote_producer.iost', 'unvote', ['user_2', 2], 'user_2').error).toBeUndefined();
    const balanceOf = () => call(vm, 'token.iost', 'balanceOf', ['iost', 'user_2'], 'user_2').returns[0];
    expect(balanceOf()).toBe('997');
    vm.advanceBlocks(7 * 86_400 * 2 - 4);
    expect(balanceOf()).toBe('997');
    vm.advanceBlocks(4);
    expect(balanceOf()).toBe('999');
  });

  test('a witness holding no RAM gets through: its RAM is bought before its record is written', () => {
    const vm = new JsVm(new MemoryStore(), { payRam: true });
    vm.createAccount('admin', '10000');
    vm.createAccount('w_1', '0');
    runGenesis(vm, dir, { admin: 'admin', witnesses: [{ id: 'w_1', pubkey: KEY }] });
    expect(vm.balance('ram', 'w_1')).toBe(
      100_000n - BigInt(fieldRam('vote_producer.iost', 'producers', 'w_1', KEY, 'w_1')),
    );
  });

  test('an engine past block 0 refuses a genesis', () => {
    const vm = chain();
    vm.advanceBlocks(1);
    expect(() => runGenesis(vm, dir, { admin: 'admin' })).toThrow(/not before block 1/);
  });
});

describe('polyvm js init --genesis DIR', () => {
  test('deploys the directory at block 0 with the first account as admin; ram.iost is issued', async () => {
    const { main } = await import('../../src/cli/main.js');
    const state = mkdtempSync(join(tmpdir(), 'polyvm-genesis-state-'));
    let out = '';
    const io = {
      out: (t: string) => void (out += t),
      err: (t: string) => void (out += t),
      errIsTTY: false,
      cwd: state,
    };
    const code = await main(
      ['js', 'init', '--state', state, '--account', 'admin=10000', '--genesis', dir, '--json'],
      io,
    );
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      status: 'success',
      genesis: ['vote.iost', 'vote_producer.iost'],
    });
    out = '';
    const buy = ['js', 'call', 'ram.iost', 'buy', '["admin","admin",1000]', '--signer', 'admin'];
    expect(await main([...buy, '--state', state, '--json'], io), out).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ status: 'success' });
    out = '';
    // a second genesis on the same state is refused: the chain is past block 0
    const again = await main(['js', 'init', '--state', state, '--genesis', dir, '--admin', 'admin'], io);
    expect(again).not.toBe(0);
    rmSync(state, { recursive: true, force: true });
  });
});
