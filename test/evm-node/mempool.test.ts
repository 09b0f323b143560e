/**
 * The pool with automine off (--no-mining): pending transactions by nonce, a nonce gap held
 * back, replacement only with both fees raised by 10% (geth's price bump), evm_mine packing
 * the ready ones into one block in nonce order; and the pool's rejections with geth's
 * messages (nonce too low, insufficient funds, intrinsic gas).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeTransaction, signTransaction } from '../../src/evm/index.js';
import { createNode } from '../../src/evm-node/index.js';
import { DEV0, DEV1 } from './helpers.js';

const key = Uint8Array.from(Buffer.from(DEV0.key.slice(2), 'hex'));
const raw = (nonce: bigint, tip: bigint, fee = 10n ** 11n, gas = 21_000n, value = 1n) =>
  `0x${Buffer.from(
    encodeTransaction(
      signTransaction(
        {
          type: 2,
          chainId: 31337n,
          nonce,
          to: BigInt(DEV1),
          value,
          gasLimit: gas,
          data: new Uint8Array(),
          maxFeePerGas: fee,
          maxPriorityFeePerGas: tip,
          accessList: [],
        },
        key,
      ),
    ),
  ).toString('hex')}`;

describe('mempool without automine', () => {
  const p = createNode({ automine: false });
  const send = (r: string) => p.request({ method: 'eth_sendRawTransaction', params: [r] });
  afterAll(() => p.close());
  beforeAll(() => undefined);

  it('holds, replaces by fee and mines in nonce order', async () => {
    const h0 = (await send(raw(0n, 10n ** 9n))) as string;
    const h2 = (await send(raw(2n, 10n ** 9n))) as string;
    expect(await p.request({ method: 'eth_getTransactionCount', params: [DEV0.address, 'pending'] })).toBe(
      '0x1',
    );
    // Same nonce, tip up 5%: refused; up 10% on both fee caps: replaces.
    await expect(send(raw(0n, 105n * 10n ** 7n, 105n * 10n ** 9n))).rejects.toMatchObject({
      code: -32000,
      message: 'replacement transaction underpriced',
    });
    const h0b = (await send(raw(0n, 11n * 10n ** 8n, 11n * 10n ** 10n))) as string;
    const h1 = (await send(raw(1n, 10n ** 9n))) as string;
    expect(await p.request({ method: 'eth_getTransactionByHash', params: [h0] })).toBeNull();
    expect(await p.request({ method: 'eth_getTransactionByHash', params: [h1] })).toMatchObject({
      blockNumber: null,
      nonce: '0x1',
    });
    expect(await p.request({ method: 'eth_blockNumber' })).toBe('0x0');
    await p.request({ method: 'evm_mine' });
    const block = (await p.request({ method: 'eth_getBlockByNumber', params: ['latest', false] })) as {
      number: string;
      transactions: string[];
    };
    expect(block.number).toBe('0x1');
    expect(block.transactions).toEqual([h0b, h1, h2]);
    expect(await p.request({ method: 'eth_getTransactionCount', params: [DEV0.address, 'latest'] })).toBe(
      '0x3',
    );
  });

  it("txpool_inspect summarises pending and queued transactions as geth's TxPoolAPI.Inspect", async () => {
    const n = createNode({ automine: false });
    const sendTo = (r: string) => n.request({ method: 'eth_sendRawTransaction', params: [r] });
    await sendTo(raw(0n, 10n ** 9n, 2n * 10n ** 9n, 21_000n, 5n));
    await sendTo(raw(2n, 10n ** 9n, 3n * 10n ** 9n, 30_000n, 0n));
    expect(await n.request({ method: 'txpool_inspect' })).toEqual({
      pending: { [DEV0.address]: { '0': `${DEV1}: 5 wei + 21000 gas × 2000000000 wei` } },
      queued: { [DEV0.address]: { '2': `${DEV1}: 0 wei + 30000 gas × 3000000000 wei` } },
    });
    await n.close();
  });

  it("serves geth's pending block: the pooled transactions on the head, nothing of it kept", async () => {
    const n = createNode({ automine: false });
    await n.request({ method: 'eth_sendRawTransaction', params: [raw(0n, 10n ** 9n)] });
    await n.request({ method: 'eth_sendRawTransaction', params: [raw(5n, 10n ** 9n)] }); // a gap: queued
    const before = await n.request({ method: 'eth_getBalance', params: [DEV1, 'latest'] });
    const b = (await n.request({ method: 'eth_getBlockByNumber', params: ['pending', false] })) as Record<
      string,
      unknown
    >;
    expect(b).toMatchObject({ number: '0x1', hash: null, nonce: null, miner: null, gasUsed: '0x5208' });
    expect(b.transactions).toHaveLength(1);
    expect(await n.request({ method: 'eth_getBlockTransactionCountByNumber', params: ['pending'] })).toBe(
      '0x1',
    );
    expect(await n.request({ method: 'eth_blockNumber' })).toBe('0x0');
    expect(await n.request({ method: 'eth_getBalance', params: [DEV1, 'latest'] })).toBe(before);
    await n.request({ method: 'evm_mine' });
    const mined = (await n.request({ method: 'eth_getBlockByNumber', params: ['latest', false] })) as Record<
      string,
      unknown
    >;
    expect(mined.transactions).toEqual(b.transactions);
    await n.close();
  });

  it('rejects with the pool messages', async () => {
    await expect(send(raw(0n, 1n))).rejects.toMatchObject({
      code: -32000,
      message: 'nonce too low: next nonce 3, tx nonce 0',
    });
    await expect(send(raw(3n, 1n, 10n ** 11n, 20_000n))).rejects.toMatchObject({
      message: 'intrinsic gas too low: gas 20000, minimum needed 21000',
    });
    await expect(send(raw(3n, 1n, 10n ** 11n, 21_000n, 10n ** 30n))).rejects.toMatchObject({
      message: expect.stringMatching(
        /^insufficient funds for gas \* price \+ value: balance \d+, tx cost \d+, overshot \d+$/,
      ),
    });
    await expect(send(raw(3n, 1n, 10n ** 11n, 1n << 25n))).rejects.toMatchObject({
      message: 'exceeds block gas limit',
    });
  });
});

describe('anvil_reset, anvil_dumpState, anvil_loadState', () => {
  const p = createNode();
  afterAll(() => p.close());

  it('resets to the genesis and loads a dumped state back', async () => {
    const target = '0x00000000000000000000000000000000000000aa';
    await p.request({ method: 'anvil_setBalance', params: [target, '0x2a'] });
    await p.request({ method: 'evm_mine' });
    const dump = (await p.request({ method: 'anvil_dumpState' })) as string;
    await p.request({ method: 'anvil_reset', params: [] });
    expect(await p.request({ method: 'eth_blockNumber' })).toBe('0x0');
    expect(await p.request({ method: 'eth_getBalance', params: [target, 'latest'] })).toBe('0x0');
    expect(await p.request({ method: 'eth_getBalance', params: [DEV0.address, 'latest'] })).toBe(
      `0x${(10_000n * 10n ** 18n).toString(16)}`,
    );
    expect(await p.request({ method: 'anvil_loadState', params: [dump] })).toBe(true);
    expect(await p.request({ method: 'eth_getBalance', params: [target, 'latest'] })).toBe('0x2a');
    await expect(p.request({ method: 'anvil_loadState', params: ['0x1234'] })).rejects.toMatchObject({
      code: -32602,
    });
  });
});

describe('interval mining (--block-time)', () => {
  it('mines a block every interval, with the pooled transactions', async () => {
    const p = createNode({ blockTime: 1 });
    const h = (await p.request({ method: 'eth_sendRawTransaction', params: [raw(0n, 10n ** 9n)] })) as string;
    expect(await p.request({ method: 'eth_getTransactionReceipt', params: [h] })).toBeNull();
    await new Promise((r) => setTimeout(r, 1300));
    const receipt = (await p.request({ method: 'eth_getTransactionReceipt', params: [h] })) as {
      blockNumber: string;
      status: string;
    };
    expect(receipt).toMatchObject({ blockNumber: '0x1', status: '0x1' });
    await new Promise((r) => setTimeout(r, 1000));
    expect(BigInt((await p.request({ method: 'eth_blockNumber' })) as string)).toBeGreaterThanOrEqual(2n);
    await p.close();
  });
});
