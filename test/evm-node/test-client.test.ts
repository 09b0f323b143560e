/**
 * The dev methods viem's test client (mode 'anvil') calls, and anvil's own additions: the same
 * script runs on polyvm and on anvil, and every answer it collects must be equal.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createNode } from '../../src/evm-node/index.js';
import { anvilPath, DEV0, type Proc, rpcResult, startAnvil } from './helpers.js';

// biome-ignore lint/suspicious/noExplicitAny: JSON-RPC answers, read field by field
type Loose = any;
type Rpc = (method: string, params?: unknown[]) => Promise<Loose>;

const X = '0x00000000000000000000000000000000000000c1';
const Y = '0x00000000000000000000000000000000000000c2';
const Z = '0x00000000000000000000000000000000000000c3';
const W = '0x00000000000000000000000000000000000000c4';
const from = DEV0.address.toLowerCase();
const fees = { maxFeePerGas: '0x2540be400', maxPriorityFeePerGas: '0x1' };

async function script(rpc: Rpc): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const latest = () => rpc('eth_getBlockByNumber', ['latest', false]);
  const mine = async () => {
    await rpc('evm_mine', []);
    return latest();
  };

  out.setCoinbase = await rpc('anvil_setCoinbase', [X]);
  out.miner = (await mine()).miner;

  out.setBaseFee = await rpc('anvil_setNextBlockBaseFeePerGas', ['0x12345']);
  out.baseFees = [(await mine()).baseFeePerGas, (await mine()).baseFeePerGas];

  out.setInterval = await rpc('anvil_setBlockTimestampInterval', [100]);
  const t0 = BigInt((await mine()).timestamp);
  const t1 = BigInt((await mine()).timestamp);
  out.interval = Number(t1 - t0);
  out.removed = [
    await rpc('anvil_removeBlockTimestampInterval', []),
    await rpc('anvil_removeBlockTimestampInterval', []),
  ];

  out.setGasLimit = await rpc('evm_setBlockGasLimit', ['0x2000000']);
  out.gasLimits = [(await mine()).gasLimit, (await mine()).gasLimit];

  out.addBalance = [await rpc('anvil_addBalance', [Y, '0x5']), await rpc('hardhat_addBalance', [Y, '0x1'])];
  out.balanceY = await rpc('eth_getBalance', [Y, 'latest']);

  await rpc('anvil_setBalance', [Z, '0xde0b6b3a7640000']);
  const unsigned = await rpc('eth_sendUnsignedTransaction', [
    { from: Z, to: Y, value: '0x1', gas: '0x5208', ...fees },
  ]);
  const r = await rpc('eth_getTransactionReceipt', [unsigned]);
  out.unsigned = [r.status, r.from, await rpc('eth_getBalance', [Y, 'latest'])];

  const nonce = await rpc('eth_getTransactionCount', [from, 'latest']);
  const raw = await rpc('eth_signTransaction', [
    { from, to: Y, value: '0x2', gas: '0x5208', nonce, ...fees },
  ]);
  const sync = await rpc('eth_sendRawTransactionSync', [raw]);
  out.sync = [sync.status, sync.from, sync.to, sync.gasUsed];
  out.syncReceiptEqual =
    JSON.stringify(sync) === JSON.stringify(await rpc('eth_getTransactionReceipt', [sync.transactionHash]));
  const bySender = await rpc('eth_getTransactionBySenderAndNonce', [from, nonce]);
  out.bySender = [bySender.hash === sync.transactionHash, bySender.nonce, bySender.from];
  out.bySenderUnknown = await rpc('eth_getTransactionBySenderAndNonce', [from, '0x99']);
  const txSync = await rpc('eth_sendTransactionSync', [
    { from, to: Y, value: '0x3', gas: '0x5208', ...fees },
  ]);
  out.txSync = [txSync.status, txSync.from];

  out.requestAccounts =
    JSON.stringify(await rpc('eth_requestAccounts', [])) === JSON.stringify(await rpc('eth_accounts', []));
  out.logging = await rpc('anvil_setLoggingEnabled', [false]);

  await rpc('anvil_setBalance', [W, '0xde0b6b3a7640000']);
  out.autoOn = await rpc('anvil_autoImpersonateAccount', [true]);
  const auto = await rpc('eth_sendTransaction', [{ from: W, to: Y, value: '0x1', gas: '0x5208', ...fees }]);
  out.auto = (await rpc('eth_getTransactionReceipt', [auto])).status;
  await rpc('anvil_autoImpersonateAccount', [false]);
  out.autoOff = await rpc('eth_sendTransaction', [
    { from: W, to: Y, value: '0x1', gas: '0x5208', ...fees },
  ]).then(
    () => 'sent',
    () => 'refused',
  );
  out.dropAll = await rpc('anvil_dropAllTransactions', []);
  return out;
}

describe("viem's test client methods", () => {
  let anvil: Proc | undefined;
  afterAll(async () => {
    await anvil?.stop();
  });

  it('answer as anvil answers', async (ctx) => {
    if (!anvilPath()) return ctx.skip(); // skipped: anvil not found
    anvil = await startAnvil();
    const url = anvil.url;
    const theirs = await script((method, params = []) => rpcResult(url, method, params) as Promise<Loose>);
    const node = createNode();
    const ours = await script((method, params = []) => node.request({ method, params }) as Promise<Loose>);
    expect(ours).toEqual(theirs);
    // The base fee set, then EIP-1559's step down from it after an empty block.
    expect(ours.baseFees).toEqual(['0x12345', `0x${(0x12345 - Math.floor(0x12345 / 8)).toString(16)}`]);
    expect(ours.interval).toBe(100);
  });

  it('times out a sync send as geth does: code 4, the hash as data', async () => {
    const node = createNode({ automine: false });
    const raw = await node.request({
      method: 'eth_signTransaction',
      params: [{ from, to: Y, value: '0x1', gas: '0x5208', ...fees }],
    });
    const err: Loose = await node
      .request({ method: 'eth_sendRawTransactionSync', params: [raw, 50] })
      .catch((e: Loose) => e as Loose);
    expect(err.code).toBe(4);
    expect(err.message).toContain("wasn't processed in 0.05s");
    expect(err.data).toMatch(/^0x[0-9a-f]{64}$/);
    await node.close();
  });
});
