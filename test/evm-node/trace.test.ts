/**
 * debug_traceTransaction and debug_traceCall: geth's struct logger and callTracer. The same
 * calls run on anvil when it is installed, and the struct logs of debug_traceCall (every
 * step's pc, op, gas, gasCost, depth and stack) must be equal; the callTracer's top frame must carry the
 * gas limit and the receipt's gas used, as geth's does.
 */
import {
  type Abi,
  createPublicClient,
  createWalletClient,
  encodeAbiParameters,
  encodeFunctionData,
  http,
  keccak256,
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
  rpc,
  startAnvil,
  startPolyvm,
  TOKEN_SOURCE,
} from './helpers.js';

const { Token } = compile(TOKEN_SOURCE);
const abi = Token!.abi as Abi;
const account = privateKeyToAccount(DEV0.key);

/**
 * Fees given, not suggested, and base fee 0, so that balances compare across nodes (anvil keeps
 * the genesis base fee for block 1; polyvm applies EIP-1559 to it).
 */
const BASE_FEE = ['--base-fee', '0'];
const fees = { maxFeePerGas: 3_000_000_000n, maxPriorityFeePerGas: 1_000_000_000n };

async function run(url: string) {
  const transport = http(url);
  const pub = createPublicClient({ chain: foundry, transport, cacheTime: 0 });
  const wallet = createWalletClient({ chain: foundry, transport, account });
  const d = await pub.waitForTransactionReceipt({
    hash: await wallet.deployContract({ abi, bytecode: Token!.bytecode, args: [100n], ...fees }),
  });
  const token = d.contractAddress!;
  const data = encodeFunctionData({ abi, functionName: 'transfer', args: [DEV1, 7n] });
  const hash = await wallet.sendTransaction({ to: token, data, gas: 80_000n, ...fees });
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
  const pre = async (cfg: Record<string, unknown>) =>
    (await rpc(url, 'debug_traceTransaction', [hash, { tracer: 'prestateTracer', tracerConfig: cfg }]))
      .result;
  const prestate = {
    plain: await pre({}),
    diff: await pre({ diffMode: true }),
    noCode: await pre({ disableCode: true, disableStorage: true }),
    deploy: (
      await rpc(url, 'debug_traceTransaction', [
        d.transactionHash,
        { tracer: 'prestateTracer', tracerConfig: { diffMode: true } },
      ])
    ).result,
    call: (
      await rpc(url, 'debug_traceCall', [
        { from: DEV0.address, to: token, data, gas: '0x13880' },
        'latest',
        { tracer: 'prestateTracer', tracerConfig: { diffMode: true } },
      ])
    ).result,
  };
  return { receipt, struct, calls, call, token, callSteps, prestate };
}

describe('debug tracing', () => {
  let node: Proc;
  let anvil: Proc | undefined;
  let ours: Awaited<ReturnType<typeof run>>;
  let theirs: Awaited<ReturnType<typeof run>> | undefined;
  /** The same transactions on a fresh anvil, run once for every comparison. */
  const onAnvil = async () => {
    anvil ??= await startAnvil(BASE_FEE);
    theirs ??= await run(anvil.url);
    return theirs;
  };
  beforeAll(async () => {
    node = await startPolyvm(BASE_FEE);
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
    const theirs = await onAnvil();
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

  it("prestateTracer: the transfer's accounts before it, and with diffMode what it changed", () => {
    type Acc = {
      balance: string;
      nonce?: number;
      code?: string;
      codeHash?: string;
      storage?: Record<string, string>;
    };
    const { plain, diff, noCode, deploy } = ours.prestate as Record<string, Record<string, Acc>> & {
      diff: { pre: Record<string, Acc>; post: Record<string, Acc> };
      deploy: { pre: Record<string, Acc>; post: Record<string, Acc> };
    };
    const token = ours.token.toLowerCase();
    const sender = DEV0.address.toLowerCase();
    const coinbase = `0x${'0'.repeat(40)}`;
    // Token's balanceOf mapping is slot 0: an entry's slot is keccak256(key ‖ 0).
    const slot = (a: string) =>
      keccak256(encodeAbiParameters([{ type: 'address' }, { type: 'uint256' }], [a as `0x${string}`, 0n]));
    const w = (n: bigint) => `0x${n.toString(16).padStart(64, '0')}`;
    const gasCost = ours.receipt.gasUsed * 1_000_000_000n; // base fee 0: the priority fee is the price
    expect(Object.keys(plain!).sort()).toEqual([coinbase, token, sender].sort());
    expect(plain![token]!.codeHash).toBe(keccak256(plain![token]!.code as `0x${string}`));
    expect(plain![token]!.storage).toEqual({ [slot(DEV0.address)]: w(100n), [slot(DEV1)]: w(0n) });
    expect(plain![sender]!.nonce).toBe(1);
    expect(noCode![token]).toEqual({ balance: '0x0', codeHash: plain![token]!.codeHash, nonce: 1 });
    // diffMode: unchanged fields and zero slots leave pre; post has only what changed.
    expect(diff.pre[token]!.storage).toEqual({ [slot(DEV0.address)]: w(100n) });
    expect(diff.post[token]).toEqual({ storage: { [slot(DEV0.address)]: w(93n), [slot(DEV1)]: w(7n) } });
    expect(diff.post[sender]).toEqual({
      balance: `0x${(BigInt(diff.pre[sender]!.balance) - gasCost).toString(16)}`,
      nonce: 2,
    });
    expect(BigInt(diff.post[coinbase]!.balance) - BigInt(diff.pre[coinbase]!.balance)).toBe(gasCost);
    // A creation: the new contract is not in pre (it did not exist), and is in post with its code.
    expect(Object.keys(deploy.pre)).toEqual([sender]);
    expect(deploy.pre[sender]!.balance).toBe(`0x${(10_000n * 10n ** 18n).toString(16)}`);
    expect(deploy.post[token]!.code).toBe(plain![token]!.code);
    expect(deploy.post[token]!.nonce).toBe(1);
  });

  it('prestateTracer refuses diffMode with includeEmpty, as geth does', async () => {
    const r = await rpc(node.url, 'debug_traceTransaction', [
      ours.receipt.transactionHash,
      { tracer: 'prestateTracer', tracerConfig: { diffMode: true, includeEmpty: true } },
    ]);
    expect(r.error?.message).toBe('cannot use diffMode with includeEmpty');
  });

  it('prestateTracer equals anvil', async (ctx) => {
    if (!anvilPath()) return ctx.skip(); // skipped: anvil not found
    const theirs = await onAnvil();
    // anvil (revm-inspectors) leaves out geth's codeHash (checked above) and keeps accounts
    // that were empty before the transaction, which geth's OnTxEnd drops (prestate.go).
    const likeGeth = (v: unknown): unknown =>
      JSON.parse(
        JSON.stringify(v, (k, x) =>
          k === 'codeHash' || (k.length === 42 && JSON.stringify(x) === '{"balance":"0x0"}') ? undefined : x,
        ),
      );
    expect(likeGeth(ours.prestate)).toEqual(likeGeth(theirs.prestate));
  });
});
