/**
 * Time bounds of RPC calls, as geth's: eth_call, eth_estimateGas and eth_simulateV1 within
 * --rpc.evmtimeout ("execution aborted (timeout = 5s)", internal/ethapi/api.go
 * applyMessageWithEVM), traces within TraceConfig.timeout ("execution timeout",
 * eth/tracers/api.go traceTx; a block trace gives that transaction an error entry). Mined
 * transactions are never bounded by time: an endless loop in a transaction ends out of gas.
 */
import { describe, expect, it } from 'vitest';
import { goDuration, parseGoDuration, withDeadline } from '../../src/evm/index.js';
import { createNode, ProviderRpcError } from '../../src/evm-node/index.js';

// Runtime code: JUMPDEST PUSH0 JUMP, a loop that never ends.
const LOOP = '0x5b5f56';
const LOOPER = '0x00000000000000000000000000000000000000aa';
const DEV0 = '0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266';

async function rpcError(p: Promise<unknown>): Promise<ProviderRpcError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(ProviderRpcError);
    return e as ProviderRpcError;
  }
  throw new Error('expected an RPC error');
}

async function nodeWithLoop(evmTimeoutMs: number) {
  const node = createNode({ evmTimeoutMs });
  await node.request({ method: 'anvil_setCode', params: [LOOPER, LOOP] });
  return node;
}

describe('Go durations (time.Duration String and ParseDuration)', () => {
  it('prints as Go does', () => {
    expect(goDuration(5000)).toBe('5s');
    expect(goDuration(1)).toBe('1ms');
    expect(goDuration(1500)).toBe('1.5s');
    expect(goDuration(90_000)).toBe('1m30s');
    expect(goDuration(3_723_500)).toBe('1h2m3.5s');
    expect(goDuration(0.5)).toBe('500µs');
  });
  it('parses as Go does', () => {
    expect(parseGoDuration('5s')).toBe(5000);
    expect(parseGoDuration('1h2m3.5s')).toBe(3_723_500);
    expect(parseGoDuration('500ms')).toBe(500);
    expect(parseGoDuration('.5s')).toBe(500);
    expect(parseGoDuration('-1s')).toBe(-1000);
    expect(parseGoDuration('0')).toBe(0);
    for (const bad of ['5', 'abc', '', '1x', 's', '1.5.5s'])
      expect(parseGoDuration(bad), bad).toBeUndefined();
  });
});

describe('withDeadline', () => {
  it('is not timed out for quick work, and is for a deadline already passed', () => {
    expect(withDeadline(Number.POSITIVE_INFINITY, () => 7)).toEqual({ value: 7, timedOut: false });
    expect(withDeadline(60_000, () => 7).timedOut).toBe(false);
    expect(withDeadline(0, () => 7).timedOut).toBe(true);
  });
  it('keeps the earlier deadline when nested', () => {
    const inner = withDeadline(0, () => withDeadline(60_000, () => 1));
    expect(inner.value.timedOut).toBe(true);
  });
});

describe('eth_call, eth_estimateGas, eth_simulateV1 within --evm-timeout', () => {
  it('aborts an endless loop with geth message, and ends it out of gas without a bound', async () => {
    const bounded = await nodeWithLoop(1);
    const call = { from: DEV0, to: LOOPER };
    const e = await rpcError(bounded.request({ method: 'eth_call', params: [call, 'latest'] }));
    expect(e.code).toBe(-32000);
    expect(e.message).toBe('execution aborted (timeout = 1ms)');
    const est = await rpcError(bounded.request({ method: 'eth_estimateGas', params: [call] }));
    expect(est.message).toBe('execution aborted (timeout = 1ms)');
    const sim = await rpcError(
      bounded.request({
        method: 'eth_simulateV1',
        params: [{ blockStateCalls: [{ calls: [call] }] }, 'latest'],
      }),
    );
    expect(sim.message).toBe('execution aborted (timeout = 1ms)');
    // The node still serves, and a quick call is not affected.
    expect(await bounded.request({ method: 'eth_call', params: [{ from: DEV0, to: DEV0 }, 'latest'] })).toBe(
      '0x',
    );
    await bounded.close();

    const unbounded = await nodeWithLoop(0);
    const oog = await rpcError(unbounded.request({ method: 'eth_call', params: [call, 'latest'] }));
    expect(oog.message).toBe('out of gas');
    await unbounded.close();
  });

  it('never bounds a mined transaction: the loop uses all its gas', async () => {
    const node = await nodeWithLoop(1);
    const gas = 5_000_000n;
    const hash = (await node.request({
      method: 'eth_sendTransaction',
      params: [{ from: DEV0, to: LOOPER, gas: `0x${gas.toString(16)}` }],
    })) as string;
    const r = (await node.request({ method: 'eth_getTransactionReceipt', params: [hash] })) as {
      status: string;
      gasUsed: string;
    };
    expect(r.status).toBe('0x0');
    expect(BigInt(r.gasUsed)).toBe(gas);
    // Replayed on the state it ran on (the code set after the parent block): the same loop.
    const full = (await node.request({
      method: 'debug_traceTransaction',
      params: [hash, { tracer: 'callTracer', timeout: '1m' }],
    })) as { gasUsed: string; error?: string };
    expect(BigInt(full.gasUsed)).toBe(gas);
    expect(full.error).toBe('out of gas');

    // Its trace within a 1 ms timeout: an error for traceTransaction, an error entry in a block trace.
    const t = await rpcError(
      node.request({ method: 'debug_traceTransaction', params: [hash, { timeout: '1ms' }] }),
    );
    expect(t.message).toBe('execution timeout');
    const block = (await node.request({
      method: 'debug_traceBlockByNumber',
      params: ['latest', { tracer: 'callTracer', timeout: '1ms' }],
    })) as unknown[];
    expect(block).toEqual([{ txHash: hash, error: 'execution timeout' }]);
    const c = await rpcError(
      node.request({
        method: 'debug_traceCall',
        params: [{ from: DEV0, to: LOOPER }, 'latest', { timeout: '1ms' }],
      }),
    );
    expect(c.message).toBe('execution timeout');
    const bad = await rpcError(
      node.request({
        method: 'debug_traceCall',
        params: [{ from: DEV0, to: LOOPER }, 'latest', { timeout: 'soon' }],
      }),
    );
    expect(bad.message).toBe('time: invalid duration "soon"');
    await node.close();
  });
});
