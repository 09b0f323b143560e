/**
 * Block-level gas and stack checks: the analysis splits code into the blocks the header of
 * src/evm/analysis.ts defines, and charging per block never changes a result or a halt
 * reason. Expected values are computed by hand from the Yellow Paper's gas table
 * (PUSH 3, ADD 3, JUMPDEST 1, JUMP 8, JUMPI 10, GAS 2, POP 2) and its order of
 * checks (stack bounds before gas).
 */
import { describe, expect, it } from 'vitest';
import { analyseCode } from '../../src/evm/analysis.js';
import { assemble } from '../../src/evm/asm.js';
import { runCode } from '../../src/evm/run-code.js';

const code = (src: string) => assemble(src);

describe('code analysis', () => {
  it('splits blocks at JUMPDEST, after JUMPI and after GAS, with their static gas and stack needs', () => {
    // 0: PUSH1 1, PUSH1 2, ADD | 5: JUMPDEST, POP, GAS | 8: PUSH1 0, JUMPI | 11: STOP | 12: end
    const a = analyseCode(code('PUSH1 1 PUSH1 2 ADD JUMPDEST POP GAS PUSH1 0 JUMPI STOP'), 'Cancun');
    const starts = [...a.blockGas.keys()].filter((pc) => a.blockGas[pc]! >= 0);
    expect(starts).toEqual([0, 5, 8, 11, 12]);
    expect(a.blockGas[0]).toBe(9); // 3 + 3 + 3
    expect(a.blockGas[5]).toBe(1 + 2 + 2); // JUMPDEST POP GAS
    expect(a.blockMinStack[5]).toBe(1); // POP needs one item from before the block
    expect(a.blockGas[8]).toBe(3 + 10); // PUSH1 0 JUMPI
    expect(a.blockMinStack[8]).toBe(1); // JUMPI reads 2, the block pushed 1
    expect(a.blockMaxStack[0]).toBe(1022); // the first block grows the stack by 2
    expect(a.blockGas[12]).toBe(0); // running off the end: STOP
  });

  it('records PUSH values and does not take PUSH data for a JUMPDEST', () => {
    const a = analyseCode(code(`PUSH2 0x5b5b JUMPDEST PUSH32 0x${'ff'.repeat(32)}`), 'Cancun');
    expect(a.pushValues[0]).toBe(0x5b5b);
    expect([...a.jumpdests]).toEqual([0, 0, 0, 1, ...new Array(33).fill(0)]);
    expect(a.pushValues[4]).toBe((1n << 256n) - 1n);
  });

  it('turns opcodes undefined in the fork into INVALID', () => {
    expect(analyseCode(Uint8Array.of(0x5f), 'Istanbul').ops[0]).toBe(0xfe); // PUSH0 from Shanghai
    expect(analyseCode(Uint8Array.of(0x5f), 'Cancun').ops[0]).toBe(0x5f);
    expect(runCode({ code: Uint8Array.of(0x5f), fork: 'Istanbul', gas: 100n })).toMatchObject({
      status: 'halt',
      reason: 'InvalidOpcode',
      gasUsed: 100n,
    });
  });
});

describe('halts inside a block keep their exact instruction and reason', () => {
  it('underflow is reported before gas: PUSH1, POP, POP with exactly 5 gas', () => {
    // Per instruction: PUSH1 (3) and POP (2) succeed, the second POP underflows.
    const r = runCode({ code: code('PUSH1 1 POP POP'), gas: 5n });
    expect(r).toMatchObject({ status: 'halt', reason: 'StackUnderflow', gasUsed: 5n });
  });

  it('out of gas in the middle of a block', () => {
    // 3 + 3 + 3 = 9 gas needed; 8 given: the ADD runs out.
    expect(runCode({ code: code('PUSH1 1 PUSH1 2 ADD'), gas: 8n })).toMatchObject({
      status: 'halt',
      reason: 'OutOfGas',
    });
    expect(runCode({ code: code('PUSH1 1 PUSH1 2 ADD'), gas: 9n })).toMatchObject({
      status: 'success',
      gasUsed: 9n,
    });
  });

  it('an invalid opcode after enough gas halts as InvalidOpcode, not OutOfGas', () => {
    // PUSH1 (3) then 0x0c (undefined): with 3 gas the PUSH runs and the opcode is invalid.
    const r = runCode({ code: Uint8Array.of(0x60, 0x01, 0x0c), gas: 3n });
    expect(r).toMatchObject({ status: 'halt', reason: 'InvalidOpcode' });
  });

  it('GAS sees the gas left after its own cost only, not the rest of the block', () => {
    // GAS (2) then PUSH1 0 MSTORE (3 + 3 + 3 memory) PUSH1 32 PUSH1 0 RETURN (3 + 3).
    const r = runCode({ code: code('GAS PUSH1 0 MSTORE PUSH1 32 PUSH1 0 RETURN'), gas: 1000n });
    expect(BigInt(`0x${Buffer.from(r.output).toString('hex')}`)).toBe(998n);
    expect(r.gasUsed).toBe(2n + 3n + 3n + 3n + 3n + 3n);
  });

  it('a loop that runs out of gas at its JUMPDEST halts as OutOfGas with all gas used', () => {
    // 0: JUMPDEST, PUSH1 0, JUMP: 1 + 3 + 8 = 12 gas a turn.
    const r = runCode({ code: code('JUMPDEST PUSH1 0 JUMP'), gas: 100n });
    expect(r).toMatchObject({ status: 'halt', reason: 'OutOfGas', gasUsed: 100n });
  });

  it('stack overflow at 1025 items', () => {
    // 0: JUMPDEST, PUSH1 0, PUSH1 0, JUMP: pushes one item per turn.
    const r = runCode({ code: code('JUMPDEST PUSH1 0 PUSH1 0 JUMP'), gas: 1_000_000n });
    expect(r).toMatchObject({ status: 'halt', reason: 'StackOverflow', gasUsed: 1_000_000n });
  });

  it('a single block of 1025 pushes overflows from an empty stack (EEST test_subcall *_with_stack_overflow)', () => {
    // The block grows the stack by 1025: no entry height is safe, so it must not run unchecked.
    const r = runCode({ code: Uint8Array.from([...new Array(1025).fill(0x5f), 0x00]), gas: 1_000_000n });
    expect(r).toMatchObject({ status: 'halt', reason: 'StackOverflow', gasUsed: 1_000_000n });
    expect(analyseCode(Uint8Array.from(new Array(1025).fill(0x5f)), 'Cancun').blockMaxStack[0]).toBe(-1);
  });
});
