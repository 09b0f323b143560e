/**
 * ethers v6 against `polyvm evm node`: a Wallet deploys the solc-compiled token with a
 * ContractFactory, calls, sends, reads events with queryFilter, and gets the revert reason
 * of a failing call; the same script against anvil, when installed, gives the same answers.
 */
import { type Contract, ContractFactory, JsonRpcProvider, Wallet } from 'ethers';
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

async function script(url: string) {
  const provider = new JsonRpcProvider(url, undefined, { staticNetwork: true, cacheTimeout: -1 });
  const wallet = new Wallet(DEV0.key, provider);
  const factory = new ContractFactory(Token!.abi as never, Token!.bytecode, wallet);
  const token = (await factory.deploy(5000n)) as unknown as Contract;
  await token.waitForDeployment();
  const address = await token.getAddress();
  const tx = await token.getFunction('transfer')(DEV1, 1234n);
  const receipt = await tx.wait();
  const events = await token.queryFilter(token.filters.Transfer!(), 0);
  let revert: unknown;
  try {
    await token.getFunction('transfer').staticCall('0x0000000000000000000000000000000000000000', 1n);
  } catch (e) {
    revert = [(e as { code?: string }).code, (e as { reason?: string }).reason];
  }
  const net = await provider.getNetwork();
  const out = {
    chainId: net.chainId,
    address,
    balances: [
      await token.getFunction('balanceOf')(DEV0.address),
      await token.getFunction('balanceOf')(DEV1),
    ],
    status: receipt!.status,
    gasUsed: receipt!.gasUsed,
    events: events.map((e) => (e as unknown as { args: unknown[] }).args.map(String)),
    revert,
    code: (await provider.getCode(address)).length > 2,
    nonce: await provider.getTransactionCount(DEV0.address),
  };
  provider.destroy();
  return out;
}

describe('ethers v6 against polyvm evm node', () => {
  let node: Proc;
  let anvil: Proc | undefined;
  let ours: Awaited<ReturnType<typeof script>>;
  beforeAll(async () => {
    node = await startPolyvm();
    ours = await script(node.url);
  });
  afterAll(async () => {
    await node?.stop();
    await anvil?.stop();
  });

  it('deploys, transfers, reads events and revert reasons', () => {
    expect(ours.chainId).toBe(31337n);
    expect(ours.balances).toEqual([5000n - 1234n, 1234n]);
    expect(ours.status).toBe(1);
    expect(ours.events).toEqual([
      ['0x0000000000000000000000000000000000000000', DEV0.address, '5000'],
      [DEV0.address, DEV1, '1234'],
    ]);
    expect(ours.revert).toEqual(['CALL_EXCEPTION', 'zero address']);
    expect(ours.code).toBe(true);
    expect(ours.nonce).toBe(2);
  });

  it('gives what anvil gives', async (ctx) => {
    if (!anvilPath()) return ctx.skip(); // skipped: anvil not found
    anvil = await startAnvil();
    expect(ours).toEqual(await script(anvil.url));
  });
});
