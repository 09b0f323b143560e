/**
 * eth_createAccessList: the execution-apis cases (../shared/conformance/execution-apis/tests,
 * or POLYVM_EXECUTION_APIS), marked speconly there but compared exactly here with the answers
 * geth recorded; and geth's rules on a contract of our own (callee and its slots listed, the
 * sender, the recipient as a bare address and precompiles left out, gasUsed with the list).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createNode } from '../../src/evm-node/index.js';
import { runRpcTests } from '../../src/evm-node/rpctest.js';
import { anvilPath, type Proc, rpcResult, startAnvil } from './helpers.js';

const DIR =
  process.env.POLYVM_EXECUTION_APIS ??
  join(__dirname, '..', '..', '..', 'shared', 'conformance', 'execution-apis', 'tests');
const have = existsSync(join(DIR, 'genesis.json'));

const DEV0 = '0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266';
const A = '0x00000000000000000000000000000000000000aa';
const B = '0x00000000000000000000000000000000000000bb';
// biome-ignore lint/suspicious/noExplicitAny: JSON-RPC answers, read field by field
type Loose = any;
const pad = (n: number) => `0x${n.toString(16).padStart(64, '0')}`;

describe('eth_createAccessList', () => {
  it.skipIf(!have)('gives the answers execution-apis recorded from geth', async () => {
    const r = await runRpcTests(DIR, (f) => f.startsWith('eth_createAccessList/'), { exact: true });
    expect(r.results.map((x) => x.file)).toHaveLength(4);
    expect(r.results.filter((x) => !x.pass)).toEqual([]);
  });

  /** Two contracts and the access list of a call to the first. */
  async function script(rpc: (method: string, params?: unknown[]) => Promise<Loose>) {
    // B: SLOAD(3), SSTORE(4, 1), STOP.  A: SLOAD(1), CALL B, STATICCALL the identity precompile.
    await rpc('anvil_setCode', [B, '0x60035450600160045500']);
    const addr = (to: number) => `73${to.toString(16).padStart(40, '0')}`;
    const callB = `60006000600060006000${addr(0xbb)}5af150`;
    const staticcall4 = `60006000600060006000${addr(4)}5afa50`.slice(4);
    await rpc('anvil_setCode', [A, `0x60015450${callB}${staticcall4}00`]);
    return rpc('eth_createAccessList', [{ from: DEV0, to: A, gas: '0x30d40' }, 'latest']);
  }
  let anvil: Proc | undefined;
  afterAll(async () => {
    await anvil?.stop();
  });

  it('lists the callee and the slots read, leaves out sender and precompile', async () => {
    const node = createNode();
    const r = await script((method, params = []) => node.request({ method, params }) as Promise<Loose>);
    expect(r.accessList).toEqual([
      { address: A, storageKeys: [pad(1)] },
      { address: B, storageKeys: [pad(3), pad(4)] },
    ]);
    expect(r.error).toBeUndefined();
  });

  it('gives what anvil gives', async (ctx) => {
    if (!anvilPath()) return ctx.skip(); // skipped: anvil not found
    anvil = await startAnvil();
    const url = anvil.url;
    const theirs = await script((method, params = []) => rpcResult(url, method, params));
    const node = createNode();
    const ours = await script((method, params = []) => node.request({ method, params }) as Promise<Loose>);
    // geth sorts the list by address and slot; anvil gives it in the order of first access.
    const sorted = [...theirs.accessList].sort((x: { address: string }, y: { address: string }) =>
      x.address < y.address ? -1 : 1,
    );
    expect(ours).toEqual({ ...theirs, accessList: sorted });
  });
});
