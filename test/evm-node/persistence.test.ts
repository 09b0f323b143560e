/**
 * The chain persists in the --state LMDB store: a node stopped with SIGTERM and started
 * again serves the same blocks, receipts and balances; a node killed with SIGKILL while
 * transactions stream in loses none that it acknowledged (in automine, a transaction's
 * hash is answered once its block is on disk).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPublicClient, createWalletClient, type Hash, http } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { foundry } from 'viem/chains';
import { afterAll, describe, expect, it } from 'vitest';
import { DEV0, DEV1, rpc, startPolyvm } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'polyvm-node-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const account = privateKeyToAccount(DEV0.key);

describe('restart persistence', () => {
  it('SIGTERM then restart: same blocks, receipts, balances', async () => {
    const state = join(dir, 'a');
    const node = await startPolyvm(['--state', state]);
    const pub = createPublicClient({ chain: foundry, transport: http(node.url), cacheTime: 0 });
    const wallet = createWalletClient({ chain: foundry, transport: http(node.url), account });
    const hashes: Hash[] = [];
    for (let i = 0; i < 5; i++)
      hashes.push(await wallet.sendTransaction({ to: DEV1, value: 1000n + BigInt(i) }));
    const blocks = [];
    for (let n = 0n; n <= 5n; n++)
      blocks.push(await rpc(node.url, 'eth_getBlockByNumber', [`0x${n.toString(16)}`, true]));
    const balance = await pub.getBalance({ address: DEV1 });
    const receipts = await Promise.all(
      hashes.map((hash) => rpc(node.url, 'eth_getTransactionReceipt', [hash])),
    );
    expect(await node.stop('SIGTERM')).toBe(0);

    const again = await startPolyvm(['--state', state]);
    const pub2 = createPublicClient({ chain: foundry, transport: http(again.url), cacheTime: 0 });
    expect(await pub2.getBlockNumber()).toBe(5n);
    for (let n = 0n; n <= 5n; n++)
      expect(await rpc(again.url, 'eth_getBlockByNumber', [`0x${n.toString(16)}`, true])).toEqual(
        blocks[Number(n)],
      );
    expect(
      await Promise.all(hashes.map((hash) => rpc(again.url, 'eth_getTransactionReceipt', [hash]))),
    ).toEqual(receipts);
    expect(await pub2.getBalance({ address: DEV1 })).toBe(balance);
    expect(balance).toBe(10_000n * 10n ** 18n + 5n * 1000n + 10n);
    // The chain goes on from there.
    const w2 = createWalletClient({ chain: foundry, transport: http(again.url), account });
    const h = await w2.sendTransaction({ to: DEV1, value: 1n });
    expect((await pub2.waitForTransactionReceipt({ hash: h })).blockNumber).toBe(6n);
    expect(await again.stop('SIGINT')).toBe(0);
  });

  it('SIGKILL mid-stream loses no acknowledged transaction', async () => {
    const state = join(dir, 'b');
    const node = await startPolyvm(['--state', state]);
    const wallet = createWalletClient({
      chain: foundry,
      transport: http(node.url, { retryCount: 0 }),
      account,
    });
    const acked: Hash[] = [];
    let stop = false;
    const stream = (async () => {
      let nonce = 0;
      while (!stop) {
        try {
          acked.push(
            await wallet.sendTransaction({
              to: DEV1,
              value: 1n,
              nonce: nonce++,
              gas: 21_000n,
              maxFeePerGas: 10n ** 10n,
              maxPriorityFeePerGas: 1n,
            }),
          );
        } catch {
          return;
        }
      }
    })();
    // Kill once some transactions are acknowledged and more are in flight (not after a fixed
    // time: a loaded machine acknowledges few in any given second).
    for (let waited = 0; acked.length < 8 && waited < 30_000; waited += 50)
      await new Promise((r) => setTimeout(r, 50));
    expect(await node.stop('SIGKILL')).toBe(null);
    stop = true;
    await stream;
    expect(acked.length).toBeGreaterThan(5);
    const again = await startPolyvm(['--state', state]);
    for (const h of acked) {
      const r = await rpc(again.url, 'eth_getTransactionReceipt', [h]);
      expect(r.result, h).toMatchObject({ status: '0x1', transactionHash: h });
    }
    await again.stop();
  });

  it('a second node on a state directory in use is refused, and nothing of the chain changes', async () => {
    const state = join(dir, 'c');
    const first = await startPolyvm(['--state', state]);
    const wallet = createWalletClient({ chain: foundry, transport: http(first.url), account });
    await wallet.sendTransaction({ to: DEV1, value: 7n });
    const head = await rpc(first.url, 'eth_getBlockByNumber', ['latest', false]);
    // geth: "datadir already used by another process"; the pid is the first node's.
    await expect(startPolyvm(['--state', state])).rejects.toThrow(
      new RegExp(
        `exited with 2: .*state ${state} is in use by another polyvm evm node \\(pid ${first.proc.pid}\\)`,
        's',
      ),
    );
    expect(await rpc(first.url, 'eth_getBlockByNumber', ['latest', false])).toEqual(head);
    await wallet.sendTransaction({ to: DEV1, value: 8n });
    expect(await first.stop('SIGTERM')).toBe(0);
    // Stopped: the directory is free again, with both blocks.
    const again = await startPolyvm(['--state', state]);
    expect((await rpc(again.url, 'eth_blockNumber', [])).result).toBe('0x2');
    await again.stop();
  });
});
