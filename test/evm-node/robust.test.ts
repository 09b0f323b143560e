/**
 * Bad input never crashes the node: every method, called with parameters of the wrong
 * kinds, answers a result or a JSON-RPC error with a code (never an exception of another
 * kind), and the node still serves afterwards.
 */
import { describe, expect, it } from 'vitest';
import { createNode, METHODS, ProviderRpcError } from '../../src/evm-node/index.js';

const JUNK: unknown[][] = [
  [],
  [null],
  [1],
  ['0x'],
  ['zz'],
  [{}],
  [[]],
  [{ to: 5, from: 'x', gas: -1 }],
  ['0x12', '0x34', '0x56'],
  [`0x${'ff'.repeat(40)}`, 'pending', { a: 1 }],
  [{ fromBlock: 'earliest', toBlock: '0xffffffffff', topics: [[1]] }],
];

describe('robustness', () => {
  it('answers every method with junk parameters with a result or a coded error', async () => {
    const p = createNode({ automine: false });
    let errors = 0;
    for (const method of Object.keys(METHODS)) {
      for (const params of JUNK) {
        try {
          await p.request({ method, params });
        } catch (e) {
          expect(e, `${method} ${JSON.stringify(params)}: ${(e as Error).message}`).toBeInstanceOf(
            ProviderRpcError,
          );
          expect(typeof (e as ProviderRpcError).code).toBe('number');
          errors++;
        }
      }
    }
    expect(errors).toBeGreaterThan(100);
    expect(await p.request({ method: 'eth_chainId' })).toBe('0x7a69');
    await p.close();
  });
});
