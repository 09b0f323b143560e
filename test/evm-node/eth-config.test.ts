/**
 * eth_config (EIP-7910) on the dev node: the same answer as anvil's (when installed) for an
 * Osaka chain, except the fork id, which anvil leaves 0; ours is EIP-6122's CRC32 of the
 * genesis hash (no fork after genesis), checked with node:zlib's crc32. The execution-apis
 * case (a chain with forks scheduled by block and time) is in rpctest.test.ts's list.
 */
import { crc32 } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { createNode } from '../../src/evm-node/index.js';
import { anvilPath, type Proc, startAnvil } from './helpers.js';

interface Config {
  current: { forkId: string; [k: string]: unknown };
  next: unknown;
  last: unknown;
}

describe('eth_config', () => {
  let anvil: Proc | undefined;
  afterAll(async () => {
    await anvil?.stop();
  });

  it('gives the fork id of the genesis, and no next fork', async () => {
    const node = createNode();
    const c = (await node.request({ method: 'eth_config', params: [] })) as Config;
    const genesis = (await node.request({ method: 'eth_getBlockByNumber', params: ['0x0', false] })) as {
      hash: string;
    };
    const want = crc32(Buffer.from(genesis.hash.slice(2), 'hex'));
    expect(c.current.forkId).toBe(`0x${want.toString(16).padStart(8, '0')}`);
    expect(c.next).toBeNull();
    expect(c.last).toBeNull();
  });

  it('gives what anvil gives (but the fork id)', async (ctx) => {
    if (!anvilPath()) return ctx.skip(); // skipped: anvil not found
    anvil = await startAnvil();
    const res = await fetch(anvil.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_config', params: [] }),
    });
    const theirs = ((await res.json()) as { result: Config }).result;
    const ours = (await createNode().request({ method: 'eth_config', params: [] })) as Config;
    expect(theirs.current.forkId).toBe('0x00000000');
    expect({ ...ours, current: { ...ours.current, forkId: '0x00000000' } }).toEqual(theirs);
  });
});
