/**
 * eth_fillTransaction and eth_signTransaction. viem's sendTransaction of a local account asks
 * eth_fillTransaction first (anvil and geth answer it). The answers are compared with anvil's
 * for the same requests; the refusals follow geth's TransactionArgs.setDefaults
 * (internal/ethapi/transaction_args.go), which anvil does not apply.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createNode } from '../../src/evm-node/index.js';
import { anvilPath, DEV0, DEV1, type Proc, rpcResult, startAnvil } from './helpers.js';

// biome-ignore lint/suspicious/noExplicitAny: JSON-RPC answers, read field by field
type Loose = any;
type Rpc = (method: string, params?: unknown[]) => Promise<Loose>;

const from = DEV0.address.toLowerCase();
const to = DEV1.toLowerCase();
const requests: [string, Record<string, unknown>][] = [
  ['eth_fillTransaction', { from, to, value: '0x1', maxFeePerGas: '0x77359400' }],
  ['eth_fillTransaction', { from, to, gasPrice: '0x3b9aca00' }],
  [
    'eth_fillTransaction',
    { from, to, nonce: '0x5', gas: '0x5208', maxFeePerGas: '0x10', maxPriorityFeePerGas: '0x1' },
  ],
  ['eth_fillTransaction', { from, to, data: '0x1234', value: '0x10', maxFeePerGas: '0x10000000000' }],
  ['eth_signTransaction', { from, to, value: '0x1', maxFeePerGas: '0x77359400' }],
  ['eth_signTransaction', { from, to, gasPrice: '0x3b9aca00', nonce: '0x2' }],
];

async function answers(rpc: Rpc): Promise<Loose[]> {
  const out: Loose[] = [];
  for (const [method, req] of requests) out.push(await rpc(method, [req]));
  return out;
}

const local = (): Rpc => {
  const node = createNode();
  return (method, params = []) => node.request({ method, params }) as Promise<Loose>;
};

describe('eth_fillTransaction / eth_signTransaction', () => {
  let anvil: Proc | undefined;
  afterAll(async () => {
    await anvil?.stop();
  });

  it('fills and signs as anvil does', async (ctx) => {
    if (!anvilPath()) return ctx.skip(); // skipped: anvil not found
    anvil = await startAnvil();
    const url = anvil.url;
    const theirs = await answers((method, params = []) => rpcResult(url, method, params) as Promise<Loose>);
    const ours = await answers(local());
    // geth 1.16's blockTimestamp of a transaction object is one field anvil does not write.
    for (const a of ours) if (typeof a === 'object') delete a.tx.blockTimestamp;
    expect(ours).toEqual(theirs);
  });

  it("fills fees as geth's setFeeDefaults: a 1 gwei tip plus twice the head's base fee", async () => {
    const r = await local()('eth_fillTransaction', [{ from, to }]);
    // The genesis block's base fee is 1 gwei (anvil's maxFeePerGas default is base fee + tip).
    expect([r.tx.maxPriorityFeePerGas, r.tx.maxFeePerGas]).toEqual(['0x3b9aca00', '0xb2d05e00']);
  });

  it('gives a legacy transaction EIP-155 v and the hash of its encoding', async () => {
    const rpc = local();
    const r = await rpc('eth_fillTransaction', [{ from, to, gasPrice: '0x3b9aca00' }]);
    expect(r.tx.v).toBe(`0x${(31337n * 2n + 35n).toString(16)}`);
    const { keccak_256 } = await import('@noble/hashes/sha3.js');
    expect(r.tx.hash).toBe(
      `0x${Buffer.from(keccak_256(Buffer.from(r.raw.slice(2), 'hex'))).toString('hex')}`,
    );
  });

  it("refuses what geth's setDefaults refuses, and signs only with a dev key", async () => {
    const rpc = local();
    await expect(rpc('eth_fillTransaction', [{ from, to, chainId: '0x1' }])).rejects.toThrow(
      "chainId does not match node's (have=1, want=31337)",
    );
    await expect(rpc('eth_fillTransaction', [{ from }])).rejects.toThrow(
      'contract creation without any data provided',
    );
    await expect(rpc('eth_signTransaction', [{ from: `0x${'11'.repeat(20)}`, to }])).rejects.toThrow(
      'no signer available',
    );
    await expect(rpc('eth_signTransaction', [{ to }])).rejects.toThrow(
      'missing value for required argument: from',
    );
  });
});
