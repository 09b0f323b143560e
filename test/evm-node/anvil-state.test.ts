/**
 * anvil_dumpState / anvil_loadState in anvil's format (gzip of SerializableState JSON): a state
 * dumped by anvil loads into polyvm, and one dumped by polyvm loads into anvil, with every
 * account's balance, nonce, code and storage read back equal on the other node.
 */
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { anvilPath, DEV0, DEV1, type Proc, rpc, startAnvil, startPolyvm } from './helpers.js';

const CONTRACT = '0x00000000000000000000000000000000000000c0';
const SLOT = `0x${'0'.repeat(63)}1`;
const VALUE = `0x${'0'.repeat(62)}2a`;

/** Edits that give a dump every field: a nonce, balances, code and a storage slot. */
async function prepare(url: string) {
  await rpc(url, 'eth_sendTransaction', [{ from: DEV0.address, to: DEV1, value: '0x5' }]);
  await rpc(url, 'anvil_setCode', [CONTRACT, '0x600160005500']);
  await rpc(url, 'anvil_setStorageAt', [CONTRACT, SLOT, VALUE]);
  await rpc(url, 'anvil_setBalance', [CONTRACT, '0x77']);
}

async function read(url: string) {
  const out: Record<string, unknown> = {};
  for (const a of [DEV0.address, DEV1, CONTRACT])
    out[a] = {
      balance: (await rpc(url, 'eth_getBalance', [a, 'latest'])).result,
      nonce: (await rpc(url, 'eth_getTransactionCount', [a, 'latest'])).result,
      code: (await rpc(url, 'eth_getCode', [a, 'latest'])).result,
      slot: (await rpc(url, 'eth_getStorageAt', [a, SLOT, 'latest'])).result,
    };
  return out;
}

describe.skipIf(!anvilPath())(`anvil's state dump${anvilPath() ? '' : ' (skipped: anvil not found)'}`, () => {
  const procs: Proc[] = [];
  const start = async (f: typeof startAnvil) => {
    const p = await f(['--base-fee', '0']);
    procs.push(p);
    return p;
  };
  afterAll(async () => {
    for (const p of procs) await p.stop();
  });

  it('polyvm writes the format anvil writes, and each loads the other', async () => {
    const anvil = await start(startAnvil);
    const polyvm = await start(startPolyvm);
    await prepare(anvil.url);
    await prepare(polyvm.url);
    const expected = await read(anvil.url);
    expect(await read(polyvm.url)).toEqual(expected);

    const ours = (await rpc(polyvm.url, 'anvil_dumpState', [])).result as string;
    const json = JSON.parse(gunzipSync(Buffer.from(ours.slice(2), 'hex')).toString());
    expect(Object.keys(json)).toEqual([
      'block',
      'accounts',
      'best_block_number',
      'blocks',
      'transactions',
      'historical_states',
    ]);
    expect(json.accounts[CONTRACT]).toEqual({
      nonce: 0,
      balance: '0x77',
      code: '0x600160005500',
      storage: { [SLOT]: VALUE },
    });

    const theirs = (await rpc(anvil.url, 'anvil_dumpState', [])).result as string;
    const freshPolyvm = await start(startPolyvm);
    const freshAnvil = await start(startAnvil);
    expect((await rpc(freshPolyvm.url, 'anvil_loadState', [theirs])).result).toBe(true);
    const loaded = await rpc(freshAnvil.url, 'anvil_loadState', [ours]);
    expect(loaded.result).toBe(true);
    expect(await read(freshPolyvm.url)).toEqual(expected);
    expect(await read(freshAnvil.url)).toEqual(expected);
  });

  it('refuses a damaged dump with the field named, and keeps the state', async () => {
    const polyvm = await start(startPolyvm);
    const before = await read(polyvm.url);
    const dump = (o: unknown) => `0x${Buffer.from(JSON.stringify(o)).toString('hex')}`;
    const r = await rpc(polyvm.url, 'anvil_loadState', [
      dump({ accounts: { [CONTRACT]: { balance: '0x1' }, [DEV1]: { nonce: 'x' } } }),
    ]);
    expect(r.error).toMatchObject({
      code: -32602,
      message: `invalid argument 0: accounts.${DEV1}.nonce: a quantity expected`,
    });
    expect(await read(polyvm.url)).toEqual(before);
  });
});
