/** The per-fork precompile tables: which addresses exist in which fork, with which pricing. */
import { describe, expect, it } from 'vitest';
import { FORKS } from '../fork-names.js';
import { precompileKey, precompilesFor } from './index.js';

const word = (n: bigint) => n.toString(16).padStart(64, '0');
const hex = (s: string) => Uint8Array.from(s.match(/../g)!.map((b) => Number.parseInt(b, 16)));

describe('precompilesFor', () => {
  it('keys are 40 lowercase hex digits', () => {
    expect(precompileKey(10)).toBe('000000000000000000000000000000000000000a');
    expect([...precompilesFor('Cancun').keys()]).toEqual(
      Array.from({ length: 10 }, (_, i) => `${'0'.repeat(38)}${(i + 1).toString(16).padStart(2, '0')}`),
    );
  });
  it('has 4 precompiles before Byzantium, 8 until Istanbul, 9 until Cancun, 10 in Cancun, 17 in Prague, 18 from Osaka', () => {
    const expected: Record<string, number> = {
      Frontier: 4,
      Homestead: 4,
      TangerineWhistle: 4,
      SpuriousDragon: 4,
      Byzantium: 8,
      Constantinople: 8,
      Petersburg: 8,
      Istanbul: 9,
      MuirGlacier: 9,
      Berlin: 9,
      London: 9,
      ArrowGlacier: 9,
      GrayGlacier: 9,
      Paris: 9,
      Shanghai: 9,
      Cancun: 10,
      Prague: 17, // EIP-2537: 0x0b-0x11
      Osaka: 18, // EIP-7951: 0x100
      BPO1: 18,
      BPO2: 18,
      BPO3: 18,
      BPO4: 18,
      BPO5: 18,
    };
    for (const f of FORKS) expect(precompilesFor(f).size, f).toBe(expected[f]);
  });
  it('builds each table once', () => {
    expect(precompilesFor('Berlin')).toBe(precompilesFor('Berlin'));
  });
  it('switches bn254 add to 150 gas at Istanbul (EIP-1108)', () => {
    const key = precompileKey(6);
    expect(precompilesFor('Petersburg').get(key)!(new Uint8Array(0), 1000n).gasUsed).toBe(500n);
    expect(precompilesFor('Istanbul').get(key)!(new Uint8Array(0), 1000n).gasUsed).toBe(150n);
  });
  it('switches modexp to EIP-2565 pricing at Berlin', () => {
    const key = precompileKey(5);
    const input = hex(`${word(1n) + word(1n) + word(1n)}020305`); // 2^3 mod 5
    const before = precompilesFor('Istanbul').get(key)!(input, 1000n);
    const after = precompilesFor('Berlin').get(key)!(input, 1000n);
    expect(before.gasUsed).toBe(0n); // EIP-198: 1 * max(1, 1) / 20 = 0
    expect(after.gasUsed).toBe(200n);
    expect(after.output).toEqual(Uint8Array.of(3));
  });
  it('rejects an unknown fork with a typed error', () => {
    // @ts-expect-error deliberate bad input
    expect(() => precompilesFor('Nope')).toThrow(/unknown fork Nope/);
  });
});
