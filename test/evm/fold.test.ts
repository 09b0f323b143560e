/**
 * Constant folding (src/evm/fold.ts): every folded operation, run folded and unfolded
 * through `runCode` and by the peer @ethereumjs/evm (the expected output, gas and halt come
 * from it), including out-of-gas at every gas limit across a folded run and a stack overflow
 * inside one. Each case also checks that the run was folded, so that the comparison is not
 * between two unfolded runs.
 */
import { Common, Hardfork, Mainnet } from '@ethereumjs/common';
import { createEVM, type EVM } from '@ethereumjs/evm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseCode } from '../../src/evm/analysis.js';
import { assemble } from '../../src/evm/asm.js';
import { constantFolding, FOLDED, setConstantFolding } from '../../src/evm/fold.js';
import { type RunCodeResult, runCode } from '../../src/evm/run-code.js';
import type { TraceStep } from '../../src/evm/tracer.js';

const M = (1n << 256n) - 1n;
const hex = (v: bigint) => `0x${v.toString(16)}`;
/** PUSH32 of every operand, the last one first, so that the first ends on top of the stack. */
const pushes = (args: readonly bigint[]) =>
  [...args]
    .reverse()
    .map((a) => `PUSH32 ${hex(a)}`)
    .join(' ');
const RETURN_TOP = 'PUSH1 0 MSTORE PUSH1 32 PUSH1 0 RETURN';

let peer: EVM;
beforeAll(async () => {
  peer = await createEVM({ common: new Common({ chain: Mainnet, hardfork: Hardfork.Cancun }) });
});
const initially = constantFolding();
afterAll(() => setConstantFolding(initially));

interface Outcome {
  status: string;
  reason?: string;
  output: string;
  gasUsed: bigint;
}
const PEER_REASON: Record<string, string> = {
  'out of gas': 'OutOfGas',
  'stack overflow': 'StackOverflow',
  'stack underflow': 'StackUnderflow',
};
async function onPeer(code: Uint8Array, gas: bigint): Promise<Outcome> {
  const r = await peer.runCode({ code, gasLimit: gas });
  const e = r.exceptionError?.error;
  return {
    status: e === undefined ? 'success' : e === 'revert' ? 'revert' : 'halt',
    ...(e !== undefined && e !== 'revert' ? { reason: PEER_REASON[e] ?? e } : {}),
    output: Buffer.from(r.returnValue).toString('hex'),
    gasUsed: r.executionGasUsed,
  };
}
const outcome = (r: RunCodeResult): Outcome => ({
  status: r.status,
  ...(r.reason !== undefined ? { reason: r.reason } : {}),
  output: Buffer.from(r.output).toString('hex'),
  gasUsed: r.gasUsed,
});
function polyvm(code: Uint8Array, gas: bigint, fold: boolean): Outcome {
  setConstantFolding(fold);
  return outcome(runCode({ code, gas, fork: 'Cancun' }));
}
/** Folded and unfolded polyvm and the peer give the same outcome, which is returned. */
async function same(code: Uint8Array, gas = 100_000n): Promise<Outcome> {
  const expected = await onPeer(code, gas);
  expect(polyvm(code, gas, false)).toEqual(expected);
  expect(polyvm(code, gas, true)).toEqual(expected);
  return expected;
}
function foldsAt(code: Uint8Array, pc: number): boolean {
  setConstantFolding(true);
  return analyseCode(code, 'Cancun').fastOps[pc] === FOLDED;
}

const VALUES = [0n, 1n, 2n, 31n, 32n, 255n, 256n, 2n ** 53n - 1n, 2n ** 64n + 3n, 2n ** 255n, M, M - 7n];
const UNARY = ['ISZERO', 'NOT'];
const BINARY = [
  'ADD',
  'MUL',
  'SUB',
  'DIV',
  'SDIV',
  'MOD',
  'SMOD',
  'SIGNEXTEND',
  'LT',
  'GT',
  'SLT',
  'SGT',
  'EQ',
  'AND',
  'OR',
  'XOR',
  'BYTE',
  'SHL',
  'SHR',
  'SAR',
];
const TERNARY = ['ADDMOD', 'MULMOD'];

describe('constant folding: every folded operation equals its unfolded execution and the peer', () => {
  it('unary operations', async () => {
    for (const op of UNARY)
      for (const a of VALUES) {
        const code = assemble(`${pushes([a])} ${op} ${RETURN_TOP}`);
        expect(foldsAt(code, 0), op).toBe(true);
        await same(code);
      }
  });

  it('binary operations', async () => {
    for (const op of BINARY)
      for (const a of VALUES)
        for (const b of VALUES) {
          const code = assemble(`${pushes([a, b])} ${op} ${RETURN_TOP}`);
          expect(foldsAt(code, 0), `${op} ${a} ${b}`).toBe(true);
          await same(code);
        }
  });

  it('ternary operations', async () => {
    const few = [0n, 1n, 7n, 2n ** 255n, M];
    for (const op of TERNARY)
      for (const a of few)
        for (const b of few)
          for (const n of few) {
            const code = assemble(`${pushes([a, b, n])} ${op} ${RETURN_TOP}`);
            expect(foldsAt(code, 0), op).toBe(true);
            await same(code);
          }
  });

  it('CLZ (Osaka; the peer predates it): the EIP-7939 test vectors', () => {
    // EIP-7939's table: clz(0) = 256, clz(1) = 255, clz(2^255) = 0, clz(2^256 - 1) = 0, clz(2^254) = 1
    const cases: [bigint, number][] = [
      [0n, 256],
      [1n, 255],
      [2n ** 255n, 0],
      [M, 0],
      [2n ** 254n, 1],
    ];
    for (const [x, n] of cases) {
      const code = assemble(`${pushes([x])} CLZ ${RETURN_TOP}`);
      for (const fold of [false, true]) {
        setConstantFolding(fold);
        expect(fold ? analyseCode(code, 'Osaka').fastOps[0] : FOLDED).toBe(FOLDED);
        const r = runCode({ code, gas: 100_000n, fork: 'Osaka' });
        expect(BigInt(`0x${Buffer.from(r.output).toString('hex')}`)).toBe(BigInt(n));
      }
    }
  });

  it('PUSH0 runs, DUP of constants, nested expressions and constants left below a run', async () => {
    const cases: [string, number][] = [
      ['PUSH0 ISZERO', 0],
      ['PUSH0 NOT PUSH1 1 ADD', 0], // 2^256 - 1 + 1 wraps to 0
      ['PUSH1 1 PUSH1 1 PUSH1 160 SHL SUB', 0], // solc's address mask
      ['PUSH1 5 DUP1 MUL DUP1 ADD', 0],
      ['PUSH1 31 NOT PUSH1 100 AND', 0],
      ['PUSH1 7 PUSH1 1 PUSH1 2 ADD ADD ISZERO ISZERO', 0],
    ];
    for (const [src, at] of cases) {
      const code = assemble(`${src} ${RETURN_TOP}`);
      expect(foldsAt(code, at), src).toBe(true);
      await same(code);
    }
    // PUSH1 4 stays a PUSH below the folded PUSH1 1 PUSH1 2 ADD; both are returned
    const two = assemble(
      'PUSH1 4 PUSH1 1 PUSH1 2 ADD PUSH1 32 MSTORE PUSH1 0 MSTORE PUSH1 64 PUSH1 0 RETURN',
    );
    expect([foldsAt(two, 0), foldsAt(two, 2)]).toEqual([false, true]);
    expect((await same(two)).output).toBe(`${'0'.repeat(62)}04${'0'.repeat(62)}03`);
  });

  it('does not fold across a JUMPDEST, EXP (dynamic gas), or an operand from before the run', () => {
    const none = (src: string) => {
      const code = assemble(src);
      setConstantFolding(true);
      const a = analyseCode(code, 'Cancun');
      expect([...a.fastOps.subarray(0, code.length)], src).toEqual([...a.ops.subarray(0, code.length)]);
    };
    none('PUSH1 1 JUMPDEST PUSH1 2 ADD STOP');
    none('PUSH1 2 PUSH1 3 EXP STOP');
    none('CALLVALUE PUSH1 2 ADD STOP');
    none('PUSH1 1 SWAP1 PUSH1 2 ADD STOP');
  });
});

describe('halts inside a folded run are those of the unfolded code', () => {
  it('out of gas at every gas limit across the run', async () => {
    // 6 x PUSH1 (3), ADD (3), MUL (5), SHL (3), MSTORE (3 + 3 memory), RETURN: 38 + 3 + 3 = 44
    const code = assemble(`PUSH1 3 PUSH1 4 ADD PUSH1 5 MUL PUSH1 2 SHL ${RETURN_TOP}`);
    expect(foldsAt(code, 0)).toBe(true);
    const reasons = new Set<string>();
    for (let gas = 0n; gas <= 50n; gas++) reasons.add((await same(code, gas)).status);
    expect([...reasons].sort()).toEqual(['halt', 'success']);
  });

  it('a stack overflow inside the run, and out of gas before it, at every gas limit', async () => {
    // 1023 x PUSH0 (2 gas each, 2046), then PUSH1 1 (the 1024th item) PUSH1 2 (overflow) ADD.
    // The reason follows geth's interpreter, which checks the stack before the gas: with 2049
    // gas or more the second PUSH1 overflows, below that the gas runs out first. (The peer
    // checks gas first and says OutOfGas at 2049-2051; status and gas used are the same.)
    // The same after a JUMPDEST (1 gas), where the run starts a block of its own.
    const variants: [string, number, bigint][] = [
      ['', 1023, 2049n],
      ['JUMPDEST', 1024, 2050n],
    ];
    for (const [between, at, overflowFrom] of variants) {
      const code = assemble(`${'PUSH0 '.repeat(1023)} ${between} PUSH1 1 PUSH1 2 ADD STOP`);
      expect(foldsAt(code, at)).toBe(true);
      for (let gas = overflowFrom - 10n; gas <= overflowFrom + 10n; gas++) {
        const peerRun = await onPeer(code, gas);
        const expected = { ...peerRun, reason: gas < overflowFrom ? 'OutOfGas' : 'StackOverflow' };
        expect(peerRun.status).toBe('halt');
        expect(polyvm(code, gas, false), `gas ${gas}`).toEqual(expected);
        expect(polyvm(code, gas, true), `gas ${gas}`).toEqual(expected);
      }
    }
  });
});

describe('a tracer sees every original instruction of a folded run', () => {
  it('steps PUSH1, PUSH1, ADD, ISZERO, STOP one by one', () => {
    const code = assemble('PUSH1 1 PUSH1 2 ADD ISZERO STOP');
    expect(foldsAt(code, 0)).toBe(true);
    const steps: TraceStep[] = [];
    const r = runCode({ code, gas: 100n, fork: 'Cancun', tracer: { step: (s) => steps.push(s) } });
    expect(r.gasUsed).toBe(12n); // 3 + 3 + 3 + 3 + 0
    expect(steps.map((s) => [s.pc, s.op])).toEqual([
      [0, 0x60],
      [2, 0x60],
      [4, 0x01],
      [5, 0x15],
      [6, 0x00],
    ]);
  });
});
