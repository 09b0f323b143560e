/**
 * Keys and signing in the CLI as iwallet does them: `polyvm js key` (go-iost iwallet/key.go),
 * `polyvm js account import` (iwallet/account.go importCmd, sdk/keystore.go AccountInfo), and
 * `--key` / `--key-file` / `--account-dir` on deploy, update and call (iwallet/root.go flags;
 * deploy and update as sdk.go PublishContractActions: system.iost setCode / updateCode of the
 * contract record). Expected keys come from the key layouts (an ed25519 secret key is seed ‖
 * public key, RFC 8032 / Go crypto/ed25519) and from node:crypto's secp256k1, not from polyvm.
 */
import { createECDH } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { base58Decode, base58Encode } from '../../src/core/base58.js';
import { runCli } from '../cli-io.js';

const run = (cwd: string, ...argv: string[]) => runCli(cwd, argv);

// go-iost core/tx/tx_test.go, crypto/signature_test.go: an ed25519 secret key (64 bytes)
const ED_SEC = '1rANSfcRzr4HkhbUFZ7L1Zp69JZZHiDDq5v7dNSbbEqeU4jxy3fszV4HGiaLQEyqVpS1dKT9g7zCVRxBVzuiUzB';
const ED_PUB = base58Encode(base58Decode(ED_SEC).subarray(32));
// go-iost test/integration/utils_test.go: user_9's secp256k1 secret key
const K1_SEC = 'EhNiaU4DzUmjCrvynV3gaUeuj2VjB1v2DCmbGD5U2nSE';
const k1Pub = (sec: string) => {
  const ecdh = createECDH('secp256k1');
  ecdh.setPrivateKey(Buffer.from(base58Decode(sec)));
  return base58Encode(ecdh.getPublicKey(null, 'compressed'));
};

describe('polyvm js key (iwallet key)', () => {
  const d = mkdtempSync(join(tmpdir(), 'polyvm-js-keys-'));
  test('derives the public key of a base58 or hex secret key, ed25519 from a 32-byte seed too', async () => {
    const ed = await run(d, 'js', 'key', '--privkey', ED_SEC);
    expect(ed.code).toBe(0);
    // iwallet prints Go's json.MarshalIndent of {Algorithm, Pubkey, Seckey}, 4 spaces
    expect(ed.out).toBe(
      `{\n    "Algorithm": "ed25519",\n    "Pubkey": "${ED_PUB}",\n    "Seckey": "${ED_SEC}"\n}\n`,
    );
    const seed = base58Encode(base58Decode(ED_SEC).subarray(0, 32));
    expect(JSON.parse((await run(d, 'js', 'key', '--privkey', seed)).out).Seckey).toBe(ED_SEC);
    const k1 = JSON.parse((await run(d, 'js', 'key', '--sign-algo', 'secp256k1', '--privkey', K1_SEC)).out);
    expect(k1).toEqual({ Algorithm: 'secp256k1', Pubkey: k1Pub(K1_SEC), Seckey: K1_SEC });
    const hex = Buffer.from(base58Decode(K1_SEC)).toString('hex');
    const h = await run(
      d,
      'js',
      'key',
      '--sign-algo',
      'secp256k1',
      '--privkey',
      `0x${hex}`,
      '--encoding',
      'hex',
    );
    expect(JSON.parse(h.out)).toEqual({
      Algorithm: 'secp256k1',
      Pubkey: `0x${Buffer.from(base58Decode(k1Pub(K1_SEC))).toString('hex')}`,
      Seckey: `0x${hex}`,
    });
  });

  test('makes new pairs whose public keys belong to their secret keys', async () => {
    const ed = JSON.parse((await run(d, 'js', 'key')).out);
    expect(ed.Algorithm).toBe('ed25519');
    expect(ed.Pubkey).toBe(base58Encode(base58Decode(ed.Seckey).subarray(32)));
    const k1 = JSON.parse((await run(d, 'js', 'key', '--sign-algo', 'secp256k1')).out);
    expect(base58Decode(k1.Seckey)).toHaveLength(32);
    expect(k1.Pubkey).toBe(k1Pub(k1.Seckey));
    expect(JSON.parse((await run(d, 'js', 'key')).out).Seckey).not.toBe(ed.Seckey);
  });

  test('refuses a bad key or algorithm (exit 2)', async () => {
    const bad = await run(d, 'js', 'key', '--privkey', `${ED_SEC.slice(0, -1)}2`);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/failed to new key pair: .*invalid seckey/);
    expect((await run(d, 'js', 'key', '--sign-algo', 'rsa')).code).toBe(2);
  });
});

describe('polyvm js account import (iwallet account import)', () => {
  const d = mkdtempSync(join(tmpdir(), 'polyvm-js-import-'));
  test('one key serves active and owner; perm:key pairs each their own', async () => {
    const one = await run(d, 'js', 'account', 'import', 'user_01', ED_SEC, '--output-key-file', 'u1.json');
    expect(one.code).toBe(0);
    expect(one.out).toMatch(/import account user_01 done/);
    const kp = { raw_key: ED_SEC, key_type: 'ed25519', public_key: ED_PUB };
    // sdk AccountInfo.SaveTo: json.MarshalIndent(a, "", "  "), map keys sorted, mode 0400
    expect(readFileSync(join(d, 'u1.json'), 'utf8')).toBe(
      JSON.stringify({ name: 'user_01', keypairs: { active: kp, owner: kp } }, null, 2),
    );
    expect(statSync(join(d, 'u1.json')).mode & 0o777).toBe(0o400);
    const two = await run(
      d,
      'js',
      'account',
      'import',
      'user_02',
      `owner:${ED_SEC},active:${K1_SEC}`,
      '--sign-algo',
      'secp256k1',
      '--account-dir',
      'accounts',
    );
    expect(two.code).toBe(2); // --sign-algo applies to every key: the ed25519 one is not 32 bytes
    expect(two.err).toMatch(/seckey length error secp256k1 seckey length should not be 64/);
    const hex = `0x${Buffer.from(base58Decode(K1_SEC)).toString('hex')}`;
    expect(
      (
        await run(
          d,
          'js',
          'account',
          'import',
          'user_02',
          `owner:${ED_SEC},active:${hex}`,
          '--account-dir',
          'accounts',
        )
      ).code,
    ).toBe(0);
    // keystore.go NewKeyPairInfo: a 0x key is secp256k1, kept as base58
    expect(JSON.parse(readFileSync(join(d, 'accounts', 'user_02.json'), 'utf8')).keypairs).toEqual({
      active: { raw_key: K1_SEC, key_type: 'secp256k1', public_key: k1Pub(K1_SEC) },
      owner: kp,
    });
    const mixed = await run(
      d,
      'js',
      'account',
      'import',
      'user_03',
      `${ED_SEC},active:${ED_SEC}`,
      '--output-key-file',
      'x',
    );
    expect(mixed.code).toBe(2);
    expect(
      (await run(d, 'js', 'account', 'import', 'user_03', `owner:${ED_SEC}`, '--output-key-file', 'u3.json'))
        .err,
    ).toMatch(/importing one key need not specifying permission/);
  });
});

describe('signed deploy, update and call (iwallet --key_file, --account_dir)', () => {
  const d = mkdtempSync(join(tmpdir(), 'polyvm-js-signed-'));
  writeFileSync(
    join(d, 'counter.js'),
    "class Counter {\n  init() { storage.put('n', '0'); }\n  inc(by) { const n = Number(storage.get('n')) + by; storage.put('n', String(n)); return n; }\n  who() { return blockchain.contractOwner() + ' ' + blockchain.publisher(); }\n  can_update(data) { return blockchain.requireAuth(blockchain.contractOwner(), 'active') && data === 'go'; }\n}\nmodule.exports = Counter;\n",
  );
  const abi = (names: string[]) =>
    JSON.stringify({
      lang: 'javascript',
      version: '1.0.0',
      abi: [
        { name: 'inc', args: ['number'] },
        { name: 'who', args: [] },
        { name: 'can_update', args: ['string'] },
        ...names.map((name) => ({ name, args: [] })),
      ],
    });
  writeFileSync(join(d, 'counter.abi'), abi([]));
  writeFileSync(
    join(d, 'counter2.js'),
    "class Counter {\n  init() {}\n  inc(by) { return 'v2'; }\n  who() { return 'v2'; }\n  can_update(data) { return false; }\n  version() { return '2'; }\n}\nmodule.exports = Counter;\n",
  );
  writeFileSync(join(d, 'counter2.abi'), abi(['version']));

  test('an account file signs; a wrong key is JS_UNAUTHORIZED and changes nothing', async () => {
    expect((await run(d, 'js', 'init', '--account', 'alice=100', '--account', 'bob')).code).toBe(0);
    const signUp = JSON.stringify(['user_01', ED_PUB, ED_PUB]);
    expect((await run(d, 'js', 'call', 'auth.iost', 'signUp', signUp, '--signer', 'alice')).code).toBe(0);
    expect((await run(d, 'js', 'account', 'import', 'user_01', ED_SEC, '--account-dir', 'keys')).code).toBe(
      0,
    );
    const file = join('keys', 'user_01.json');

    const dep = await run(d, 'js', 'deploy', 'counter.js', '--key-file', file, '--json');
    expect(dep.code).toBe(0);
    const id = dep.json().id as string;
    // system.go setCode: "Contract" + base58 of the transaction hash (a 32-byte SHA3-256)
    expect(id).toMatch(/^Contract[1-9A-HJ-NP-Za-km-z]+$/);
    expect(base58Decode(id.slice('Contract'.length))).toHaveLength(32);

    const inc = await run(
      d,
      'js',
      'call',
      id,
      'inc',
      '[2]',
      '--signer',
      'user_01',
      '--account-dir',
      'keys',
      '--json',
    );
    expect(inc.json()).toMatchObject({ status: 'success', returns: ['2'] });
    const who = await run(d, 'js', 'call', id, 'who', '[]', '--signer', 'user_01', '--key', ED_SEC, '--json');
    expect(who.json().returns).toEqual(['user_01 user_01']);

    // A key user_01's permissions do not list: refused before anything runs.
    const wrong = ['--signer', 'user_01', '--key', `${K1_SEC}:secp256k1`, '--json'];
    const wrongDeploy = await run(d, 'js', 'deploy', 'counter.js', ...wrong);
    expect(wrongDeploy.code).toBe(2);
    expect(wrongDeploy.json()).toMatchObject({
      code: 'JS_UNAUTHORIZED',
      error: 'unauthorized publisher: user_01',
    });
    const wrongUpdate = await run(d, 'js', 'update', id, 'counter2.js', '--data', 'go', ...wrong);
    expect(wrongUpdate.json()).toMatchObject({ code: 'JS_UNAUTHORIZED' });
    const wrongCall = await run(d, 'js', 'call', id, 'inc', '[5]', ...wrong);
    expect(wrongCall.code).toBe(2);
    expect(wrongCall.json().code).toBe('JS_UNAUTHORIZED');
    // bob's key file names bob: user_01's account does not accept it either
    const other = await run(d, 'js', 'key');
    writeFileSync(
      join(d, 'bob.json'),
      JSON.stringify({
        name: 'user_01',
        keypairs: { active: { raw_key: JSON.parse(other.out).Seckey, key_type: 'ed25519', public_key: '' } },
      }),
    );
    expect(
      (await run(d, 'js', 'call', id, 'inc', '[5]', '--key-file', 'bob.json', '--json')).json().code,
    ).toBe('JS_UNAUTHORIZED');
    const after = await run(d, 'js', 'call', id, 'inc', '[0]', '--signer', 'user_01', '--json');
    expect(after.json().returns).toEqual(['2']);

    // iwallet loadAccount: the --account given must be the file's
    const inconsistent = await run(d, 'js', 'call', id, 'inc', '[1]', '--signer', 'bob', '--key-file', file);
    expect(inconsistent.code).toBe(2);
    expect(inconsistent.err).toMatch(/inconsistent account: bob from cmd args VS user_01 from key file/);
    // a signed deploy is named by its hash
    expect((await run(d, 'js', 'deploy', 'counter.js', '--key-file', file, '--id', 'mine')).code).toBe(2);

    // updateCode(record, data) signed by the owner's key: can_update decides
    const refused = await run(
      d,
      'js',
      'update',
      id,
      'counter2.js',
      '--data',
      'no',
      '--key-file',
      file,
      '--json',
    );
    expect(refused.code).toBe(1);
    expect(refused.json().error).toMatch(/update refused/);
    const up = await run(d, 'js', 'update', id, 'counter2.js', '--data', 'go', '--key-file', file, '--json');
    expect(up.json()).toMatchObject({ status: 'success', id });
    const v = await run(d, 'js', 'call', id, 'version', '[]', '--key-file', file, '--json');
    expect(v.json().returns).toEqual(['2']);
  });

  test('encrypted account files are refused, naming why', async () => {
    writeFileSync(
      join(d, 'enc.json'),
      JSON.stringify({
        name: 'user_01',
        keypairs: {
          active: {
            key_type: 'ed25519',
            public_key: ED_PUB,
            encrypt_method: 'v0',
            salt: 'x',
            encrypted_key: 'y',
            mac: 'z',
          },
        },
      }),
    );
    const r = await run(
      d,
      'js',
      'call',
      'token.iost',
      'balanceOf',
      '["iost","bob"]',
      '--key-file',
      'enc.json',
    );
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/encrypted/);
    const perm = await run(
      d,
      'js',
      'call',
      'token.iost',
      'balanceOf',
      '["iost","bob"]',
      '--key-file',
      'keys/user_01.json',
      '--sign-permission',
      'vote',
    );
    expect(perm.err).toMatch(/invalid permission vote/);
  });
});
