/**
 * geth's prestateTracer (eth/tracers/native/prestate.go) on the two cases the first file
 * does not reach, checked with expected values of their own and against anvil:
 *   - SELFDESTRUCT under Cancun (EIP-6780): a contract that existed before only moves its
 *     balance (it stays, with its code); one created and destroyed in the same
 *     transaction is gone, so it is in neither pre nor post;
 *   - an EIP-7702 (type 4) transaction: the authority is in pre as it was (no code, its
 *     nonce), in post with the delegation designator 0xef0100 || target and nonce + 1, and
 *     the storage the delegated code writes is the authority's.
 */
import { type Abi, createPublicClient, createWalletClient, encodeFunctionData, http, keccak256 } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { foundry } from 'viem/chains';
import { afterAll, describe, expect, it } from 'vitest';
import { anvilPath, compile, DEV0, type Proc, rpc, startAnvil, startPolyvm } from './helpers.js';

const SOURCE = `
// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;
contract Bomb { constructor() payable {} function kill(address payable to) external { selfdestruct(to); } }
contract Flash { constructor(address payable to) payable { selfdestruct(to); } }
contract Factory { function flash(address payable to) external payable { new Flash{value: msg.value}(to); } }
contract Store { uint256 public v; function set(uint256 a) external { v = a; } }`;
const { Bomb, Factory, Store } = compile(SOURCE);
const dev0 = privateKeyToAccount(DEV0.key);
// anvil's (and polyvm's) second dev account: m/44'/60'/0'/0/1 of the default mnemonic.
const dev1 = privateKeyToAccount('0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d');
const HEIR = '0x0000000000000000000000000000000000004e12';
const fees = { maxFeePerGas: 3_000_000_000n, maxPriorityFeePerGas: 1_000_000_000n };
type Accounts = Record<string, Record<string, unknown>>;

async function run(url: string) {
  const transport = http(url);
  const pub = createPublicClient({ chain: foundry, transport, cacheTime: 0 });
  const wallet = createWalletClient({ chain: foundry, transport, account: dev0 });
  const mined = async (hash: `0x${string}`) => pub.waitForTransactionReceipt({ hash });
  const deploy = async (c: typeof Bomb, value = 0n) =>
    (await mined(await wallet.deployContract({ abi: c!.abi as Abi, bytecode: c!.bytecode, value, ...fees })))
      .contractAddress!;
  const bomb = await deploy(Bomb, 1000n);
  const factory = await deploy(Factory);
  const store = await deploy(Store);
  const call = (to: `0x${string}`, c: typeof Bomb, fn: string, args: unknown[], value = 0n) =>
    wallet.sendTransaction({
      to,
      data: encodeFunctionData({ abi: c!.abi as Abi, functionName: fn, args }),
      value,
      gas: 300_000n,
      ...fees,
    });
  const kill = await call(bomb, Bomb, 'kill', [HEIR]);
  await mined(kill);
  const flash = await call(factory, Factory, 'flash', [HEIR], 77n);
  await mined(flash);
  const authorization = await wallet.signAuthorization({ account: dev1, contractAddress: store });
  const delegate = await wallet.sendTransaction({
    to: dev1.address,
    data: encodeFunctionData({ abi: Store!.abi as Abi, functionName: 'set', args: [7n] }),
    authorizationList: [authorization],
    gas: 300_000n,
    ...fees,
  });
  await mined(delegate);
  const trace = async (hash: string, cfg: object) =>
    (await rpc(url, 'debug_traceTransaction', [hash, { tracer: 'prestateTracer', tracerConfig: cfg }]))
      .result as {
      pre: Accounts;
      post: Accounts;
    } & Accounts;
  const both = async (hash: string) => ({
    plain: await trace(hash, {}),
    diff: await trace(hash, { diffMode: true }),
  });
  return {
    bomb: bomb.toLowerCase(),
    factory: factory.toLowerCase(),
    store: store.toLowerCase(),
    kill: await both(kill),
    flash: await both(flash),
    delegate: await both(delegate),
  };
}

const ZERO_SLOT = `0x${'0'.repeat(64)}`;
const word = (n: bigint) => `0x${n.toString(16).padStart(64, '0')}`;

describe('prestateTracer: SELFDESTRUCT and EIP-7702', () => {
  const procs: Proc[] = [];
  afterAll(async () => {
    for (const p of procs) await p.stop();
  });
  let ours: Awaited<ReturnType<typeof run>>;

  it('traces SELFDESTRUCT as EIP-6780 leaves the accounts', async () => {
    const node = await startPolyvm(['--base-fee', '0']);
    procs.push(node);
    ours = await run(node.url);
    // The bomb existed before: its 1000 wei go to HEIR, it keeps its code and nonce.
    expect(ours.kill.plain[ours.bomb]).toMatchObject({ balance: '0x3e8', nonce: 1 });
    expect(ours.kill.diff.pre[ours.bomb]!.balance).toBe('0x3e8');
    expect(ours.kill.diff.post[ours.bomb]).toEqual({ balance: '0x0' });
    expect(ours.kill.diff.post[HEIR]).toEqual({ balance: '0x3e8' });
    expect(Object.keys(ours.kill.plain)).not.toContain(HEIR);
    // The flash contract is created and destroyed in one transaction: in neither side; its
    // 77 wei reach HEIR (which now holds 1000 + 77).
    const flashSide = (m: Accounts) =>
      Object.keys(m).filter(
        (a) => ![ours.factory, HEIR, DEV0.address.toLowerCase(), `0x${'0'.repeat(40)}`].includes(a),
      );
    expect(flashSide(ours.flash.diff.pre)).toEqual([]);
    expect(flashSide(ours.flash.diff.post)).toEqual([]);
    expect(ours.flash.diff.pre[HEIR]).toEqual({ balance: '0x3e8' });
    expect(ours.flash.diff.post[HEIR]).toEqual({ balance: `0x${(1000 + 77).toString(16)}` });
    expect(ours.flash.diff.post[ours.factory]).toEqual({ nonce: 2 });
  });

  it('traces an EIP-7702 delegation and the storage it writes on the authority', () => {
    const authority = dev1.address.toLowerCase();
    const designator = `0xef0100${ours.store.slice(2)}`;
    expect(ours.delegate.plain[authority]).toEqual({
      balance: `0x${(10_000n * 10n ** 18n).toString(16)}`,
      storage: { [ZERO_SLOT]: word(0n) },
    });
    expect(ours.delegate.diff.post[authority]).toEqual({
      code: designator,
      codeHash: keccak256(designator as `0x${string}`),
      nonce: 1,
      storage: { [ZERO_SLOT]: word(7n) },
    });
    // The delegation target is read, not changed.
    expect(ours.delegate.plain[ours.store]).toMatchObject({ nonce: 1 });
    expect(ours.delegate.diff.post[ours.store]).toBeUndefined();
  });

  it('equals anvil where geth and anvil agree', async (ctx) => {
    if (!anvilPath()) return ctx.skip(); // skipped: anvil not found
    const anvil = await startAnvil(['--base-fee', '0']);
    procs.push(anvil);
    const theirs = await run(anvil.url);
    // As in prestate.test.ts: geth leaves out accounts empty when first reached and writes
    // codeHash; anvil does neither.
    const likeGeth = (m: Accounts) =>
      Object.fromEntries(
        Object.entries(m)
          .filter(([, a]) => !(a.balance === '0x0' && !a.nonce && !a.code && !a.storage))
          .map(([k, { codeHash: _, ...a }]) => [k, a]),
      );
    for (const t of ['kill', 'flash', 'delegate'] as const) {
      expect(likeGeth(ours[t].plain), `${t} pre`).toEqual(likeGeth(theirs[t].plain));
      expect(likeGeth(ours[t].diff.pre), `${t} diff pre`).toEqual(likeGeth(theirs[t].diff.pre));
      expect(likeGeth(ours[t].diff.post), `${t} diff post`).toEqual(likeGeth(theirs[t].diff.post));
    }
  });
});
