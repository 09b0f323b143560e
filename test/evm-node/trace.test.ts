/**
 * debug_traceTransaction and debug_traceCall: geth's struct logger and callTracer. The same
 * calls run on anvil when it is installed, and the struct logs of debug_traceCall (every
 * step's pc, op, gas, gasCost, depth and stack) must be equal; the callTracer's top frame must carry the
 * gas limit and the receipt's gas used, as geth's does.
 */
import { type Abi, createPublicClient, createWalletClient, encodeFunctionData, http } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { foundry } from 'viem/chains';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  anvilPath,
  compile,
  DEV0,
  DEV1,
  type Proc,
  rpc,
  startAnvil,
  startPolyvm,
  TOKEN_SOURCE,
} from './helpers.js';

const { Token } = compile(TOKEN_SOURCE);
const abi = Token!.abi as Abi;
const account = privateKeyToAccount(DEV0.key);

async function run(url: string) {
  const transport = http(url);
  const pub = createPublicClient({ chain: foundry, transport, cacheTime: 0 });
  const wallet = createWalletClient({ chain: foundry, transport, account });
  const d = await pub.waitForTransactionReceipt({
    hash: await wallet.deployContract({ abi, bytecode: Token!.bytecode, args: [100n] }),
  });
  const token = d.contractAddress!;
  const data = encodeFunctionData({ abi, functionName: 'transfer', args: [DEV1, 7n] });
  const hash = await wallet.sendTransaction({ to: token, data, gas: 80_000n });
  const receipt = await pub.waitForTransactionReceipt({ hash });
  const struct = (await rpc(url, 'debug_traceTransaction', [hash, {}])).result as {
    gas: number;
    failed: boolean;
    structLogs: Record<string, unknown>[];
  };
  const calls = (await rpc(url, 'debug_traceTransaction', [hash, { tracer: 'callTracer' }])).result as Record<
    string,
    unknown
  >;
  const bad = encodeFunctionData({
    abi,
    functionName: 'transfer',
    args: ['0x0000000000000000000000000000000000000000', 1n],
  });
  const call = (
    await rpc(url, 'debug_traceCall', [
      { from: DEV0.address, to: token, data: bad, gas: '0x30000' },
      'latest',
      { tracer: 'callTracer' },
    ])
  ).result as Record<string, unknown>;
  // The same transfer as a call, traced (anvil traces calls; for mined transactions it gives no steps).
  const callSteps = (
    await rpc(url, 'debug_traceCall', [{ from: DEV0.address, to: token, data, gas: '0x13880' }, 'latest', {}])
  ).result as { gas: number; structLogs: Record<string, unknown>[] };
  return { receipt, struct, calls, call, token, callSteps };
}

describe('debug tracing', () => {
  let node: Proc;
  let anvil: Proc | undefined;
  let ours: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    node = await startPolyvm();
    ours = await run(node.url);
  });
  afterAll(async () => {
    await node?.stop();
    await anvil?.stop();
  });

  it('struct logger: gas accounting step by step', () => {
    const { struct, receipt } = ours;
    expect(struct.gas).toBe(Number(receipt.gasUsed));
    expect(struct.failed).toBe(false);
    const logs = struct.structLogs;
    expect(logs.length).toBeGreaterThan(50);
    expect(logs.at(-1)!.op).toBe('RETURN');
    // Within one frame, a step's gas is the previous step's gas less its cost.
    for (let i = 1; i < logs.length; i++)
      if (logs[i]!.depth === logs[i - 1]!.depth)
        expect(logs[i]!.gas, `step ${i}`).toBe(
          (logs[i - 1]!.gas as number) - (logs[i - 1]!.gasCost as number),
        );
    // The SSTOREs show the written slots.
    expect(
      logs.filter((l) => l.op === 'SSTORE').every((l) => Object.keys(l.storage as object).length > 0),
    ).toBe(true);
  });

  it('callTracer: the top frame has the gas limit and the receipt gas used; reverts give the reason', () => {
    expect(ours.calls).toMatchObject({
      type: 'CALL',
      from: DEV0.address.toLowerCase(),
      to: ours.token.toLowerCase(),
      gas: '0x13880',
      gasUsed: `0x${ours.receipt.gasUsed.toString(16)}`,
      value: '0x0',
    });
    expect(ours.calls.output).toBe(`0x${'0'.repeat(63)}1`);
    expect(ours.call).toMatchObject({
      type: 'CALL',
      error: 'execution reverted',
      revertReason: 'zero address',
    });
  });

  it('struct logs equal anvil', async (ctx) => {
    if (!anvilPath()) return ctx.skip(); // skipped: anvil not found
    anvil = await startAnvil();
    const theirs = await run(anvil.url);
    const strip = (l: Record<string, unknown>) => ({
      pc: l.pc,
      op: l.op,
      gas: l.gas,
      gasCost: l.gasCost,
      depth: l.depth,
      stack: l.stack,
    });
    expect(ours.callSteps.structLogs.length).toBeGreaterThan(50);
    expect(ours.callSteps.structLogs.map(strip)).toEqual(theirs.callSteps.structLogs.map(strip));
    expect(ours.callSteps.gas).toBe(theirs.callSteps.gas);
    expect(ours.struct.gas).toBe(Number(theirs.receipt.gasUsed));
    expect(ours.call).toMatchObject({
      error: theirs.call.error,
      revertReason: theirs.call.revertReason,
      output: theirs.call.output,
    });
  });
});
