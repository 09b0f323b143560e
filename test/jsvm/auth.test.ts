/**
 * Accounts and permissions. `authorize` against go-iost `vm/host/authority_test.go`'s cases;
 * auth.iost's methods as go-iost `config/genesis/contract/account.js` defines them (its stored
 * JSON, its id rules and messages, owner for every change); signed transactions checked as
 * go-iost `vm/isolator.go` checkAuth / `vm/host/host.go` CheckSigners, CheckPublisher do.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { describe, expect, test } from 'vitest';
import { base58Encode } from '../../src/core/base58.js';
import { type AuthAccount, type AuthContext, authorize } from '../../src/jsvm/auth.js';
import { JsVmWorker } from '../../src/jsvm/index.js';
import { type IostTx, type KeyPair, keyPair, signContent, signTx } from '../../src/jsvm/tx.js';
import { call, deploy, makeVm } from './helpers.js';

const acct = (
  id: string,
  perms: AuthAccount['permissions'],
  groups: AuthAccount['groups'] = {},
): AuthAccount => ({
  id,
  referrer: '',
  permissions: perms,
  groups,
});
const key = (id: string, weight = 1) => ({ id, is_key_pair: true, weight });
const ctxOf = (accounts: AuthAccount[], keys: Record<string, number>, signers: string[]): AuthContext => ({
  load: (id) => accounts.find((a) => a.id === id),
  keys: new Map(Object.entries(keys)),
  signers: new Set(signers),
});

describe('authorize (go-iost vm/host/authority_test.go)', () => {
  test('TestRequireAuth_ByKey: a signed key meets the permission under the signer check', () => {
    const a = acct('a', {
      pa: {
        name: 'pa',
        groups: [],
        items: [key('keya'), { id: 'b', permission: 'active', is_key_pair: false, weight: 1 }],
        threshold: 1,
      },
    });
    expect(authorize(ctxOf([a], { keya: 1 }, ['a@pa']), 'a', 'pa', 'signer')).toBe(true);
    expect(authorize(ctxOf([a], { keyz: 1 }, []), 'a', 'pa', 'signer')).toBe(false);
  });
  test("TestAuthority_ByUser: another account's permission, which falls back to its active", () => {
    const a = acct('a', {
      pa: {
        name: 'pa',
        groups: [],
        items: [key('keya'), { id: 'b', permission: 'pb', is_key_pair: false, weight: 1 }],
        threshold: 1,
      },
    });
    const b = acct('b', { active: { name: 'active', groups: [], items: [key('keyb')], threshold: 1 } });
    expect(authorize(ctxOf([a, b], { keyb: 1 }, ['b@active']), 'a', 'pa', 'normal')).toBe(true);
    expect(authorize(ctxOf([a, b], { keyb: 1 }, []), 'a', 'pa', 'normal')).toBe(false);
  });
  const tree = (ownerKey: string, activeKey: string) =>
    acct('a', {
      owner: { name: 'owner', groups: [], items: [key(ownerKey)], threshold: 1 },
      active: { name: 'active', groups: [], items: [key(activeKey)], threshold: 1 },
      pa: { name: 'pa', groups: [], items: [key('keypa')], threshold: 1 },
    });
  test('TestAuthority_Active: a signer of active holds other permissions, not owner', () => {
    const c = ctxOf([tree('keyowner', 'keya')], { keya: 1 }, ['a@active']);
    expect(authorize(c, 'a', 'pa', 'normal')).toBe(true);
    expect(authorize(c, 'a', 'owner', 'normal')).toBe(false);
  });
  test('TestAuthority_Owner: a signer of owner holds active', () => {
    const c = ctxOf([tree('keya', 'keyactive')], { keya: 1 }, ['a@owner']);
    expect(authorize(c, 'a', 'active', 'normal')).toBe(true);
  });
  test('weights add up to the threshold, groups count, a signer key does not sign as publisher', () => {
    const a = acct(
      'a',
      {
        owner: { name: 'owner', groups: [], items: [key('ko', 100)], threshold: 100 },
        active: { name: 'active', groups: [], items: [key('ka', 100)], threshold: 100 },
        vote: { name: 'vote', groups: ['g'], items: [key('k1', 50), key('k2', 50)], threshold: 100 },
      },
      { g: { name: 'g', items: [key('k3', 100)] } },
    );
    expect(authorize(ctxOf([a], { k1: 1 }, []), 'a', 'vote', 'signer')).toBe(false);
    expect(authorize(ctxOf([a], { k1: 1, k2: 1 }, []), 'a', 'vote', 'signer')).toBe(true);
    expect(authorize(ctxOf([a], { k3: 1 }, []), 'a', 'vote', 'signer')).toBe(true);
    expect(authorize(ctxOf([a], { ka: 1 }, []), 'a', 'vote', 'signer')).toBe(true); // falls back to active
    expect(authorize(ctxOf([a], { ka: 1 }, []), 'a', 'active', 'publisher')).toBe(false);
    expect(authorize(ctxOf([a], { ka: 2 }, []), 'a', 'active', 'publisher')).toBe(true);
    expect(authorize(ctxOf([a], { ko: 2 }, []), 'a', 'active', 'publisher')).toBe(true); // active falls back to owner
  });
  test('a cycle of account permissions ends (each id@permission is visited once)', () => {
    const a = acct('a', {
      p: {
        name: 'p',
        groups: [],
        items: [{ id: 'b', permission: 'p', is_key_pair: false, weight: 1 }],
        threshold: 1,
      },
    });
    const b = acct('b', {
      p: {
        name: 'p',
        groups: [],
        items: [{ id: 'a', permission: 'p', is_key_pair: false, weight: 1 }],
        threshold: 1,
      },
    });
    expect(authorize(ctxOf([a, b], {}, []), 'a', 'p', 'signer')).toBe(false);
  });
});

/** Keys of both algorithms iwallet uses: odd seeds ed25519 (seed ‖ public key), even secp256k1. */
const seed = (n: number): KeyPair => {
  const s = new Uint8Array(32).fill(n);
  if (n % 2 === 0) return keyPair(base58Encode(s), 'secp256k1');
  return keyPair(base58Encode(new Uint8Array([...s, ...ed25519.getPublicKey(s)])), 'ed25519');
};

describe('auth.iost (go-iost config/genesis/contract/account.js) and signed transactions', () => {
  const owner = seed(1);
  const active = seed(2);
  const other = seed(3);
  const vm = makeVm();
  const txOf = (actions: IostTx['actions'], signers: string[] = []): IostTx => ({
    time: 1_700_000_000_000_000_000n,
    expiration: 1_700_000_090_000_000_000n,
    gasRatio: 100n,
    gasLimit: 400_000_000n,
    delay: 0n,
    chainId: 1024,
    signers,
    actions,
    amountLimit: [],
    signs: [],
    publisher: '',
    publishSigns: [],
  });
  const send = (
    publisher: string,
    pk: KeyPair[],
    actions: IostTx['actions'],
    signers: [string, KeyPair][] = [],
  ) => {
    const t = txOf(
      actions,
      signers.map(([s]) => s),
    );
    t.signs = signers.map(([s, k]) => signContent(t, s.split('@')[0]!, k));
    return vm.send(signTx(t, publisher, pk));
  };
  const act = (contract: string, actionName: string, args: unknown[]) => ({
    contract,
    actionName,
    data: JSON.stringify(args),
  });

  test('signUp stores the account as account.js does, pledges 10 iost to gas.iost, writes its receipt', () => {
    const r = call(vm, 'auth.iost', 'signUp', ['user_01', owner.pubkey, active.pubkey]);
    expect(r).toMatchObject({
      status: 'success',
      // account.js callWithAuth gas.iost pledge: gas.go moves the iost, then writes its receipt (its arguments).
      receipts: [
        {
          func_name: 'token.iost/transfer',
          content: JSON.stringify(['iost', 'alice', 'gas.iost', '10', '']),
        },
        { func_name: 'gas.iost/pledge', content: JSON.stringify(['alice', 'user_01', '10']) },
        { func_name: 'auth.iost/signUp', content: JSON.stringify(['user_01', owner.pubkey, active.pubkey]) },
      ],
    });
    const stored = vm.loadAuth('user_01');
    expect(JSON.stringify(stored)).toBe(
      JSON.stringify({
        id: 'user_01',
        referrer: 'alice',
        permissions: {
          active: {
            name: 'active',
            groups: [],
            items: [{ id: active.pubkey, is_key_pair: true, weight: 100 }],
            threshold: 100,
          },
          owner: {
            name: 'owner',
            groups: [],
            items: [{ id: owner.pubkey, is_key_pair: true, weight: 100 }],
            threshold: 100,
          },
        },
        groups: {},
      }),
    );
    expect(vm.balanceOf('alice')).toBe('990');
    expect(vm.balanceOf('gas.iost')).toBe('10');
    expect(call(vm, 'auth.iost', 'signUp', ['payer_01', other.pubkey, other.pubkey]).status).toBe('success');
    expect(call(vm, 'auth.iost', 'signUp', ['user_01', owner.pubkey, active.pubkey])).toMatchObject({
      status: 'error',
      error: 'id existed > user_01',
    });
  });

  test.each([
    ['abcd', 'id invalid. id length should be between 5,11 > abcd'],
    ['abcdefghijkl', 'id invalid. id length should be between 5,11 > abcdefghijkl'],
    ['Abcdef', 'id invalid. id contains invalid character > A'],
    ['abc-def', 'id invalid. id contains invalid character > -'],
    ['0xABCDEF0123456789abcdef0123456789abcdef01', 'id invalid. upper case not allowed'],
  ])('signUp refuses the id %s as account.js does', (id, error) => {
    expect(call(vm, 'auth.iost', 'signUp', [id, owner.pubkey, active.pubkey])).toMatchObject({
      status: 'error',
      error,
    });
  });

  test('a transaction signed by the active key moves its tokens; a wrong key is an unauthorized publisher', () => {
    call(vm, 'token.iost', 'transfer', ['iost', 'alice', 'user_01', '100', '']);
    const ok = send(
      'user_01',
      [active],
      [act('token.iost', 'transfer', ['iost', 'user_01', 'bob', '5', 'hi'])],
    );
    expect(ok.status).toBe('success');
    expect(vm.balanceOf('bob')).toBe('15');
    expect(() =>
      send('user_01', [other], [act('token.iost', 'transfer', ['iost', 'user_01', 'bob', '5', ''])]),
    ).toThrow('unauthorized publisher: user_01');
    // The owner key also meets active (go-iost auth: an unmet active falls back to owner).
    expect(
      send('user_01', [owner], [act('token.iost', 'transfer', ['iost', 'user_01', 'bob', '1', ''])]).status,
    ).toBe('success');
    expect(vm.balanceOf('bob')).toBe('16');
  });

  test('changing permissions needs owner: the active key alone is refused (account.js _ra)', () => {
    const r = send('user_01', [active], [act('auth.iost', 'addPermission', ['user_01', 'vote', 100])]);
    expect(r).toMatchObject({ status: 'error', error: 'require auth failed' });
    const s = send(
      'user_01',
      [active],
      [act('auth.iost', 'addPermission', ['user_01', 'vote', 100])],
      [['user_01@owner', owner]],
    );
    expect(s.status).toBe('success');
    expect(vm.loadAuth('user_01')!.permissions.vote).toEqual({
      name: 'vote',
      groups: [],
      items: [],
      threshold: 100,
    });
    expect(
      send(
        'user_01',
        [active],
        [act('auth.iost', 'addPermission', ['user_01', 'vote', 100])],
        [['user_01@owner', owner]],
      ),
    ).toMatchObject({
      status: 'error',
      error: 'permission already exist',
    });
  });

  test('weights and thresholds of a permission, and requireAuth inside a contract', () => {
    const k1 = seed(11);
    const k2 = seed(12);
    const asOwner = (actions: IostTx['actions']) =>
      send('user_01', [active], actions, [['user_01@owner', owner]]);
    expect(
      asOwner([
        act('auth.iost', 'assignPermission', ['user_01', 'vote', k1.pubkey, 50]),
        act('auth.iost', 'assignPermission', ['user_01', 'vote', k2.pubkey, 50]),
      ]).status,
    ).toBe('success');
    const id = deploy(
      vm,
      `class V { init() {} can(who, p) { return blockchain.requireAuth(who, p); } }\nmodule.exports = V;`,
      [['can', ['string', 'string']]],
    );
    // Published by another account, so that only the declared signers' keys count.
    const can = (signers: [string, KeyPair][], perm: string) =>
      send('payer_01', [other], [act(id, 'can', ['user_01', perm])], signers).returns[0];
    expect(() => can([['user_01@vote', k1]], 'vote')).toThrow('unauthorized signer: user_01@vote');
    const both: [string, KeyPair][] = [
      ['user_01@vote', k1],
      ['user_01@vote', k2],
    ];
    expect(can(both, 'vote')).toBe('true');
    expect(can(both, 'owner')).toBe('false');
    expect(can([], 'vote')).toBe('false');
    // The publisher's keys count in the signer check too (go-iost auth_list): its active meets vote.
    expect(
      send('user_01', [active], [act(id, 'can', ['user_01', 'vote'])], [['user_01@vote', k1]]).returns,
    ).toEqual(['true']);
    expect(asOwner([act('auth.iost', 'assignPermission', ['user_01', 'vote', k1.pubkey, 0])])).toMatchObject({
      status: 'error',
      error: 'weight less than zero',
    });
  });

  test('groups: a group key counts for the permissions the group is assigned to', () => {
    const k3 = seed(13);
    const asOwner = (actions: IostTx['actions']) =>
      send('user_01', [active], actions, [['user_01@owner', owner]]);
    expect(
      asOwner([
        act('auth.iost', 'addPermission', ['user_01', 'sign', 100]),
        act('auth.iost', 'addGroup', ['user_01', 'team']),
        act('auth.iost', 'assignGroup', ['user_01', 'team', k3.pubkey, 100]),
      ]).status,
    ).toBe('success');
    const t = () =>
      send(
        'payer_01',
        [other],
        [act('token.iost', 'balanceOf', ['iost', 'user_01'])],
        [['user_01@sign', k3]],
      );
    expect(() => t()).toThrow('unauthorized signer: user_01@sign');
    expect(asOwner([act('auth.iost', 'assignPermissionToGroup', ['user_01', 'sign', 'team'])]).status).toBe(
      'success',
    );
    expect(t().status).toBe('success');
    expect(asOwner([act('auth.iost', 'assignPermissionToGroup', ['user_01', 'sign', 'nope'])])).toMatchObject(
      {
        status: 'error',
        error: 'group does not exist',
      },
    );
  });

  test('a tampered transaction is refused before anything runs', () => {
    const t = signTx(txOf([act('token.iost', 'transfer', ['iost', 'user_01', 'bob', '1', ''])]), 'user_01', [
      active,
    ]);
    expect(() => vm.send({ ...t, gasLimit: t.gasLimit + 1n })).toThrow('publisher error');
    expect(() => vm.send({ ...t, publishSigns: [] })).toThrow('publisher empty error');
    expect(vm.balanceOf('bob')).toBe('16');
  });
});

describe('signed transactions through JsVmWorker', () => {
  test('an account created with keys at genesis sends a signed transfer; a wrong key is refused', async () => {
    const k = seed(21);
    const w = new JsVmWorker({});
    try {
      await w.createAccount('signer_a', '50', { owner: k.pubkey, active: k.pubkey });
      await w.createAccount('bob', '0');
      const t: IostTx = {
        time: 1n,
        expiration: 2n,
        gasRatio: 100n,
        gasLimit: 100_000_000n,
        delay: 0n,
        chainId: 1024,
        signers: [],
        actions: [
          { contract: 'token.iost', actionName: 'transfer', data: '["iost","signer_a","bob","7",""]' },
        ],
        amountLimit: [],
        signs: [],
        publisher: '',
        publishSigns: [],
      };
      expect((await w.send(signTx(t, 'signer_a', [k]))).status).toBe('success');
      expect(await w.balanceOf('bob')).toBe('7');
      await expect(w.send(signTx(t, 'signer_a', [seed(22)]))).rejects.toThrow(
        'unauthorized publisher: signer_a',
      );
    } finally {
      await w.close();
    }
  });
});
