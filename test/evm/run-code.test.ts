/** runCode and the CLI: results checked against hand-computed gas from the Yellow Paper. */
import { describe, expect, it } from 'vitest';
import { hexToBytes } from '../../src/core/bytes.js';
import { runCode } from '../../src/evm/run-code.js';
import { runCli } from '../cli-io.js';

const cli = (argv: string[]) => runCli(process.cwd(), argv);

describe('runCode', () => {
  it('adds and returns a word: 3+3+3+3+6(mem 1 word)+3+3 = 24 gas', () => {
    const r = runCode({ code: hexToBytes('600160020160005260206000f3') });
    expect(r.status).toBe('success');
    expect(r.gasUsed).toBe(24n);
    expect(r.output[31]).toBe(3);
  });

  it('keeps gas exact above 2^53: GAS reads the exact amount left', () => {
    // GAS (2) PUSH1 0 MSTORE (3 + 3 + 3 memory) PUSH1 32 PUSH1 0 RETURN (3 + 3): 17 gas.
    const limit = (1n << 60n) + 7n;
    const r = runCode({ code: hexToBytes('5a60005260206000f3'), gas: limit });
    expect(BigInt(`0x${Buffer.from(r.output).toString('hex')}`)).toBe(limit - 2n);
    expect(r.gasUsed).toBe(17n);
  });

  it('treats a truncated PUSH at the end of code as zero-padded', () => {
    // PUSH2 0x01 (padded to 0x0100), then implicit STOP: 3 gas.
    expect(runCode({ code: hexToBytes('6101') }).gasUsed).toBe(3n);
  });

  it('halts on an invalid jump and consumes all gas', () => {
    const r = runCode({ code: hexToBytes('600356'), gas: 1000n });
    expect(r).toMatchObject({ status: 'halt', reason: 'InvalidJump', gasUsed: 1000n });
  });

  it('reverts with output and keeps the unspent gas', () => {
    // PUSH1 0x2a PUSH1 0 MSTORE PUSH1 0x20 PUSH1 0 REVERT: 3+3+3+3(mem)+3+3 = 18
    const r = runCode({ code: hexToBytes('602a60005260206000fd') });
    expect(r.status).toBe('revert');
    expect(r.gasUsed).toBe(18n);
  });
});

describe('polyvm evm CLI', () => {
  it('run --json', async () => {
    const r = await cli(['evm', 'run', '--code', '0x600160020160005260206000f3', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      output: `0x${'00'.repeat(31)}03`,
      gasUsed: '24',
      status: 'success',
    });
  });

  it('rejects odd-length hex with exit 2', async () => {
    const r = await cli(['evm', 'run', '--code', '0x600']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--code: odd number of hex digits');
  });

  it('rejects an unknown fork with exit 2', async () => {
    const r = await cli(['evm', 'run', '--code', '0x00', '--fork', 'Atlantis']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--fork: unknown fork "Atlantis"');
  });

  it('reports a revert with exit 1', async () => {
    const r = await cli(['evm', 'run', '--code', '0x60006000fd', '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toMatchObject({ status: 'revert', gasUsed: '6' });
  });

  it('disasm', async () => {
    const r = await cli(['evm', 'disasm', '0x600101']);
    expect(r.out).toBe('000000: PUSH1 0x01\n000002: ADD\n');
  });

  it('statetest rejects a file that is not a state test', async () => {
    const r = await cli(['evm', 'statetest', 'package.json']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/package\.json: name: expected an object \(not a state test\)/);
  });
});
