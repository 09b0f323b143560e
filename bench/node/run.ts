/**
 * `npm run bench:node`: polyvm's dev node against anvil (@foundry-rs/anvil's binary), the
 * same workload through viem, the two nodes interleaved round by round on one machine:
 *   - cold start: spawn to "Listening on",
 *   - N ERC-20 transfers one at a time (send, then the receipt),
 *   - B transfers sent at once, then every receipt,
 *   - eth_call throughput (balanceOf),
 *   - after S more accounts were funded (the state grown), transfers one at a time again.
 * Transactions carry their nonce, gas and fees, so each costs one eth_sendRawTransaction
 * (viem signs them in this process, for both nodes alike). Prints tx/s, calls/s and the
 * ratios polyvm/anvil (above 1: polyvm faster).
 * Env: BENCH_N (default 300), BENCH_BATCH (500), BENCH_CALLS (1000), BENCH_STATE (2000),
 * BENCH_ROUNDS (2), BENCH_BASE (another polyvm checkout, built: measured as `base` in the same
 * rounds, for before/after figures of one run).
 */
import { type Abi, createPublicClient, createWalletClient, encodeFunctionData, type Hash, http } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { foundry } from 'viem/chains';
import {
  anvilPath,
  compile,
  DEV0,
  DEV1,
  type Proc,
  startAnvil,
  startPolyvm,
  TOKEN_SOURCE,
} from '../../test/evm-node/helpers.js';

const N = Number(process.env.BENCH_N ?? 300);
const BATCH = Number(process.env.BENCH_BATCH ?? 500);
const CALLS = Number(process.env.BENCH_CALLS ?? 1000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const STATE = Number(process.env.BENCH_STATE ?? 2000);
const BASE = process.env.BENCH_BASE;
type Name = 'polyvm' | 'base' | 'anvil';
const { Token } = compile(TOKEN_SOURCE);
const abi = Token!.abi as Abi;
const account = privateKeyToAccount(DEV0.key);

async function receipt(pub: ReturnType<typeof createPublicClient>, hash: Hash) {
  for (;;) {
    const r = await pub.getTransactionReceipt({ hash }).catch(() => null);
    if (r) return r;
    await new Promise((res) => setTimeout(res, 5));
  }
}

interface Result {
  start: number;
  sequential: number;
  batch: number;
  calls: number;
  grown: number;
}

async function measure(name: Name): Promise<Result> {
  const t0 = performance.now();
  const node: Proc =
    name === 'anvil'
      ? await startAnvil()
      : name === 'base'
        ? await startPolyvm([], BASE)
        : await startPolyvm();
  const start = performance.now() - t0;
  try {
    const transport = http(node.url, { retryCount: 0, timeout: 300_000 });
    const pub = createPublicClient({ chain: foundry, transport, cacheTime: 0 });
    const wallet = createWalletClient({ chain: foundry, transport, account });
    const deployed = await receipt(
      pub,
      await wallet.deployContract({ abi, bytecode: Token!.bytecode, args: [10n ** 30n] }),
    );
    const token = deployed.contractAddress!;
    let nonce = await pub.getTransactionCount({ address: account.address });
    const data = encodeFunctionData({ abi, functionName: 'transfer', args: [DEV1, 1n] });
    const fees = { gas: 60_000n, maxFeePerGas: 10n ** 11n, maxPriorityFeePerGas: 10n ** 9n };
    const send = () => wallet.sendTransaction({ to: token, data, nonce: nonce++, ...fees });
    const t1 = performance.now();
    for (let i = 0; i < N; i++) {
      const r = await receipt(pub, await send());
      if (r.status !== 'success') throw new Error(`${name}: transfer ${i} failed`);
    }
    const sequential = N / ((performance.now() - t1) / 1000);
    /** Sends the signed transactions at once and waits for every receipt; returns the ms. */
    const sendAll = async (signed: `0x${string}`[]) => {
      const t = performance.now();
      const hashes = await Promise.all(
        signed.map((serializedTransaction) => pub.sendRawTransaction({ serializedTransaction })),
      );
      for (const h of hashes) await receipt(pub, h);
      return performance.now() - t;
    };
    // Signed first, then all sent at once: the nodes see BATCH requests in flight.
    const raws: `0x${string}`[] = [];
    for (let i = 0; i < BATCH; i++)
      raws.push(
        await wallet.signTransaction({
          to: token,
          data,
          nonce: nonce++,
          ...fees,
          chainId: foundry.id,
          type: 'eip1559',
        } as never),
      );
    const batch = BATCH / ((await sendAll(raws)) / 1000);
    const call = {
      to: token,
      data: encodeFunctionData({ abi, functionName: 'balanceOf', args: [DEV1] }),
    } as const;
    const t3 = performance.now();
    for (let i = 0; i < CALLS; i++) await pub.call(call);
    const calls = CALLS / ((performance.now() - t3) / 1000);
    // The state grown by STATE funded accounts (one block each), then transfers one by one.
    const funding: `0x${string}`[] = [];
    for (let i = 0; i < STATE; i++)
      funding.push(
        await wallet.signTransaction({
          to: `0x${(0xbe0000n + BigInt(i)).toString(16).padStart(40, '0')}`,
          value: 1n,
          nonce: nonce++,
          gas: 21_000n,
          maxFeePerGas: fees.maxFeePerGas,
          maxPriorityFeePerGas: fees.maxPriorityFeePerGas,
          chainId: foundry.id,
          type: 'eip1559',
        } as never),
      );
    await sendAll(funding);
    const t4 = performance.now();
    for (let i = 0; i < N; i++) {
      const r = await receipt(pub, await send());
      if (r.status !== 'success') throw new Error(`${name}: transfer ${i} failed`);
    }
    const grown = N / ((performance.now() - t4) / 1000);
    const bal = await pub.readContract({ address: token, abi, functionName: 'balanceOf', args: [DEV1] });
    if (bal !== BigInt(2 * N + BATCH)) throw new Error(`${name}: balance ${bal}, want ${2 * N + BATCH}`);
    return { start, sequential, batch, calls, grown };
  } finally {
    await node.stop();
  }
}

async function main() {
  if (!anvilPath()) {
    console.log('skipped: anvil not found (install @foundry-rs/anvil)');
    return;
  }
  console.log(
    `bench:node  N=${N} one at a time, ${BATCH} at once, ${CALLS} eth_call, N one at a time after ${STATE} accounts funded; ${ROUNDS} rounds, interleaved`,
  );
  const names: Name[] = BASE ? ['polyvm', 'base', 'anvil'] : ['polyvm', 'anvil'];
  const rows: Record<string, Result[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < ROUNDS; r++)
    // Each round in another order (rotated), so no node always runs first.
    for (const name of names.map((_, i) => names[(i + r) % names.length]!)) {
      const res = await measure(name);
      rows[name]!.push(res);
      console.log(
        `round ${r + 1} ${name.padEnd(6)} start ${res.start.toFixed(0)} ms  1-by-1 ${res.sequential.toFixed(0)} tx/s  ${BATCH}-at-once ${res.batch.toFixed(0)} tx/s  eth_call ${res.calls.toFixed(0)}/s  1-by-1 at +${STATE} accounts ${res.grown.toFixed(0)} tx/s`,
      );
    }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const m = (name: string, k: keyof Result) => med(rows[name]!.map((x) => x[k]));
  console.log(
    `\nmedian       polyvm${BASE ? '       base' : ''}      anvil   ratio (polyvm/anvil; >1 polyvm better)${BASE ? '  base/anvil' : ''}`,
  );
  for (const [k, unit, inverse] of [
    ['start', 'ms', true],
    ['sequential', 'tx/s', false],
    ['batch', 'tx/s', false],
    ['calls', 'calls/s', false],
    ['grown', 'tx/s', false],
  ] as const) {
    const p = m('polyvm', k);
    const a = m('anvil', k);
    const ratio = (x: number) => (inverse ? a / x : x / a).toFixed(2);
    const base = BASE ? m('base', k) : undefined;
    console.log(
      `${k.padEnd(11)} ${p.toFixed(0).padStart(8)}${base === undefined ? '' : base.toFixed(0).padStart(11)} ${a.toFixed(0).padStart(10)} ${unit.padEnd(7)} ${ratio(p)}${base === undefined ? '' : `         ${ratio(base)}`}`,
    );
  }
}

await main();
