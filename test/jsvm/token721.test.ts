/**
 * token721.iost as go-iost runs it (vm/native/token721.go), with the cases of go-iost
 * test/native/token721_test.go: create, issue numbering from 0, transfer moving owner and
 * metadata, balanceOf, ownerOf, tokenMetadata, tokenOfOwnerByIndex in insertion order.
 */
import { describe, expect, test } from 'vitest';
import { call, makeVm } from './helpers.js';

describe('token721.iost (go-iost test/native/token721_test.go)', () => {
  const vm = makeVm();
  vm.createAccount('issuer0', '0');
  vm.createAccount('user0', '0');
  vm.createAccount('user1', '0');
  const t = (method: string, args: unknown[], signer = 'issuer0') =>
    call(vm, 'token721.iost', method, args, [signer]);
  const ret = (method: string, args: unknown[]) => {
    const r = t(method, args);
    expect(r.error).toBeUndefined();
    return r.returns[0];
  };

  test('token not exists', () => {
    expect(t('issue', ['nft', 'user0', '{}']).error).toBe('token not exists');
    expect(t('transfer', ['nft', 'issuer0', 'user0', '0']).error).toBe('token not exists');
    expect(t('balanceOf', ['nft', 'issuer0']).error).toBe('token not exists');
  });
  test('create: the issuer signs, once', () => {
    expect(t('create', ['nft', 'issuer0', 100], 'user0').error).toBe('transaction has no permission');
    expect(t('create', ['nft', 'issuer0', 100]).status).toBe('success');
    expect(t('create', ['nft', 'issuer0', 100]).error).toBe('token exists');
    expect(t('create', ['one', 'issuer0', 1]).status).toBe('success');
  });
  test('issue: ids from 0, within the total supply, by the issuer', () => {
    expect(t('issue', ['one', 'issuer0', '{}']).returns).toEqual(['0']);
    expect(t('issue', ['one', 'issuer0', '{}']).error).toBe('supply too much');
    expect(ret('balanceOf', ['one', 'issuer0'])).toBe('1');
    expect(t('issue', ['nft', 'user0', '{}'], 'user0').error).toBe('transaction has no permission');
  });
  test("correct transfer: owner, metadata and the owners' token lists follow", () => {
    for (let i = 0; i < 10; i++)
      expect(t('issue', ['nft', 'issuer0', '{"hp": 100}']).returns).toEqual([String(i)]);
    expect(t('transfer', ['nft', 'issuer0', 'user0', '3']).status).toBe('success');
    expect(ret('balanceOf', ['nft', 'user0'])).toBe('1');
    expect(ret('ownerOf', ['nft', '3'])).toBe('user0');
    expect(ret('tokenMetadata', ['nft', '3'])).toBe('{"hp": 100}');
    expect(ret('tokenOfOwnerByIndex', ['nft', 'user0', 0])).toBe('3');
    expect(ret('tokenOfOwnerByIndex', ['nft', 'issuer0', 1])).toBe('1');
    expect(ret('tokenOfOwnerByIndex', ['nft', 'issuer0', 3])).toBe('4');
    expect(t('tokenOfOwnerByIndex', ['nft', 'user0', 1]).error).toBe('out of range');
  });
  test('transfers the owner did not sign, of tokens not theirs or not issued, fail', () => {
    expect(t('transfer', ['nft', 'issuer0', 'user0', '4'], 'user0').error).toBe(
      'transaction has no permission',
    );
    expect(t('transfer', ['nft', 'user0', 'issuer0', '1'], 'user0').error).toContain(
      "error token owner isn't from",
    );
    expect(t('transfer', ['nft', 'issuer0', 'user0', '10']).error).toContain('error tokenID not exists');
    expect(ret('balanceOf', ['nft', 'issuer0'])).toBe('9');
    expect(ret('balanceOf', ['nft', 'user1'])).toBe('0');
    expect(t('ownerOf', ['nft', '10']).error).toBe('token exists');
  });
});
