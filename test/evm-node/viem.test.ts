/**
 * viem against `polyvm evm node` in a real process: deploy a solc-compiled token, read,
 * write, events, getLogs, watchContractEvent over WebSocket, simulateContract, revert
 * reasons and custom errors, estimateGas, snapshot/revert, impersonation. The same
 * workload runs against anvil when it is installed and every answer is compared.
 */
import {
  type Abi,
  type BaseError,
  ContractFunctionRevertedError,
  createPublicClient,
  createTestClient,
  createWalletClient,
  decodeEventLog,
  getAddress,
  getContractAddress,
  http,
  parseEther,
  webSocket,
} from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { foundry } from 'viem/chains';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  anvilPath,
  compile,
  DEV0,
  DEV1,
  type Proc,
  startAnvil,
  startPolyvm,
  TOKEN_SOURCE,
} from './helpers.js';

const { Token } = compile(TOKEN_SOURCE);
const abi = Token!.abi as Abi;
const account = privateKeyToAccount(DEV0.key);

async function workload(url: string) {
  const transport = http(url);
  const pub = createPublicClient({ chain: foundry, transport, cacheTime: 0 });
  const wallet = createWalletClient({ chain: foundry, transport, account });
  const obs: Record<string, unknown> = {};
  const nonce = await pub.getTransactionCount({ address: account.address });
  const deployHash = await wallet.deployContract({ abi, bytecode: Token!.bytecode, args: [1000n] });
  const deployed = await pub.waitForTransactionReceipt({ hash: deployHash });
  const token = deployed.contractAddress!;
  obs.contractAddress = getAddress(token);
  obs.expectedAddress = getContractAddress({ from: account.address, nonce: BigInt(nonce) });
  obs.deploy = { status: deployed.status, gasUsed: deployed.gasUsed, logs: deployed.logs.length };
  obs.totalSupply = await pub.readContract({ address: token, abi, functionName: 'totalSupply' });
  const { request, result } = await pub.simulateContract({
    account,
    address: token,
    abi,
    functionName: 'transfer',
    args: [DEV1, 250n],
  });
  obs.simulated = result;
  obs.estimate = await pub.estimateContractGas({
    account,
    address: token,
    abi,
    functionName: 'transfer',
    args: [DEV1, 250n],
  });
  const h = await wallet.writeContract(request);
  const r = await pub.waitForTransactionReceipt({ hash: h });
  obs.transfer = {
    status: r.status,
    gasUsed: r.gasUsed,
    cumulative: r.cumulativeGasUsed,
    logsBloomSet: r.logsBloom !== `0x${'0'.repeat(512)}`,
  };
  obs.transferEvent = decodeEventLog({ abi, ...r.logs[0]! });
  obs.balances = [
    await pub.readContract({ address: token, abi, functionName: 'balanceOf', args: [account.address] }),
    await pub.readContract({ address: token, abi, functionName: 'balanceOf', args: [DEV1] }),
  ];
  const logs = await pub.getContractEvents({ address: token, abi, eventName: 'Transfer', fromBlock: 0n });
  obs.logs = logs.map((l) => [l.args, l.logIndex, l.transactionIndex]);
  const filtered = await pub.getContractEvents({
    address: token,
    abi,
    eventName: 'Transfer',
    args: { to: DEV1 },
    fromBlock: 0n,
  });
  obs.filtered = filtered.length;
  // A reverted call: Error(string) and a custom error, decoded by viem from the revert data.
  const reason = async (args: readonly unknown[]) => {
    try {
      await pub.simulateContract({ account, address: token, abi, functionName: 'transfer', args });
      return 'no revert';
    } catch (e) {
      const rev = (e as BaseError).walk(
        (x) => x instanceof ContractFunctionRevertedError,
      ) as ContractFunctionRevertedError | null;
      return rev?.data ? [rev.data.errorName, rev.data.args] : rev?.reason;
    }
  };
  obs.revertString = await reason(['0x0000000000000000000000000000000000000000', 1n]);
  obs.revertCustom = await reason([DEV1, 10_000n]);
  obs.panic = await pub.simulateContract({ account, address: token, abi, functionName: 'burnAll' }).then(
    () => 'no revert',
    (e) =>
      (
        (e as BaseError).walk(
          (x) => x instanceof ContractFunctionRevertedError,
        ) as ContractFunctionRevertedError | null
      )?.data?.errorName,
  );
  // A transaction that reverts on chain: status reverted, gas charged.
  const failing = await wallet.writeContract({
    address: token,
    abi,
    functionName: 'transfer',
    args: [DEV1, 10_000n],
    gas: 100_000n,
  });
  const fr = await pub.waitForTransactionReceipt({ hash: failing });
  obs.failedTx = { status: fr.status, gasUsed: fr.gasUsed };
  return { obs, token };
}

describe('viem against polyvm evm node', () => {
  let node: Proc;
  let anvil: Proc | undefined;
  let ours: Awaited<ReturnType<typeof workload>>;
  let theirs: Awaited<ReturnType<typeof workload>> | undefined;
  beforeAll(async () => {
    node = await startPolyvm();
    ours = await workload(node.url);
    if (anvilPath()) {
      anvil = await startAnvil();
      theirs = await workload(anvil.url);
    }
  });
  afterAll(async () => {
    await node?.stop();
    await anvil?.stop();
  });

  it('deploys, reads, writes and logs as the contract says', () => {
    const o = ours.obs;
    expect(o.contractAddress).toBe(o.expectedAddress);
    expect(o.deploy).toMatchObject({ status: 'success', logs: 1 });
    expect(o.totalSupply).toBe(1000n);
    expect(o.simulated).toBe(true);
    expect(o.transfer).toMatchObject({ status: 'success', logsBloomSet: true });
    expect(o.transferEvent).toEqual({
      eventName: 'Transfer',
      args: { from: DEV0.address, to: DEV1, value: 250n },
    });
    expect(o.balances).toEqual([750n, 250n]);
    expect(o.logs).toHaveLength(2);
    expect(o.filtered).toBe(1);
    expect(o.revertString).toEqual(['Error', ['zero address']]);
    expect(o.revertCustom).toEqual(['Insufficient', [750n, 10_000n]]);
    expect(o.panic).toBe('Panic');
    expect(o.failedTx).toMatchObject({ status: 'reverted' });
    // The exact lowest gas limit that succeeds is no more than what the transfer then used plus refunds.
    expect(o.estimate as bigint).toBeGreaterThanOrEqual((o.transfer as { gasUsed: bigint }).gasUsed);
  });

  it('answers as anvil does (gas, logs, reverts, addresses)', (ctx) => {
    if (!theirs) return ctx.skip(); // skipped: anvil not found
    expect(ours.obs).toEqual(theirs.obs);
  });

  it('snapshots and reverts, mines and moves time, impersonates', async () => {
    const transport = http(node.url);
    const pub = createPublicClient({ chain: foundry, transport, cacheTime: 0 });
    const test = createTestClient({ chain: foundry, mode: 'anvil', transport });
    const before = await pub.getBlockNumber();
    const id = await test.snapshot();
    await test.mine({ blocks: 3 });
    await test.setBalance({ address: DEV1, value: 7n });
    expect(await pub.getBlockNumber()).toBe(before + 3n);
    expect(await pub.getBalance({ address: DEV1 })).toBe(7n);
    await test.revert({ id });
    expect(await pub.getBlockNumber()).toBe(before);
    expect(await pub.getBalance({ address: DEV1 })).toBeGreaterThan(parseEther('9999'));
    const t0 = (await pub.getBlock()).timestamp;
    await test.setNextBlockTimestamp({ timestamp: t0 + 1000n });
    await test.mine({ blocks: 1 });
    expect((await pub.getBlock()).timestamp).toBe(t0 + 1000n);
    // Impersonation: a transaction from an address without a key.
    const whale = '0x00000000000000000000000000000000000beef0';
    await test.setBalance({ address: whale, value: parseEther('1') });
    await test.impersonateAccount({ address: whale });
    const wallet = createWalletClient({ chain: foundry, transport, account: whale });
    const h = await wallet.sendTransaction({ to: DEV1, value: 5n });
    const r = await pub.waitForTransactionReceipt({ hash: h });
    expect(r.status).toBe('success');
    expect(r.from).toBe(whale);
    expect(r.gasUsed).toBe(21_000n);
    await test.stopImpersonatingAccount({ address: whale });
    await expect(wallet.sendTransaction({ to: DEV1, value: 5n })).rejects.toThrow();
  });

  it('watchContractEvent over WebSocket sees a transfer', async () => {
    const ws = createPublicClient({ chain: foundry, transport: webSocket(node.wsUrl) });
    const wallet = createWalletClient({ chain: foundry, transport: http(node.url), account });
    // The socket open and answering first: a subscription sees only logs after it is made.
    expect(await ws.getChainId()).toBe(foundry.id);
    const seen = new Promise<unknown>((resolve) => {
      const stop = ws.watchContractEvent({
        address: ours.token,
        abi,
        eventName: 'Transfer',
        onLogs: (logs) => {
          stop();
          resolve((logs[0] as unknown as { args: unknown }).args);
        },
      });
    });
    await new Promise((r) => setTimeout(r, 300));
    await wallet.writeContract({ address: ours.token, abi, functionName: 'transfer', args: [DEV1, 1n] });
    expect(await seen).toEqual({ from: DEV0.address, to: DEV1, value: 1n });
    await ws.transport.getRpcClient().then((c) => c.close());
  });
});
