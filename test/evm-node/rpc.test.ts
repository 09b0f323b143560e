/**
 * JSON-RPC 2.0 envelope and error codes (jsonrpc.org/specification section 5.1; geth's
 * codes for the rest), over HTTP: parse error, invalid request, method not found, invalid
 * params, batches with notifications, a body over the limit; and the in-process EIP-1193
 * provider used by viem's custom transport.
 */
import { createPublicClient, createWalletClient, custom, parseEther } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { foundry } from 'viem/chains';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNode } from '../../src/evm-node/index.js';
import { DEV0, DEV1, type Proc, rpc, startPolyvm } from './helpers.js';

async function post(url: string, body: string) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

describe('JSON-RPC over HTTP', () => {
  let node: Proc;
  beforeAll(async () => {
    node = await startPolyvm();
  });
  afterAll(() => node.stop());

  it('gives the standard error codes', async () => {
    expect((await post(node.url, '{"jsonrpc":"2.0","id":1,')).body.error.code).toBe(-32700);
    expect((await post(node.url, '{"id":1,"method":"eth_chainId"}')).body.error.code).toBe(-32600);
    expect((await post(node.url, '7')).body.error.code).toBe(-32600);
    expect((await post(node.url, '[]')).body.error.code).toBe(-32600);
    const missing = await rpc(node.url, 'eth_noSuchMethod');
    expect(missing.error).toEqual({
      code: -32601,
      message: 'the method eth_noSuchMethod does not exist/is not available',
    });
    expect((await rpc(node.url, 'eth_getBalance', ['0x12', 'latest'])).error!.code).toBe(-32602);
    expect((await rpc(node.url, 'eth_getBalance', [DEV1, '0xffff'])).error).toEqual({
      code: -32000,
      message: 'header not found',
    });
  });

  it('answers batches in order and leaves notifications unanswered', async () => {
    const batch = [
      { jsonrpc: '2.0', id: 'a', method: 'eth_chainId' },
      { jsonrpc: '2.0', method: 'eth_blockNumber' },
      { jsonrpc: '2.0', id: 2, method: 'net_version' },
      { jsonrpc: '2.0', id: 3, method: 'nope' },
      5,
    ];
    const { body } = await post(node.url, JSON.stringify(batch));
    expect(body).toEqual([
      { jsonrpc: '2.0', id: 'a', result: '0x7a69' },
      { jsonrpc: '2.0', id: 2, result: '31337' },
      {
        jsonrpc: '2.0',
        id: 3,
        error: { code: -32601, message: 'the method nope does not exist/is not available' },
      },
      { jsonrpc: '2.0', id: null, error: { code: -32600, message: 'invalid request' } },
    ]);
    expect(await post(node.url, '{"jsonrpc":"2.0","method":"eth_chainId"}')).toEqual({
      status: 200,
      body: undefined,
    });
  });

  it('refuses a huge body and keeps serving', async () => {
    const huge = JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      method: 'eth_call',
      params: [{ data: `0x${'00'.repeat(6 * 1024 * 1024)}` }],
    });
    expect((await post(node.url, huge)).status).toBe(413);
    expect((await rpc(node.url, 'eth_chainId')).result).toBe('0x7a69');
  });

  it('reports a revert with code 3 and the data', async () => {
    // PUSH4 0xdeadbeef PUSH1 0 MSTORE PUSH1 4 PUSH1 28 REVERT: reverts with the 4 bytes.
    const target = '0x00000000000000000000000000000000000c0de1';
    await rpc(node.url, 'anvil_setCode', [target, '0x63deadbeef6000526004601cfd']);
    const r = await rpc(node.url, 'eth_call', [{ to: target }, 'latest']);
    expect(r.error).toEqual({ code: 3, message: 'execution reverted', data: '0xdeadbeef' });
  });
});

describe('in-process EIP-1193 provider', () => {
  const provider = createNode();
  afterAll(() => provider.close());

  it('serves viem through custom()', async () => {
    const pub = createPublicClient({ chain: foundry, transport: custom(provider), cacheTime: 0 });
    const wallet = createWalletClient({
      chain: foundry,
      transport: custom(provider),
      account: privateKeyToAccount(DEV0.key),
    });
    expect(await pub.getChainId()).toBe(31337);
    const hash = await wallet.sendTransaction({ to: DEV1, value: parseEther('2') });
    const r = await pub.waitForTransactionReceipt({ hash, pollingInterval: 10 });
    expect(r.status).toBe('success');
    expect(r.gasUsed).toBe(21_000n);
    expect(await pub.getBalance({ address: DEV1 })).toBe(parseEther('10002'));
    await expect(provider.request({ method: 'eth_nope' })).rejects.toMatchObject({ code: -32601 });
  });
});
