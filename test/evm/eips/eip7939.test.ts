/** EIP-7939 CLZ (Osaka): the EIP's test cases (count of leading zero bits, 256 for 0), gas 5. */
import { describe, expect, it } from 'vitest';
import { runCode } from '../../../src/evm/index.js';

function clz(x: bigint, fork: 'Osaka' | 'Prague' = 'Osaka') {
  // PUSH32 x, CLZ, PUSH1 0, MSTORE, PUSH1 32, PUSH1 0, RETURN
  const code = Uint8Array.from(Buffer.from(`7f${x.toString(16).padStart(64, '0')}1e60005260206000f3`, 'hex'));
  return runCode({ code, fork, gas: 100_000n });
}

describe('EIP-7939 CLZ', () => {
  // EIP-7939 "Test Cases": 0x00..00 -> 256, 0x80..00 -> 0, 0xff..ff -> 0, 0x40..00 -> 1,
  // 0x7f..ff -> 1, 0x00..01 -> 255.
  const cases: [bigint, bigint][] = [
    [0n, 256n],
    [1n << 255n, 0n],
    [(1n << 256n) - 1n, 0n],
    [1n << 254n, 1n],
    [(1n << 255n) - 1n, 1n],
    [1n, 255n],
  ];
  for (const [x, want] of cases)
    it(`clz(0x${x.toString(16)}) = ${want}`, () => {
      const r = clz(x);
      expect(r.status).toBe('success');
      expect(BigInt(`0x${Buffer.from(r.output).toString('hex')}`)).toBe(want);
    });

  it('costs 5 gas: PUSH32 3 + CLZ 5 + 3 + 3 + 3 (memory) + 3 + 3', () => {
    expect(clz(1n).gasUsed).toBe(3n + 5n + 3n + 3n + 3n + 3n + 3n);
  });

  it('is an undefined opcode before Osaka', () => {
    expect(clz(1n, 'Prague')).toMatchObject({ status: 'halt', reason: 'InvalidOpcode' });
  });
});
